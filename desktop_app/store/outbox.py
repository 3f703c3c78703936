"""The outbox table: every change the user makes, kept until the portal confirmed it.

One row per :class:`~desktop_app.store.entries.OutboxEntry` (table ``outbox``). Every write is one
``BEGIN IMMEDIATE`` … ``COMMIT`` on a connection opened with ``synchronous=FULL``
(:class:`~desktop_app.store.db.Store`): when :meth:`OutboxStore.add` or :meth:`OutboxStore.update`
returns, the change is on disk. Ids are never reused (``AUTOINCREMENT``), so a placeholder id
(``-entry id``) always names one create. Datetimes are stored as ISO 8601 with their UTC offset;
``params``, ``theirs`` and ``before`` as JSON; the bytes of queued file uploads in
``outbox_upload`` beside their entry (:mod:`.outbox_uploads`). No Qt.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import fields, replace
from datetime import datetime
from typing import Any, NamedTuple

from . import outbox_uploads
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
    verify_first INTEGER NOT NULL DEFAULT 0,
    bulk_id TEXT,
    before TEXT
);
CREATE INDEX IF NOT EXISTS outbox_owner ON outbox (owner_type_id, owner_id);
CREATE INDEX IF NOT EXISTS outbox_state ON outbox (state);
"""

#: Indexes on columns added by migrations (created after :meth:`OutboxStore.migrate`).
_LATE_DDL = "CREATE INDEX IF NOT EXISTS outbox_bulk ON outbox (bulk_id);"

_COLUMNS = [f.name for f in fields(OutboxEntry)]
_DATETIMES = {"created_at", "base_last_updated", "next_attempt_at", "sent_at", "result_last_updated"}
_JSON = {"params", "theirs", "before"}


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


class Outline(NamedTuple):
    """The fields of an :class:`~desktop_app.store.entries.OutboxEntry` that order and schedule it
    (same names and values; :meth:`OutboxStore.open_outlines`)."""

    id: int
    method: str
    activity_id: int | None
    after_entry_id: int | None
    state: EntryState
    next_attempt_at: datetime | None
    bulk_id: str | None

    @property
    def is_create(self) -> bool:
        """See :attr:`OutboxEntry.is_create <desktop_app.store.entries.OutboxEntry.is_create>`."""
        return OutboxEntry.is_create.fget(self)  # type: ignore[attr-defined,arg-type]


class OutboxStore:
    """CRUD of outbox entries on one connection (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @staticmethod
    def create_schema(conn: sqlite3.Connection) -> None:
        """Create the ``outbox`` table and its indexes if missing, and bring an older table up to
        date (:meth:`migrate`)."""
        conn.executescript(_DDL)
        conn.executescript(outbox_uploads.DDL)
        OutboxStore.migrate(conn)
        conn.executescript(_LATE_DDL)

    @staticmethod
    def migrate(conn: sqlite3.Connection) -> None:
        """Add the columns later versions introduced to a table made by an older one:
        schema 2 adds ``bulk_id`` and ``before`` (issue 4, bulk changes). Idempotent; existing rows
        get ``NULL`` (single changes)."""
        present = {row[1] for row in conn.execute("PRAGMA table_info(outbox)")}
        for column in ("bulk_id", "before"):
            if column not in present:
                conn.execute(f"ALTER TABLE outbox ADD COLUMN {column} TEXT")

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        with conn:  # COMMIT on success (durable: synchronous=FULL), ROLLBACK on error
            yield conn

    def add(self, entry: OutboxEntry) -> OutboxEntry:
        """Insert ``entry`` (its ``id`` is ignored) and commit; returns it with the new id.

        Uploads in ``params`` (``FILES`` ``fileData`` base64) are stored beside the entry, in the same
        transaction, and the returned entry's params refer to them (:mod:`.outbox_uploads`; send
        with :meth:`sendable_params`)."""
        params, blobs = outbox_uploads.split(entry.params)
        entry = replace(entry, params=params)
        row = _to_row(entry)
        row.pop("id")
        names = ", ".join(row)
        marks = ", ".join(f":{n}" for n in row)
        with self._write() as conn:
            cursor = conn.execute(f"INSERT INTO outbox ({names}) VALUES ({marks})", row)
            new_id = int(cursor.lastrowid or 0)
            if blobs:
                outbox_uploads.insert(conn, new_id, blobs)
        return replace(entry, id=new_id)

    def sendable_params(self, entry: OutboxEntry) -> dict[str, Any]:
        """The entry's params as the portal must get them: stored uploads back as base64.

        Raises:
            UploadsLost: an upload's bytes are not stored (lost with a damaged file).
        """
        return outbox_uploads.expand(self._conn, entry.id, entry.params)

    def add_many(self, entries: list[OutboxEntry]) -> list[OutboxEntry]:
        """Insert ``entries`` (ids ignored) in ONE transaction and commit: either all are on disk
        when this returns, or none (a bulk change is never half-written). Returns them with their
        new ids, in order."""
        if not entries:
            return []
        split = [outbox_uploads.split(e.params) for e in entries]
        entries = [replace(e, params=p) for e, (p, _) in zip(entries, split, strict=True)]
        rows = [_to_row(e) for e in entries]
        names = [n for n in rows[0] if n != "id"]
        sql = f"INSERT INTO outbox ({', '.join(names)}) VALUES ({', '.join(f':{n}' for n in names)})"
        out: list[OutboxEntry] = []
        with self._write() as conn:
            for entry, row, (_, blobs) in zip(entries, rows, split, strict=True):
                row.pop("id")
                cursor = conn.execute(sql, row)
                out.append(replace(entry, id=int(cursor.lastrowid or 0)))
                if blobs:
                    outbox_uploads.insert(conn, out[-1].id, blobs)
        return out

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
        with self._write() as conn:
            updated = self._apply(conn, entry_id, changes)
        if updated is None:
            raise KeyError(entry_id)
        return updated

    def update_many(self, changes: list[tuple[int, dict[str, Any]]]) -> list[OutboxEntry]:
        """Apply ``(entry_id, {field: value})`` changes in ONE transaction (a batch's outcomes);
        same rules as :meth:`update`. Entries no longer stored (discarded meanwhile) are skipped.
        Returns the updated entries in order.

        Raises:
            ValueError: as :meth:`update` (nothing is written then).
        """
        out: list[OutboxEntry] = []
        with self._write() as conn:
            for entry_id, fields_ in changes:
                updated = self._apply(conn, entry_id, fields_)
                if updated is not None:
                    out.append(updated)
        return out

    @staticmethod
    def _apply(conn: sqlite3.Connection, entry_id: int, changes: dict[str, Any]) -> OutboxEntry | None:
        """Check and write one entry's changes inside the caller's transaction; ``None`` when the
        entry is not stored. Raises ``ValueError`` as :meth:`update` describes."""
        unknown = set(changes) - set(_COLUMNS)
        if "id" in changes or unknown:
            raise ValueError(f"cannot set {sorted(unknown) or ['id']} on an outbox entry")
        row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            return None
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
        if new_state is EntryState.DONE and current.state is not EntryState.DONE:
            outbox_uploads.delete(conn, entry_id)  # on the portal: the queued bytes are not needed
        return updated

    def discard_many(self, entry_ids: list[int]) -> list[OutboxEntry]:
        """Delete several entries in ONE transaction (a cancelled bulk's unsent entries); returns
        what they were (those still stored), in order."""
        out: list[OutboxEntry] = []
        with self._write() as conn:
            for entry_id in entry_ids:
                row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
                if row is not None:
                    conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))
                    outbox_uploads.delete(conn, entry_id)
                    out.append(_from_row(row))
        return out

    def bulk_states(self, bulk_id: str) -> list[tuple[int, EntryState]]:
        """``(entry id, state)`` of every stored entry of one bulk change, in id order — what a
        progress report needs, without decoding each entry's JSON (cheap enough for every batch)."""
        rows = self._conn.execute("SELECT id, state FROM outbox WHERE bulk_id = ? ORDER BY id", (bulk_id,))
        return [(int(r[0]), EntryState(r[1])) for r in rows]

    def bulk_entries(self, bulk_id: str) -> list[OutboxEntry]:
        """Every stored entry of one bulk change (done ones included), in id order."""
        rows = self._conn.execute("SELECT * FROM outbox WHERE bulk_id = ? ORDER BY id", (bulk_id,))
        return [_from_row(r) for r in rows]

    def discard(self, entry_id: int) -> OutboxEntry | None:
        """Delete an entry (the user gave it up, or took the portal's version); returns what it was,
        or ``None`` when there was no such entry."""
        with self._write() as conn:
            row = conn.execute("SELECT * FROM outbox WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                return None
            conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))
            outbox_uploads.delete(conn, entry_id)
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

    def open_outlines(self) -> list[Outline]:
        """What :meth:`open_entries` returns, as :class:`Outline` (no JSON or datetime text decoded but
        ``next_attempt_at``): the outbox processor looks at every open entry each time a send ends, and
        reads in full (:meth:`get`) only those it starts."""
        sql = ("SELECT id, method, activity_id, after_entry_id, state, next_attempt_at, bulk_id FROM outbox "
               "WHERE state != ? ORDER BY id")
        return [Outline(i, method, activity_id, after, EntryState(state),
                        None if due is None else datetime.fromisoformat(due), bulk_id)
                for i, method, activity_id, after, state, due, bulk_id
                in self._conn.execute(sql, (str(EntryState.DONE),))]

    def waiting_for(self, create_id: int) -> list[OutboxEntry]:
        """The entries of :meth:`open_entries` queued behind the create ``create_id`` that have no
        activity id yet (``after_entry_id = create_id``, ``activity_id`` NULL), oldest first."""
        rows = self._conn.execute("SELECT * FROM outbox WHERE state != ? AND after_entry_id = ? AND activity_id IS NULL "
                                  "ORDER BY id", (str(EntryState.DONE), create_id))
        return [_from_row(r) for r in rows]

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
