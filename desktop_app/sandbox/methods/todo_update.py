"""Todo updates (controller ``Bitrix\\Crm\\Controller\\Activity\\ToDo``): ``crm.activity.todo.update``,
``.updateDeadline``, ``.updateDescription``, ``.updateColor``, ``.updateResponsibleUser``.

All return ``{"id": <int>}`` and answer errors as controllers do: HTTP 400, symbolic code (api-spec.md
§4.9.2–4.9.6, server-behaviour.md §1.6). Every method first binds its parameters (code ``100``), then
loads the todo (:func:`load_todo`); a successful change sets ``LAST_UPDATED`` (now) and ``EDITOR_ID``
(the calling user).

Codes: where the source read answers code-less (``"error": "0"``) and the docs give a symbolic code, the
sandbox uses the documented code (the cloud portal is newer than the source read):
``CAN_NOT_UPDATE_COMPLETED_TODO``, ``CAN_NOT_UPDATE_COLOR_COMPLETED_TODO``,
``CAN_NOT_UPDATE_WRONG_COLOR_TODO``, ``CAN_NOT_UPDATE_RESPONSIBLE_USER_COMPLETED_TODO``,
``INVALID_ARG_VALUE``. Likewise ``id`` is required (docs); the source declares it ``int $id = null``
and would fail with a PHP TypeError.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import ControllerError, item_not_found, missing_parameter, owner_not_found, wrong_datetime_format
from ..events import ONCRMACTIVITYUPDATE, record
from ..params import Arg, bind_arguments
from ..registry import MethodContext, rest_method
from .todo import TODO_PALETTE, filter_ping_offsets, is_correct_entity_type_id

__all__ = ["load_todo"]

_IDS = [Arg("ownerTypeId", "int"), Arg("ownerId", "int"), Arg("id", "int")]

# Declaration order of ToDo::updateAction: the owner, the deadline, then id (server-behaviour.md §1.6).
_UPDATE_ARGS = [
    Arg("ownerTypeId", "int"),
    Arg("ownerId", "int"),
    Arg("deadline", "string"),
    Arg("id", "int"),
    Arg("title", "string", ""),
    Arg("description", "string", ""),
    Arg("responsibleId", "int", None, nullable=True),
    Arg("parentActivityId", "int", None, nullable=True),
    Arg("fileTokens", "array", []),
    Arg("settings", "array", []),
    Arg("pingOffsets", "array", None, nullable=True),
    Arg("colorId", "string", None, nullable=True),
]

#: ``colorId`` values of ``updateColor`` that mean "the default colour" (undocumented, api-spec.md §6 #29).
_DEFAULT_COLOR_VALUES = ("", "default")


def _completed(message: str = "Cannot edit completed activity.") -> ControllerError:
    # Source message of the save step; the docs give the code (api-spec.md §4.9.2).
    return ControllerError("CAN_NOT_UPDATE_COMPLETED_TODO", message)


def load_todo(ctx: MethodContext, owner_type_id: int, owner_id: int, activity_id: int) -> sqlite3.Row:
    """``ToDo::loadEntity``: the todo ``activity_id`` bound to ``(owner_type_id, owner_id)``.

    Raises, in this order:
        ControllerError ``100``: ``The provided $entityTypeId is invalid`` (type not a CRM type) or the
            out-of-range message for ``ownerId ≤ 0`` (``new ItemIdentifier``, server-behaviour.md §1.6).
        ControllerError ``NOT_FOUND`` / ``Item was not found.``: no activity with this id, not a
            ``CRM_TODO``, or not bound to the owner.
        ControllerError ``OWNER_NOT_FOUND`` / ``Owner was not found``: the todo is bound to the owner but
            the owner item no longer exists (docs code, api-spec.md §4.9.2; the source does not check).
    """
    if not is_correct_entity_type_id(owner_type_id):
        raise ControllerError("100", "The provided $entityTypeId is invalid")
    if owner_id <= 0:
        raise ControllerError("100", "The value of an argument 'The provided $entityId is invalid' is outside "
                                     "the allowable range of values: not less than 1")
    row = ctx.db.query_one(
        "SELECT a.* FROM activity a JOIN activity_binding b ON b.activity_id = a.id "
        "AND b.owner_type_id = ? AND b.owner_id = ? WHERE a.id = ? AND a.provider_id = 'CRM_TODO'",
        (owner_type_id, owner_id, activity_id))
    if row is None:
        raise item_not_found()
    if not ctx.db.item_exists(owner_type_id, owner_id):
        raise owner_not_found()
    return row


def _save(ctx: MethodContext, activity_id: int, ping_offsets: list[int] | None = None,
          **values: Any) -> dict[str, int]:
    with ctx.db.transaction():
        ctx.db.update_activity(activity_id, **values, last_updated=ctx.clock.now_ts(), editor_id=ctx.user_id)
        record(ctx.portal, ONCRMACTIVITYUPDATE, activity_id, ctx.user_id)
        if ping_offsets is not None:
            ctx.db.set_ping_offsets(activity_id, ping_offsets)
    return {"id": activity_id}


def _bind_ids(ctx: MethodContext, extra: list[Arg]) -> tuple[dict[str, Any], sqlite3.Row]:
    args = bind_arguments(ctx.params, _IDS + extra)
    return args, load_todo(ctx, args["ownerTypeId"], args["ownerId"], args["id"])


@rest_method("crm.activity.todo.update")
def todo_update(ctx: MethodContext) -> dict[str, int]:
    """Replace a todo's content; ``{"id": <int>}`` (api-spec.md §4.9.2, server-behaviour.md §1.6).

    Order: binder ``100`` → :func:`load_todo` → completed → ``CAN_NOT_UPDATE_COMPLETED_TODO`` /
    ``Cannot edit completed activity.`` → ``deadline`` unreadable → ``WRONG_DATETIME_FORMAT``.

    Values: ``title``/``description`` default to ``''`` (omitting them **blanks** SUBJECT/DESCRIPTION, as
    the source's defaults do); the deadline sets START_TIME = END_TIME = DEADLINE; ``responsibleId`` only
    when non-zero; a ``parentActivityId`` that does not exist becomes null (ASSOCIATED_ENTITY_ID = the
    parent only when it is bound to the owner). Sandbox choices: ``pingOffsets`` omitted/null keeps the
    reminders, an array replaces them (filtered as on add); ``colorId`` omitted/null keeps the colour, a
    palette value sets it, anything else is ignored as on add. ``ERROR_PARENT_ACTIVITY_RESTRICT`` is not
    produced: the source's check never fires (server-behaviour.md §1.6) and ``todo.add`` here does not
    raise it either.
    """
    args = bind_arguments(ctx.params, _UPDATE_ARGS)
    row = load_todo(ctx, args["ownerTypeId"], args["ownerId"], args["id"])
    if row["completed"] == "Y":
        raise _completed()
    deadline = ctx.clock.parse(args["deadline"])
    if deadline is None:
        raise wrong_datetime_format()

    values: dict[str, Any] = {"subject": args["title"], "description": args["description"],
                              "start_time": deadline, "end_time": deadline, "deadline": deadline}
    parent = None
    if args["parentActivityId"]:
        parent = ctx.db.query_one("SELECT id FROM activity WHERE id = ?", (args["parentActivityId"],))
    values["parent_id"] = int(parent["id"]) if parent is not None else None
    bound = parent is not None and (args["ownerTypeId"], args["ownerId"]) in ctx.db.binding_pairs(parent["id"])
    values["associated_entity_id"] = int(parent["id"]) if bound else 0
    if args["responsibleId"]:
        values["responsible_id"] = args["responsibleId"]
    if args["colorId"] is not None and args["colorId"] in TODO_PALETTE:
        values["color_id"] = None if args["colorId"] == "default" else args["colorId"]
    offsets = None if args["pingOffsets"] is None else filter_ping_offsets(args["pingOffsets"])
    return _save(ctx, row["id"], offsets, **values)


@rest_method("crm.activity.todo.updateDeadline")
def todo_update_deadline(ctx: MethodContext) -> dict[str, int]:
    """Move a todo's deadline (``value``); ``{"id": <int>}`` (api-spec.md §4.9.4).

    Order: binder ``100`` → :func:`load_todo` → ``WRONG_DATETIME_FORMAT`` → completed →
    ``CAN_NOT_UPDATE_COMPLETED_TODO`` (checked on save, after the date, as in the source). START_TIME,
    END_TIME and DEADLINE move together; reminders keep their offsets, so they follow the new deadline.
    """
    args, row = _bind_ids(ctx, [Arg("value", "string")])
    deadline = ctx.clock.parse(args["value"])
    if deadline is None:
        raise wrong_datetime_format()
    if row["completed"] == "Y":
        raise _completed()
    return _save(ctx, row["id"], start_time=deadline, end_time=deadline, deadline=deadline)


@rest_method("crm.activity.todo.updateDescription")
def todo_update_description(ctx: MethodContext) -> dict[str, int]:
    """Replace a todo's DESCRIPTION with ``value``; ``{"id": <int>}`` (api-spec.md §4.9.5).

    Order: binder ``100`` → :func:`load_todo` → completed → ``CAN_NOT_UPDATE_COMPLETED_TODO``.
    """
    args, row = _bind_ids(ctx, [Arg("value", "string")])
    if row["completed"] == "Y":
        raise _completed()
    return _save(ctx, row["id"], description=args["value"])


@rest_method("crm.activity.todo.updateColor")
def todo_update_color(ctx: MethodContext) -> dict[str, int]:
    """Set a todo's colour (SETTINGS.COLOR); ``{"id": <int>}`` (api-spec.md §4.9.3).

    ``colorId``: ``"1"``…``"7"``; ``""``, JSON ``null`` or ``"default"`` reset to the default colour
    (SETTINGS.COLOR removed) — how to pass the default is undocumented, this is the sandbox's choice.
    Order: binder ``100`` (an absent ``colorId`` is missing; ``null`` is accepted) → :func:`load_todo` →
    completed → ``CAN_NOT_UPDATE_COLOR_COMPLETED_TODO`` / ``Cannot change the colour of a completed
    activity.`` → not in the palette → ``CAN_NOT_UPDATE_WRONG_COLOR_TODO`` / ``Invalid color value``
    (docs codes and texts; the source's English texts were not found).
    """
    args = bind_arguments(ctx.params, _IDS)
    if "colorId" not in ctx.params:
        raise missing_parameter("colorId")
    raw = ctx.params["colorId"]
    color = None if raw is None else bind_arguments(ctx.params, [Arg("colorId", "string")])["colorId"]
    row = load_todo(ctx, args["ownerTypeId"], args["ownerId"], args["id"])
    if row["completed"] == "Y":
        raise ControllerError("CAN_NOT_UPDATE_COLOR_COMPLETED_TODO",
                              "Cannot change the colour of a completed activity.")
    if color is None or color in _DEFAULT_COLOR_VALUES:
        return _save(ctx, row["id"], color_id=None)
    if color not in TODO_PALETTE:
        raise ControllerError("CAN_NOT_UPDATE_WRONG_COLOR_TODO", "Invalid color value")
    return _save(ctx, row["id"], color_id=color)


@rest_method("crm.activity.todo.updateResponsibleUser")
def todo_update_responsible_user(ctx: MethodContext) -> dict[str, int]:
    """Hand a todo to another user (RESPONSIBLE_ID); ``{"id": <int>}`` (api-spec.md §4.9.6).

    Order: binder ``100`` → :func:`load_todo` → completed →
    ``CAN_NOT_UPDATE_RESPONSIBLE_USER_COMPLETED_TODO`` / ``Cannot change responsible person because the
    activity is completed.`` → ``responsibleId ≤ 0`` → ``INVALID_ARG_VALUE`` /
    ``Parameter "responsibleId" must be greater than 0`` (source texts, docs codes).
    """
    args, row = _bind_ids(ctx, [Arg("responsibleId", "int")])
    if row["completed"] == "Y":
        raise ControllerError("CAN_NOT_UPDATE_RESPONSIBLE_USER_COMPLETED_TODO",
                              "Cannot change responsible person because the activity is completed.")
    if args["responsibleId"] <= 0:
        raise ControllerError("INVALID_ARG_VALUE", 'Parameter "responsibleId" must be greater than 0')
    return _save(ctx, row["id"], responsible_id=args["responsibleId"])
