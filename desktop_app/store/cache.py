"""What was last seen per entity, so a timeline opens instantly and can be read offline.

A snapshot of one entity's timeline (``OWNER_TYPE_ID`` + ``OWNER_ID``) is what
:class:`~desktop_app.services.timeline.TimelineService` loaded for it: the planned (open)
activities and the first history page(s), the history ``next`` offset to go on from, and when it
was seen (``seen_at``, aware UTC). Issue 3 item 3a; the shapes are those of ``crm.activity.list``
(api-spec.md §4.6) and ``user.get``.

Storage (SQLite, tables ``cache_*`` on a connection owned by ``desktop_app.store.db.Store``):

- ``cache_activity``: one row per activity id, the activity's API dict as JSON. An activity bound
  to a deal and a contact is stored once, so one :meth:`CacheStore.upsert_activity` updates both
  timelines.
- ``cache_link``: which entity snapshot shows which activity (entity ↔ activity).
- ``cache_entity``: one row per snapshot (``seen_at``, history ``next``). At most ``max_entities``
  snapshots are kept; the least recently seen are dropped when a snapshot is saved.
- ``cache_user``: employees (``user.get`` dicts), for names offline.
- ``cache_meta``: the portal host and user id the cache belongs to (never a webhook code).
- ``cache_ping``: a todo's reminders (``pingOffsets``, minutes before the deadline, as a JSON list)
  as Activity Desk last set them — the portal does not show them through ``crm.activity.get``
  (api-spec.md §4.9.1), so this is the only place they are known (issue 10 item 10).

Planned and history are not stored as separate lists: an activity shows under *planned* while
``COMPLETED = N`` and under *history* once completed, so completing or reopening it through
:meth:`CacheStore.upsert_activity` moves it. Order is the portal's (api-spec.md §4.6): planned by
``DEADLINE`` then ``ID`` ascending, history by ``START_TIME`` then ``ID`` descending.

Every write is one explicit transaction (``BEGIN IMMEDIATE`` … ``with conn:``); a method refuses
to run while the connection is inside someone else's transaction rather than commit it.
No Qt here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from desktop_app.bitrix.models import Activity, User, format_datetime

#: Snapshots kept by default (least recently seen dropped first).
DEFAULT_MAX_ENTITIES = 200

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS cache_entity (
        owner_type_id INTEGER NOT NULL,
        owner_id INTEGER NOT NULL,
        seen_at TEXT NOT NULL,
        next_start INTEGER,
        delta_cursor TEXT,
        edge_key TEXT,
        PRIMARY KEY (owner_type_id, owner_id))""",
    "CREATE INDEX IF NOT EXISTS cache_entity_seen ON cache_entity (seen_at)",
    """CREATE TABLE IF NOT EXISTS cache_activity (
        id INTEGER PRIMARY KEY,
        data TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS cache_link (
        owner_type_id INTEGER NOT NULL,
        owner_id INTEGER NOT NULL,
        activity_id INTEGER NOT NULL,
        PRIMARY KEY (owner_type_id, owner_id, activity_id))""",
    "CREATE INDEX IF NOT EXISTS cache_link_activity ON cache_link (activity_id)",
    """CREATE TABLE IF NOT EXISTS cache_user (
        id INTEGER PRIMARY KEY,
        data TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS cache_meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS cache_ping (
        activity_id INTEGER PRIMARY KEY,
        offsets TEXT NOT NULL)""",
)


class EntityKey(Protocol):
    """A CRM entity: ``owner_type_id`` (1 lead, 2 deal, 3 contact, 4 company) and ``owner_id``.

    :class:`desktop_app.services.timeline.EntityRef` is one.
    """

    @property
    def owner_type_id(self) -> int: ...

    @property
    def owner_id(self) -> int: ...


class CacheBusy(RuntimeError):
    """The connection is inside a transaction the cache did not start; it will not commit it."""


@dataclass(frozen=True)
class CachedTimeline:
    """One entity's timeline as last seen.

    - ``owner_type_id`` / ``owner_id``: the entity.
    - ``planned``: open activities, ``DEADLINE`` then ``ID`` ascending (no deadline last).
    - ``history``: completed activities of the first page(s), ``START_TIME`` then ``ID`` descending.
    - ``next_start``: the ``start`` of the next history page (``crm.activity.list``), ``None`` when
      the history was complete.
    - ``seen_at``: when it was loaded from the portal (aware, UTC).
    - ``delta``: what a delta refresh changed in the snapshot held before (rows to update in
      place); ``None`` after a full load or when read from the cache (show it whole). Not part of
      equality.
    """

    owner_type_id: int
    owner_id: int
    planned: list[Activity]
    history: list[Activity]
    next_start: int | None
    seen_at: datetime
    delta: TimelineDelta | None = field(default=None, compare=False)


@dataclass(frozen=True)
class TimelineDelta:
    """What one delta refresh changed in an entity's snapshot (issue 4 item 4).

    - ``changed``: activities now shown that are new to the snapshot or differ from what it held
      (a row that was completed or reopened moves between planned and history), by ``ID``.
    - ``removed``: ``ID`` of activities no longer shown: deleted, unbound from the entity, or now
      further down the history than the snapshot's first page(s) (they come back with paging).
    """

    changed: tuple[Activity, ...] = ()
    removed: tuple[int, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when nothing visible changed."""
        return not self.changed and not self.removed


def _key(entity: EntityKey) -> tuple[int, int]:
    return int(entity.owner_type_id), int(entity.owner_id)


def _utc_text(value: datetime) -> str:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("seen_at must be timezone-aware")
    # Fixed width, so the text sorts as the time does.
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _payload(model: Activity | User, cls: type[Activity | User]) -> dict[str, Any]:
    """The dict to store: the API dict itself when it still describes ``model`` (round-trips
    exactly), else the model's fields over it (a copy edited with ``model_copy(update=…)``)."""
    raw = model.raw
    if raw:
        try:
            if cls.from_api(raw).model_dump() == model.model_dump():
                return raw
        except ValueError:
            pass
    return {**raw, **model.model_dump(by_alias=True, mode="json")}


def _planned_key(a: Activity) -> tuple[int, float, int]:
    d = a.deadline_raw
    return (1, 0.0, a.id) if d is None else (0, d.timestamp(), a.id)


def history_key(a: Activity) -> tuple[int, float, int]:
    """Sort key of the history block (``START_TIME`` then ``ID`` descending, no start time last);
    a smaller key shows higher."""
    s = a.start_time
    # Descending; activities without START_TIME last.
    return (1, 0.0, -a.id) if s is None else (0, -s.timestamp(), -a.id)


class CacheStore:
    """The per-entity timeline cache on one SQLite connection (see the module docstring).

    Args:
        conn: an open connection (WAL mode is the caller's business); the ``cache_*`` tables are
            created on it if missing. Use it from one thread.
        max_entities: snapshots kept (≥ 1); older ones are pruned by :meth:`save_timeline`.

    Raises:
        CacheBusy: ``conn`` is inside a transaction the cache did not start (any method).
        ValueError: ``max_entities`` < 1.
    """

    def __init__(self, conn: sqlite3.Connection, *, max_entities: int = DEFAULT_MAX_ENTITIES) -> None:
        if max_entities < 1:
            raise ValueError("max_entities must be at least 1")
        self._conn = conn
        self._max = int(max_entities)
        with self._transaction():
            for statement in _SCHEMA:
                conn.execute(statement)
            # Files written before delta refresh (issue 4): their snapshots get no cursor (NULL),
            # so their first refresh is a full load.
            have = {row[1] for row in conn.execute("PRAGMA table_info(cache_entity)")}
            for column in ("delta_cursor", "edge_key"):
                if column not in have:
                    conn.execute(f"ALTER TABLE cache_entity ADD COLUMN {column} TEXT")

    @property
    def max_entities(self) -> int:
        return self._max

    @contextmanager
    def _transaction(self, write: bool = True) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        if conn.in_transaction:
            raise CacheBusy("the database connection is inside another transaction")
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        with conn:  # commit on success, roll back on any exception
            yield conn

    # -- portal -------------------------------------------------------------------------------

    def ensure_portal(self, host: str, user_id: int) -> bool:
        """Tie the cache to one portal and employee; forget everything if it held another's.

        Args:
            host: the portal host, e.g. ``example.bitrix24.com`` or ``127.0.0.1:8000`` (no scheme,
                path or webhook code).
            user_id: the employee the webhook acts as (``user.current`` ``ID``).

        Returns:
            True when the cache was emptied (another portal/user, or never tied).

        Raises:
            ValueError: ``host`` is empty or looks like a URL (contains ``/``, ``@``, ``?``, ``#``
                or white space).
        """
        host = host.strip().lower()
        if not host or any(c in host for c in "/@?#") or any(c.isspace() for c in host):
            raise ValueError("host must be a bare portal host name, not a URL")
        owner = f"{host}|{int(user_id)}"
        with self._transaction() as conn:
            row = conn.execute("SELECT value FROM cache_meta WHERE key = 'owner'").fetchone()
            if row is not None and row[0] == owner:
                return False
            self._clear(conn)
            conn.execute("INSERT OR REPLACE INTO cache_meta (key, value) VALUES ('owner', ?)", (owner,))
            return True

    def forget_all(self) -> None:
        """Drop every snapshot, activity, user and the portal tie (disconnect, another portal)."""
        with self._transaction() as conn:
            self._clear(conn)
            conn.execute("DELETE FROM cache_meta")

    @staticmethod
    def _clear(conn: sqlite3.Connection) -> None:
        for table in ("cache_link", "cache_entity", "cache_activity", "cache_user", "cache_ping"):
            conn.execute(f"DELETE FROM {table}")

    # -- timelines ----------------------------------------------------------------------------

    def save_timeline(
        self,
        entity: EntityKey,
        planned: Iterable[Activity],
        history: Iterable[Activity],
        next_start: int | None,
        seen_at: datetime,
    ) -> CachedTimeline:
        """Replace ``entity``'s snapshot, in one transaction, and prune to ``max_entities``.

        Args:
            planned: the open activities (``TimelineService.planned``).
            history: the completed activities of the first page(s) (``history_page(...).items``).
            next_start: the last page's ``next`` (``None`` = no more history).
            seen_at: when the portal was asked (aware; stored as UTC).

        The delta cursor (see :mod:`desktop_app.store.cache_delta`) becomes the newest
        ``LAST_UPDATED`` among the rows (none: "from the beginning"), and the history edge the
        last history row when more history remains (``next_start`` given).

        Returns:
            The snapshot as :meth:`load_timeline` will return it (sections by ``COMPLETED``).

        Raises:
            ValueError: ``seen_at`` is naive.
        """
        owner = _key(entity)
        seen = _utc_text(seen_at)
        rows: dict[int, Activity] = {}
        history = list(history)
        for activity in [*planned, *history]:
            rows[activity.id] = activity
        stamps = [a.last_updated for a in rows.values() if a.last_updated is not None]
        cursor = format_datetime(max(stamps)) if stamps else ""
        keys = [history_key(a) for a in history if a.completed]
        edge = json.dumps(max(keys)) if next_start is not None and keys else None
        with self._transaction() as conn:
            conn.execute("DELETE FROM cache_link WHERE owner_type_id = ? AND owner_id = ?", owner)
            conn.execute(
                "INSERT OR REPLACE INTO cache_entity (owner_type_id, owner_id, seen_at, next_start, delta_cursor,"
                " edge_key) VALUES (?, ?, ?, ?, ?, ?)",
                (*owner, seen, None if next_start is None else int(next_start), cursor, edge),
            )
            conn.executemany(
                "INSERT OR REPLACE INTO cache_activity (id, data) VALUES (?, ?)",
                [(a.id, json.dumps(_payload(a, Activity), ensure_ascii=False)) for a in rows.values()],
            )
            conn.executemany(
                "INSERT INTO cache_link (owner_type_id, owner_id, activity_id) VALUES (?, ?, ?)",
                [(*owner, activity_id) for activity_id in rows],
            )
            self._prune(conn, owner)
            return self._load(conn, owner)  # type: ignore[return-value] - just written

    def _prune(self, conn: sqlite3.Connection, keep: tuple[int, int]) -> None:
        stale = conn.execute(
            "SELECT owner_type_id, owner_id FROM cache_entity WHERE NOT (owner_type_id = ? AND owner_id = ?)"
            " ORDER BY seen_at DESC, owner_type_id, owner_id LIMIT -1 OFFSET ?",
            (*keep, self._max - 1),
        ).fetchall()
        if not stale:
            return
        conn.executemany("DELETE FROM cache_entity WHERE owner_type_id = ? AND owner_id = ?", stale)
        conn.executemany("DELETE FROM cache_link WHERE owner_type_id = ? AND owner_id = ?", stale)
        conn.execute("DELETE FROM cache_activity WHERE id NOT IN (SELECT activity_id FROM cache_link)")

    def load_timeline(self, entity: EntityKey) -> CachedTimeline | None:
        """``entity``'s snapshot, or ``None`` if it was never saved (or was pruned/forgotten)."""
        with self._transaction(write=False) as conn:
            return self._load(conn, _key(entity))

    @staticmethod
    def _load(conn: sqlite3.Connection, owner: tuple[int, int]) -> CachedTimeline | None:
        head = conn.execute(
            "SELECT seen_at, next_start FROM cache_entity WHERE owner_type_id = ? AND owner_id = ?", owner
        ).fetchone()
        if head is None:
            return None
        data = conn.execute(
            "SELECT a.data FROM cache_link l JOIN cache_activity a ON a.id = l.activity_id"
            " WHERE l.owner_type_id = ? AND l.owner_id = ?",
            owner,
        ).fetchall()
        activities = [Activity.from_api(json.loads(d)) for (d,) in data]
        return CachedTimeline(
            owner_type_id=owner[0],
            owner_id=owner[1],
            planned=sorted((a for a in activities if not a.completed), key=_planned_key),
            history=sorted((a for a in activities if a.completed), key=history_key),
            next_start=head[1],
            seen_at=datetime.fromisoformat(head[0]),
        )

    def upsert_activity(
        self, activity: Activity, entities: Iterable[EntityKey] | None = None
    ) -> list[tuple[int, int]]:
        """Store ``activity``'s new state in every snapshot that shows it (after an edit, a create,
        completing or reopening).

        Args:
            activity: the activity as the portal now has it (``crm.activity.get`` is best).
            entities: its bindings (``crm.activity.binding.list``) when known — the snapshots it
                shows in become exactly these (among the cached ones), so a rebind moves it.
                ``None`` keeps the snapshots it already shows in and adds its owner
                (``OWNER_TYPE_ID``/``OWNER_ID``) if that entity is cached (a new activity).

        Returns:
            The (owner_type_id, owner_id) of every snapshot now showing it, sorted.
        """
        payload = json.dumps(_payload(activity, Activity), ensure_ascii=False)
        with self._transaction() as conn:
            if entities is None:
                targets = {tuple(r) for r in conn.execute(
                    "SELECT owner_type_id, owner_id FROM cache_link WHERE activity_id = ?", (activity.id,))}
                targets.add((activity.owner_type_id, activity.owner_id))
            else:
                targets = {_key(e) for e in entities}
                conn.execute("DELETE FROM cache_link WHERE activity_id = ?", (activity.id,))
            cached = sorted(t for t in targets if conn.execute(
                "SELECT 1 FROM cache_entity WHERE owner_type_id = ? AND owner_id = ?", t).fetchone())
            if not cached:
                conn.execute("DELETE FROM cache_activity WHERE id = ?", (activity.id,))
                return []
            conn.execute("INSERT OR REPLACE INTO cache_activity (id, data) VALUES (?, ?)", (activity.id, payload))
            conn.executemany(
                "INSERT OR IGNORE INTO cache_link (owner_type_id, owner_id, activity_id) VALUES (?, ?, ?)",
                [(*t, activity.id) for t in cached],
            )
            return cached

    def remove_activity(self, activity_id: int) -> list[tuple[int, int]]:
        """Take a deleted activity (``crm.activity.delete``) out of every snapshot.

        Returns:
            The (owner_type_id, owner_id) of the snapshots that showed it, sorted.
        """
        with self._transaction() as conn:
            shown = sorted(tuple(r) for r in conn.execute(
                "SELECT owner_type_id, owner_id FROM cache_link WHERE activity_id = ?", (int(activity_id),)))
            conn.execute("DELETE FROM cache_link WHERE activity_id = ?", (int(activity_id),))
            conn.execute("DELETE FROM cache_activity WHERE id = ?", (int(activity_id),))
            return shown  # type: ignore[return-value]

    # -- reminders ----------------------------------------------------------------------------

    def save_ping_offsets(self, activity_id: int, offsets: Iterable[int]) -> None:
        """Remember the reminders (minutes before the deadline; ``[]`` = none) Activity Desk set on
        todo ``activity_id`` (a confirmed ``crm.activity.todo.add`` / ``.update``)."""
        text = json.dumps([int(m) for m in offsets])
        with self._transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO cache_ping (activity_id, offsets) VALUES (?, ?)",
                         (int(activity_id), text))

    def ping_offsets(self, activity_id: int) -> list[int] | None:
        """The reminders last set from here on todo ``activity_id``, or ``None`` when unknown."""
        with self._transaction(write=False) as conn:
            row = conn.execute("SELECT offsets FROM cache_ping WHERE activity_id = ?", (int(activity_id),)).fetchone()
        return None if row is None else [int(m) for m in json.loads(row[0])]

    def forget_ping_offsets(self, activity_id: int) -> None:
        """Drop what is known of todo ``activity_id``'s reminders (it was deleted)."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM cache_ping WHERE activity_id = ?", (int(activity_id),))

    def reminded_activities(self) -> list[tuple[Activity, list[int]]]:
        """The cached activities whose reminders are known here (``cache_ping`` rows with a cached
        activity): (activity, ``pingOffsets`` in minutes before the deadline)."""
        with self._transaction(write=False) as conn:
            rows = conn.execute("SELECT a.data, p.offsets FROM cache_ping p"
                                " JOIN cache_activity a ON a.id = p.activity_id").fetchall()
        return [(Activity.from_api(json.loads(d)), [int(m) for m in json.loads(o)]) for d, o in rows]

    # -- users --------------------------------------------------------------------------------

    def save_users(self, users: Iterable[User]) -> None:
        """Store or update employees (``user.get`` rows), so names show offline. Users not given
        are kept (a partial ``user.get`` by ids never forgets the others)."""
        rows = [(u.id, json.dumps(_payload(u, User), ensure_ascii=False)) for u in users]
        with self._transaction() as conn:
            conn.executemany("INSERT OR REPLACE INTO cache_user (id, data) VALUES (?, ?)", rows)

    def load_users(self) -> list[User]:
        """Every stored employee, by ``ID``."""
        with self._transaction(write=False) as conn:
            rows = conn.execute("SELECT data FROM cache_user ORDER BY id").fetchall()
        return [User.from_api(json.loads(d)) for (d,) in rows]
