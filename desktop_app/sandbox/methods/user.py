"""Users: ``user.current`` and ``user.get`` (legacy ``user`` scope, UPPER_CASE string fields).

A user dict: ``ID``, ``XML_ID``, ``ACTIVE`` (JSON ``true``), ``NAME``, ``LAST_NAME``, ``SECOND_NAME``,
``EMAIL``, ``LAST_LOGIN``, ``DATE_REGISTER`` (ISO datetimes), ``IS_ONLINE`` (``Y``/``N``),
``TIME_ZONE``, ``TIME_ZONE_OFFSET`` (seconds, as a string), ``PERSONAL_GENDER``, ``PERSONAL_PHOTO``,
``WORK_POSITION``, ``UF_DEPARTMENT`` (list of ints), ``USER_TYPE`` (``employee``).
"""

from __future__ import annotations

import sqlite3
from typing import Any

from ..errors import SandboxError
from ..listing import PAGE_SIZE, Column, FilterBuilder, legacy_window, order_by
from ..registry import ListResult, MethodContext, rest_method
from ..wire import is_php_array, php_items, php_str

_COLUMNS = {
    "ID": Column("u.id", "int"),
    "XML_ID": Column("u.xml_id", "str"),
    "ACTIVE": Column("(CASE WHEN u.active THEN 'Y' ELSE 'N' END)", "char"),
    "NAME": Column("u.name", "str"),
    "LAST_NAME": Column("u.last_name", "str"),
    "SECOND_NAME": Column("u.second_name", "str"),
    "EMAIL": Column("u.email", "str"),
    "LAST_LOGIN": Column("u.last_login", "datetime"),
    "DATE_REGISTER": Column("u.date_register", "datetime"),
    "IS_ONLINE": Column("u.is_online", "char"),
    "PERSONAL_GENDER": Column("u.personal_gender", "str"),
    "WORK_POSITION": Column("u.work_position", "str"),
    "UF_DEPARTMENT": Column("u.department_id", "int"),
    "USER_TYPE": Column("'employee'", "str"),
}
_CONTROL_KEYS = {"SORT", "ORDER", "FILTER", "ADMIN_MODE"}


def user_to_legacy(ctx: MethodContext, row: sqlite3.Row | dict[str, Any]) -> dict[str, Any]:
    """One user row as the legacy user dict (see the module docstring)."""
    return {
        "ID": str(row["id"]),
        "XML_ID": row["xml_id"],
        "ACTIVE": bool(row["active"]),
        "NAME": row["name"],
        "LAST_NAME": row["last_name"],
        "SECOND_NAME": row["second_name"],
        "EMAIL": row["email"],
        "LAST_LOGIN": ctx.clock.format(row["last_login"]),
        "DATE_REGISTER": ctx.clock.format(row["date_register"]),
        "IS_ONLINE": row["is_online"],
        "TIME_ZONE": row["time_zone"],
        "TIME_ZONE_OFFSET": str(row["time_zone_offset"]),
        "PERSONAL_GENDER": row["personal_gender"],
        "PERSONAL_PHOTO": row["personal_photo"],
        "WORK_POSITION": row["work_position"],
        "UF_DEPARTMENT": [int(row["department_id"])],
        "USER_TYPE": "employee",
    }


@rest_method("user.current")
def user_current(ctx: MethodContext) -> dict[str, Any]:
    """``user.current``: the webhook's user as a legacy user dict."""
    row = ctx.db.query_one("SELECT * FROM user WHERE id = ?", (ctx.user_id,))
    if row is None:  # the portal always creates the webhook's user; guard anyway
        raise SandboxError("NO_AUTH_FOUND", "Wrong authorization data", 401)
    return user_to_legacy(ctx, row)


def _active_value(value: Any) -> Any:
    if is_php_array(value):
        return [_active_value(v) for _, v in php_items(value)]
    return "Y" if php_str(value).upper() in ("Y", "1", "TRUE") else "N"


@rest_method("user.get")
def user_get(ctx: MethodContext) -> ListResult:
    """``user.get``: users matching a filter, 50 per page with ``total``/``next``.

    Parameters (names case-insensitive): ``FILTER`` (array; when absent, the other top-level keys are
    the filter, e.g. ``{"ID": 3}``), ``SORT`` (field, default ``ID``), ``ORDER`` (``ASC``/``DESC``).
    Filter keys take the legacy prefixes (``@ID``, ``%LAST_NAME`` …); unknown keys are ignored.
    """
    upper = {key.upper(): value for key, value in ctx.params.items()}
    if "FILTER" in upper and is_php_array(upper["FILTER"]):
        filter_items = php_items(upper["FILTER"])
    else:
        filter_items = [(key, value) for key, value in ctx.params.items() if key.upper() not in _CONTROL_KEYS]
    filter_value = {}
    for key, value in filter_items:
        filter_value[key] = _active_value(value) if key.lstrip("!=@") == "ACTIVE" else value
    where_sql, params = FilterBuilder(_COLUMNS, ctx.clock).where(filter_value)
    from_sql = f"FROM user u WHERE {where_sql}"
    window = legacy_window(ctx.start, lambda: int(ctx.db.scalar(f"SELECT COUNT(*) {from_sql}", params)))
    sort = php_str(upper.get("SORT", "ID")) or "ID"
    direction = php_str(upper.get("ORDER", "ASC")) or "ASC"
    order_sql = order_by({sort: direction}, _COLUMNS, default=[("ID", "ASC")], id_column="u.id")
    rows = ctx.db.query(f"SELECT u.* {from_sql} {order_sql} LIMIT ? OFFSET ?",
                        [*params, PAGE_SIZE, window.offset])
    return ListResult([user_to_legacy(ctx, row) for row in rows], window.total, window.next)


@rest_method("user.admin")
def user_admin(ctx: MethodContext) -> bool:
    """``user.admin``: whether the calling user is a portal administrator (``true`` / ``false``; no
    parameters; the documented method of the ``user`` scope). Webhook and application calls alike."""
    return bool(ctx.principal.is_admin)
