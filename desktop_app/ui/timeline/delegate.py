"""``TimelineDelegate``: paints each row of the timeline with the one card painter
(:mod:`desktop_app.ui.cards`, ``CardTree.from_card``), the same trees the layout preview draws.

* A plain activity (todo, call, meeting, e-mail, task …) is a
  :class:`~desktop_app.ui.cards.timeline_card.TimelineCardTree`, ``ROW_HEIGHT`` = 92 px high
  (server-behaviour.md §4.2)::

    |  ●──┐ ╭──────────────────────────────────────────────────────╮
    |  │  │ │ Title (bold 13 px #333, elided)        today, 3:00 pm │  date 13 px #bdc1c6
    | (32)│ │ [OVERDUE pill]  Responsible Name                      │  pill 12 px semi-bold
    |  │    │ Description preview, one line (#828b95)               │
    |  │    ╰──────────────────────────────────────────────────────╯

  A vertical timeline line at ``LINE_X``; a 32 px icon circle centred on it, 6 px below the card top,
  coloured per state (``palette.circle_color``) with a white qtawesome glyph per kind (pixmaps cached
  per glyph, size and device pixel ratio). Card: rounded rect (radius 8), ``#FFFEEF`` planned / todo
  ``itemBackground`` / white history, 1 px ``#dfe0e3`` border so white cards stay visible on a white view.
* A configurable activity (``CardData.layout``) is drawn as its preview (``CardTree.from_layout``),
  with the rail and icon at the same place; it is taller (its height is measured for the width). A
  plain activity carrying an application's content blocks (``CardData.blocks``) is a
  :class:`~desktop_app.ui.cards.app_parts.HostCardTree`: the blocks inside the card, measured per width.
* State is never colour-only: the pill names it. Selected rows get a 2 px ``palette.highlight`` border
  and a light highlight tint; the current row gets the style's focus rectangle.
* Cards are light, or dark when :meth:`TimelineDelegate.set_dark` says so (ui/color_scheme.py); the parts painted outside the card
  (timeline line, focus) use the view's palette. With a high-contrast preference
  (``QStyleHints.accessibility().contrastPreference()``) the grey date/description become ``#525c69``.
* Line 2 ends with a sync pill when the card has a change the portal has not confirmed (``sync``):
  blue "Waiting to send"/"Sending…", grey "Checking…", red "Not saved: <code>", amber "Changed on
  the portal"; the card's tooltip has the full reason.
* Hot zones of open todos (``hot_zone_at``, the tree's ``hit_test``): the icon circle (colour), the
  header date (deadline) and the responsible name; a left click on one emits ``hotZoneClicked``.
  Completed todos and other activities have none (the portal refuses to edit completed todos).
* Sections: the first card of each section (Pinned, Planned, History: ``CardData.section``) has the
  section's header above it (``HEADER_HEIGHT`` px, 12 px semi-bold upper-case ``#828b95``), part of
  its row; the card is painted below it.
* Clicks (:meth:`editorEvent`, the tree's ``hit_test``): the "complete" checkbox, "Show more"/"Show
  less", the attachments line and the checkbox of a configurable card emit ``cardActionClicked``;
  a ``largeText`` "Show more" of a configurable card opens in place (the row is measured again).
* Speed: trees are cached per row data (``CardData`` identity, a bounded LRU) and measure once per
  width; the heights of layout cards are kept per (row data, width) beyond the LRU. ``sizeHint`` of
  a plain card is :func:`~desktop_app.ui.cards.timeline_card.card_height` (a few attribute reads)
  plus its header, without building a tree, unless its description is expanded. Data comes from one
  ``CardDataRole`` call per paint (two for the first row of a section check).
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QToolTip,
)

from desktop_app.ui.cards import CardTree, PreviewOptions
from desktop_app.ui.cards.timeline_card import (
    CARD_LEFT,
    CARD_RIGHT_MARGIN,
    CARD_V_MARGIN,
    ICON_SIZE,
    ICON_TOP,
    LINE_X,
    ROW_HEIGHT,
    TimelineCardTree,
    card_height,
)
from desktop_app.ui.cards.tree import LINE_X as LAYOUT_LINE_X

from .cards import CardData, Section
from .model import CardDataRole

__all__ = ["HEADER_HEIGHT", "ROW_HEIGHT", "ZONE_COLOR", "ZONE_DEADLINE", "ZONE_RESPONSIBLE", "CardLayout",
           "TimelineDelegate"]

#: Height (px) of a section header ("Planned", "History", "Pinned") above a section's first card.
HEADER_HEIGHT = 30
_HEADER_COLOR = QColor("#828b95")

#: Hot zone names (``hot_zone_at``, ``hotZoneClicked``); the ``CardAction.path`` of the tree's hot zones.
ZONE_DEADLINE, ZONE_COLOR, ZONE_RESPONSIBLE = "deadline", "color", "responsible"

MIN_WIDTH = 280
#: A layout tree is painted this far right so that its rail and icon meet the plain cards' (``LINE_X``).
LAYOUT_SHIFT = LINE_X - int(LAYOUT_LINE_X)
#: Trees kept: a few screens of rows (few, so that the garbage collector's young generation stays
#: small while scrolling; layout cards' heights are kept apart, see ``HEIGHT_CACHE``).
TREE_CACHE = 256
#: Layout-card heights kept (one per row and width; cleared past this).
HEIGHT_CACHE = 200_000
_LAYOUT_CARD_RADIUS = 12.0


@dataclass(frozen=True)
class CardLayout:
    """Where the parts of one card are, in the view's viewport coordinates (``QRect``; empty when absent)."""

    card: QRect
    icon: QRect
    title: QRect
    date: QRect
    state_pill: QRect
    responsible: QRect
    sync_pill: QRect
    check: QRect = field(default_factory=QRect)
    deadline: QRect = field(default_factory=QRect)
    client: QRect = field(default_factory=QRect)
    preview: QRect = field(default_factory=QRect)
    more: QRect = field(default_factory=QRect)
    files: QRect = field(default_factory=QRect)
    pin: QRect = field(default_factory=QRect)
    header: QRect = field(default_factory=QRect)


class TimelineDelegate(QStyledItemDelegate):
    """Paints ``TimelineModel`` rows as timeline cards (``ROW_HEIGHT`` px high; taller with a layout).

    Signals:
        hotZoneClicked(QModelIndex, str zone, QRect zone_rect): a left click on a hot zone of an open
            todo (``ZONE_DEADLINE`` / ``ZONE_COLOR`` / ``ZONE_RESPONSIBLE``); the rect is in viewport
            coordinates (to place a popup under it).
        cardActionClicked(QModelIndex, str kind): a left click on the card's ``complete`` checkbox,
            ``showMore`` / ``hide`` ("Show more"/"Show less") or ``files`` (the attachments line).
        cardButtonClicked(QModelIndex, CardAction): a left click on an application's button, link or
            menu item (``redirect`` / ``restEvent`` / ``openRestApp``) of a configurable card or of
            content blocks; the "…" of a configurable card opens its menu in place.
    """

    hotZoneClicked = Signal(object, str, object)
    cardActionClicked = Signal(object, str)
    cardButtonClicked = Signal(object, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._font: QFont | None = None
        self._trees: OrderedDict[int, tuple[CardData, CardTree]] = OrderedDict()
        #: Row heights of layout cards: ``id(card)`` → (card, width, height); survives the tree LRU.
        self._heights: dict[int, tuple[CardData, int, int]] = {}
        self._size = QSize(MIN_WIDTH, ROW_HEIGHT)
        self._high_contrast = False
        #: Cards painted with the dark theme (:meth:`set_dark`, ui/color_scheme.py).
        self.dark = False
        hints = QGuiApplication.styleHints()
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:  # Qt ≥ 6.10
            self._accessibility = accessibility()
            self._update_contrast()
            self._accessibility.contrastPreferenceChanged.connect(self._update_contrast)

    # ----------------------------------------------------------------- trees
    def tree(self, card: CardData, font: QFont | None = None) -> CardTree:
        """The card tree of ``card`` (cached per ``CardData`` identity; a changed row is a new ``CardData``)."""
        key = id(card)
        found = self._trees.get(key)
        if found is not None and found[0] is card:
            self._trees.move_to_end(key)
            tree = found[1]
        else:
            completed = bool(getattr(getattr(card, "activity", None), "completed", False))
            tree = CardTree.from_card(card, PreviewOptions(completed=completed, dark=self.dark), font=font or self._font)
            self._trees[key] = (card, tree)
            if len(self._trees) > TREE_CACHE:
                self._trees.popitem(last=False)
        if font is not None and isinstance(tree, TimelineCardTree):
            tree.set_font(font)
        return tree

    def _set_font(self, font: QFont | None) -> QFont:
        if font is not None:
            self._font = QFont(font)
        elif self._font is None:
            self._font = QApplication.font()
        return self._font

    # ----------------------------------------------------------------- sections
    def section_title(self, section: Section) -> str:
        """The header text of ``section``."""
        return {Section.PINNED: self.tr("Pinned"), Section.PLANNED: self.tr("Planned"),
                Section.HISTORY: self.tr("History")}[Section(section)]

    def _starts_section(self, card: CardData, row: int | None = None) -> bool:
        """Whether ``card`` is the first of its section (its row shows the section's header)."""
        view = self.parent()
        model = view.model() if isinstance(view, QAbstractItemView) else None
        if model is None or not hasattr(model, "card_at"):
            return False
        if row is None:
            row = model.row_of(card.activity.id)
            if row is None:
                return False
        if row <= 0:
            return True
        try:
            previous = model.card_at(row - 1)
        except IndexError:
            return True
        return previous.section != card.section

    def header_rect(self, row_rect: QRect, card: CardData) -> QRect:
        """The section header's rectangle in a row (empty when the card does not start a section)."""
        if not self._starts_section(card):
            return QRect()
        return QRect(row_rect.left(), row_rect.top(), row_rect.width(), HEADER_HEIGHT)

    def card_row_rect(self, row_rect: QRect, card: CardData, row: int | None = None) -> QRect:
        """The part of a row below its section header (the row itself when it has none): where
        ``card_rect``/``icon_rect`` measure from."""
        if self._starts_section(card, row):
            return row_rect.adjusted(0, HEADER_HEIGHT, 0, 0)
        return QRect(row_rect)

    # ----------------------------------------------------------------- geometry (also used by tests)
    @staticmethod
    def card_rect(row_rect: QRect) -> QRect:
        """The card's rectangle inside a row's rectangle (below any section header)."""
        return row_rect.adjusted(CARD_LEFT, CARD_V_MARGIN, -CARD_RIGHT_MARGIN, -CARD_V_MARGIN)

    @staticmethod
    def icon_rect(row_rect: QRect) -> QRect:
        """The 32 px icon circle's bounding square inside a row's rectangle (below any section header)."""
        top = row_rect.top() + CARD_V_MARGIN + ICON_TOP
        return QRect(row_rect.left() + LINE_X - ICON_SIZE // 2, top, ICON_SIZE, ICON_SIZE)

    def layout(self, row_rect: QRect, card: CardData, font: QFont | None = None) -> CardLayout:
        """The rectangles of ``card``'s parts inside ``row_rect`` (the row's rect, section header
        included; as painted with ``font``, default the last painted one or the application font). A
        card with a layout has only ``card``, ``icon`` and ``header``."""
        font = self._set_font(font)
        header = self.header_rect(row_rect, card)
        body = self.card_row_rect(row_rect, card)
        tree = self.tree(card, font)
        if not isinstance(tree, TimelineCardTree):
            return CardLayout(self.card_rect(body), self.icon_rect(body), QRect(), QRect(), QRect(),
                              QRect(), QRect(), header=header)
        parts = tree.part_rects(body.width())
        at = body.topLeft()
        names = ("card", "icon", "title", "date", "state_pill", "responsible", "sync_pill", "check", "deadline",
                 "client", "preview", "more", "files", "pin")
        rects = {name: parts[name].translated(at) if not parts[name].isEmpty() else QRect() for name in names}
        return CardLayout(**rects, header=header)

    @staticmethod
    def has_quick_edits(card: CardData) -> bool:
        """Open todos have quick edits (deadline, colour, responsible); completed todos do not."""
        return card.activity.is_todo and not card.activity.completed and card.layout is None

    def action_at(self, row_rect: QRect, card: CardData, pos: QPoint, font: QFont | None = None) -> Any:
        """The :class:`~desktop_app.ui.cards.CardAction` under ``pos`` (viewport coordinates), or ``None``."""
        body = self.card_row_rect(row_rect, card)
        if not body.contains(pos):
            return None
        tree = self.tree(card, self._set_font(font))
        if isinstance(tree, TimelineCardTree):
            tree.measure(body.width())
            return tree.hit_test(QPointF(pos), QPointF(body.topLeft()))
        tree.measure(body.width() - LAYOUT_SHIFT - CARD_RIGHT_MARGIN)
        return tree.hit_test(QPointF(pos), QPointF(body.left() + LAYOUT_SHIFT, body.top() + CARD_V_MARGIN))

    def hot_zone_at(self, row_rect: QRect, card: CardData, pos: QPoint, font: QFont | None = None) -> str | None:
        """The hot zone (``ZONE_*``) under ``pos`` (viewport coordinates), or ``None``."""
        if not self.has_quick_edits(card):
            return None
        action = self.action_at(row_rect, card, pos, font)
        return action.path if action is not None and action.path in (ZONE_COLOR, ZONE_DEADLINE, ZONE_RESPONSIBLE) \
            else None

    def zone_rect(self, row_rect: QRect, card: CardData, zone: str) -> QRect:
        """The rectangle of hot zone ``zone`` (empty when the card has none)."""
        parts = self.layout(row_rect, card)
        return {ZONE_COLOR: parts.icon, ZONE_DEADLINE: parts.date if not parts.date.isEmpty() else parts.deadline,
                ZONE_RESPONSIBLE: parts.responsible}[zone]

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton \
                and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            card: CardData | None = index.data(CardDataRole)
            if card is not None:
                action = self.action_at(option.rect, card, event.position().toPoint(), option.font)
                kind = action.kind if action is not None else ""
                if (kind == "files" and card.layout is None) or (kind == "complete" and not card.activity.completed):
                    self.cardActionClicked.emit(QModelIndex(index), action.kind)
                    return True
                if kind in ("redirect", "restEvent", "openRestApp"):
                    self.cardButtonClicked.emit(QModelIndex(index), action)
                    return True
                if kind == "menu" and card.layout is not None:  # a configurable card's "…": opened in place
                    self.tree(card).toggle_menu()
                    self._heights.pop(id(card), None)
                    self.sizeHintChanged.emit(QModelIndex(index))
                    return True
                if action is not None and action.kind in ("showMore", "hide"):
                    if card.layout is None:
                        self.cardActionClicked.emit(QModelIndex(index), action.kind)
                    else:  # a configurable card's largeText: opened in this card's tree
                        self.tree(card).toggle_expanded(action.path)
                        self._heights.pop(id(card), None)
                        self.sizeHintChanged.emit(QModelIndex(index))
                    return True
                zone = action.path if action is not None and self.has_quick_edits(card) else None
                if zone in (ZONE_COLOR, ZONE_DEADLINE, ZONE_RESPONSIBLE):
                    rect = self.zone_rect(option.rect, card, zone)
                    pill = self.layout(option.rect, card).deadline
                    if zone == ZONE_DEADLINE and pill.adjusted(-2, -2, 2, 2).contains(event.position().toPoint()):
                        rect = pill  # the popup opens under the pill that was clicked
                    self.hotZoneClicked.emit(QModelIndex(index), zone, rect)
                    return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event: Any, view: Any, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        card: CardData | None = index.data(CardDataRole)
        if event is not None and event.type() == QEvent.Type.ToolTip and card is not None:
            action = self.action_at(option.rect, card, event.pos(), option.font)
            kind = action.kind if action is not None else None
            zone = action.path if action is not None and self.has_quick_edits(card) else None
            texts = {"color": self.tr("Click to change the colour"),
                     "deadline": self.tr("Click to change the deadline"),
                     "responsible": self.tr("Click to change the responsible person")}
            text = texts.get(zone or "") or {
                "complete": self.tr("Mark as done (Space)"),
                "showMore": self.tr("Show the whole description (Right arrow)"),
                "hide": self.tr("Show one line of the description (Left arrow)"),
                "files": self.tr("Open the details with the attachments"),
            }.get(kind or "")
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

    # ----------------------------------------------------------------- QStyledItemDelegate
    def _row_width(self, option: QStyleOptionViewItem) -> int:
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            return max(MIN_WIDTH, view.viewport().width())
        return max(MIN_WIDTH, option.rect.width())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        card: CardData | None = index.data(CardDataRole)
        if card is None:
            return QSize(self._size)
        header = HEADER_HEIGHT if self._starts_section(card, index.row()) else 0
        if card.layout is None and not card.expanded and card.blocks is None:
            return QSize(MIN_WIDTH, card_height(card) + header)
        width = self._row_width(option)
        known = self._heights.get(id(card))
        if known is not None and known[0] is card and known[1] == width:
            return QSize(MIN_WIDTH, known[2] + header)
        tree = self.tree(card)
        if card.layout is None:
            height = tree.measure(width)
        else:
            height = max(ROW_HEIGHT, tree.measure(width - LAYOUT_SHIFT - CARD_RIGHT_MARGIN) + 2 * CARD_V_MARGIN)
        if len(self._heights) > HEIGHT_CACHE:
            self._heights.clear()
        self._heights[id(card)] = (card, width, height)
        return QSize(MIN_WIDTH, height + header)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card: CardData | None = index.data(CardDataRole)
        if card is None:
            super().paint(painter, option, index)
            return
        font = self._set_font(option.font)
        tree = self.tree(card, font)
        row_rect = QRect(option.rect)
        starts = self._starts_section(card, index.row())
        rect = row_rect.adjusted(0, HEADER_HEIGHT, 0, 0) if starts else QRect(row_rect)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        layout_card = not isinstance(tree, TimelineCardTree)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if starts:
            self._paint_header(painter, option, QRect(row_rect.left(), row_rect.top(), row_rect.width(), HEADER_HEIGHT),
                               card, first=index.row() == 0)
        self._paint_line(painter, option, rect)
        if layout_card:
            area = QRectF(rect).adjusted(LAYOUT_SHIFT, CARD_V_MARGIN, -CARD_RIGHT_MARGIN, -CARD_V_MARGIN)
            height = tree.measure(int(area.width()))
            body = QRect(rect.left() + CARD_LEFT, rect.top() + CARD_V_MARGIN,
                         rect.width() - CARD_LEFT - CARD_RIGHT_MARGIN, height)
        else:
            body = self.card_rect(rect)
        if state & QStyle.StateFlag.State_HasFocus:
            # Before the card: styles such as Fusion fill the focus frame; only its edge should show.
            focus = QStyleOptionFocusRect()
            focus.rect = body.adjusted(-2, -2, 2, 2)
            focus.state = state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
            focus.palette = option.palette
            focus.backgroundColor = option.palette.color(QPalette.ColorRole.Base)
            style = option.widget.style() if option.widget is not None else QApplication.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, option.widget)
        if layout_card:
            tree.paint(painter, area)
            if selected:
                painter.setPen(QPen(highlight, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(QRectF(body).adjusted(1, 1, -1, -1), _LAYOUT_CARD_RADIUS, _LAYOUT_CARD_RADIUS)
        else:
            assert isinstance(tree, TimelineCardTree)
            tree.paint(painter, QRectF(rect), selected=selected, highlight=highlight,
                       high_contrast=self._high_contrast)
        painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, card: CardData,
                      *, first: bool) -> None:
        """A section's header: its name, upper-cased, on the view's background (a gap above it
        unless it is the first row)."""
        if not first:
            self._paint_line(painter, option, rect)
        header_font = QFont(self._font or option.font)
        header_font.setPixelSize(12)
        header_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(header_font)
        text_color = option.palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(_HEADER_COLOR if text_color.lightness() > 200 or not text_color.isValid() else text_color)
        painter.drawText(rect.adjusted(CARD_LEFT + 4, 6, -CARD_RIGHT_MARGIN, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.section_title(card.section).upper())

    def _paint_line(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect) -> None:
        color = QColor(option.palette.color(QPalette.ColorRole.Mid))
        color.setAlpha(140)
        painter.setPen(QPen(color, 2))
        x = rect.left() + LINE_X
        painter.drawLine(QPoint(x, rect.top()), QPoint(x, rect.bottom() + 1))

    def set_dark(self, dark: bool) -> None:
        """Paint the cards dark (:data:`desktop_app.ui.cards.theme.DARK`) or light; the view repaints."""
        if dark == self.dark:
            return
        self.dark = dark
        self._trees.clear()
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            view.viewport().update()

    def _update_contrast(self, *_args: Any) -> None:
        self._high_contrast = self._accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
