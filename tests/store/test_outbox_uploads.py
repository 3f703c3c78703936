"""Queued file bytes beside their outbox entry (``outbox_upload``): the stored params stay small, the
bytes come back exactly for sending, survive a restart and a damaged file, and go with the entry."""

from __future__ import annotations

import base64
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.store import EntryState, OutboxEntry, Store
from desktop_app.store.outbox_uploads import UploadsLost

DATA = os.urandom(300_000)


def _entry(files: list) -> OutboxEntry:  # noqa: ANN001
    return OutboxEntry(id=0, method="crm.activity.update", params={"id": 5, "fields": {"SUBJECT": "x", "FILES": files}},
                       owner_type_id=2, owner_id=1, state=EntryState.PENDING, created_at=datetime(2026, 12, 3, tzinfo=UTC))


FILES = [{"fileData": ["big.bin", base64.b64encode(DATA).decode()]}, {"id": 9, "remove": "Y"},
         {"fileData": ["odd.txt", "aGk"]}]  # not canonical base64 (no padding): kept inline, as sent


def _stored_params(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT params FROM outbox").fetchone()[0]
    finally:
        conn.close()


def test_bytes_live_beside_the_entry_and_come_back_exactly(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        entry = store.outbox.add(_entry(FILES))
        assert entry.params["fields"]["FILES"][0]["fileData"] == ["big.bin", {"$upload": 0}]
    assert len(_stored_params(path)) < 500  # the JSON holds a reference, not 400 kB of base64
    with Store.open(path) as store:  # a restart
        again = store.outbox.get(entry.id)
        assert store.outbox.sendable_params(again) == {"id": 5, "fields": {"SUBJECT": "x", "FILES": FILES}}
        [many] = store.outbox.add_many([_entry(FILES)])
        assert store.outbox.sendable_params(many)["fields"]["FILES"] == FILES


def test_the_bytes_go_when_the_entry_is_done_or_discarded(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        done, gone, bulk = (store.outbox.add(_entry(FILES)) for _ in range(3))
        store.outbox.update(done.id, state=EntryState.DONE)
        store.outbox.discard(gone.id)
        store.outbox.discard_many([bulk.id])
        count = store._conn.execute("SELECT COUNT(*) FROM outbox_upload").fetchone()[0]
    assert count == 0


def test_missing_bytes_are_named_not_sent_as_garbage(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        entry = store.outbox.add(_entry(FILES))
        store._conn.execute("DELETE FROM outbox_upload")
        with pytest.raises(UploadsLost) as info:
            store.outbox.sendable_params(entry)
    assert info.value.names == ["big.bin"] and info.value.entry_id == entry.id


def test_a_damaged_store_keeps_the_queued_bytes(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        entry = store.outbox.add(_entry(FILES))
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn = sqlite3.connect(path)  # a table whose columns are not what this version writes: "damaged"
    conn.execute("CREATE TABLE IF NOT EXISTS cache_user_tmp (x)")
    conn.execute("DROP TABLE cache_user")
    conn.execute("CREATE TABLE cache_user (id INTEGER PRIMARY KEY, other TEXT)")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.recovery is not None and store.recovery.requeued == 1
        again = store.outbox.get(entry.id)
        assert store.outbox.sendable_params(again)["fields"]["FILES"] == FILES
