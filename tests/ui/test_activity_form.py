"""The system-activity form on real widgets against the sandbox portal: labels and required marks
from crm.activity.fields, picking a contact's phone, messages naming the field, create and edit
round trips through crm.activity.add / crm.activity.update."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from desktop_app.bitrix import BitrixClient, User
from desktop_app.bitrix.activities import SystemActivityFields
from desktop_app.bitrix.errors import InvalidParameter
from desktop_app.bitrix.models import ActivityType, Direction
from desktop_app.sandbox.methods.activity_fields import ACTIVITY_FIELD_INFO
from desktop_app.services.activity_draft import ActivityUpdate
from desktop_app.services.catalog import PortalCatalog
from desktop_app.services.contacts import ContactDirectory
from desktop_app.services.todo import FieldProblem
from desktop_app.ui.activity_form import ActivityForm

TZ = timezone(timedelta(hours=3))
USERS = {1: User.from_api({"ID": "1", "NAME": "Ada", "LAST_NAME": "Admin"}),
         4: User.from_api({"ID": "4", "NAME": "Bo", "LAST_NAME": "Sales"})}


@pytest.fixture
def form(qtbot, client: BitrixClient, arun):
    widget = ActivityForm()
    qtbot.addWidget(widget)
    widget.show()
    arun(widget.prepare(PortalCatalog(client), ContactDirectory(client), 2, 1, "Deal 1", USERS, 1, TZ))
    return widget


def items(form: ActivityForm) -> list[str]:
    return [form.communications.item(i).text() for i in range(form.communications.count())]


def check(form: ActivityForm, row: int) -> None:
    form.communications.item(row).setCheckState(Qt.CheckState.Checked)


def choose(combo, value: int) -> None:
    combo.setCurrentIndex(combo.findData(int(value)))


def deal_phones(portal) -> list[str]:
    return [r["value"] for r in portal.db.query(
        "SELECT m.value FROM deal_contact d JOIN crm_multifield m ON m.entity_type_id = 3 AND m.entity_id = d.contact_id "
        "AND m.type_id = 'PHONE' WHERE d.deal_id = 1 ORDER BY d.sort")]


def test_labels_and_required_marks_come_from_the_portal(qtbot, client, arun, monkeypatch) -> None:
    monkeypatch.setitem(ACTIVITY_FIELD_INFO, "LOCATION", {**ACTIVITY_FIELD_INFO["LOCATION"], "title": "Meeting place"})
    monkeypatch.setitem(ACTIVITY_FIELD_INFO, "PRIORITY", {**ACTIVITY_FIELD_INFO["PRIORITY"], "isReadOnly": True})
    widget = ActivityForm()
    qtbot.addWidget(widget)
    assert widget.label_text("LOCATION") == "Location"  # built-in until the portal has answered
    arun(widget.prepare(PortalCatalog(client), ContactDirectory(client), 2, 1, "Deal 1", USERS, 1, TZ))
    assert widget.label_text("LOCATION") == "Meeting place"
    assert widget.label_text("SUBJECT") == "Subject*"
    assert widget.label_text("RESPONSIBLE_ID") == "Responsible*"
    assert widget.label_text("COMMUNICATIONS") == "Communication Channel*"
    assert widget.label_text("START_TIME") == "Start"
    assert not widget.priority.isEnabled() and widget.location.isEnabled()
    assert [widget.type_combo.itemText(i) for i in range(widget.type_combo.count())] == ["Meeting", "Call", "E-mail"]
    assert [widget.description_type.itemText(i) for i in range(3)] == ["Plain text", "bbCode", "HTML"]


def test_picking_a_contacts_phone_for_a_call_creates_it_on_the_portal(form, portal, client, arun, qtbot) -> None:
    phones = deal_phones(portal)
    assert form.type_combo.currentData() == ActivityType.CALL
    assert len(items(form)) >= len(phones) and all(p in items(form)[i] for i, p in enumerate(phones))
    assert not any("@" in text for text in items(form))  # calls are offered phones only
    form.subject.setText("Discuss the offer")
    form.start_time.setText("2026-11-25 15:00")
    check(form, 0)
    choose(form.responsible, 4)
    with qtbot.waitSignal(form.submitted) as signal:
        form.save_button.click()
    fields = signal.args[0]
    assert isinstance(fields, SystemActivityFields) and not form.save_button.isEnabled()
    assert [(c.type, c.value) for c in fields.communications] == [("PHONE", phones[0])]
    new_id = arun(client.activities.add(fields))
    form.saving_finished(True)
    row = portal.db.activity(new_id)
    assert (row["subject"], row["type_id"], row["responsible_id"]) == ("Discuss the offer", 2, 4)
    assert row["start_time"] == datetime(2026, 11, 25, 15, 0, tzinfo=TZ)
    assert [(c["type"], c["value"]) for c in row["communications"]] == [("PHONE", phones[0])]
    assert form.subject.text() == "" and form.state.text() == "Saved."


def test_e_mails_offer_addresses_and_meetings_the_contacts(form) -> None:
    choose(form.type_combo, ActivityType.EMAIL)
    assert items(form) and all("@" in text for text in items(form))
    choose(form.type_combo, ActivityType.MEETING)
    assert items(form) and not any("@" in t or "+1" in t for t in items(form))
    assert form.direction.currentData() == Direction.UNDEFINED and not form.direction.isEnabled()
    choose(form.type_combo, ActivityType.EMAIL)
    form.completed.setChecked(True)
    assert form.note.isVisible() and "sends this e-mail" in form.note.text()


@pytest.mark.parametrize(("setup", "field", "words"), [
    (lambda f: f.subject.clear(), "SUBJECT", "Subject: Enter a subject"),
    (lambda f: f.communications.item(0).setCheckState(Qt.CheckState.Unchecked), "COMMUNICATIONS",
     "Communication Channel: Pick who it is with"),
    (lambda f: check(f, 1), "COMMUNICATIONS", "exactly one contact"),
    (lambda f: f.start_time.setText("sometime"), "START_TIME", "Start: “sometime” is not understood as a date or time"),
    (lambda f: f.end_time.setText("31.11.2026 10:00"), "END_TIME", "“31.11.2026” is not a date that exists"),
    (lambda f: f.end_time.setText("2026-11-25 14:00"), "END_TIME", "Deadline: The end cannot be before the start."),
    (lambda f: choose(f.direction, Direction.INCOMING), "START_TIME", "An open incoming activity has no deadline"),
])
def test_every_bad_input_is_named_under_its_field_and_nothing_is_lost(form, qtbot, setup, field, words) -> None:
    form.subject.setText("Discuss the offer")
    form.start_time.setText("2026-11-25 15:00")
    check(form, 0)
    setup(form)
    typed = (form.subject.text(), form.start_time.text(), form.end_time.text())
    with qtbot.assertNotEmitted(form.submitted):
        form.save_button.click()
    assert words in form.error_text(field)
    assert form.state.text() == "Please correct the marked fields."
    assert (form.subject.text(), form.start_time.text(), form.end_time.text()) == typed
    assert form.save_button.isEnabled()


def test_a_failed_save_keeps_the_input(form, qtbot) -> None:
    form.subject.setText("Discuss the offer")
    check(form, 0)
    with qtbot.waitSignal(form.submitted):
        form.save_button.click()
    form.saving_finished(False)
    assert form.subject.text() == "Discuss the offer" and form.chosen_communications()
    assert form.state.text() == "Not saved — your input is kept." and form.save_button.isEnabled()


def test_edit_mode_round_trip(form, portal, client, arun, qtbot) -> None:
    phones = deal_phones(portal)
    form.subject.setText("Call about delivery")
    form.start_time.setText("2026-11-26 11:00")
    check(form, 0)
    with qtbot.waitSignal(form.submitted) as created:
        form.save_button.click()
    new_id = arun(client.activities.add(created.args[0]))
    form.saving_finished(True)
    page = arun(client.list_activities(filter={"ID": new_id}, select=["*", "COMMUNICATIONS"]))
    activity = page.items[0]

    form.load(activity)
    assert form.editing is activity and not form.type_combo.isEnabled()
    assert form.subject.text() == "Call about delivery" and form.start_time.text() == "2026-11-26 11:00"
    assert [c.value for c in form.chosen_communications()] == [phones[0]]
    with qtbot.assertNotEmitted(form.submitted):
        form.save_button.click()
    assert form.state.text() == "Nothing changed."

    form.subject.setText("Call about the delivery date")
    choose(form.priority, 3)
    form.description.setPlainText("[b]Ask for Friday[/b]")
    choose(form.description_type, 2)
    with qtbot.waitSignal(form.submitted) as edited:
        form.save_button.click()
    update = edited.args[0]
    assert isinstance(update, ActivityUpdate) and update.activity is activity
    assert update.fields == {"SUBJECT": "Call about the delivery date", "PRIORITY": 3,
                             "DESCRIPTION": "[b]Ask for Friday[/b]", "DESCRIPTION_TYPE": 2}
    arun(client.activities.update(new_id, update.fields))
    form.saving_finished(True)
    row = portal.db.activity(new_id)
    assert (row["subject"], row["priority"], row["description_type"]) == ("Call about the delivery date", 3, 2)
    assert form.subject.text() == "Call about the delivery date"  # an edit keeps showing what was saved


def test_a_value_the_client_refused_reads_like_the_forms_own_check(form) -> None:
    form.subject.setText("Discuss the offer")
    form.show_problems([FieldProblem.from_error(InvalidParameter("COMMUNICATIONS", "only_one"))])
    assert form.error_text("COMMUNICATIONS").endswith("A call or meeting takes exactly one contact; pick one.")
    form.show_problems([FieldProblem.from_error(InvalidParameter("START_TIME", "utc_offset"))])
    assert form.error_text("START_TIME") == "Start: must carry a UTC offset (time zone)"  # no sentence: the English rule
    assert form.subject.text() == "Discuss the offer"
