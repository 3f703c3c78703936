"""Configurable activities (controller ``Bitrix\\Crm\\Controller\\Activity\\Configurable``):
``crm.activity.configurable.add``, ``.update``, ``.get`` (api-spec.md §4.12, server-behaviour.md §1.7).

Controller conventions: camelCase parameters bound by exact name (code ``100``), symbolic codes,
HTTP 400, only the first error. The layout is judged by the app's own validator
(:func:`desktop_app.sandbox.layouts.check_layout`, kind ``"layout"``) and stored normalised in
``activity_layout`` and, as on the portal, as JSON in ``PROVIDER_DATA`` (so ``crm.activity.list``
shows it to a webhook too).

Stored activity: ``TYPE_ID`` 6, ``PROVIDER_ID`` ``CONFIGURABLE_REST_APP``, ``PROVIDER_TYPE_ID`` = ``typeId``
(``CONFIGURABLE``), ``SUBJECT`` = the header title (``en``, else the first translation),
``START_TIME`` = ``END_TIME`` = the deadline (``DEADLINE`` the max date without one or when incoming),
``PROVIDER_PARAMS`` = ``{"clientId", "badgeCode"}``, one binding = the owner; ``onCrmActivityAdd`` /
``onCrmActivityUpdate`` recorded (``sandbox/events.py``).

Sandbox choices [INF]:

* ``configurable.get`` from a webhook answers ``ERROR_WRONG_CONTEXT`` (the docs list it; the source read has
  no such check, server-behaviour.md §1.7 [src≠docs]); any application may read any configurable activity.
* A missing owner item answers ``ACCESS_DENIED`` / ``Access denied`` (the portal's permission check on an
  item that does not exist); there is no other permission model.
* ``typeId`` on **update** is checked like on add (a type of the creating app, or ``CONFIGURABLE``) and must
  equal the stored one (``CANT_CHANGE_PROVIDER_TYPE_ID``); the source read would refuse any non-default
  ``typeId`` on update (a quirk inferred from code, not reproduced).
* An empty ``layout`` on update keeps the stored one (only ``add`` requires it).
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from desktop_app.layout import resolve_text

from ..app_store import load_badge, wrong_context
from ..errors import ControllerError, item_not_found, wrong_datetime_format
from ..events import ONCRMACTIVITYADD, ONCRMACTIVITYUPDATE, record
from ..layouts import check_layout, load_layout, store_layout
from ..params import Arg, bind_arguments
from ..registry import MethodContext, rest_method
from ..wire import is_php_array, php_empty, php_intval, php_items, php_str
from .activity_input import compute_deadline
from .todo import is_correct_entity_type_id

__all__ = ["CONFIGURABLE_PROVIDER", "DEFAULT_TYPE_ID", "owner_identifier"]

CONFIGURABLE_PROVIDER = "CONFIGURABLE_REST_APP"
DEFAULT_TYPE_ID = "CONFIGURABLE"
_CONTEXT_TEXT = "This method can only be called in the context of a REST application."

_ADD_ARGS = [Arg("ownerTypeId", "int"), Arg("ownerId", "int"), Arg("fields", "array"), Arg("layout", "array")]
_UPDATE_ARGS = [Arg("id", "int"), Arg("fields", "array", None, nullable=True),
                Arg("layout", "array", None, nullable=True)]
_GET_ARGS = [Arg("id", "int")]

#: ``completed`` / ``isIncomingChannel`` values the controller accepts (strict comparison), and the true ones.
_BOOL_STRINGS = {"Y": True, "y": True, "1": True, "true": True, "N": False, "n": False, "0": False, "false": False}


def owner_identifier(owner_type_id: int, owner_id: int) -> None:
    """``new ItemIdentifier(ownerTypeId, ownerId)``: a bad type or ``ownerId ≤ 0`` → code ``100``
    (the messages of server-behaviour.md §1.6)."""
    if not is_correct_entity_type_id(owner_type_id):
        raise ControllerError("100", "The provided $entityTypeId is invalid")
    if owner_id <= 0:
        raise ControllerError("100", "The value of an argument 'The provided $entityId is invalid' is outside "
                                     "the allowable range of values: not less than 1")


def _wrong_value(field: str) -> ControllerError:
    return ControllerError("WRONG_FIELD_VALUE", f"The value of {field} is incorrect.")


def _bool_value(value: Any) -> bool | None:
    """The controller's strict true/false list; ``None`` for anything else (``"TRUE"``, ``2``, ``1.0`` …)."""
    if isinstance(value, bool):
        return value
    if type(value) is int and value in (0, 1):
        return value == 1
    if isinstance(value, str):
        return _BOOL_STRINGS.get(value)
    return None


def _check_fields(ctx: MethodContext, fields: dict[str, Any], client_id: str) -> None:
    """The ``fields`` checks of ``saveActivity`` in the source's order (server-behaviour.md §1.7 step 3)."""
    for name in ("completed", "isIncomingChannel"):
        if fields.get(name) is not None and _bool_value(fields[name]) is None:
            raise _wrong_value(name)
    incoming = fields.get("isIncomingChannel")
    if incoming is not None and _bool_value(incoming) and not php_empty(fields.get("deadline")):
        raise ControllerError("INCOMING_ACTIVITY_CAN_NOT_BE_WITH_DEADLINE", "Incoming activity cannot have a deadline")
    if fields.get("pingOffsets") is not None:
        offsets = fields["pingOffsets"]
        if not is_php_array(offsets):
            raise _wrong_value("pingOffsets")
        for index, item in php_items(offsets):
            if is_php_array(item) or item is None or php_intval(item) < 0:
                raise _wrong_value(f"pingOffsets[{index}]")
    if fields.get("responsibleId") is not None and (is_php_array(fields["responsibleId"])
                                                   or php_intval(fields["responsibleId"]) <= 0):
        raise _wrong_value("responsibleId")
    badge = fields.get("badgeCode")
    if not php_empty(badge) and (is_php_array(badge) or load_badge(ctx.db, php_str(badge)) is None):
        raise _wrong_value("badgeCode")
    if "typeId" in fields and fields["typeId"] is not None:
        type_id = fields["typeId"]
        if not isinstance(type_id, str) or type_id == "":
            raise _wrong_value("typeId")
        if type_id != DEFAULT_TYPE_ID and ctx.db.scalar(
                "SELECT 1 FROM activity_app_type WHERE client_id = ? AND type_id = ? AND is_configurable = 'Y'",
                (client_id, type_id)) is None:
            raise _wrong_value("typeId")


def _deadline(ctx: MethodContext, fields: dict[str, Any]) -> int | None:
    """``deadline`` (only when non-empty) as Unix seconds; unreadable → ``WRONG_DATETIME_FORMAT``."""
    value = fields.get("deadline")
    if php_empty(value):
        return None
    parsed = ctx.clock.parse(value) if isinstance(value, str) else None
    if parsed is None:
        raise wrong_datetime_format()
    return parsed


def _ping_offsets(value: Any) -> list[int]:
    offsets: list[int] = []
    for _, item in php_items(value):
        minutes = php_intval(item)
        if minutes not in offsets:
            offsets.append(minutes)
    return offsets


def _optional_text(fields: dict[str, Any], name: str) -> str | None:
    value = fields.get(name)
    return None if value is None or is_php_array(value) else php_str(value)


def _layout_values(layout: dict[str, Any]) -> dict[str, Any]:
    """``SUBJECT`` and ``PROVIDER_DATA`` from a normalised layout."""
    title = resolve_text(layout.get("header", {}).get("title"), "en")
    return {"subject": title, "provider_data": json.dumps(layout, ensure_ascii=False, separators=(",", ":"))}


def _require_owner(ctx: MethodContext, owner_type_id: int, owner_id: int) -> None:
    if not ctx.db.item_exists(owner_type_id, owner_id):
        raise ControllerError("ACCESS_DENIED", "Access denied")


@rest_method("crm.activity.configurable.add")
def configurable_add(ctx: MethodContext) -> dict[str, Any]:
    """Create a configurable activity; ``{"activity": {"id": <int>}}`` (api-spec.md §4.12.1).

    Order (server-behaviour.md §1.7): binder ``100`` (``ownerTypeId``, ``ownerId``, ``fields``, ``layout``
    all required; ``fields``/``layout`` arrays) → owner identifier ``100`` → ``ERROR_WRONG_CONTEXT`` (no
    application: a webhook) → ``fields``: ``WRONG_FIELD_VALUE`` (``completed``, ``isIncomingChannel``),
    ``INCOMING_ACTIVITY_CAN_NOT_BE_WITH_DEADLINE``, ``WRONG_FIELD_VALUE`` (``pingOffsets``,
    ``pingOffsets[i]``, ``responsibleId``, ``badgeCode``, ``typeId``) → layout: ``ERROR_EMPTY_LAYOUT`` or the
    validator's first error → ``WRONG_DATETIME_FORMAT`` (``deadline``) → ``ACCESS_DENIED`` (owner missing).
    """
    args = bind_arguments(ctx.params, _ADD_ARGS)
    owner_type_id, owner_id = args["ownerTypeId"], args["ownerId"]
    owner_identifier(owner_type_id, owner_id)
    client_id = ctx.principal.app_client_id
    if client_id is None:
        raise wrong_context(_CONTEXT_TEXT)
    fields = dict(php_items(args["fields"]))
    _check_fields(ctx, fields, client_id)
    layout = check_layout(args["layout"], "layout")
    deadline = _deadline(ctx, fields)
    _require_owner(ctx, owner_type_id, owner_id)

    completed = bool(_bool_value(fields.get("completed")))
    incoming = bool(_bool_value(fields.get("isIncomingChannel")))
    type_id = fields.get("typeId") or DEFAULT_TYPE_ID
    badge = "" if php_empty(fields.get("badgeCode")) else php_str(fields["badgeCode"])
    responsible = php_intval(fields["responsibleId"]) if fields.get("responsibleId") is not None else ctx.user_id
    now = ctx.clock.now_ts()
    values = {
        "owner_id": owner_id, "owner_type_id": owner_type_id, "type_id": 6,
        "provider_id": CONFIGURABLE_PROVIDER, "provider_type_id": type_id, "provider_group_id": None,
        "associated_entity_id": 0, "created": now, "last_updated": now,
        "start_time": deadline, "end_time": deadline,
        "deadline": compute_deadline(ctx.clock, 6, CONFIGURABLE_PROVIDER, deadline, deadline, incoming),
        "completed": "Y" if completed else "N", "status": 2 if completed else 1,
        "responsible_id": responsible, "priority": 1, "notify_type": 0, "notify_value": 0,
        "description": "", "description_type": 1, "direction": 0, "location": "", "settings": {},
        "originator_id": _optional_text(fields, "originatorId"), "origin_id": _optional_text(fields, "originId"),
        "author_id": ctx.user_id, "editor_id": ctx.user_id,
        "provider_params": {"clientId": client_id, "badgeCode": badge},
        "result_mark": 0, "result_value": None, "result_sum": None, "result_currency_id": None,
        "result_status": 0, "result_stream": 0, "result_source_id": None, "autocomplete_rule": 0,
        "is_incoming_channel": "Y" if incoming else "N", "parent_id": None, "color_id": None,
        **_layout_values(layout),
    }
    offsets = _ping_offsets(fields["pingOffsets"]) if fields.get("pingOffsets") is not None else []
    with ctx.db.transaction():
        activity_id = ctx.db.insert_activity(values, [(owner_type_id, owner_id)], ping_offsets=offsets)
        store_layout(ctx.db, activity_id, layout, kind="layout")
        record(ctx.portal, ONCRMACTIVITYADD, activity_id, ctx.user_id)
    return {"activity": {"id": activity_id}}


def _load(ctx: MethodContext, activity_id: int) -> sqlite3.Row:
    row = ctx.db.query_one("SELECT * FROM activity WHERE id = ? AND provider_id = ?",
                           (activity_id, CONFIGURABLE_PROVIDER))
    if row is None:
        raise item_not_found()
    return row


def _creator(row: sqlite3.Row) -> str | None:
    try:
        params = json.loads(row["provider_params"] or "{}")
    except ValueError:
        return None
    return params.get("clientId") if isinstance(params, dict) else None


@rest_method("crm.activity.configurable.update")
def configurable_update(ctx: MethodContext) -> dict[str, Any]:
    """Change a configurable activity; ``{"activity": {"id": <int>}}`` (api-spec.md §4.12.2).

    Order (server-behaviour.md §1.7): binder ``100`` (``id`` required; ``fields``/``layout`` optional arrays)
    → ``NOT_FOUND`` (no such configurable activity) → ``ERROR_WRONG_CONTEXT`` (webhook) →
    ``ERROR_WRONG_APPLICATION`` / ``Activity can only be updated by the app that created it.`` → the
    ``fields`` checks of add → layout validation (a non-empty layout replaces the stored one) →
    ``WRONG_DATETIME_FORMAT`` → ``ACCESS_DENIED`` (owner gone) → ``CANT_CHANGE_PROVIDER_TYPE_ID`` /
    ``Type of activity cannot be changed.``. Fields not passed keep their values.
    """
    args = bind_arguments(ctx.params, _UPDATE_ARGS)
    row = _load(ctx, args["id"])
    client_id = ctx.principal.app_client_id
    if client_id is None:
        raise wrong_context(_CONTEXT_TEXT)
    if _creator(row) != client_id:
        raise ControllerError("ERROR_WRONG_APPLICATION", "Activity can only be updated by the app that created it.")
    fields = dict(php_items(args["fields"])) if args["fields"] is not None else {}
    _check_fields(ctx, fields, client_id)
    layout = check_layout(args["layout"], "layout") if args["layout"] else None
    deadline = _deadline(ctx, fields)
    _require_owner(ctx, int(row["owner_type_id"]), int(row["owner_id"]))
    if fields.get("typeId") is not None and fields["typeId"] != row["provider_type_id"]:
        raise ControllerError("CANT_CHANGE_PROVIDER_TYPE_ID", "Type of activity cannot be changed.")

    changes: dict[str, Any] = {}
    params = json.loads(row["provider_params"] or "{}")
    if fields.get("completed") is not None:
        completed = bool(_bool_value(fields["completed"]))
        changes.update(completed="Y" if completed else "N", status=2 if completed else 1)
    incoming = row["is_incoming_channel"] == "Y"
    if fields.get("isIncomingChannel") is not None:
        incoming = bool(_bool_value(fields["isIncomingChannel"]))
        changes["is_incoming_channel"] = "Y" if incoming else "N"
    end = row["end_time"]
    if deadline is not None:
        changes["start_time"] = changes["end_time"] = end = deadline
    changes["deadline"] = compute_deadline(ctx.clock, 6, CONFIGURABLE_PROVIDER, end, end, incoming)
    if fields.get("responsibleId") is not None:
        changes["responsible_id"] = php_intval(fields["responsibleId"])
    if "badgeCode" in fields:
        params["badgeCode"] = "" if php_empty(fields["badgeCode"]) else php_str(fields["badgeCode"])
        changes["provider_params"] = json.dumps(params)
    for name, column in (("originatorId", "originator_id"), ("originId", "origin_id")):
        if name in fields:
            changes[column] = _optional_text(fields, name)
    if layout is not None:
        changes.update(_layout_values(layout))
    changes.update(last_updated=ctx.clock.now_ts(), editor_id=ctx.user_id)
    activity_id = int(row["id"])
    with ctx.db.transaction():
        ctx.db.update_activity(activity_id, **changes)
        if fields.get("pingOffsets") is not None:
            ctx.db.set_ping_offsets(activity_id, _ping_offsets(fields["pingOffsets"]))
        if layout is not None:
            store_layout(ctx.db, activity_id, layout, kind="layout")
        record(ctx.portal, ONCRMACTIVITYUPDATE, activity_id, ctx.user_id)
    return {"activity": {"id": activity_id}}


@rest_method("crm.activity.configurable.get")
def configurable_get(ctx: MethodContext) -> dict[str, Any]:
    """A configurable activity as ``{"activity": {id, ownerTypeId, ownerId, fields, layout}}`` (api-spec.md
    §4.12.3, server-behaviour.md §1.7).

    Order: binder ``100`` → ``ERROR_WRONG_CONTEXT`` (webhook; docs) → ``NOT_FOUND`` / ``Item was not found.``
    (missing, or not a configurable activity). ``fields``: ``typeId``, ``completed`` (bool), ``deadline``
    (ISO 8601 with the portal offset, ``null`` for none/the max date), ``pingOffsets`` (minutes),
    ``isIncomingChannel`` (bool), ``responsibleId``, ``badgeCode`` (``""`` for none), ``originatorId``,
    ``originId`` (``null`` when not set); ``layout`` as stored (normalised).
    """
    args = bind_arguments(ctx.params, _GET_ARGS)
    if ctx.principal.app_client_id is None:
        raise wrong_context(_CONTEXT_TEXT)
    row = _load(ctx, args["id"])
    activity_id = int(row["id"])
    params = json.loads(row["provider_params"] or "{}")
    deadline = row["deadline"]
    offsets = [int(r[0]) for r in ctx.db.query(
        "SELECT offset_minutes FROM activity_ping WHERE activity_id = ? ORDER BY sort", (activity_id,))]
    return {"activity": {
        "id": activity_id, "ownerTypeId": int(row["owner_type_id"]), "ownerId": int(row["owner_id"]),
        "fields": {
            "typeId": row["provider_type_id"] or DEFAULT_TYPE_ID,
            "completed": row["completed"] == "Y",
            "deadline": None if deadline is None or deadline >= ctx.clock.max_date_ts() else ctx.clock.format(deadline),
            "pingOffsets": offsets,
            "isIncomingChannel": row["is_incoming_channel"] == "Y",
            "responsibleId": int(row["responsible_id"] or 0),
            "badgeCode": params.get("badgeCode") or "",
            "originatorId": row["originator_id"],
            "originId": row["origin_id"],
        },
        "layout": load_layout(ctx.db, activity_id, kind="layout"),
    }}
