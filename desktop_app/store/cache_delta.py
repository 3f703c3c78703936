"""Delta refresh of a cached timeline: what the snapshot needs to ask the portal, and the merge.

A snapshot saved by :meth:`CacheStore.save_timeline` carries, besides its rows (issue 4 item 4):

- the **delta cursor** (``cache_entity.delta_cursor``): the newest ``LAST_UPDATED`` seen for the
  entity, in portal time as the portal writes it (``2026-11-23T10:00:00+03:00``; ``''`` = nothing
  seen yet, ask from the beginning; ``NULL`` = unknown, a snapshot from before delta refresh: load
  it whole). Every change of an activity on the portal — edit, complete, rebind — sets its
  ``LAST_UPDATED`` to *now* (server-behaviour.md §1.2, §1.4, §1.6; the sandbox does so for the
  binding methods of §1.8 too), 1-second resolution, so
  the portal is asked ``>=`` the cursor and rows seen again are simply stored again.
- the **history edge** (``cache_entity.edge_key``): the history sort key
  (:func:`~desktop_app.store.cache.history_key`) of the last row of the history page(s) the
  snapshot holds, when more history remains. History is paged by offset (``start``), so the
  snapshot keeps exactly the portal's history rows up to the edge; the next page then starts at
  their count. A row that becomes completed, or whose ``START_TIME`` moves, past the edge leaves
  the snapshot (it comes with paging). ``NULL`` with ``next_start`` set: no history row held.

:func:`delta_state` gives what a refresh must send; :func:`apply_delta` merges the answer in one
transaction and returns the new :class:`~desktop_app.store.cache.CachedTimeline` with its
:class:`~desktop_app.store.cache.TimelineDelta`. No Qt here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime

from desktop_app.bitrix.models import Activity, format_datetime, parse_datetime

from .cache import (
    CachedTimeline,
    CacheStore,
    EntityKey,
    TimelineDelta,
    _key,
    _payload,
    _utc_text,
    history_key,
)

__all__ = ["DeltaState", "apply_delta", "delta_state"]


@dataclass(frozen=True)
class DeltaState:
    """What a delta refresh of one snapshot sends.

    - ``snapshot``: the cached timeline.
    - ``cursor``: ask for rows with ``LAST_UPDATED >=`` this (aware, portal offset); ``None`` =
      every row bound to the entity (nothing was seen yet).
    - ``ids``: every activity ``ID`` the snapshot shows, ascending (checked for deletion/unbinding).
    """

    snapshot: CachedTimeline
    cursor: datetime | None
    ids: tuple[int, ...]


def delta_state(cache: CacheStore, entity: EntityKey) -> DeltaState | None:
    """``entity``'s snapshot and delta cursor; ``None`` when there is no snapshot or its cursor is
    unknown (saved before delta refresh, or unreadable): load it whole then.

    Raises:
        CacheBusy, sqlite3.Error: the database cannot be read now.
    """
    owner = _key(entity)
    with cache._transaction(write=False) as conn:  # same package, same connection
        head = conn.execute("SELECT delta_cursor FROM cache_entity WHERE owner_type_id = ? AND owner_id = ?",
                            owner).fetchone()
        if head is None or head[0] is None:
            return None
        snapshot = CacheStore._load(conn, owner)
    if snapshot is None:
        return None
    try:
        cursor = parse_datetime(head[0]) if head[0] else None
    except ValueError:
        return None
    ids = sorted({a.id for a in (*snapshot.planned, *snapshot.history)})
    return DeltaState(snapshot, cursor, tuple(ids))


def apply_delta(
    cache: CacheStore,
    entity: EntityKey,
    *,
    changed: Iterable[Activity],
    checked: Collection[int],
    present: Collection[int],
    cursor: datetime | None,
    seen_at: datetime,
) -> CachedTimeline:
    """Merge a delta answer into ``entity``'s snapshot, in one transaction.

    Args:
        changed: the rows bound to the entity changed since the cursor (``crm.activity.list``,
            ``BINDINGS`` + ``>=LAST_UPDATED``); stored (in every snapshot showing them) and shown
            here — open ones under planned, completed ones under history when they sort within the
            edge.
        checked: the snapshot ids that were looked for (``@ID`` + ``BINDINGS``).
        present: those of them the portal still has bound to the entity; the others leave the
            snapshot (and the cache, when no other snapshot shows them).
        cursor: the new delta cursor (aware; ``None`` keeps the current one).
        seen_at: when the portal was asked (aware; becomes ``seen_at``).

    Returns:
        The new snapshot with ``delta`` set (rows to update in place, ids to drop).

    Raises:
        LookupError: the snapshot disappeared (pruned or forgotten) meanwhile: load it whole.
        ValueError: ``seen_at`` or ``cursor`` is naive.
        CacheBusy, sqlite3.Error: the database cannot be written now.
    """
    owner = _key(entity)
    seen = _utc_text(seen_at)
    new_cursor = None if cursor is None else format_datetime(cursor)
    rows = {a.id: a for a in changed}
    keep = set(present) | set(rows)
    with cache._transaction() as conn:
        head = conn.execute("SELECT next_start, edge_key FROM cache_entity WHERE owner_type_id = ? AND owner_id = ?",
                            owner).fetchone()
        if head is None:
            raise LookupError("the snapshot is no longer cached")
        before = _shown(conn, owner)
        unlinked = {i for i in checked if i in before and i not in keep}
        conn.executemany("INSERT OR REPLACE INTO cache_activity (id, data) VALUES (?, ?)",
                         [(a.id, json.dumps(_payload(a, Activity), ensure_ascii=False)) for a in rows.values()])
        conn.executemany("INSERT OR IGNORE INTO cache_link (owner_type_id, owner_id, activity_id) VALUES (?, ?, ?)",
                         [(*owner, i) for i in rows])
        next_start = head[0]
        if next_start is not None:
            edge = tuple(json.loads(head[1])) if head[1] else None
            for activity_id, data in _shown(conn, owner).items():
                activity = Activity.from_api(json.loads(data))
                if activity.completed and (edge is None or history_key(activity) > edge):
                    unlinked.add(activity_id)
        _unlink(conn, owner, unlinked)
        after = _shown(conn, owner)
        if next_start is not None:
            next_start = sum(1 for data in after.values() if Activity.from_api(json.loads(data)).completed)
        conn.execute(
            "UPDATE cache_entity SET seen_at = ?, next_start = ?, delta_cursor = COALESCE(?, delta_cursor)"
            " WHERE owner_type_id = ? AND owner_id = ?",
            (seen, next_start, new_cursor, *owner),
        )
        snapshot = CacheStore._load(conn, owner)
    assert snapshot is not None  # written just now
    shown = {a.id: a for a in (*snapshot.planned, *snapshot.history)}
    delta = TimelineDelta(
        changed=tuple(shown[i] for i in sorted(after) if before.get(i) != after[i]),
        removed=tuple(sorted(set(before) - set(after))),
    )
    return CachedTimeline(snapshot.owner_type_id, snapshot.owner_id, snapshot.planned, snapshot.history,
                          snapshot.next_start, snapshot.seen_at, delta)


def _shown(conn: sqlite3.Connection, owner: tuple[int, int]) -> dict[int, str]:
    """id → stored JSON of every activity the snapshot shows."""
    return dict(conn.execute(
        "SELECT a.id, a.data FROM cache_link l JOIN cache_activity a ON a.id = l.activity_id"
        " WHERE l.owner_type_id = ? AND l.owner_id = ?", owner).fetchall())


def _unlink(conn: sqlite3.Connection, owner: tuple[int, int], ids: Collection[int]) -> None:
    """Take ``ids`` out of the snapshot; forget those no other snapshot shows."""
    if not ids:
        return
    conn.executemany("DELETE FROM cache_link WHERE owner_type_id = ? AND owner_id = ? AND activity_id = ?",
                     [(*owner, i) for i in ids])
    conn.executemany("DELETE FROM cache_activity WHERE id = ? AND id NOT IN (SELECT activity_id FROM cache_link)",
                     [(i,) for i in ids])
