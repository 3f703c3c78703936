"""``TimelineDelegate``: paints one Bitrix24-style timeline card per row with ``QPainter``.

Layout (logical pixels, per row of constant height ``ROW_HEIGHT`` = 92, server-behaviour.md §4.2)::

    |  ●──┐ ╭──────────────────────────────────────────────────────╮
    |  │  │ │ Title (bold 13 px #333, elided)        today, 3:00 pm │  date 13 px #bdc1c6
    | (32)│ │ [OVERDUE pill]  Responsible Name                      │  pill 12 px semi-bold
    |  │    │ Description preview, one line (#828b95)               │
    |  │    ╰──────────────────────────────────────────────────────╯

* A vertical timeline line at ``LINE_X``; a 32 px icon circle centred on it, 6 px below the card top,
  coloured per state (``palette.circle_color``) with a white qtawesome glyph per kind, cached as
  pixmaps per (glyph, size, device pixel ratio).
* Card: rounded rect (radius 8), ``#FFFEEF`` planned / todo ``itemBackground`` / white history, 1 px
  ``#dfe0e3`` border so white cards stay visible on a white view.
* State is never colour-only: the pill names it. Selected rows get a 2 px ``palette.highlight`` border
  and a light highlight tint; the current row gets the style's focus rectangle.
* Cards stay light in a dark palette, so their text stays dark; the parts painted outside the card
  (timeline line, focus) use the view's palette. With a high-contrast preference
  (``QStyleHints.accessibility().contrastPreference()``) the grey date/description become ``#525c69``.
* Line 2 ends with a sync pill when the card has a change the portal has not confirmed (``sync``):
  blue "Waiting to send"/"Sending…", grey "Checking…", red "Not saved: <code>", amber "Changed on
  the portal"; the card's tooltip has the full reason.
* Hot zones of open todos (``hot_zone_at``): the icon circle (colour), the header date (deadline)
  and the responsible name; a left click on one emits ``hotZoneClicked``. Completed todos and other
  activities have none (the portal refuses to edit completed todos).
* ``sizeHint`` is constant, so a ``QListView`` can use ``setUniformItemSizes(True)`` and
  ``setLayoutMode(QListView.Batched)`` (style.md §6). Data comes from one ``CardDataRole`` call per paint.
"""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
    QToolTip,
)

from .cards import CardData
from .model import CardDataRole
from .palette import (
    card_background,
    circle_color,
    glyph_name,
    pill_colors,
    sync_pill_colors,
)

__all__ = ["ZONE_COLOR", "ZONE_DEADLINE", "ZONE_RESPONSIBLE", "CardLayout", "TimelineDelegate"]

#: Hot zone names (``hot_zone_at``, ``hotZoneClicked``).
ZONE_DEADLINE, ZONE_COLOR, ZONE_RESPONSIBLE = "deadline", "color", "responsible"

ROW_HEIGHT = 92
MIN_WIDTH = 280
LINE_X = 24
ICON_SIZE = 32
GLYPH_SIZE = 18
CARD_LEFT = LINE_X + ICON_SIZE // 2 + 12
CARD_RIGHT_MARGIN = 8
CARD_V_MARGIN = 3
CARD_RADIUS = 8.0
ICON_TOP = 6
PADDING = 16
PILL_HEIGHT = 20

_TITLE = QColor("#333333")
_DATE = QColor("#bdc1c6")
_SECONDARY = QColor("#525c69")
_PREVIEW = QColor("#828b95")
_BORDER = QColor("#dfe0e3")
_WHITE = QColor("#ffffff")


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
    """Paints ``TimelineModel`` rows as timeline cards; constant size hint (``ROW_HEIGHT`` px high).

    Signals:
        hotZoneClicked(QModelIndex, str zone, QRect zone_rect): a left click on a hot zone of an open
            todo (``ZONE_DEADLINE`` / ``ZONE_COLOR`` / ``ZONE_RESPONSIBLE``); the rect is in viewport
            coordinates (to place a popup under it).
    """

    hotZoneClicked = Signal(object, str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._font_key: str | None = None
        self._fonts: dict[str, QFont] = {}
        self._metrics: dict[str, QFontMetrics] = {}
        self._glyphs: dict[tuple[str, int, float], QPixmap] = {}
        self._size = QSize(MIN_WIDTH, ROW_HEIGHT)
        self._high_contrast = False
        hints = QGuiApplication.styleHints()
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:  # Qt ≥ 6.10
            self._accessibility = accessibility()
            self._update_contrast()
            self._accessibility.contrastPreferenceChanged.connect(self._update_contrast)

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
        last painted one or the application font)."""
        if font is not None or self._font_key is None:
            self._ensure_fonts(font or QApplication.font())
        metrics = self._metrics
        body = self.card_rect(row_rect)
        inner = body.adjusted(PADDING, 0, -PADDING, 0)
        top = inner.top()
        date_width = metrics["date"].horizontalAdvance(card.date_text) if card.date_text else 0
        date = QRect(inner.right() + 1 - date_width, top + 10, date_width, 18) if date_width else QRect()
        title_width = max(0, inner.width() - (date_width + 9 if date_width else 0))
        title = QRect(inner.left(), top + 10, title_width, 18)
        pill_width = metrics["pill"].horizontalAdvance(card.pill_text) + 18
        pill = QRect(inner.left(), top + 34, min(pill_width, inner.width()), PILL_HEIGHT)
        sync = QRect()
        right = inner.right() + 1
        if card.sync is not None:
            sync_width = min(metrics["pill"].horizontalAdvance(card.sync.text) + 18,
                             max(0, right - (pill.right() + 1 + 8)))
            sync = QRect(right - sync_width, pill.top(), sync_width, PILL_HEIGHT)
            right = sync.left() - 8
        responsible = QRect()
        if card.responsible:
            left = pill.right() + 1 + 8
            width = min(max(0, right - left), metrics["name"].horizontalAdvance(card.responsible))
            responsible = QRect(left, pill.top(), width, PILL_HEIGHT)
        return CardLayout(body, self.icon_rect(row_rect), title, date, pill, responsible, sync)

    @staticmethod
    def has_quick_edits(card: CardData) -> bool:
        """Open todos have quick edits (deadline, colour, responsible); completed todos do not."""
        return card.activity.is_todo and not card.activity.completed

    def hot_zone_at(self, row_rect: QRect, card: CardData, pos: QPoint, font: QFont | None = None) -> str | None:
        """The hot zone (``ZONE_*``) under ``pos`` (viewport coordinates), or ``None``."""
        if not self.has_quick_edits(card):
            return None
        parts = self.layout(row_rect, card, font)
        for zone, rect in ((ZONE_COLOR, parts.icon), (ZONE_DEADLINE, parts.date),
                           (ZONE_RESPONSIBLE, parts.responsible)):
            if not rect.isEmpty() and rect.adjusted(-2, -2, 2, 2).contains(pos):
                return zone
        return None

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
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(self._size)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        card: CardData | None = index.data(CardDataRole)
        if card is None:
            super().paint(painter, option, index)
            return
        self._ensure_fonts(option.font)
        rect = QRect(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._paint_line(painter, option, rect)
        self._paint_card(painter, option, rect, card)
        self._paint_icon(painter, rect, card)
        painter.restore()

    # ----------------------------------------------------------------- parts
    def _paint_line(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect) -> None:
        color = QColor(option.palette.color(QPalette.ColorRole.Mid))
        color.setAlpha(140)
        painter.setPen(QPen(color, 2))
        x = rect.left() + LINE_X
        painter.drawLine(QPoint(x, rect.top()), QPoint(x, rect.bottom() + 1))

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, rect: QRect, card: CardData) -> None:
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        body = self.card_rect(rect)
        body_f = QRectF(body).adjusted(0.5, 0.5, -0.5, -0.5)
        background = card_background(card)
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        if state & QStyle.StateFlag.State_HasFocus:
            # Before the card: styles such as Fusion fill the focus frame; only its edge should show.
            focus = QStyleOptionFocusRect()
            focus.rect = body.adjusted(-2, -2, 2, 2)
            focus.state = state | QStyle.StateFlag.State_KeyboardFocusChange | QStyle.StateFlag.State_Item
            focus.palette = option.palette
            focus.backgroundColor = option.palette.color(QPalette.ColorRole.Base)
            style = option.widget.style() if option.widget is not None else QApplication.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, option.widget)
        if selected:
            tint = QColor(highlight)
            tint.setAlpha(20)
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(background)
            painter.drawRoundedRect(body_f.adjusted(0.5, 0.5, -0.5, -0.5), CARD_RADIUS, CARD_RADIUS)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRoundedRect(body_f.adjusted(1.5, 1.5, -1.5, -1.5), CARD_RADIUS, CARD_RADIUS)
        else:
            painter.setPen(QPen(_BORDER, 1))
            painter.setBrush(background)
            painter.drawRoundedRect(body_f, CARD_RADIUS, CARD_RADIUS)
        self._paint_texts(painter, self.layout(rect, card), card)

    def _paint_pill(self, painter: QPainter, rect: QRect, colors: tuple[QColor, QColor], text: str) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors[0])
        painter.drawRoundedRect(QRectF(rect), PILL_HEIGHT / 2, PILL_HEIGHT / 2)
        painter.setFont(self._fonts["pill"])
        painter.setPen(colors[1])
        text = self._metrics["pill"].elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width() - 12))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_texts(self, painter: QPainter, parts: CardLayout, card: CardData) -> None:
        fonts, metrics = self._fonts, self._metrics
        inner = parts.card.adjusted(PADDING, 0, -PADDING, 0)
        top = inner.top()
        grey_date = _SECONDARY if self._high_contrast else _DATE
        grey_preview = _SECONDARY if self._high_contrast else _PREVIEW
        # Line 1: title … date.
        if not parts.date.isEmpty():
            painter.setFont(fonts["date"])
            painter.setPen(grey_date)
            painter.drawText(parts.date, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, card.date_text)
        painter.setFont(fonts["title"])
        painter.setPen(_TITLE)
        title = metrics["title"].elidedText(card.title, Qt.TextElideMode.ElideRight, parts.title.width())
        painter.drawText(parts.title, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        # Line 2: state pill, responsible … sync pill.
        self._paint_pill(painter, parts.state_pill, pill_colors(card.state), card.pill_text)
        if card.sync is not None and not parts.sync_pill.isEmpty():
            self._paint_pill(painter, parts.sync_pill, sync_pill_colors(card.sync.kind), card.sync.text)
        if not parts.responsible.isEmpty():
            painter.setFont(fonts["name"])
            painter.setPen(_SECONDARY)
            name = metrics["name"].elidedText(card.responsible, Qt.TextElideMode.ElideRight,
                                              parts.responsible.width())
            painter.drawText(parts.responsible, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        # Line 3: description preview.
        if card.preview:
            painter.setFont(fonts["preview"])
            painter.setPen(grey_preview)
            preview = metrics["preview"].elidedText(card.preview, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRect(inner.left(), top + 60, inner.width(), 18),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, preview)

    def _paint_icon(self, painter: QPainter, rect: QRect, card: CardData) -> None:
        circle = self.icon_rect(rect)
        color = circle_color(card)
        painter.setPen(QPen(color, 1))
        painter.setBrush(color)
        painter.drawEllipse(QRectF(circle).adjusted(0.5, 0.5, -0.5, -0.5))
        dpr = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        glyph = self._glyph(glyph_name(card.activity), GLYPH_SIZE, dpr)
        offset = (ICON_SIZE - GLYPH_SIZE) // 2
        painter.drawPixmap(circle.left() + offset, circle.top() + offset, glyph)

    # ----------------------------------------------------------------- caches
    def _glyph(self, name: str, size: int, dpr: float) -> QPixmap:
        key = (name, size, dpr)
        pixmap = self._glyphs.get(key)
        if pixmap is None:
            import qtawesome  # imported lazily: it needs a QGuiApplication and QT_API set above

            pixmap = QPixmap(round(size * dpr), round(size * dpr))
            pixmap.setDevicePixelRatio(dpr)
            pixmap.fill(Qt.GlobalColor.transparent)
            icon = qtawesome.icon(name, color="white")
            glyph_painter = QPainter(pixmap)
            icon.paint(glyph_painter, QRect(0, 0, size, size))
            glyph_painter.end()
            self._glyphs[key] = pixmap
        return pixmap

    def _ensure_fonts(self, base: QFont) -> None:
        key = base.key()
        if key == self._font_key:
            return
        self._font_key = key

        def make(pixel_size: int, weight: QFont.Weight) -> QFont:
            font = QFont(base)
            font.setPixelSize(pixel_size)
            font.setWeight(weight)
            return font

        self._fonts = {
            "title": make(13, QFont.Weight.Bold),
            "date": make(13, QFont.Weight.Normal),
            "pill": make(12, QFont.Weight.DemiBold),
            "name": make(13, QFont.Weight.Normal),
            "preview": make(13, QFont.Weight.Normal),
        }
        self._metrics = {name: QFontMetrics(font) for name, font in self._fonts.items()}

    def _update_contrast(self, *_args: Any) -> None:
        self._high_contrast = self._accessibility.contrastPreference() == Qt.ContrastPreference.HighContrast
