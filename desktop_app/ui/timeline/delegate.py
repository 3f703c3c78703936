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
* ``sizeHint`` is constant, so a ``QListView`` can use ``setUniformItemSizes(True)`` and
  ``setLayoutMode(QListView.Batched)`` (style.md §6). Data comes from one ``CardDataRole`` call per paint.
"""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionFocusRect,
    QStyleOptionViewItem,
)

from .cards import CardData  # noqa: E402
from .model import CardDataRole  # noqa: E402
from .palette import card_background, circle_color, glyph_name, pill_colors  # noqa: E402

__all__ = ["TimelineDelegate"]

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


class TimelineDelegate(QStyledItemDelegate):
    """Paints ``TimelineModel`` rows as timeline cards; constant size hint (``ROW_HEIGHT`` px high)."""

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
        self._paint_texts(painter, body.adjusted(PADDING, 0, -PADDING, 0), card)

    def _paint_texts(self, painter: QPainter, inner: QRect, card: CardData) -> None:
        fonts, metrics = self._fonts, self._metrics
        top = inner.top()
        grey_date = _SECONDARY if self._high_contrast else _DATE
        grey_preview = _SECONDARY if self._high_contrast else _PREVIEW
        # Line 1: title … date.
        date_width = metrics["date"].horizontalAdvance(card.date_text) if card.date_text else 0
        line1 = QRect(inner.left(), top + 10, inner.width(), 18)
        if date_width:
            painter.setFont(fonts["date"])
            painter.setPen(grey_date)
            painter.drawText(line1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, card.date_text)
        title_width = max(0, inner.width() - (date_width + 9 if date_width else 0))
        painter.setFont(fonts["title"])
        painter.setPen(_TITLE)
        title = metrics["title"].elidedText(card.title, Qt.TextElideMode.ElideRight, title_width)
        painter.drawText(QRect(line1.left(), line1.top(), title_width, line1.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        # Line 2: state pill, responsible.
        pill_bg, pill_fg = pill_colors(card.state)
        pill_width = metrics["pill"].horizontalAdvance(card.pill_text) + 18
        pill = QRect(inner.left(), top + 34, min(pill_width, inner.width()), PILL_HEIGHT)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(pill_bg)
        painter.drawRoundedRect(QRectF(pill), PILL_HEIGHT / 2, PILL_HEIGHT / 2)
        painter.setFont(fonts["pill"])
        painter.setPen(pill_fg)
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, card.pill_text)
        if card.responsible:
            left = pill.right() + 1 + 8
            width = max(0, inner.right() + 1 - left)
            painter.setFont(fonts["name"])
            painter.setPen(_SECONDARY)
            name = metrics["name"].elidedText(card.responsible, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, pill.top(), width, PILL_HEIGHT),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
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
