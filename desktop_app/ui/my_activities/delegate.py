"""``ActivityRowDelegate``: paints My-activities rows and group headers at one fixed height.

Row (``ROW_HEIGHT`` = 44 logical px)::

    ▌ Subject (bold, elided)
    ▌ Call · Deal · Acme Ltd · Mon, November 30, 3:00 pm   (grey, elided)

The left stripe is the group's colour (red overdue, green incoming, blue today, grey others), and
the group is also spoken in the accessible text, so state is never colour-only. Header rows show
``▾ Overdue · 12`` (``▸`` when collapsed) on a light band. ``sizeHint`` is constant, so views use
``setUniformItemSizes(True)`` and ``setLayoutMode(Batched)``; no widget is created per row.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop_app.services.my_activities import Group

from .model import ExpandedRole, GroupRole, IncomingRole, IsHeaderRole, SubtitleRole

__all__ = ["GROUP_COLORS", "ROW_HEIGHT", "ActivityRowDelegate"]

ROW_HEIGHT = 44

#: Stripe colours per group (Bitrix24 web palette: red #ff5752, green #9dcf00, blue #2fc6f6, grey #a8adb4).
GROUP_COLORS = {
    Group.OVERDUE: QColor("#ff5752"),
    Group.TODAY: QColor("#2fc6f6"),
    Group.TOMORROW: QColor("#a8adb4"),
    Group.THIS_WEEK: QColor("#a8adb4"),
    Group.NEXT_WEEK: QColor("#a8adb4"),
    Group.LATER: QColor("#a8adb4"),
    Group.NO_DEADLINE: QColor("#dfe0e3"),
}
INCOMING_COLOR = QColor("#9dcf00")

_Index = QModelIndex | QPersistentModelIndex


class ActivityRowDelegate(QStyledItemDelegate):
    """Fixed-height painter of rows and headers (see the module docstring)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 - Qt override
        return QSize(120, ROW_HEIGHT)  # narrow: rows take the viewport's width, no horizontal scroll bar

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        painter.save()
        try:
            if index.data(IsHeaderRole):
                self._paint_header(painter, option, index)
            else:
                self._paint_row(painter, option, index)
        finally:
            painter.restore()

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = option.rect
        palette = option.palette
        painter.fillRect(rect.adjusted(0, 2, 0, -2), palette.alternateBase())
        group = Group(index.data(GroupRole))
        painter.fillRect(QRect(rect.left(), rect.top() + 2, 4, rect.height() - 4), GROUP_COLORS[group])
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.text().color())
        arrow = "▾" if index.data(ExpandedRole) else "▸"
        text_rect = rect.adjusted(12, 0, -8, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         f"{arrow}  {index.data(Qt.ItemDataRole.DisplayRole)}")
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.highlight().color())
            painter.drawRect(rect.adjusted(0, 1, -1, -2))

    def _paint_row(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.highlight())
        group = Group(index.data(GroupRole))
        stripe = INCOMING_COLOR if index.data(IncomingRole) and group == Group.TODAY else GROUP_COLORS[group]
        painter.fillRect(QRect(rect.left() + 2, rect.top() + 4, 4, rect.height() - 8), stripe)
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        sub_color = text_color if selected else palette.placeholderText().color()
        inner = rect.adjusted(14, 3, -8, -3)
        half = inner.height() // 2
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        title = QFontMetrics(bold).elidedText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                                              Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top(), inner.width(), half),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, title)
        painter.setFont(option.font)
        painter.setPen(sub_color)
        subtitle = QFontMetrics(option.font).elidedText(str(index.data(SubtitleRole) or ""),
                                                        Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRect(inner.left(), inner.top() + half, inner.width(), inner.height() - half),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, subtitle)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(palette.highlight().color() if not selected else palette.highlightedText().color())
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
