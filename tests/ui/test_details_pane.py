"""The details pane on real sandbox activities (deal 1): every field, communications and bindings;
actions ask before deleting; outbox entries show where each change stands and their buttons emit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.bindings import Binding
from desktop_app.services.details import ActivityDetails, DetailsService
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.ui.details_pane import DetailsPane
from desktop_app.ui.timeline.format import card_date_text

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the sandbox's fixed clock (tests/conftest.py)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

pytestmark = pytest.mark.usefixtures("qloop")


@pytest.fixture
def gui_client(portal, arun):
    """A client on the in-process sandbox, made and closed on the qasync loop."""
    client = BitrixClient.for_webhook(Webhook(base_url="http://sandbox.local", user_id=1, code="demo"),
                                      transport=httpx.ASGITransport(app=portal.app))
    yield client
    arun(client.aclose())


@pytest.fixture
def pane(qtbot) -> DetailsPane:
    widget = DetailsPane(tz=TZ, now=lambda: NOW, locale=ENGLISH)
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _load(arun, client: BitrixClient, **filter_: object) -> ActivityDetails:
    page = arun(client.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1, **filter_}, order={"ID": "ASC"}))
    return arun(DetailsService(client).load(page.items[0].id))


def _field(pane: DetailsPane, key: str) -> str:
    label = pane.findChild(QLabel, f"field_{key}")
    assert label is not None, key
    return label.text()


def _answer(qtbot, pane: DetailsPane, button: QMessageBox.StandardButton) -> None:
    qtbot.waitUntil(lambda: pane.confirmation is not None and pane.confirmation.isVisible())
    box = pane.confirmation
    qtbot.mouseClick(box.button(button), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.confirmation is None)


def _entry(entry_id: int, state: EntryState, activity_id: int, **kw: object) -> OutboxEntry:
    base = OutboxEntry(id=entry_id, method="crm.activity.todo.updateDeadline",
                       params={"id": activity_id, "ownerTypeId": 2, "ownerId": 1, "value": "2026-11-27T16:00:00+03:00"},
                       owner_type_id=2, owner_id=1, state=state, created_at=NOW, activity_id=activity_id)
    return replace(base, **kw)


def test_shows_every_field_of_a_sandbox_email(pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, TYPE_ID=4)
    a = details.activity
    pane.show_details(details)

    assert pane.title.text() == a.subject
    assert _field(pane, "SUBJECT") == a.subject
    assert _field(pane, "TYPE_ID") == "E-mail"
    assert _field(pane, "DESCRIPTION_TYPE") == "HTML"
    assert "Best regards" in _field(pane, "DESCRIPTION") and "<p>" not in _field(pane, "DESCRIPTION")
    assert _field(pane, "CREATED") == card_date_text(a.created, now=NOW, tz=TZ, locale=ENGLISH)
    assert _field(pane, "LAST_UPDATED") == card_date_text(a.last_updated, now=NOW, tz=TZ, locale=ENGLISH)
    users = {u.id: u.display_name for u in arun(gui_client.get_users([a.responsible_id, a.editor_id]))}
    assert _field(pane, "RESPONSIBLE_ID") == users[a.responsible_id]
    assert _field(pane, "EDITOR_ID") == users[a.editor_id]
    assert _field(pane, "ID") == str(a.id)
    deal = arun(gui_client.list_items(2, filter={"id": 1})).items[0]
    assert _field(pane, "OWNER") == f"Deal {deal.display_name}"
    # fields the model does not name are shown too (System group)
    for key in ("ORIGIN_ID", "AUTHOR_ID", "PROVIDER_PARAMS", "RESULT_MARK", "AUTOCOMPLETE_RULE"):
        _field(pane, key)

    tree = pane.communications
    assert tree.topLevelItemCount() == len(details.communications) == 1
    comm = details.communications[0]
    row = tree.topLevelItem(0)
    assert (row.text(0), row.text(1)) == ("E-mail", comm.value)
    assert row.text(2) == details.entity_name(comm.entity_type_id, comm.entity_id)

    listed = [pane.bindings_panel.list.item(i).text() for i in range(pane.bindings_panel.list.count())]
    assert listed[0] == f"Deal: {deal.display_name} (#1)"
    assert pane.complete_button.text() == "Re&open"


def test_loading_then_error_keeps_the_title(pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, TYPE_ID=2)
    pane.show_loading(details.activity)
    assert pane.title.text() == details.activity.subject
    assert pane.status.text() == "Loading…"
    assert not pane.edit_button.isEnabled() and not pane.delete_button.isEnabled()
    assert pane.close_button.isEnabled()
    pane.show_error("Cannot reach sandbox.local.")
    assert pane.status.text() == "Cannot reach sandbox.local."
    pane.show_details(details)
    assert pane.edit_button.isEnabled()


def test_delete_asks_and_emits_only_after_yes(qtbot, pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, TYPE_ID=1)
    pane.show_details(details)
    with qtbot.assertNotEmitted(pane.deleteRequested):
        qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
        assert details.activity.subject in pane.confirmation.text()
        _answer(qtbot, pane, QMessageBox.StandardButton.No)
    with qtbot.waitSignal(pane.deleteRequested) as blocker:
        qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
        _answer(qtbot, pane, QMessageBox.StandardButton.Yes)
    assert blocker.args[0].id == details.activity.id


def test_complete_reopen_and_edit_emit(qtbot, pane: DetailsPane, arun, gui_client) -> None:
    open_todo = _load(arun, gui_client, PROVIDER_ID="CRM_TODO", COMPLETED="N")
    pane.show_details(open_todo)
    assert pane.complete_button.text() == "&Complete"
    with qtbot.waitSignal(pane.completeRequested) as blocker:
        qtbot.mouseClick(pane.complete_button, Qt.MouseButton.LeftButton)
    assert (blocker.args[0].id, blocker.args[1]) == (open_todo.activity.id, True)
    with qtbot.waitSignal(pane.editRequested) as blocker:
        pane.edit_button.setFocus()
        qtbot.keyClick(pane.edit_button, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[0].id == open_todo.activity.id

    done = _load(arun, gui_client, TYPE_ID=2, COMPLETED="Y")
    pane.show_details(done)
    with qtbot.waitSignal(pane.completeRequested) as blocker:
        qtbot.mouseClick(pane.complete_button, Qt.MouseButton.LeftButton)
    assert blocker.args[1] is False


def test_bindings_of_a_sandbox_activity(qtbot, pane: DetailsPane, arun, gui_client) -> None:
    todo = _load(arun, gui_client, PROVIDER_ID="CRM_TODO")
    pane.show_details(todo)
    panel = pane.bindings_panel
    assert todo.bindings == [Binding(2, 1)]
    assert not panel.remove_button.isEnabled()
    assert "only binding" in panel.remove_button.toolTip()

    email = _load(arun, gui_client, TYPE_ID=4)
    pane.show_details(email)
    contact = next(b for b in email.bindings if b.entity_type_id == 3)
    panel.list.setCurrentRow(panel.bindings().index(contact))
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.move_button, Qt.MouseButton.LeftButton)
    assert panel.picker_types() == [3]


def test_failed_entry_shows_the_code_and_retry_or_discard(qtbot, pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, PROVIDER_ID="CRM_TODO", COMPLETED="N")
    pane.show_details(details)
    failed = _entry(41, EntryState.FAILED, details.activity.id, attempts=1,
                    error_code="CAN_NOT_UPDATE_COMPLETED_TODO", error_text="The todo is already completed.")
    pane.set_entries([failed])
    row = pane.findChild(QWidget, "entry_41")
    text = row.findChild(QLabel, "entryText").text()
    assert "CAN_NOT_UPDATE_COMPLETED_TODO" in text and "already completed" in text
    assert text.startswith("New deadline")
    with qtbot.waitSignal(pane.retryRequested) as blocker:
        qtbot.mouseClick(row.findChild(QPushButton, "retryButton"), Qt.MouseButton.LeftButton)
    assert blocker.args == [41]

    with qtbot.assertNotEmitted(pane.discardRequested):
        qtbot.mouseClick(row.findChild(QPushButton, "discardButton"), Qt.MouseButton.LeftButton)
        assert "will be lost" in pane.confirmation.text()
        _answer(qtbot, pane, QMessageBox.StandardButton.No)
    with qtbot.waitSignal(pane.discardRequested) as blocker:
        qtbot.mouseClick(row.findChild(QPushButton, "discardButton"), Qt.MouseButton.LeftButton)
        _answer(qtbot, pane, QMessageBox.StandardButton.Yes)
    assert blocker.args == [41]


def test_pending_and_unknown_entries_say_where_they_stand(pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, PROVIDER_ID="CRM_TODO", COMPLETED="N")
    pane.show_details(details)
    assert not pane.entries.isVisible()
    pending = _entry(1, EntryState.PENDING, details.activity.id, attempts=2,
                     next_attempt_at=datetime(2026, 11, 23, 7, 5, tzinfo=UTC))
    unknown = _entry(2, EntryState.UNKNOWN, details.activity.id, created_at=NOW + timedelta(seconds=1))
    done = _entry(3, EntryState.DONE, details.activity.id)
    pane.set_entries([unknown, pending, done])
    assert pane.entries.isVisible()
    assert pane.entries.entry_ids() == [1, 2]
    texts = [pane.findChild(QWidget, f"entry_{i}").findChild(QLabel, "entryText").text() for i in (1, 2)]
    assert texts[0] == "New deadline: waiting to send… Tried 2 time(s). Next try: today, 10:05 am."
    assert texts[1] == "New deadline: checking whether the portal got it…"
    pane.set_entries([])
    assert not pane.entries.isVisible()


def test_conflict_shows_theirs_against_mine_and_buttons_emit(qtbot, pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, PROVIDER_ID="CRM_TODO", COMPLETED="N")
    pane.show_details(details)
    theirs = arun(gui_client.get_activity(details.activity.id)).raw
    conflict = _entry(7, EntryState.CONFLICT, details.activity.id, theirs=theirs)
    pane.set_entries([conflict])
    row = pane.findChild(QWidget, "entry_7")
    assert "changed on the portal" in row.findChild(QLabel, "entryText").text()
    assert row.findChild(QLabel, "theirs_DEADLINE").text() == card_date_text(details.activity.deadline, now=NOW, tz=TZ, locale=ENGLISH)
    assert row.findChild(QLabel, "mine_DEADLINE").text() == "November 27, 4:00 pm"
    with qtbot.waitSignal(pane.conflictResolved) as blocker:
        qtbot.mouseClick(row.findChild(QPushButton, "keepMineButton"), Qt.MouseButton.LeftButton)
    assert blocker.args == [7, True]
    with qtbot.waitSignal(pane.conflictResolved) as blocker:
        qtbot.mouseClick(row.findChild(QPushButton, "takeTheirsButton"), Qt.MouseButton.LeftButton)
    assert blocker.args == [7, False]
