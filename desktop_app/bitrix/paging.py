"""Count-free fast listing: the ``>ID`` cursor chained through ``batch`` (``BitrixClient.walk``).

Source: api-spec.md §2.3 (keyset paging, ``start=-1``, the chained ``$result[p][49][ID]`` variant),
§2.4 (batch); server-behaviour.md §2.4 (``start=-1``: no COUNT, ``total`` 0, no ``next``), §5.5
(references).

How the rows come:

1. The first request is one page alone (50 rows, ``start=-1``), so a view can show it at once —
   after about 1/50 of the work of the next requests. With ``with_total`` that request is a batch of
   two: the same page and one counted call (``select: [ID]``, ``start: 0``) for ``total``.
2. While pages are full, the next request is a batch of 50 pages chained by references, ``halt=1``:
   page *k* filters ``">ID": "$result[p{k-1}][49][ID]"`` (the last row of the page before), so one
   HTTP request brings up to 2,500 rows. The walk stops at the first page shorter than 50; the
   pages after it in the same batch are garbage (the portal substitutes the whole short page for the
   missing ``[49]``) and are ignored.

Every list command has ``order: {ID: ASC}`` (``DESC`` with ``descending``) and ``start=-1``; no page
is ever counted (``start ≥ 0``) besides the one ``with_total`` call. A user filter is kept; a user
``>ID`` (``<ID`` descending) is the starting cursor, any other ID bound stays as it is. The cursor must
move forward on every page, else :class:`CursorStalled` ends the walk (a portal that ignores the
filter or the order would otherwise loop). A page that is not a list of objects each with a positive
whole ``ID`` raises :class:`~desktop_app.bitrix.errors.BadResponse` naming the row
(``result[3].ID``, or ``result.result.p7[3].ID`` inside a batch). Rows whose ID was already yielded (an activity bound to
two owners matched by a ``BINDINGS`` filter appears twice) are dropped.

A page refused with 429 ``OPERATION_TIME_LIMIT`` inside a batch is asked again from the same cursor;
the transport makes that request wait for the method's operating reset (:mod:`desktop_app.bitrix.limits`).

Cancellation: stop iterating (``break``, ``aclose()``) or cancel the task — nothing runs in the
background between pages; a cancelled request is abandoned with its task.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pydantic import TypeAdapter

from .errors import BitrixError, OperationTimeLimit
from .prepared import PreparedCall
from .replies import PositiveId

if TYPE_CHECKING:
    from .client import BitrixClient

#: Rows per page of legacy list methods (api-spec.md §2.3).
PAGE_SIZE = 50
#: Pages chained in one batch.
PAGES_PER_BATCH = 50
#: A page refused with 429 ``OPERATION_TIME_LIMIT`` is asked again (after the method's reset) this
#: many times in a row before the walk gives up with that error.
MAX_OPERATING_RETRIES = 3


@dataclass(frozen=True)
class WalkPage:
    """What one HTTP request of a walk brought.

    Attributes:
        rows: the new rows, raw API dicts (``{"ID": "12", "SUBJECT": ...}``) in cursor order, duplicates
            dropped; turn them into models with e.g. ``Activity.from_api``.
        rows_so_far: rows yielded by the walk up to and including this page.
        total: rows matching the filter, when ``with_total`` asked for the count; else ``None``.
        requests: HTTP requests the walk has used so far.
    """

    rows: list[dict[str, Any]]
    rows_so_far: int
    total: int | None
    requests: int


class CursorStalled(BitrixError):
    """The ``>ID`` (``<ID``) cursor of a walk did not advance: the portal returned a full page whose
    last ID is not past the previous one (it ignored the filter or the order). Raised instead of
    looping; ``method`` names the list method, :attr:`cursor` the ID it was stuck at."""

    def __init__(self, method: str, cursor: int | None, detail: str) -> None:
        self.cursor = cursor
        super().__init__("CURSOR_STALLED", f"{method} did not move past ID {cursor}: {detail}", 200, method=method)


_ROW_ID: TypeAdapter[int] = TypeAdapter(PositiveId)


class _Walk:
    def __init__(self, client: BitrixClient, method: str, flt: Mapping[str, Any] | None,
                 select: Sequence[str] | None, descending: bool, id_field: str) -> None:
        self.client = client
        self.method = method
        self.id_field = id_field
        self.descending = descending
        self.cursor_key = ("<" if descending else ">") + id_field
        base_filter = dict(flt or {})
        start = base_filter.pop(self.cursor_key, None)
        self.cursor: int | None = None if start in (None, "") else int(start)
        self.filter = base_filter
        self.select = list(select) if select is not None else None
        self.seen: set[int] = set()
        self.rows_so_far = 0
        self.requests = 0

    def params(self, cursor: Any) -> dict[str, Any]:
        flt = dict(self.filter)
        if cursor is not None:
            flt[self.cursor_key] = cursor
        params: dict[str, Any] = {"order": {self.id_field: "DESC" if self.descending else "ASC"}, "filter": flt,
                                  "start": -1}
        if self.select is not None:
            params["select"] = self.select
        return params

    def count_call(self) -> PreparedCall:
        flt = dict(self.filter)
        if self.cursor is not None:
            flt[self.cursor_key] = self.cursor
        return PreparedCall(self.method, {"filter": flt, "select": [self.id_field], "start": 0})

    def take(self, rows: Any, method: str | None = None, path: str = "result") -> tuple[list[dict[str, Any]], bool]:
        """Check and keep one page found at ``path`` of ``method``'s reply; returns (new rows, whether
        the page was full). Raises ``BadResponse`` for a page that is not a list of rows with IDs."""
        checker = self.client.checker
        method = method or self.method
        if not isinstance(rows, list):
            raise checker.bad(method, 200, path, f"{self.method} rows must be a list", rows)
        fresh: list[dict[str, Any]] = []
        ids: list[int] = []
        for index, row in enumerate(rows):
            where = f"{path}[{index}]"
            if not isinstance(row, dict) or self.id_field not in row:
                raise checker.bad(method, 200, f"{where}.{self.id_field}", f"a row without {self.id_field}", row)
            row_id = checker.check(_ROW_ID, row[self.id_field], method=method, path=f"{where}.{self.id_field}")
            ids.append(row_id)
            if row_id not in self.seen:
                self.seen.add(row_id)
                fresh.append(row)
        if rows:
            last = ids[-1]
            moved = self.cursor is None or (last < self.cursor if self.descending else last > self.cursor)
            if not moved:
                raise CursorStalled(self.method, self.cursor,
                                    f"the page ended at ID {last}; the portal ignored the {self.cursor_key} filter "
                                    "or the ID order")
            self.cursor = last
        self.rows_so_far += len(fresh)
        return fresh, len(rows) >= PAGE_SIZE

    def page(self, rows: list[dict[str, Any]], total: int | None) -> WalkPage:
        return WalkPage(rows, self.rows_so_far, total, self.requests)

    def chained(self) -> dict[str, PreparedCall]:
        commands: dict[str, PreparedCall] = {}
        for k in range(PAGES_PER_BATCH):
            cursor: Any = self.cursor if k == 0 else f"$result[p{k - 1}][{PAGE_SIZE - 1}][{self.id_field}]"
            commands[f"p{k}"] = PreparedCall(self.method, self.params(cursor))
        return commands


async def walk(
    client: BitrixClient,
    method: str = "crm.activity.list",
    *,
    filter: Mapping[str, Any] | None = None,
    select: Sequence[str] | None = None,
    with_total: bool = False,
    descending: bool = False,
    id_field: str = "ID",
) -> AsyncIterator[WalkPage]:
    """Every row of a legacy list method (a ``result`` that is a list of rows with ``ID``), one
    :class:`WalkPage` per HTTP request; see the module docstring.

    Raises:
        CursorStalled: the cursor did not advance.
        BadResponse: a page is not a list of rows with positive whole IDs (``field`` names the row).
        BitrixError: a page (or the count) failed — the portal's error for that command.
        TransportError: the request failed (after the transport's retries: walks are reads).
    """
    state = _Walk(client, method, filter, select, descending, id_field)
    total: int | None = None
    if with_total:
        reply = await client.batch({"total": state.count_call(),
                                    "p0": PreparedCall(method, state.params(state.cursor))}, halt=True)
        state.requests += reply.requests
        counted = reply["total"]
        counted.unwrap()
        total = counted.total or 0
        rows, full = state.take(reply["p0"].unwrap(), "batch", "result.result.p0")
    else:
        first = await client.call(method, state.params(state.cursor))
        state.requests += 1
        rows, full = state.take(first.result)
    yield state.page(rows, total)
    blocked = 0
    while full:
        reply = await client.batch(state.chained(), halt=True)
        state.requests += reply.requests
        rows = []
        for k in range(PAGES_PER_BATCH):
            outcome = reply[f"p{k}"]
            if isinstance(outcome.error, OperationTimeLimit) and blocked < MAX_OPERATING_RETRIES:
                blocked += 1  # the transport now holds the method until its operating reset
                break
            fresh, full = state.take(outcome.unwrap(), "batch", f"result.result.p{k}")
            rows.extend(fresh)
            if not full:
                break
        if rows:
            blocked = 0
        yield state.page(rows, total)


__all__ = ["PAGES_PER_BATCH", "PAGE_SIZE", "CursorStalled", "WalkPage", "walk"]
