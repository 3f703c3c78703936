"""Delta refresh over real HTTP (issue 4 item 4): the sandbox portal served on loopback with its real
clock and the standard rate limit, the desk's client and a colleague's client on it. After the first
load every refresh of the timeline costs one request and shows what the colleague did."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.bindings import Binding
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.sandbox.limits import STANDARD
from desktop_app.services.cached_timeline import CachedTimelineService
from desktop_app.services.timeline import EntityRef, TimelineService
from desktop_app.store.cache import CachedTimeline, CacheStore

pytestmark = pytest.mark.integration

DEAL_1 = EntityRef(2, 1)


@pytest.fixture
def served() -> Iterator[str]:
    """A fresh demo portal (real clock, standard rate limit) on a loopback port; its webhook URL."""
    portal = SandboxPortal(":memory:", webhook_code="delta-test", webhook_user_id=1, demo_data=True,
                           rate_limit=STANDARD)
    try:
        with serve_in_thread(portal) as url:
            yield url
    finally:
        portal.close()


@pytest.fixture
async def desk(served: str) -> AsyncIterator[BitrixClient]:
    async with BitrixClient.for_webhook(Webhook.parse(served)) as client:
        yield client


@pytest.fixture
async def colleague(served: str) -> AsyncIterator[BitrixClient]:
    async with BitrixClient.for_webhook(Webhook.parse(served)) as client:
        yield client


@pytest.fixture
def service(desk: BitrixClient, tmp_path: Path) -> Iterator[CachedTimelineService]:
    conn = sqlite3.connect(tmp_path / "desk.sqlite3")
    yield CachedTimelineService(TimelineService(desk), CacheStore(conn))
    conn.close()


async def refresh(service: CachedTimelineService, entity: EntityRef = DEAL_1) -> tuple[CachedTimeline, int]:
    """Refresh ``entity``; the snapshot and the HTTP requests it took (the desk client's count)."""
    client = service.timeline.client
    before = client.stats.requests
    fresh = await service.refresh(entity)
    return fresh, client.stats.requests - before


async def assert_as_full_load(colleague: BitrixClient, snapshot: CachedTimeline) -> None:
    """What the desk shows is what a full load shows now (planned whole, history as far as held)."""
    timeline = TimelineService(colleague)
    entity = EntityRef(snapshot.owner_type_id, snapshot.owner_id)
    assert snapshot.planned == await timeline.planned(entity)
    history = [a async for page in timeline.history_pages(entity) for a in page.items]
    assert snapshot.history == history[:len(snapshot.history)]
    assert snapshot.next_start == (None if len(snapshot.history) == len(history) else len(snapshot.history))


def ids(activities) -> list[int]:
    return [a.id for a in activities]


async def test_nothing_changed_costs_one_request_and_changes_nothing(service: CachedTimelineService) -> None:
    first, full = await refresh(service)
    assert first.delta is None and full >= 2

    again, requests = await refresh(service)

    assert requests == 1
    assert again.delta.is_empty
    assert (again.planned, again.history, again.next_start) == (first.planned, first.history, first.next_start)
    assert service.cached(DEAL_1) == again


async def test_colleague_edit_shows_after_one_request(service: CachedTimelineService, colleague: BitrixClient) -> None:
    first, _ = await refresh(service)
    target = first.planned[0]
    await colleague.activities.update(target.id, {"SUBJECT": "Agreed: demo on Thursday"})

    fresh, requests = await refresh(service)

    assert requests == 1
    assert ids(fresh.delta.changed) == [target.id]
    assert next(a for a in fresh.planned if a.id == target.id).subject == "Agreed: demo on Thursday"
    await assert_as_full_load(colleague, fresh)


async def test_new_activity_appears(service: CachedTimelineService, colleague: BitrixClient) -> None:
    await refresh(service)
    deadline = datetime.now().astimezone() + timedelta(days=2)
    new_id = await colleague.add_todo(2, 1, deadline, title="Prepare the contract")

    fresh, requests = await refresh(service)

    assert requests == 1
    assert new_id in ids(fresh.delta.changed)
    assert next(a for a in fresh.planned if a.id == new_id).subject == "Prepare the contract"
    await assert_as_full_load(colleague, fresh)


async def test_deleted_activity_disappears(service: CachedTimelineService, colleague: BitrixClient) -> None:
    first, _ = await refresh(service)
    gone = [first.planned[-1].id, first.history[3].id]
    for activity_id in gone:
        await colleague.activities.delete(activity_id)

    fresh, requests = await refresh(service)

    assert requests == 1
    assert fresh.delta.removed == tuple(sorted(gone))
    assert not set(gone) & set(ids([*fresh.planned, *fresh.history]))
    await assert_as_full_load(colleague, fresh)


async def test_unbound_activity_disappears(service: CachedTimelineService, colleague: BitrixClient) -> None:
    first, _ = await refresh(service)
    for moved in first.history:  # the first one not already on deal 2
        if Binding(2, 2) not in await colleague.bindings.list(moved.id):
            break
    await colleague.bindings.move(moved.id, Binding(2, 1), Binding(2, 2))

    fresh, requests = await refresh(service)

    assert requests == 1
    assert fresh.delta.removed == (moved.id,)
    assert moved.id not in ids(fresh.history)
    await assert_as_full_load(colleague, fresh)
    elsewhere, _ = await refresh(service, EntityRef(2, 2))
    assert moved.id in ids([*elsewhere.planned, *elsewhere.history])


async def test_completed_activity_moves_to_history(service: CachedTimelineService, colleague: BitrixClient) -> None:
    first, _ = await refresh(service)
    latest = max((a for a in first.planned if a.start_time is not None), key=lambda a: a.start_time)
    await colleague.activities.set_completed(latest.id, True)

    fresh, requests = await refresh(service)

    assert requests == 1
    assert latest.id not in ids(fresh.planned)
    assert latest.id in ids(fresh.history)
    assert ids(fresh.delta.changed) == [latest.id]
    await assert_as_full_load(colleague, fresh)
