"""``crm.activity.todo.add``: errors in the documented order, stored values, parent, colour, pings."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import NOT_FOUND, OWNER_NOT_FOUND, WRONG_DATE, Call, missing, wrong_type

VALID = {"ownerTypeId": 2, "ownerId": 1, "deadline": "2025-02-05T15:00:00"}


@pytest.mark.parametrize("params, expected", [
    ({}, missing("ownerTypeId")),
    ({"ownerId": 1, "deadline": "garbage"}, missing("ownerTypeId")),      # binder before the deadline
    ({"ownerTypeId": 2, "deadline": "garbage"}, missing("ownerId")),
    ({"ownerTypeId": 2, "ownerId": 1}, missing("deadline")),
    ({"ownerTypeId": None, "ownerId": 1, "deadline": "2025-02-05"}, missing("ownerTypeId")),
    ({**VALID, "ownerTypeId": "abc"}, wrong_type("abc", "ownerTypeId", "int")),
    ({**VALID, "ownerId": [1]}, wrong_type("Array", "ownerId", "int")),
    ({**VALID, "deadline": 1738760400}, wrong_type("1738760400", "deadline", "string")),
    ({**VALID, "title": 5}, wrong_type("5", "title", "string")),
    ({**VALID, "pingOffsets": "15"}, wrong_type("15", "pingOffsets", "array")),
    ({**VALID, "colorId": 3}, wrong_type("3", "colorId", "string")),
    ({**VALID, "ownerTypeId": 999, "deadline": "garbage"}, NOT_FOUND),   # NOT_FOUND before the deadline
    ({**VALID, "ownerTypeId": 0}, NOT_FOUND),
    ({**VALID, "ownerId": 0}, NOT_FOUND),
    ({**VALID, "ownerId": -3}, NOT_FOUND),
    ({**VALID, "deadline": "garbage"}, WRONG_DATE),
    ({**VALID, "deadline": ""}, WRONG_DATE),
    ({**VALID, "deadline": "2025-02-30T10:00:00"}, WRONG_DATE),
    ({**VALID, "ownerId": 9999, "deadline": "garbage"}, WRONG_DATE),      # the deadline before the owner
    ({**VALID, "ownerId": 9999}, OWNER_NOT_FOUND),
    ({**VALID, "ownerTypeId": 7}, OWNER_NOT_FOUND),                       # a valid type the portal has no item of
])
async def test_errors_in_documented_order(call: Call, portal: SandboxPortal, params: dict[str, Any],
                                          expected: dict[str, str]) -> None:
    before = portal.db.count_activities()
    response = await call("crm.activity.todo.add", params)
    assert response.status_code == 400
    assert response.json() == expected
    assert portal.db.count_activities() == before


async def add(call: Call, **params: Any) -> int:
    response = await call("crm.activity.todo.add", {**VALID, **params})
    assert response.status_code == 200, response.text
    result = response.json()["result"]
    assert list(result) == ["id"] and isinstance(result["id"], int)
    return result["id"]


async def get(call: Call, activity_id: int) -> dict[str, Any]:
    return (await call("crm.activity.get", {"id": activity_id})).json()["result"]


async def test_stored_values_follow_the_controller(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, title="Call back about delivery", description="[b]Bring[/b] the quote")
    assert activity_id == portal.db.count_activities()  # the next id of the one sequence
    got = await get(call, activity_id)
    expected = {
        "OWNER_TYPE_ID": "2", "OWNER_ID": "1", "TYPE_ID": "6", "PROVIDER_ID": "CRM_TODO",
        "PROVIDER_TYPE_ID": "TODO", "SUBJECT": "Call back about delivery", "DESCRIPTION": "[b]Bring[/b] the quote",
        "DESCRIPTION_TYPE": "2", "START_TIME": "2025-02-05T15:00:00+03:00",
        "END_TIME": "2025-02-05T15:00:00+03:00", "DEADLINE": "2025-02-05T15:00:00+03:00",
        "COMPLETED": "N", "STATUS": "1", "RESPONSIBLE_ID": "1", "AUTHOR_ID": "1", "EDITOR_ID": "1",
        "CREATED": "2025-02-03T12:30:00+03:00", "LAST_UPDATED": "2025-02-03T12:30:00+03:00",
        "ASSOCIATED_ENTITY_ID": "0", "SETTINGS": [],
    }
    assert {key: got[key] for key in expected} == expected
    listed = (await call("crm.activity.list", {"filter": {"ID": activity_id}})).json()["result"]
    assert listed == [got]
    assert portal.db.activity(activity_id)["bindings"] == [(2, 1)]


@pytest.mark.parametrize("deadline", ["2025-02-05T15:00:00+03:00", "2025-02-05T12:00:00Z",
                                      "2025-02-05 15:00", "2025-02-05T15:00", "2025-02-05T13:00:00+01:00"])
async def test_deadline_forms(call: Call, deadline: str) -> None:
    got = await get(call, await add(call, deadline=deadline))
    assert got["DEADLINE"] == "2025-02-05T15:00:00+03:00"


async def test_responsible_can_be_another_user(call: Call) -> None:
    got = await get(call, await add(call, responsibleId=4))
    assert got["RESPONSIBLE_ID"] == "4" and got["AUTHOR_ID"] == "1"


async def test_form_encoded_values_are_bound(client, portal: SandboxPortal) -> None:
    url = portal.webhook_url("http://sandbox.local") + "crm.activity.todo.add"
    form = {"ownerTypeId": "3", "ownerId": "5", "deadline": "2025-02-07T09:00:00", "colorId": "5",
            "pingOffsets[0]": "0", "pingOffsets[1]": "30"}
    body = (await client.post(url, data=form)).json()
    stored = portal.db.activity(body["result"]["id"])
    assert (stored["owner_type_id"], stored["owner_id"], stored["color_id"]) == (3, 5, "5")
    assert stored["ping_offsets"] == [0, 30]


async def test_colour_is_visible_in_settings(call: Call) -> None:
    got = await get(call, await add(call, colorId="3"))
    assert got["SETTINGS"] == {"COLOR": "3"}


async def test_colour_outside_the_palette_is_ignored(call: Call) -> None:
    got = await get(call, await add(call, colorId="9"))
    assert got["SETTINGS"] == []


async def test_ping_offsets_are_filtered(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, pingOffsets=[15, "0", -5, "abc", 15, 60])
    assert portal.db.activity(activity_id)["ping_offsets"] == [15, 0, 60]


async def test_missing_parent_becomes_null(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, parentActivityId=999999)
    assert portal.db.activity(activity_id)["parent_id"] is None
    assert (await get(call, activity_id))["ASSOCIATED_ENTITY_ID"] == "0"


async def test_valid_parent_is_completed_and_lends_its_bindings(call: Call, portal: SandboxPortal) -> None:
    open_calls = (await call("crm.activity.list", {
        "filter": {"OWNER_TYPE_ID": 2, "OWNER_ID": 1, "TYPE_ID": 2, "COMPLETED": "N", "IS_INCOMING_CHANNEL": "N"},
        "select": ["ID"]})).json()["result"]
    parent_id = int(open_calls[0]["ID"])
    assert (await get(call, parent_id))["COMPLETED"] == "N"
    child_id = await add(call, parentActivityId=parent_id, title="Follow-up")
    parent = await get(call, parent_id)
    assert (parent["COMPLETED"], parent["STATUS"]) == ("Y", "2")
    assert parent["LAST_UPDATED"] == "2025-02-03T12:30:00+03:00"
    child = await get(call, child_id)
    assert child["ASSOCIATED_ENTITY_ID"] == str(parent_id) and child["COMPLETED"] == "N"
    stored = portal.db.activity(child_id)
    assert stored["parent_id"] == parent_id
    assert stored["bindings"] == portal.db.activity(parent_id)["bindings"]
    assert len(stored["bindings"]) == 2  # the deal and the contact that was called


async def test_owner_deleted_meanwhile_gives_owner_not_found(call: Call, portal: SandboxPortal) -> None:
    assert portal.db.delete_item(2, 1) is True
    response = await call("crm.activity.todo.add", VALID)
    assert response.status_code == 400 and response.json() == OWNER_NOT_FOUND
    assert (await call("crm.item.list", {"entityTypeId": 2, "filter": {"id": 1}})).json()["total"] == 0
