"""Activity bindings (controller ``Bitrix\\Crm\\Controller\\Activity\\Binding``): ``crm.activity.binding.add``,
``.move``, ``.list``, ``.delete`` (api-spec.md §4.10, server-behaviour.md §1.8).

A binding puts an activity on a CRM entity's timeline; one of them is the primary owner
(``OWNER_TYPE_ID``/``OWNER_ID``). Controller conventions: parameters bound by exact name (code ``100``),
HTTP 400 with symbolic codes, result ``true`` (``list``: ``[{"entityTypeId": int, "entityId": int}]``
in binding order). Changes set ``LAST_UPDATED`` and ``EDITOR_ID``.

Sandbox choices (flagged [INF] in api-spec.md §4.10):

* ``OWNER_NOT_FOUND`` (a docs code the source lacks) stands where the source checks the edit permission
  on an entity: the entity does not exist. ``delete`` (and the source of ``move``) still accept an
  entity that no longer exists when the activity is bound to it, so stale bindings can be removed.
* A 101st binding: code ``0`` (a code-less error) with the description of :data:`MAX_BINDINGS`.
* Moving or deleting the primary owner moves ``OWNER_TYPE_ID``/``OWNER_ID`` to the move target / the
  first remaining binding.
"""

from __future__ import annotations

from typing import Any

from ..errors import ControllerError, item_not_found, owner_not_found
from ..events import ONCRMACTIVITYUPDATE, record
from ..params import Arg, bind_arguments
from ..registry import MethodContext, rest_method

__all__ = ["MAX_BINDINGS"]

#: At most this many bindings per activity (api-spec.md §3.6, §4.10).
MAX_BINDINGS = 100

_ENTITY_ARGS = [Arg("activityId", "int"), Arg("entityTypeId", "int"), Arg("entityId", "int")]
_MOVE_ARGS = [Arg("activityId", "int"), Arg("sourceEntityTypeId", "int"), Arg("sourceEntityId", "int"),
              Arg("targetEntityTypeId", "int"), Arg("targetEntityId", "int")]


def _already_bound() -> ControllerError:
    return ControllerError("ACTIVITY_IS_ALREADY_BOUND", "Activity is already linked to this entity")


def _not_bound() -> ControllerError:
    return ControllerError("BINDING_NOT_FOUND", "Activity is not linked to this entity")


def _load(ctx: MethodContext, activity_id: int) -> list[tuple[int, int]]:
    """The activity's bindings; ``NOT_FOUND`` / ``Item was not found.`` when there is no such activity."""
    if ctx.db.query_one("SELECT id FROM activity WHERE id = ?", (activity_id,)) is None:
        raise item_not_found()
    return ctx.db.binding_pairs(activity_id)


def _check_entity(ctx: MethodContext, entity: tuple[int, int], bindings: list[tuple[int, int]]) -> None:
    """``OWNER_NOT_FOUND`` / ``Owner was not found`` for an entity that does not exist (unless bound)."""
    if entity not in bindings and not ctx.db.item_exists(*entity):
        raise owner_not_found()


def _store(ctx: MethodContext, activity_id: int, bindings: list[tuple[int, int]],
           owner: tuple[int, int] | None = None) -> bool:
    with ctx.db.transaction():
        ctx.db.set_bindings(activity_id, bindings)
        values: dict[str, Any] = {"last_updated": ctx.clock.now_ts(), "editor_id": ctx.user_id}
        if owner is not None:
            values["owner_type_id"], values["owner_id"] = owner
        ctx.db.update_activity(activity_id, **values)
        record(ctx.portal, ONCRMACTIVITYUPDATE, activity_id, ctx.user_id)
    return True


def _primary(ctx: MethodContext, activity_id: int) -> tuple[int, int]:
    row = ctx.db.query_one("SELECT owner_type_id, owner_id FROM activity WHERE id = ?", (activity_id,))
    return int(row["owner_type_id"]), int(row["owner_id"])


@rest_method("crm.activity.binding.list")
def binding_list(ctx: MethodContext) -> list[dict[str, int]]:
    """``[{"entityTypeId": int, "entityId": int}, …]`` in binding order, no paging.

    Errors: ``100`` (``activityId``), ``NOT_FOUND`` / ``Item was not found.`` (no such activity).
    """
    args = bind_arguments(ctx.params, [Arg("activityId", "int")])
    return [{"entityTypeId": type_id, "entityId": entity_id}
            for type_id, entity_id in _load(ctx, args["activityId"])]


@rest_method("crm.activity.binding.add")
def binding_add(ctx: MethodContext) -> bool:
    """Bind the activity to one more entity (it appears on that timeline too); ``true``.

    Order: binder ``100`` → ``NOT_FOUND`` (activity) → ``OWNER_NOT_FOUND`` (entity does not exist) →
    ``ACTIVITY_IS_ALREADY_BOUND`` / ``Activity is already linked to this entity`` → already
    :data:`MAX_BINDINGS` bindings → code ``0``.
    """
    args = bind_arguments(ctx.params, _ENTITY_ARGS)
    bindings = _load(ctx, args["activityId"])
    entity = (args["entityTypeId"], args["entityId"])
    _check_entity(ctx, entity, bindings)
    if entity in bindings:
        raise _already_bound()
    if len(bindings) >= MAX_BINDINGS:
        # Undocumented limit error (api-spec.md §4.10 (a)): code-less like a CCrmActivity::Update failure.
        raise ControllerError("0", f"An activity can be bound to at most {MAX_BINDINGS} CRM entities.")
    return _store(ctx, args["activityId"], [*bindings, entity])


@rest_method("crm.activity.binding.move")
def binding_move(ctx: MethodContext) -> bool:
    """Replace the binding to the source entity by one to the target (same type); ``true``.

    The activity leaves the source's timeline; when the source was the primary owner the owner becomes
    the target. Order: binder ``100`` → ``NOT_FOUND`` (activity) → ``OWNER_NOT_FOUND`` (source, then
    target) → equal ids → ``SOURCE_AND_TARGET_ENTITY_ID_ARE_EQUAL_ERROR`` / ``Source and target entity ID
    cannot be equal`` (ids only, before the types) → ``SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR``
    / ``Source and target entity types are not equal`` → target bound → ``ACTIVITY_IS_ALREADY_BOUND`` →
    source not bound → ``BINDING_NOT_FOUND`` / ``Activity is not linked to this entity``.
    """
    args = bind_arguments(ctx.params, _MOVE_ARGS)
    activity_id = args["activityId"]
    bindings = _load(ctx, activity_id)
    source = (args["sourceEntityTypeId"], args["sourceEntityId"])
    target = (args["targetEntityTypeId"], args["targetEntityId"])
    _check_entity(ctx, source, bindings)
    _check_entity(ctx, target, bindings)
    if source[1] == target[1]:
        raise ControllerError("SOURCE_AND_TARGET_ENTITY_ID_ARE_EQUAL_ERROR",
                              "Source and target entity ID cannot be equal")
    if source[0] != target[0]:
        raise ControllerError("SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR",
                              "Source and target entity types are not equal")
    if target in bindings:
        raise _already_bound()
    if source not in bindings:
        raise _not_bound()
    owner = target if _primary(ctx, activity_id) == source else None
    return _store(ctx, activity_id, [target if pair == source else pair for pair in bindings], owner)


@rest_method("crm.activity.binding.delete")
def binding_delete(ctx: MethodContext) -> bool:
    """Remove the binding to an entity (the activity leaves its timeline); ``true``.

    When it was the primary owner, the owner becomes the first remaining binding. Order: binder ``100``
    → ``NOT_FOUND`` (activity) → ``OWNER_NOT_FOUND`` (entity does not exist and is not bound) →
    ``BINDING_NOT_FOUND`` → only binding → ``LAST_BINDING_CANNOT_BE_DELETED`` / ``Cannot delete the
    only one activity-to-entity link.``
    """
    args = bind_arguments(ctx.params, _ENTITY_ARGS)
    activity_id = args["activityId"]
    bindings = _load(ctx, activity_id)
    entity = (args["entityTypeId"], args["entityId"])
    _check_entity(ctx, entity, bindings)
    if entity not in bindings:
        raise _not_bound()
    remaining = [pair for pair in bindings if pair != entity]
    if not remaining:
        raise ControllerError("LAST_BINDING_CANNOT_BE_DELETED", "Cannot delete the only one activity-to-entity link.")
    owner = remaining[0] if _primary(ctx, activity_id) == entity else None
    return _store(ctx, activity_id, remaining, owner)
