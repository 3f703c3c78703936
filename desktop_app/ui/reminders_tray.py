"""Reminder notifications while the app runs (issue 14 item 5): when a to-do's reminder
(``pingOffsets``, :mod:`desktop_app.services.reminders`) comes due, the window shows a small
non-modal popup — subject, deadline, **Open** (its entity's timeline) and **Complete** (through the
outbox, like the card's checkbox) — and, where the desktop has a system tray, the tray icon shows
it as a desktop notification too (``QSystemTrayIcon.showMessage``; clicking it opens the to-do).

While the window is closed to the tray (:mod:`.window_tray`) or minimised, the popup is a small
frameless window of its own in the screen's bottom-right corner, above other windows and not taking
the focus, with the same buttons: Open brings the window back on the to-do. Popups still open when
the window comes back move into it.

The to-dos looked at are the ones whose reminders Activity Desk knows (the store's ``cache_ping``
with the cached activity). They are checked every :data:`CHECK_INTERVAL_MS` and when a portal is
opened; ``clock`` (tests) replaces the real time.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.reminders import DueReminder, ReminderSchedule
from desktop_app.store.cache import CacheBusy

from .window_tray import WindowTray

log = logging.getLogger(__name__)

#: How often the due reminders are looked for (ms).
CHECK_INTERVAL_MS = 20000
#: A popup shown on the desktop (window closed to the tray): a window of its own, frameless, on top.
DESKTOP_FLAGS = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint


class ReminderPopup(QFrame):
    """One due reminder in the window's bottom-right corner: subject (plain text), deadline, Open,
    Complete and Dismiss. Closing it (any button) deletes it."""

    def __init__(self, reminder: DueReminder, deadline_text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("reminderPopup")
        self.reminder = reminder
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)  # on the desktop: no focus stolen
        heading = QLabel(self.tr("Reminder"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.subject = QLabel(reminder.activity.subject or self.tr("To-do"), self)
        self.subject.setTextFormat(Qt.TextFormat.PlainText)  # portal text
        self.subject.setWordWrap(True)
        self.when = QLabel(self.tr("Deadline: %1").replace("%1", deadline_text), self)
        self.when.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("&Open"), self, objectName="reminderOpen")
        self.complete_button = QPushButton(self.tr("&Complete"), self, objectName="reminderComplete")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self, objectName="reminderDismiss")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.dismiss_button, self.open_button, self.complete_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.subject)
        layout.addWidget(self.when)
        layout.addLayout(buttons)
        self.dismiss_button.clicked.connect(self.close)


class ReminderNotifier(QObject):
    """Looks for due reminders of ``window``'s session and shows them (see the module docstring).

    Attributes:
        popups: the popups open now, oldest first.
        tray: the window's tray icon (:class:`~.window_tray.WindowTray`).
    """

    def __init__(self, window, clock: Callable[[], datetime] | None = None) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self._window = window
        self._clock = clock
        self.schedule = ReminderSchedule(self._now)
        self.popups: list[ReminderPopup] = []
        self.tray = WindowTray(window)
        if self.tray.icon is not None:
            self.tray.icon.messageClicked.connect(lambda: self.popups and self._open(self.popups[-1]))
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        window.session_changed.connect(self._session_changed)
        window.installEventFilter(self)  # shown / hidden: the popups move into it or onto the desktop

    def set_clock(self, clock: Callable[[], datetime] | None) -> None:
        """Use ``clock`` (aware datetimes) instead of the real time."""
        self._clock = clock

    def _now(self) -> datetime:
        if self._clock is not None:
            return self._clock()
        session = self._window.session
        if session is not None and session.clock is not None:
            return session.clock()
        return datetime.now().astimezone()

    def _session_changed(self, _session: object) -> None:
        self.schedule = ReminderSchedule(self._now)
        QTimer.singleShot(0, self.check)

    def check(self) -> list[ReminderPopup]:
        """Show every reminder due now (each once); returns the popups opened."""
        session = self._window.session
        if session is None or session.store is None:
            return []
        try:
            todos = session.store.cache.reminded_activities()
        except (sqlite3.Error, ValueError, CacheBusy) as exc:
            log.warning("reminders not readable: %s", exc)
            return []
        return [self._show(reminder) for reminder in self.schedule.due(todos)]

    def _deadline_text(self, reminder: DueReminder) -> str:
        deadline = reminder.activity.deadline
        tz = getattr(self._window.session, "tz", None)
        local = deadline.astimezone(tz) if deadline is not None and tz is not None else deadline
        return QLocale().toString(local, QLocale.FormatType.ShortFormat) if local is not None else ""

    def _show(self, reminder: DueReminder) -> ReminderPopup:
        popup = ReminderPopup(reminder, self._deadline_text(reminder), self._window)
        popup.open_button.clicked.connect(lambda: self._open(popup))
        popup.complete_button.clicked.connect(lambda: self._complete(popup))
        popup.destroyed.connect(lambda _=None, p=popup: self._forget(p))
        self.popups.append(popup)
        self._place()
        self.tray.notify(self.tr("Reminder"), popup.subject.text() + "\n" + popup.when.text())
        return popup

    def in_window(self) -> bool:
        """Whether the popups belong in the window (shown, not minimised) rather than on the desktop."""
        return self._window.isVisible() and not self._window.isMinimized()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() in (QEvent.Type.Show, QEvent.Type.Hide,
                                                          QEvent.Type.WindowStateChange):
            QTimer.singleShot(0, self, self._place)  # after the window's own change
        return False

    def _place(self) -> None:
        """Stack the popups up from the bottom-right corner of the window (shown) or of the screen
        (closed to the tray, minimised), each visible and on top."""
        in_window = self.in_window()
        if in_window:
            area, bottom = self._window.rect(), self._window.height() - 36
        else:
            screen = self._window.screen() or QGuiApplication.primaryScreen()
            area = screen.availableGeometry()
            bottom = area.bottom() - 12
        for popup in reversed(self.popups):
            if popup.isWindow() == in_window:  # in the other place: move it (re-parenting hides it)
                popup.setParent(self._window, Qt.WindowType.Widget if in_window else DESKTOP_FLAGS)
            popup.adjustSize()
            width = min(max(popup.sizeHint().width(), 320), area.width() - 24)
            height = popup.sizeHint().height()
            popup.setGeometry(area.x() + area.width() - width - 12, bottom - height, width, height)
            bottom = popup.y() - 8
            popup.show()
            popup.raise_()

    def _forget(self, popup: ReminderPopup) -> None:
        if popup in self.popups:
            self.popups.remove(popup)

    def _open(self, popup: ReminderPopup) -> None:
        activity = popup.reminder.activity
        self.tray.show_window()
        self._window.open_entity(activity.owner_type_id, activity.owner_id, activity.id)
        popup.close()

    def _complete(self, popup: ReminderPopup) -> None:
        self._window.activity_actions.set_completed(popup.reminder.activity, True)
        popup.close()
