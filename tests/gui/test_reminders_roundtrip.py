"""Reminders (``pingOffsets``) round-trip exactly, and an edit overwrites nothing it did not change
(issue 10 item 10) — through the real window against the sandbox portal over loopback HTTP, with
the portal's own database read afterwards.

The portal does not return a todo's reminders through ``crm.activity.get`` (api-spec.md §4.9.1):
the form shows the ones Activity Desk set, and for others says they are not visible and leaves
them alone unless the user explicitly replaces them.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from window_helpers import CONFIRM_MS, confirmed, served_window, show_deal

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.faults import FaultKind
from desktop_app.ui.main_window import MainWindow

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]

_PORTAL: list[SandboxPortal] = []


@pytest.fixture
def window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    _PORTAL.append(ticking_portal)
    try:
        with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
            show_deal(qtbot, win, 1)
            yield win
    finally:
        _PORTAL.clear()


def _methods(win: MainWindow) -> list[str]:
    """The methods of the changes queued from now on (filled as they are written)."""
    queued: list[str] = []
    win.session.changes.subscribe(lambda e: queued.append(e.method) if e.state == "pending" else None)
    return queued


def _trigger(win: MainWindow, activity_id: int, name: str) -> None:
    row = win.timeline.model.row_of(activity_id)
    assert row is not None, f"card {activity_id} is on the timeline"
    menu = win.timeline.open_card_menu(row)
    action = menu.action_named(name)
    assert action is not None and action.isEnabled(), name
    action.trigger()
    menu.close()


def _tick(form, minutes: list[int], custom: str = "") -> None:
    for m, box in form.pings.items():
        box.setChecked(m in minutes)
    form.reminders.custom.setText(custom)


def _create_todo(qtbot, win: MainWindow, title: str, pings: list[int], custom: str = "") -> int:
    qtbot.mouseClick(win.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = win.todo_form
    form.deadline.setText("2026-11-26 14:30")
    qtbot.keyClicks(form.title, title)
    qtbot.keyClicks(form.description, "Agenda: numbers, risks")
    _tick(form, pings, custom)
    [entry] = confirmed(qtbot, win, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: win.timeline.model.row_of(entry.activity_id) is not None, timeout=CONFIRM_MS)
    return entry.activity_id


def _edit(qtbot, win: MainWindow, todo_id: int):
    _trigger(win, todo_id, "cardEdit")
    form = win.todo_form
    assert form.isVisible() and form.editing is not None and form.editing.id == todo_id
    return form


def _save(qtbot, win: MainWindow) -> None:
    confirmed(qtbot, win, lambda: qtbot.mouseClick(win.todo_form.save_button, Qt.MouseButton.LeftButton))


def _details_reminders(qtbot, win: MainWindow, todo_id: int) -> str:
    _trigger(win, todo_id, "cardDetails")
    pane = win.details
    qtbot.waitUntil(lambda: pane.details is not None and pane.details.activity.id == todo_id, timeout=CONFIRM_MS)
    [label] = [w for w in pane.findChildren(QLabel, "field_NOTIFY") if w.isVisible()]
    return label.text()


def test_reminders_survive_a_subject_edit_and_a_colleagues_change_meanwhile_is_kept(qtbot, window) -> None:
    portal = _PORTAL[0]
    todo_id = _create_todo(qtbot, window, "Prepare the quarterly review", [0, 60, 1440])
    assert portal.db.activity(todo_id)["ping_offsets"] == [0, 60, 1440]
    assert _details_reminders(qtbot, window, todo_id) == "At the time, 1 hour before, 1 day before"

    form = _edit(qtbot, window, todo_id)
    assert [m for m, box in form.pings.items() if box.isChecked()] == [0, 60, 1440]
    assert not form.reminders.unknown_note.isVisible() and form.reminders.custom.text() == ""
    queued = _methods(window)
    form.title.setText("Prepare the Q4 review")
    # A colleague edits the description on the portal after our load, before our save is sent.
    portal.faults.force_next(FaultKind.CONCURRENT_EDIT, method="crm.activity.get")
    _save(qtbot, window)

    assert queued == ["crm.activity.todo.update"]
    row = portal.db.activity(todo_id)
    assert row["subject"] == "Prepare the Q4 review"
    assert row["ping_offsets"] == [0, 60, 1440], "the reminders were not touched"
    assert "Edited by" in row["description"] and row["description"].startswith("Agenda: numbers, risks")
    assert window.session.changes.processor.stats["conflicts"] == 0
    assert _details_reminders(qtbot, window, todo_id) == "At the time, 1 hour before, 1 day before"

    # Editing another field later leaves reminders and the colleague's description alone, too.
    form = _edit(qtbot, window, todo_id)
    form.deadline.setText("2026-11-27 09:00")
    _save(qtbot, window)
    row = portal.db.activity(todo_id)
    assert row["ping_offsets"] == [0, 60, 1440] and "Edited by" in row["description"]
    assert row["deadline"].astimezone(window.session.tz).strftime("%Y-%m-%d %H:%M") == "2026-11-27 09:00"


def test_reminders_are_editable_presets_and_custom_minutes(qtbot, window) -> None:
    portal = _PORTAL[0]
    todo_id = _create_todo(qtbot, window, "Renew the lease", [15], custom="90, 2880")
    assert portal.db.activity(todo_id)["ping_offsets"] == [15, 90, 2880]

    form = _edit(qtbot, window, todo_id)
    assert [m for m, box in form.pings.items() if box.isChecked()] == [15]
    assert form.reminders.custom.text() == "90, 2880"
    queued = _methods(window)
    _tick(form, [30, 1440], custom="45")
    _save(qtbot, window)
    assert queued == ["crm.activity.todo.update"]
    row = portal.db.activity(todo_id)
    assert (row["ping_offsets"], row["subject"]) == ([30, 45, 1440], "Renew the lease")

    # Unreadable custom minutes are named under the field and nothing is queued.
    form = _edit(qtbot, window, todo_id)
    form.reminders.custom.setText("an hour")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "whole minutes" in form.error_text("pingOffsets")
    assert not window.session.changes.open_entries()

    # Saving with nothing changed sends nothing.
    form.reminders.custom.setText("45")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.state.text() == "Nothing changed." and not window.session.changes.open_entries()


def test_reminders_set_on_the_portal_are_never_wiped_or_invented(qtbot, window, arun, fixed_now) -> None:
    portal = _PORTAL[0]
    session = window.session
    deadline = fixed_now.astimezone(session.tz) + timedelta(days=3)
    todo_id = arun(session.client.add_todo(2, 1, deadline, title="Made in the browser", description="by Bo",
                                           ping_offsets=[30]))
    with qtbot.waitSignal(window.timeline.loaded, timeout=CONFIRM_MS):
        qtbot.mouseClick(window.timeline.refresh_button, Qt.MouseButton.LeftButton)
    assert _details_reminders(qtbot, window, todo_id) == "Not visible to Activity Desk (set on the portal)"

    form = _edit(qtbot, window, todo_id)
    box = form.reminders
    assert box.unknown_note.isVisible() and "not visible" in box.unknown_note.text()
    assert box.keep_button.isChecked() and not any(b.isEnabled() for b in form.pings.values())

    # Only the deadline changes: the narrow call, which leaves the portal's reminders as they are.
    queued = _methods(window)
    form.deadline.setText((deadline + timedelta(days=1)).strftime("%Y-%m-%d %H:%M"))
    _save(qtbot, window)
    assert queued == ["crm.activity.todo.updateDeadline"]
    assert portal.db.activity(todo_id)["ping_offsets"] == [30]

    # A new title needs the full update, which replaces reminders: the user must choose them.
    form = _edit(qtbot, window, todo_id)
    form.title.setText("Made in the browser, checked here")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "not visible here" in form.error_text("pingOffsets")
    assert not session.changes.open_entries() and portal.db.activity(todo_id)["subject"] == "Made in the browser"
    qtbot.mouseClick(box.set_button, Qt.MouseButton.LeftButton)
    assert all(b.isEnabled() for b in form.pings.values())
    _tick(form, [30, 60])
    _save(qtbot, window)
    assert queued[-1] == "crm.activity.todo.update"
    row = portal.db.activity(todo_id)
    assert (row["subject"], row["ping_offsets"], row["description"]) == (
        "Made in the browser, checked here", [30, 60], "by Bo")
    # From now on they are known here.
    assert _details_reminders(qtbot, window, todo_id) == "30 minutes before, 1 hour before"
