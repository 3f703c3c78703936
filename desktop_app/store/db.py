"""The local SQLite database of Activity Desk: one file per portal and user.

``Store.open(path)`` opens (or creates) it in WAL mode with ``synchronous=FULL``, so an outbox
entry whose write has returned survives the app being killed (``kill -9``) or the machine losing
power. The schema is versioned with ``PRAGMA user_version``; each table group creates its own
tables (the outbox here, the timeline cache in :mod:`desktop_app.store.cache`).

Nothing secret is stored: never the webhook code or a token (the file name carries the portal host
and user id only). No Qt.
"""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path
from typing import Any, Self

from .outbox import OutboxStore

#: Current schema version (``PRAGMA user_version``): 1 = issue 3 (outbox, cache); 2 = the outbox's
#: ``bulk_id`` column (issue 4, bulk changes; added to version-1 files on open).
SCHEMA_VERSION = 2

#: Environment variable that overrides the data directory (tests, portable installs).
DATA_DIR_ENV = "ACTIVITY_DESK_DATA_DIR"


def data_dir() -> Path:
    """Where Activity Desk keeps its data: ``$ACTIVITY_DESK_DATA_DIR`` or platformdirs'
    ``user_data_dir("ActivityDesk")`` (``~/.local/share/ActivityDesk`` on Linux)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("ActivityDesk", appauthor=False))


def default_store_path(host: str, user_id: int) -> Path:
    """The database file for one portal host (``acme.bitrix24.com`` or ``127.0.0.1:8000``) and the
    webhook's user id: ``<data dir>/store-<host>-<user_id>.sqlite3`` (host made file-name safe)."""
    safe = re.sub(r"[^A-Za-z0-9.-]+", "_", host.lower()).strip("._") or "portal"
    return data_dir() / f"store-{safe}-{int(user_id)}.sqlite3"


class Store:
    """An open database. Attributes: ``outbox`` (:class:`~desktop_app.store.outbox.OutboxStore`),
    ``cache`` (:class:`~desktop_app.store.cache.CacheStore`), ``path``.

    Use from one thread (the asyncio/Qt thread). Close with :meth:`close` (or ``with``).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self.outbox = OutboxStore(conn)
        self.cache: Any = None
        try:
            from .cache import CacheStore
        except ImportError:  # pragma: no cover - the cache module ships with the store
            CacheStore = None  # type: ignore[assignment,misc]
        if CacheStore is not None:
            self.cache = CacheStore(conn)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Store:
        """Open or create the database at ``path`` (parent folders are created; ``":memory:"``
        for a throw-away store).

        Raises:
            sqlite3.DatabaseError: the file is not a database, or its schema is newer than this
                version of Activity Desk understands.
        """
        target = Path(path) if str(path) != ":memory:" else Path(":memory:")
        if str(path) != ":memory:":
            target.parent.mkdir(parents=True, exist_ok=True)
        # isolation_level=None: every write runs in an explicit BEGIN IMMEDIATE … COMMIT.
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError(
                    f"the store {target.name} has schema version {version}; this Activity Desk knows {SCHEMA_VERSION}")
            OutboxStore.create_schema(conn)
            if version < SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            return cls(conn, target)
        except BaseException:
            conn.close()
            raise

    def close(self) -> None:
        """Close the connection (committed data is already on disk)."""
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
