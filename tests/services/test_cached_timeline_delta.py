"""Delta refresh (issue 4 item 4): after the first load, a refresh asks only for what changed — one
request — and the cached timeline then equals what a full load would show."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.errors import PortalUnreachable
from desktop_app.bitrix.limits import RetryPolicy
from desktop_app.sandbox.faults import FaultKind
from desktop_app.services.cached_timeline import CachedTimelineService
from desktop_app.services.timeline import EntityRef, TimelineService
from desktop_app.store.cache import CachedTimeline, CacheStore

TZ = timezone(timedelta(hours=3))
DEAL_1 = EntityRef(2, 1)
DEMO_WEBHOOK = Webhook(base_url="http://sandbox.local", user_id=1, code="demo")


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[CacheStore]:
    conn = sqlite3.connect(tmp_path / "desk.sqlite3")
    yield CacheStore(conn)
    conn.close()


@pytest.fixture
async def client(portal) -> AsyncIterator[BitrixClient]:
    """The in-process client without the client-side rate limit (these tests count requests, not
    pace them; the limiter has its own tests) and without retries (a forced fault stays a fault)."""
    c = BitrixClient.for_webhook(DEMO_WEBHOOK, transport=portal.transport(), rate_plan=None,
                                 retry=RetryPolicy.NONE)
    yield c
    await c.aclose()


@pytest.fixture
def service(client: BitrixClient, cache: CacheStore) -> CachedTimelineService:
    return CachedTimelineService(TimelineService(client), cache)


async def portal_timeline(client: BitrixClient, entity: EntityRef):
    """What a full load shows now: planned, and the whole history (newest first)."""
    timeline = TimelineService(client)
    planned = await timeline.planned(entity)
    history = [a async for page in timeline.history_pages(entity) for a in page.items]
    return planned, history


async def assert_as_full_load(client: BitrixClient, snapshot: CachedTimeline) -> None:
    """The snapshot shows exactly what the portal has: all planned, and a prefix of the history
    whose length is where paging goes on."""
    planned, history = await portal_timeline(client, EntityRef(snapshot.owner_type_id, snapshot.owner_id))
    assert snapshot.planned == planned
    assert snapshot.history == history[:len(snapshot.history)]
    assert snapshot.next_start == (None if len(snapshot.history) == len(history) else len(snapshot.history))


async def refresh_counted(service: CachedTimelineService, client: BitrixClient,
                          entity: EntityRef = DEAL_1) -> tuple[CachedTimeline, int]:
    before = client.stats.requests
    fresh = await service.refresh(entity)
    return fresh, client.stats.requests - before


async def test_first_load_is_full_then_unchanged_refresh_is_one_request(
        service: CachedTimelineService, client: BitrixClient) -> None:
    first, full_requests = await refresh_counted(service, client)
    assert first.delta is None and full_requests >= 2
    assert len(first.planned) > 0 and len(first.history) == 50

    again, requests = await refresh_counted(service, client)

    assert requests == 1
    assert again.delta is not None and again.delta.is_empty
    assert again == first.__class__(**{**first.__dict__, "seen_at": again.seen_at})
    assert service.cached(DEAL_1) == again


async def test_colleague_edit_shows_after_one_request(service: CachedTimelineService, client: BitrixClient) -> None:
    first = await service.refresh(DEAL_1)
    target = first.planned[0]
    await client.activities.update(target.id, {"SUBJECT": "Call moved to Friday"})

    fresh, requests = await refresh_counted(service, client)

    assert requests == 1
    assert [a.id for a in fresh.delta.changed] == [target.id] and fresh.delta.removed == ()
    assert next(a for a in fresh.planned if a.id == target.id).subject == "Call moved to Friday"
    await assert_as_full_load(client, fresh)
    assert service.cached(DEAL_1) == fresh


async def test_new_activity_appears(service: CachedTimelineService, client: BitrixClient) -> None:
    await service.refresh(DEAL_1)
    new_id = await client.add_todo(2, 1, datetime(2026, 11, 24, 12, 0, tzinfo=TZ), title="Send the offer")

    fresh, requests = await refresh_counted(service, client)

    assert requests == 1
    assert new_id in [a.id for a in fresh.delta.changed]
    assert next(a for a in fresh.planned if a.id == new_id).subject == "Send the offer"
    await assert_as_full_load(client, fresh)


async def test_deleted_activities_disappear_and_paging_goes_on(
        service: CachedTimelineService, client: BitrixClient) -> None:
    first = await service.refresh(DEAL_1)
    gone = [first.planned[0].id, first.history[0].id, first.history[-1].id]
    for activity_id in gone:
        await client.activities.delete(activity_id)

    fresh, requests = await refresh_counted(service, client)

    assert requests == 1
    assert fresh.delta.removed == tuple(sorted(gone)) and fresh.delta.changed == ()
    shown = {a.id for a in (*fresh.planned, *fresh.history)}
    assert not shown & set(gone)
    await assert_as_full_load(client, fresh)
    assert fresh.next_start == 48
    # Scrolling on shows the rest of the history once each, none skipped.
    cursor = service.history_after(fresh)
    rest = []
    while cursor.has_more_history:
        rest += await cursor.next_history_page()
    _, history = await portal_timeline(client, DEAL_1)
    assert [a.id for a in fresh.history + rest] == [a.id for a in history]


async def test_unbound_activity_disappears_from_this_entity_only(
        service: CachedTimelineService, client: BitrixClient) -> None:
    first = await service.refresh(DEAL_1)
    contact = EntityRef(3, 1)
    unbound_there = [a for a in first.planned if Binding(3, 1) not in await client.bindings.list(a.id)]
    moved = unbound_there[0]
    await service.refresh(contact)
    await client.bindings.add(moved.id, Binding(3, 1))
    await client.bindings.delete(moved.id, Binding(2, 1))

    fresh, requests = await refresh_counted(service, client)

    assert requests == 1
    assert fresh.delta.removed == (moved.id,)
    assert moved.id not in [a.id for a in fresh.planned]
    await assert_as_full_load(client, fresh)
    on_contact = await service.refresh(contact)
    assert moved.id in [a.id for a in on_contact.planned]
    await assert_as_full_load(client, on_contact)


async def test_completed_activity_moves_to_history_and_back(
        service: CachedTimelineService, client: BitrixClient) -> None:
    first = await service.refresh(DEAL_1)
    latest = max((a for a in first.planned if a.start_time is not None), key=lambda a: a.start_time)
    await client.activities.set_completed(latest.id, True)

    done, requests = await refresh_counted(service, client)

    assert requests == 1
    assert latest.id not in [a.id for a in done.planned]
    assert next(a for a in done.history if a.id == latest.id).completed
    assert [a.id for a in done.delta.changed] == [latest.id]
    assert len(done.history) == 51 and done.next_start == 51
    await assert_as_full_load(client, done)
    # Scrolling on: the page holding row 51 is asked, the rows already shown are not repeated.
    cursor = service.history_after(done)
    rest = []
    while cursor.has_more_history:
        rest += await cursor.next_history_page()
    _, history = await portal_timeline(client, DEAL_1)
    assert [a.id for a in done.history + rest] == [a.id for a in history]

    await client.activities.set_completed(latest.id, False)
    reopened, requests = await refresh_counted(service, client)
    assert requests == 1
    assert latest.id in [a.id for a in reopened.planned] and latest.id not in [a.id for a in reopened.history]
    await assert_as_full_load(client, reopened)


async def test_old_activity_completed_below_the_first_page_waits_for_paging(
        service: CachedTimelineService, client: BitrixClient) -> None:
    """An activity completed with an old start time sorts below the loaded history page: it leaves
    planned and shows when the user scrolls to it, not at the bottom of the first page."""
    first = await service.refresh(DEAL_1)
    edge = first.history[-1].start_time
    target = first.planned[0]
    await client.activities.update(target.id, {"START_TIME": (edge - timedelta(days=30)).isoformat(),
                                               "COMPLETED": "Y"})

    fresh, requests = await refresh_counted(service, client)

    assert requests == 1
    assert target.id not in [a.id for a in (*fresh.planned, *fresh.history)]
    assert fresh.delta.removed == (target.id,)
    await assert_as_full_load(client, fresh)
    cursor = service.history_after(fresh)
    rest = []
    while cursor.has_more_history:
        rest += await cursor.next_history_page()
    assert target.id in [a.id for a in rest]


async def test_bulk_change_of_more_than_a_page_is_followed_up(
        service: CachedTimelineService, client: BitrixClient) -> None:
    first = await service.refresh(DEAL_1)
    rows = [*first.planned, *first.history][:60]
    assert len(rows) == 60
    for activity in rows:
        await client.activities.update(activity.id, {"DESCRIPTION": f"Reviewed #{activity.id}"})

    fresh, requests = await refresh_counted(service, client)

    assert requests == 2  # the batch, then the 10 rows after its full page
    assert {a.id for a in fresh.delta.changed} == {a.id for a in rows}
    assert all(a.description == f"Reviewed #{a.id}" for a in fresh.delta.changed)
    await assert_as_full_load(client, fresh)


async def test_a_failed_delta_falls_back_to_the_full_load(
        service: CachedTimelineService, client: BitrixClient, portal) -> None:
    first = await service.refresh(DEAL_1)
    await client.activities.update(first.planned[0].id, {"SUBJECT": "Seen despite the fault"})
    portal.faults.force_next(FaultKind.SERVER_ERROR, method="batch")

    fresh = await service.refresh(DEAL_1)

    assert portal.faults.counts == {FaultKind.SERVER_ERROR: 1}
    assert fresh.delta is None  # loaded whole
    assert fresh.planned[0].subject == "Seen despite the fault"
    await assert_as_full_load(client, fresh)


async def test_unreachable_portal_keeps_the_cache(
        service: CachedTimelineService, cache: CacheStore, closed_port: int) -> None:
    first = await service.refresh(DEAL_1)
    offline = BitrixClient.for_webhook(Webhook(f"http://127.0.0.1:{closed_port}", 1, "demo"))
    try:
        with pytest.raises(PortalUnreachable):
            await CachedTimelineService(TimelineService(offline), cache).refresh(DEAL_1)
    finally:
        await offline.aclose()
    assert cache.load_timeline(DEAL_1) == first


@pytest.fixture
def closed_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_snapshot_from_before_delta_refresh_is_loaded_whole_once(
        tmp_path: Path, client: BitrixClient) -> None:
    """A cache file written by the issue-3 app (no delta cursor) still opens; its first refresh is
    a full load, the next ones are deltas."""
    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE cache_entity (owner_type_id INTEGER NOT NULL, owner_id INTEGER NOT NULL,"
                " seen_at TEXT NOT NULL, next_start INTEGER, PRIMARY KEY (owner_type_id, owner_id))")
    old.execute("INSERT INTO cache_entity VALUES (2, 1, '2026-11-20T08:00:00.000000+00:00', 50)")
    old.commit()
    old.close()
    conn = sqlite3.connect(path)
    try:
        service = CachedTimelineService(TimelineService(client), CacheStore(conn))
        assert service.cached(DEAL_1) is not None  # the old snapshot is still shown at once
        full = await service.refresh(DEAL_1)
        assert full.delta is None
        await assert_as_full_load(client, full)
        again, requests = await refresh_counted(service, client)
        assert requests == 1 and again.delta is not None and again.delta.is_empty
    finally:
        conn.close()


async def test_empty_timeline_gets_its_first_activity_by_delta(
        service: CachedTimelineService, client: BitrixClient) -> None:
    quiet_deal = EntityRef(2, 8)  # no activity in the demo data
    empty = await service.refresh(quiet_deal)
    assert empty.planned == [] and empty.history == []
    new_id = await client.add_todo(2, 8, datetime(2026, 11, 25, 9, 30, tzinfo=TZ), title="First contact")

    fresh, requests = await refresh_counted(service, client, quiet_deal)

    assert requests == 1
    assert [a.id for a in fresh.planned] == [new_id] and [a.id for a in fresh.delta.changed] == [new_id]
    await assert_as_full_load(client, fresh)
