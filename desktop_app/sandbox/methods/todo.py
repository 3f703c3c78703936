"""Universal activities (controller ``Bitrix\\Crm\\Controller\\Activity\\ToDo``): ``crm.activity.todo.add``.

Controller conventions: camelCase parameters bound by exact name, symbolic error codes, HTTP 400,
native JSON result ``{"id": <int>}`` (api-spec.md §4.9.1, server-behaviour.md §1.6).
"""

from __future__ import annotations

from typing import Any

from ..errors import item_not_found, owner_not_found, wrong_datetime_format
from ..events import ONCRMACTIVITYADD, ONCRMACTIVITYUPDATE, record
from ..params import Arg, bind_arguments
from ..registry import MethodContext, rest_method
from ..wire import is_php_array, php_intval, php_is_numeric, php_items

#: Palette of ``colorId`` (server-behaviour.md §4.9): ``default`` and ``1``…``7``.
#: Kept here rather than imported from the client so the sandbox stays an independent reference.
TODO_PALETTE = ("default", "1", "2", "3", "4", "5", "6", "7")

_ADD_ARGS = [
    Arg("ownerTypeId", "int"),
    Arg("ownerId", "int"),
    Arg("deadline", "string"),
    Arg("title", "string", ""),
    Arg("description", "string", ""),
    Arg("responsibleId", "int", None, nullable=True),
    Arg("parentActivityId", "int", None, nullable=True),
    Arg("fileTokens", "array", []),
    Arg("settings", "array", []),
    Arg("pingOffsets", "array", []),
    Arg("colorId", "string", None, nullable=True),
    Arg("isCopy", "bool", False),
]


def is_correct_entity_type_id(entity_type_id: int) -> bool:
    """``CCrmOwnerType::isCorrectEntityTypeId``: static 1–41, 1024, dynamic/suspended 128–255, ≥ 1030."""
    return 1 <= entity_type_id <= 41 or entity_type_id == 1024 or 128 <= entity_type_id <= 255 \
        or entity_type_id >= 1030


def filter_ping_offsets(value: Any) -> list[int]:
    """``PingSettingsProvider::filterOffsets``: drop non-numeric and negative values and duplicates."""
    offsets: list[int] = []
    for _, item in php_items(value) if is_php_array(value) else []:
        if not php_is_numeric(item):
            continue
        minutes = php_intval(item)
        if minutes >= 0 and minutes not in offsets:
            offsets.append(minutes)
    return offsets


@rest_method("crm.activity.todo.add")
def todo_add(ctx: MethodContext) -> dict[str, int]:
    """Create a todo (TYPE_ID 6, ``CRM_TODO``/``TODO``) and return ``{"id": <int>}``.

    Checks, in the server's order (server-behaviour.md §1.6):
    1. binder → ``100`` (missing parameter / wrong type, in declaration order);
    2. ``ownerTypeId`` not a valid entity type or ``ownerId ≤ 0`` → ``NOT_FOUND`` / ``Item was not found.``;
    3. ``deadline`` unreadable → ``WRONG_DATETIME_FORMAT`` / ``Incorrect date format.``;
    4. the owner item does not exist → ``OWNER_NOT_FOUND`` / ``Owner was not found`` (docs code; the
       source read does not check existence, api-spec.md §4.9.1 lists it);
    then silently: a missing parent becomes null, ping offsets are filtered, an unknown ``colorId`` is
    ignored. A valid parent passes its bindings to the new todo and is completed.
    """
    args = bind_arguments(ctx.params, _ADD_ARGS)
    owner_type_id, owner_id = args["ownerTypeId"], args["ownerId"]
    if not is_correct_entity_type_id(owner_type_id) or owner_id <= 0:
        raise item_not_found()
    deadline = ctx.clock.parse(args["deadline"])
    if deadline is None:
        raise wrong_datetime_format()
    if not ctx.db.item_exists(owner_type_id, owner_id):
        raise owner_not_found()

    parent = None
    if args["parentActivityId"]:
        parent = ctx.db.query_one("SELECT id FROM activity WHERE id = ?", (args["parentActivityId"],))
    ping_offsets = filter_ping_offsets(args["pingOffsets"])
    color_id = args["colorId"] if args["colorId"] in TODO_PALETTE else None

    bindings = [(owner_type_id, owner_id)]
    associated_entity_id = 0
    parent_id = None
    if parent is not None:
        parent_id = int(parent["id"])
        parent_bindings = ctx.db.binding_pairs(parent_id)
        if parent_bindings:
            bindings = parent_bindings
            if (owner_type_id, owner_id) in parent_bindings:
                associated_entity_id = parent_id
            else:  # [inferred] the owner comes from the parent's first binding
                owner_type_id, owner_id = parent_bindings[0]

    now = ctx.clock.now_ts()
    values = {
        "owner_id": owner_id, "owner_type_id": owner_type_id, "type_id": 6,
        "provider_id": "CRM_TODO", "provider_type_id": "TODO", "provider_group_id": None,
        "associated_entity_id": associated_entity_id, "subject": args["title"],
        "created": now, "last_updated": now,
        "start_time": deadline, "end_time": deadline, "deadline": deadline,
        "completed": "N", "status": 1,
        "responsible_id": args["responsibleId"] or ctx.user_id,
        "priority": 1, "notify_type": 0, "notify_value": 0,
        "description": args["description"], "description_type": 2, "direction": 0, "location": "",
        "settings": {}, "originator_id": None, "origin_id": None,
        "author_id": ctx.user_id, "editor_id": ctx.user_id, "provider_params": {}, "provider_data": None,
        "result_mark": 0, "result_value": None, "result_sum": None, "result_currency_id": None,
        "result_status": 0, "result_stream": 0, "result_source_id": None, "autocomplete_rule": 0,
        "is_incoming_channel": "N", "parent_id": parent_id, "color_id": color_id,
    }
    with ctx.db.transaction():
        activity_id = ctx.db.insert_activity(values, bindings, ping_offsets=ping_offsets)
        record(ctx.portal, ONCRMACTIVITYADD, activity_id, ctx.user_id)
        if parent_id is not None:
            # Creating a todo with a valid parent completes the parent (CCrmActivity::Complete).
            ctx.db.update_activity(parent_id, completed="Y", status=2, last_updated=now, editor_id=ctx.user_id)
            record(ctx.portal, ONCRMACTIVITYUPDATE, parent_id, ctx.user_id)
    return {"id": activity_id}
