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
  with the rail and icon at the same place; it is taller (its height is measured for the width).
* State is never colour-only: the pill names it. Selected rows get a 2 px ``palette.highlight`` border
  and a light highlight tint; the current row gets the style's focus rectangle.
* Cards stay light in a dark palette, so their text stays dark; the parts painted outside the card
  (timeline line, focus) use the view's palette. With a high-contrast preference
  (``QStyleHints.accessibility().contrastPreference()``) the grey date/description become ``#525c69``.
* Line 2 ends with a sync pill when the card has a change the portal has not confirmed (``sync``):
  blue "Waiting to send"/"Sending…", grey "Checking…", red "Not saved: <code>", amber "Changed on
  the portal"; the card's tooltip has the full reason.
* Hot zones of open todos (``hot_zone_at``, the tree's ``hit_test``): the icon circle (colour), the
  header date (deadline) and the responsible name; a left click on one emits ``hotZoneClicked``.
  Completed todos and other activities have none (the portal refuses to edit completed todos).
* Speed: trees are cached per row data (``CardData`` identity, a bounded LRU) and measure once per
  width; the heights of layout cards are kept per (row data, width) beyond the LRU. ``sizeHint`` of
  a plain card is the constant ``ROW_HEIGHT`` without building a tree, so a timeline without layouts
  keeps ``setUniformItemSizes(True)`` (``TimelineView`` switches it off when the model has layouts).
  Data comes from one ``CardDataRole`` call per paint.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
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

from desktop_app.ui.cards import CardTree
from desktop_app.ui.cards.timeline_card import (
    CARD_LEFT,
    CARD_RIGHT_MARGIN,
    CARD_V_MARGIN,
    ICON_SIZE,
    ICON_TOP,
    LINE_X,
    ROW_HEIGHT,
    TimelineCardTree,
)
from desktop_app.ui.cards.tree import LINE_X as LAYOUT_LINE_X

from .cards import CardData
from .model import CardDataRole

__all__ = ["ROW_HEIGHT", "ZONE_COLOR", "ZONE_DEADLINE", "ZONE_RESPONSIBLE", "CardLayout", "TimelineDelegate"]

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


class TimelineDelegate(QStyledItemDelegate):
    """Paints ``TimelineModel`` rows as timeline cards (``ROW_HEIGHT`` px high; taller with a layout).

    Signals:
        hotZoneClicked(QModelIndex, str zone, QRect zone_rect): a left click on a hot zone of an open
            todo (``ZONE_DEADLINE`` / ``ZONE_COLOR`` / ``ZONE_RESPONSIBLE``); the rect is in viewport
            coordinates (to place a popup under it).
    """

    hotZoneClicked = Signal(object, str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._font: QFont | None = None
        self._trees: OrderedDict[int, tuple[CardData, CardTree]] = OrderedDict()
        #: Row heights of layout cards: ``id(card)`` → (card, width, height); survives the tree LRU.
        self._heights: dict[int, tuple[CardData, int, int]] = {}
        self._size = QSize(MIN_WIDTH, ROW_HEIGHT)
        self._high_contrast = False
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
            tree = CardTree.from_card(card, font=font or self._font)
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

    # ----------------------------------------------------------------- geometry (also used by tests)
    @staticmethod
    def card_rect(row_rect: QRect) -> QRect:
        """The card's rectangle inside a row's rectangle."""
        return row_rect.adjusted(CARD_LEFT, CARD_V_MARGIN, -CARD_RIGHT_MARGIN, -CARD_V_MARGIN)

    @staticmethod
    def icon_rect(row_rect: QRect) -> QRect:
        """The 32 px icon circle's bounding square inside a row's rectangle."""
        top = row_rect.top() + CARD_V_MARGIN + ICON_TOP
        return QRect(row_rect.left() + LINE_X - ICON_SIZE // 2, top, ICON_SIZE, ICON_SIZE)

    def layout(self, row_rect: QRect, card: CardData, font: QFont | None = None) -> CardLayout:
        """The rectangles of ``card``'s parts inside ``row_rect`` (as painted with ``font``, default the
        last painted one or the application font). A card with a layout has only ``card`` and ``icon``."""
        font = self._set_font(font)
        tree = self.tree(card, font)
        if not isinstance(tree, TimelineCardTree):
            return CardLayout(self.card_rect(row_rect), self.icon_rect(row_rect), QRect(), QRect(), QRect(),
                              QRect(), QRect())
        parts = tree.part_rects(row_rect.width())
        at = row_rect.topLeft()
        return CardLayout(*(parts[name].translated(at) if not parts[name].isEmpty() else QRect()
                            for name in ("card", "icon", "title", "date", "state_pill", "responsible", "sync_pill")))

    @staticmethod
    def has_quick_edits(card: CardData) -> bool:
        """Open todos have quick edits (deadline, colour, responsible); completed todos do not."""
        return card.activity.is_todo and not card.activity.completed and card.layout is None

    def hot_zone_at(self, row_rect: QRect, card: CardData, pos: QPoint, font: QFont | None = None) -> str | None:
        """The hot zone (``ZONE_*``) under ``pos`` (viewport coordinates), or ``None``."""
        if not self.has_quick_edits(card):
            return None
        tree = self.tree(card, self._set_font(font))
        tree.measure(row_rect.width())
        action = tree.hit_test(QPointF(pos), QPointF(row_rect.topLeft()))
        return action.path if action is not None else None

    def zone_rect(self, row_rect: QRect, card: CardData, zone: str) -> QRect:
        """The rectangle of hot zone ``zone`` (empty when the card has none)."""
        parts = self.layout(row_rect, card)
        return {ZONE_COLOR: parts.icon, ZONE_DEADLINE: parts.date, ZONE_RESPONSIBLE: parts.responsible}[zone]

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton:
            card: CardData | None = index.data(CardDataRole)
            if card is not None:
                zone = self.hot_zone_at(option.rect, card, event.position().toPoint(), option.font)
                if zone is not None:
                    self.hotZoneClicked.emit(QModelIndex(index), zone, self.zone_rect(option.rect, card, zone))
                    return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event: Any, view: Any, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        card: CardData | None = index.data(CardDataRole)
        if event is not None and event.type() == QEvent.Type.ToolTip and card is not None:
            zone = self.hot_zone_at(option.rect, card, event.pos(), option.font)
            if zone is not None:
                texts = {ZONE_COLOR: self.tr("Click to change the colour"),
                         ZONE_DEADLINE: self.tr("Click to change the deadline"),
                         ZONE_RESPONSIBLE: self.tr("Click to change the responsible person")}
                QToolTip.showText(event.globalPos(), texts[zone], view)
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
        if card is None or card.layout is None:
            return QSize(self._size)
        width = self._row_width(option)
        known = self._heights.get(id(card))
        if known is not None and known[0] is card and known[1] == width:
            return QSize(MIN_WIDTH, known[2])
        height = max(ROW_HEIGHT, self.tree(card).measure(width - LAYOUT_SHIFT - CARD_RIGHT_MARGIN) + 2 * CARD_V_MARGIN)
        if len(self._heights) > HEIGHT_CACHE:
            self._heights.clear()
        self._heights[id(card)] = (card, width, height)
        return QSize(MIN_WIDTH, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card: CardData | None = index.data(CardDataRole)
        if card is None:
            super().paint(painter, option, index)
            return
        font = self._set_font(option.font)
        tree = self.tree(card, font)
        rect = QRect(option.rect)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        layout_card = not isinstance(tree, TimelineCardTree)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
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

    def _paint_line(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect) -> None:
        color = QColor(option.palette.color(QPalette.ColorRole.Mid))
        color.setAlpha(140)
        painter.setPen(QPen(color, 2))
        x = rect.left() + LINE_X
        painter.drawLine(QPoint(x, rect.top()), QPoint(x, rect.bottom() + 1))

    def _update_contrast(self, *_args: Any) -> None:
        self._high_contrast = self._accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
