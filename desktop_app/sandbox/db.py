"""SQLite store of the sandbox portal, plus a small read accessor for tests.

One ``sqlite3`` connection (``check_same_thread=False``) guarded by a re-entrant lock: uvicorn runs
handlers on its loop thread, the in-process demo on the GUI's qasync loop, tests on pytest's; every
public method takes the lock, so callers never interleave statements.

Test-facing accessor (``portal.db``):

* ``activity(id) -> dict | None`` — one activity with Python types: lower-case column names
  (``owner_type_id``: int, ``subject``: str, ``deadline``: aware ``datetime`` in the portal zone,
  ``completed``: ``"Y"``/``"N"``, ``settings``: dict, ``color_id``: str | None, ``parent_id``: int |
  None …) plus ``bindings`` (list of ``(owner_type_id, owner_id)``), ``communications`` (list of
  dicts ``type``/``value``/``entity_type_id``/``entity_id``) and ``ping_offsets`` (list of minutes).
* ``count_activities(**equals) -> int`` — rows whose columns equal the given values (``None`` means
  IS NULL); ``bound_to=(owner_type_id, owner_id)`` counts through the binding table instead.
* ``sent_emails() -> list[dict]`` — outgoing e-mails "sent" by ``crm.activity.add/update`` (recorded,
  never delivered): ``activity_id``, ``sent_at`` (aware ``datetime``), ``recipients`` (list of addresses).
* ``item(entity_type_id, id)``, ``user(id)`` — raw rows as dicts, or ``None``.
* ``delete_item(entity_type_id, id) -> bool`` — remove a CRM item (and its phones/e-mails and deal
  contacts) as if someone deleted it on the portal meanwhile; its activities stay, so a later
  ``crm.activity.todo.add`` for it answers ``OWNER_NOT_FOUND``.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from .clock import PortalClock
from .listing import register_sql_functions
from .schema import ACTIVITY_FIELD_KINDS, DDL

__all__ = ["SandboxDB"]

_ACTIVITY_COLUMNS = frozenset(
    [name.lower() for name in ACTIVITY_FIELD_KINDS] + ["parent_id", "color_id", "origin_version"]
)
#: Columns added after the first release, per table: ``ALTER TABLE`` brings older database files up to date.
_ADDED_COLUMNS = {"activity": {"origin_version": "TEXT"}, "user": {"is_admin": "INTEGER NOT NULL DEFAULT 0"}}


class SandboxDB:
    """The portal's data. ``path`` is ``":memory:"`` or a file (created when missing)."""

    def __init__(self, path: str, clock: PortalClock) -> None:
        self.clock = clock
        self.lock = threading.RLock()
        self.conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self.conn.row_factory = sqlite3.Row
        register_sql_functions(self.conn)  # Unicode case-folding LIKE for list filters
        with self.lock:
            self.conn.executescript(DDL)
            for table, added in _ADDED_COLUMNS.items():
                present = {row[1] for row in self.conn.execute(f"PRAGMA table_info({table})")}
                for column, sql_type in added.items():
                    if column not in present:
                        self.conn.execute(f"ALTER TABLE {table} ADD COLUMN {column} {sql_type}")

    # ------------------------------------------------------------------ low level (handlers)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        """All rows of a SELECT."""
        with self.lock:
            return self.conn.execute(sql, tuple(params)).fetchall()

    def query_one(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Row | None:
        """The first row of a SELECT, or ``None``."""
        with self.lock:
            return self.conn.execute(sql, tuple(params)).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """The first column of the first row, or ``None``."""
        row = self.query_one(sql, params)
        return None if row is None else row[0]

    def transaction(self) -> _Transaction:
        """``with db.transaction():`` — hold the lock and commit (or roll back) as one unit."""
        return _Transaction(self)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one statement (use inside :meth:`transaction` for multi-statement changes)."""
        with self.lock:
            return self.conn.execute(sql, tuple(params))

    def next_id(self, name: str) -> int:
        """Advance and return the id sequence ``name`` (starts at 1)."""
        with self.lock:
            self.conn.execute(
                "INSERT INTO sequence(name, value) VALUES (?, 1) "
                "ON CONFLICT(name) DO UPDATE SET value = value + 1", (name,))
            return int(self.conn.execute("SELECT value FROM sequence WHERE name = ?", (name,)).fetchone()[0])

    def insert_row(self, table: str, values: dict[str, Any]) -> None:
        """INSERT one row; ``values`` maps column names to values."""
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(values.values()))

    def insert_activity(
        self,
        values: dict[str, Any],
        bindings: Iterable[tuple[int, int]],
        communications: Iterable[dict[str, Any]] = (),
        ping_offsets: Iterable[int] = (),
    ) -> int:
        """Store a new activity and return its id (taken from the ``activity`` sequence).

        ``values`` uses lower-case column names; ``settings``/``provider_params`` may be dicts.
        ``bindings`` are ``(owner_type_id, owner_id)`` pairs (duplicates dropped, order kept);
        ``communications`` are dicts with ``type``, ``value``, ``entity_type_id``, ``entity_id``.
        """
        with self.transaction():
            activity_id = self.next_id("activity")
            row = {**values, "id": activity_id}
            for key in ("settings", "provider_params"):
                if not isinstance(row.get(key), str):
                    row[key] = json.dumps(row.get(key) or {})
            self.insert_row("activity", row)
            self._write_bindings(activity_id, bindings)
            for comm in communications:
                self.insert_row("activity_communication", {
                    "id": self.next_id("communication"), "activity_id": activity_id, "type": comm["type"],
                    "value": comm["value"], "entity_type_id": comm["entity_type_id"],
                    "entity_id": comm["entity_id"]})
            for sort, offset in enumerate(ping_offsets):
                self.insert_row("activity_ping", {"activity_id": activity_id, "offset_minutes": offset,
                                                  "sort": sort})
        return activity_id

    def update_activity(self, activity_id: int, **values: Any) -> None:
        """Set columns of one activity (lower-case names)."""
        unknown = set(values) - _ACTIVITY_COLUMNS
        if unknown:
            raise KeyError(f"unknown activity columns: {sorted(unknown)}")
        assignments = ", ".join(f"{key} = ?" for key in values)
        self.execute(f"UPDATE activity SET {assignments} WHERE id = ?", [*values.values(), activity_id])

    def replace_communications(
        self,
        activity_id: int,
        bindings: Iterable[tuple[int, int]],
        communications: Iterable[dict[str, Any]],
    ) -> None:
        """Replace an activity's bindings and communications (same shapes as :meth:`insert_activity`)."""
        with self.transaction():
            self.execute("DELETE FROM activity_binding WHERE activity_id = ?", (activity_id,))
            self.execute("DELETE FROM activity_communication WHERE activity_id = ?", (activity_id,))
            seen: set[tuple[int, int]] = set()
            for sort, pair in enumerate(bindings):
                if pair in seen:
                    continue
                seen.add(pair)
                self.insert_row("activity_binding", {"activity_id": activity_id, "owner_type_id": pair[0],
                                                     "owner_id": pair[1], "sort": sort})
            for comm in communications:
                self.insert_row("activity_communication", {
                    "id": self.next_id("communication"), "activity_id": activity_id, "type": comm["type"],
                    "value": comm["value"], "entity_type_id": comm["entity_type_id"],
                    "entity_id": comm["entity_id"]})

    def delete_activity(self, activity_id: int) -> bool:
        """Delete an activity with its bindings, communications, pings and layouts; True when it existed."""
        with self.transaction():
            gone = self.execute("DELETE FROM activity WHERE id = ?", (activity_id,)).rowcount
            for table in ("activity_binding", "activity_communication", "activity_ping", "activity_layout"):
                self.execute(f"DELETE FROM {table} WHERE activity_id = ?", (activity_id,))
        return gone > 0

    def record_sent_email(self, activity_id: int, sent_at: int, recipients: list[str]) -> None:
        """Note that an outgoing e-mail activity was "sent" at ``sent_at`` (Unix seconds) to ``recipients``."""
        self.insert_row("email_outbox", {"activity_id": activity_id, "sent_at": sent_at,
                                         "recipients": json.dumps(recipients)})

    def binding_pairs(self, activity_id: int) -> list[tuple[int, int]]:
        """``(owner_type_id, owner_id)`` bindings of an activity in insertion order."""
        rows = self.query("SELECT owner_type_id, owner_id FROM activity_binding WHERE activity_id = ? "
                          "ORDER BY sort", (activity_id,))
        return [(int(r[0]), int(r[1])) for r in rows]

    def set_bindings(self, activity_id: int, bindings: Sequence[tuple[int, int]]) -> None:
        """Replace the bindings of an activity with ``bindings`` (``(owner_type_id, owner_id)`` pairs;
        list order becomes the stored order, duplicates dropped). Does not touch OWNER_TYPE_ID/OWNER_ID."""
        with self.transaction():
            self.execute("DELETE FROM activity_binding WHERE activity_id = ?", (activity_id,))
            self._write_bindings(activity_id, bindings)

    def _write_bindings(self, activity_id: int, bindings: Sequence[tuple[int, int]]) -> None:
        """Insert ``bindings`` in list order (the stored ``sort``), duplicates dropped; no transaction."""
        seen: set[tuple[int, int]] = set()
        for sort, (owner_type_id, owner_id) in enumerate(bindings):
            if (owner_type_id, owner_id) in seen:
                continue
            seen.add((owner_type_id, owner_id))
            self.insert_row("activity_binding", {"activity_id": activity_id, "owner_type_id": owner_type_id,
                                                 "owner_id": owner_id, "sort": sort})

    def set_ping_offsets(self, activity_id: int, offsets: Sequence[int]) -> None:
        """Replace a todo's reminder offsets (minutes before the deadline, in the given order).

        Offsets are relative to DEADLINE, so reminders follow a moved deadline without a rewrite."""
        with self.transaction():
            self.execute("DELETE FROM activity_ping WHERE activity_id = ?", (activity_id,))
            for sort, offset in enumerate(offsets):
                self.insert_row("activity_ping", {"activity_id": activity_id, "offset_minutes": offset,
                                                  "sort": sort})

    def item_exists(self, entity_type_id: int, item_id: int) -> bool:
        """True when the CRM item exists (only types 1–4 are stored)."""
        return self.scalar("SELECT 1 FROM crm_item WHERE entity_type_id = ? AND id = ?",
                           (entity_type_id, item_id)) is not None

    def is_empty(self) -> bool:
        """True when the portal has no users yet (a fresh database)."""
        return self.scalar("SELECT COUNT(*) FROM user") == 0

    def close(self) -> None:
        """Close the connection."""
        with self.lock:
            self.conn.close()

    # ------------------------------------------------------------------ accessor for tests

    def activity(self, activity_id: int) -> dict[str, Any] | None:
        """One activity with Python types (see the module docstring), or ``None``."""
        row = self.query_one("SELECT * FROM activity WHERE id = ?", (activity_id,))
        if row is None:
            return None
        result: dict[str, Any] = {}
        for key in row.keys():
            value = row[key]
            kind = ACTIVITY_FIELD_KINDS.get(key.upper())
            if kind == "datetime" and value is not None:
                value = datetime.fromtimestamp(value, self.clock.tz)
            elif kind == "json":
                value = json.loads(value) if value else {}
            result[key] = value
        result["bindings"] = self.binding_pairs(activity_id)
        result["communications"] = [
            dict(r) for r in self.query(
                "SELECT type, value, entity_type_id, entity_id FROM activity_communication "
                "WHERE activity_id = ? ORDER BY id", (activity_id,))]
        result["ping_offsets"] = [
            int(r[0]) for r in self.query(
                "SELECT offset_minutes FROM activity_ping WHERE activity_id = ? ORDER BY sort", (activity_id,))]
        return result

    def count_activities(self, **equals: Any) -> int:
        """Count activities whose columns equal ``equals`` (see the module docstring)."""
        sql = "SELECT COUNT(*) FROM activity a"
        params: list[Any] = []
        where: list[str] = []
        bound_to = equals.pop("bound_to", None)
        if bound_to is not None:
            sql += " JOIN activity_binding b ON b.activity_id = a.id AND b.owner_type_id = ? AND b.owner_id = ?"
            params.extend(bound_to)
        for key, value in equals.items():
            if key not in _ACTIVITY_COLUMNS:
                raise KeyError(f"unknown activity column: {key}")
            if value is None:
                where.append(f"a.{key} IS NULL")
            else:
                where.append(f"a.{key} = ?")
                params.append(value)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return int(self.scalar(sql, params))

    def item(self, entity_type_id: int, item_id: int) -> dict[str, Any] | None:
        """A CRM item row (``crm_item`` columns) or ``None``."""
        row = self.query_one("SELECT * FROM crm_item WHERE entity_type_id = ? AND id = ?",
                             (entity_type_id, item_id))
        return None if row is None else dict(row)

    def delete_item(self, entity_type_id: int, item_id: int) -> bool:
        """Delete a CRM item; True when it existed (see the module docstring)."""
        with self.transaction():
            gone = self.execute("DELETE FROM crm_item WHERE entity_type_id = ? AND id = ?",
                                (int(entity_type_id), item_id)).rowcount
            self.execute("DELETE FROM crm_multifield WHERE entity_type_id = ? AND entity_id = ?",
                         (int(entity_type_id), item_id))
            if int(entity_type_id) == 2:
                self.execute("DELETE FROM deal_contact WHERE deal_id = ?", (item_id,))
        return gone > 0

    def sent_emails(self) -> list[dict[str, Any]]:
        """E-mails "sent" by the legacy methods: ``{"activity_id", "sent_at" (datetime), "recipients"}``."""
        return [{"activity_id": int(r["activity_id"]),
                 "sent_at": datetime.fromtimestamp(r["sent_at"], self.clock.tz),
                 "recipients": json.loads(r["recipients"])}
                for r in self.query("SELECT * FROM email_outbox ORDER BY rowid")]

    def user(self, user_id: int) -> dict[str, Any] | None:
        """A user row (``user`` columns) or ``None``."""
        row = self.query_one("SELECT * FROM user WHERE id = ?", (user_id,))
        return None if row is None else dict(row)


class _Transaction:
    def __init__(self, db: SandboxDB) -> None:
        self.db = db
        self.depth_owner = False

    def __enter__(self) -> _Transaction:
        self.db.lock.acquire()
        if not self.db.conn.in_transaction:
            self.db.conn.execute("BEGIN")
            self.depth_owner = True
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            if self.depth_owner:
                self.db.conn.execute("ROLLBACK" if exc_type else "COMMIT")
        finally:
            self.db.lock.release()
