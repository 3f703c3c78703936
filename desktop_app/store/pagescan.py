"""A ``.recover``-like reader of SQLite's file format (no SQL): every row of every table b-tree leaf
page, for :mod:`desktop_app.store.recovery` when SQLite itself can no longer read a damaged store.

The page size comes from the header, else from the WAL, else from the size that makes the most
pages look like b-tree pages. The WAL's committed frames replace their pages (latest copy wins);
freelist pages (old content) are skipped when page 1's header is readable and the list is
consistent. Cells that run past their page, the file or a cut (truncated) page are skipped. Format
references: https://www.sqlite.org/fileformat2.html (§1.6 b-tree pages, §2.1 records, §4 WAL).
No Qt.
"""

from __future__ import annotations

import mmap
import os
import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
