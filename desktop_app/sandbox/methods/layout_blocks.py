"""Additional content blocks of an application on an activity (controller
``Bitrix\\Crm\\Controller\\Activity\\Layout\\Blocks``): ``crm.activity.layout.blocks.set``, ``.get``,
``.delete`` (api-spec.md §4.14, server-behaviour.md §1.11).

One set per (activity, application) in ``activity_layout`` (kind ``rest_app``, ``layouts.py``); ``set``
replaces the caller's set and keeps its place among the applications' sets; an application sees and
changes only its own set. The set is judged by the app's own validator (RestAppLayoutDto, §5.10).

Order of checks, all three methods:

1. the ``CheckRestApplicationContext`` pre-filter, which runs **before** the parameters are bound: a
   webhook (no application) → ``ERROR_WRONG_CONTEXT`` / ``The method call is only possible in the context
   of a REST application`` (docs text);
2. binder ``100`` (``entityTypeId``, ``entityId``, ``activityId`` ints; ``set``: ``layout`` array, default
   ``[]``);
3. ``OWNER_NOT_FOUND`` / ``Owner was not found`` (bad type or ``entityId ≤ 0``) → ``NOT_FOUND`` /
   ``Item was not found.`` (no such activity) → ``OWNER_NOT_FOUND`` (the activity is not bound to that
   entity, or the entity item is gone [docs]);
4. ``set``: ``UNSUITABLE_ACTIVITY_TYPE_ERROR`` / ``This activity type is not supported for adding layout
   blocks`` for a configurable activity (and [INF] the legacy task/system-action types 3 and 5), then
   the layout (``FIELD_IS_REQUIRED`` for a missing ``blocks`` …); ``delete``: ``NOT_FOUND`` when the
   caller stored nothing.

There is no permission model in the sandbox, so ``ACCESS_DENIED`` does not occur. The changes record no
``onCrmActivityUpdate`` event [INF: the portal refreshes the timeline through its push channel instead].
"""

from __future__ import annotations

from typing import Any

from ..app_store import wrong_context
from ..errors import ControllerError, item_not_found, owner_not_found
from ..layouts import check_layout, delete_layout, load_layout, store_layout
from ..params import Arg, bind_arguments
from ..registry import MethodContext, rest_method
from .configurable import CONFIGURABLE_PROVIDER
from .todo import is_correct_entity_type_id

_CONTEXT_TEXT = "The method call is only possible in the context of a REST application"
_IDS = [Arg("entityTypeId", "int"), Arg("entityId", "int"), Arg("activityId", "int")]
#: Legacy activity types no timeline "new style" item exists for [INF]: 3 task, 5 system action.
_UNSUITABLE_TYPES = (3, 5)


def _prepare(ctx: MethodContext, extra: list[Arg]) -> tuple[str, dict[str, Any], Any]:
    client_id = ctx.principal.app_client_id
    if client_id is None:
        raise wrong_context(_CONTEXT_TEXT)
    args = bind_arguments(ctx.params, _IDS + extra)
    entity_type_id, entity_id, activity_id = args["entityTypeId"], args["entityId"], args["activityId"]
    if not is_correct_entity_type_id(entity_type_id) or entity_id <= 0:
        raise owner_not_found()
    row = ctx.db.query_one("SELECT id, type_id, provider_id FROM activity WHERE id = ?", (activity_id,))
    if row is None:
        raise item_not_found()
    if (entity_type_id, entity_id) not in ctx.db.binding_pairs(activity_id) \
            or not ctx.db.item_exists(entity_type_id, entity_id):
        raise owner_not_found()
    return client_id, args, row


@rest_method("crm.activity.layout.blocks.set")
def blocks_set(ctx: MethodContext) -> dict[str, bool]:
    """Store (replace) the caller's content blocks on an activity; ``{"success": true}``. Errors: module docstring."""
    client_id, args, row = _prepare(ctx, [Arg("layout", "array", [])])
    if row["provider_id"] == CONFIGURABLE_PROVIDER or int(row["type_id"] or 0) in _UNSUITABLE_TYPES:
        raise ControllerError("UNSUITABLE_ACTIVITY_TYPE_ERROR",
                              "This activity type is not supported for adding layout blocks")
    layout = check_layout(args["layout"], "rest_app")
    store_layout(ctx.db, int(row["id"]), layout, kind="rest_app", client_id=client_id)
    return {"success": True}


@rest_method("crm.activity.layout.blocks.get")
def blocks_get(ctx: MethodContext) -> dict[str, Any]:
    """The caller's set as ``{"layout": {"blocks": {...}}}``, or ``{"layout": null}`` when it stored none."""
    client_id, _, row = _prepare(ctx, [])
    return {"layout": load_layout(ctx.db, int(row["id"]), kind="rest_app", client_id=client_id)}


@rest_method("crm.activity.layout.blocks.delete")
def blocks_delete(ctx: MethodContext) -> dict[str, bool]:
    """Remove the caller's set; ``{"success": true}``; ``NOT_FOUND`` when there was none."""
    client_id, _, row = _prepare(ctx, [])
    if not delete_layout(ctx.db, int(row["id"]), kind="rest_app", client_id=client_id):
        raise item_not_found()
    return {"success": True}
