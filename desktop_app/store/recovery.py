"""A damaged store file: set it aside and get back every outbox entry that can still be read.

Used by :meth:`desktop_app.store.db.Store.open` when the file fails its check (SQLite reports
``SQLITE_CORRUPT`` / ``SQLITE_NOTADB``, ``PRAGMA quick_check`` finds damage, or a table lacks the
columns this version writes). Issue 10 item 8: a damaged file must never block a start nor lose
the queue.

1. :func:`set_aside` renames the file, and its ``-wal`` / ``-shm`` companions, to
   ``<name>.corrupt-<UTC timestamp>`` (``-wal`` / ``-shm`` appended, so SQLite still pairs them);
   nothing is deleted.
2. :func:`read_outbox` reads the ``outbox`` table of the set-aside file, in steps that trust the
   file less and less:

   - SQL, the whole table at once (read-only connection);
   - if that fails, SQL row by row: the ids any index or the table itself still yields, and every
     id up to ``sqlite_sequence``, each read on its own (a bad page costs only its rows);
   - then, for the ids still missing, a page scan in the manner of SQLite's ``.recover``
     (:mod:`desktop_app.store.pagescan`: every table b-tree leaf of the file and of its WAL's
     committed frames, decoded by hand), keeping the records shaped like outbox rows (method,
     JSON object params, known state, ISO datetime…). This also works when the file header or
     the schema page is destroyed.

   Every row is decoded on its own; a row that does not decode is left out (counted, never guessed).
3. :func:`requeue` says how each entry comes back: ``done`` entries are kept as confirmed history
   (never sent again — they also tell later conflict checks which portal versions are ours);
   ``sending`` / ``unknown`` ones, and ``pending`` ones that were already tried, come back as
   ``unknown`` with ``verify_first`` so the portal is asked before anything is re-sent;
   ``failed`` / ``conflict`` stay the user's business. Entries keep their ids (placeholders and
   ``after_entry_id`` links stay valid).

No Qt, no secrets (the outbox holds none).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .entries import EntryState, OutboxEntry
from .outbox import _COLUMNS, _from_row, _to_row
from .pagescan import scan_records

log = logging.getLogger(__name__)

#: File name suffix of a set-aside damaged store: ``<name>.corrupt-20261203T114105Z``.
ASIDE_MARK = "corrupt"
_COMPANIONS = ("-wal", "-shm")
#: Most ids probed one by one in the row-by-row step, below the highest id found (sqlite_sequence
#: may be damaged too; a probe costs a few microseconds).
_MAX_PROBES = 100_000
_METHOD = re.compile(r"^[a-z][A-Za-z0-9_.]{2,80}$")
_STATES = {str(s) for s in EntryState} - {str(EntryState.DISCARDED)}


@dataclass(frozen=True)
class StoreRecovery:
    """What happened when a damaged store file was replaced by a fresh one.

    Attributes:
        path: the store's path (now a fresh, working file).
        moved_to: where the damaged file was moved (its ``-wal`` / ``-shm`` next to it).
        reason: what the check found, for the log (SQLite's words; English, no user data).
        requeued: changes not yet confirmed by the portal put back in the outbox (pending, sending,
            unknown, failed, conflict).
        confirmed: confirmed (``done``) entries kept as history (never sent again).
        unreadable: rows that were found but could not be decoded (left in the set-aside file).
    """

    path: Path
    moved_to: Path
    reason: str
    requeued: int
    confirmed: int
    unreadable: int


# -- setting aside ------------------------------------------------------------------------------


def aside_path(path: Path, now: datetime | None = None, mark: str = ASIDE_MARK) -> Path:
    """``<path>.corrupt-<YYYYmmddTHHMMSSZ>`` (UTC); ``-2``, ``-3``… appended if that name is taken."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    candidate = path.with_name(f"{path.name}.{mark}-{stamp}")
    n = 2
    while any(Path(f"{candidate}{s}").exists() for s in ("", *_COMPANIONS)):
        candidate = path.with_name(f"{path.name}.{mark}-{stamp}-{n}")
        n += 1
    return candidate


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename the store file and its ``-wal`` / ``-shm`` (those present) to :func:`aside_path`;
    returns the new path of the main file. Raises ``OSError`` when the file cannot be renamed."""
    target = aside_path(path, now)
    for suffix in _COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    if path.exists():
        os.replace(path, target)
    return target


# -- reading the damaged file --------------------------------------------------------------------


@dataclass
class _Found:
    rows: dict[int, OutboxEntry]
    unreadable: set[int]
    top: int = 0


def read_outbox(path: Path) -> tuple[list[OutboxEntry], int, int]:
    """Every outbox entry still readable in the (set-aside) store file ``path``, in id order; the
    number of rows found but not decodable; the highest entry id the file shows signs of (so a new
    entry never takes the id of a lost one). Never raises for file content."""
    found = _Found({}, set())
    complete = _read_sql(path, found)
    if not complete:
        try:
            for rowid, values in scan_records(path):
                if rowid in found.rows:
                    continue
                entry = _entry_from_values(rowid, values)
                if entry is None:
                    continue
                found.top = max(found.top, rowid)
                found.unreadable.discard(rowid)
                known = found.rows.get(rowid)
                if known is None or _rank(entry) > _rank(known):
                    found.rows[rowid] = entry
        except (OSError, ValueError) as exc:  # an unreadable file: what SQL gave is all there is
            log.warning("page scan of %s failed: %s", path.name, exc)
    entries = [found.rows[i] for i in sorted(found.rows)]
    top = max([found.top, *found.rows, *found.unreadable])
    return entries, len(found.unreadable - set(found.rows)), top


def _rank(entry: OutboxEntry) -> tuple[bool, int]:
    """Of two copies of one row (a page and its newer WAL copy both survive): the later in the
    entry's life — ``done`` is final, then the one tried more often."""
    return entry.state is EntryState.DONE, entry.attempts


def _read_sql(path: Path, found: _Found) -> bool:
    """The SQL steps; True when the whole table was read in one go (nothing else to look for)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    conn.row_factory = sqlite3.Row
    try:
        try:
            rows = conn.execute("SELECT * FROM outbox ORDER BY id").fetchall()
        except (sqlite3.Error, ValueError):
            pass
        else:
            for row in rows:
                _keep(found, int(row["id"]), row)
            return True
        ids: set[int] = set()
        for sql in ("SELECT id FROM outbox", "SELECT id FROM outbox INDEXED BY outbox_state",
                    "SELECT id FROM outbox INDEXED BY outbox_owner", "SELECT id FROM outbox ORDER BY id DESC"):
            try:
                for row in conn.execute(sql):
                    ids.add(int(row[0]))
            except (sqlite3.Error, ValueError):
                continue
        top = max(ids, default=0)
        try:
            seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'outbox'").fetchone()
            if seq is not None and 0 < int(seq[0]) <= top + _MAX_PROBES:  # a damaged seq can be anything
                top = max(top, int(seq[0]))
        except (sqlite3.Error, TypeError, ValueError):
            pass
        found.top = max(found.top, top)
        for rowid in sorted(ids | set(range(max(1, top - _MAX_PROBES), top + 1))):
            try:
                row = conn.execute("SELECT * FROM outbox WHERE id = ?", (rowid,)).fetchone()
            except (sqlite3.Error, ValueError):  # ValueError: text that is not UTF-8
                found.unreadable.add(rowid)
                continue
            if row is not None:
                _keep(found, rowid, row)
        return False
    except (sqlite3.Error, ValueError):
        return False
    finally:
        conn.close()


def _keep(found: _Found, rowid: int, row: Mapping[str, Any]) -> None:
    values = {name: (row[name] if name in row.keys() else None) for name in _COLUMNS}  # type: ignore[attr-defined]
    values["id"] = rowid
    entry = _checked_entry(values)
    if entry is None:
        found.unreadable.add(rowid)
    else:
        found.rows[rowid] = entry


def _entry_from_values(rowid: int, values: list[Any]) -> OutboxEntry | None:
    """An outbox row from a raw record (column order of the table; rows written before a column
    was added are shorter), or ``None`` when the record is not shaped like one."""
    if not (len(_COLUMNS) - 2 <= len(values) <= len(_COLUMNS)) or values[0] is not None:
        return None  # the id column is the rowid: stored as NULL in the record
    row: dict[str, Any] = dict.fromkeys(_COLUMNS)
    row.update(zip(_COLUMNS, values, strict=False))
    row["id"] = rowid
    return _checked_entry(row)


def _checked_entry(row: dict[str, Any]) -> OutboxEntry | None:
    """Decode one row, checking every column's type; ``None`` if anything does not fit."""
    ints = ("owner_type_id", "owner_id")
    optional_ints = ("activity_id", "after_entry_id", "attempts", "verify_first")
    texts = ("origin_id", "error_code", "error_text", "bulk_id", "base_last_updated", "next_attempt_at",
             "sent_at", "result_last_updated", "theirs", "before")
    try:
        if not (isinstance(row["method"], str) and _METHOD.match(row["method"])):
            return None
        if row["state"] not in _STATES or not isinstance(row["created_at"], str):
            return None
        if not all(isinstance(row[n], int) for n in ints):
            return None
        if not all(row[n] is None or isinstance(row[n], int) for n in optional_ints):
            return None
        if not all(row[n] is None or isinstance(row[n], str) for n in texts):
            return None
        if not isinstance(row["params"], str):
            return None
        row["attempts"] = row["attempts"] or 0
        row["verify_first"] = row["verify_first"] or 0
        entry = _from_row(row)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError):
        return None
    if not isinstance(entry.params, dict) or entry.created_at.tzinfo is None:
        return None
    if any(x is not None and not isinstance(x, dict) for x in (entry.theirs, entry.before)):
        return None
    return entry


# -- putting entries back ------------------------------------------------------------------------


def requeue(entry: OutboxEntry) -> OutboxEntry:
    """How a recovered entry goes into the fresh store (see the module docstring)."""
    if entry.state in (EntryState.SENDING, EntryState.UNKNOWN):
        return replace(entry, state=EntryState.UNKNOWN, verify_first=True, next_attempt_at=None)
    if entry.state is EntryState.PENDING:
        return replace(entry, verify_first=entry.verify_first or entry.attempts > 0, next_attempt_at=None)
    return entry


#: ``error_text`` of a change whose create (``after_entry_id``) was lost with the damaged file.
LOST_CREATE_TEXT = "The new activity this change was waiting for could not be recovered from the damaged database."


def requeue_all(entries: list[OutboxEntry]) -> list[OutboxEntry]:
    """:func:`requeue` each entry; a change queued behind a create that was not recovered (its
    ``after_entry_id`` is gone, no activity id yet) cannot be sent: it is kept as ``failed`` with
    :data:`LOST_CREATE_TEXT`, for the user to see and discard."""
    ids = {e.id for e in entries}
    out = []
    for entry in map(requeue, entries):
        if (entry.state.is_open and entry.activity_id is None and entry.after_entry_id is not None
                and entry.after_entry_id not in ids):
            entry = replace(entry, state=EntryState.FAILED, verify_first=False, error_code="",
                            error_text=LOST_CREATE_TEXT)
        out.append(entry)
    return out


def restore(conn: sqlite3.Connection, entries: list[OutboxEntry], top: int = 0) -> None:
    """Insert ``entries`` with their own ids into the (fresh) outbox of ``conn`` and let new ids
    start above ``top`` (and above every restored id), in ONE transaction."""
    names = list(_COLUMNS)
    sql = f"INSERT INTO outbox ({', '.join(names)}) VALUES ({', '.join(f':{n}' for n in names)})"
    top = max([top, *(e.id for e in entries)])
    conn.execute("BEGIN IMMEDIATE")
    with conn:
        for entry in entries:
            conn.execute(sql, _to_row(entry))
        if top > 0:
            conn.execute("DELETE FROM sqlite_sequence WHERE name = 'outbox'")
            conn.execute("INSERT INTO sqlite_sequence (name, seq) VALUES ('outbox', ?)", (top,))


def restore_uploads(conn: sqlite3.Connection, damaged: Path, entry_ids: list[int]) -> int:
    """Copy the queued file bytes (``outbox_upload``) of ``entry_ids`` still readable in the damaged
    file into the fresh store, in one transaction; returns how many were copied. Best effort: an
    entry whose bytes are lost fails with ``FILES_LOST`` when it is sent. Never raises for file content."""
    if not entry_ids:
        return 0
    rows: list[tuple[int, int, bytes]] = []
    try:
        source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return 0
    try:
        for entry_id in entry_ids:
            try:
                for idx, data in source.execute("SELECT idx, data FROM outbox_upload WHERE entry_id = ?", (entry_id,)):
                    if isinstance(idx, int) and isinstance(data, bytes):
                        rows.append((entry_id, idx, data))
            except (sqlite3.Error, ValueError):
                continue
    finally:
        source.close()
    if rows:
        conn.execute("BEGIN IMMEDIATE")
        with conn:
            conn.executemany("INSERT OR REPLACE INTO outbox_upload (entry_id, idx, data) VALUES (?, ?, ?)", rows)
    return len(rows)


def describe(exc: BaseException) -> str:
    """A short reason for the log from a check failure (no user data: SQLite's own words)."""
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


__all__ = ["ASIDE_MARK", "LOST_CREATE_TEXT", "StoreRecovery", "aside_path", "read_outbox", "requeue", "requeue_all",
           "restore", "scan_records", "set_aside"]
