"""The timeline cache (``desktop_app.store.cache``) with real sandbox activities and a real SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.bitrix import BitrixClient
from desktop_app.services.timeline import EntityRef, TimelineService
from desktop_app.store.cache import CacheBusy, CachedTimeline, CacheStore

TZ = timezone(timedelta(hours=3))
SEEN = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
DEAL_1 = EntityRef(2, 1)
CONTACT_1 = EntityRef(3, 1)
COMPANY_1 = EntityRef(4, 1)
LEAD_1 = EntityRef(1, 1)
#: Demo call bound to deal 1 and contact 1 (open).
SHARED_CALL = 353


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    return conn


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def conn(db_path: Path) -> Iterator[sqlite3.Connection]:
    c = _connect(db_path)
    yield c
    c.close()


@pytest.fixture
def cache(conn: sqlite3.Connection) -> CacheStore:
    return CacheStore(conn)


async def _snapshot(client: BitrixClient, cache: CacheStore, entity: EntityRef,
                    seen_at: datetime = SEEN) -> CachedTimeline:
    timeline = TimelineService(client)
    planned = await timeline.planned(entity)
    page = await timeline.history_page(entity)
    return cache.save_timeline(entity, planned, page.items, page.next, seen_at)


async def test_deal_timeline_round_trips_exactly(client: BitrixClient, cache: CacheStore) -> None:
    timeline = TimelineService(client)
    planned = await timeline.planned(DEAL_1)
    page = await timeline.history_page(DEAL_1)
    assert planned and len(page.items) == 50 and page.next == 50

    saved = cache.save_timeline(DEAL_1, planned, page.items, page.next, SEEN.astimezone(TZ))
    loaded = cache.load_timeline(DEAL_1)

    assert loaded == saved
    assert loaded is not None
    # The portal's order, every field and the API dict itself come back as loaded.
    assert loaded.planned == planned
    assert loaded.history == page.items
    assert [a.raw for a in loaded.planned] == [a.raw for a in planned]
    assert loaded.next_start == 50
    assert loaded.seen_at == SEEN and loaded.seen_at.utcoffset() == timedelta(0)
    assert cache.load_timeline(COMPANY_1) is None


async def test_activity_with_communications_round_trips(client: BitrixClient, cache: CacheStore) -> None:
    await _snapshot(client, cache, DEAL_1)
    [full] = (await client.list_activities(filter={"ID": SHARED_CALL},
                                           select=["*", "IS_INCOMING_CHANNEL", "COMMUNICATIONS"])).items
    assert full.communications  # only when selected by name (api-spec.md §4.6)

    assert cache.upsert_activity(full) == [(2, 1)]

    cached = cache.load_timeline(DEAL_1)
    assert cached is not None
    [again] = [a for a in cached.planned if a.id == SHARED_CALL]
    assert again == full
    assert again.communications == full.communications


async def test_reopening_the_file_gives_the_same_snapshot(client: BitrixClient, db_path: Path) -> None:
    first = _connect(db_path)
    cache = CacheStore(first)
    saved = await _snapshot(client, cache, DEAL_1)
    users = await client.get_users()
    cache.save_users(users)
    first.close()

    second = _connect(db_path)
    try:
        reopened = CacheStore(second)
        assert reopened.load_timeline(DEAL_1) == saved
        assert reopened.load_users() == sorted(users, key=lambda u: u.id)
        assert {u.id: u.display_name for u in reopened.load_users()} == {u.id: u.display_name for u in users}
    finally:
        second.close()


async def test_shared_activity_updated_once_shows_updated_in_both_timelines(
    client: BitrixClient, cache: CacheStore
) -> None:
    await _snapshot(client, cache, DEAL_1)
    await _snapshot(client, cache, CONTACT_1)
    for entity in (DEAL_1, CONTACT_1):
        assert SHARED_CALL in [a.id for a in cache.load_timeline(entity).planned]  # type: ignore[union-attr]

    await client.activities.update(SHARED_CALL, {"SUBJECT": "Call Andrew about the discount"})
    assert cache.upsert_activity(await client.get_activity(SHARED_CALL)) == [(2, 1), (3, 1)]

    for entity in (DEAL_1, CONTACT_1):
        cached = cache.load_timeline(entity)
        assert cached is not None
        [call] = [a for a in cached.planned if a.id == SHARED_CALL]
        assert call.subject == "Call Andrew about the discount"

    # Completing it moves it from planned to history in both, at its place by START_TIME.
    await client.activities.set_completed(SHARED_CALL, True)
    cache.upsert_activity(await client.get_activity(SHARED_CALL))
    for entity in (DEAL_1, CONTACT_1):
        cached = cache.load_timeline(entity)
        assert cached is not None
        assert SHARED_CALL not in [a.id for a in cached.planned]
        starts = [a.start_time for a in cached.history]
        assert SHARED_CALL in [a.id for a in cached.history]
        assert starts == sorted(starts, reverse=True)


async def test_deleted_activity_leaves_every_timeline(client: BitrixClient, cache: CacheStore) -> None:
    await _snapshot(client, cache, DEAL_1)
    await _snapshot(client, cache, CONTACT_1)
    await client.activities.delete(SHARED_CALL)

    assert cache.remove_activity(SHARED_CALL) == [(2, 1), (3, 1)]

    for entity in (DEAL_1, CONTACT_1):
        cached = cache.load_timeline(entity)
        assert cached is not None
        assert SHARED_CALL not in [a.id for a in cached.planned + cached.history]
    assert cache.remove_activity(SHARED_CALL) == []


async def test_new_todo_joins_its_owner_and_a_rebind_moves_it(client: BitrixClient, cache: CacheStore) -> None:
    await _snapshot(client, cache, DEAL_1)
    await _snapshot(client, cache, CONTACT_1)
    todo_id = await client.add_todo(2, 1, datetime(2026, 11, 24, 9, 0, tzinfo=TZ), title="Send the offer")

    assert cache.upsert_activity(await client.get_activity(todo_id)) == [(2, 1)]
    deal = cache.load_timeline(DEAL_1)
    assert deal is not None and "Send the offer" in [a.subject for a in deal.planned]
    assert todo_id not in [a.id for a in cache.load_timeline(CONTACT_1).planned]  # type: ignore[union-attr]

    # Bound to the contact too, then the deal binding removed: it follows the bindings given.
    assert cache.upsert_activity(await client.get_activity(todo_id), [DEAL_1, CONTACT_1]) == [(2, 1), (3, 1)]
    assert cache.upsert_activity(await client.get_activity(todo_id), [CONTACT_1]) == [(3, 1)]
    assert todo_id not in [a.id for a in cache.load_timeline(DEAL_1).planned]  # type: ignore[union-attr]
    assert todo_id in [a.id for a in cache.load_timeline(CONTACT_1).planned]  # type: ignore[union-attr]

    # An activity of an entity that is not cached is not kept.
    assert cache.upsert_activity(await client.get_activity(todo_id), [COMPANY_1]) == []


async def test_an_edited_copy_is_stored_as_edited(client: BitrixClient, cache: CacheStore) -> None:
    await _snapshot(client, cache, DEAL_1)
    call = await client.get_activity(SHARED_CALL)
    edited = call.model_copy(update={"subject": "Edited offline"})  # raw still has the old SUBJECT

    cache.upsert_activity(edited)

    [again] = [a for a in cache.load_timeline(DEAL_1).planned if a.id == SHARED_CALL]  # type: ignore[union-attr]
    assert again.subject == "Edited offline"
    assert again.deadline == call.deadline


async def test_least_recently_seen_entities_are_pruned(client: BitrixClient, conn: sqlite3.Connection) -> None:
    cache = CacheStore(conn, max_entities=3)
    hour = timedelta(hours=1)
    await _snapshot(client, cache, DEAL_1, SEEN)
    await _snapshot(client, cache, CONTACT_1, SEEN + hour)
    await _snapshot(client, cache, COMPANY_1, SEEN + 2 * hour)
    # Seeing the deal again makes it the most recent one.
    await _snapshot(client, cache, DEAL_1, SEEN + 3 * hour)
    await _snapshot(client, cache, LEAD_1, SEEN + 4 * hour)

    assert cache.load_timeline(CONTACT_1) is None
    assert [e for e in (DEAL_1, COMPANY_1, LEAD_1) if cache.load_timeline(e) is None] == []
    # The call shared with the pruned contact still shows on the deal.
    assert SHARED_CALL in [a.id for a in cache.load_timeline(DEAL_1).planned]  # type: ignore[union-attr]
    # Activities only the pruned contact showed are gone from the file.
    contact_only = {a.id for a in (await TimelineService(client).planned(CONTACT_1))}
    kept = {row[0] for row in conn.execute("SELECT id FROM cache_activity")}
    deal_ids = {a.id for a in (await TimelineService(client).planned(DEAL_1))}
    assert contact_only - deal_ids and not (contact_only - deal_ids) & kept


async def test_the_entity_just_saved_is_kept_even_if_seen_long_ago(client: BitrixClient, conn: sqlite3.Connection) -> None:
    cache = CacheStore(conn, max_entities=1)
    await _snapshot(client, cache, DEAL_1, SEEN)
    await _snapshot(client, cache, COMPANY_1, SEEN - timedelta(days=1))
    assert cache.load_timeline(COMPANY_1) is not None
    assert cache.load_timeline(DEAL_1) is None


async def test_forget_all_and_portal_switch(client: BitrixClient, cache: CacheStore) -> None:
    assert cache.ensure_portal("sandbox.local", 1) is True
    await _snapshot(client, cache, DEAL_1)
    cache.save_users(await client.get_users())
    assert cache.ensure_portal("SANDBOX.local", 1) is False
    assert cache.load_timeline(DEAL_1) is not None

    # Another employee's webhook on the same portal sees other things: start empty.
    assert cache.ensure_portal("sandbox.local", 2) is True
    assert cache.load_timeline(DEAL_1) is None and cache.load_users() == []

    await _snapshot(client, cache, DEAL_1)
    cache.forget_all()
    assert cache.load_timeline(DEAL_1) is None
    assert cache.ensure_portal("sandbox.local", 2) is True


def test_a_webhook_url_is_refused(cache: CacheStore) -> None:
    with pytest.raises(ValueError, match="host"):
        cache.ensure_portal("https://acme.bitrix24.com/rest/1/s3cr3t/", 1)


def test_naive_seen_at_is_refused(cache: CacheStore) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        cache.save_timeline(DEAL_1, [], [], None, datetime(2026, 11, 23, 10, 0))
    assert cache.load_timeline(DEAL_1) is None


def test_someone_elses_open_transaction_is_not_committed(db_path: Path, conn: sqlite3.Connection,
                                                        cache: CacheStore) -> None:
    conn.execute("CREATE TABLE other (x INTEGER)")
    conn.execute("INSERT INTO other VALUES (1)")  # opens an implicit transaction
    assert conn.in_transaction
    with pytest.raises(CacheBusy):
        cache.save_timeline(DEAL_1, [], [], None, SEEN)
    conn.rollback()
    assert conn.execute("SELECT COUNT(*) FROM other").fetchone() == (0,)
    assert cache.load_timeline(DEAL_1) is None


def test_an_empty_timeline_is_a_snapshot_too(cache: CacheStore) -> None:
    saved = cache.save_timeline(COMPANY_1, [], [], None, SEEN)
    assert cache.load_timeline(COMPANY_1) == saved
    assert (saved.planned, saved.history, saved.next_start) == ([], [], None)
