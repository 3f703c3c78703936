"""Reminder notifications while the app runs (issue 14 item 5): when a to-do's reminder
(``pingOffsets``, :mod:`desktop_app.services.reminders`) comes due, the window shows a small
non-modal popup — subject, deadline, **Open** (its entity's timeline) and **Complete** (through the
outbox, like the card's checkbox) — and, where the desktop has a system tray, the tray icon shows
it as a desktop notification too (``QSystemTrayIcon.showMessage``; clicking it opens the to-do).

The to-dos looked at are the ones whose reminders Activity Desk knows (the store's ``cache_ping``
with the cached activity). They are checked every :data:`CHECK_INTERVAL_MS` and when a portal is
opened; ``clock`` (tests) replaces the real time.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QSystemTrayIcon, QVBoxLayout, QWidget

from desktop_app.services.reminders import DueReminder, ReminderSchedule
from desktop_app.store.cache import CacheBusy

log = logging.getLogger(__name__)

#: How often the due reminders are looked for (ms).
CHECK_INTERVAL_MS = 20000


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
    """

    def __init__(self, window, clock: Callable[[], datetime] | None = None) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self._window = window
        self._clock = clock
        self.schedule = ReminderSchedule(self._now)
        self.popups: list[ReminderPopup] = []
        self.tray: QSystemTrayIcon | None = None
        self._timer = QTimer(self, interval=CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        window.session_changed.connect(self._session_changed)

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
        popup.show()
        popup.raise_()
        self._notify_tray(popup)
        return popup

    def _notify_tray(self, popup: ReminderPopup) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.tray.setToolTip(self.tr("Activity Desk"))
            self.tray.messageClicked.connect(lambda: self.popups and self._open(self.popups[-1]))
            self.tray.show()
        self.tray.showMessage(self.tr("Reminder"), popup.subject.text() + "\n" + popup.when.text())

    def _place(self) -> None:
        """Stack the popups up from the window's bottom-right corner."""
        bottom = self._window.height() - 36
        for popup in reversed(self.popups):
            popup.adjustSize()
            width = min(max(popup.sizeHint().width(), 320), self._window.width() - 24)
            popup.setGeometry(self._window.width() - width - 12, bottom - popup.sizeHint().height(), width,
                              popup.sizeHint().height())
            bottom = popup.y() - 8

    def _forget(self, popup: ReminderPopup) -> None:
        if popup in self.popups:
            self.popups.remove(popup)

    def _open(self, popup: ReminderPopup) -> None:
        activity = popup.reminder.activity
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
        self._window.open_entity(activity.owner_type_id, activity.owner_id, activity.id)
        popup.close()

    def _complete(self, popup: ReminderPopup) -> None:
        self._window.activity_actions.set_completed(popup.reminder.activity, True)
        popup.close()
