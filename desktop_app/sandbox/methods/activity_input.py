"""Input side of the legacy activity methods: field internalisation, communications, DEADLINE.

Shared by ``crm.activity.add`` and ``crm.activity.update`` (``activity_write.py``); no handlers here.
Sources: server-behaviour.md §1.0.4 (``internalizeFields``), §1.2 steps 9–13 (communications and
bindings) and the DEADLINE rules of §1.2; api-spec.md §4.3.
"""

from __future__ import annotations

from typing import Any

from ..clock import PortalClock
from ..db import SandboxDB
from ..wire import is_php_array, php_floatval, php_intval, php_items, php_str
from .activity_fields import ACTIVITY_FIELD_INFO, IMMUTABLE, READ_ONLY
from .todo import is_correct_entity_type_id

__all__ = [
    "TYPE_CALL",
    "TYPE_EMAIL",
    "TYPE_MEETING",
    "TYPE_PROVIDER",
    "check_bindings",
    "compute_deadline",
    "has_factory",
    "internalize",
    "normalize_completed",
    "owner_type_name",
    "prepare_communications",
]

TYPE_MEETING, TYPE_CALL, TYPE_TASK, TYPE_EMAIL, TYPE_PROVIDER = 1, 2, 3, 4, 6

#: Fields accepted on input although ``crm.activity.fields`` does not list them or flags them read-only:
#: ORIGIN_VERSION (api-spec.md §6 #8) and IS_INCOMING_CHANNEL (documented input, §6 #7).
_EXTRA_INPUT = {"ORIGIN_VERSION": "string", "IS_INCOMING_CHANNEL": "char"}
_INT_TYPES = {"integer", "user", "crm_enum_ownertype", "crm_enum_activitytype", "crm_enum_activitystatus",
              "crm_enum_activitypriority", "crm_enum_activitynotifytype", "crm_enum_contenttype",
              "crm_enum_activitydirection"}
_SCALAR_TYPES = _INT_TYPES | {"string", "char", "double", "datetime"}

#: ``CCrmOwnerType::ResolveName`` for the static types (server-behaviour.md §1.0.5, api-spec.md §3.2).
_OWNER_TYPE_NAMES = {1: "LEAD", 2: "DEAL", 3: "CONTACT", 4: "COMPANY", 5: "INVOICE", 6: "ACTIVITY", 7: "QUOTE",
                     8: "REQUISITE", 14: "ORDER", 31: "SMART_INVOICE", 36: "SMART_DOCUMENT", 39: "SMART_B2E_DOC"}
#: Static types that have an item factory (may own activities); 6 (activity), 8 (requisite) and 14
#: (order) have none. [inferred from the factory list of the crm module]
_FACTORY_TYPES = {1, 2, 3, 4, 5, 7, 31, 36, 39}


def internalize(fields: Any, clock: PortalClock, *, update: bool) -> dict[str, Any]:
    """``CCrmRestProxyBase::internalizeFields`` for activities → ``{FIELD: python value}``.

    Unknown keys (exact, case-sensitive names) and read-only fields are dropped (on update also the
    immutable ``OWNER_ID``/``OWNER_TYPE_ID``/``TYPE_ID``); ``null`` values count as absent (PHP
    ``isset``). Datetimes become Unix seconds, ``""`` stays ``""``, an unreadable date drops the key
    silently. Integer/float/string fields are PHP-cast (``intval``, ``"Array"`` …); ``SETTINGS`` /
    ``PROVIDER_PARAMS`` keep arrays only (else ``{}``); ``COMMUNICATIONS`` stays raw.
    """
    result: dict[str, Any] = {}
    for key, value in php_items(fields):
        if value is None:
            continue
        info = ACTIVITY_FIELD_INFO.get(key)
        field_type = _EXTRA_INPUT.get(key) or (info["type"] if info else None)
        if field_type is None:
            continue
        if (key in READ_ONLY and key not in _EXTRA_INPUT) or (update and key in IMMUTABLE):
            continue
        if field_type in _SCALAR_TYPES and is_php_array(value):
            value = php_intval(value) if field_type in _INT_TYPES else "Array"
        if field_type == "datetime":
            if value == "":
                result[key] = ""
                continue
            parsed = clock.parse(php_str(value))
            if parsed is not None:
                result[key] = parsed
            continue
        if field_type in _INT_TYPES:
            result[key] = php_intval(value)
        elif field_type == "double":
            result[key] = php_floatval(value)
        elif field_type in ("string", "char"):
            result[key] = php_str(value)
        elif field_type == "object":
            result[key] = dict(php_items(value)) if is_php_array(value) else {}
        else:  # COMMUNICATIONS, BINDINGS-free multiples, files (the sandbox stores no files)
            result[key] = value
    return result


def normalize_completed(value: Any) -> str:
    """``COMPLETED``: ``Y``/``N`` in any case; else ``Y`` when ``intval > 0`` (``"true"`` → ``N``)."""
    text = php_str(value).upper()
    if text in ("Y", "N"):
        return text
    return "Y" if php_intval(value) > 0 else "N"


def prepare_communications(
    raw: Any, owner: tuple[int, int], type_id: int
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """Normalise ``COMMUNICATIONS`` (server-behaviour.md §1.2 step 9) → (kept items, their entities).

    An item with a ``VALUE`` but no entity takes the owner; items without an entity, with an empty
    ``VALUE`` (except meetings), or with a ``TYPE`` that does not fit the activity (a call needs
    ``PHONE``, an e-mail ``EMAIL``) are dropped silently; an empty ``TYPE`` becomes ``PHONE`` / ``EMAIL``
    for calls / e-mails. Kept items are ``{"type", "value", "entity_type_id", "entity_id"}``.
    """
    kept: list[dict[str, Any]] = []
    entities: list[tuple[int, int]] = []
    for _, item in php_items(raw):
        if not isinstance(item, dict):
            continue
        entity_type_id = php_intval(item.get("ENTITY_TYPE_ID") or 0)
        entity_id = php_intval(item.get("ENTITY_ID") or 0)
        value = php_str(item.get("VALUE") or "")
        comm_type = php_str(item.get("TYPE") or "")
        if value != "" and (entity_type_id <= 0 or entity_id <= 0):
            entity_type_id, entity_id = owner
        if entity_type_id <= 0 or entity_id <= 0 or (value == "" and type_id != TYPE_MEETING):
            continue
        if comm_type == "":
            comm_type = {TYPE_CALL: "PHONE", TYPE_EMAIL: "EMAIL"}.get(type_id, "")
        elif (type_id == TYPE_CALL and comm_type != "PHONE") or (type_id == TYPE_EMAIL and comm_type != "EMAIL"):
            continue
        kept.append({"type": comm_type, "value": value, "entity_type_id": entity_type_id, "entity_id": entity_id})
        if (entity_type_id, entity_id) not in entities:
            entities.append((entity_type_id, entity_id))
    return kept, entities


def owner_type_name(entity_type_id: int) -> str:
    """``CCrmOwnerType::ResolveName``: ``DEAL``, ``SMART_INVOICE``, ``DYNAMIC_128`` …; ``""`` when unknown."""
    if entity_type_id in _OWNER_TYPE_NAMES:
        return _OWNER_TYPE_NAMES[entity_type_id]
    if is_correct_entity_type_id(entity_type_id) and entity_type_id >= 128 and entity_type_id != 1024:
        return f"DYNAMIC_{entity_type_id}"
    return ""


def has_factory(entity_type_id: int) -> bool:
    """True when the type can own activities (static types with a factory, smart processes)."""
    return entity_type_id in _FACTORY_TYPES or 128 <= entity_type_id <= 191 \
        or (entity_type_id >= 1030 and entity_type_id % 2 == 0)


def check_bindings(db: SandboxDB, bindings: list[tuple[int, int]]) -> str | None:
    """Step 13 of server-behaviour.md §1.2: the first binding problem as its message, or ``None``.

    The sandbox has no permission model, so ``Access denied.`` never occurs.
    """
    for entity_type_id, entity_id in bindings:
        name = owner_type_name(entity_type_id)
        if not has_factory(entity_type_id):
            return f"Entity type '{name}' is not supported in current context"
        if not db.item_exists(entity_type_id, entity_id):
            return f"Could not find '{name}' with ID: {entity_id}"
    return None


def compute_deadline(clock: PortalClock, type_id: int, provider_id: str | None, start: int | None,
                     end: int | None, incoming: bool) -> int:
    """``DEADLINE`` as the server recomputes it (server-behaviour.md §1.2), in Unix seconds.

    Incoming-channel activities get the max date ``9999-12-31 00:00:00``; calls, meetings and todos
    take ``START_TIME``; e-mails and configurable activities ``END_TIME``; others ``START_TIME``; a
    missing source date also gives the max date.
    """
    if incoming:
        return clock.max_date_ts()
    if type_id == TYPE_EMAIL or provider_id == "CONFIGURABLE_REST_APP":
        source = end
    else:
        source = start
    return source if source is not None else clock.max_date_ts()
