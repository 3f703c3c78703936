"""Filter, order and paging of list methods, translated to SQLite.

Filter keys are ``<prefix><FIELD>`` as parsed by Bitrix's ``CSqlUtil::GetFilterOperation``
(server-behaviour.md §2.3): optional ``!`` (negation), optional ``+`` (or NULL), then one of
``>=``, ``>``, ``<=``, ``<``, ``@`` (IN), ``=%`` / ``%=`` (LIKE with the caller's own ``%``), ``%``
(substring), ``?`` / ``*=`` / ``*%`` / ``*`` (full-text and query syntax; the sandbox treats them as
substring/LIKE), ``=`` or nothing (equals). So ``!=``, ``!@``, ``!%``, ``!=%`` and ``!%=`` all work.

Value rules (legacy; ``legacy=False`` drops the NULL quirks for D7 ``crm.item.list``):

* an array value with a non-``@`` operator ORs one condition per element (negation then ANDs them);
  ``@`` takes an array (a string is split on commas) of any length; ``@`` with an empty array never
  matches; a filter needing more SQL variables than SQLite binds answers ``ERROR_CORE`` / ``SQL query
  error!`` (``calls.run_call``), as a query the portal's database refuses does;
* integers: ``= 0`` also matches NULL; ``%``-operators degrade to ``=``; comparisons cast to int;
* strings: ``= ''`` and ``% ''`` match NULL or empty; comparisons ignore letter case, like MySQL's
  default collation on the real portal; ``LIKE`` operators fold case in every script ("Ærø" finds
  "ærø", "ÄPFEL" finds "äpfel", Cyrillic, Greek) through :func:`like_casefold`, which
  :func:`register_sql_functions` installs on the sandbox's connection (SQLite's own ``LIKE`` folds
  only ASCII);
* datetimes: only ``= < > <= >=`` (others become ``=``); values are read with the portal offset when
  they carry none; ``NOW`` is the portal's now; an unreadable date becomes ``IS NULL``;
* any other array (e.g. the rows a batch reference substituted, server-behaviour.md §5.5) is read
  with PHP's casts — ``intval`` of an array is 0/1, a string is ``"Array"``, a date none — never an error;
* a negated condition matches every row where the plain condition is not true (NULLs included).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .clock import PortalClock
from .wire import is_php_array, php_floatval, php_intval, php_items, php_str

__all__ = ["PAGE_SIZE", "Column", "FilterBuilder", "PageWindow", "balanced", "d7_window", "legacy_window",
           "like_casefold", "order_by", "register_sql_functions"]

#: Fixed page size of list methods (``IRestService::LIST_LIMIT``, api-spec.md §2.3).
PAGE_SIZE = 50

_KEY_RE = re.compile(r"^(!?)(\+?)(>=|>|<=|<|@|=%|%=|%|\?|\*=|\*%|\*|=)?(.*)$", re.S)
#: Longer ``@`` lists are passed as one JSON array (``json_each``) instead of one variable per value.
_IN_LIST_LIMIT = 500
_LIKE_OPS = {"%", "=%", "%=", "?", "*", "*=", "*%"}
_COMPARE_OPS = {"=", "<", ">", "<=", ">="}


#: The SQL function :func:`register_sql_functions` installs: ``bx_like(value, pattern, escape)``.
LIKE_FUNCTION = "bx_like"


@lru_cache(maxsize=256)
def _like_regex(pattern: str, escape: str) -> re.Pattern[str]:
    parts: list[str] = []
    chars = iter(pattern.casefold())
    for char in chars:
        if escape and char == escape:
            following = next(chars, None)
            parts.append(re.escape(following if following is not None else char))
        elif char == "%":
            parts.append(".*")
        elif char == "_":
            parts.append(".")
        else:
            parts.append(re.escape(char))
    return re.compile("".join(parts), re.S)


def like_casefold(value: object, pattern: object, escape: object = "") -> int | None:
    """SQL ``LIKE`` with Unicode case folding (``str.casefold``): ``%`` any run, ``_`` one character,
    ``escape`` (one character or ``""``) makes the next one literal. ``None`` (SQL NULL) when
    ``value`` or ``pattern`` is NULL; numbers compare by their text, as in SQLite.

    Example: ``like_casefold("Ærø Ferries", "%ærø%")`` → 1.
    """
    if value is None or pattern is None:
        return None
    text = value if isinstance(value, str) else str(value)
    regex = _like_regex(pattern if isinstance(pattern, str) else str(pattern), escape if isinstance(escape, str) else "")
    return 1 if regex.fullmatch(text.casefold()) else 0


def register_sql_functions(conn: sqlite3.Connection) -> None:
    """Install :data:`LIKE_FUNCTION` (``bx_like(value, pattern, escape)``) on ``conn``; every
    connection the sandbox filters on needs it."""
    conn.create_function(LIKE_FUNCTION, 3, like_casefold, deterministic=True)


@dataclass(frozen=True)
class Column:
    """A filterable / sortable field: its SQL expression and kind (int, float, str, char, datetime).

    ``recent`` (datetimes only): a lower bound (``>``, ``>=``) on this column usually keeps few rows
    ("changed since …"), so it is passed to SQLite as ``likelihood(…, 0.01)`` and the planner reads
    the column's index instead of walking the whole table in ``ID`` order (sandbox speed only; the
    rows are the same).
    """

    expr: str
    kind: str
    recent: bool = False


Sql = tuple[str, list[Any]]


def balanced(operator: str, terms: list[str]) -> str:
    """``terms`` joined with ``operator`` (``AND``/``OR``) as a balanced tree of parentheses.

    SQLite nests ``a OR b OR c …`` one level per term and refuses more than 1000 levels; balanced,
    a filter of a million values is 20 levels deep. Each term must already be parenthesised.
    """
    level = list(terms)
    while len(level) > 1:
        paired = [f"({level[i]} {operator} {level[i + 1]})" for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0] if level else ""


class FilterBuilder:
    """Turns a filter (a PHP array) into an SQL condition over ``columns`` (name → :class:`Column`).

    Args:
        columns: filterable fields by their exact (case-sensitive) name; unknown keys are dropped.
        clock: reads datetime values and ``NOW``.
        legacy: True for the old CRM proxy rules (NULL quirks); False for D7 controllers, which also
            accept nested groups ``{"0": {"logic": "OR", …}}`` and a group-level ``logic`` key.
    """

    def __init__(self, columns: Mapping[str, Column], clock: PortalClock, *, legacy: bool = True) -> None:
        self.columns = columns
        self.clock = clock
        self.legacy = legacy

    def where(self, filter_value: Any) -> Sql:
        """The whole filter as one condition (``"1 = 1"`` when nothing applies)."""
        sql, params = self._group(filter_value)
        return (sql or "1 = 1"), params

    # ------------------------------------------------------------------ groups

    def _group(self, filter_value: Any) -> Sql:
        parts: list[str] = []
        params: list[Any] = []
        logic = "AND"
        for key, value in php_items(filter_value):
            if not self.legacy and key.lower() == "logic":
                logic = "OR" if php_str(value).upper() == "OR" else "AND"
                continue
            if not self.legacy and (key.isdigit() or key == "") and is_php_array(value):
                sql, sub = self._group(value)
            else:
                built = self.condition(key, value)
                if built is None:
                    continue
                sql, sub = built
            if sql:
                parts.append(f"({sql})")
                params.extend(sub)
        return balanced(logic, parts), params

    # ------------------------------------------------------------------ one key

    def condition(self, key: str, value: Any) -> Sql | None:
        """One ``<prefix><FIELD>: value`` condition, or ``None`` when the key is dropped."""
        match = _KEY_RE.match(key)
        if not match:
            return None
        negate, or_null, op, name = match.group(1) == "!", match.group(2) == "+", match.group(3) or "=", match.group(4)
        column = self.columns.get(name)
        if column is None:
            return None
        if column.kind == "datetime" and op not in _COMPARE_OPS:
            op = "="
        if column.kind in ("int", "float") and op in _LIKE_OPS:
            op = "="
        if op == "@":
            built = self._in(column, value)
        elif is_php_array(value):
            items = [v for _, v in php_items(value)]
            if not items:
                return None
            singles = [self._single(column, op, item) for item in items]
            built = (balanced("OR", [f"({s})" for s, _ in singles]), [p for _, ps in singles for p in ps])
        else:
            built = self._single(column, op, value)
        sql, params = built
        if or_null:
            sql = f"({sql}) OR {column.expr} IS NULL"
        if negate:
            sql = f"NOT COALESCE(({sql}), 0)"
        return sql, params

    def _value(self, column: Column, value: Any) -> Any:
        if column.kind == "int":
            return php_intval(value)
        if column.kind == "float":
            return php_floatval(value)
        if column.kind == "datetime":
            if isinstance(value, str) and value.strip().upper() == "NOW":
                return self.clock.now_ts()
            return self.clock.parse(value)
        return php_str(value)

    def _in(self, column: Column, value: Any) -> Sql:
        if is_php_array(value):
            items = [v for _, v in php_items(value)]
        elif isinstance(value, str):
            items = [part.strip() for part in value.split(",") if part.strip() != ""]
        else:
            items = [value]
        values = [self._value(column, item) for item in items]
        values = [v for v in values if v is not None]
        if not values:
            return "1 = 2", []
        collate = " COLLATE NOCASE" if column.kind in ("str", "char") else ""
        if len(values) > _IN_LIST_LIMIT:
            # One JSON parameter instead of one per value: SQLite binds at most so many variables.
            text = json.dumps([v if not isinstance(v, float) or math.isfinite(v) else None for v in values])
            return f"{column.expr}{collate} IN (SELECT value FROM json_each(?))", [text]
        marks = ", ".join("?" for _ in values)
        return f"{column.expr}{collate} IN ({marks})", values

    def _single(self, column: Column, op: str, value: Any) -> Sql:
        expr = column.expr
        converted = self._value(column, value)
        if column.kind == "datetime":
            if converted is None:
                return f"{expr} IS NULL", []
            if column.recent and op in (">", ">="):
                return f"likelihood({expr} {op} ?, 0.01)", [converted]
            return f"{expr} {op} ?", [converted]
        if column.kind in ("int", "float"):
            if op == "=" and converted == 0 and self.legacy:
                return f"({expr} IS NULL OR {expr} = 0)", []
            return f"{expr} {op} ?", [converted]
        text = converted
        if op in ("=", "%", "?", "*") and text == "" and self.legacy:
            return f"({expr} IS NULL OR {expr} = '')", []
        if op == "=":
            return f"{expr} = ? COLLATE NOCASE", [text]
        if op in ("%", "?", "*"):
            escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            return f"{LIKE_FUNCTION}({expr}, ?, '\\')", [f"%{escaped}%"]
        if op in ("=%", "%=", "*=", "*%"):
            return f"{LIKE_FUNCTION}({expr}, ?, '')", [text]
        return f"{expr} {op} ? COLLATE NOCASE", [text]


def order_by(
    order_value: Any,
    columns: Mapping[str, Column],
    *,
    default: list[tuple[str, str]],
    id_column: str,
    normalize: Callable[[str], str] = str.upper,
) -> str:
    """ORDER BY clause for ``order`` (a PHP array ``{FIELD: "asc"|"desc"}``).

    Keys pass through ``normalize`` (legacy: upper-cased) and unknown ones are ignored; a direction
    other than ``ASC`` (any case) means ``DESC``. An empty/absent order uses ``default``
    ``[(field, "ASC"|"DESC")]`` (server-behaviour.md §2.1).

    Our choice, not the portal's: the real server adds no tie-breaker, so rows with equal sort
    values may swap between pages. The sandbox appends ``id_column`` in the direction of the first
    key so that paging is stable.
    """
    pairs = [(normalize(k), "ASC" if php_str(v).upper() == "ASC" else "DESC") for k, v in php_items(order_value)]
    if not pairs:
        pairs = default
    terms: list[str] = []
    first_direction = None
    for name, direction in pairs:
        column = columns.get(name)
        if column is None:
            continue
        first_direction = first_direction or direction
        collate = " COLLATE NOCASE" if column.kind in ("str", "char") else ""
        terms.append(f"{column.expr}{collate} {direction}")
    terms.append(f"{id_column} {first_direction or 'ASC'}")
    return "ORDER BY " + ", ".join(terms)


@dataclass(frozen=True)
class PageWindow:
    """Which rows to read and what to report: ``offset``, ``total`` (``None`` = omit), ``next``."""

    offset: int
    total: int | None
    next: int | None


def legacy_window(start: int, count: Callable[[], int]) -> PageWindow:
    """Paging of legacy list methods (server-behaviour.md §2.4).

    ``start`` is floored to a multiple of 50; a page beyond the end gives page 1 again (Bitrix's
    ``CDBResult::NavQuery``); ``start < 0`` skips the count: ``total`` is 0 and there is no ``next``.
    """
    if start < 0:
        return PageWindow(0, 0, None)
    total = count()
    pages = -(-total // PAGE_SIZE)
    page = start // PAGE_SIZE + 1
    if page > pages:
        page = 1
    next_start = page * PAGE_SIZE if page < pages else None
    return PageWindow((page - 1) * PAGE_SIZE, total, next_start)


def d7_window(start: int, count: Callable[[], int]) -> PageWindow:
    """Paging of D7 controllers (``crm.item.list``): floored ``start``; past the end → empty page.

    ``start < 0`` means "don't count": neither ``total`` nor ``next`` is sent (server-behaviour.md §2.4).
    """
    if start < 0:
        return PageWindow(0, None, None)
    offset = start // PAGE_SIZE * PAGE_SIZE
    total = count()
    next_start = offset + PAGE_SIZE if offset + PAGE_SIZE < total else None
    return PageWindow(offset, total, next_start)
