"""Bulk changes in the outbox table: a version-1 file gains ``bulk_id`` on open, a bulk's entries
are written all at once (or not at all), and a batch's outcomes land in one commit."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from desktop_app.store import SCHEMA_VERSION, EntryState, OutboxEntry, Store

T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)

_V1_DDL = """
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT, method TEXT NOT NULL, params TEXT NOT NULL,
    owner_type_id INTEGER NOT NULL, owner_id INTEGER NOT NULL, state TEXT NOT NULL, created_at TEXT NOT NULL,
    activity_id INTEGER, after_entry_id INTEGER, base_last_updated TEXT, origin_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT, error_code TEXT, error_text TEXT, theirs TEXT,
    sent_at TEXT, result_last_updated TEXT, verify_first INTEGER NOT NULL DEFAULT 0);
INSERT INTO outbox (method, params, owner_type_id, owner_id, state, created_at, activity_id)
VALUES ('crm.activity.delete', '{"id": 9}', 2, 1, 'pending', '2026-11-23T07:00:00+00:00', 9);
PRAGMA user_version=1;
"""


def _complete(activity_id: int, bulk_id: str | None = "bulk-a") -> OutboxEntry:
    return OutboxEntry(id=0, method="crm.activity.update", params={"id": activity_id, "fields": {"COMPLETED": "Y"}},
                       owner_type_id=2, owner_id=1, state=EntryState.PENDING, created_at=T0,
                       activity_id=activity_id, bulk_id=bulk_id)


def test_a_version_1_store_keeps_its_pending_change_and_gains_bulk_id(tmp_path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(_V1_DDL)
    conn.close()
    with Store.open(path) as store:
        (old,) = store.outbox.open_entries()
        assert (old.method, old.activity_id, old.bulk_id) == ("crm.activity.delete", 9, None)
        added = store.outbox.add(_complete(5))
        assert store.outbox.get(added.id).bulk_id == "bulk-a"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    with Store.open(path) as store:  # opening again migrates nothing twice
        assert [e.bulk_id for e in store.outbox.all_entries()] == [None, "bulk-a"]


def test_add_many_writes_a_whole_bulk_in_one_commit(tmp_path) -> None:
    path = tmp_path / "s.sqlite3"
    with Store.open(path) as store:
        added = store.outbox.add_many([_complete(i) for i in range(1, 301)])
        assert [e.activity_id for e in added] == list(range(1, 301))
        assert len({e.id for e in added}) == 300
    with Store.open(path) as store:  # on disk when add_many returned
        assert [e.activity_id for e in store.outbox.bulk_entries("bulk-a")] == list(range(1, 301))
        assert store.outbox.bulk_entries("other") == []


def test_add_many_is_all_or_nothing(tmp_path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        bad = replace(_complete(3), owner_id=None)  # a NOT NULL column
        with pytest.raises(sqlite3.IntegrityError):
            store.outbox.add_many([_complete(1), _complete(2), bad])
        assert store.outbox.all_entries() == []


def test_update_many_and_discard_many_apply_a_batch_at_once(tmp_path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        a, b, c = store.outbox.add_many([_complete(1), _complete(2), _complete(3)])
        store.outbox.discard(c.id)
        done = store.outbox.update_many([(a.id, {"state": EntryState.DONE}),
                                         (b.id, {"state": EntryState.FAILED, "error_code": "NOT_FOUND"}),
                                         (c.id, {"state": EntryState.DONE})])
        assert [(e.id, e.state) for e in done] == [(a.id, EntryState.DONE), (b.id, EntryState.FAILED)]
        with pytest.raises(ValueError, match="done"):
            store.outbox.update_many([(a.id, {"state": EntryState.PENDING})])
        gone = store.outbox.discard_many([b.id, c.id])
        assert [e.id for e in gone] == [b.id]
        assert [e.state for e in store.outbox.bulk_entries("bulk-a")] == [EntryState.DONE]
