"""Names of activity files, kept locally: the portal lists ``FILES`` as ``{id, url}`` only.

``crm.activity.list`` gives no file names (api-spec.md §3.1.5), so Activity Desk remembers the
name of every file it uploaded (``fileData[0]``, matched to the new ids once the change is
confirmed) or downloaded (``Content-Disposition``), so cards and details can show names; files
added elsewhere show without a name until downloaded once.

Table ``file_name`` (schema version 3, :mod:`desktop_app.store.db`): one row per portal file id
(``file_id`` primary key, ``activity_id``, ``name``). Every write is one ``BEGIN IMMEDIATE`` …
``COMMIT``. No Qt, nothing secret.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager

__all__ = ["FileNameStore"]

_DDL = """
CREATE TABLE IF NOT EXISTS file_name (
    file_id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL,
    name TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS file_name_activity ON file_name (activity_id);
"""


class FileNameStore:
    """File names by portal file id (see the module docstring). Use from one thread."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @staticmethod
    def create_schema(conn: sqlite3.Connection) -> None:
        """Create the table if missing (files older than schema 3 get it on open)."""
        conn.executescript(_DDL)

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        with conn:
            yield conn

    def remember(self, activity_id: int, names: Mapping[int, str]) -> None:
        """Store ``{file_id: name}`` of one activity (replacing names known before)."""
        rows = [(int(fid), int(activity_id), str(name)) for fid, name in names.items() if name]
        if not rows:
            return
        with self._write() as conn:
            conn.executemany("INSERT OR REPLACE INTO file_name (file_id, activity_id, name) VALUES (?, ?, ?)", rows)

    def names(self, file_ids: Iterable[int]) -> dict[int, str]:
        """``{file_id: name}`` for the ids whose name is known."""
        ids = sorted({int(i) for i in file_ids})
        out: dict[int, str] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ", ".join("?" * len(chunk))
            for fid, name in self._conn.execute(f"SELECT file_id, name FROM file_name WHERE file_id IN ({marks})", chunk):
                out[int(fid)] = str(name)
        return out

    def for_activity(self, activity_id: int) -> dict[int, str]:
        """Every known ``{file_id: name}`` of one activity."""
        rows = self._conn.execute("SELECT file_id, name FROM file_name WHERE activity_id = ?", (int(activity_id),))
        return {int(fid): str(name) for fid, name in rows}

    def forget(self, file_ids: Iterable[int]) -> None:
        """Drop the names of removed files."""
        ids = [(int(i),) for i in file_ids]
        if ids:
            with self._write() as conn:
                conn.executemany("DELETE FROM file_name WHERE file_id = ?", ids)

    def forget_activity(self, activity_id: int) -> None:
        """Drop the names of a deleted activity's files."""
        with self._write() as conn:
            conn.execute("DELETE FROM file_name WHERE activity_id = ?", (int(activity_id),))
