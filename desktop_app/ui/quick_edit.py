"""Quick inline edits of a todo card: deadline, colour and responsible person.

Each edit maps to one narrow portal method that the main window calls (api-spec.md §4.9.3–4.9.6):
``crm.activity.todo.updateDeadline``, ``.updateColor``, ``.updateResponsibleUser``. This module only
asks the user; it sends nothing.

- :func:`deadline_presets`: "In 1 hour", "Tomorrow, 9:00", "Next Monday, 9:00" in the user's zone.
- :class:`DeadlinePopup`: a small non-modal popup (``Qt.Popup``) with a
  :class:`~desktop_app.ui.datetime_edit.DateTimeEdit` (typed text, calendar, quick choices), the presets
  and OK/Cancel; emits ``deadlineChosen(datetime)`` — aware, in the user's time zone. Text that is not
  understood is named in the popup and OK does nothing.
- :func:`color_menu`: the 8 todo colours (default + ``"1"``…``"7"``) with swatches
  (server-behaviour.md §4.9).
- :func:`responsible_menu`: the portal's users.

Menus are shown with ``popup()``, the deadline popup with ``show()``: nothing blocks the qasync loop.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, time, timedelta, tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QActionGroup, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix.models import TODO_COLOR_IDS
from desktop_app.services.datetime_input import machine_zone

from .datetime_edit import DateTimeEdit
from .plain_text import menu_text
from .timeline.palette import TODO_PALETTE

__all__ = ["DeadlinePopup", "color_menu", "color_name", "color_swatch", "deadline_presets", "responsible_menu"]


def _local(value: datetime, tz: tzinfo | None) -> datetime:
    return value.astimezone(tz) if tz is not None else value.astimezone()


def _at(day: datetime, hour: int, tz: tzinfo | None) -> datetime:
    """``hour``:00 on ``day``'s date in ``tz`` (aware)."""
    naive = datetime.combine(day.date(), time(hour))
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


def deadline_presets(now: datetime, tz: tzinfo | None) -> list[tuple[str, datetime]]:
    """``[(key, deadline)]`` for ``in_1_hour`` (now + 1 h, to the minute), ``tomorrow_9``
    (tomorrow 9:00) and ``next_monday_9`` (the next Monday after today, 9:00), aware in ``tz``
    (``None``: the system's zone). ``now`` must be aware."""
    local = _local(now, tz)
    in_hour = (local + timedelta(hours=1)).replace(second=0, microsecond=0)
    tomorrow = _at(local + timedelta(days=1), 9, tz)
    monday = _at(local + timedelta(days=7 - local.weekday()), 9, tz)
    return [("in_1_hour", in_hour), ("tomorrow_9", tomorrow), ("next_monday_9", monday)]


def _preset_label(key: str) -> str:
    labels = {
        "in_1_hour": QCoreApplication.translate("QuickEdit", "In 1 hour"),
        "tomorrow_9": QCoreApplication.translate("QuickEdit", "Tomorrow, 9:00"),
        "next_monday_9": QCoreApplication.translate("QuickEdit", "Next Monday, 9:00"),
    }
    return labels[key]


class DeadlinePopup(QDialog):
    """Pick a new deadline: date-time field, presets, OK/Cancel. Non-modal; shown with :meth:`popup`.

    Args:
        current: the deadline to start from (aware), or ``None`` (then now + 1 hour).
        now: the session's current time (aware), for the presets.
        tz: the user's time zone (``None``: the system's): the field shows and returns wall time there.

    Signals:
        deadlineChosen(datetime): OK was pressed; an aware datetime in ``tz``.
    """

    deadlineChosen = Signal(object)

    def __init__(self, current: datetime | None, now: datetime, tz: tzinfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("deadlinePopup")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._tz = tz
        #: The date-and-time field (``deadlineEdit``): typed text, calendar, quick choices.
        self.editor = DateTimeEdit(self, name="deadlineEdit")
        self.editor.set_zone(tz if tz is not None else machine_zone(), lambda: now)
        self.editor.setAccessibleName(self.tr("Deadline"))
        self.problem = QLabel(self)
        self.problem.setObjectName("deadlineProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # echoes typed text
        self.problem.setStyleSheet("color: #c21b16;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.editor.edited.connect(self.problem.hide)
        label = QLabel(self.tr("&Deadline:"), self)
        label.setBuddy(self.editor.line)
        start = current or deadline_presets(now, tz)[0][1]
        self.set_value(start)

        presets = QHBoxLayout()
        for key, value in deadline_presets(now, tz):
            button = QPushButton(_preset_label(key), self)
            button.setObjectName(f"preset_{key}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, v=value: self.set_value(v))
            presets.addWidget(button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor)
        layout.addWidget(self.problem)
        layout.addLayout(presets)
        layout.addWidget(self.buttons)

    def set_value(self, value: datetime) -> None:
        """Show ``value`` (aware) as wall time in the user's zone."""
        self.editor.set_value(_local(value, self._tz))

    def value(self) -> datetime | None:
        """The field's value as an aware datetime in the user's zone, or ``None`` when the typed
        text is empty or not understood."""
        return self.editor.value()

    def accept(self) -> None:
        """OK: emit the chosen deadline and close — or, for text not understood, say what and stay."""
        chosen = self.value()
        if chosen is None:
            self.problem.setText(self.editor.problem() or QCoreApplication.translate(
                "DateTimeEdit", "Enter a date and time, e.g. “tomorrow 9:00”."))
            self.problem.show()
            self.editor.setFocus()
            return
        super().accept()
        self.deadlineChosen.emit(chosen)

    def popup(self, global_pos: QPoint) -> None:
        """Show at ``global_pos`` (non-blocking) with the field focused."""
        self.adjustSize()
        self.move(global_pos)
        self.show()
        self.editor.line.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editor.line.selectAll()


def color_name(color_id: str | None) -> str:
    """The translated name of todo colour ``color_id`` (``None``: the default)."""
    names = {
        None: QCoreApplication.translate("QuickEdit", "Default (yellow)"),
        "1": QCoreApplication.translate("QuickEdit", "Blue"),
        "2": QCoreApplication.translate("QuickEdit", "Turquoise"),
        "3": QCoreApplication.translate("QuickEdit", "Orange"),
        "4": QCoreApplication.translate("QuickEdit", "Green"),
        "5": QCoreApplication.translate("QuickEdit", "Purple"),
        "6": QCoreApplication.translate("QuickEdit", "Grey"),
        "7": QCoreApplication.translate("QuickEdit", "Pink"),
    }
    return names[color_id]


def color_swatch(color_id: str | None, size: int = 16, dpr: float = 1.0) -> QIcon:
    """A round swatch of the todo colour's icon-circle colour on its card background."""
    circle, background = (QColor(c) for c in TODO_PALETTE[color_id])
    pixmap = QPixmap(round(size * dpr), round(size * dpr))
    pixmap.setDevicePixelRatio(dpr)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#a8adb4"))
    painter.setBrush(background)
    painter.drawEllipse(0, 0, size - 1, size - 1)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(circle)
    painter.drawEllipse(3, 3, size - 7, size - 7)
    painter.end()
    return QIcon(pixmap)


def color_menu(parent: QWidget, current: str | None, on_pick: Callable[[str | None], None]) -> QMenu:
    """A menu of the 8 todo colours (default first), the ``current`` one checked; ``on_pick(color_id)``
    is called with ``None`` (default) or ``"1"``…``"7"``. Actions are named ``quickColor_<id|default>``."""
    menu = QMenu(QCoreApplication.translate("QuickEdit", "&Colour"), parent)
    menu.setObjectName("quickColorMenu")
    group = QActionGroup(menu)
    dpr = parent.devicePixelRatioF()
    for color_id in (None, *TODO_COLOR_IDS):
        action = QAction(color_swatch(color_id, 16, dpr), color_name(color_id), menu)
        action.setObjectName(f"quickColor_{color_id or 'default'}")
        action.setCheckable(True)
        action.setChecked(color_id == current)
        action.setData(color_id)
        action.triggered.connect(lambda _checked=False, c=color_id: on_pick(c))
        group.addAction(action)
        menu.addAction(action)
    return menu


def responsible_menu(parent: QWidget, users: Mapping[int, str], current: int,
                     on_pick: Callable[[int], None]) -> QMenu:
    """A menu of ``users`` (id → name, sorted by name), ``current`` checked; ``on_pick(user_id)``.
    Actions are named ``quickResponsible_<id>``; without users the menu says so (disabled)."""
    menu = QMenu(QCoreApplication.translate("QuickEdit", "&Responsible"), parent)
    menu.setObjectName("quickResponsibleMenu")
    group = QActionGroup(menu)
    for user_id, name in sorted(users.items(), key=lambda item: (item[1].casefold(), item[0])):
        action = QAction(menu_text(name), menu)  # a portal user's name
        action.setObjectName(f"quickResponsible_{user_id}")
        action.setCheckable(True)
        action.setChecked(user_id == current)
        action.setData(user_id)
        action.triggered.connect(lambda _checked=False, u=user_id: on_pick(u))
        group.addAction(action)
        menu.addAction(action)
    if not users:
        empty = menu.addAction(QCoreApplication.translate("QuickEdit", "No users loaded"))
        empty.setEnabled(False)
    return menu


def deadline_menu(parent: QWidget, now: datetime, tz: tzinfo | None, on_pick: Callable[[datetime], None],
                  on_custom: Callable[[], None]) -> QMenu:
    """A menu of the deadline presets (``quickDeadline_<key>``) and "Pick date and time…"
    (``quickDeadlinePick``, calls ``on_custom`` to open a :class:`DeadlinePopup`)."""
    menu = QMenu(QCoreApplication.translate("QuickEdit", "&Deadline"), parent)
    menu.setObjectName("quickDeadlineMenu")
    for key, value in deadline_presets(now, tz):
        action = menu.addAction(_preset_label(key))
        action.setObjectName(f"quickDeadline_{key}")
        action.triggered.connect(lambda _checked=False, v=value: on_pick(v))
    menu.addSeparator()
    pick = menu.addAction(QCoreApplication.translate("QuickEdit", "&Pick date and time…"))
    pick.setObjectName("quickDeadlinePick")
    pick.triggered.connect(lambda _checked=False: on_custom())
    return menu
