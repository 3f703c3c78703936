"""Closing the main window with changes not yet on the portal (issue 10 item 9), as a mixin of
:class:`~desktop_app.ui.main_window.MainWindow`: ask (non-blocking) *Quit now* / *Wait and quit* /
*Cancel*; waiting closes the window by itself once the outbox has sent them.

Where the desktop has a system tray, closing the window only hides it to the tray (issue 14 item 5,
:mod:`.window_tray`); quitting is then Portal → Quit or the tray's Quit (:meth:`QuitGuardMixin.quit_app`),
which asks the same question."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from desktop_app.store.entries import EntryState


class QuitGuardMixin:
    """``closeEvent`` and the quit question of :class:`MainWindow` (which sets ``quit_question``,
    ``_quit_confirmed``, ``_quit_when_sent`` and emits ``closed``)."""

    #: Quitting was asked for (Portal → Quit, the tray's Quit): the close is not a hide to the tray.
    _quitting = False

    def quit_app(self) -> None:
        """Quit Activity Desk (Portal → Quit, the tray's Quit): close for good, asking first when
        changes still wait to be sent (the window is shown again for that question)."""
        self._quitting = True
        if not self._quit_confirmed and self.waiting_changes() and not self.isVisible():
            self.reminders.tray.show_window()
        self.close()

    def _closes_to_tray(self) -> bool:
        tray = getattr(getattr(self, "reminders", None), "tray", None)
        return not (self._quitting or self._quit_confirmed) and tray is not None and tray.closes_to_tray()

    def waiting_changes(self) -> int:
        """Changes queued but not yet confirmed that the outbox would still send by itself
        (``pending``, ``sending``, ``unknown``; failed and conflicting ones wait for the user)."""
        changes = self.session.changes if self.session is not None else None
        if changes is None or self.session.store is None:  # no outbox, or the session is closed already
            return 0
        waiting = (EntryState.PENDING, EntryState.SENDING, EntryState.UNKNOWN)
        return sum(1 for entry in changes.open_entries() if entry.state in waiting)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Close, unless changes still wait to be sent: then ask (non-blocking, issue 10 item 9) —
        *Quit now* (they are kept and sent on the next start), *Wait and quit* (the window closes by
        itself once they reached the portal) or *Cancel*. With a system tray, closing the window
        (not quitting) hides it to the tray instead."""
        if self._closes_to_tray():
            event.ignore()
            self.reminders.tray.hide_window()
            return
        waiting = 0 if self._quit_confirmed else self.waiting_changes()
        if waiting:
            event.ignore()
            self._ask_before_quitting(waiting)
            return
        self.closed.emit()
        super().closeEvent(event)

    def _ask_before_quitting(self, waiting: int) -> None:
        if self.quit_question is not None:
            self.quit_question.raise_()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Changes not sent yet"), self.tr(
            "%n change(s) have not reached the portal yet. They are kept and will be sent the next time "
            "you start Activity Desk.", "", waiting), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("quitQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("You can also wait until they are sent; Activity Desk then quits by itself."))
        quit_now = box.addButton(self.tr("&Quit now"), QMessageBox.ButtonRole.DestructiveRole)
        wait = box.addButton(self.tr("&Wait and quit"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(wait)
        box.setEscapeButton(cancel)
        quit_now.setObjectName("quitNow")
        wait.setObjectName("waitAndQuit")

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self.quit_question = None
            box.deleteLater()
            if clicked is quit_now:
                self._quit_confirmed = True
                self.close()
            elif clicked is wait:
                self._wait_then_quit()
            else:
                self._quitting = False  # Cancel: the next close hides to the tray again
                self._stop_waiting()

        box.finished.connect(answered)
        self.quit_question = box
        box.open()

    def _wait_then_quit(self) -> None:
        if not self._quit_when_sent:
            self._quit_when_sent = True
            self.activity_actions.entry_changed.connect(self._quit_if_sent)
        waiting = self.waiting_changes()
        self.banner.show_message(self.tr(
            "Activity Desk will quit once the %n waiting change(s) have reached the portal.", "", waiting),
            level="info")
        self._quit_if_sent()

    def _stop_waiting(self) -> None:
        if self._quit_when_sent:
            self._quit_when_sent = False
            self.activity_actions.entry_changed.disconnect(self._quit_if_sent)

    def _quit_if_sent(self, _entry: object = None) -> None:
        if self._quit_when_sent and self.waiting_changes() == 0:
            self._stop_waiting()
            self._quit_confirmed = True
            self.close()
