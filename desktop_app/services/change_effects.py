"""What an outbox change does to an activity, read off the stored REST call (no I/O, no Qt).

Used three ways:

- :func:`optimistic_activity`: the card as it will look once the change lands (edits show at once);
- :func:`change_applied` / :func:`binding_change_applied`: after an outcome-unknown send, whether
  the portal already holds what the change sets (then it is done and must not be sent again);
- :func:`with_activity_id`: point a change queued behind a create at the create's real id.

What each change sets and how it shows is declared once, per REST method, in
:mod:`.change_kinds` (:attr:`~.change_kinds.ChangeKind.sets`, :attr:`~.change_kinds.ChangeKind.effect`);
:data:`APPLY` holds the function that applies each :class:`~.change_kinds.Effect`.

Files (``FILES``, api-spec.md §3.1.5) show at once as *pending* items on the optimistic card
(:func:`pending_files`: name known, ``id`` 0, no url); files an update removes disappear.

Comparisons follow how the portal stores values (api-spec.md §4.4–4.5, §4.9–4.10): datetimes
compare as instants, ``COMPLETED`` as Y/N, todo colour as ``SETTINGS.COLOR`` (``"default"`` =
none), ids as ints. Keys the portal does not echo (``COMMUNICATIONS``, ``pingOffsets``,
``parentActivityId``…) cannot be checked and are left out.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.files import file_removals, file_uploads
from desktop_app.bitrix.models import Activity, ActivityType, parse_datetime
from desktop_app.store.entries import OutboxEntry

from .change_kinds import DATETIME_FIELDS as _DATETIME_KEYS
from .change_kinds import INT_FIELDS as _INT_KEYS
from .change_kinds import ChangeKind, Effect, kind_of, setting_color


def with_activity_id(method: str, params: dict[str, Any], activity_id: int) -> dict[str, Any]:
    """``params`` with the activity id replaced (``id`` or ``activityId``: the method's
    :attr:`~.change_kinds.ChangeKind.id_key`; unchanged for creates)."""
    key = kind_of(method).id_key
    return {**params, key: int(activity_id)} if key else dict(params)


def change_targets(entry: OutboxEntry) -> dict[str, Any]:
    """The activity fields (``crm.activity.get`` names; ``COLOR`` for ``SETTINGS.COLOR``) that
    ``entry`` sets and the portal echoes, with the values it sets them to (the method's
    :attr:`~.change_kinds.ChangeKind.sets`)."""
    return kind_of(entry.method).sets(entry.params)


def _same(key: str, portal: Any, ours: Any) -> bool:
    if key in _DATETIME_KEYS:
        if portal is None or ours is None:
            return portal is None and ours is None
        mine = ours if isinstance(ours, datetime) else parse_datetime(str(ours))
        return portal == mine
    if key == "COMPLETED":
        return bool(portal) == (str(ours).upper() == "Y")
    if key in _INT_KEYS:
        try:
            return int(portal or 0) == int(ours or 0)
        except (TypeError, ValueError):
            return False
    return (portal if portal is not None else "") == (ours if ours is not None else "")


def portal_value(activity: Activity, key: str) -> Any:
    """The value of field ``key`` (a :func:`change_targets` key) that ``activity`` holds."""
    return {
        "DEADLINE": activity.deadline_raw, "START_TIME": activity.start_time, "END_TIME": activity.end_time,
        "COMPLETED": activity.completed, "COLOR": activity.color_id, "SUBJECT": activity.subject,
        "DESCRIPTION": activity.description, "LOCATION": activity.location,
        "RESPONSIBLE_ID": activity.responsible_id, "PRIORITY": activity.priority, "DIRECTION": activity.direction,
        "DESCRIPTION_TYPE": activity.description_type, "STATUS": activity.status, "TYPE_ID": activity.type_id,
    }[key]


def change_applied(entry: OutboxEntry, activity: Activity) -> bool:
    """True when ``activity`` (``crm.activity.get``) already holds every checkable value the update
    ``entry`` sets. False when a value differs, or the change sets nothing checkable."""
    targets = change_targets(entry)
    if not targets:
        return False
    return all(_same(k, portal_value(activity, k), v) for k, v in targets.items())


def _binding(params: dict[str, Any], prefix: str = "") -> Binding:
    if prefix:
        return Binding(int(params[f"{prefix}EntityTypeId"]), int(params[f"{prefix}EntityId"]))
    return Binding(int(params["entityTypeId"]), int(params["entityId"]))


def binding_change_applied(entry: OutboxEntry, bindings: list[Binding]) -> bool:
    """Whether a ``crm.activity.binding.*`` change shows in ``bindings`` (``crm.activity.binding.list``):
    add → the target is bound; move → the target is bound and the source is not; delete → the
    target is not bound."""
    p = entry.params
    kind = kind_of(entry.method)
    if kind.effect is Effect.BINDING_ADD:
        return _binding(p) in bindings
    if kind.effect is Effect.BINDING_MOVE:
        return _binding(p, "target") in bindings and _binding(p, "source") not in bindings
    if kind.effect is Effect.BINDING_DELETE:
        return _binding(p) not in bindings
    raise ValueError(f"{entry.method} is not a binding change")


def _created_base(entry: OutboxEntry) -> dict[str, Any]:
    return {"ID": entry.placeholder_id, "COMPLETED": "N", "CREATED": entry.created_at.isoformat(),
            "LAST_UPDATED": entry.created_at.isoformat()}


def _created_todo(entry: OutboxEntry, _kind: ChangeKind, _current: Activity | None) -> Activity:
    """The placeholder of a to-do create (``crm.activity.todo.add``: camelCase parameters)."""
    p = entry.params
    color = setting_color(p.get("colorId"))
    return Activity.from_api({
        **_created_base(entry), "OWNER_TYPE_ID": p["ownerTypeId"], "OWNER_ID": p["ownerId"],
        "TYPE_ID": int(ActivityType.PROVIDER), "PROVIDER_ID": "CRM_TODO", "PROVIDER_TYPE_ID": "TODO",
        "SUBJECT": p.get("title", ""), "DESCRIPTION": p.get("description", ""), "DEADLINE": p["deadline"],
        "START_TIME": p["deadline"], "END_TIME": p["deadline"], "RESPONSIBLE_ID": p.get("responsibleId", 0),
        "SETTINGS": {"COLOR": color} if color else {}})


def _created(entry: OutboxEntry, _kind: ChangeKind, _current: Activity | None) -> Activity:
    """The placeholder of a legacy create (``crm.activity.add``: UPPER_CASE ``fields``; files pending)."""
    p = entry.params
    base = _created_base(entry)
    fields = dict(p.get("fields") or {})
    deadline = fields.get("END_TIME") if fields.get("TYPE_ID") == ActivityType.EMAIL else fields.get("START_TIME")
    raw = {**base, **{k: v for k, v in fields.items() if k not in ("COMMUNICATIONS", "FILES", "WEBDAV_ELEMENTS")},
           "DEADLINE": deadline, "COMMUNICATIONS": fields.get("COMMUNICATIONS", [])}
    if fields.get("FILES"):
        raw["FILES"] = pending_files(fields["FILES"])
    return Activity.from_api(raw)


def pending_files(files: Any) -> list[dict[str, Any]]:
    """``FILES`` items for the uploads of a queued ``FILES`` value: ``{"id": 0, "url": "", "name": …,
    "pending": True}`` each (an :class:`~desktop_app.bitrix.models.ActivityFile` that is pending);
    never the file's bytes."""
    return [{"id": 0, "url": "", "name": name, "pending": True} for name in file_uploads(files)]


def _apply_files(raw: dict[str, Any], files: Any) -> None:
    """An update's ``FILES`` on ``raw``: removed ids dropped, uploads added as pending. When the
    activity's files were not loaded (no ``FILES`` key), only the uploads are shown."""
    removed = set(file_removals(files))
    current = raw.get("FILES")
    kept = [f for f in current if not (isinstance(f, dict) and _int_or_none(f.get("id")) in removed)] \
        if isinstance(current, list) else []
    raw["FILES"] = kept + pending_files(files)


def _int_or_none(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _deleted(_entry: OutboxEntry, _kind: ChangeKind, _current: Activity | None) -> None:
    return None


def _raw_of(current: Activity) -> dict[str, Any]:
    return dict(current.raw) if current.raw else current.model_dump(by_alias=True)


def _binding_moved(entry: OutboxEntry, _kind: ChangeKind, current: Activity | None) -> Activity | None:
    """A move off the primary owner moves ``OWNER_TYPE_ID``/``OWNER_ID`` to the target (as the portal does)."""
    if current is None:
        return None
    raw = _raw_of(current)
    source = _binding(entry.params, "source")
    if (current.owner_type_id, current.owner_id) == (source.entity_type_id, source.entity_id):
        target = _binding(entry.params, "target")
        raw.update(OWNER_TYPE_ID=target.entity_type_id, OWNER_ID=target.entity_id)
    return Activity.from_api(raw)


def _fields_set(entry: OutboxEntry, kind: ChangeKind, current: Activity | None) -> Activity | None:
    """``current`` with what the change :attr:`~.change_kinds.ChangeKind.sets`; a to-do's new deadline
    moves its start and end too; a legacy update's ``FILES`` show as pending and ``COMPLETED``
    moves ``STATUS``."""
    if current is None:
        return None
    raw = _raw_of(current)
    for key, value in kind.sets(entry.params).items():
        if key == "COLOR":
            settings = dict(raw.get("SETTINGS") or {})
            settings.pop("COLOR", None)
            if value:
                settings["COLOR"] = value
            raw["SETTINGS"] = settings
            continue
        raw[key] = value
        if key == "START_TIME" and current.kind in (ActivityType.CALL, ActivityType.MEETING):
            raw["DEADLINE"] = value
        if key == "END_TIME" and current.kind == ActivityType.EMAIL:
            raw["DEADLINE"] = value
        if kind.effect is Effect.TODO_FIELDS and key == "DEADLINE":
            raw["START_TIME"] = raw["END_TIME"] = value
    fields = entry.params.get("fields") or {}
    if kind.effect is Effect.FIELDS and fields.get("FILES"):
        _apply_files(raw, fields["FILES"])
    if kind.effect is Effect.FIELDS and "COMPLETED" in fields:
        raw["STATUS"] = 2 if str(fields["COMPLETED"]).upper() == "Y" else 1
    return Activity.from_api(raw)


#: The function that applies each :class:`~.change_kinds.Effect` to the card: ``(entry, kind,
#: current) → the card once the change lands`` (``None``: no card). Binding adds/removes and
#: unknown methods leave the card as it is.
APPLY: dict[Effect, Callable[[OutboxEntry, ChangeKind, Activity | None], Activity | None]] = {
    Effect.CREATE: _created,
    Effect.CREATE_TODO: _created_todo,
    Effect.FIELDS: _fields_set,
    Effect.TODO_FIELDS: _fields_set,
    Effect.DELETE: _deleted,
    Effect.BINDING_ADD: _fields_set,
    Effect.BINDING_MOVE: _binding_moved,
    Effect.BINDING_DELETE: _fields_set,
    Effect.NONE: _fields_set,
}


def optimistic_activity(entry: OutboxEntry, current: Activity | None) -> Activity | None:
    """The activity as it will look once ``entry`` lands on the portal (:data:`APPLY` by the
    method's declared :class:`~.change_kinds.Effect`).

    A create gives a placeholder with ``ID = entry.placeholder_id``; a delete gives ``None``; an
    update applies its values to ``current`` (``None`` stays ``None``); a binding move off the
    primary owner moves ``OWNER_TYPE_ID``/``OWNER_ID`` to the target (as the portal does).
    """
    kind = kind_of(entry.method)
    return APPLY[kind.effect](entry, kind, current)
