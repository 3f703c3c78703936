"""The bytes of files queued with an outbox change, kept beside the entry instead of inside its JSON.

A change that uploads files (``FILES: [{"fileData": ["name", "<base64>"]}]``, api-spec.md §3.1.5) would
otherwise carry megabytes of base64 in ``outbox.params``, decoded on every read of the outbox (each
card refresh, each step of the processor). Instead, :meth:`OutboxStore.add
<desktop_app.store.outbox.OutboxStore.add>` moves each upload's bytes into table ``outbox_upload``
(``entry_id``, ``idx``, ``data`` BLOB) in the same transaction as the entry, and the stored params
hold ``{"fileData": ["name", {"$upload": idx}]}``. :meth:`OutboxStore.sendable_params
<desktop_app.store.outbox.OutboxStore.sendable_params>` puts the base64 back right before sending.
The bytes survive a restart like the entry; they are deleted with the entry (discarded) or once it
is confirmed (``done``). Only canonical base64 (what ``encode_files`` makes) is moved; anything else
stays inline, as sent. No Qt.
"""

from __future__ import annotations

import base64
import binascii
import sqlite3
from typing import Any

__all__ = ["DDL", "UPLOAD_REF", "UploadsLost", "delete", "expand", "insert", "split"]

#: The key of a reference to a stored upload inside ``fileData[1]``.
UPLOAD_REF = "$upload"

DDL = """
CREATE TABLE IF NOT EXISTS outbox_upload (
    entry_id INTEGER NOT NULL,
    idx INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (entry_id, idx)
);
"""


class UploadsLost(LookupError):
    """An entry refers to upload bytes that are not stored (e.g. lost with a damaged database file).

    Attributes:
        entry_id: the outbox entry.
        names: the names of the files whose bytes are missing.
    """

    def __init__(self, entry_id: int, names: list[str]) -> None:
        super().__init__(f"the files of outbox entry {entry_id} are no longer stored: {', '.join(names)}")
        self.entry_id = entry_id
        self.names = names


def _files(params: dict[str, Any]) -> list[Any] | None:
    fields = params.get("fields")
    files = fields.get("FILES") if isinstance(fields, dict) else None
    return files if isinstance(files, list) else None


def split(params: dict[str, Any]) -> tuple[dict[str, Any], list[bytes]]:
    """``params`` with each canonical base64 upload replaced by a reference, and the bytes in order."""
    files = _files(params)
    if not files:
        return params, []
    blobs: list[bytes] = []
    items: list[Any] = []
    for item in files:
        data = item.get("fileData") if isinstance(item, dict) else None
        if isinstance(data, list) and len(data) == 2 and isinstance(data[1], str):
            try:
                raw = base64.b64decode(data[1], validate=True)
            except (binascii.Error, ValueError):
                raw = None
            if raw is not None and base64.b64encode(raw).decode("ascii") == data[1]:
                items.append({**item, "fileData": [data[0], {UPLOAD_REF: len(blobs)}]})
                blobs.append(raw)
                continue
        items.append(item)
    if not blobs:
        return params, []
    return {**params, "fields": {**params["fields"], "FILES": items}}, blobs


def insert(conn: sqlite3.Connection, entry_id: int, blobs: list[bytes]) -> None:
    """Store an entry's upload bytes (inside the caller's transaction)."""
    conn.executemany("INSERT OR REPLACE INTO outbox_upload (entry_id, idx, data) VALUES (?, ?, ?)",
                     [(int(entry_id), i, sqlite3.Binary(b)) for i, b in enumerate(blobs)])


def delete(conn: sqlite3.Connection, entry_id: int) -> None:
    """Drop an entry's upload bytes (inside the caller's transaction)."""
    conn.execute("DELETE FROM outbox_upload WHERE entry_id = ?", (int(entry_id),))


def _ref(data: Any) -> int | None:
    if isinstance(data, list) and len(data) == 2 and isinstance(data[1], dict) and UPLOAD_REF in data[1]:
        ref = data[1][UPLOAD_REF]
        return ref if isinstance(ref, int) and not isinstance(ref, bool) else -1
    return None


def expand(conn: sqlite3.Connection, entry_id: int, params: dict[str, Any]) -> dict[str, Any]:
    """``params`` with the stored bytes back as base64, ready to send.

    Raises:
        UploadsLost: a referenced upload is not stored.
    """
    files = _files(params)
    if not files or not any(_ref(i.get("fileData")) is not None for i in files if isinstance(i, dict)):
        return params
    stored = {int(i): bytes(d) for i, d in conn.execute(
        "SELECT idx, data FROM outbox_upload WHERE entry_id = ?", (int(entry_id),))}
    items: list[Any] = []
    lost: list[str] = []
    for item in files:
        ref = _ref(item.get("fileData")) if isinstance(item, dict) else None
        if ref is None:
            items.append(item)
            continue
        name = str(item["fileData"][0])
        if ref not in stored:
            lost.append(name)
            continue
        items.append({**item, "fileData": [name, base64.b64encode(stored[ref]).decode("ascii")]})
    if lost:
        raise UploadsLost(entry_id, lost)
    return {**params, "fields": {**params["fields"], "FILES": items}}
