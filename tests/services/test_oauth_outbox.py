"""The outbox on an application connection whose refresh token the portal refused: the change is not
sent, stays queued (pending, reason RECONNECT_NEEDED, never failed), and goes out once after the user
connects again (in-process sandbox portal with its real OAuth server)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from datetime import timedelta

import pytest
from app_helpers import Clock, exchanged_tokens
from changes_helpers import DEAL, FIXED_NOW, at, change_service

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.oauth import OAuthAuth, OAuthTokens, ReconnectNeeded
from desktop_app.store import EntryState, OutboxEntry, Store

CLIENT_ID = "local.outbox-test"
SECRET = "outbox-client-secret"
BASE = "http://127.0.0.1:8765"  # in-process (ASGI): never dialled


@pytest.fixture
def portal_clock() -> Clock:
    return Clock(FIXED_NOW)


@pytest.fixture
def portal(portal_clock: Clock) -> Iterator[object]:
    from desktop_app.sandbox import SandboxPortal
    from desktop_app.sandbox.oauth import SandboxApp

    p = SandboxPortal(":memory:", webhook_code="demo", webhook_user_id=1, demo_data=True, now=portal_clock,
                      apps=[SandboxApp(CLIENT_ID, SECRET)])
    yield p
    p.close()


async def _tokens(portal) -> OAuthTokens:  # noqa: ANN001
    return await exchanged_tokens(portal, BASE, CLIENT_ID, SECRET, now=FIXED_NOW)


@pytest.fixture
async def refused() -> list[ReconnectNeeded]:
    return []


@pytest.fixture
async def net_client(portal, refused) -> AsyncIterator[BitrixClient]:  # noqa: ANN001
    auth = OAuthAuth(await _tokens(portal), client_id=CLIENT_ID, client_secret=SECRET, base_url=BASE,
                     clock=lambda: FIXED_NOW, on_reconnect_needed=refused.append)
    client = BitrixClient.for_auth(auth, transport=portal.transport(), rate_plan=None)
    yield client
    await client.aclose()


async def _until(changes, entry_id: int, test: Callable[[OutboxEntry], bool]) -> OutboxEntry:  # noqa: ANN001
    seen = asyncio.Event()
    unsubscribe = changes.subscribe(lambda e: seen.set() if e.id == entry_id and test(e) else None)
    try:
        current = changes.entry(entry_id)
        if not test(current):
            async with asyncio.timeout(10):
                await seen.wait()
        return changes.entry(entry_id)
    finally:
        unsubscribe()


async def test_a_refused_refresh_keeps_the_change_queued_until_the_user_reconnects(
        portal, portal_clock: Clock, net_client: BitrixClient, store: Store, refused) -> None:  # noqa: ANN001
    changes = change_service(net_client, store)
    before = portal.db.count_activities()
    portal.oauth.revoke_all()
    portal_clock.now += timedelta(hours=2)
    entry = changes.add_todo(DEAL, at(4), title="Written while the connection lapsed")
    runner = asyncio.create_task(changes.processor.run())
    try:
        waiting = await _until(changes, entry.id, lambda e: e.error_code == "RECONNECT_NEEDED")
        assert waiting.state is EntryState.PENDING and waiting.params["title"] == "Written while the connection lapsed"
        assert portal.db.count_activities() == before and len(refused) == 1
        assert SECRET not in (waiting.error_text or "")

        net_client.auth.set_tokens(await _tokens(portal))  # the user connected the application again
        changes.processor.wake()
        done = await _until(changes, entry.id, lambda e: e.state is EntryState.DONE)
        assert done.activity_id and portal.db.count_activities() == before + 1
    finally:
        runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)
