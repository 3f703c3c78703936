"""``event.bind``, ``event.unbind``, ``event.get``, ``event.offline.get``, ``event.offline.clear``, ``event.offline.list``.

Source: the rest module's ``Bitrix\\Rest\\Api\\Event`` (open-source copy) and the docs pages
``events/event-bind``, ``events/offline-events``, ``events/event-offline-get|list|clear``; api-spec.md
§4.16 for the activity events. The queue itself is ``events.py``.

Common rules, checked first in this order:

1. **Application context required**: a webhook call (no application) gets HTTP 403
   ``WRONG_AUTH_TYPE`` / ``Current authorization type is denied for this method``
   (``AuthTypeException``, server-behaviour.md §5.3).
2. ``event.offline.*`` need a portal administrator (``Principal.is_admin``): else 403
   ``ACCESS_DENIED`` / ``Access denied!``. ``event.bind``/``unbind`` need one for ``event_type=offline``
   (``Access denied! Offline events binding requires administrator access rights``).

Argument errors are HTTP 400 ``{"error": "ERROR_ARGUMENT", "error_description": <text>, "argument":
<NAME>}`` [INF: the code of ``Bitrix\\Rest\\Exceptions\\ArgumentException`` as the REST core renders it].
Parameter names are case-insensitive (the portal changes the keys' case).

``event.bind`` — ``event``* (any case), ``event_type`` ``online`` (default) | ``offline``, ``handler``
(URL; required online, ignored offline), ``auth_type`` (user id, online only). Returns ``true``.
Errors: no ``event`` → ``Argument 'EVENT' is null or empty``; another ``event_type`` → ``Value must
be one of {online|offline}``; online without ``handler`` → ``Argument 'HANDLER' is null or empty``;
an event the application's scopes do not offer → 400 ``ERROR_EVENT_NOT_FOUND`` / ``Event not found``;
``ONOFFLINEEVENT`` offline → ``Offline event cannot be registered for this event.``; the same handler
twice → 400 ``ERROR_CORE`` / ``Unable to set event handler: Handler already binded`` [INF: the text of
the event table's unique check].

``event.unbind`` — same parameters; removes this application's matching handlers and returns
``{"count": <removed>}`` (0 when none matched). Queued offline events stay until read or cleared.

``event.get`` — this application's handlers in bind order: ``{"event", "handler", "auth_type",
"offline": 0}`` for online ones and ``{"event", "connector_id": "", "offline": 1}`` for offline ones.

``event.offline.get`` — ``filter`` (fields ``ID``, ``TIMESTAMP_X``, ``EVENT_NAME``, ``MESSAGE_ID``;
operators ``=``, ``!``/``!=``, ``>``, ``>=``, ``<``, ``<=`` before the name), ``order`` (same fields,
``ASC``/``DESC``; default ``{"TIMESTAMP_X": "ASC"}``, ties by ``ID``), ``limit`` (default 50; ≤ 0 →
``Value must be positive integer``, argument ``LIMIT``), ``clear`` (``intval``; default 1),
``process_id``, ``error`` (1 = the entries marked as errors). Without ``process_id`` it reserves up to
``limit`` unreserved entries under a new 32-character process id; with ``process_id`` it reads the
entries reserved under that id (``""`` names the unreserved ones). It answers ``{"process_id": <id> |
null, "events": [...]}``: the id is ``null`` when ``clear`` is on and no ``process_id`` was sent. With
``clear`` on (and events found) every entry reserved under that process id is deleted; with ``clear=0``
they stay reserved (invisible to other calls without that id) until ``event.offline.clear``.

``event.offline.clear`` — ``process_id``* (missing → ``Argument 'PROCESS_ID' is null or empty``),
optional ``id`` (array of positive ints) or ``message_id`` (array of 32-character ids; wins over
``id``): deletes this application's entries of that process (all, or the listed ones). Returns ``true``.

``event.offline.list`` — reads the queue without changing it: ``filter``/``order`` over ``ID``,
``TIMESTAMP_X``, ``EVENT_NAME``, ``MESSAGE_ID``, ``PROCESS_ID``, ``ERROR`` (default order ``ID``
ascending), pages of 50 with ``start``; each entry adds ``PROCESS_ID`` and ``ERROR``; ``total`` and
``next`` as every list method.

A filter or order naming another field, an operator outside the list or an array as a value →
``ERROR_ARGUMENT`` naming the key [INF: the portal throws for these too].
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from ..errors import CoreError, SandboxError, access_denied
from ..events import KNOWN_EVENTS, ONLINE_ONLY_EVENTS, event_row
from ..registry import ListResult, MethodContext, rest_method
from ..wire import php_intval

__all__ = ["event_bind", "event_get", "event_offline_clear", "event_offline_get", "event_offline_list", "event_unbind"]

#: Records per ``event.offline.get`` by default, and the page size of ``event.offline.list``.
LIST_LIMIT = 50
_GET_FIELDS = ("ID", "TIMESTAMP_X", "EVENT_NAME", "MESSAGE_ID")
_LIST_FIELDS = (*_GET_FIELDS, "PROCESS_ID", "ERROR")
_INT_FIELDS = frozenset({"ID", "ERROR"})
_OPERATORS = {"": "=", "=": "=", "!": "!=", "!=": "!=", ">": ">", ">=": ">=", "<": "<", "<=": "<="}
_FILTER_KEY = re.compile(r"^(\W{0,2})(.+)$", re.DOTALL)


# ---------------------------------------------------------------------------- errors


def wrong_auth_type() -> CoreError:
    """403 ``WRONG_AUTH_TYPE``: the method needs an application (OAuth) call (server-behaviour.md §5.3)."""
    return CoreError("WRONG_AUTH_TYPE", "Current authorization type is denied for this method", 403)


def argument_error(message: str, name: str) -> SandboxError:
    """400 ``ERROR_ARGUMENT`` with ``argument`` = the parameter's name [INF]."""
    return SandboxError("ERROR_ARGUMENT", message, 400, argument=name)


def argument_null(name: str) -> SandboxError:
    """400 ``ERROR_ARGUMENT`` / ``Argument '<NAME>' is null or empty``."""
    return argument_error(f"Argument '{name}' is null or empty", name)


# ---------------------------------------------------------------------------- helpers


def _app(ctx: MethodContext, *, admin: bool) -> str:
    client_id = ctx.principal.app_client_id
    if client_id is None:
        raise wrong_auth_type()
    if admin and not ctx.principal.is_admin:
        raise access_denied()
    return client_id


def _keys(params: dict[str, Any], upper: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in params.items():
        out[str(key).upper() if upper else str(key).lower()] = value
    return out


def _string(value: Any) -> str:
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, (str, int, float)):
        return str(value).strip()
    return ""


def _event_type(query: dict[str, Any]) -> str:
    event_type = _string(query.get("EVENT_TYPE")).lower()
    if not event_type:
        return "online"
    if event_type not in ("online", "offline"):
        raise argument_error("Value must be one of {online|offline}", "EVENT_TYPE")
    return event_type


def _filter_sql(ctx: MethodContext, raw: Any, fields: tuple[str, ...]) -> tuple[list[str], list[Any]]:
    if raw in (None, "", []):
        return [], []
    if not isinstance(raw, dict):
        raise argument_error("Filter must be an array of FIELD => value", "filter")
    where: list[str] = []
    values: list[Any] = []
    for key, value in raw.items():
        match = _FILTER_KEY.match(str(key))
        operator = _OPERATORS.get(match.group(1)) if match else None
        field = match.group(2).upper() if match else ""
        if operator is None or field not in fields:
            raise argument_error(f"Filter key {key} is not allowed: use one of {', '.join(fields)} "
                                 "with =, !, >, >=, <, <=", "filter")
        if isinstance(value, (dict, list)):
            raise argument_error(f"Filter value of {key} must be a single value", "filter")
        if field in _INT_FIELDS:
            bound: Any = php_intval(value)
        elif field == "TIMESTAMP_X":
            bound = ctx.clock.parse(value)
            if bound is None:
                raise argument_error(f"Filter value of {key} must be a date and time", "filter")
        else:
            bound = _string(value)
        where.append(f"{field.lower()} {operator} ?")
        values.append(bound)
    return where, values


def _order_sql(raw: Any, fields: tuple[str, ...], default: str) -> str:
    if raw in (None, "", []):
        return f"{default}, id ASC"
    if not isinstance(raw, dict):
        raise argument_error("Order must be an array of FIELD => ASC|DESC", "order")
    parts: list[str] = []
    for key, direction in raw.items():
        field = str(key).upper()
        if field not in fields:
            raise argument_error(f"Order key {key} is not allowed: use one of {', '.join(fields)}", "order")
        parts.append(f"{field.lower()} {'DESC' if _string(direction).upper() == 'DESC' else 'ASC'}")
    return ", ".join([*parts, "id ASC"])


def _process_id(query: dict[str, Any]) -> str | None:
    if "process_id" not in query or query["process_id"] is None:
        return None
    value = query["process_id"]
    if isinstance(value, (dict, list)):
        raise argument_error("Value must be a process id string", "PROCESS_ID")
    return _string(value)


# ---------------------------------------------------------------------------- bind / unbind / get


@rest_method("event.bind")
def event_bind(ctx: MethodContext) -> bool:
    """``event.bind`` (module docstring). Returns ``true``."""
    client_id = _app(ctx, admin=False)
    query = _keys(ctx.params, upper=True)
    event = _string(query.get("EVENT")).upper()
    event_type = _event_type(query)
    handler = _string(query.get("HANDLER"))
    user_id = php_intval(query.get("AUTH_TYPE"))
    if user_id > 0 and not ctx.principal.is_admin and user_id != ctx.user_id:
        raise access_denied("Event binding with AUTH_TYPE requires administrator access rights")
    if user_id <= 0 and not ctx.principal.is_admin:
        user_id = ctx.user_id
    if not event:
        raise argument_null("EVENT")
    if event_type == "offline":
        if not ctx.principal.is_admin:
            raise access_denied("Offline events binding requires administrator access rights")
        handler, user_id = "", 0
    elif not handler:
        raise argument_null("HANDLER")
    scope = KNOWN_EVENTS.get(event, "")
    if scope == "" or (scope is not None and scope not in ctx.principal.scopes):
        raise SandboxError("ERROR_EVENT_NOT_FOUND", "Event not found", 400)
    if not handler and event in ONLINE_ONLY_EVENTS:
        raise argument_error("Offline event cannot be registered for this event.", "EVENT_TYPE")
    with ctx.db.transaction():
        exists = ctx.db.scalar(
            "SELECT 1 FROM event_handler WHERE client_id = ? AND event_name = ? AND handler = ? AND user_id = ?"
            " AND connector_id = ''", (client_id, event, handler, max(user_id, 0)))
        if exists:
            raise SandboxError("ERROR_CORE", "Unable to set event handler: Handler already binded", 400)
        ctx.db.execute("INSERT INTO event_handler (client_id, event_name, handler, user_id) VALUES (?, ?, ?, ?)",
                       (client_id, event, handler, max(user_id, 0)))
    return True


@rest_method("event.unbind")
def event_unbind(ctx: MethodContext) -> dict[str, int]:
    """``event.unbind`` (module docstring). Returns ``{"count": <removed handlers>}``."""
    client_id = _app(ctx, admin=False)
    query = _keys(ctx.params, upper=True)
    event = _string(query.get("EVENT")).upper()
    if not event:
        raise argument_null("EVENT")
    event_type = _event_type(query)
    handler = _string(query.get("HANDLER"))
    where = ["client_id = ?", "event_name = ?", "handler = ?"]
    values: list[Any] = [client_id, event]
    if event_type == "offline":
        if not ctx.principal.is_admin:
            raise access_denied("Offline events unbinding requires administrator access rights")
        values.append("")
        where.append("connector_id = ''")
    else:
        if not handler:
            raise argument_null("HANDLER")
        values.append(handler)
        if "AUTH_TYPE" in query:
            user_id = php_intval(query["AUTH_TYPE"])
            if not ctx.principal.is_admin and user_id != ctx.user_id:
                raise access_denied("Event unbinding with AUTH_TYPE requires administrator access rights")
            where.append("user_id = ?")
            values.append(user_id)
        elif not ctx.principal.is_admin:
            where.append("user_id = ?")
            values.append(ctx.user_id)
    with ctx.db.transaction():
        cursor = ctx.db.execute(f"DELETE FROM event_handler WHERE {' AND '.join(where)}", values)
    return {"count": int(cursor.rowcount)}


@rest_method("event.get")
def event_get(ctx: MethodContext) -> list[dict[str, Any]]:
    """``event.get`` (module docstring): this application's handlers (the caller's own ones unless admin)."""
    client_id = _app(ctx, admin=False)
    sql = "SELECT * FROM event_handler WHERE client_id = ?"
    values: list[Any] = [client_id]
    if not ctx.principal.is_admin:
        sql += " AND user_id = ?"
        values.append(ctx.user_id)
    out: list[dict[str, Any]] = []
    for row in ctx.db.query(sql + " ORDER BY id", values):
        if row["handler"]:
            out.append({"event": row["event_name"], "handler": row["handler"], "auth_type": int(row["user_id"]),
                        "offline": 0})
        else:
            out.append({"event": row["event_name"], "connector_id": row["connector_id"], "offline": 1})
    return out


# ---------------------------------------------------------------------------- the offline queue


@rest_method("event.offline.get")
def event_offline_get(ctx: MethodContext) -> dict[str, Any]:
    """``event.offline.get`` (module docstring): ``{"process_id": str | None, "events": [...]}``."""
    client_id = _app(ctx, admin=True)
    query = _keys(ctx.params, upper=False)
    clear = php_intval(query["clear"]) if "clear" in query else 1
    process_id = _process_id(query)
    limit = php_intval(query["limit"]) if "limit" in query else LIST_LIMIT
    if limit <= 0:
        raise argument_error("Value must be positive integer", "LIMIT")
    limit = min(limit, 2**31)
    errors = 1 if "error" in query and php_intval(query["error"]) == 1 else 0
    where, values = _filter_sql(ctx, query.get("filter"), _GET_FIELDS)
    order = _order_sql(query.get("order"), _GET_FIELDS, "timestamp_x ASC")
    where = ["client_id = ?", "connector_id = ''", "error = ?", *where]
    values = [client_id, errors, *values]
    return_process_id = not clear
    with ctx.db.transaction():
        if process_id is None:
            process_id = secrets.token_hex(16)
            picked = ctx.db.query(f"SELECT id FROM event_offline WHERE {' AND '.join(where)} AND process_id = ''"
                                  f" ORDER BY {order} LIMIT ?", [*values, limit])
            ctx.db.conn.executemany("UPDATE event_offline SET process_id = ? WHERE id = ?",
                                    [(process_id, row["id"]) for row in picked])
        else:
            return_process_id = True
        rows = ctx.db.query(f"SELECT * FROM event_offline WHERE {' AND '.join(where)} AND process_id = ?"
                            f" ORDER BY {order} LIMIT ?", [*values, process_id, limit])
        events = [event_row(ctx.portal, row) for row in rows]
        if clear and events:
            ctx.db.execute("DELETE FROM event_offline WHERE process_id = ? AND client_id = ? AND connector_id = ''",
                           (process_id, client_id))
    return {"process_id": process_id if return_process_id else None, "events": events}


@rest_method("event.offline.clear")
def event_offline_clear(ctx: MethodContext) -> bool:
    """``event.offline.clear`` (module docstring). Returns ``true``."""
    client_id = _app(ctx, admin=True)
    query = _keys(ctx.params, upper=False)
    process_id = _process_id(query)
    if process_id is None:
        raise argument_null("PROCESS_ID")
    sql = "DELETE FROM event_offline WHERE process_id = ? AND client_id = ? AND connector_id = ''"
    values: list[Any] = [process_id, client_id]
    if "message_id" in query:
        listed = query["message_id"]
        if not isinstance(listed, (dict, list)):
            raise argument_error("Value must be array of MESSAGE_ID values", "message_id")
        ids = [_string(v) for v in (listed.values() if isinstance(listed, dict) else listed)]
        if any(len(v) != 32 for v in ids):
            raise argument_error("Value must be array of MESSAGE_ID values", "message_id")
        sql += f" AND message_id IN ({', '.join('?' * len(ids))})" if ids else " AND 0"
        values += ids
    elif "id" in query:
        listed = query["id"]
        if not isinstance(listed, (dict, list)):
            raise argument_error("Value must be array of integers", "id")
        numbers = [php_intval(v) for v in (listed.values() if isinstance(listed, dict) else listed)]
        if any(n <= 0 for n in numbers):
            raise argument_error("Value must be array of integers", "id")
        sql += f" AND id IN ({', '.join('?' * len(numbers))})" if numbers else " AND 0"
        values += numbers
    with ctx.db.transaction():
        ctx.db.execute(sql, values)
    return True


@rest_method("event.offline.list")
def event_offline_list(ctx: MethodContext) -> ListResult:
    """``event.offline.list`` (module docstring): a page of 50 entries with ``total``/``next``."""
    client_id = _app(ctx, admin=True)
    query = _keys(ctx.params, upper=False)
    where, values = _filter_sql(ctx, query.get("filter"), _LIST_FIELDS)
    order = _order_sql(query.get("order"), _LIST_FIELDS, "id ASC")
    where = ["client_id = ?", "connector_id = ''", *where]
    values = [client_id, *values]
    offset = max(ctx.start, 0)
    total = int(ctx.db.scalar(f"SELECT COUNT(*) FROM event_offline WHERE {' AND '.join(where)}", values))
    rows = ctx.db.query(f"SELECT * FROM event_offline WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ? OFFSET ?",
                        [*values, LIST_LIMIT, offset])
    page = [event_row(ctx.portal, row, with_process=True) for row in rows]
    following = offset + LIST_LIMIT
    return ListResult(page, total=total, next=following if following < total else None)
