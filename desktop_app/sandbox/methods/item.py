"""CRM items (controller ``Bitrix\\Crm\\Controller\\Item``): ``crm.item.list`` for leads, deals,
contacts and companies (``entityTypeId`` 1–4).

Controller conventions: camelCase keys, native JSON types (ints, floats, ``null``), ISO datetimes with
the portal offset, reply ``{"result": {"items": [...]}, "total": N, "next": 50}``. Filters use the
same prefixes as the legacy methods (``%title``, ``>=createdTime``, ``@id`` …) plus groups
``{"0": {"logic": "OR", "%name": "an", "%lastName": "an"}}`` and a group-level ``logic`` key.
Unknown filter/order/select fields are ignored (the sandbox's choice; the real ORM may reject them).
"""

from __future__ import annotations

from typing import Any

from ..errors import ControllerError
from ..listing import PAGE_SIZE, Column, FilterBuilder, d7_window, order_by
from ..params import Arg, bind_arguments
from ..registry import ListResult, MethodContext, rest_method
from ..wire import php_items, php_str

#: camelCase field → (crm_item column, kind), per entity type, in reply order.
_COMMON_TAIL = {
    "assignedById": ("assigned_by_id", "int"),
    "createdTime": ("created_time", "datetime"),
    "updatedTime": ("updated_time", "datetime"),
}
ITEM_FIELDS: dict[int, dict[str, tuple[str, str]]] = {
    1: {  # lead
        "id": ("id", "int"), "title": ("title", "str"), "name": ("name", "str"),
        "secondName": ("second_name", "str"), "lastName": ("last_name", "str"),
        "statusId": ("status_id", "str"), "opportunity": ("opportunity", "float"),
        "currencyId": ("currency_id", "str"), "companyId": ("company_id", "int"),
        "contactId": ("contact_id", "int"), **_COMMON_TAIL,
    },
    2: {  # deal
        "id": ("id", "int"), "title": ("title", "str"), "stageId": ("stage_id", "str"),
        "categoryId": ("category_id", "int"), "opportunity": ("opportunity", "float"),
        "currencyId": ("currency_id", "str"), "companyId": ("company_id", "int"),
        "contactId": ("contact_id", "int"), "contactIds": ("", "intlist"), **_COMMON_TAIL,
        "beginDate": ("begin_date", "datetime"), "closeDate": ("close_date", "datetime"),
    },
    3: {  # contact
        "id": ("id", "int"), "honorific": ("honorific", "str"), "name": ("name", "str"),
        "secondName": ("second_name", "str"), "lastName": ("last_name", "str"), "post": ("post", "str"),
        "companyId": ("company_id", "int"), **_COMMON_TAIL,
    },
    4: {  # company
        "id": ("id", "int"), "title": ("title", "str"), "companyType": ("company_type", "str"),
        "industry": ("industry", "str"), "revenue": ("revenue", "float"),
        "currencyId": ("currency_id", "str"), **_COMMON_TAIL,
    },
}

_LIST_ARGS = [
    Arg("entityTypeId", "int"),
    Arg("select", "array", ["*"]),
    Arg("order", "array", None, nullable=True),
    Arg("filter", "array", None, nullable=True),
]


def _columns(entity_type_id: int) -> dict[str, Column]:
    return {name: Column(f"i.{column}", kind)
            for name, (column, kind) in ITEM_FIELDS[entity_type_id].items() if kind != "intlist"}


def _select(entity_type_id: int, select: Any) -> list[str]:
    fields = ITEM_FIELDS[entity_type_id]
    names = {php_str(v).strip() for _, v in php_items(select)}
    if not names or "*" in names:
        return list(fields)
    names.add("id")
    return [name for name in fields if name in names]


def item_to_dict(ctx: MethodContext, entity_type_id: int, row: Any, fields: list[str]) -> dict[str, Any]:
    """One stored item as a ``crm.item`` dict (native types) with ``fields`` in reply order."""
    spec = ITEM_FIELDS[entity_type_id]
    out: dict[str, Any] = {}
    for name in fields:
        column, kind = spec[name]
        if kind == "intlist":
            out[name] = [int(r[0]) for r in ctx.db.query(
                "SELECT contact_id FROM deal_contact WHERE deal_id = ? ORDER BY sort", (row["id"],))]
        elif kind == "datetime":
            out[name] = ctx.clock.format(row[column])
        else:
            out[name] = row[column]
    return out


@rest_method("crm.item.list")
def item_list(ctx: MethodContext) -> ListResult:
    """``crm.item.list``: ≤ 50 items per page in ``{"items": [...]}`` with ``total``/``next``.

    Errors: ``100`` (binder: missing ``entityTypeId``, wrong types); ``NOT_FOUND`` for an
    ``entityTypeId`` the sandbox has no items for (anything but 1–4; the controller's
    ``getFactory`` answers ``ErrorCode::NOT_FOUND`` with ``CRM_TYPE_TYPE_NOT_FOUND``, whose English text
    is our wording).
    """
    args = bind_arguments(ctx.params, _LIST_ARGS)
    entity_type_id = args["entityTypeId"]
    if entity_type_id not in ITEM_FIELDS:
        raise ControllerError("NOT_FOUND", "Smart process was not found.")
    columns = _columns(entity_type_id)
    fields = _select(entity_type_id, args["select"])
    where_sql, params = FilterBuilder(columns, ctx.clock, legacy=False).where(args["filter"] or {})
    from_sql = f"FROM crm_item i WHERE i.entity_type_id = ? AND ({where_sql})"
    params = [entity_type_id, *params]
    window = d7_window(ctx.start, lambda: int(ctx.db.scalar(f"SELECT COUNT(*) {from_sql}", params)))
    by_lower = {name.lower(): column for name, column in columns.items()}
    order_sql = order_by(args["order"], by_lower, default=[("id", "ASC")], id_column="i.id",
                         normalize=str.lower)
    rows = ctx.db.query(f"SELECT i.* {from_sql} {order_sql} LIMIT ? OFFSET ?",
                        [*params, PAGE_SIZE, window.offset])
    items = [item_to_dict(ctx, entity_type_id, row, fields) for row in rows]
    return ListResult({"items": items}, window.total, window.next)
