"""Legacy activity methods: ``crm.activity.list`` and ``crm.activity.get``.

Replies use the old proxy's conventions (api-spec.md §1.4, server-behaviour.md §1.0.4): numbers as
strings (``"ID": "999"``), ISO datetimes with the portal offset, ``null`` for missing values,
``SETTINGS``/``PROVIDER_PARAMS`` as an object or ``[]``, keys in the documented order (api-spec.md
§4.5). ``BINDINGS`` is never returned. ``FILES`` (``[{"id", "url"}]``, see ``files.py``) only in ``list``,
only when ``select`` names ``FILES``, ``STORAGE_ELEMENT_IDS`` or ``WEBDAV_ELEMENTS``, and only on rows
that have files (api-spec.md §3.1.5/§4.6, server-behaviour.md §2.2); ``get`` never returns it.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..errors import LegacyError
from ..files import SELECT_NAMES as FILE_SELECT_NAMES
from ..files import file_ids_by_activity, files_output
from ..listing import PAGE_SIZE, Column, FilterBuilder, balanced, legacy_window, order_by
from ..params import MISSING, legacy_param
from ..registry import ListResult, MethodContext, rest_method
from ..schema import ACTIVITY_FIELD_KINDS, ACTIVITY_FIELDS
from ..wire import is_php_array, php_intval, php_items, php_str

DEFAULT_SELECT: tuple[str, ...] = tuple(name for name, _ in ACTIVITY_FIELDS)
_EXTRA_SELECT = ("IS_INCOMING_CHANNEL", "COMMUNICATIONS")
_COLUMNS = {name: Column(f"a.{name.lower()}", kind, recent=name == "LAST_UPDATED")
            for name, kind in ACTIVITY_FIELD_KINDS.items() if kind != "json"}
#: With a ``BINDINGS`` join, ``ID`` is read from the binding row (the same value): the binding index
#: ``(owner_type_id, owner_id, activity_id)`` then gives the rows in ``ID`` order without a sort.
_BOUND_COLUMNS = {**_COLUMNS, "ID": Column("b.activity_id", "int")}


# ---------------------------------------------------------------------------- output


def _legacy_value(kind: str, value: Any, ctx: MethodContext) -> Any:
    if value is None:
        return None
    if kind in ("int", "float"):
        return php_str(value)
    if kind == "datetime":
        return ctx.clock.format(value)
    return value


def _settings(row: sqlite3.Row) -> Any:
    settings = json.loads(row["settings"]) if row["settings"] else {}
    if row["color_id"]:
        settings["COLOR"] = row["color_id"]
    return settings or []


def _communications(ctx: MethodContext, activity_id: int) -> list[dict[str, Any]]:
    """``COMMUNICATIONS`` items (api-spec.md §3.6): strings, with ``ENTITY_SETTINGS`` of the entity."""
    items = []
    for comm in ctx.db.query("SELECT * FROM activity_communication WHERE activity_id = ? ORDER BY id",
                             (activity_id,)):
        items.append({
            "ID": str(comm["id"]),
            "TYPE": comm["type"],
            "VALUE": comm["value"],
            "ENTITY_ID": str(comm["entity_id"]),
            "ENTITY_TYPE_ID": str(comm["entity_type_id"]),
            "ENTITY_SETTINGS": _entity_settings(ctx, comm["entity_type_id"], comm["entity_id"]),
        })
    return items


def _entity_settings(ctx: MethodContext, entity_type_id: int, entity_id: int) -> dict[str, str] | list[Any]:
    item = ctx.db.item(entity_type_id, entity_id)
    if item is None:
        return []
    if entity_type_id == 4:
        return {"COMPANY_TITLE": item["title"] or ""}
    settings = {"HONORIFIC": item["honorific"] or "", "NAME": item["name"] or "",
                "SECOND_NAME": item["second_name"] or "", "LAST_NAME": item["last_name"] or ""}
    if entity_type_id == 1:
        settings["LEAD_TITLE"] = item["title"] or ""
    elif entity_type_id == 3:
        company = ctx.db.item(4, item["company_id"]) if item["company_id"] else None
        settings["COMPANY_TITLE"] = company["title"] if company else ""
        settings["COMPANY_ID"] = str(item["company_id"] or 0)
    return settings


def activity_to_legacy(ctx: MethodContext, row: sqlite3.Row, fields: list[str]) -> dict[str, Any]:
    """One stored activity as a legacy dict with the given fields (in the documented order)."""
    out: dict[str, Any] = {}
    for name in fields:
        if name == "SETTINGS":
            out[name] = _settings(row)
        elif name == "PROVIDER_PARAMS":
            out[name] = json.loads(row["provider_params"]) if row["provider_params"] else []
            out[name] = out[name] or []
        elif name == "COMMUNICATIONS":
            out[name] = _communications(ctx, row["id"])
        elif name == "FILES":
            continue  # added per page by activity_list (rows without files have no key)
        else:
            out[name] = _legacy_value(ACTIVITY_FIELD_KINDS[name], row[name.lower()], ctx)
    return out


# ---------------------------------------------------------------------------- list


def _select_fields(select: Any) -> list[str]:
    """Resolve ``select`` (server-behaviour.md §2.2) to output field names in documented order;
    ``FILES`` last when any of its select synonyms is named (api-spec.md §3.1.5)."""
    if is_php_array(select):
        names = {php_str(v).strip().upper() for _, v in php_items(select)}
    elif isinstance(select, str) and select.strip():
        names = {select.strip().upper()}
    else:
        names = set()
    names.discard("")
    if not names or "*" in names:
        base = list(DEFAULT_SELECT)
    else:
        names.add("ID")  # explicit select without ID gets ID
        base = [name for name in DEFAULT_SELECT if name in names]
    return base + [name for name in _EXTRA_SELECT if name in names] + (["FILES"] if names & FILE_SELECT_NAMES else [])


def _bindings_join(value: Any) -> tuple[str, list[Any]]:
    """JOIN for the ``BINDINGS`` filter: pairs OR-ed; one row per matching binding (docs: duplicates)."""
    conditions: list[str] = []
    params: list[Any] = []
    if is_php_array(value):
        for _, pair in php_items(value):
            if not isinstance(pair, dict):
                continue
            owner_type_id = php_intval(pair.get("OWNER_TYPE_ID", 0))
            if owner_type_id <= 0:
                continue  # a pair without OWNER_TYPE_ID is skipped
            owner_id = php_intval(pair.get("OWNER_ID", 0))
            if owner_id > 0:
                conditions.append("(b.owner_type_id = ? AND b.owner_id = ?)")
                params.extend([owner_type_id, owner_id])
            else:
                conditions.append("(b.owner_type_id = ?)")
                params.append(owner_type_id)
    if not conditions:
        return "", []
    return " JOIN activity_binding b ON b.activity_id = a.id AND (" + balanced("OR", conditions) + ")", params


@rest_method("crm.activity.list")
def activity_list(ctx: MethodContext) -> ListResult:
    """``crm.activity.list`` (api-spec.md §4.6, server-behaviour.md §2): ≤ 50 legacy dicts per page,
    with ``FILES`` when selected and present (module docstring).

    Errors (legacy, HTTP 400, empty code): ``Parameter 'order' must be array.``,
    ``Parameter 'filter' must be array.``
    """
    order = legacy_param(ctx.params, "order")
    if order is not MISSING and not is_php_array(order):
        raise LegacyError("Parameter 'order' must be array.")
    filter_value = legacy_param(ctx.params, "filter")
    if filter_value is not MISSING and not is_php_array(filter_value):
        raise LegacyError("Parameter 'filter' must be array.")
    select = legacy_param(ctx.params, "select")
    fields = _select_fields(None if select is MISSING else select)

    filter_items = php_items(filter_value) if filter_value is not MISSING else []
    join_sql, join_params = "", []
    plain_filter: dict[str, Any] = {}
    for key, value in filter_items:
        if key == "BINDINGS":
            join_sql, join_params = _bindings_join(value)
        else:
            plain_filter[key] = value
    columns = _BOUND_COLUMNS if join_sql else _COLUMNS
    where_sql, where_params = FilterBuilder(columns, ctx.clock).where(plain_filter)
    from_sql = f"FROM activity a{join_sql} WHERE {where_sql}"
    params = [*join_params, *where_params]

    window = legacy_window(ctx.start, lambda: int(ctx.db.scalar(f"SELECT COUNT(*) {from_sql}", params)))
    order_sql = order_by(None if order is MISSING else order, columns,
                         default=[("START_TIME", "ASC")], id_column="b.activity_id" if join_sql else "a.id")
    rows = ctx.db.query(f"SELECT a.* {from_sql} {order_sql} LIMIT ? OFFSET ?",
                        [*params, PAGE_SIZE, window.offset])
    items = [activity_to_legacy(ctx, row, fields) for row in rows]
    if "FILES" in fields:
        files = file_ids_by_activity(ctx.db, (int(row["id"]) for row in rows))
        for item, row in zip(items, rows, strict=True):
            if int(row["id"]) in files:
                item["FILES"] = files_output(ctx.base_url, int(row["id"]), files[int(row["id"])])
    return ListResult(items, window.total, window.next)


# ---------------------------------------------------------------------------- get


@rest_method("crm.activity.get")
def activity_get(ctx: MethodContext) -> dict[str, Any]:
    """``crm.activity.get`` (api-spec.md §4.5, server-behaviour.md §1.3): the default-select fields.

    Errors (legacy, HTTP 400, empty code): ``ID is not defined or invalid.`` (``id``/``ID`` missing or
    ≤ 0); ``Activity is not found.``; ``Use crm.activity.configurable.get for this activity provider``.
    """
    raw_id = ctx.params.get("ID", ctx.params.get("id"))
    activity_id = php_intval(raw_id) if raw_id is not None else 0
    if activity_id <= 0:
        raise LegacyError("ID is not defined or invalid.")
    row = ctx.db.query_one("SELECT * FROM activity WHERE id = ?", (activity_id,))
    if row is None:
        # The newest source returns an EMPTY description here (innerGet returns false without a
        # message, server-behaviour.md §1.3); the docs list "Activity is not found" (api-spec.md §4.5).
        # We follow the docs so that clients get a readable text.
        raise LegacyError("Activity is not found.")
    if row["provider_id"] == "CONFIGURABLE_REST_APP":
        raise LegacyError("Use crm.activity.configurable.get for this activity provider")
    return activity_to_legacy(ctx, row, list(DEFAULT_SELECT))
