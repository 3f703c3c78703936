"""The local SQLite database of Activity Desk: one file per portal and user.

``Store.open(path)`` opens (or creates) it in WAL mode with ``synchronous=FULL``, so an outbox
entry whose write has returned survives the app being killed (``kill -9``) or the machine losing
power. The schema is versioned with ``PRAGMA user_version``; each table group creates its own
tables (the outbox here, the timeline cache in :mod:`desktop_app.store.cache`).

Opening checks the file (issue 10 item 8): ``PRAGMA quick_check`` and the tables' columns against
a freshly created schema. A damaged file (or one SQLite calls "not a database") never blocks a
start: it is moved aside as ``<name>.corrupt-<UTC timestamp>``, a fresh store takes its place and
every outbox entry still readable in the damaged file is put back (:mod:`desktop_app.store.recovery`);
:attr:`Store.recovery` then says what happened, for the window to tell the user.

The data directory is made ``0700`` and the database files (main, ``-wal``, ``-shm``) ``0600``,
whatever the umask; looser modes left by older versions are tightened on open (issue 10 item 4).

Nothing secret is stored: never the webhook code or a token (the file name carries the portal host
and user id only). No Qt.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import stat
from pathlib import Path
from typing import Any, Self

from . import recovery
from .file_names import FileNameStore
from .outbox import OutboxStore
from .recovery import StoreRecovery

log = logging.getLogger(__name__)

#: Current schema version (``PRAGMA user_version``): 1 = issue 3 (outbox, cache); 2 = the outbox's
#: ``bulk_id`` column (issue 4, bulk changes; added to version-1 files on open); 3 = the
#: ``file_name`` table (issue 12, names of activity files, :mod:`desktop_app.store.file_names`;
#: created in older files on open).
SCHEMA_VERSION = 3

#: Permissions of the data directory and of the database files (owner only), whatever the umask.
DIR_MODE = 0o700
FILE_MODE = 0o600
#: How long a statement waits for another connection's lock before SQLite says the file is busy
#: (seconds; ``sqlite3.connect``'s ``timeout``) — e.g. another running copy in the middle of a write.
BUSY_TIMEOUT_S = 5.0
#: SQLite's primary result codes that mean "the file is damaged" (not busy, locked, full, read-only…).
_DAMAGE_CODES = (11, 26)  # SQLITE_CORRUPT, SQLITE_NOTADB


class StoreDamaged(Exception):
    """The file failed :meth:`Store.open`'s check (internal: the store is then recovered)."""


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


def make_private_dir(path: Path) -> None:
    """Create ``path`` (and missing parents) and make it ``0700`` (owner only), also when it
    already existed with a looser mode. A folder we may not change (not ours) is left as it is,
    with a warning."""
    path.mkdir(mode=DIR_MODE, parents=True, exist_ok=True)
    _tighten(path, DIR_MODE)


def make_private_file(path: Path) -> None:
    """Make ``path`` ``0600``: created empty with that mode if missing, tightened if looser."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    except FileExistsError:
        pass
    else:
        os.close(fd)
        os.chmod(path, FILE_MODE)  # the umask may have taken bits away: exactly 0600
    _tighten(path, FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    try:
        current = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if current & ~mode & 0o777 or current & mode != mode:
        try:
            os.chmod(path, mode)
        except OSError as exc:
            log.warning("cannot restrict %s to mode %o: %s", path, mode, exc.strerror or exc)


def _is_damage(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return type(exc) is sqlite3.DatabaseError or (code is not None and code & 0xFF in _DAMAGE_CODES)


_SCHEMA_CACHE: dict[str, list[tuple[Any, ...]]] = {}


def expected_schema() -> dict[str, list[tuple[Any, ...]]]:
    """``{table: [(name, type, notnull, pk), …]}`` of a store created from scratch (in memory)."""
    if not _SCHEMA_CACHE:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        try:
            Store(conn, Path(":memory:"))
            OutboxStore.create_schema(conn)
            FileNameStore.create_schema(conn)
            _SCHEMA_CACHE.update(_schema_of(conn))
        finally:
            conn.close()
    return _SCHEMA_CACHE


def _schema_of(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: [(r[1], str(r[2]).upper(), int(r[3]), int(r[5])) for r in conn.execute(f'PRAGMA table_info("{t}")')]
            for t in tables}


def _check_schema(conn: sqlite3.Connection, *, before_migration: bool = False) -> None:
    """Raise :class:`StoreDamaged` when a table lacks a column (or has it with another type) that a
    fresh store has. ``before_migration``: tables may still miss the columns later versions append
    (and whole tables), but what they have must be what a fresh store has, in order."""
    have = _schema_of(conn)
    for table, columns in expected_schema().items():
        found = have.get(table)
        if before_migration and (found is None or columns[:len(found)] == found):
            continue
        if found != columns:
            raise StoreDamaged(f"table {table} does not have the expected columns")


def _check_outbox(store: Store) -> None:
    """Raise :class:`StoreDamaged` when an outbox row does not decode (text that is not UTF-8,
    JSON or a datetime that does not parse: damage ``quick_check`` cannot see). Every row is read
    once; the outbox is small (changes and their confirmations)."""
    try:
        store.outbox.all_entries()
    except sqlite3.Error as exc:
        if _is_damage(exc) or "decode" in str(exc):  # sqlite3's "Could not decode to UTF-8 column …"
            raise StoreDamaged(f"an outbox row does not decode ({type(exc).__name__})") from exc
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise StoreDamaged(f"an outbox row does not decode ({type(exc).__name__})") from exc


class _NewerSchema(sqlite3.DatabaseError):
    """A file written by a newer Activity Desk: refused, and left untouched."""


def _is_newer(exc: BaseException) -> bool:
    return isinstance(exc, _NewerSchema)


class Store:
    """An open database. Attributes: ``outbox`` (:class:`~desktop_app.store.outbox.OutboxStore`),
    ``cache`` (:class:`~desktop_app.store.cache.CacheStore`), ``files``
    (:class:`~desktop_app.store.file_names.FileNameStore`), ``path``.

    Use from one thread (the asyncio/Qt thread). Close with :meth:`close` (or ``with``).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        #: Set when the file was damaged and replaced on open (:class:`~desktop_app.store.recovery.StoreRecovery`).
        self.recovery: StoreRecovery | None = None
        self.outbox = OutboxStore(conn)
        self.files = FileNameStore(conn)
        self.cache: Any = None
        try:
            from .cache import CacheStore
        except ImportError:  # pragma: no cover - the cache module ships with the store
            CacheStore = None  # type: ignore[assignment,misc]
        if CacheStore is not None:
            self.cache = CacheStore(conn)

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Store:
        """Open or create the database at ``path`` (``":memory:"`` for a throw-away store).

        The folder is created (``0700``) and the files kept ``0600``. An existing file is checked
        (``PRAGMA quick_check``, the tables' columns); if it is damaged it is moved aside, a fresh
        store is created in its place with every readable outbox entry put back, and
        :attr:`recovery` describes what happened (see the module docstring).

        Raises:
            sqlite3.DatabaseError: the schema is newer than this version of Activity Desk
                understands (the file is left untouched).
            sqlite3.OperationalError / OSError: the file cannot be opened or written at all
                (locked, read-only, disk full, no permission) — not a damaged file.
        """
        if str(path) == ":memory:":
            return cls._connect(":memory:", Path(":memory:"))
        target = Path(path)
        make_private_dir(target.parent)
        try:
            return cls._open_checked(target)
        except StoreDamaged as damage:
            reason = str(damage)
        moved_to = recovery.set_aside(target)
        entries, unreadable, top = recovery.read_outbox(moved_to)
        store = cls._open_checked(target)
        restored = recovery.requeue_all(entries)
        recovery.restore(store._conn, restored, top)
        recovery.restore_uploads(store._conn, moved_to, [e.id for e in restored if e.state.is_open])
        confirmed = sum(1 for e in restored if e.state.value == "done")
        store.recovery = StoreRecovery(path=target, moved_to=moved_to, reason=reason,
                                       requeued=len(restored) - confirmed, confirmed=confirmed, unreadable=unreadable)
        log.warning("the store %s was damaged (%s); moved to %s, a fresh store started, %d queued change(s) "
                    "put back (%d confirmed kept, %d unreadable)", target.name, reason, moved_to.name,
                    store.recovery.requeued, confirmed, unreadable)
        return store

    @classmethod
    def _open_checked(cls, target: Path) -> Store:
        """Open ``target`` and check it; raises :class:`StoreDamaged` for a damaged file."""
        make_private_file(target)
        for suffix in ("-wal", "-shm"):
            _tighten(Path(f"{target}{suffix}"), FILE_MODE)
        try:
            store = cls._connect(str(target), target, check=True)
        except sqlite3.Error as exc:
            if _is_damage(exc) and not _is_newer(exc):
                raise StoreDamaged(recovery.describe(exc)) from exc
            raise
        except UnicodeDecodeError as exc:  # SQLite's message quotes damaged schema text
            raise StoreDamaged("malformed database schema (not UTF-8)") from exc
        for suffix in ("-wal", "-shm"):  # SQLite gives them the main file's mode; looser ones are fixed
            _tighten(Path(f"{target}{suffix}"), FILE_MODE)
        return store

    @classmethod
    def _connect(cls, name: str, target: Path, *, check: bool = False) -> Store:
        # isolation_level=None: every write runs in an explicit BEGIN IMMEDIATE … COMMIT.
        conn = sqlite3.connect(name, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            if check:
                problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check(5)")]
                if problems != ["ok"]:
                    raise StoreDamaged("quick_check: " + "; ".join(" ".join(p.split()) for p in problems)[:300])
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _NewerSchema(
                    f"the store {target.name} has schema version {version}; this Activity Desk knows {SCHEMA_VERSION}")
            if check:
                _check_schema(conn, before_migration=True)
            OutboxStore.create_schema(conn)
            FileNameStore.create_schema(conn)
            store = cls(conn, target)
            if check:
                _check_schema(conn)
                _check_outbox(store)
            if version < SCHEMA_VERSION:
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            return store
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
