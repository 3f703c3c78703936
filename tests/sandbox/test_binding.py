"""``crm.activity.binding.*``: errors in the documented order and the timelines afterwards
(api-spec.md §4.10, server-behaviour.md §1.8)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import NOT_FOUND, OWNER_NOT_FOUND, Call, missing

ALREADY_BOUND = {"error": "ACTIVITY_IS_ALREADY_BOUND", "error_description": "Activity is already linked to this entity"}
NOT_BOUND = {"error": "BINDING_NOT_FOUND", "error_description": "Activity is not linked to this entity"}
LAST_BINDING = {"error": "LAST_BINDING_CANNOT_BE_DELETED",
                "error_description": "Cannot delete the only one activity-to-entity link."}
IDS_EQUAL = {"error": "SOURCE_AND_TARGET_ENTITY_ID_ARE_EQUAL_ERROR",
             "error_description": "Source and target entity ID cannot be equal"}
TYPES_DIFFER = {"error": "SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR",
                "error_description": "Source and target entity types are not equal"}


@pytest.fixture
async def todo(call: Call) -> int:
    """A new todo bound only to deal 1 (its owner)."""
    response = await call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 1, "deadline": "2025-02-05T15:00",
                                                    "title": "Binding test"})
    return response.json()["result"]["id"]


async def bindings(call: Call, activity_id: int) -> list[dict[str, int]]:
    response = await call("crm.activity.binding.list", {"activityId": activity_id})
    assert response.status_code == 200, response.text
    return response.json()["result"]


async def timeline_ids(call: Call, owner_type_id: int, owner_id: int) -> set[int]:
    """Ids on an entity's timeline as the app reads it: ``crm.activity.list`` with the BINDINGS filter."""
    ids: set[int] = set()
    start = 0
    while True:
        reply = (await call("crm.activity.list", {
            "filter": {"BINDINGS": [{"OWNER_TYPE_ID": owner_type_id, "OWNER_ID": owner_id}]},
            "select": ["ID"], "start": start})).json()
        ids.update(int(row["ID"]) for row in reply["result"])
        if "next" not in reply:
            return ids
        start = reply["next"]


async def owner(call: Call, activity_id: int) -> tuple[str, str]:
    got = (await call("crm.activity.get", {"id": activity_id})).json()["result"]
    return got["OWNER_TYPE_ID"], got["OWNER_ID"]


async def ok(call: Call, method: str, params: dict[str, Any]) -> None:
    response = await call(method, params)
    assert response.status_code == 200, response.text
    assert response.json()["result"] is True


async def expect_error(call: Call, portal: SandboxPortal, method: str, params: dict[str, Any],
                       expected: dict[str, str], activity_id: int) -> None:
    before = portal.db.activity(activity_id)
    response = await call(method, params)
    assert response.status_code == 400
    assert response.json() == expected
    assert portal.db.activity(activity_id) == before


# ---------------------------------------------------------------------------------- list


async def test_list_gives_int_pairs_in_binding_order(call: Call, portal: SandboxPortal) -> None:
    two = int(portal.db.scalar("SELECT activity_id FROM activity_binding GROUP BY activity_id "
                               "HAVING COUNT(*) = 2 ORDER BY activity_id LIMIT 1"))
    listed = await bindings(call, two)
    assert [(b["entityTypeId"], b["entityId"]) for b in listed] == portal.db.activity(two)["bindings"]
    assert all(list(b) == ["entityTypeId", "entityId"] and all(type(v) is int for v in b.values()) for b in listed)


@pytest.mark.parametrize("params, expected", [
    ({}, missing("activityId")),
    ({"activityId": 999999}, NOT_FOUND),
    ({"activityId": 0}, NOT_FOUND),
])
async def test_list_errors(call: Call, params: dict[str, Any], expected: dict[str, str]) -> None:
    response = await call("crm.activity.binding.list", params)
    assert (response.status_code, response.json()) == (400, expected)


# ---------------------------------------------------------------------------------- add

ADD = "crm.activity.binding.add"


@pytest.mark.parametrize("make, expected", [
    (lambda a: {}, missing("activityId")),
    (lambda a: {"activityId": a, "entityId": 5}, missing("entityTypeId")),
    (lambda a: {"activityId": a, "entityTypeId": 3}, missing("entityId")),
    (lambda a: {"activityId": 999999, "entityTypeId": 3, "entityId": 99999}, NOT_FOUND),   # activity first
    (lambda a: {"activityId": a, "entityTypeId": 3, "entityId": 99999}, OWNER_NOT_FOUND),
    (lambda a: {"activityId": a, "entityTypeId": 999, "entityId": 1}, OWNER_NOT_FOUND),
    (lambda a: {"activityId": a, "entityTypeId": 2, "entityId": 1}, ALREADY_BOUND),
])
async def test_add_errors_in_documented_order(call: Call, portal: SandboxPortal, todo: int, make: Any,
                                              expected: dict[str, str]) -> None:
    await expect_error(call, portal, ADD, make(todo), expected, todo)


async def test_add_puts_the_activity_on_a_second_timeline(call: Call, todo: int) -> None:
    assert todo not in await timeline_ids(call, 3, 5)
    await ok(call, ADD, {"activityId": todo, "entityTypeId": 3, "entityId": "5"})
    assert await bindings(call, todo) == [{"entityTypeId": 2, "entityId": 1}, {"entityTypeId": 3, "entityId": 5}]
    assert todo in await timeline_ids(call, 3, 5) and todo in await timeline_ids(call, 2, 1)
    assert await owner(call, todo) == ("2", "1")  # the primary owner stays


async def test_the_101st_binding_is_refused(call: Call, portal: SandboxPortal, todo: int) -> None:
    portal.db.set_bindings(todo, [(2, 1)] + [(1, n) for n in range(1, 26)] + [(3, n) for n in range(1, 41)]
                           + [(4, n) for n in range(1, 31)] + [(2, n) for n in range(2, 6)])
    assert len(await bindings(call, todo)) == 100
    await expect_error(call, portal, ADD, {"activityId": todo, "entityTypeId": 2, "entityId": 6},
                       {"error": "0", "error_description": "An activity can be bound to at most 100 CRM entities."},
                       todo)


# ---------------------------------------------------------------------------------- move

MOVE = "crm.activity.binding.move"


def move(activity_id: int, source: tuple[int, int], target: tuple[int, int]) -> dict[str, int]:
    return {"activityId": activity_id, "sourceEntityTypeId": source[0], "sourceEntityId": source[1],
            "targetEntityTypeId": target[0], "targetEntityId": target[1]}


@pytest.mark.parametrize("make, expected", [
    (lambda a: {}, missing("activityId")),
    (lambda a: {"activityId": a, "sourceEntityTypeId": 2, "sourceEntityId": 1, "targetEntityTypeId": 2},
     missing("targetEntityId")),
    (lambda a: move(999999, (2, 1), (2, 99999)), NOT_FOUND),
    (lambda a: move(a, (2, 99999), (2, 2)), OWNER_NOT_FOUND),                       # source missing
    (lambda a: move(a, (2, 1), (2, 99999)), OWNER_NOT_FOUND),                       # target missing
    (lambda a: move(a, (2, 1), (3, 1)), IDS_EQUAL),                                  # ids before types
    (lambda a: move(a, (2, 1), (2, 1)), IDS_EQUAL),
    (lambda a: move(a, (2, 1), (3, 5)), TYPES_DIFFER),
    (lambda a: move(a, (3, 5), (2, 1)), TYPES_DIFFER),
    (lambda a: move(a, (2, 2), (2, 1)), ALREADY_BOUND),                              # target bound first
    (lambda a: move(a, (2, 2), (2, 3)), NOT_BOUND),
])
async def test_move_errors_in_documented_order(call: Call, portal: SandboxPortal, todo: int, make: Any,
                                               expected: dict[str, str]) -> None:
    await expect_error(call, portal, MOVE, make(todo), expected, todo)


async def test_moving_the_owner_leaves_the_source_timeline(call: Call, todo: int) -> None:
    assert todo in await timeline_ids(call, 2, 1)
    await ok(call, MOVE, move(todo, (2, 1), (2, 7)))
    assert todo not in await timeline_ids(call, 2, 1)
    assert todo in await timeline_ids(call, 2, 7)
    assert await bindings(call, todo) == [{"entityTypeId": 2, "entityId": 7}]
    assert await owner(call, todo) == ("2", "7")
    old_owner = (await call("crm.activity.list", {"filter": {"OWNER_TYPE_ID": 2, "OWNER_ID": 1, "ID": todo}})).json()
    assert old_owner["result"] == []


async def test_moving_a_secondary_binding_keeps_the_owner(call: Call, todo: int) -> None:
    await ok(call, ADD, {"activityId": todo, "entityTypeId": 3, "entityId": 5})
    await ok(call, MOVE, move(todo, (3, 5), (3, 6)))
    assert await bindings(call, todo) == [{"entityTypeId": 2, "entityId": 1}, {"entityTypeId": 3, "entityId": 6}]
    assert todo not in await timeline_ids(call, 3, 5) and todo in await timeline_ids(call, 3, 6)
    assert await owner(call, todo) == ("2", "1")


async def test_cross_type_move_is_add_then_delete(call: Call, todo: int) -> None:
    await ok(call, ADD, {"activityId": todo, "entityTypeId": 4, "entityId": 2})
    await ok(call, "crm.activity.binding.delete", {"activityId": todo, "entityTypeId": 2, "entityId": 1})
    assert await bindings(call, todo) == [{"entityTypeId": 4, "entityId": 2}]
    assert await owner(call, todo) == ("4", "2")
    assert todo not in await timeline_ids(call, 2, 1)


# ---------------------------------------------------------------------------------- delete

DELETE = "crm.activity.binding.delete"


@pytest.mark.parametrize("make, expected", [
    (lambda a: {"entityTypeId": 2, "entityId": 1}, missing("activityId")),
    (lambda a: {"activityId": a, "entityTypeId": 2}, missing("entityId")),
    (lambda a: {"activityId": 999999, "entityTypeId": 2, "entityId": 1}, NOT_FOUND),
    (lambda a: {"activityId": a, "entityTypeId": 2, "entityId": 99999}, OWNER_NOT_FOUND),
    (lambda a: {"activityId": a, "entityTypeId": 3, "entityId": 5}, NOT_BOUND),
    (lambda a: {"activityId": a, "entityTypeId": 2, "entityId": 1}, LAST_BINDING),
])
async def test_delete_errors_in_documented_order(call: Call, portal: SandboxPortal, todo: int, make: Any,
                                                 expected: dict[str, str]) -> None:
    await expect_error(call, portal, DELETE, make(todo), expected, todo)


async def test_deleting_the_owner_hands_ownership_to_the_next_binding(call: Call, todo: int) -> None:
    await ok(call, ADD, {"activityId": todo, "entityTypeId": 3, "entityId": 5})
    await ok(call, ADD, {"activityId": todo, "entityTypeId": 4, "entityId": 2})
    await ok(call, DELETE, {"activityId": todo, "entityTypeId": 2, "entityId": 1})
    assert await bindings(call, todo) == [{"entityTypeId": 3, "entityId": 5}, {"entityTypeId": 4, "entityId": 2}]
    assert await owner(call, todo) == ("3", "5")
    assert todo not in await timeline_ids(call, 2, 1)


async def test_a_binding_to_an_entity_deleted_meanwhile_can_be_removed(call: Call, portal: SandboxPortal,
                                                                       todo: int) -> None:
    await ok(call, ADD, {"activityId": todo, "entityTypeId": 3, "entityId": 5})
    assert portal.db.delete_item(3, 5) is True
    await ok(call, DELETE, {"activityId": todo, "entityTypeId": 3, "entityId": 5})
    assert await bindings(call, todo) == [{"entityTypeId": 2, "entityId": 1}]


async def test_changes_mark_the_activity_updated(call: Call, portal: SandboxPortal, todo: int) -> None:
    portal.db.update_activity(todo, last_updated=0, editor_id=3)
    await ok(call, ADD, {"activityId": todo, "entityTypeId": 3, "entityId": 5})
    got = (await call("crm.activity.get", {"id": todo})).json()["result"]
    assert (got["LAST_UPDATED"], got["EDITOR_ID"]) == ("2025-02-03T12:30:00+03:00", "1")
