"""``crm.activity.todo.update*``: errors in the documented order, and the stored result seen through
``crm.activity.get`` (api-spec.md §4.9.2–4.9.6, server-behaviour.md §1.6)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import NOT_FOUND, NOW, OWNER_NOT_FOUND, WRONG_DATE, Call, missing, wrong_type

DEAL = {"ownerTypeId": 2, "ownerId": 1}
LATER = "2025-02-06T10:00:00+03:00"


BAD_TYPE = {"error": "100", "error_description": "The provided $entityTypeId is invalid"}
BAD_OWNER_ID = {"error": "100", "error_description": "The value of an argument 'The provided $entityId is invalid' "
                                                     "is outside the allowable range of values: not less than 1"}
COMPLETED = {"error": "CAN_NOT_UPDATE_COMPLETED_TODO", "error_description": "Cannot edit completed activity."}
COLOR_COMPLETED = {"error": "CAN_NOT_UPDATE_COLOR_COMPLETED_TODO",
                   "error_description": "Cannot change the colour of a completed activity."}
WRONG_COLOR = {"error": "CAN_NOT_UPDATE_WRONG_COLOR_TODO", "error_description": "Invalid color value"}
RESPONSIBLE_COMPLETED = {"error": "CAN_NOT_UPDATE_RESPONSIBLE_USER_COMPLETED_TODO",
                         "error_description": "Cannot change responsible person because the activity is completed."}
RESPONSIBLE_ZERO = {"error": "INVALID_ARG_VALUE",
                    "error_description": 'Parameter "responsibleId" must be greater than 0'}


async def get(call: Call, activity_id: int) -> dict[str, Any]:
    response = await call("crm.activity.get", {"id": activity_id})
    assert response.status_code == 200, response.text
    return response.json()["result"]


async def first_id(call: Call, **filter_: Any) -> int:
    rows = (await call("crm.activity.list", {"filter": {"OWNER_TYPE_ID": 2, "OWNER_ID": 1, **filter_},
                                             "select": ["ID"]})).json()["result"]
    return int(rows[0]["ID"])


@pytest.fixture
async def todo(call: Call) -> int:
    """An open todo on deal 1: colour 3, reminders [0, 15], due 2025-02-05 15:00."""
    response = await call("crm.activity.todo.add", {
        **DEAL, "deadline": "2025-02-05T15:00:00", "title": "Send the quote", "description": "Version 2",
        "colorId": "3", "pingOffsets": [0, 15]})
    return response.json()["result"]["id"]


@pytest.fixture
async def ids(call: Call, portal: SandboxPortal, todo: int) -> dict[str, int]:
    """``todo`` (open), ``done`` (a completed demo todo of deal 1), ``call`` (a demo call of deal 1)."""
    done = await first_id(call, PROVIDER_ID="CRM_TODO", COMPLETED="Y")
    phone_call = await first_id(call, TYPE_ID=2)
    assert portal.db.activity(done)["completed"] == "Y"
    return {"todo": todo, "done": done, "call": phone_call}


async def expect_error(call: Call, portal: SandboxPortal, method: str, params: dict[str, Any],
                       expected: dict[str, str], activity_id: int) -> None:
    before = portal.db.activity(activity_id)
    response = await call(method, params)
    assert response.status_code == 400
    assert response.json() == expected
    assert portal.db.activity(activity_id) == before  # nothing changed


# ---------------------------------------------------------------------------------- errors

UPDATE_CASES = [
    # (params built from ids, expected) — in the order the server checks
    (lambda i: {}, missing("ownerTypeId")),
    (lambda i: {"ownerTypeId": 2, "id": i["todo"], "deadline": "garbage"}, missing("ownerId")),
    (lambda i: {**DEAL, "id": i["todo"]}, missing("deadline")),
    (lambda i: {**DEAL, "deadline": LATER}, missing("id")),
    (lambda i: {**DEAL, "id": "x", "deadline": LATER}, wrong_type("x", "id", "int")),
    (lambda i: {**DEAL, "id": i["todo"], "deadline": LATER, "title": 7}, wrong_type("7", "title", "string")),
    (lambda i: {**DEAL, "id": i["todo"], "deadline": LATER, "pingOffsets": "15"},
     wrong_type("15", "pingOffsets", "array")),
    (lambda i: {"ownerTypeId": 999, "ownerId": 1, "id": i["todo"], "deadline": "garbage"}, BAD_TYPE),
    (lambda i: {"ownerTypeId": 2, "ownerId": 0, "id": i["todo"], "deadline": "garbage"}, BAD_OWNER_ID),
    (lambda i: {"ownerTypeId": 2, "ownerId": 2, "id": i["todo"], "deadline": "garbage"}, NOT_FOUND),  # not bound
    (lambda i: {**DEAL, "id": i["call"], "deadline": LATER}, NOT_FOUND),                           # not a todo
    (lambda i: {**DEAL, "id": 999999, "deadline": LATER}, NOT_FOUND),
    (lambda i: {**DEAL, "id": i["done"], "deadline": "garbage"}, COMPLETED),                # completed first
    (lambda i: {**DEAL, "id": i["todo"], "deadline": "garbage"}, WRONG_DATE),
    (lambda i: {**DEAL, "id": i["todo"], "deadline": "2025-02-30T10:00:00"}, WRONG_DATE),
]


@pytest.mark.parametrize("make, expected", UPDATE_CASES)
async def test_update_errors_in_documented_order(call: Call, portal: SandboxPortal, ids: dict[str, int],
                                                 make: Any, expected: dict[str, str]) -> None:
    await expect_error(call, portal, "crm.activity.todo.update", make(ids), expected, ids["todo"])


def _short_cases(method: str, value_name: str, good: Any, completed: dict[str, str]) -> list[Any]:
    return [
        (method, lambda i: {}, missing("ownerTypeId")),
        (method, lambda i: {"ownerTypeId": 2, "id": i["todo"], value_name: good}, missing("ownerId")),
        (method, lambda i: {**DEAL, value_name: good}, missing("id")),
        (method, lambda i: {**DEAL, "id": i["todo"]}, missing(value_name)),
        (method, lambda i: {"ownerTypeId": 0, "ownerId": 1, "id": i["todo"], value_name: good}, BAD_TYPE),
        (method, lambda i: {"ownerTypeId": 2, "ownerId": -1, "id": i["todo"], value_name: good}, BAD_OWNER_ID),
        (method, lambda i: {"ownerTypeId": 3, "ownerId": 1, "id": i["todo"], value_name: good}, NOT_FOUND),
        (method, lambda i: {**DEAL, "id": i["call"], value_name: good}, NOT_FOUND),
        (method, lambda i: {**DEAL, "id": i["done"], value_name: good}, completed),
    ]


SHORT_CASES = [
    *_short_cases("crm.activity.todo.updateDeadline", "value", LATER, COMPLETED),
    ("crm.activity.todo.updateDeadline", lambda i: {**DEAL, "id": i["todo"], "value": 1738760400},
     wrong_type("1738760400", "value", "string")),
    # the date is read before the completed check (it happens on save)
    ("crm.activity.todo.updateDeadline", lambda i: {**DEAL, "id": i["done"], "value": "garbage"}, WRONG_DATE),
    ("crm.activity.todo.updateDeadline", lambda i: {**DEAL, "id": i["todo"], "value": "garbage"}, WRONG_DATE),
    *_short_cases("crm.activity.todo.updateDescription", "value", "New text", COMPLETED),
    *_short_cases("crm.activity.todo.updateColor", "colorId", "5", COLOR_COMPLETED),
    ("crm.activity.todo.updateColor", lambda i: {**DEAL, "id": i["todo"], "colorId": 5},
     wrong_type("5", "colorId", "string")),
    ("crm.activity.todo.updateColor", lambda i: {**DEAL, "id": i["done"], "colorId": "9"}, COLOR_COMPLETED),
    ("crm.activity.todo.updateColor", lambda i: {**DEAL, "id": i["todo"], "colorId": "9"}, WRONG_COLOR),
    ("crm.activity.todo.updateColor", lambda i: {**DEAL, "id": i["todo"], "colorId": "red"}, WRONG_COLOR),
    *_short_cases("crm.activity.todo.updateResponsibleUser", "responsibleId", 4, RESPONSIBLE_COMPLETED),
    ("crm.activity.todo.updateResponsibleUser", lambda i: {**DEAL, "id": i["done"], "responsibleId": 0},
     RESPONSIBLE_COMPLETED),
    ("crm.activity.todo.updateResponsibleUser", lambda i: {**DEAL, "id": i["todo"], "responsibleId": 0},
     RESPONSIBLE_ZERO),
    ("crm.activity.todo.updateResponsibleUser", lambda i: {**DEAL, "id": i["todo"], "responsibleId": -4},
     RESPONSIBLE_ZERO),
]


@pytest.mark.parametrize("method, make, expected", SHORT_CASES)
async def test_single_field_errors_in_documented_order(call: Call, portal: SandboxPortal, ids: dict[str, int],
                                                       method: str, make: Any, expected: dict[str, str]) -> None:
    await expect_error(call, portal, method, make(ids), expected, ids["todo"])


@pytest.mark.parametrize("method, extra", [
    ("crm.activity.todo.update", {"deadline": LATER}),
    ("crm.activity.todo.updateDeadline", {"value": LATER}),
    ("crm.activity.todo.updateDescription", {"value": "x"}),
    ("crm.activity.todo.updateColor", {"colorId": "2"}),
    ("crm.activity.todo.updateResponsibleUser", {"responsibleId": 3}),
])
async def test_owner_deleted_meanwhile_gives_owner_not_found(call: Call, portal: SandboxPortal, todo: int,
                                                             method: str, extra: dict[str, Any]) -> None:
    assert portal.db.delete_item(2, 1) is True
    await expect_error(call, portal, method, {**DEAL, "id": todo, **extra}, OWNER_NOT_FOUND, todo)


# ---------------------------------------------------------------------------------- results


async def ok(call: Call, method: str, params: dict[str, Any], activity_id: int) -> None:
    response = await call(method, params)
    assert response.status_code == 200, response.text
    assert response.json()["result"] == {"id": activity_id}


class MovableNow:
    """The portal's "now": starts at the shared NOW, ``advance`` moves it on."""

    def __init__(self) -> None:
        self.value = NOW

    def __call__(self) -> datetime:
        return self.value


@pytest.fixture
def now() -> MovableNow:
    return MovableNow()


@pytest.fixture
def portal(now: MovableNow) -> Iterator[SandboxPortal]:
    """The shared portal, with a clock the test can move on (overrides conftest's ``portal``)."""
    portal = SandboxPortal(now=now)
    yield portal
    portal.close()


@pytest.fixture
def later_clock(now: MovableNow, portal: SandboxPortal) -> str:
    """Move the portal clock one hour on (after the fixtures' todo exists); the new "now" as printed."""
    now.value = NOW + timedelta(hours=1)
    return portal.clock.now().isoformat()


async def test_update_replaces_the_content(call: Call, portal: SandboxPortal, todo: int, later_clock: str) -> None:
    await ok(call, "crm.activity.todo.update", {
        **DEAL, "id": todo, "deadline": "2025-02-07 09:30", "title": "Send the signed quote",
        "description": "[b]Version 3[/b]", "responsibleId": 4, "colorId": "6", "pingOffsets": [60, "x", 60, 0]}, todo)
    got = await get(call, todo)
    assert {key: got[key] for key in ("SUBJECT", "DESCRIPTION", "DEADLINE", "START_TIME", "END_TIME",
                                      "RESPONSIBLE_ID", "SETTINGS", "LAST_UPDATED", "CREATED", "EDITOR_ID")} == {
        "SUBJECT": "Send the signed quote", "DESCRIPTION": "[b]Version 3[/b]",
        "DEADLINE": "2025-02-07T09:30:00+03:00", "START_TIME": "2025-02-07T09:30:00+03:00",
        "END_TIME": "2025-02-07T09:30:00+03:00", "RESPONSIBLE_ID": "4", "SETTINGS": {"COLOR": "6"},
        "LAST_UPDATED": later_clock, "CREATED": "2025-02-03T12:30:00+03:00", "EDITOR_ID": "1"}
    assert portal.db.activity(todo)["ping_offsets"] == [60, 0]


async def test_update_without_title_and_description_blanks_them(call: Call, portal: SandboxPortal, todo: int) -> None:
    await ok(call, "crm.activity.todo.update", {**DEAL, "id": todo, "deadline": LATER}, todo)
    got = await get(call, todo)
    assert (got["SUBJECT"], got["DESCRIPTION"], got["DEADLINE"]) == ("", "", LATER)
    # omitted responsible, colour and reminders are kept
    assert (got["RESPONSIBLE_ID"], got["SETTINGS"]) == ("1", {"COLOR": "3"})
    assert portal.db.activity(todo)["ping_offsets"] == [0, 15]


async def test_update_with_empty_ping_offsets_removes_the_reminders(call: Call, portal: SandboxPortal,
                                                                    todo: int) -> None:
    await ok(call, "crm.activity.todo.update", {**DEAL, "id": todo, "deadline": LATER, "pingOffsets": []}, todo)
    assert portal.db.activity(todo)["ping_offsets"] == []


async def test_update_through_a_secondary_binding(call: Call, portal: SandboxPortal, todo: int) -> None:
    response = await call("crm.activity.binding.add", {"activityId": todo, "entityTypeId": 3, "entityId": 5})
    assert response.json()["result"] is True
    await ok(call, "crm.activity.todo.update", {"ownerTypeId": 3, "ownerId": 5, "id": todo, "deadline": LATER,
                                                "title": "From the contact"}, todo)
    assert (await get(call, todo))["SUBJECT"] == "From the contact"


async def test_update_deadline_moves_the_todo_and_its_reminders(call: Call, portal: SandboxPortal, todo: int,
                                                                later_clock: str) -> None:
    await ok(call, "crm.activity.todo.updateDeadline", {**DEAL, "id": todo, "value": "2025-02-10T08:00:00Z"}, todo)
    got = await get(call, todo)
    assert (got["DEADLINE"], got["START_TIME"], got["END_TIME"]) == ("2025-02-10T11:00:00+03:00",) * 3
    assert (got["SUBJECT"], got["DESCRIPTION"], got["LAST_UPDATED"]) == ("Send the quote", "Version 2", later_clock)
    # offsets are minutes before the deadline: the reminders now fire at 11:00 and 10:45 on 10 February
    assert portal.db.activity(todo)["ping_offsets"] == [0, 15]
    listed = (await call("crm.activity.list", {"filter": {"ID": todo, ">=DEADLINE": "2025-02-10T00:00:00"},
                                               "select": ["ID"]})).json()["result"]
    assert listed == [{"ID": str(todo)}]


async def test_update_description_changes_only_the_description(call: Call, todo: int) -> None:
    await ok(call, "crm.activity.todo.updateDescription", {**DEAL, "id": todo, "value": ""}, todo)
    got = await get(call, todo)
    assert (got["DESCRIPTION"], got["SUBJECT"], got["DEADLINE"]) == ("", "Send the quote", "2025-02-05T15:00:00+03:00")


@pytest.mark.parametrize("color, settings", [("7", {"COLOR": "7"}), ("default", []), ("", []), (None, [])])
async def test_update_color(call: Call, todo: int, color: str | None, settings: Any) -> None:
    await ok(call, "crm.activity.todo.updateColor", {**DEAL, "id": todo, "colorId": color}, todo)
    assert (await get(call, todo))["SETTINGS"] == settings


async def test_update_responsible_user(call: Call, todo: int, later_clock: str) -> None:
    await ok(call, "crm.activity.todo.updateResponsibleUser", {**DEAL, "id": todo, "responsibleId": "5"}, todo)
    got = await get(call, todo)
    assert (got["RESPONSIBLE_ID"], got["AUTHOR_ID"], got["LAST_UPDATED"]) == ("5", "1", later_clock)


async def test_method_names_are_case_insensitive(call: Call, todo: int) -> None:
    await ok(call, "crm.activity.todo.updatedeadline", {**DEAL, "id": todo, "value": LATER}, todo)
    assert (await get(call, todo))["DEADLINE"] == LATER
