"""``CounterBadgeDelegate``: red / green activity counters on entity rows, like the web UI's
(anchors.md §6: red = open overdue activities, green = open incoming ones, both when mixed).

The row's text is painted by the style as usual (elided) in a rectangle narrowed by the badges' width;
the badges stay inside the visible part of the viewport and are small round (pill-shaped for two
digits) circles at the right edge with the count in white.
Counts come from ``data(index, CountersRole)`` → :class:`~desktop_app.services.counters.EntityCounters`
or ``None`` (not loaded, or the request failed: no badge, the list stays usable).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.services.counters import EntityCounters

__all__ = ["BADGE_SIZE", "INCOMING_BADGE", "OVERDUE_BADGE", "CounterBadgeDelegate"]

#: Diameter of a badge (logical px).
BADGE_SIZE = 18
#: Web UI counter colours.
OVERDUE_BADGE = QColor("#ff5752")
INCOMING_BADGE = QColor("#9dcf00")

_Index = QModelIndex | QPersistentModelIndex


class CounterBadgeDelegate(QStyledItemDelegate):
    """Paints the row as usual plus counter badges (see the module docstring).

    Args:
        role: the item data role holding :class:`EntityCounters`.
    """

    def __init__(self, role: int, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.role = role

    @staticmethod
    def badges(counters: EntityCounters | None) -> list[tuple[QColor, int]]:
        """``(colour, count)`` of the badges to paint, red first."""
        if counters is None:
            return []
        out = []
        if counters.overdue > 0:
            out.append((OVERDUE_BADGE, counters.overdue))
        if counters.incoming > 0:
            out.append((INCOMING_BADGE, counters.incoming))
        return out

    def _badge_rects(self, rect: QRect, badges: list[tuple[QColor, int]], font: QFont) -> list[QRectF]:
        metrics = QFontMetrics(font)
        rects: list[QRectF] = []
        right = rect.right() - 4
        top = rect.top() + (rect.height() - BADGE_SIZE) / 2
        for _color, count in reversed(badges):
            text = str(count) if count < 100 else "99+"
            width = max(BADGE_SIZE, metrics.horizontalAdvance(text) + 10)
            rects.insert(0, QRectF(right - width + 1, top, width, BADGE_SIZE))
            right -= width + 4
        return rects

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 - Qt override
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), BADGE_SIZE + 6))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        badges = self.badges(index.data(self.role))
        if not badges:
            super().paint(painter, option, index)
            return
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        font.setBold(True)
        area = QRect(option.rect)
        viewport = getattr(option.widget, "viewport", None)
        if viewport is not None:  # long names widen the item past the viewport: keep badges in sight
            area.setRight(min(area.right(), viewport().width() - 1))
        rects = self._badge_rects(area, badges, font)
        narrowed = QStyleOptionViewItem(option)
        narrowed.rect = QRect(area)
        narrowed.rect.setRight(int(rects[0].left()) - 4)
        super().paint(painter, narrowed, index)
        painter.save()
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setFont(font)
            for (color, count), rect in zip(badges, rects):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(rect, BADGE_SIZE / 2, BADGE_SIZE / 2)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(count) if count < 100 else "99+")
        finally:
            painter.restore()
