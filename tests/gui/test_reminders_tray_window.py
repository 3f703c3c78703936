"""Reminders while the window is closed to the system tray (issue 14 item 5): closing the window hides
it (the app runs on, the first time says so in a tray message), a to-do's reminder still comes due
and shows on the desktop with Open and Complete; Complete completes it on the portal, Open brings
the window back on it; the tray's Quit (and Portal → Quit) quit through the pending-changes question.

The real window on the sandbox portal over loopback HTTP. The offscreen platform the tests run on
has no system tray (``QSystemTrayIcon.isSystemTrayAvailable()`` is false there, and a tray message
shows nothing), so these tests stand in for a desktop that has one: Qt's availability answer says
yes and Qt's ``showMessage`` records what the desktop was asked to show. The reminder itself is our
popup, a real window on the offscreen screen, which does not depend on the tray. Without a tray,
closing quits as before (tests/gui/test_quit_pending.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPushButton, QSystemTrayIcon
from window_helpers import CONFIRM_MS, complete_first_card, confirmed, save_todo, served_window, show_deal

from desktop_app.sandbox import SandboxPortal
from desktop_app.ui.main_window import MainWindow

pytestmark = [
    pytest.mark.usefixtures("qloop"), pytest.mark.integration,
    # Qt's own tray implementation looks for a native tray signal the offscreen platform lacks.
    pytest.mark.qt_log_ignore("No such signal QPlatformNativeInterface::systemTrayWindowChanged"),
]


@pytest.fixture
def tray_messages(monkeypatch) -> list[tuple[str, str]]:  # noqa: ANN001
    """A desktop with a system tray: the tray messages (title, text) it was asked to show."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "showMessage", lambda _icon, title, text, *_a: shown.append((title, text)))
    return shown


@pytest.fixture
def window(qtbot, arun, ticking_portal, tmp_path, monkeypatch, tray_messages) -> Iterator[MainWindow]:  # noqa: ANN001
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        yield win


def _todo_due_in_two_minutes(qtbot, win: MainWindow, title: str) -> tuple[int, list[datetime]]:  # noqa: ANN001
    """A to-do on deal 1 reminding at its deadline, two minutes ahead of a controlled clock."""
    show_deal(qtbot, win, 1)
    now = datetime.now(win.session.tz).replace(second=0, microsecond=0)
    clock = [now]
    win.reminders.set_clock(lambda: clock[0])
    return save_todo(qtbot, win, title, now + timedelta(minutes=2)), clock


def _close_to_tray(qtbot, win: MainWindow, closed: list[bool]) -> None:  # noqa: ANN001
    win.closed.connect(lambda: closed.append(True))
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=2000)
    assert closed == [], "closing to the tray does not quit"


def test_closed_to_the_tray_a_reminder_comes_on_the_desktop_and_complete_reaches_the_portal(
        qtbot, window: MainWindow, ticking_portal: SandboxPortal, tray_messages) -> None:  # noqa: ANN001
    todo_id, clock = _todo_due_in_two_minutes(qtbot, window, "Send the signed contract")
    closed: list[bool] = []
    _close_to_tray(qtbot, window, closed)
    assert [title for title, _ in tray_messages] == ["Activity Desk is still running"]
    assert "Reminders keep coming" in tray_messages[0][1]
    assert window.session is not None and window.session.store is not None  # the portal stays open

    # Said once: open from the tray's menu, close again — no second message.
    window.reminders.tray.open_action.trigger()
    assert window.isVisible()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=2000)
    assert len(tray_messages) == 1 and closed == []

    assert window.reminders.check() == []  # two minutes to go
    clock[0] += timedelta(minutes=2)
    [popup] = window.reminders.check()
    assert popup.isVisible() and popup.isWindow(), "a notification on the desktop, not in the hidden window"
    screen = window.screen().availableGeometry()
    assert screen.contains(popup.geometry()), (popup.geometry(), screen)
    assert popup.subject.text() == "Send the signed contract" and popup.reminder.activity.id == todo_id
    assert tray_messages[-1][0] == "Reminder" and "Send the signed contract" in tray_messages[-1][1]

    confirmed(qtbot, window, lambda: qtbot.mouseClick(popup.complete_button, Qt.MouseButton.LeftButton))
    assert ticking_portal.db.activity(todo_id)["completed"] == "Y"
    qtbot.waitUntil(lambda: window.reminders.popups == [], timeout=CONFIRM_MS)
    assert not window.isVisible() and closed == []

    # Portal → Quit (Ctrl+Q) quits even though a tray is there.
    [quit_action] = [a for a in window.actions() if a.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)]
    window.reminders.tray.show_window()
    with qtbot.waitSignal(window.closed, timeout=2000):
        quit_action.trigger()
    assert not window.isVisible()


def test_open_brings_the_window_back_on_the_todo(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    todo_id, clock = _todo_due_in_two_minutes(qtbot, window, "Call about the delivery")
    show_deal(qtbot, window, 2)
    _close_to_tray(qtbot, window, [])
    clock[0] += timedelta(minutes=3)
    [popup] = window.reminders.check()
    assert popup.isWindow() and popup.isVisible()

    # Opened from the tray menu, the window takes the popup back inside it.
    window.reminders.tray.open_action.trigger()
    assert window.isVisible()
    qtbot.waitUntil(lambda: not popup.isWindow() and popup.isVisible(), timeout=2000)
    assert window.rect().contains(popup.geometry())

    _close_to_tray(qtbot, window, [])
    qtbot.waitUntil(lambda: popup.isWindow() and popup.isVisible(), timeout=2000)
    with qtbot.waitSignal(window.timeline.loaded, timeout=CONFIRM_MS):
        qtbot.mouseClick(popup.open_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and not window.isMinimized()
    assert window.timeline.entity.owner_id == 1 and window.timeline.model.row_of(todo_id) is not None
    qtbot.waitUntil(lambda: window.reminders.popups == [], timeout=2000)


def test_the_tray_s_quit_asks_about_changes_not_sent_yet(qtbot, window: MainWindow,  # noqa: ANN001
                                                         ticking_portal: SandboxPortal) -> None:
    closed: list[bool] = []
    _close_to_tray(qtbot, window, closed)
    # A change on its way (the portal holds its answer back) while the window is in the tray.
    complete_first_card(qtbot, window, ticking_portal, delay=2.0)

    window.reminders.tray.quit_action.trigger()
    qtbot.waitUntil(lambda: window.quit_question is not None and window.quit_question.isVisible(), timeout=5000)
    assert window.isVisible(), "the window comes back for the question"
    assert "1 change" in window.quit_question.text() and closed == []
    with qtbot.waitSignal(window.closed, timeout=2000):
        qtbot.mouseClick(window.quit_question.findChild(QPushButton, "quitNow"), Qt.MouseButton.LeftButton)
    assert closed == [True] and not window.isVisible()
    qtbot.waitUntil(lambda: not any(window.session.changes.processor.is_in_flight(e.id)
                                    for e in window.session.changes.open_entries()), timeout=CONFIRM_MS)


def test_keep_running_in_the_tray_can_be_turned_off_and_is_remembered(qtbot, window: MainWindow,  # noqa: ANN001
                                                                       tray_messages) -> None:
    from desktop_app.services import settings as settings_file

    action = window.close_to_tray_action
    assert action.isEnabled() and action.isChecked(), "on by default where the desktop has a tray"
    action.trigger()  # Settings → Keep running in the tray when closed: off
    assert settings_file.load().close_to_tray is False
    again = MainWindow()  # the next start reads it
    qtbot.addWidget(again)
    assert not again.close_to_tray_action.isChecked() and not again.reminders.tray.closes_to_tray()
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.close()
    qtbot.waitUntil(lambda: closed == [True], timeout=5000)  # closing quits, as without a tray
    assert tray_messages == []
