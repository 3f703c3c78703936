"""A badge's value drawn as the portal draws it (api-spec.md §4.13): upper-case text in a rounded pill of
its type's colours — the colours of the timeline cards' badges (:data:`~desktop_app.ui.cards.app_parts.BADGE_COLORS`).
Text from the portal is painted as text, never rendered as markup. Qt only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.bitrix.badges import BadgeType

from ..cards.app_parts import BADGE_COLORS

__all__ = ["BADGE_COLORS", "BADGE_TYPES", "BadgeTypeRole", "PillDelegate", "paint_pill", "pill_pixmap", "type_label"]

#: The badge types in the order offered (:class:`~desktop_app.bitrix.badges.BadgeType`, api-spec.md §4.13).
BADGE_TYPES = tuple(kind.value for kind in BadgeType)
#: The badge type (``success``…) of a row, for :class:`PillDelegate`.
BadgeTypeRole = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def type_label(kind: str) -> str:
    """A badge type in words with its colour (translated)."""
    words = {"success": translate("BadgePill", "Success (green)"),
             "failure": translate("BadgePill", "Failure (red)"),
             "warning": translate("BadgePill", "Warning (yellow)"),
             "primary": translate("BadgePill", "Primary (blue)"),
             "secondary": translate("BadgePill", "Secondary (grey)")}
    return words.get(kind, kind)


def _pill_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
    return font


def paint_pill(painter: QPainter, rect: QRectF, text: str, kind: str, font: QFont) -> None:
    """Draw a badge value as the portal does: upper-case ``text`` in a rounded pill of ``kind``'s colour
    (:data:`BADGE_COLORS`), left-aligned and vertically centred in ``rect``. ``text`` is drawn as text
    (never markup) and elided to fit."""
    font = _pill_font(font)
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text.upper(), Qt.TextElideMode.ElideRight, max(0, int(rect.width()) - 16))
    height = min(rect.height(), metrics.height() + 6)
    width = min(rect.width(), metrics.horizontalAdvance(shown) + 16)
    pill = QRectF(rect.left(), rect.top() + (rect.height() - height) / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    background, foreground = BADGE_COLORS.get(kind, BADGE_COLORS["secondary"])
    painter.setBrush(background)
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(foreground)
    painter.setFont(font)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
    painter.restore()


def pill_pixmap(text: str, kind: str, font: QFont, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The pill of :func:`paint_pill` on a transparent pixmap sized to fit (a preview, a combo icon)."""
    metrics = QFontMetrics(_pill_font(font))
    size = QSize(metrics.horizontalAdvance(text.upper()) + 18, metrics.height() + 8)
    pixmap = QPixmap(size * device_pixel_ratio)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_pill(painter, QRectF(1, 0, size.width() - 2, size.height()), text, kind, font)
    painter.end()
    return pixmap


class PillDelegate(QStyledItemDelegate):
    """Paints the value column as the badge's coloured pill (:func:`paint_pill`)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = QRectF(option.rect.adjusted(4, 2, -4, -2))
        paint_pill(painter, rect, text, index.data(BadgeTypeRole) or "secondary", option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(_pill_font(option.font))
        return QSize(max(hint.width(), metrics.horizontalAdvance(str(index.data() or "").upper()) + 28),
                     max(hint.height(), metrics.height() + 10))
