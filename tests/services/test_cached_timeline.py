"""``CachedTimelineService``: the cached timeline at once, then the portal's; offline keeps the cache."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.errors import PortalUnreachable, RequestTimeout
from desktop_app.services.cached_timeline import CachedTimelineService
from desktop_app.services.timeline import EntityRef, TimelineService
from desktop_app.store.cache import CacheStore

TZ = timezone(timedelta(hours=3))
DEAL_1 = EntityRef(2, 1)


class _Clock:
    """The time the service stamps on snapshots: starts at 10:42 UTC, moved by the test."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 10, 42, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[CacheStore]:
    conn = sqlite3.connect(tmp_path / "desk.sqlite3")
    conn.execute("PRAGMA journal_mode=WAL")
    yield CacheStore(conn)
    conn.close()


@pytest.fixture
def clock() -> _Clock:
    return _Clock()


@pytest.fixture
def closed_port() -> int:
    """A loopback port nobody listens on (connections are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A loopback port that accepts connections and never answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(8)
        yield s.getsockname()[1]


async def test_nothing_cached_before_the_first_load(client: BitrixClient, cache: CacheStore) -> None:
    service = CachedTimelineService(TimelineService(client), cache)
    assert service.cached(DEAL_1) is None


async def test_refresh_saves_what_the_portal_shows(client: BitrixClient, cache: CacheStore, clock: _Clock) -> None:
    timeline = TimelineService(client)
    service = CachedTimelineService(timeline, cache, clock=clock)

    fresh = await service.refresh(DEAL_1)

    assert fresh.planned == await timeline.planned(DEAL_1)
    first_page = await timeline.history_page(DEAL_1)
    assert fresh.history == first_page.items and fresh.next_start == first_page.next == 50
    assert fresh.seen_at == clock.now
    assert service.cached(DEAL_1) == fresh


async def test_refresh_replaces_the_snapshot(client: BitrixClient, cache: CacheStore, clock: _Clock) -> None:
    service = CachedTimelineService(TimelineService(client), cache, clock=clock)
    before = await service.refresh(DEAL_1)

    todo_id = await client.add_todo(2, 1, datetime(2026, 11, 24, 9, 0, tzinfo=TZ), title="Send the offer")
    closed = before.planned[0]
    await client.activities.set_completed(closed.id, True)
    clock.now += timedelta(minutes=5)
    after = await service.refresh(DEAL_1)

    assert service.cached(DEAL_1) == after
    assert after.seen_at == before.seen_at + timedelta(minutes=5)
    assert todo_id in [a.id for a in after.planned] and todo_id not in [a.id for a in before.planned]
    assert closed.id not in [a.id for a in after.planned]
    assert [a.id for a in after.history if a.id == closed.id] == [closed.id]


@pytest.mark.parametrize("failure", ["refused", "no answer"])
async def test_offline_refresh_raises_and_keeps_the_snapshot(
    failure: str, client: BitrixClient, cache: CacheStore, clock: _Clock,
    closed_port: int, silent_port: int,
) -> None:
    seen = await CachedTimelineService(TimelineService(client), cache, clock=clock).refresh(DEAL_1)
    port = closed_port if failure == "refused" else silent_port
    offline = BitrixClient.for_webhook(
        Webhook(base_url=f"http://127.0.0.1:{port}", user_id=1, code="demo"),
        timeout=httpx.Timeout(0.5),
    )
    service = CachedTimelineService(TimelineService(offline), cache, clock=clock)
    clock.now += timedelta(hours=1)
    try:
        expected = PortalUnreachable if failure == "refused" else RequestTimeout
        with pytest.raises(expected) as raised:
            await service.refresh(DEAL_1)
        assert isinstance(raised.value, RequestTimeout) == (failure == "no answer")
    finally:
        await offline.aclose()

    kept = service.cached(DEAL_1)
    assert kept == seen
    assert kept is not None and kept.seen_at == datetime(2026, 11, 23, 10, 42, tzinfo=UTC)
