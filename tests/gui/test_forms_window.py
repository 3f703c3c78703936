"""The two forms through the real window over loopback (issue 12 points 1, 9, 12 and the forms'
part of 2): an empty to-do is refused with a message, a saved to-do closes the form and the next one
starts with the default colour, typed dates land in the portal, the e-mail form says it records
only, and attached files reach the portal's database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from window_helpers import CONFIRM_MS, confirmed, served_window

from desktop_app.bitrix.models import ActivityType
from desktop_app.sandbox import SandboxPortal
from desktop_app.ui.main_window import MainWindow

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]


@pytest.fixture
def portal(ticking_portal: SandboxPortal) -> SandboxPortal:
    return ticking_portal


@pytest.fixture
def window(qtbot, arun, portal, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    with served_window(qtbot, arun, portal, tmp_path, monkeypatch) as win:
        yield win


def _new_todo(qtbot, win: MainWindow):
    qtbot.mouseClick(win.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = win.todo_form
    assert form.isVisible()
    return form


def test_an_empty_todo_is_refused_then_a_saved_one_closes_the_form_and_the_next_starts_fresh(
        qtbot, window: MainWindow, portal: SandboxPortal) -> None:
    count = portal.db.count_activities()
    form = _new_todo(qtbot, window)
    assert form.deadline.text()  # a default deadline is proposed; nothing else is filled in
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.error_text("title") == ("Title or description: enter what needs to be done — "
                                        "a title, a description or both.")
    assert form.isVisible() and form.title.hasFocus()
    assert portal.db.count_activities() == count and not window.session.changes.open_entries()

    # Typing a title clears the message; a typed "tomorrow 9:00" is the deadline the portal stores.
    qtbot.keyClicks(form.title, "Call back about the invoice")
    assert form.error_text("title") == ""
    qtbot.mouseClick(form._color_buttons["3"], Qt.MouseButton.LeftButton)
    form.deadline.selectAll()
    qtbot.keyClicks(form.deadline, "tomorrow 9:00")
    [entry] = confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    row = portal.db.activity(entry.activity_id)
    tz = window.session.tz
    tomorrow = datetime.now(tz).date() + timedelta(days=1)
    assert row["subject"] == "Call back about the invoice" and row["color_id"] == "3"
    assert row["deadline"] == datetime.combine(tomorrow, time(9, 0), tzinfo=tz)
    assert not form.isVisible()  # saved: the form closed

    # The next to-do: nothing inherited from the last one — no text, the default colour.
    form = _new_todo(qtbot, window)
    assert (form.title.text(), form.description.toPlainText()) == ("", "")
    assert form._color_buttons[None].isChecked() and not form._color_buttons["3"].isChecked()
    assert sorted(form.reminders.ticked()) == [0, 15] and form.deadline.text()


def test_a_deadline_not_understood_is_named_and_nothing_is_sent(qtbot, window: MainWindow,
                                                                  portal: SandboxPortal) -> None:
    count = portal.db.count_activities()
    form = _new_todo(qtbot, window)
    qtbot.keyClicks(form.title, "Send the offer")
    form.deadline.selectAll()
    qtbot.keyClicks(form.deadline, "friday arvo")
    assert "“arvo” is not understood" in form.deadline_field.hint.text()  # said while typing
    qtbot.keyClick(form.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.error_text("deadline").startswith("Deadline: “arvo” is not understood as a date or time")
    assert form.deadline.text() == "friday arvo" and form.isVisible()
    assert portal.db.count_activities() == count


def test_the_email_form_says_the_portal_records_the_email_and_does_not_send_it(qtbot, window: MainWindow) -> None:
    window.activity_actions.open_new_activity(int(ActivityType.EMAIL))
    form = window.activity_form
    qtbot.waitUntil(lambda: form.isVisible() and form.type_combo.currentData() == ActivityType.EMAIL,
                    timeout=CONFIRM_MS)
    assert form.note.isVisible()
    assert form.note.text() == "This records the e-mail in the timeline; the portal does not send it."
    qtbot.mouseClick(form.completed, Qt.MouseButton.LeftButton)  # outgoing and completed: the portal sends it
    assert "sends this e-mail" in form.note.text()


def test_a_typed_start_lands_in_the_portal(qtbot, window: MainWindow, portal: SandboxPortal) -> None:
    window.activity_actions.open_new_activity(int(ActivityType.CALL))
    form = window.activity_form
    qtbot.waitUntil(lambda: form.isVisible() and form.communications.count() > 0, timeout=CONFIRM_MS)
    qtbot.keyClicks(form.subject, "Follow-up call")
    form.communications.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(form.start_time, "next monday 10:30")
    form.priority.setCurrentIndex(form.priority.findData(3))  # high
    colleague = next(uid for uid in window.session.users if uid != window.session.me.id)
    form.responsible.setCurrentIndex(form.responsible.findData(colleague))
    [entry] = confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    tz = window.session.tz
    today = datetime.now(tz).date()
    monday = today + timedelta(days=7 - today.weekday())
    assert portal.db.activity(entry.activity_id)["start_time"] == datetime.combine(monday, time(10, 30), tzinfo=tz)
    assert not form.isVisible()

    # The next one inherits nothing: empty, medium priority, the current user responsible.
    window.activity_actions.open_new_activity(int(ActivityType.CALL))
    qtbot.waitUntil(lambda: form.isVisible() and form.responsible.currentData() is not None, timeout=CONFIRM_MS)
    assert (form.subject.text(), form.start_time.text()) == ("", "")
    assert form.priority.currentData() == 2 and form.responsible.currentData() == window.session.me.id
