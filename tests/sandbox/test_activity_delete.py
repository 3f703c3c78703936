"""``crm.activity.delete``: errors in order, any kind of activity, gone from get/list."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import Call


def legacy(message: str) -> dict[str, str]:
    return {"error": "", "error_description": message}


@pytest.mark.parametrize("params, expected", [
    ({}, legacy("ID is not defined or invalid.")),
    ({"id": 0}, legacy("ID is not defined or invalid.")),
    ({"id": "x"}, legacy("ID is not defined or invalid.")),
    ({"id": 999999}, legacy("Activity is not found.")),
])
async def test_errors(call: Call, portal: SandboxPortal, params: dict[str, Any], expected: dict[str, str]) -> None:
    before = portal.db.count_activities()
    response = await call("crm.activity.delete", params)
    assert (response.status_code, response.json()) == (400, expected)
    assert portal.db.count_activities() == before


async def test_deleted_activity_is_gone_everywhere(call: Call, portal: SandboxPortal) -> None:
    rows = (await call("crm.activity.list", {"filter": {"OWNER_TYPE_ID": 2, "OWNER_ID": 1, "TYPE_ID": 2},
                                             "select": ["ID"]})).json()["result"]
    activity_id = int(rows[0]["ID"])
    bindings = portal.db.activity(activity_id)["bindings"]
    response = await call("crm.activity.delete", {"ID": str(activity_id), "params": "ignored"})
    assert (response.status_code, response.json()["result"]) == (200, True)
    assert (await call("crm.activity.get", {"id": activity_id})).json() == legacy("Activity is not found.")
    for owner_type_id, owner_id in bindings:
        listed = (await call("crm.activity.list", {"filter": {"BINDINGS": [{"OWNER_TYPE_ID": owner_type_id,
                                                                            "OWNER_ID": owner_id}]},
                                                   "select": ["ID"], "start": -1})).json()["result"]
        assert str(activity_id) not in {row["ID"] for row in listed}
    assert (await call("crm.activity.delete", {"id": activity_id})).json() == legacy("Activity is not found.")


async def test_todo_and_configurable_activities_can_be_deleted(call: Call, portal: SandboxPortal) -> None:
    todo = (await call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 1,
                                                 "deadline": "2025-02-06T10:00:00"})).json()["result"]["id"]
    assert (await call("crm.activity.delete", {"id": todo})).json()["result"] is True
    assert portal.db.activity(todo) is None
    other = (await call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 1,
                                                  "deadline": "2025-02-06T10:00:00"})).json()["result"]["id"]
    portal.db.update_activity(other, provider_id="CONFIGURABLE_REST_APP")
    assert (await call("crm.activity.delete", {"id": other})).json()["result"] is True


async def test_app_activity_needs_the_app(call: Call, portal: SandboxPortal) -> None:
    todo = (await call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 1,
                                                 "deadline": "2025-02-06T10:00:00"})).json()["result"]["id"]
    portal.db.update_activity(todo, provider_id="REST_APP")
    response = await call("crm.activity.delete", {"id": todo})
    assert (response.status_code, response.json()) == (400, legacy("Application context required."))
    assert portal.db.activity(todo) is not None
