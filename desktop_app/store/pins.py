"""Pinned timeline cards, kept locally (issue 12 point 3: "pinned items stay on top").

The Bitrix24 web timeline pins an item for everyone on the portal; its REST API has no method for
it (api-spec.md lists none), so Activity Desk keeps pins in the local store instead: one row per
pinned activity id in the store file, which is already one file per portal and user
(:func:`~desktop_app.store.db.default_store_path`). Pins survive a restart; they are never sent.

Table ``timeline_pin (activity_id INTEGER PRIMARY KEY, pinned_at TEXT)`` — ``pinned_at`` is the UTC
ISO time the user pinned it (newest pin first on the timeline). The table is created on first use,
beside the outbox and cache tables (the store's schema check only looks at the tables it knows).

No Qt. Errors: ``sqlite3.Error`` from the connection as it is (a read-only or locked file).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from typing import Any

__all__ = ["PinStore"]

_SCHEMA = """CREATE TABLE IF NOT EXISTS timeline_pin (
    activity_id INTEGER PRIMARY KEY,
    pinned_at TEXT NOT NULL
)"""


class PinStore:
    """Pins of one store file (one portal and user).

    Args:
        conn: the store's SQLite connection (autocommit, ``isolation_level=None``).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        conn.execute(_SCHEMA)

    @property
    def connection(self) -> sqlite3.Connection:
        """The store's connection (for other table groups of the same file)."""
        return self._conn

    @classmethod
    def of(cls, store_part: Any) -> PinStore:
        """The pins beside a store's table group (``Store``, or its ``cache`` / ``outbox``: anything
        holding the store's connection as ``_conn``)."""
        return cls(store_part._conn)

    def pinned(self) -> dict[int, datetime]:
        """Every pinned activity id → when it was pinned (aware, UTC)."""
        rows = self._conn.execute("SELECT activity_id, pinned_at FROM timeline_pin").fetchall()
        out: dict[int, datetime] = {}
        for activity_id, pinned_at in rows:
            try:
                when = datetime.fromisoformat(str(pinned_at))
            except ValueError:
                when = datetime(1970, 1, 1, tzinfo=UTC)
            out[int(activity_id)] = when if when.tzinfo is not None else when.replace(tzinfo=UTC)
        return out

    def set_pinned(self, activity_id: int, pinned: bool, *, now: datetime | None = None) -> None:
        """Pin (``now``, default the real clock, UTC) or unpin ``activity_id``."""
        if pinned:
            when = (now or datetime.now(UTC)).astimezone(UTC).isoformat()
            self._conn.execute("INSERT OR REPLACE INTO timeline_pin (activity_id, pinned_at) VALUES (?, ?)",
                               (int(activity_id), when))
        else:
            self._conn.execute("DELETE FROM timeline_pin WHERE activity_id = ?", (int(activity_id),))
