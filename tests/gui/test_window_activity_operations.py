"""Every activity operation through the real window, against the sandbox portal over loopback HTTP.

The window talks to a uvicorn-served sandbox (a real socket, the same code path as a real portal);
each test drives the widgets a manager would use, waits for the outbox to report the portal's
confirmation, and then reads the portal's own database to check what it holds.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from window_helpers import CONFIRM_MS, confirmed, served_window, show_deal

from desktop_app.bitrix import OwnerType
from desktop_app.sandbox import SandboxPortal
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.timeline.model import SyncRole

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]



@pytest.fixture
def window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        show_deal(qtbot, win, 1)
        yield win




_PORTAL: list[SandboxPortal] = []


@pytest.fixture(autouse=True)
def _remember_portal(ticking_portal: SandboxPortal) -> Iterator[None]:
    _PORTAL.append(ticking_portal)
    yield
    _PORTAL.clear()


def _menu_action(win: MainWindow, activity_id: int, name: str):
    row = win.timeline.model.row_of(activity_id)
    assert row is not None, f"card {activity_id} is on the timeline"
    menu = win.timeline.open_card_menu(row)
    action = menu.action_named(name)
    assert action is not None and action.isEnabled(), name
    return menu, action


def _trigger(win: MainWindow, activity_id: int, name: str) -> None:
    menu, action = _menu_action(win, activity_id, name)
    action.trigger()
    menu.close()


def _create_todo(qtbot, win: MainWindow, title: str) -> int:
    qtbot.mouseClick(win.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = win.todo_form
    form.deadline.clear()
    qtbot.keyClicks(form.deadline, "2026-11-26 14:30")
    qtbot.keyClicks(form.title, title)
    qtbot.keyClicks(form.description, "First draft")
    [entry] = confirmed(qtbot, win, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: win.timeline.model.row_of(entry.activity_id) is not None, timeout=CONFIRM_MS)
    return entry.activity_id


def _card(win: MainWindow, activity_id: int):
    model = win.timeline.model
    return model.activity_at(model.row_of(activity_id))


def test_create_then_edit_a_todo_through_each_update_method(qtbot, window: MainWindow) -> None:
    db = _PORTAL[0].db
    todo_id = _create_todo(qtbot, window, "Send the price list")
    row = db.activity(todo_id)
    assert row["subject"] == "Send the price list" and row["provider_id"] == "CRM_TODO"

    # Quick edits on the card call the narrow methods: colour, deadline, responsible.
    confirmed(qtbot, window, lambda: _trigger(window, todo_id, "quickColor_3"))
    assert db.activity(todo_id)["color_id"] == "3"
    assert _card(window, todo_id).color_id == "3"

    before = db.activity(todo_id)["deadline"]
    confirmed(qtbot, window, lambda: _trigger(window, todo_id, "quickDeadline_tomorrow_9"))
    moved = db.activity(todo_id)["deadline"]
    assert moved != before and moved.astimezone(window.session.tz).hour == 9
    assert _card(window, todo_id).deadline == moved

    colleague = next(uid for uid in window.session.users if uid != window.session.me.id)
    confirmed(qtbot, window, lambda: _trigger(window, todo_id, f"quickResponsible_{colleague}"))
    assert db.activity(todo_id)["responsible_id"] == colleague

    # The edit form: only the description changed → crm.activity.todo.updateDescription.
    sent: list[str] = []
    window.session.changes.subscribe(lambda e: sent.append(e.method) if e.state == "pending" else None)
    _trigger(window, todo_id, "cardEdit")
    form = window.todo_form
    assert form.isVisible() and form.editing is not None and form.editing.id == todo_id
    form.description.setPlainText("Price list for 2027, with the volume discount")
    confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    assert sent[-1] == "crm.activity.todo.updateDescription"
    assert db.activity(todo_id)["description"] == "Price list for 2027, with the volume discount"

    # A new title needs the full crm.activity.todo.update.
    _trigger(window, todo_id, "cardEdit")
    form.title.clear()
    qtbot.keyClicks(form.title, "Send the 2027 price list")
    confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    assert sent[-1] == "crm.activity.todo.update"
    stored = db.activity(todo_id)
    assert stored["subject"] == "Send the 2027 price list"
    assert stored["description"] == "Price list for 2027, with the volume discount"
    assert _card(window, todo_id).subject == "Send the 2027 price list"


def test_complete_reopen_and_delete_from_the_card_menu(qtbot, window: MainWindow) -> None:
    db = _PORTAL[0].db
    todo_id = _create_todo(qtbot, window, "Check the delivery date")
    confirmed(qtbot, window, lambda: _trigger(window, todo_id, "cardComplete"))
    assert db.activity(todo_id)["completed"] == "Y"
    assert _card(window, todo_id).completed
    confirmed(qtbot, window, lambda: _trigger(window, todo_id, "cardComplete"))  # now labelled "Reopen"
    assert db.activity(todo_id)["completed"] == "N"

    _trigger(window, todo_id, "cardDelete")
    box = window.activity_actions.confirmation
    assert isinstance(box, QMessageBox) and "Check the delivery date" in box.text()
    confirmed(qtbot, window, lambda: box.button(QMessageBox.StandardButton.Yes).click())
    assert db.activity(todo_id) is None
    assert window.timeline.model.row_of(todo_id) is None


def test_declining_the_delete_question_keeps_the_activity(qtbot, window: MainWindow) -> None:
    db = _PORTAL[0].db
    todo_id = _create_todo(qtbot, window, "Keep me")
    _trigger(window, todo_id, "cardDelete")
    window.activity_actions.confirmation.button(QMessageBox.StandardButton.No).click()
    assert window.session.changes.open_entries() == []
    assert db.activity(todo_id) is not None and window.timeline.model.row_of(todo_id) is not None


def test_rebind_from_the_details_pane(qtbot, window: MainWindow, arun) -> None:
    db = _PORTAL[0].db
    todo_id = _create_todo(qtbot, window, "Agree on the meeting room")
    _trigger(window, todo_id, "cardDetails")
    pane = window.details
    qtbot.waitUntil(lambda: pane.details is not None and pane.details.activity.id == todo_id, timeout=CONFIRM_MS)
    panel = pane.bindings_panel
    assert panel.bindings() and len(panel.bindings()) == 1
    # The last binding cannot be removed: the button says why.
    panel.list.setCurrentRow(0)
    assert not panel.remove_button.isEnabled() and panel.remove_button.toolTip()

    # Add a contact binding (typed id), then move it to another contact, then remove the deal's.
    panel.open_picker("add")
    panel.type_combo.setCurrentIndex(panel.type_combo.findData(int(OwnerType.CONTACT)))
    qtbot.keyClicks(panel.search_edit, "5")
    confirmed(qtbot, window, lambda: qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton))
    assert sorted(db.binding_pairs(todo_id)) == [(OwnerType.DEAL, 1), (OwnerType.CONTACT, 5)]

    qtbot.waitUntil(lambda: len(panel.bindings()) == 2, timeout=CONFIRM_MS)
    contact_row = next(i for i, b in enumerate(panel.bindings()) if b.entity_type_id == OwnerType.CONTACT)
    panel.list.setCurrentRow(contact_row)
    panel.open_picker("move")
    assert panel.picker_types() == [int(OwnerType.CONTACT)]  # a move stays within the entity type
    qtbot.keyClicks(panel.search_edit, "7")
    confirmed(qtbot, window, lambda: qtbot.mouseClick(panel.confirm_button, Qt.MouseButton.LeftButton))
    assert sorted(db.binding_pairs(todo_id)) == [(OwnerType.DEAL, 1), (OwnerType.CONTACT, 7)]

    qtbot.waitUntil(lambda: (OwnerType.CONTACT, 7) in [(b.entity_type_id, b.entity_id) for b in panel.bindings()],
                    timeout=CONFIRM_MS)
    deal_row = next(i for i, b in enumerate(panel.bindings()) if b.entity_type_id == OwnerType.DEAL)
    panel.list.setCurrentRow(deal_row)
    assert panel.remove_button.isEnabled()
    confirmed(qtbot, window, lambda: qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton))
    assert db.binding_pairs(todo_id) == [(OwnerType.CONTACT, 7)]


def test_create_and_edit_a_call_with_the_activity_form(qtbot, window: MainWindow) -> None:
    db = _PORTAL[0].db
    window.new_activity_actions[0].trigger()  # New call…
    form = window.activity_form
    qtbot.waitUntil(lambda: form.isVisible() and form.communications.count() > 0, timeout=CONFIRM_MS)
    form.type_combo.setCurrentIndex(form.type_combo.findData(2))
    qtbot.keyClicks(form.subject, "Discuss the volume discount")
    phone_row = next(i for i in range(form.communications.count())
                     if form.communications.item(i).flags() & Qt.ItemFlag.ItemIsUserCheckable)
    form.communications.item(phone_row).setCheckState(Qt.CheckState.Checked)
    form.start_time.clear()
    qtbot.keyClicks(form.start_time, "2026-11-27 11:00")
    form.end_time.clear()
    qtbot.keyClicks(form.end_time, "2026-11-27 11:15")
    [entry] = confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    call_id = entry.activity_id
    row = db.activity(call_id)
    assert row["subject"] == "Discuss the volume discount" and row["type_id"] == 2
    assert row["origin_id"] == entry.origin_id and row["originator_id"] == "activity-desk"
    qtbot.waitUntil(lambda: window.timeline.model.row_of(call_id) is not None, timeout=CONFIRM_MS)

    _trigger(window, call_id, "cardEdit")
    qtbot.waitUntil(lambda: form.editing is not None and form.editing.id == call_id, timeout=CONFIRM_MS)
    form.subject.clear()
    qtbot.keyClicks(form.subject, "Discuss the volume discount (moved)")
    confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    assert db.activity(call_id)["subject"] == "Discuss the volume discount (moved)"


def test_a_failed_change_stays_on_its_card_until_retried(qtbot, window: MainWindow) -> None:
    portal = _PORTAL[0]
    todo_id = _create_todo(qtbot, window, "Ask for the invoice")
    # The portal refuses the next colour change permanently (a 4xx the outbox must not drop).
    portal.db.delete_item(OwnerType.DEAL, 1)
    _trigger(window, todo_id, "quickColor_2")
    qtbot.waitUntil(lambda: window.session.changes.open_entries()
                    and window.session.changes.open_entries()[0].state == "failed", timeout=CONFIRM_MS)
    [entry] = window.session.changes.open_entries()
    badge = window.timeline.model.index(window.timeline.model.row_of(todo_id), 0).data(SyncRole)
    assert badge is not None and badge.state == "failed" and entry.error_code
    assert window.banner.isVisible() and window.banner.code() == entry.error_code


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep-mine", "take-theirs"])
def test_a_colleagues_edit_meanwhile_is_a_conflict_the_user_decides(qtbot, window: MainWindow,
                                                                    keep_mine: bool) -> None:
    from PySide6.QtWidgets import QPushButton

    from desktop_app.sandbox.faults import FaultKind

    portal = _PORTAL[0]
    todo_id = _create_todo(qtbot, window, "Confirm the shipping address")
    # A colleague saves the todo's description on the portal between our load and our save, and we
    # change the description too: the same field changed on both sides is the user's decision.
    # (A colleague's change to another field is simply kept: tests/gui/test_reminders_roundtrip.py.)
    portal.faults.force_next(FaultKind.CONCURRENT_EDIT, method="crm.activity.get")
    _trigger(window, todo_id, "cardEdit")
    window.todo_form.description.setPlainText("Deliver to the north gate")
    qtbot.mouseClick(window.todo_form.save_button, Qt.MouseButton.LeftButton)
    changes = window.session.changes
    qtbot.waitUntil(lambda: bool(changes.open_entries()) and changes.open_entries()[0].state == "conflict",
                    timeout=CONFIRM_MS)
    assert "north gate" not in portal.db.activity(todo_id)["description"], "nothing overwritten before the choice"
    assert "Edited by" in portal.db.activity(todo_id)["description"]
    assert window.banner.code() == "CONFLICT"
    row = window.timeline.model.row_of(todo_id)
    assert window.timeline.model.index(row, 0).data(SyncRole).state == "conflict"

    _trigger(window, todo_id, "cardDetails")
    pane = window.details
    qtbot.waitUntil(lambda: pane.findChild(QPushButton, "keepMineButton") is not None, timeout=CONFIRM_MS)
    name = "keepMineButton" if keep_mine else "takeTheirsButton"
    button = pane.findChild(QPushButton, name)
    if keep_mine:
        confirmed(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
        assert portal.db.activity(todo_id)["description"] == "Deliver to the north gate"
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not changes.open_entries(), timeout=CONFIRM_MS)
        assert "Edited by" in portal.db.activity(todo_id)["description"]
        qtbot.waitUntil(lambda: "Edited by" in (_card(window, todo_id).description or ""), timeout=CONFIRM_MS)
    # Only the description was in question: the rest of the todo is as it was.
    assert portal.db.activity(todo_id)["subject"] == "Confirm the shipping address"
