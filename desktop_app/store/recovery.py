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
   - then, for the ids still missing, a page scan in the manner of SQLite's ``.recover``: every
     table b-tree leaf page of the main file and of the committed part of its WAL (latest copy of
     each page wins, freelist pages skipped when the header is readable) is decoded by hand, and
     the records shaped like outbox rows (method, JSON object params, known state, ISO datetime…)
     are kept. This also works when the file header or the schema page is destroyed.

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
import mmap
import os
import re
import sqlite3
import struct
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .entries import EntryState, OutboxEntry
from .outbox import _COLUMNS, _from_row, _to_row

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


def read_outbox(path: Path) -> tuple[list[OutboxEntry], int]:
    """Every outbox entry still readable in the (set-aside) store file ``path``, in id order, and
    the number of rows found but not decodable. Never raises for file content."""
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
                found.unreadable.discard(rowid)
                known = found.rows.get(rowid)
                if known is None or _rank(entry) > _rank(known):
                    found.rows[rowid] = entry
        except (OSError, ValueError) as exc:  # an unreadable file: what SQL gave is all there is
            log.warning("page scan of %s failed: %s", path.name, exc)
    entries = [found.rows[i] for i in sorted(found.rows)]
    return entries, len(found.unreadable - set(found.rows))


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


# -- page scan (a .recover-like reader of the file format) -------------------------------------

_MAGIC = b"SQLite format 3\x00"
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)


def scan_records(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """``(rowid, values)`` of every cell of every table b-tree leaf page of the SQLite file
    ``path`` (and the committed frames of ``<path>-wal``), whatever table it belongs to.

    The page size comes from the header, else from the WAL, else from the size that makes the most
    pages look like b-tree pages. Cells that run past their page or the file are skipped. Reads the
    file through ``mmap``; raises ``OSError`` if it cannot be opened.
    """
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        data: Any = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) if size else b""
        try:
            wal_size, wal_pages = _wal_pages(Path(f"{path}-wal"))
            page_size, reserved = _geometry(data, wal_size)
            pages = _Pages(data, page_size, wal_pages)
            free = _freelist(pages)
            for number in pages.numbers():
                if number in free:
                    continue
                page = pages.get(number)
                if page is None:
                    continue
                yield from _leaf_cells(pages, page, 100 if number == 1 else 0,
                                       min(page_size - reserved, pages.valid(number)), page_size - reserved)
        finally:
            if isinstance(data, mmap.mmap):
                data.close()


class _Pages:
    """1-based pages of the main file, each replaced by its latest committed WAL copy."""

    def __init__(self, data: Any, page_size: int, wal: dict[int, bytes]) -> None:
        self._data = data
        self.size = page_size
        self._wal = {n: p for n, p in wal.items() if len(p) == page_size}
        #: Pages in the main file, the last one possibly cut short (a truncated file).
        self._count = -(-len(data) // page_size)

    def numbers(self) -> list[int]:
        return sorted(set(range(1, self._count + 1)) | set(self._wal))

    def valid(self, number: int) -> int:
        """How many bytes of page ``number`` are really there (less than a page for a cut one)."""
        if number in self._wal:
            return self.size
        return max(0, min(self.size, len(self._data) - (number - 1) * self.size))

    def get(self, number: int) -> bytes | None:
        if number in self._wal:
            return self._wal[number]
        if 1 <= number <= self._count:
            start = (number - 1) * self.size
            return bytes(self._data[start:start + self.size]).ljust(self.size, b"\x00")
        return None


def _wal_pages(path: Path) -> tuple[int, dict[int, bytes]]:
    """(page size, {page number: latest committed copy}) of a WAL file; (0, {}) if none or bad."""
    try:
        raw = path.read_bytes()
    except OSError:
        return 0, {}
    if len(raw) < 32:
        return 0, {}
    magic, _version, page_size, _ckpt, salt1, salt2 = struct.unpack(">IIIIII", raw[:24])
    if magic not in _WAL_MAGIC or page_size not in _PAGE_SIZES:
        return 0, {}
    committed: dict[int, bytes] = {}
    pending: dict[int, bytes] = {}
    offset = 32
    while offset + 24 + page_size <= len(raw):
        number, commit, s1, s2 = struct.unpack(">IIII", raw[offset:offset + 16])
        if (s1, s2) != (salt1, salt2) or number == 0:
            break
        pending[number] = raw[offset + 24:offset + 24 + page_size]
        if commit:
            committed.update(pending)
            pending.clear()
        offset += 24 + page_size
    return page_size, committed


def _geometry(data: Any, wal_page_size: int) -> tuple[int, int]:
    """(page size, reserved bytes per page) of the main file."""
    if len(data) >= 100 and bytes(data[:16]) == _MAGIC:
        raw = struct.unpack(">H", data[16:18])[0]
        page_size = 65536 if raw == 1 else raw
        if page_size in _PAGE_SIZES:
            reserved = data[20] if bytes(data[21:24]) == b"\x40\x20\x20" and data[20] < 64 else 0
            return page_size, reserved
    if wal_page_size:
        return wal_page_size, 0

    def score(size: int) -> int:
        good = 0
        for start in range(size, min(len(data), size * 4096), size):
            if data[start] in (2, 5, 10, 13) and _sane_header(bytes(data[start:start + 12]), size):
                good += 1
        return good

    return max(_PAGE_SIZES, key=lambda size: (score(size), size == 4096)), 0


def _sane_header(head: bytes, page_size: int) -> bool:
    if len(head) < 8:
        return False
    cells = struct.unpack(">H", head[3:5])[0]
    content = struct.unpack(">H", head[5:7])[0] or 65536
    return cells * 2 + 8 <= page_size and content <= page_size


def _freelist(pages: _Pages) -> set[int]:
    """Freelist trunk and leaf pages (old content, not part of any table) when page 1's header is
    readable and the list is consistent with it (page numbers in range, as many as the header
    counts); empty otherwise — a damaged list must not hide live pages."""
    first = pages.get(1)
    if first is None or first[:16] != _MAGIC:
        return set()
    trunk, total = struct.unpack(">II", first[32:40])
    last = max(pages.numbers(), default=0)
    free: set[int] = set()
    while trunk:
        if not 1 < trunk <= last or trunk in free:
            return set()
        free.add(trunk)
        page = pages.get(trunk)
        if page is None:
            return set()
        next_trunk, count = struct.unpack(">II", page[:8])
        if count > (len(page) - 8) // 4:
            return set()
        leaves = struct.unpack(f">{count}I", page[8:8 + 4 * count])
        if any(not 1 < n <= last for n in leaves):
            return set()
        free.update(leaves)
        if len(free) > total:
            return set()
        trunk = next_trunk
    return free if len(free) == total else set()


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    """SQLite varint at ``pos``: (value, next position). Raises IndexError past the end."""
    value = 0
    for i in range(8):
        byte = buf[pos + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, pos + i + 1
    return (value << 8) | buf[pos + 8], pos + 9


def _leaf_cells(pages: _Pages, page: bytes, header: int, valid: int, usable: int) -> Iterator[tuple[int, list[Any]]]:
    """Cells of a table leaf page; ``valid`` bytes of it are real (the rest of a cut page is not)."""
    if valid < header + 8 or page[header] != 13:  # table b-tree leaf
        return
    cells = struct.unpack(">H", page[header + 3:header + 5])[0]
    if header + 8 + 2 * cells > valid:
        return
    for k in range(cells):
        pointer = struct.unpack(">H", page[header + 8 + 2 * k:header + 10 + 2 * k])[0]
        if not header + 8 + 2 * cells <= pointer < valid:
            continue
        try:
            payload_size, pos = _varint(page, pointer)
            rowid, pos = _varint(page, pos)
            payload = _payload(pages, page[:valid], pos, payload_size, usable)
            if payload is None:
                continue
            values = _record(payload)
        except (IndexError, struct.error, UnicodeDecodeError, ValueError):
            continue
        if values is not None:
            yield rowid, values


def _payload(pages: _Pages, page: bytes, pos: int, size: int, usable: int) -> bytes | None:
    """A cell's payload, following its overflow chain (SQLite file format §1.6)."""
    if size > 1 << 30:
        return None
    most = usable - 35
    if size <= most:
        return page[pos:pos + size] if pos + size <= min(usable, len(page)) else None
    least = ((usable - 12) * 32 // 255) - 23
    local = least + ((size - least) % (usable - 4))
    if local > most:
        local = least
    if pos + local + 4 > min(usable, len(page)):
        return None
    parts = [page[pos:pos + local]]
    have = local
    (following,) = struct.unpack(">I", page[pos + local:pos + local + 4])
    seen: set[int] = set()
    while have < size:
        if following == 0 or following in seen:
            return None
        seen.add(following)
        overflow = pages.get(following)
        if overflow is None:
            return None
        (following,) = struct.unpack(">I", overflow[:4])
        chunk = overflow[4:min(usable, 4 + size - have)]
        parts.append(chunk)
        have += len(chunk)
    return b"".join(parts)


def _record(payload: bytes) -> list[Any] | None:
    """Values of one record (SQLite file format §2.1), or ``None`` when it does not parse."""
    header_size, pos = _varint(payload, 0)
    if not 1 <= header_size <= len(payload):
        return None
    types: list[int] = []
    while pos < header_size:
        serial, pos = _varint(payload, pos)
        types.append(serial)
    if pos != header_size:
        return None
    values: list[Any] = []
    body = header_size
    widths = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}
    for serial in types:
        if serial == 0:
            values.append(None)
        elif serial in widths:
            width = widths[serial]
            if body + width > len(payload):
                return None
            values.append(int.from_bytes(payload[body:body + width], "big", signed=True))
            body += width
        elif serial == 7:
            if body + 8 > len(payload):
                return None
            values.append(struct.unpack(">d", payload[body:body + 8])[0])
            body += 8
        elif serial in (8, 9):
            values.append(serial - 8)
        elif serial >= 12:
            length = (serial - 12) // 2
            if body + length > len(payload):
                return None
            chunk = payload[body:body + length]
            values.append(chunk.decode("utf-8") if serial % 2 else bytes(chunk))
            body += length
        else:  # 10, 11: reserved
            return None
    return values if body == len(payload) else None


# -- putting entries back ------------------------------------------------------------------------


def requeue(entry: OutboxEntry) -> OutboxEntry:
    """How a recovered entry goes into the fresh store (see the module docstring)."""
    if entry.state in (EntryState.SENDING, EntryState.UNKNOWN):
        return replace(entry, state=EntryState.UNKNOWN, verify_first=True, next_attempt_at=None)
    if entry.state is EntryState.PENDING:
        return replace(entry, verify_first=entry.verify_first or entry.attempts > 0, next_attempt_at=None)
    return entry


def restore(conn: sqlite3.Connection, entries: list[OutboxEntry]) -> None:
    """Insert ``entries`` with their own ids into the (fresh) outbox of ``conn``, in ONE
    transaction."""
    if not entries:
        return
    names = list(_COLUMNS)
    sql = f"INSERT INTO outbox ({', '.join(names)}) VALUES ({', '.join(f':{n}' for n in names)})"
    conn.execute("BEGIN IMMEDIATE")
    with conn:
        for entry in entries:
            conn.execute(sql, _to_row(entry))


def describe(exc: BaseException) -> str:
    """A short reason for the log from a check failure (no user data: SQLite's own words)."""
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


__all__ = ["ASIDE_MARK", "StoreRecovery", "aside_path", "read_outbox", "requeue", "restore", "scan_records",
           "set_aside"]
