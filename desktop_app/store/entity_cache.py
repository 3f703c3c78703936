"""The last loaded entity list per entity type, so the browser is usable when the portal cannot be
reached (issue 12 point 11).

One store file belongs to one portal and user (:func:`~desktop_app.store.db.default_store_path`),
so "per portal" comes with the file. Per entity type (``entityTypeId``: 1 lead, 2 deal, 3 contact,
4 company) the rows of the unfiltered list are kept in the portal's order, as ``crm.item.list``
returned them (camelCase dicts), with the UTC time the first page was seen and the portal's total.
Loading page 1 again replaces the list; later pages append; at most :data:`MAX_SAVED_ROWS` rows
per type are kept.

Tables (created on first use, beside the timeline cache; a store file without them is simply an
empty cache): ``cache_entity_list (entity_type_id, position, data)`` and
``cache_entity_list_meta (entity_type_id, seen_at, total)``. Nothing secret is stored. No Qt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

#: Rows kept per entity type (the first 10 pages of 50).
MAX_SAVED_ROWS = 500

_SCHEMA = (
    """CREATE TABLE IF NOT EXISTS cache_entity_list (
        entity_type_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (entity_type_id, position))""",
    """CREATE TABLE IF NOT EXISTS cache_entity_list_meta (
        entity_type_id INTEGER PRIMARY KEY,
        seen_at TEXT NOT NULL,
        total INTEGER NOT NULL)""",
)


@dataclass(frozen=True)
class SavedEntityList:
    """A saved list: ``rows`` (``crm.item.list`` item dicts, portal order), ``seen_at`` (aware,
    UTC: when its first page arrived) and ``total`` (the portal's count then)."""

    entity_type_id: int
    rows: tuple[dict[str, Any], ...]
    seen_at: datetime
    total: int


class EntityListCache:
    """Saved entity lists on one SQLite connection (the store's; one thread).

    Raises:
        sqlite3.Error: from the database (the caller treats a failing cache as no cache).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        with self._transaction():
            for statement in _SCHEMA:
                conn.execute(statement)

    @classmethod
    def of_store(cls, store: Any) -> EntityListCache:
        """The cache on an open :class:`~desktop_app.store.db.Store` (its connection)."""
        return cls(store._conn)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        if conn.in_transaction:
            raise sqlite3.OperationalError("the database connection is inside another transaction")
        conn.execute("BEGIN IMMEDIATE")
        with conn:
            yield conn

    def save_page(self, entity_type_id: int, start: int, rows: Sequence[Mapping[str, Any]], total: int,
                  seen_at: datetime | None = None) -> None:
        """Keep one page of the unfiltered list. ``start == 0`` replaces the saved list (and its
        ``seen_at``); a later page is written at its position. Rows past :data:`MAX_SAVED_ROWS` are
        dropped. ``seen_at`` defaults to now (UTC)."""
        seen = (seen_at or datetime.now(UTC)).astimezone(UTC).isoformat()
        kept = [(int(entity_type_id), start + i, json.dumps(dict(row), ensure_ascii=False, default=str))
                for i, row in enumerate(rows) if start + i < MAX_SAVED_ROWS]
        with self._transaction() as conn:
            if start == 0:
                conn.execute("DELETE FROM cache_entity_list WHERE entity_type_id = ?", (int(entity_type_id),))
                conn.execute("INSERT OR REPLACE INTO cache_entity_list_meta (entity_type_id, seen_at, total) "
                             "VALUES (?, ?, ?)", (int(entity_type_id), seen, int(total)))
            elif conn.execute("SELECT 1 FROM cache_entity_list_meta WHERE entity_type_id = ?",
                              (int(entity_type_id),)).fetchone() is None:
                return  # a later page without its first one: not a list we can show
            conn.executemany("INSERT OR REPLACE INTO cache_entity_list (entity_type_id, position, data) "
                             "VALUES (?, ?, ?)", kept)

    def load(self, entity_type_id: int) -> SavedEntityList | None:
        """The saved list of ``entity_type_id``, or ``None`` when none was saved. Rows that no longer
        decode are skipped."""
        meta = self._conn.execute("SELECT seen_at, total FROM cache_entity_list_meta WHERE entity_type_id = ?",
                                  (int(entity_type_id),)).fetchone()
        if meta is None:
            return None
        rows: list[dict[str, Any]] = []
        for (data,) in self._conn.execute("SELECT data FROM cache_entity_list WHERE entity_type_id = ? "
                                          "ORDER BY position", (int(entity_type_id),)):
            try:
                row = json.loads(data)
            except (TypeError, ValueError):
                continue
            if isinstance(row, dict):
                rows.append(row)
        try:
            seen_at = datetime.fromisoformat(meta[0])
        except (TypeError, ValueError):
            seen_at = datetime.fromtimestamp(0, UTC)
        if seen_at.tzinfo is None:
            seen_at = seen_at.replace(tzinfo=UTC)
        return SavedEntityList(int(entity_type_id), tuple(rows), seen_at, int(meta[1]))

    def forget(self) -> None:
        """Drop every saved list."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM cache_entity_list")
            conn.execute("DELETE FROM cache_entity_list_meta")
