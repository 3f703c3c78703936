"""The outbox table: every field survives a round trip and a reopen; states move as the outbox needs."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop_app.store import SCHEMA_VERSION, EntryState, OutboxEntry, Store, default_store_path

TZ = timezone(timedelta(hours=3))
T0 = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)


def _entry(**kw) -> OutboxEntry:
    values = {"id": 0, "method": "crm.activity.todo.updateDeadline",
                  "params": {"id": 7, "ownerTypeId": 2, "ownerId": 1, "value": "2026-11-24T10:00:00+03:00"},
                  "owner_type_id": 2, "owner_id": 1, "state": EntryState.PENDING, "created_at": T0}
    values.update(kw)
    return OutboxEntry(**values)


def test_every_field_round_trips_and_survives_reopen(tmp_path) -> None:
    full = _entry(activity_id=7, after_entry_id=3, base_last_updated=datetime(2026, 11, 20, 9, 0, tzinfo=TZ),
                  origin_id="ad-1", attempts=2, next_attempt_at=T0 + timedelta(seconds=4), error_code="QUERY_LIMIT_EXCEEDED",
                  error_text="Too many requests", theirs={"ID": "7", "SUBJECT": "Call"}, sent_at=T0,
                  result_last_updated=datetime(2026, 11, 23, 10, 0, 1, tzinfo=TZ), verify_first=True,
                  bulk_id="bulk-1", before={"ID": "7", "COMPLETED": "N"})
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        added = store.outbox.add(full)
    assert added.id > 0
    with Store.open(path) as store:
        back = store.outbox.get(added.id)
    assert back == added
    assert back.theirs == {"ID": "7", "SUBJECT": "Call"}
    assert back.before == {"ID": "7", "COMPLETED": "N"}
    assert back.base_last_updated.utcoffset() == timedelta(hours=3)


def test_open_entries_by_owner_in_id_order_and_due(tmp_path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        a = store.outbox.add(_entry())
        b = store.outbox.add(_entry(owner_type_id=3, owner_id=5))
        c = store.outbox.add(_entry(next_attempt_at=T0 + timedelta(minutes=1)))
        d = store.outbox.add(_entry())
        store.outbox.update(d.id, state=EntryState.DONE)
        assert [e.id for e in store.outbox.open_entries()] == [a.id, b.id, c.id]
        assert [e.id for e in store.outbox.open_entries(2, 1)] == [a.id, c.id]
        assert [e.id for e in store.outbox.due(T0)] == [a.id, b.id]
        assert [e.id for e in store.outbox.due(T0 + timedelta(minutes=2))] == [a.id, b.id, c.id]


def test_outlines_and_waiting_for_agree_with_open_entries(tmp_path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        create = store.outbox.add(_entry(method="crm.activity.todo.add"))
        waiting = store.outbox.add(_entry(after_entry_id=create.id, next_attempt_at=T0 + timedelta(minutes=1)))
        given = store.outbox.add(_entry(after_entry_id=create.id, activity_id=9, bulk_id="bulk-1"))
        done = store.outbox.add(_entry(after_entry_id=create.id))
        store.outbox.update(done.id, state=EntryState.DONE)
        fields = ("id", "method", "activity_id", "after_entry_id", "state", "next_attempt_at", "bulk_id")
        assert [tuple(o) for o in store.outbox.open_outlines()] == [
            tuple(getattr(e, f) for f in fields) for e in store.outbox.open_entries()]
        assert [o.is_create for o in store.outbox.open_outlines()] == [True, False, False]
        assert store.outbox.waiting_for(create.id) == [waiting]
        assert given.id not in [e.id for e in store.outbox.waiting_for(create.id)]


def test_done_is_final_and_discard_removes(tmp_path) -> None:
    with Store.open(tmp_path / "s.sqlite3") as store:
        entry = store.outbox.add(_entry())
        store.outbox.update(entry.id, state=EntryState.SENDING, attempts=1)
        store.outbox.update(entry.id, state=EntryState.DONE)
        with pytest.raises(ValueError, match="done"):
            store.outbox.update(entry.id, state=EntryState.PENDING)
        other = store.outbox.add(_entry())
        assert other.id > entry.id
        assert store.outbox.discard(other.id).id == other.id
        assert store.outbox.get(other.id) is None
        # ids are never reused: a placeholder id always names one create
        assert store.outbox.add(_entry()).id > other.id


def test_database_is_wal_full_sync_and_versioned(tmp_path) -> None:
    path = tmp_path / "s.sqlite3"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 3
    conn.execute("PRAGMA user_version=99")
    conn.close()
    with pytest.raises(sqlite3.DatabaseError, match="schema version 99"):
        Store.open(path)


def test_default_path_is_under_the_data_dir_without_secrets(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path))
    path = default_store_path("Acme.Bitrix24.com", 1)
    assert path == tmp_path / "store-acme.bitrix24.com-1.sqlite3"
    with Store.open(path) as store:
        assert store.cache is not None  # the timeline cache shares the file
    assert path.exists()
