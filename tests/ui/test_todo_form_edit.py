"""The todo form's edit mode against the sandbox: load a todo, save a full update
(crm.activity.todo.update), refuse completed todos (CAN_NOT_UPDATE_COMPLETED_TODO), back to create mode."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.bitrix import BitrixClient, User
from desktop_app.services.todo import TodoDraft, TodoUpdate
from desktop_app.ui.todo_form import TodoForm

TZ = timezone(timedelta(hours=3))
USERS = {1: User.from_api({"ID": "1", "NAME": "Ada", "LAST_NAME": "Admin"}),
         4: User.from_api({"ID": "4", "NAME": "Bo", "LAST_NAME": "Sales"})}


@pytest.fixture
def form(qtbot):
    widget = TodoForm()
    qtbot.addWidget(widget)
    widget.prepare(2, 1, "Deal 1", USERS, 1, TZ, datetime(2026, 11, 23, 10, 0, tzinfo=TZ))
    widget.show()
    return widget


@pytest.fixture
def todo(client: BitrixClient, arun):
    todo_id = arun(client.add_todo(2, 1, datetime(2026, 11, 27, 16, 0, tzinfo=TZ), title="Send the contract",
                                   description="Draft v2", responsible_id=4, ping_offsets=[60], color_id="3"))
    return arun(client.get_activity(todo_id))


def test_load_fills_every_field_from_the_todo(form, todo) -> None:
    form.load(todo, TZ, ping_offsets=[60])
    assert form.editing is todo
    assert form.deadline.text() == "2026-11-27 16:00"
    assert (form.title.text(), form.description.toPlainText()) == ("Send the contract", "Draft v2")
    assert form.responsible.currentData() == 4
    assert form._color_buttons["3"].isChecked()
    assert [m for m, box in form.pings.items() if box.isChecked()] == [60]
    assert "Edit to-do" in form.heading.text() and form.save_button.isEnabled()


def test_saving_an_edit_sends_a_full_update_to_the_portal(form, todo, client, portal, arun, qtbot) -> None:
    form.load(todo, TZ, ping_offsets=[60])
    form.title.setText("Send the signed contract")
    form.deadline.setText("2026-11-30 09:30")
    form._color_buttons["7"].setChecked(True)
    form.pings[15].setChecked(True)
    with qtbot.assertNotEmitted(form.submitted), qtbot.waitSignal(form.update_submitted) as signal:
        form.save_button.click()
    update = signal.args[0]
    assert isinstance(update, TodoUpdate) and update.activity is todo
    assert (update.title, update.description) == ("Send the signed contract", "Draft v2")
    arun(client.todo.update(todo.id, todo.owner_type_id, todo.owner_id, update.deadline, title=update.title,
                            description=update.description, responsible_id=update.responsible_id,
                            ping_offsets=update.ping_offsets, color_id=update.color_id))
    form.saving_finished(True)
    row = portal.db.activity(todo.id)
    assert (row["subject"], row["description"], row["color_id"]) == ("Send the signed contract", "Draft v2", "7")
    assert row["deadline"] == datetime(2026, 11, 30, 9, 30, tzinfo=TZ)
    assert sorted(row["ping_offsets"]) == [15, 60] and row["responsible_id"] == 4
    assert form.title.text() == "Send the signed contract" and form.state.text() == "Saved."


def test_a_bad_deadline_in_edit_mode_is_named_and_kept(form, todo, qtbot) -> None:
    form.load(todo, TZ)
    form.deadline.setText("friday-ish")
    with qtbot.assertNotEmitted(form.update_submitted):
        form.save_button.click()
    assert form.error_text("deadline").startswith("Deadline:") and form.deadline.text() == "friday-ish"


def test_a_completed_todo_cannot_be_edited_and_the_form_says_why(form, todo, client, arun, qtbot) -> None:
    arun(client.activities.set_completed(todo.id, True))
    completed = arun(client.get_activity(todo.id))
    form.load(completed, TZ)
    assert not form.save_button.isEnabled()
    assert "CAN_NOT_UPDATE_COMPLETED_TODO" in form.state.text() and "completed" in form.state.text()
    with qtbot.assertNotEmitted(form.update_submitted), qtbot.assertNotEmitted(form.submitted):
        form.save_button.click()
        form.submit()


def test_prepare_returns_to_create_mode(form, todo, qtbot) -> None:
    form.load(todo, TZ)
    form.prepare(2, 1, "Deal 1", USERS, 1, TZ, datetime(2026, 11, 23, 10, 0, tzinfo=TZ))
    assert form.editing is None and form.title.text() == "" and form.deadline.text()
    form.title.setText("New one")
    with qtbot.assertNotEmitted(form.update_submitted), qtbot.waitSignal(form.submitted) as signal:
        form.save_button.click()
    assert isinstance(signal.args[0], TodoDraft) and signal.args[0].title == "New one"
