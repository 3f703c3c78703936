"""Live updates (services/live_updates.py) on the demo session: its application connection binds the
activity events offline, and a change made by a second client (a webhook) is reported by the next poll;
without an application connection each poll is the delta fallback."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import pytest

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.services.live_updates import (
    ACTIVE_INTERVAL,
    BACKGROUND_INTERVAL,
    IDLE_AFTER,
    LiveChanges,
    LiveUpdates,
    changes_from_events,
)
from desktop_app.services.session import DEMO_BASE_URL, DEMO_WEBHOOK_CODE, PortalSession, open_demo_session


@pytest.fixture
async def demo() -> AsyncIterator[PortalSession]:
    session = await open_demo_session()
    yield session
    await session.aclose()


@pytest.fixture
async def colleague(demo: PortalSession) -> AsyncIterator[BitrixClient]:
    """A second client on the same portal (the demo's webhook, its own connection)."""
    webhook = Webhook(base_url=DEMO_BASE_URL, user_id=1, code=DEMO_WEBHOOK_CODE)
    client = BitrixClient.for_webhook(webhook, transport=demo.sandbox.transport(), rate_plan=None)
    yield client
    await client.aclose()


async def _some_activity(client: BitrixClient) -> int:
    rows = (await client.call("crm.activity.list", {"select": ["ID"], "order": {"ID": "ASC"}, "start": -1})).result
    return int(rows[0]["ID"])


async def test_demo_session_is_connected_both_ways(demo: PortalSession) -> None:
    assert demo.app_client is not None
    badges = (await demo.app_client.call("crm.activity.badge.list")).result["badges"]
    assert {b["code"] for b in badges} >= {"missedCall", "deliveryLate", "contractSigned"}
    # The application-only data is in the demo timeline (configurable activities on deal 1).
    rows = (await demo.client.call("crm.activity.list", {"filter": {"PROVIDER_ID": "CONFIGURABLE_REST_APP"},
                                                         "select": ["ID"], "start": -1})).result
    assert rows, "the demo has configurable activities"


async def test_a_change_by_a_second_client_is_reported_by_the_next_poll(demo: PortalSession,
                                                                       colleague: BitrixClient) -> None:
    seen: list[LiveChanges] = []
    live = LiveUpdates(demo.app_client, on_changes=seen.append)
    assert await live.bind()
    assert await live.bind()  # once: the second call sends nothing
    assert not await live.poll()  # nothing changed yet
    activity_id = await _some_activity(colleague)
    await colleague.call("crm.activity.update", {"id": activity_id, "fields": {"SUBJECT": "Changed elsewhere"}})
    changes = await live.poll()
    assert changes.changed == {activity_id} and not changes.deleted
    assert not await live.poll()  # cleared by the poll that read it
    assert live.polls == 3


async def test_a_new_and_a_deleted_activity(demo: PortalSession, colleague: BitrixClient) -> None:
    live = LiveUpdates(demo.app_client, on_changes=lambda _c: None)
    await live.bind()
    doomed = await _some_activity(colleague)
    await colleague.call("crm.activity.delete", {"id": doomed})
    added = (await colleague.call("crm.activity.todo.add", {
        "ownerTypeId": 2, "ownerId": 1, "title": "Live", "deadline": "2030-01-01T10:00:00+00:00"})).result
    added_id = int(added["id"]) if isinstance(added, dict) else int(added)
    changes = await live.poll()
    assert changes.deleted == {doomed}
    assert added_id in changes.changed


async def test_webhook_only_polls_the_fallback() -> None:
    calls: list[str] = []

    async def delta() -> None:
        calls.append("delta")

    live = LiveUpdates(None, on_changes=lambda _c: None, fallback=delta)
    assert live.mode == "delta"
    assert not await live.bind()
    assert not await live.poll()
    assert calls == ["delta"]


def test_pacing_slows_down_in_the_background_and_stops_when_idle() -> None:
    now = [0.0]
    live = LiveUpdates(None, on_changes=lambda _c: None, clock=lambda: now[0])
    assert live.interval() == ACTIVE_INTERVAL <= 3
    live.set_active(False)
    assert live.interval() == BACKGROUND_INTERVAL >= 60
    now[0] += IDLE_AFTER
    assert live.interval() is None
    live.set_active(True)
    assert live.interval() == ACTIVE_INTERVAL


def test_events_fold_into_ids_and_bad_entries_are_skipped() -> None:
    events = [
        {"EVENT_NAME": "ONCRMACTIVITYADD", "EVENT_DATA": {"FIELDS": {"ID": "5"}}},
        {"EVENT_NAME": "ONCRMACTIVITYUPDATE", "EVENT_DATA": {"FIELDS": {"ID": 6}}},
        {"EVENT_NAME": "ONCRMACTIVITYDELETE", "EVENT_DATA": {"FIELDS": {"ID": 6}}},
        {"EVENT_NAME": "ONCRMACTIVITYUPDATE", "EVENT_DATA": {"FIELDS": {"ID": "x"}}},
        {"EVENT_NAME": "ONOTHER", "EVENT_DATA": {"FIELDS": {"ID": 7}}},
        "garbage", {"EVENT_NAME": "ONCRMACTIVITYUPDATE"},
    ]
    assert changes_from_events(events) == LiveChanges(frozenset({5}), frozenset({6}))


async def test_run_binds_then_hands_changes_to_the_callback(demo: PortalSession, colleague: BitrixClient) -> None:
    import asyncio

    got: asyncio.Queue[LiveChanges] = asyncio.Queue()
    live = LiveUpdates(demo.app_client, on_changes=got.put_nowait)
    task = asyncio.ensure_future(live.run())
    try:
        # bound (event.get lists the three activity events offline) before the first change counts
        while live.polls == 0:
            await asyncio.sleep(0)
        activity_id = await _some_activity(colleague)
        await colleague.call("crm.activity.update", {"id": activity_id, "fields": {"SUBJECT": "Seen by run()"}})
        live.set_active(False)
        live.set_active(True)  # back in front: polls at once
        changes = await asyncio.wait_for(got.get(), 5)
        assert activity_id in changes.changed
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    handlers = (await demo.app_client.call("event.get")).result
    assert sorted(h["event"].upper() for h in handlers if h.get("offline") in (1, "1")) == [
        "ONCRMACTIVITYADD", "ONCRMACTIVITYDELETE", "ONCRMACTIVITYUPDATE"]
