"""The outbox table: every change the user makes, kept until the portal confirmed it.

One row per :class:`~desktop_app.store.entries.OutboxEntry` (table ``outbox``). Every write is one
``BEGIN IMMEDIATE`` … ``COMMIT`` on a connection opened with ``synchronous=FULL``
(:class:`~desktop_app.store.db.Store`): when :meth:`OutboxStore.add` or :meth:`OutboxStore.update`
returns, the change is on disk. Ids are never reused (``AUTOINCREMENT``), so a placeholder id
(``-entry id``) always names one create. Datetimes are stored as ISO 8601 with their UTC offset;
``params`` and ``theirs`` as JSON. No Qt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import datetime
from typing import Any

from .entries import EntryState, OutboxEntry

_DDL = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    method TEXT NOT NULL,
    params TEXT NOT NULL,
    owner_type_id INTEGER NOT NULL,
    owner_id INTEGER NOT NULL,
    state TEXT NOT NULL,
    created_at TEXT NOT NULL,
    activity_id INTEGER,
    after_entry_id INTEGER,
    base_last_updated TEXT,
    origin_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    error_code TEXT,
    error_text TEXT,
    theirs TEXT,
    sent_at TEXT,
    result_last_updated TEXT,
    verify_first INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS outbox_owner ON outbox (owner_type_id, owner_id);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state);
"""

_COLUMNS = [f.name for f in fields(OutboxEntry)]
_DATETIMES = {"created_at", "base_last_updated", "next_attempt_at", "sent_at", "result_last_updated"}
_JSON = {"params", "theirs"}


def _to_row(entry: OutboxEntry) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name in _COLUMNS:
        value = getattr(entry, name)
        if name in _DATETIMES:
            value = None if value is None else value.isoformat()
        elif name in _JSON:
            value = None if value is None else json.dumps(value, ensure_ascii=False)
        elif name == "state":
            value = str(value)
        elif name == "verify_first":
            value = int(bool(value))
        row[name] = value
    return row


def _from_row(row: sqlite3.Row) -> OutboxEntry:
    values: dict[str, Any] = {}
    for name in _COLUMNS:
        value = row[name]
        if name in _DATETIMES:
            value = None if value is None else datetime.fromisoformat(value)
        elif name in _JSON:
            value = None if value is None else json.loads(value)
        elif name == "state":
            value = EntryState(value)
        elif name == "verify_first":
            value = bool(value)
        values[name] = value
    return OutboxEntry(**values)


class OutboxStore:
    """CRUD of outbox entries on one connection (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @staticmethod
    def create_schema(conn: sqlite3.Connection) -> None:
        """Create the ``outbox`` table and its indexes if missing."""
        conn.executescript(_DDL)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        with conn:  # COMMIT on success (durable: synchronous=FULL), ROLLBACK on error
            yield conn

    def add(self, entry: OutboxEntry) -> OutboxEntry:
        """Insert ``entry`` (its ``id`` is ignored) and commit; returns it with the new id."""
        row = _to_row(entry)
        row.pop("id")
        names = ", ".join(row)
        marks = ", ".join(f":{n}" for n in row)
        with self._write() as conn:
            cursor = conn.execute(f"INSERT INTO outbox ({names}) VALUES ({marks})", row)
            new_id = int(cursor.lastrowid or 0)
        return replace(entry, id=new_id)

    def get(self, entry_id: int) -> OutboxEntry | None:
        """The entry, or ``None`` when there is none (never added, or discarded)."""
        row = self._conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
        return None if row is None else _from_row(row)

    def update(self, entry_id: int, **changes: Any) -> OutboxEntry:
        """Change fields of an entry (state transitions, attempts, errors…) and commit.

        Raises:
            KeyError: no such entry.
            ValueError: ``id`` in ``changes``, an unknown field, the ``discarded`` state (use
                :meth:`discard`), or leaving ``done`` (a confirmed change stays confirmed).
        """
        unknown = set(changes) - set(_COLUMNS)
        if "id" in changes or unknown:
            raise ValueError(f"cannot set {sorted(unknown) or ['id']} on an outbox entry")
        with self._write() as conn:
            row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise KeyError(entry_id)
            current = _from_row(row)
            new_state = EntryState(changes.get("state", current.state))
            if new_state is EntryState.DISCARDED:
                raise ValueError("discard an entry with OutboxStore.discard")
            if current.state is EntryState.DONE and new_state is not EntryState.DONE:
                raise ValueError(f"entry {entry_id} is done; it cannot go back to {new_state}")
            updated = replace(current, **{**changes, "state": new_state})
            values = _to_row(updated)
            sets = ", ".join(f"{n} = :{n}" for n in values if n != "id")
            conn.execute(f"UPDATE outbox SET {sets} WHERE id = :id", values)
        return updated

    def discard(self, entry_id: int) -> OutboxEntry | None:
        """Delete an entry (the user gave it up, or took the portal's version); returns what it was,
        or ``None`` when there was no such entry."""
        with self._write() as conn:
            row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                return None
            conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))
        return _from_row(row)

    def open_entries(self, owner_type_id: int | None = None, owner_id: int | None = None) -> list[OutboxEntry]:
        """Entries not yet confirmed (every state but ``done``), oldest first (id order);
        optionally only those of one timeline."""
        sql = "SELECT * FROM outbox WHERE state != ?"
        params: list[Any] = [str(EntryState.DONE)]
        if owner_type_id is not None:
            sql += " AND owner_type_id = ?"
            params.append(owner_type_id)
        if owner_id is not None:
            sql += " AND owner_id = ?"
            params.append(owner_id)
        return [_from_row(r) for r in self._conn.execute(sql + " ORDER BY id", params)]

    def all_entries(self) -> list[OutboxEntry]:
        """Every stored entry, done ones included, in id order."""
        return [_from_row(r) for r in self._conn.execute("SELECT * FROM outbox ORDER BY id")]

    def entries_for_activity(self, activity_id: int) -> list[OutboxEntry]:
        """Every stored entry about one (confirmed) activity id, in id order."""
        rows = self._conn.execute("SELECT * FROM outbox WHERE activity_id = ? ORDER BY id", (activity_id,))
        return [_from_row(r) for r in rows]

    def claimed_activity_ids(self, *, except_entry: int | None = None) -> set[int]:
        """Activity ids that stored creates (``crm.activity.add`` / ``crm.activity.todo.add``) made,
        so a reconciled create never takes an activity another create of ours produced."""
        rows = self._conn.execute(
            "SELECT activity_id FROM outbox WHERE method IN ('crm.activity.add', 'crm.activity.todo.add') "
            "AND activity_id IS NOT NULL AND id != ?", (except_entry or 0,))
        return {int(r[0]) for r in rows}

    def due(self, now: datetime) -> list[OutboxEntry]:
        """``pending`` / ``unknown`` entries whose ``next_attempt_at`` is unset or ≤ ``now`` (aware),
        in id order. (Ordering per activity is the processor's business.)"""
        rows = self._conn.execute("SELECT * FROM outbox WHERE state IN (?, ?) ORDER BY id",
                                  (str(EntryState.PENDING), str(EntryState.UNKNOWN)))
        out = [_from_row(r) for r in rows]
        return [e for e in out if e.next_attempt_at is None or e.next_attempt_at <= now]
