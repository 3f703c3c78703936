"""Merging a delta answer into the timeline cache (``desktop_app.store.cache_delta``), with real
sandbox activities and a real SQLite file."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.bitrix import BitrixClient
from desktop_app.services.timeline import EntityRef, TimelineService
from desktop_app.store.cache import CachedTimeline, CacheStore
from desktop_app.store.cache_delta import apply_delta, delta_state

SEEN = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
LATER = SEEN + timedelta(minutes=5)
DEAL_1 = EntityRef(2, 1)
CONTACT_1 = EntityRef(3, 1)
#: Demo call bound to deal 1 and contact 1 (open).
SHARED_CALL = 353


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[CacheStore]:
    conn = sqlite3.connect(tmp_path / "desk.sqlite3")
    yield CacheStore(conn)
    conn.close()


async def _snapshot(client: BitrixClient, cache: CacheStore, entity: EntityRef) -> CachedTimeline:
    timeline = TimelineService(client)
    planned = await timeline.planned(entity)
    page = await timeline.history_page(entity)
    return cache.save_timeline(entity, planned, page.items, page.next, SEEN)


async def test_saved_snapshot_knows_its_cursor_and_rows(client: BitrixClient, cache: CacheStore) -> None:
    assert delta_state(cache, DEAL_1) is None  # never loaded: a full load
    saved = await _snapshot(client, cache, DEAL_1)

    state = delta_state(cache, DEAL_1)

    assert state is not None and state.snapshot == saved
    shown = [*saved.planned, *saved.history]
    assert state.cursor == max(a.last_updated for a in shown if a.last_updated is not None)
    assert state.ids == tuple(sorted(a.id for a in shown))


def test_empty_timeline_asks_from_the_beginning(cache: CacheStore) -> None:
    cache.save_timeline(EntityRef(4, 99), [], [], None, SEEN)
    state = delta_state(cache, EntityRef(4, 99))
    assert state is not None and state.cursor is None and state.ids == ()


async def test_an_edit_shows_in_every_snapshot_of_the_activity(client: BitrixClient, cache: CacheStore) -> None:
    await _snapshot(client, cache, DEAL_1)
    await _snapshot(client, cache, CONTACT_1)
    call = await client.get_activity(SHARED_CALL)
    edited = call.model_copy(update={"subject": "Call about the renewal"})

    merged = apply_delta(cache, DEAL_1, changed=[edited], checked=[], present=[], cursor=None, seen_at=LATER)

    assert [a.subject for a in merged.delta.changed] == ["Call about the renewal"]
    assert merged.seen_at == LATER
    on_contact = cache.load_timeline(CONTACT_1)
    assert next(a for a in on_contact.planned if a.id == SHARED_CALL).subject == "Call about the renewal"


async def test_unbound_from_one_entity_stays_on_the_other(client: BitrixClient, cache: CacheStore) -> None:
    deal = await _snapshot(client, cache, DEAL_1)
    await _snapshot(client, cache, CONTACT_1)
    ids = [a.id for a in (*deal.planned, *deal.history)]

    merged = apply_delta(cache, DEAL_1, changed=[], checked=ids,
                         present=[i for i in ids if i != SHARED_CALL], cursor=None, seen_at=LATER)

    assert merged.delta.removed == (SHARED_CALL,) and merged.delta.changed == ()
    assert SHARED_CALL not in [a.id for a in merged.planned]
    assert cache.load_timeline(DEAL_1) == merged
    assert SHARED_CALL in [a.id for a in cache.load_timeline(CONTACT_1).planned]


async def test_cursor_moves_only_forward_when_given(client: BitrixClient, cache: CacheStore) -> None:
    await _snapshot(client, cache, DEAL_1)
    before = delta_state(cache, DEAL_1).cursor
    apply_delta(cache, DEAL_1, changed=[], checked=[], present=[], cursor=None, seen_at=LATER)
    assert delta_state(cache, DEAL_1).cursor == before
    newer = before + timedelta(hours=1)
    apply_delta(cache, DEAL_1, changed=[], checked=[], present=[], cursor=newer, seen_at=LATER)
    assert delta_state(cache, DEAL_1).cursor == newer


async def test_merge_into_a_forgotten_snapshot_is_refused(client: BitrixClient, cache: CacheStore) -> None:
    await _snapshot(client, cache, DEAL_1)
    cache.forget_all()
    with pytest.raises(LookupError):
        apply_delta(cache, DEAL_1, changed=[], checked=[], present=[], cursor=None, seen_at=LATER)
    assert cache.load_timeline(DEAL_1) is None


async def test_pruned_snapshot_takes_its_cursor_along(client: BitrixClient, tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "small.sqlite3")
    try:
        cache = CacheStore(conn, max_entities=1)
        await _snapshot(client, cache, DEAL_1)
        await _snapshot(client, cache, CONTACT_1)
        assert delta_state(cache, DEAL_1) is None and delta_state(cache, CONTACT_1) is not None
    finally:
        conn.close()
