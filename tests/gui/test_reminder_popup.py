"""Reminder notifications (issue 14 item 5): a to-do saved with a deadline two minutes ahead and a
reminder "at the time" (pingOffsets [0]) pops up in the window when its time comes (a controlled
clock), once; Complete completes it on the portal through the outbox, Open shows its timeline."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from window_helpers import CONFIRM_MS, confirmed, save_todo, served_window, show_deal

from desktop_app.sandbox import SandboxPortal

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]


def test_a_due_reminder_pops_up_once_and_complete_reaches_the_portal(qtbot, arun, ticking_portal: SandboxPortal,  # noqa: ANN001
                                                                     tmp_path, monkeypatch) -> None:
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        show_deal(qtbot, win, 1)
        now = datetime.now(win.session.tz).replace(second=0, microsecond=0)
        clock = [now]
        win.reminders.set_clock(lambda: clock[0])
        todo_id = save_todo(qtbot, win, "Send the signed contract", now + timedelta(minutes=2))
        assert win.reminders.check() == [] and win.reminders.popups == []  # not yet: two minutes to go

        clock[0] = now + timedelta(minutes=2)
        [popup] = win.reminders.check()
        assert popup.isVisible() and not popup.isModal()
        assert popup.subject.text() == "Send the signed contract"
        assert popup.reminder.activity.id == todo_id
        assert win.reminders.check() == []  # each reminder once

        confirmed(qtbot, win, lambda: qtbot.mouseClick(popup.complete_button, Qt.MouseButton.LeftButton))
        assert ticking_portal.db.activity(todo_id)["completed"] == "Y"
        qtbot.waitUntil(lambda: win.reminders.popups == [], timeout=CONFIRM_MS)


def test_open_shows_the_todo_s_timeline(qtbot, arun, ticking_portal: SandboxPortal, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        show_deal(qtbot, win, 1)
        now = datetime.now(win.session.tz).replace(second=0, microsecond=0)
        clock = [now]
        win.reminders.set_clock(lambda: clock[0])
        todo_id = save_todo(qtbot, win, "Call about the delivery", now + timedelta(minutes=2))
        show_deal(qtbot, win, 2)
        clock[0] = now + timedelta(minutes=3)
        [popup] = win.reminders.check()
        with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
            qtbot.mouseClick(popup.open_button, Qt.MouseButton.LeftButton)
        assert win.timeline.entity.owner_id == 1 and win.timeline.model.row_of(todo_id) is not None
