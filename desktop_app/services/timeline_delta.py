"""Asking the portal what changed in one entity's timeline since it was cached — one request.

One ``batch`` (api-spec.md §2.4) holds (issue 4 item 4):

- ``changed``: ``crm.activity.list`` with the entity's ``BINDINGS`` filter and ``>=LAST_UPDATED``
  the delta cursor (omitted when nothing was seen yet), ordered by ``ID``, ``start = -1`` (no count,
  server-behaviour.md §2.4): every activity bound to the entity that was created, edited, completed,
  reopened or bound since. ``LAST_UPDATED`` has 1-second resolution, hence ``>=`` (rows seen again
  are harmless). A full page (50 rows) is followed up with :meth:`BitrixClient.walk` on the same
  filter from the page's last ``ID`` on (rare: a bulk change; 2 requests up to 100 changed rows,
  3 up to 2,600).
- ``ids0``, ``ids1`` …: ``crm.activity.list`` with ``@ID`` ≤ 50 cached ids plus the ``BINDINGS``
  filter, ``select = [ID]``, ``start = -1``: the cached activities still bound to the entity; those
  missing were deleted or unbound. One command per 50 cached ids; up to 49 fit in the request
  (:data:`~desktop_app.bitrix.batch.MAX_BATCH_COMMANDS`), more are chunked by ``client.batch``.

The next cursor is the newest ``LAST_UPDATED`` in the ``changed`` answer (a single command reads
one consistent state: anything changed after it has a ``LAST_UPDATED`` at least as new). When the
answer needed a follow-up, rows could change between the requests, so the cursor is instead the
command's start time (``result_time[changed].date_start``, portal time) less
:data:`CURSOR_MARGIN`, never older than the first page's newest ``LAST_UPDATED``.

Every answer is checked before it is used: the ``changed`` rows (and the follow-up walk's) are built
as ``Activity`` through the client's checker, the ``ids…`` rows as ``{ID}`` rows; a reply that lies is
one :class:`~desktop_app.bitrix.errors.BadResponse` naming the method and the field
(``result.result.changed[3].DEADLINE``; for a walked row ``result[i]``, ``i`` counted in the walk's page).

No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop_app.bitrix import Activity, BitrixClient
from desktop_app.bitrix.batch import BatchReply
from desktop_app.bitrix.client import PAGE_SIZE
from desktop_app.bitrix.models import format_datetime, parse_datetime
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.bitrix.replies import Checker

from . import reply_rows
from .reply_rows import IdRows, check_activities
from .timeline import TIMELINE_CARD_SELECT, EntityRef

__all__ = ["CURSOR_MARGIN", "Changes", "changes_filter", "delta_commands", "read_changes"]

#: How far before the ``changed`` command's start the cursor is put after a multi-request answer:
#: room for the portal's web and database clocks to differ (``LAST_UPDATED`` vs ``date_start``).
CURSOR_MARGIN = timedelta(seconds=60)

_LIST = "crm.activity.list"


@dataclass(frozen=True)
class Changes:
    """The portal's answer to one delta refresh.

    - ``rows``: activities bound to the entity changed since the cursor (by ``ID``, no repeats).
    - ``checked``: the cached ids that were looked for; ``present``: those still bound to it.
    - ``cursor``: the cursor for the next refresh (aware, portal offset; ``None``: still nothing seen).
    - ``requests``: HTTP requests used (1 in the common case).
    """

    rows: tuple[Activity, ...]
    checked: frozenset[int]
    present: frozenset[int]
    cursor: datetime | None
    requests: int


def _bindings(entity: EntityRef) -> list[dict[str, int]]:
    return [{"OWNER_TYPE_ID": int(entity.owner_type_id), "OWNER_ID": int(entity.owner_id)}]


def changes_filter(entity: EntityRef, cursor: datetime | None) -> dict[str, Any]:
    """The ``crm.activity.list`` filter of rows bound to ``entity`` changed at or after ``cursor``."""
    flt: dict[str, Any] = {"BINDINGS": _bindings(entity)}
    if cursor is not None:
        flt[">=LAST_UPDATED"] = format_datetime(cursor)
    return flt


def delta_commands(entity: EntityRef, cursor: datetime | None, ids: Sequence[int]) -> dict[str, PreparedCall]:
    """The batch commands of one delta refresh (see the module docstring): ``changed`` then
    ``ids0`` … (``ceil(len(ids) / 50)`` of them)."""
    commands = {"changed": PreparedCall(_LIST, {
        "filter": changes_filter(entity, cursor), "order": {"ID": "ASC"},
        "select": list(TIMELINE_CARD_SELECT), "start": -1})}
    ordered = sorted({int(i) for i in ids})
    for n, first in enumerate(range(0, len(ordered), PAGE_SIZE)):
        chunk = ordered[first:first + PAGE_SIZE]
        commands[f"ids{n}"] = PreparedCall(_LIST, {
            "filter": {"@ID": chunk, "BINDINGS": _bindings(entity)}, "order": {"ID": "ASC"},
            "select": ["ID"], "start": -1})
    return commands


def _rows(reply: BatchReply, name: str, checker: Checker) -> Any:
    """The answer of command ``name``; raises its error, or ``BadResponse`` when it was not answered."""
    if name not in reply:
        raise checker.bad("batch", 200, f"result.result.{name}", f"command {name} was not answered")
    rows = reply[name].unwrap()
    if isinstance(rows, dict):  # a PHP array with holes comes as a map
        rows = list(rows.values())
    return rows


def _newest(rows: Sequence[Activity], *also: datetime | None) -> datetime | None:
    stamps = [a.last_updated for a in rows if a.last_updated is not None] + [s for s in also if s is not None]
    return max(stamps) if stamps else None


async def read_changes(client: BitrixClient, entity: EntityRef, cursor: datetime | None,
                       ids: Sequence[int]) -> Changes:
    """What changed in ``entity``'s timeline since ``cursor``, and which of ``ids`` are still bound
    to it: one ``batch`` request (more only for > 48 × 50 cached ids or > 50 changed rows).

    Args:
        client: the portal.
        entity: whose timeline.
        cursor: the delta cursor (aware; ``None``: every bound row).
        ids: the activity ids the cached snapshot shows.

    Raises:
        PortalUnreachable / RequestTimeout: no answer (nothing learnt).
        BitrixError subclasses: the batch or one of its commands failed (the first failure is
            raised, e.g. ``InvalidArgument`` for a filter the portal refuses); ``CursorStalled`` from
            the follow-up walk.
        BadResponse: a command's answer is not a list of activity rows (``field`` names the value).
    """
    commands = delta_commands(entity, cursor, ids)
    reply = await client.batch(commands)
    requests = reply.requests
    checker = client.checker
    first = check_activities(checker, checker.build_list(Activity.from_api, _rows(reply, "changed", checker),
                                                         method="batch", path="result.result.changed"),
                             method="batch", path="result.result.changed")
    present: set[int] = set()
    for name in commands:
        if name != "changed":
            rows = reply_rows.check(checker, IdRows, _rows(reply, name, checker), method="batch",
                                    path=f"result.result.{name}")
            present.update(r.id for r in rows)
    rows = {a.id: a for a in first}
    next_cursor = _newest(first, cursor)
    if len(first) >= PAGE_SIZE:
        walked = 0
        after_first = {**changes_filter(entity, cursor), ">ID": max(rows)}  # the walk goes on from there
        async for page in client.walk(_LIST, filter=after_first, select=list(TIMELINE_CARD_SELECT)):
            walked = page.requests  # the walk's requests so far
            for activity in check_activities(checker, checker.build_list(Activity.from_api, page.rows, method=_LIST),
                                             method=_LIST):
                rows[activity.id] = activity
        requests += walked
        started = reply["changed"].time.get("date_start")
        try:
            started_at = parse_datetime(started) - CURSOR_MARGIN if isinstance(started, str) else None
        except ValueError:
            started_at = None
        next_cursor = (_newest(first, cursor, started_at) if started_at is not None
                       else _newest(list(rows.values()), cursor))
    return Changes(
        rows=tuple(rows[i] for i in sorted(rows)),
        checked=frozenset(int(i) for i in ids),
        present=frozenset(present),
        cursor=next_cursor,
        requests=requests,
    )
