"""Legacy CRM list methods with multifields: ``crm.contact.list``, ``crm.company.list``, ``crm.lead.list``.

These are the documented ways to read a client's phones and e-mails (Bitrix24 REST docs,
"Multiple fields": contact details of leads, contacts and companies live in the ``PHONE`` / ``EMAIL``
multifields; ``crm.contact.list`` — deprecated like every legacy CRM method, still working). Activity
Desk needs them to offer ``COMMUNICATIONS`` for calls and e-mails (api-spec.md §3.6, §4.3).

Conventions (server-behaviour.md §1.0.4): UPPER_CASE keys, numbers as strings, ISO datetimes with the
portal offset, ``null`` for missing values; reply ``{"result": [...], "total": N, "next": 50}`` with the
legacy paging (§2.4). ``select``: ``*`` (the default) gives every scalar field but **no multifields**;
``PHONE`` / ``EMAIL`` appear only when named, as lists of ``{"ID", "VALUE_TYPE", "VALUE", "TYPE_ID"}``
(the key is left out when the item has none). Filters use the legacy prefixes; ``PHONE`` / ``EMAIL``
filter by exact value only (docs). The default order is ``ID`` ascending (the sandbox's choice).

Errors, in this order (legacy, HTTP 400, empty code, docs' list): ``Parameter 'order' must be array.``,
``Parameter 'filter' must be array.``
"""

from __future__ import annotations

from typing import Any

from ..errors import LegacyError
from ..listing import PAGE_SIZE, Column, FilterBuilder, balanced, legacy_window, order_by
from ..params import MISSING, legacy_param
from ..registry import ListResult, MethodContext, rest_method
from ..wire import is_php_array, php_items, php_str

#: Multifield types the sandbox stores (``crm_multifield.type_id``).
MULTIFIELDS: tuple[str, ...] = ("PHONE", "EMAIL")

_COMMON_TAIL: dict[str, tuple[str, str]] = {
    "ASSIGNED_BY_ID": ("assigned_by_id", "int"),
    "DATE_CREATE": ("created_time", "datetime"),
    "DATE_MODIFY": ("updated_time", "datetime"),
}
_PERSON: dict[str, tuple[str, str]] = {
    "HONORIFIC": ("honorific", "str"), "NAME": ("name", "str"),
    "SECOND_NAME": ("second_name", "str"), "LAST_NAME": ("last_name", "str"),
}
#: entityTypeId → legacy field → (crm_item column, kind), in reply order.
LEGACY_ITEM_FIELDS: dict[int, dict[str, tuple[str, str]]] = {
    1: {"ID": ("id", "int"), "TITLE": ("title", "str"), **_PERSON, "STATUS_ID": ("status_id", "str"),
        "OPPORTUNITY": ("opportunity", "float"), "CURRENCY_ID": ("currency_id", "str"),
        "COMPANY_ID": ("company_id", "int"), "CONTACT_ID": ("contact_id", "int"), **_COMMON_TAIL},
    3: {"ID": ("id", "int"), **_PERSON, "POST": ("post", "str"), "COMPANY_ID": ("company_id", "int"),
        **_COMMON_TAIL},
    4: {"ID": ("id", "int"), "TITLE": ("title", "str"), "COMPANY_TYPE": ("company_type", "str"),
        "INDUSTRY": ("industry", "str"), "REVENUE": ("revenue", "float"), "CURRENCY_ID": ("currency_id", "str"),
        **_COMMON_TAIL},
}


def _select(entity_type_id: int, select: Any) -> tuple[list[str], list[str]]:
    """(scalar fields, multifields) for ``select``; an explicit select without ``ID`` still gets it."""
    fields = LEGACY_ITEM_FIELDS[entity_type_id]
    if is_php_array(select):
        names = {php_str(v).strip().upper() for _, v in php_items(select)}
    elif isinstance(select, str) and select.strip():
        names = {select.strip().upper()}
    else:
        names = set()
    names.discard("")
    multi = [name for name in MULTIFIELDS if name in names]
    if not names or "*" in names or names <= {"UF_*"}:
        return list(fields), multi
    names.add("ID")
    return [name for name in fields if name in names], multi


def _value(ctx: MethodContext, kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "datetime":
        return ctx.clock.format(value)
    if kind == "float":
        return php_str(float(value))
    if kind == "int":
        return str(value)
    return value


def _multifields(ctx: MethodContext, entity_type_id: int, entity_id: int, type_id: str) -> list[dict[str, str]]:
    rows = ctx.db.query("SELECT id, value_type, value, type_id FROM crm_multifield "
                        "WHERE entity_type_id = ? AND entity_id = ? AND type_id = ? ORDER BY id",
                        (entity_type_id, entity_id, type_id))
    return [{"ID": str(r["id"]), "VALUE_TYPE": r["value_type"], "VALUE": r["value"], "TYPE_ID": r["type_id"]}
            for r in rows]


def _multifield_condition(entity_type_id: int, type_id: str, value: Any) -> tuple[str, list[Any]]:
    """Exact-value filter on a multifield (the docs: multifields filter by exact match only)."""
    values = [php_str(v) for _, v in php_items(value)] if is_php_array(value) else [php_str(value)]
    marks = ", ".join("?" for _ in values) or "NULL"
    sql = (f"EXISTS (SELECT 1 FROM crm_multifield m WHERE m.entity_type_id = {entity_type_id} "
           f"AND m.entity_id = i.id AND m.type_id = ? AND m.value IN ({marks}))")
    return sql, [type_id, *values]


def legacy_item_list(ctx: MethodContext, entity_type_id: int) -> ListResult:
    """The shared body of the three list methods (see the module docstring)."""
    order = legacy_param(ctx.params, "order")
    if order is not MISSING and not is_php_array(order):
        raise LegacyError("Parameter 'order' must be array.")
    filter_value = legacy_param(ctx.params, "filter")
    if filter_value is not MISSING and not is_php_array(filter_value):
        raise LegacyError("Parameter 'filter' must be array.")
    select = legacy_param(ctx.params, "select")
    fields, multi = _select(entity_type_id, None if select is MISSING else select)

    spec = LEGACY_ITEM_FIELDS[entity_type_id]
    columns = {name: Column(f"i.{column}", kind) for name, (column, kind) in spec.items()}
    plain: dict[str, Any] = {}
    extra_sql: list[str] = []
    extra_params: list[Any] = []
    for key, value in php_items(filter_value) if filter_value is not MISSING else []:
        if key.lstrip("=") in MULTIFIELDS:
            sql, params = _multifield_condition(entity_type_id, key.lstrip("="), value)
            extra_sql.append(f"({sql})")
            extra_params.extend(params)
        else:
            plain[key] = value
    where_sql, where_params = FilterBuilder(columns, ctx.clock).where(plain)
    conditions = balanced("AND", [f"({where_sql})", *extra_sql])
    from_sql = f"FROM crm_item i WHERE i.entity_type_id = {entity_type_id} AND {conditions}"
    params = [*where_params, *extra_params]

    window = legacy_window(ctx.start, lambda: int(ctx.db.scalar(f"SELECT COUNT(*) {from_sql}", params)))
    order_sql = order_by(None if order is MISSING else order, columns, default=[("ID", "ASC")], id_column="i.id")
    rows = ctx.db.query(f"SELECT i.* {from_sql} {order_sql} LIMIT ? OFFSET ?", [*params, PAGE_SIZE, window.offset])
    items: list[dict[str, Any]] = []
    for row in rows:
        item = {name: _value(ctx, spec[name][1], row[spec[name][0]]) for name in fields}
        for type_id in multi:
            values = _multifields(ctx, entity_type_id, row["id"], type_id)
            if values:
                item[type_id] = values
        items.append(item)
    return ListResult(items, window.total, window.next)


@rest_method("crm.contact.list")
def contact_list(ctx: MethodContext) -> ListResult:
    """``crm.contact.list`` (legacy, deprecated): contacts with ``PHONE`` / ``EMAIL`` when selected."""
    return legacy_item_list(ctx, 3)


@rest_method("crm.company.list")
def company_list(ctx: MethodContext) -> ListResult:
    """``crm.company.list`` (legacy, deprecated): companies with ``PHONE`` / ``EMAIL`` when selected."""
    return legacy_item_list(ctx, 4)


@rest_method("crm.lead.list")
def lead_list(ctx: MethodContext) -> ListResult:
    """``crm.lead.list`` (legacy, deprecated): leads with ``PHONE`` / ``EMAIL`` when selected."""
    return legacy_item_list(ctx, 1)
