"""``crm.activity.update``: errors in order, partial update, COMPLETED toggling, communications, DEADLINE."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import NOW, Call

PHONE = {"VALUE": "+1 555 279 7614", "ENTITY_TYPE_ID": 3, "ENTITY_ID": 5, "TYPE": "PHONE"}
CALL = {"OWNER_TYPE_ID": 2, "OWNER_ID": 1, "TYPE_ID": 2, "SUBJECT": "Call about the rollout",
        "START_TIME": "2025-02-05T15:00:00", "END_TIME": "2025-02-05T15:30:00", "COMMUNICATIONS": [PHONE],
        "DESCRIPTION": "Ask about seats", "PRIORITY": 2}
LATER = "2025-02-03T12:45:00+03:00"


def legacy(message: str) -> dict[str, str]:
    return {"error": "", "error_description": message}


class MovingClock:
    """The portal's "now": starts at the tests' NOW and moves when a test says so."""

    def __init__(self) -> None:
        self.moment = NOW

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> MovingClock:
    return MovingClock()


@pytest.fixture
def portal(clock: MovingClock) -> Iterator[SandboxPortal]:
    portal = SandboxPortal(now=clock)
    yield portal
    portal.close()


@pytest.fixture
async def call_id(call: Call) -> int:
    response = await call("crm.activity.add", {"fields": CALL})
    assert response.status_code == 200, response.text
    return response.json()["result"]


async def get(call: Call, activity_id: int) -> dict[str, Any]:
    return (await call("crm.activity.get", {"id": activity_id})).json()["result"]


async def update(call: Call, activity_id: int, **fields: Any) -> None:
    response = await call("crm.activity.update", {"id": activity_id, "fields": fields})
    assert response.status_code == 200, response.text
    assert response.json()["result"] is True


@pytest.mark.parametrize("params, expected", [
    ({"id": 1, "fields": "COMPLETED=Y"}, legacy("Parameter 'fields' must be array.")),
    ({"id": 0, "fields": "COMPLETED=Y"}, legacy("Parameter 'fields' must be array.")),  # fields before the id
    ({"id": 1, "fields": {}, "params": 5}, legacy("Parameter 'params' must be array.")),
    ({"fields": {"COMPLETED": "Y"}}, legacy("ID is not defined or invalid.")),
    ({"id": "abc", "fields": {"COMPLETED": "Y"}}, legacy("ID is not defined or invalid.")),
    ({"ID": -4, "fields": {"COMPLETED": "Y"}}, legacy("ID is not defined or invalid.")),
    ({"id": 999999, "fields": {"COMPLETED": "Y"}}, legacy("Activity is not found.")),
    ({"id": 999999, "fields": {"COMMUNICATIONS": []}}, legacy("Activity is not found.")),
])
async def test_errors_in_documented_order(call: Call, params: dict[str, Any], expected: dict[str, str]) -> None:
    response = await call("crm.activity.update", params)
    assert response.status_code == 400
    assert response.json() == expected


async def test_empty_communications_are_refused_and_nothing_changes(call: Call, call_id: int) -> None:
    before = await get(call, call_id)
    response = await call("crm.activity.update", {"id": call_id, "fields": {
        "SUBJECT": "Renamed", "COMMUNICATIONS": [{**PHONE, "TYPE": "EMAIL"}]}})
    assert (response.status_code, response.json()) == (400, legacy("The field COMMUNICATIONS is not defined or invalid."))
    assert await get(call, call_id) == before


async def test_blank_subject_fails_inside_the_activity_layer(call: Call, call_id: int) -> None:
    response = await call("crm.activity.update", {"id": call_id, "fields": {"SUBJECT": "  "}})
    assert response.status_code == 400
    assert response.json() == {"error": "ERROR_CORE", "error_description": "SUBJECT is not assigned.<br>"}
    assert (await get(call, call_id))["SUBJECT"] == "Call about the rollout"


async def test_configurable_and_app_activities_are_refused(call: Call, portal: SandboxPortal, call_id: int) -> None:
    portal.db.update_activity(call_id, provider_id="CONFIGURABLE_REST_APP")
    response = await call("crm.activity.update", {"id": call_id, "fields": {"COMPLETED": "Y"}})
    assert response.json() == legacy("Use crm.activity.configurable.update for this activity provider")
    portal.db.update_activity(call_id, provider_id="REST_APP")
    response = await call("crm.activity.update", {"id": call_id, "fields": {"COMPLETED": "Y"}})
    assert response.json() == legacy("Application context required.")
    assert portal.db.activity(call_id)["completed"] == "N"


async def test_partial_update_changes_only_the_given_fields(call: Call, clock: MovingClock, call_id: int) -> None:
    before = await get(call, call_id)
    clock.moment = NOW + timedelta(minutes=15)
    await update(call, call_id, DESCRIPTION="Seats: 60", RESPONSIBLE_ID=4)
    after = await get(call, call_id)
    changed = {key for key in after if after[key] != before[key]}
    assert changed == {"DESCRIPTION", "RESPONSIBLE_ID", "LAST_UPDATED"}
    assert (after["DESCRIPTION"], after["RESPONSIBLE_ID"], after["LAST_UPDATED"]) == ("Seats: 60", "4", LATER)
    assert after["EDITOR_ID"] == "1" and after["PRIORITY"] == "2"


async def test_immutable_and_read_only_fields_are_ignored(call: Call, portal: SandboxPortal, call_id: int) -> None:
    await update(call, call_id, TYPE_ID=4, OWNER_TYPE_ID=3, OWNER_ID=5, PROVIDER_ID="CRM_TODO", AUTHOR_ID=6,
                 CREATED="2020-01-01T00:00:00", DEADLINE="2030-01-01T00:00:00", ID=5, SUBJECT="Renamed")
    got = await get(call, call_id)
    assert (got["TYPE_ID"], got["OWNER_TYPE_ID"], got["OWNER_ID"], got["PROVIDER_ID"]) == ("2", "2", "1",
                                                                                          "VOXIMPLANT_CALL")
    assert (got["AUTHOR_ID"], got["CREATED"], got["ID"]) == ("1", "2025-02-03T12:30:00+03:00", str(call_id))
    assert (got["DEADLINE"], got["SUBJECT"]) == ("2025-02-05T15:00:00+03:00", "Renamed")


async def test_completed_toggles_status(call: Call, portal: SandboxPortal, call_id: int) -> None:
    await update(call, call_id, COMPLETED="Y")
    got = await get(call, call_id)
    assert (got["COMPLETED"], got["STATUS"]) == ("Y", "2")
    done = (await call("crm.activity.list", {"filter": {"ID": call_id, "COMPLETED": "Y"}})).json()["total"]
    assert done == 1
    await update(call, call_id, COMPLETED="N")
    got = await get(call, call_id)
    assert (got["COMPLETED"], got["STATUS"]) == ("N", "1")
    portal.db.update_activity(call_id, status=3)
    await update(call, call_id, COMPLETED=1)
    got = await get(call, call_id)
    assert (got["COMPLETED"], got["STATUS"]) == ("Y", "3")  # auto-completed stays auto-completed


async def test_deadline_follows_the_new_start_time(call: Call, call_id: int) -> None:
    await update(call, call_id, START_TIME="2025-02-10T09:00:00+03:00")
    got = await get(call, call_id)
    assert got["START_TIME"] == got["DEADLINE"] == "2025-02-10T09:00:00+03:00"
    assert got["END_TIME"] == "2025-02-05T15:30:00+03:00"
    await update(call, call_id, START_TIME="not a date")  # unreadable: the key disappears, nothing changes
    assert (await get(call, call_id))["START_TIME"] == "2025-02-10T09:00:00+03:00"


async def test_communications_replace_and_rebuild_bindings(call: Call, portal: SandboxPortal, call_id: int) -> None:
    assert portal.db.activity(call_id)["bindings"] == [(2, 1), (3, 5)]
    await update(call, call_id, COMMUNICATIONS=[{"VALUE": "+1 555 000 1111", "ENTITY_TYPE_ID": 3, "ENTITY_ID": 1}])
    stored = portal.db.activity(call_id)
    assert stored["bindings"] == [(2, 1), (3, 1)]
    assert stored["communications"] == [{"type": "PHONE", "value": "+1 555 000 1111", "entity_type_id": 3,
                                         "entity_id": 1}]
    by_old = (await call("crm.activity.list", {"filter": {"BINDINGS": [{"OWNER_TYPE_ID": 3, "OWNER_ID": 5}],
                                                          "ID": call_id}})).json()["total"]
    by_new = (await call("crm.activity.list", {"filter": {"BINDINGS": [{"OWNER_TYPE_ID": 3, "OWNER_ID": 1}],
                                                          "ID": call_id}})).json()["total"]
    assert (by_old, by_new) == (0, 1)


async def test_without_communications_bindings_stay(call: Call, portal: SandboxPortal, call_id: int) -> None:
    await update(call, call_id, LOCATION="Phone booth")
    assert portal.db.activity(call_id)["bindings"] == [(2, 1), (3, 5)]


async def test_settings_origin_and_form_encoding(client, portal: SandboxPortal, call_id: int) -> None:
    url = portal.webhook_url("http://sandbox.local") + "crm.activity.update"
    form = {"ID": str(call_id), "fields[ORIGIN_ID]": "ext-9", "fields[ORIGIN_VERSION]": "3",
            "fields[SETTINGS][DISABLE_SENDING_MESSAGE_COPY]": "Y", "fields[RESPONSIBLE_ID]": "0"}
    assert (await client.post(url, data=form)).json()["result"] is True
    stored = portal.db.activity(call_id)
    assert (stored["origin_id"], stored["origin_version"]) == ("ext-9", "3")
    assert stored["settings"] == {"DISABLE_SENDING_MESSAGE_COPY": "Y"}
    assert stored["responsible_id"] == 1  # RESPONSIBLE_ID 0 is ignored


async def test_todo_created_by_the_controller_can_be_completed(call: Call) -> None:
    todo = (await call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 1,
                                                 "deadline": "2025-02-06T10:00:00"})).json()["result"]["id"]
    await update(call, todo, COMPLETED="Y")
    got = await get(call, todo)
    assert (got["COMPLETED"], got["STATUS"], got["DEADLINE"]) == ("Y", "2", "2025-02-06T10:00:00+03:00")
