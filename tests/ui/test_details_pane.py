"""The details pane on real sandbox activities (deal 1): every field, communications and bindings;
actions ask before deleting; outbox entries show where each change stands and their buttons emit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import httpx
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.bindings import Binding
from desktop_app.services.details import ActivityDetails, DetailsService
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.ui.details_pane import DetailsPane
from desktop_app.ui.timeline.format import deadline_pill_text

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


def _shown_texts(pane: DetailsPane) -> list[str]:
    """Every text a user sees in the pane's main view (visible labels and buttons)."""
    texts = [w.text() for w in pane.findChildren(QLabel) if w.isVisibleTo(pane) and w.text()]
    texts += [w.text() for w in pane.findChildren(QPushButton) if w.isVisibleTo(pane)]
    texts += [pane.bindings_panel.list.item(i).text() for i in range(pane.bindings_panel.list.count())]
    return texts


def _assert_no_codes(texts: list[str]) -> None:
    joined = "\n".join(texts)
    for code in ("PROVIDER", "SETTINGS", "VOXIMPLANT", "CRM_", "TYPE_ID", "{", "}", "[", "]"):
        assert code not in joined, code
    assert not [t for t in texts if t.strip() in ("Y", "N", "0", "1", "2", "3", "4", "5", "6")]


def test_a_demo_call_reads_in_words_and_raw_fields_wait_behind_the_toggle(
        qtbot, pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, TYPE_ID=2)
    a = details.activity
    pane.show_details(details)

    assert pane.title.text() == a.subject
    assert _field(pane, "TYPE") == "Call"
    assert _field(pane, "DIRECTION") == {1: "Incoming", 2: "Outgoing"}[a.direction]
    users = {u.id: u.display_name for u in arun(gui_client.get_users([a.responsible_id]))}
    assert _field(pane, "RESPONSIBLE") == users[a.responsible_id]
    [comm] = details.communications
    contact = details.entity_name(comm.entity_type_id, comm.entity_id)
    assert contact and _field(pane, "CLIENT") == f"{contact} — {comm.value}"
    assert _field(pane, "DEADLINE") == deadline_pill_text(a.deadline, now=NOW, tz=TZ, locale=ENGLISH)
    assert _field(pane, "START_TIME") == deadline_pill_text(a.start_time, now=NOW, tz=TZ, locale=ENGLISH)
    assert _field(pane, "END_TIME") == deadline_pill_text(a.end_time, now=NOW, tz=TZ, locale=ENGLISH)
    assert _field(pane, "STATUS") == ("Completed" if a.completed else "Open")
    deal = arun(gui_client.list_items(2, filter={"id": 1})).items[0]
    assert _field(pane, "OWNER") == deal.display_name
    _assert_no_codes(_shown_texts(pane))

    # The raw fields: collapsed until the user opens "Technical details".
    tech = pane.technical
    assert not tech.text.isVisible()
    qtbot.mouseClick(tech.toggle, Qt.MouseButton.LeftButton)
    assert tech.text.isVisible() and tech.text.isReadOnly()
    raw = tech.text.toPlainText().splitlines()
    assert f"PROVIDER_ID: {a.provider_id}" in raw and "TYPE_ID: 2" in raw
    assert any(line.startswith("PROVIDER_GROUP_ID:") for line in raw)
    assert any(line.startswith("SETTINGS:") for line in raw)
    assert any(line.startswith("COMMUNICATIONS: [") and comm.value in line for line in raw)
    tech.text.selectAll()
    assert tech.text.textCursor().selectedText().replace("\u2029", "\n") == tech.text.toPlainText()

    # Opened once, it stays open for the next activity of the session; closed, it stays closed.
    pane.show_loading(details.activity.id + 1)
    pane.show_details(_load(arun, gui_client, TYPE_ID=4))
    assert tech.text.isVisible() and "TYPE_ID: 4" in tech.text.toPlainText().splitlines()
    qtbot.mouseClick(tech.toggle, Qt.MouseButton.LeftButton)
    pane.show_details(details)
    assert not tech.text.isVisible()


def test_an_email_shows_its_text_without_markup_and_the_client_with_the_address(
        pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, TYPE_ID=4)
    a = details.activity
    pane.show_details(details)
    assert _field(pane, "TYPE") == "E-mail"
    assert "Best regards" in _field(pane, "DESCRIPTION") and "<p>" not in _field(pane, "DESCRIPTION")
    [comm] = details.communications
    assert comm.value in _field(pane, "CLIENT") and "@" in comm.value
    users = {u.id: u.display_name for u in arun(gui_client.get_users([a.author_id, a.editor_id]))}
    created = deadline_pill_text(a.created, now=NOW, tz=TZ, locale=ENGLISH)
    assert _field(pane, "CREATED") == f"{created}, by {users[a.author_id]}"
    assert _field(pane, "LAST_UPDATED").endswith(f", by {users[a.editor_id]}")
    _assert_no_codes(_shown_texts(pane))
    listed = [pane.bindings_panel.list.item(i).text() for i in range(pane.bindings_panel.list.count())]
    deal = arun(gui_client.list_items(2, filter={"id": 1})).items[0]
    assert listed[0] == f"Deal: {deal.display_name} (#1)"
    assert pane.complete_button.text() == "Re&open"


def test_reminders_read_in_words(pane: DetailsPane, arun, gui_client) -> None:
    todo = _load(arun, gui_client, PROVIDER_ID="CRM_TODO")
    pane.show_details(replace(todo, ping_offsets=[15, 0]))
    assert _field(pane, "TYPE") == "To-do"
    assert _field(pane, "NOTIFY") == "At the time, 15 minutes before"
    assert pane.findChild(QLabel, "field_DIRECTION") is None, "a to-do has no direction"
    pane.show_details(replace(todo, ping_offsets=[1440, 60]))
    assert _field(pane, "NOTIFY") == "1 hour before, 1 day before"
    pane.show_details(replace(todo, ping_offsets=[]))
    assert _field(pane, "NOTIFY") == "None"
    pane.show_details(replace(todo, ping_offsets=None))
    assert _field(pane, "NOTIFY") == "Not visible to Activity Desk (set on the portal)"

    meeting = _load(arun, gui_client, TYPE_ID=1)  # NOTIFY_TYPE 1 (minutes), NOTIFY_VALUE 15 in the demo
    pane.show_details(meeting)
    assert (meeting.activity.notify_type, meeting.activity.notify_value) == (1, 15)
    assert _field(pane, "TYPE") == "Meeting"
    assert _field(pane, "NOTIFY") == "15 minutes before"
    hours = meeting.activity.model_copy(update={"notify_type": 2, "notify_value": 2})
    pane.show_details(replace(meeting, activity=hours))
    assert _field(pane, "NOTIFY") == "2 hours before"


def test_an_open_activity_past_its_deadline_is_overdue(pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, PROVIDER_ID="CRM_TODO", COMPLETED="N")
    late = details.activity.model_copy(update={"deadline_raw": NOW - timedelta(days=2)})
    pane.show_details(replace(details, activity=late))
    assert _field(pane, "STATUS") == "Overdue"
    assert _field(pane, "DEADLINE") == deadline_pill_text(NOW - timedelta(days=2), now=NOW, tz=TZ, locale=ENGLISH)
    later = details.activity.model_copy(update={"deadline_raw": NOW + timedelta(days=2)})
    pane.show_details(replace(details, activity=later))
    assert _field(pane, "STATUS") == "Open"


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


def test_conflict_shows_theirs_beside_mine_in_words_and_buttons_emit(qtbot, pane: DetailsPane, arun,
                                                                    gui_client) -> None:
    details = _load(arun, gui_client, PROVIDER_ID="CRM_TODO", COMPLETED="N")
    seen = arun(gui_client.get_activity(details.activity.id)).raw
    # A colleague (user 5) moved the deadline to Fri 4 Dec 10:00 and changed the colour; the user
    # moved it to Thu 3 Dec 18:00 from the version they saw.
    theirs = {**seen, "DEADLINE": "2026-12-04T10:00:00+03:00", "EDITOR_ID": "5",
              "LAST_UPDATED": "2026-11-23T09:50:00+03:00", "SETTINGS": {"COLOR": "3"}}
    conflict = _entry(7, EntryState.CONFLICT, details.activity.id, theirs=theirs, before=seen,
                      params={"id": details.activity.id, "ownerTypeId": 2, "ownerId": 1,
                              "value": "2026-12-03T18:00:00+03:00"})
    pane.show_details(replace(details, user_names={**details.user_names, 5: "Michael Hayes"}))
    pane.set_entries([conflict])
    row = pane.findChild(QWidget, "entry_7")
    assert row.findChild(QLabel, "entryText").text() == "New deadline: which version should stay?"
    assert row.findChild(QLabel, "conflictWho").text() == (
        "Michael Hayes changed it on the portal (today, 9:50 am) after you opened it.")
    assert row.findChild(QLabel, "conflictField_DEADLINE").text() == "Deadline ⚠"
    assert row.findChild(QLabel, "theirs_DEADLINE").text() == "Fri, December 4, 10:00 am"
    assert row.findChild(QLabel, "mine_DEADLINE").text() == "Thu, December 3, 6:00 pm"
    view = row.findChild(QWidget, "conflictView")
    assert view.sentences() == ["Deadline — theirs: Fri, December 4, 10:00 am · yours: Thu, December 3, 6:00 pm"]
    assert row.findChild(QLabel, "theirs_COLOR") is None, "the colour is not in the user's change"
    _assert_no_codes([w.text() for w in row.findChildren(QLabel) if w.isVisible()])

    # Nothing typed is lost: the user's values can be copied before taking theirs.
    qtbot.mouseClick(row.findChild(QPushButton, "copyMineButton"), Qt.MouseButton.LeftButton)
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Deadline: Thu, December 3, 6:00 pm"
    clipboard.clear()
    with qtbot.waitSignal(pane.conflictResolved) as blocker:
        qtbot.mouseClick(row.findChild(QPushButton, "keepMineButton"), Qt.MouseButton.LeftButton)
    assert blocker.args == [7, True]
    with qtbot.waitSignal(pane.conflictResolved) as blocker:
        qtbot.mouseClick(row.findChild(QPushButton, "takeTheirsButton"), Qt.MouseButton.LeftButton)
    assert blocker.args == [7, False]


def test_a_todo_edit_in_conflict_lists_only_the_fields_the_user_changed_that_differ(pane: DetailsPane, arun, gui_client) -> None:
    details = _load(arun, gui_client, PROVIDER_ID="CRM_TODO", COMPLETED="N")
    seen = arun(gui_client.get_activity(details.activity.id)).raw
    # The colleague changed the description (as the user did) and the subject (which the user left alone:
    # not "yours", it stays the colleague's whatever is chosen, so it is not in question).
    theirs = {**seen, "DESCRIPTION": "<b>Call</b> before noon", "DESCRIPTION_TYPE": "3", "EDITOR_ID": "5",
              "SUBJECT": "Colleague's subject"}
    params = {"id": details.activity.id, "ownerTypeId": 2, "ownerId": 1, "title": seen["SUBJECT"],
              "description": "Call after lunch", "deadline": seen["DEADLINE"],
              "colorId": details.activity.color_id or "default",
              "responsibleId": int(seen["RESPONSIBLE_ID"]), "pingOffsets": [0, 15]}
    entry = _entry(8, EntryState.CONFLICT, details.activity.id, method="crm.activity.todo.update",
                   params=params, theirs=theirs, before=seen)
    pane.show_details(details)
    pane.set_entries([entry])
    view = pane.findChild(QWidget, "conflictView")
    assert [r.field for r in view.rows] == ["DESCRIPTION"]
    assert view.sentences() == ["Description — theirs: Call before noon · yours: Call after lunch"]
    assert pane.findChild(QLabel, "conflictWho").text() == "Someone changed it on the portal after you opened it."




def test_files_list_names_each_file_with_download_and_open(qtbot, pane: DetailsPane, arun, gui_client,
                                                         tmp_path) -> None:
    from desktop_app.services.attachments import PortalFile

    details = _load(arun, gui_client, TYPE_ID=2)
    pane.show_details(details)
    files = pane.files
    assert "FILES" in pane.summary.keys()
    assert files.note.text() == "No files." and files.note.isVisible()
    pane.set_files(None)
    assert files.note.text() == "Loading the files…"
    pane.set_files(None, error="Cannot reach <b>sandbox.local</b>.")
    assert files.note.text() == "The files could not be listed: Cannot reach <b>sandbox.local</b>."
    assert files.note.textFormat() == Qt.TextFormat.PlainText

    url = "http://sandbox.local/bitrix/tools/crm_show_file.php?fileId={}&ownerTypeId=6&ownerId=1&auth="
    pane.set_files([PortalFile(3, url.format(3), "price list.pdf"), PortalFile(4, url.format(4))])
    assert not files.note.isVisible()
    assert files.names() == ["price list.pdf", "File 4"]
    assert files.findChild(QLabel, "file_4").text() == "File 4"

    with qtbot.waitSignal(pane.openFileRequested) as blocker:
        qtbot.mouseClick(files.findChild(QPushButton, "open_3"), Qt.MouseButton.LeftButton)
    assert blocker.args[0].id == 3

    qtbot.mouseClick(files.findChild(QPushButton, "download_4"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: files.dialog is not None and files.dialog.isVisible())
    with qtbot.waitSignal(pane.downloadRequested) as blocker:
        files.dialog.selectFile(str(tmp_path / "four.bin"))
        files.dialog.accept()
    assert (blocker.args[0].id, blocker.args[1]) == (4, str(tmp_path / "four.bin"))
    qtbot.waitUntil(lambda: files.dialog is None)

    files.set_file_state(4, "Saved as four.bin")
    assert files.findChild(QLabel, "fileState_4").text() == "Saved as four.bin"
    pane.show_loading(details.activity)
    assert files.files() == [] and files.findChild(QLabel, "file_3") is None


def test_no_demo_activity_shows_a_code_in_the_main_view(pane: DetailsPane, arun, gui_client) -> None:
    # One list call (the portal limits the rate: no details load per activity); names are not needed here.
    page = arun(gui_client.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1}, order={"ID": "ASC"},
                                           select=["*", "COMMUNICATIONS"]))
    kinds = set()
    for activity in page.items:
        pane.show_details(ActivityDetails(activity=activity, communications=list(activity.communications)))
        kinds.add(_field(pane, "TYPE"))
        _assert_no_codes(_shown_texts(pane))
        assert not pane.technical.text.isVisible()
    assert {"Call", "E-mail", "Meeting", "To-do"} <= kinds
