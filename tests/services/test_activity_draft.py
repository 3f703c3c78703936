"""The system-activity form's checks and results (server-behaviour.md §1.2, api-spec.md §3.3, §3.6, §4.3–4.4)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.bitrix.activities import CommunicationInput
from desktop_app.bitrix.models import Activity, ActivityType, DescriptionType, Direction
from desktop_app.services.activity_draft import ActivityDraft, FieldProblem

TZ = timezone(timedelta(hours=3))
PHONE = CommunicationInput("+1 555 100 2000", 3, 7, "PHONE")
EMAIL = CommunicationInput("anna@acme.example", 3, 7, "EMAIL")
MEETING_WITH = CommunicationInput("Anna Smith", 3, 7, "")


def call(**changes) -> ActivityDraft:
    values = {"owner_type_id": 2, "owner_id": 1, "type_id": 2, "subject": "Discuss the offer",
              "communications": [PHONE], "start_text": "2026-11-25 15:00", "end_text": "2026-11-25 15:30"}
    values.update(changes)
    return ActivityDraft(**values)


def test_a_complete_call_has_no_problems_and_becomes_add_fields() -> None:
    draft = call(description="[b]Prices[/b]", description_type=2, priority=3, responsible_id=4)
    assert draft.problems(TZ) == []
    fields = draft.to_fields(TZ)
    assert fields.type_id is ActivityType.CALL and fields.communications == [PHONE]
    assert fields.start_time == datetime(2026, 11, 25, 15, 0, tzinfo=TZ)
    api = fields.to_api()
    assert api["START_TIME"] == "2026-11-25T15:00:00+03:00" and api["DESCRIPTION_TYPE"] == 2
    assert api["RESPONSIBLE_ID"] == 4 and api["PRIORITY"] == 3 and api["DIRECTION"] == 2


@pytest.mark.parametrize(("changes", "expected"), [
    ({"owner_id": 0}, FieldProblem("OWNER_ID", "required")),
    ({"subject": "   "}, FieldProblem("SUBJECT", "required")),
    ({"type_id": 3}, FieldProblem("TYPE_ID", "type")),
    ({"type_id": 6}, FieldProblem("TYPE_ID", "type")),
    ({"communications": []}, FieldProblem("COMMUNICATIONS", "required")),
    ({"communications": [EMAIL]}, FieldProblem("COMMUNICATIONS", "type_mismatch")),
    ({"communications": [CommunicationInput(" ", 3, 7, "PHONE")]}, FieldProblem("COMMUNICATIONS", "empty_value")),
    ({"communications": [PHONE, CommunicationInput("+1 555 0", 3, 8, "PHONE")]},
     FieldProblem("COMMUNICATIONS", "only_one")),
    ({"start_text": "tomorrow"}, FieldProblem("START_TIME", "format")),
    ({"end_text": "2026-02-30 10:00"}, FieldProblem("END_TIME", "format")),
    ({"end_text": "2026-11-25 14:00"}, FieldProblem("END_TIME", "before_start")),
    ({"direction": 1}, FieldProblem("START_TIME", "incoming_deadline")),
    ({"direction": 5}, FieldProblem("DIRECTION", "enum")),
    ({"priority": 9}, FieldProblem("PRIORITY", "enum")),
    ({"description_type": 0}, FieldProblem("DESCRIPTION_TYPE", "enum")),
    ({"responsible_id": 0}, FieldProblem("RESPONSIBLE_ID", "required")),
])
def test_each_bad_input_names_its_field_and_rule(changes: dict, expected: FieldProblem) -> None:
    assert call(**changes).problems(TZ) == [expected]
    with pytest.raises(ValueError):
        call(**changes).to_fields(TZ)


def test_emails_take_addresses_and_several_recipients_meetings_one_contact() -> None:
    second = CommunicationInput("bob@acme.example", 3, 8, "EMAIL")
    assert call(type_id=4, communications=[EMAIL, second]).problems(TZ) == []
    assert call(type_id=4, communications=[PHONE]).problems(TZ) == [FieldProblem("COMMUNICATIONS", "type_mismatch")]
    assert call(type_id=1, communications=[MEETING_WITH], direction=0).problems(TZ) == []
    assert call(type_id=1, communications=[MEETING_WITH, MEETING_WITH], direction=0).problems(TZ) == [
        FieldProblem("COMMUNICATIONS", "only_one")]
    assert call(type_id=1, communications=[MEETING_WITH], direction=2).problems(TZ) == [
        FieldProblem("DIRECTION", "calls_emails_only")]


def test_open_incoming_activities_get_no_deadline_but_handled_ones_keep_their_time() -> None:
    incoming_mail = call(type_id=4, communications=[EMAIL], direction=1)
    assert incoming_mail.problems(TZ) == [FieldProblem("END_TIME", "incoming_deadline")]
    assert call(direction=1, start_text="", end_text="").problems(TZ) == []
    assert call(direction=1, completed=True).problems(TZ) == []


def test_problems_come_in_the_portals_order() -> None:
    draft = ActivityDraft(owner_type_id=2, owner_id=1, type_id=2, subject="", communications=[],
                          start_text="x", priority=7)
    assert [p.field for p in draft.problems(TZ)] == ["SUBJECT", "COMMUNICATIONS", "START_TIME", "PRIORITY"]


def loaded() -> Activity:
    return Activity.from_api({
        "ID": "44", "OWNER_TYPE_ID": "2", "OWNER_ID": "1", "TYPE_ID": "2", "SUBJECT": "Call Anna",
        "START_TIME": "2026-11-25T15:00:00+03:00", "END_TIME": "2026-11-25T15:30:00+03:00",
        "COMPLETED": "N", "RESPONSIBLE_ID": "1", "PRIORITY": "2", "DIRECTION": "2", "DESCRIPTION": "",
        "DESCRIPTION_TYPE": "1", "LOCATION": "", "LAST_UPDATED": "2026-11-20T10:00:00+03:00",
        "COMMUNICATIONS": [{"ID": "9", "TYPE": "PHONE", "VALUE": "+1 555 100 2000", "ENTITY_ID": "7",
                            "ENTITY_TYPE_ID": "3"}],
    })


def test_edit_round_trip_sends_only_what_changed() -> None:
    original = loaded()
    draft = ActivityDraft.from_activity(original, TZ)
    assert draft.to_update(original, TZ).fields == {}
    draft.subject = "Call Anna back"
    draft.end_text = "2026-11-25 16:00"
    draft.description_type = int(DescriptionType.HTML)
    update = draft.to_update(original, TZ)
    assert update.activity is original
    assert update.fields == {"SUBJECT": "Call Anna back", "DESCRIPTION_TYPE": 3,
                             "END_TIME": "2026-11-25T16:00:00+03:00"}
    draft.communications = [CommunicationInput("+1 555 999 0000", 3, 7, "PHONE")]
    assert update.fields.keys() <= draft.to_update(original, TZ).fields.keys()
    assert draft.to_update(original, TZ).fields["COMMUNICATIONS"][0]["VALUE"] == "+1 555 999 0000"


def test_edit_mode_ignores_immutable_type_and_keeps_unknown_communications() -> None:
    original = loaded().model_copy(update={"communications": []})  # crm.activity.get carries none
    draft = ActivityDraft.from_activity(original, TZ)
    draft.communications = None
    draft.completed = True
    assert draft.problems(TZ, editing=True) == []
    assert draft.to_update(original, TZ).fields == {"COMPLETED": "Y"}
    assert Direction(draft.direction) is Direction.OUTGOING
