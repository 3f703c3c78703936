"""``crm.activity.add``: legacy errors in the documented order, stored values, bindings, defaults, e-mail."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import Call

PHONE = {"VALUE": "+1 555 279 7614", "ENTITY_TYPE_ID": 3, "ENTITY_ID": 5, "TYPE": "PHONE"}
CALL = {"OWNER_TYPE_ID": 2, "OWNER_ID": 1, "TYPE_ID": 2, "SUBJECT": "Call about the rollout",
        "START_TIME": "2025-02-05T15:00:00", "END_TIME": "2025-02-05T15:30:00", "COMMUNICATIONS": [PHONE]}


def legacy(message: str) -> dict[str, str]:
    return {"error": "", "error_description": message}


@pytest.mark.parametrize("params, expected", [
    ({"fields": "SUBJECT=x"}, legacy("Parameter 'fields' must be array.")),
    ({"fields": CALL, "params": "x"}, legacy("Parameter 'params' must be array.")),
    ({}, legacy("The field SUBJECT is not defined or empty.")),
    ({"fields": {**CALL, "SUBJECT": "   "}}, legacy("The field SUBJECT is not defined or empty.")),
    ({"fields": {**CALL, "subject": "lower-case keys are unknown", "SUBJECT": None}},
     legacy("The field SUBJECT is not defined or empty.")),
    # SUBJECT wins over every later problem
    ({"fields": {**CALL, "SUBJECT": "", "TYPE_ID": 99, "COMMUNICATIONS": []}},
     legacy("The field SUBJECT is not defined or empty.")),
    ({"fields": {**CALL, "TYPE_ID": 99, "COMMUNICATIONS": []}}, legacy("The field TYPE_ID is not defined or invalid.")),
    ({"fields": {**CALL, "TYPE_ID": 0}}, legacy("The field TYPE_ID is not defined or invalid.")),
    ({"fields": {k: v for k, v in CALL.items() if k != "TYPE_ID"}},
     legacy("The field TYPE_ID is not defined or invalid.")),
    ({"fields": {**CALL, "TYPE_ID": 6}},
     legacy("The custom activity without provider is not supported in current context.")),
    ({"fields": {**CALL, "TYPE_ID": 6, "PROVIDER_ID": "MY_CRM"}},
     legacy("The custom activity without provider is not supported in current context.")),
    ({"fields": {**CALL, "TYPE_ID": 3, "OWNER_ID": 9999}},
     legacy('The activity type "Task is not supported in current context".')),
    ({"fields": {**CALL, "TYPE_ID": 5}}, legacy('The activity type "Action is not supported in current context".')),
    ({"fields": {**CALL, "TYPE_ID": None, "PROVIDER_ID": "CONFIGURABLE_REST_APP"}},
     legacy("Use crm.activity.configurable.add for this activity provider")),
    ({"fields": {"SUBJECT": "App activity", "OWNER_TYPE_ID": 2, "OWNER_ID": 1, "PROVIDER_ID": "REST_APP"}},
     legacy("Application context required.")),
    ({"fields": {**CALL, "COMMUNICATIONS": []}}, legacy("The field COMMUNICATIONS is not defined or invalid.")),
    ({"fields": {**CALL, "COMMUNICATIONS": [{**PHONE, "TYPE": "EMAIL"}]}},
     legacy("The field COMMUNICATIONS is not defined or invalid.")),
    ({"fields": {**CALL, "COMMUNICATIONS": [{**PHONE, "VALUE": ""}]}},
     legacy("The field COMMUNICATIONS is not defined or invalid.")),
    ({"fields": {**CALL, "COMMUNICATIONS": [PHONE, {**PHONE, "VALUE": "+1 555 000 0000"}]}},
     legacy("The only one communication is allowed for activity of specified type.")),
    ({"fields": {"SUBJECT": "Todo without owner", "PROVIDER_ID": "CRM_TODO", "OWNER_ID": 0,
                 "COMMUNICATIONS": [{"VALUE": "+1 555 000", "TYPE": "PHONE"}]}},
     legacy("Could not build binding. Please ensure that owner info and communications are defined correctly.")),
    ({"fields": {**CALL, "OWNER_ID": 9999}}, legacy("Could not find 'DEAL' with ID: 9999")),
    ({"fields": {**CALL, "COMMUNICATIONS": [{**PHONE, "ENTITY_ID": 777}]}},
     legacy("Could not find 'CONTACT' with ID: 777")),
    ({"fields": {**CALL, "OWNER_TYPE_ID": 7, "OWNER_ID": 3}}, legacy("Could not find 'QUOTE' with ID: 3")),
    ({"fields": {**CALL, "OWNER_TYPE_ID": 8, "OWNER_ID": 3}},
     legacy("Entity type 'REQUISITE' is not supported in current context")),
    ({"fields": {**CALL, "NOTIFY_TYPE": 1}},
     {"error": "ERROR_CORE", "error_description": "NOTIFY_VALUE is not assigned.<br>"}),
])
async def test_errors_in_documented_order(call: Call, portal: SandboxPortal, params: dict[str, Any],
                                          expected: dict[str, str]) -> None:
    before = portal.db.count_activities()
    response = await call("crm.activity.add", params)
    assert response.status_code == 400
    assert response.json() == expected
    assert portal.db.count_activities() == before


async def add(call: Call, **fields: Any) -> int:
    response = await call("crm.activity.add", {"fields": {**CALL, **fields}})
    assert response.status_code == 200, response.text
    activity_id = response.json()["result"]
    assert isinstance(activity_id, int)
    return activity_id


async def get(call: Call, activity_id: int) -> dict[str, Any]:
    return (await call("crm.activity.get", {"id": activity_id})).json()["result"]


async def test_call_is_stored_with_legacy_strings_and_defaults(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, DEADLINE="2030-01-01T00:00:00", CREATED="2000-01-01T00:00:00", AUTHOR_ID=4,
                            ORIGINATOR_ID="desk", ORIGIN_ID="req-42", ORIGIN_VERSION="7", UNKNOWN_KEY="x")
    assert activity_id == portal.db.count_activities()
    got = await get(call, activity_id)
    expected = {
        "ID": str(activity_id), "OWNER_TYPE_ID": "2", "OWNER_ID": "1", "TYPE_ID": "2",
        "PROVIDER_ID": "VOXIMPLANT_CALL", "PROVIDER_TYPE_ID": "CALL", "SUBJECT": "Call about the rollout",
        "START_TIME": "2025-02-05T15:00:00+03:00", "END_TIME": "2025-02-05T15:30:00+03:00",
        "DEADLINE": "2025-02-05T15:00:00+03:00",  # recomputed from START_TIME, the client's value is ignored
        "CREATED": "2025-02-03T12:30:00+03:00", "LAST_UPDATED": "2025-02-03T12:30:00+03:00",
        "COMPLETED": "N", "STATUS": "1", "RESPONSIBLE_ID": "1", "PRIORITY": "1", "NOTIFY_TYPE": "0",
        "NOTIFY_VALUE": "0", "DESCRIPTION": "", "DESCRIPTION_TYPE": "1", "DIRECTION": "0", "LOCATION": "",
        "SETTINGS": [], "PROVIDER_PARAMS": [], "AUTHOR_ID": "1", "EDITOR_ID": "1", "ASSOCIATED_ENTITY_ID": "0",
        "ORIGINATOR_ID": "desk", "ORIGIN_ID": "req-42",
    }
    assert {key: got[key] for key in expected} == expected
    stored = portal.db.activity(activity_id)
    assert stored["origin_version"] == "7"
    assert stored["bindings"] == [(2, 1), (3, 5)]
    assert stored["communications"] == [{"type": "PHONE", "value": "+1 555 279 7614", "entity_type_id": 3,
                                         "entity_id": 5}]


async def test_new_activity_is_found_through_both_bindings(call: Call) -> None:
    activity_id = await add(call)
    for owner_type_id, owner_id in ((2, 1), (3, 5)):
        rows = (await call("crm.activity.list", {
            "filter": {"BINDINGS": [{"OWNER_TYPE_ID": owner_type_id, "OWNER_ID": owner_id}], "ID": activity_id},
            "select": ["ID", "COMMUNICATIONS"]})).json()["result"]
        assert [row["ID"] for row in rows] == [str(activity_id)]
    comm = rows[0]["COMMUNICATIONS"][0]
    assert (comm["TYPE"], comm["VALUE"], comm["ENTITY_TYPE_ID"], comm["ENTITY_ID"]) == ("PHONE", "+1 555 279 7614",
                                                                                      "3", "5")
    assert comm["ENTITY_SETTINGS"]["LAST_NAME"] == "Howard"


async def test_communication_without_entity_takes_the_owner_and_type_is_filled_in(call: Call,
                                                                                portal: SandboxPortal) -> None:
    activity_id = await add(call, COMMUNICATIONS=[{"VALUE": "+1 555 123 4567"}])
    stored = portal.db.activity(activity_id)
    assert stored["communications"] == [{"type": "PHONE", "value": "+1 555 123 4567", "entity_type_id": 2,
                                         "entity_id": 1}]
    assert stored["bindings"] == [(2, 1)]


async def test_mismatching_communications_are_dropped_silently(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, TYPE_ID=4, SUBJECT="Quote", COMMUNICATIONS=[
        {**PHONE}, {"VALUE": "natalie.howard@starling.example", "ENTITY_TYPE_ID": 3, "ENTITY_ID": 5},
        {"VALUE": "", "ENTITY_TYPE_ID": 3, "ENTITY_ID": 1, "TYPE": "EMAIL"}, "junk"])
    stored = portal.db.activity(activity_id)
    assert [(c["type"], c["value"]) for c in stored["communications"]] == [("EMAIL", "natalie.howard@starling.example")]
    assert stored["bindings"] == [(2, 1), (3, 5)]
    got = await get(call, activity_id)
    assert (got["PROVIDER_ID"], got["PROVIDER_TYPE_ID"]) == ("CRM_EMAIL", "EMAIL")
    assert got["DEADLINE"] == "2025-02-05T15:30:00+03:00"  # e-mails take END_TIME


async def test_without_owner_the_communication_entity_owns_the_activity(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, OWNER_TYPE_ID=None, OWNER_ID=None)
    got = await get(call, activity_id)
    assert (got["OWNER_TYPE_ID"], got["OWNER_ID"]) == ("3", "5")
    assert got["RESPONSIBLE_ID"] == "1"
    assert portal.db.activity(activity_id)["bindings"] == [(3, 5)]


async def test_responsible_falls_back_to_the_owner_s_responsible(call: Call) -> None:
    got = await get(call, await add(call, OWNER_TYPE_ID=1, OWNER_ID=1, RESPONSIBLE_ID=0))
    assert got["RESPONSIBLE_ID"] == "4"  # lead 1 is assigned to user 4
    got = await get(call, await add(call, RESPONSIBLE_ID=3))
    assert got["RESPONSIBLE_ID"] == "3"


async def test_meeting_keeps_an_untyped_communication_and_one_only(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, TYPE_ID=1, SUBJECT="Demo", LOCATION="Room 2", COMMUNICATIONS=[
        {"VALUE": "Natalie Howard", "ENTITY_TYPE_ID": 3, "ENTITY_ID": 5}])
    got = await get(call, activity_id)
    assert (got["PROVIDER_ID"], got["LOCATION"], got["DEADLINE"]) == ("CRM_MEETING", "Room 2",
                                                                     "2025-02-05T15:00:00+03:00")
    assert portal.db.activity(activity_id)["communications"][0]["type"] == ""


async def test_end_time_defaults_to_start_time_and_back(call: Call) -> None:
    got = await get(call, await add(call, END_TIME=None))
    assert got["END_TIME"] == got["START_TIME"] == "2025-02-05T15:00:00+03:00"
    got = await get(call, await add(call, START_TIME=None, END_TIME="2025-02-06T10:00:00+03:00"))
    assert got["START_TIME"] == got["DEADLINE"] == "2025-02-06T10:00:00+03:00"


async def test_unreadable_date_disappears_and_no_date_gives_the_max_deadline(call: Call) -> None:
    got = await get(call, await add(call, START_TIME="next tuesday-ish", END_TIME=None))
    assert got["START_TIME"] is None and got["END_TIME"] is None
    assert got["DEADLINE"] == "9999-12-31T00:00:00+03:00"


async def test_incoming_channel_activity_gets_the_max_deadline(call: Call) -> None:
    activity_id = await add(call, IS_INCOMING_CHANNEL="Y", DIRECTION=1)
    got = await get(call, activity_id)
    assert got["DEADLINE"] == "9999-12-31T00:00:00+03:00" and got["DIRECTION"] == "1"
    rows = (await call("crm.activity.list", {"filter": {"ID": activity_id},
                                             "select": ["ID", "IS_INCOMING_CHANNEL"]})).json()["result"]
    assert rows[0]["IS_INCOMING_CHANNEL"] == "Y"


@pytest.mark.parametrize("completed, stored", [("Y", "Y"), ("y", "Y"), ("N", "N"), (1, "Y"), (True, "Y"),
                                               ("true", "N"), ("2", "Y"), (0, "N")])
async def test_completed_is_normalised_and_drives_status(call: Call, completed: Any, stored: str) -> None:
    got = await get(call, await add(call, COMPLETED=completed))
    assert (got["COMPLETED"], got["STATUS"]) == (stored, "2" if stored == "Y" else "1")


async def test_client_values_are_kept_as_legacy_strings(call: Call) -> None:
    got = await get(call, await add(call, PRIORITY="3", DESCRIPTION="[b]Agenda[/b]", DESCRIPTION_TYPE=2,
                                    NOTIFY_TYPE=1, NOTIFY_VALUE=15, DIRECTION=2,
                                    SETTINGS={"MESSAGE_FROM": "Alex <alex@example.com>"}))
    assert (got["PRIORITY"], got["DESCRIPTION"], got["DESCRIPTION_TYPE"]) == ("3", "[b]Agenda[/b]", "2")
    assert (got["NOTIFY_TYPE"], got["NOTIFY_VALUE"], got["DIRECTION"]) == ("1", "15", "2")
    assert got["SETTINGS"] == {"MESSAGE_FROM": "Alex <alex@example.com>"}


async def test_todo_provider_activity_needs_no_communication(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, TYPE_ID=None, PROVIDER_ID="CRM_TODO", COMMUNICATIONS=None, SUBJECT="Prepare")
    got = await get(call, activity_id)
    assert (got["TYPE_ID"], got["PROVIDER_ID"], got["PROVIDER_TYPE_ID"]) == ("6", "CRM_TODO", "TODO")
    assert portal.db.activity(activity_id)["bindings"] == [(2, 1)]


async def test_form_encoded_fields_are_read(client, portal: SandboxPortal) -> None:
    url = portal.webhook_url("http://sandbox.local") + "crm.activity.add"
    form = {"FIELDS[SUBJECT]": "Form call", "FIELDS[TYPE_ID]": "2", "FIELDS[OWNER_TYPE_ID]": "3",
            "FIELDS[OWNER_ID]": "5", "FIELDS[COMMUNICATIONS][0][VALUE]": "+1 555 279 7614",
            "FIELDS[START_TIME]": "05.02.2025 09:00"}
    body = (await client.post(url, data=form)).json()
    stored = portal.db.activity(body["result"])
    assert (stored["subject"], stored["owner_type_id"], stored["owner_id"]) == ("Form call", 3, 5)
    assert stored["deadline"].isoformat() == "2025-02-05T09:00:00+03:00"


async def test_outgoing_completed_email_is_sent_without_delivery(call: Call, portal: SandboxPortal) -> None:
    email = {"VALUE": "natalie.howard@starling.example", "ENTITY_TYPE_ID": 3, "ENTITY_ID": 5}
    draft_id = await add(call, TYPE_ID=4, DIRECTION=2, COMPLETED="N", COMMUNICATIONS=[email])
    assert portal.db.sent_emails() == []
    sent_id = await add(call, TYPE_ID=4, DIRECTION=2, COMPLETED="Y", COMMUNICATIONS=[email])
    [sent] = portal.db.sent_emails()
    assert sent["activity_id"] == sent_id and sent["recipients"] == ["natalie.howard@starling.example"]
    assert sent["sent_at"].isoformat() == "2025-02-03T12:30:00+03:00"
    assert (await get(call, sent_id))["COMPLETED"] == "Y"
    assert draft_id != sent_id
