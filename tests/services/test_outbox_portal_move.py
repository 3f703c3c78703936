"""The outbox when the portal redirects to a host the user has not confirmed (issue 10 item 1):
writes wait in the outbox — not failed, no attempt counted, nothing sent to the new host — until
the move is confirmed; then they go at once, each exactly once.

The portal is the real sandbox (in-process); :class:`MovingTransport` stands in front of it as the
old address answering ``302`` to another domain, and serves the new address from the same sandbox.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from changes_helpers import DEAL, at, call_fields, change_service

from desktop_app.bitrix import BitrixClient, RetryPolicy, Webhook
from desktop_app.bitrix.errors import PortalMoveUnconfirmed
from desktop_app.services.bulk import BulkAction, BulkService
from desktop_app.services.changes import ChangeService
from desktop_app.services.outbox import PORTAL_MOVE_CODE
from desktop_app.store import EntryState, OutboxEntry

OLD = "old-portal.example.com"
NEW = "crm.example.net"


class MovingTransport(httpx.AsyncBaseTransport):
    """The old host answers ``302 Location: https://NEW/…`` while :attr:`moved`; requests to the
    new host are served by the sandbox and recorded in :attr:`to_new` (method and body)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner
        self.moved = False
        self.redirects = 0
        self.to_new: list[tuple[str, bytes]] = []
        self.other_hosts: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        if host == OLD and self.moved:
            self.redirects += 1
            return httpx.Response(302, headers={"Location": f"https://{NEW}{request.url.path}"})
        if host == NEW:
            self.to_new.append((request.url.path.rsplit("/", 1)[-1], await request.aread()))
        elif host != OLD:
            self.other_hosts.append(host)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
def mover(portal) -> MovingTransport:
    return MovingTransport(portal.transport())


@pytest.fixture
def moved_to() -> list[str]:
    return []


@pytest.fixture
async def client(mover, moved_to) -> AsyncIterator[BitrixClient]:
    c = BitrixClient.for_webhook(Webhook(f"https://{OLD}", 1, "demo"), transport=mover, rate_plan=None,
                                 retry=RetryPolicy.NONE, on_portal_moved=moved_to.append)
    yield c
    await c.aclose()


@pytest.fixture
def changes(client, store) -> ChangeService:
    return change_service(client, store, backoff_cap=0.01)


async def test_writes_wait_for_the_move_then_go_once_confirmed(changes, client, mover, portal, moved_to) -> None:
    seen: list[PortalMoveUnconfirmed] = []
    changes.processor.subscribe_portal_move(seen.append)
    existing = await client.get_activity(await client.add_todo(2, 1, at(4), title="Before the move"))
    mover.moved = True
    todo = changes.add_todo(DEAL, at(1), title="Queued during the move")
    edit = changes.update_todo_description(changes.optimistic(todo, None), DEAL, "edited during the move")
    call = changes.add_activity(call_fields("Call queued during the move"))
    renamed = changes.update_activity(existing, {"SUBJECT": "Renamed during the move"})
    queued = [todo, edit, call, renamed]

    await changes.processor.drain()  # returns: nothing can go until the user decides

    move = changes.processor.portal_move
    assert move is not None and (move.old_host, move.new_host, move.new_base_url) == (OLD, NEW, f"https://{NEW}")
    assert [m.new_host for m in seen] == [NEW]  # the window is told once
    waiting = [changes.entry(e.id) for e in queued]
    assert all(e.state is EntryState.PENDING and e.attempts == 0 for e in waiting)  # not failed, no attempt burnt
    assert {e.error_code for e in waiting if e.error_code} == {PORTAL_MOVE_CODE}
    assert mover.to_new == [] and mover.other_hosts == []  # nothing, not even the code, went to the new host
    assert portal.db.count_activities(subject="Queued during the move") == 0
    assert portal.db.count_activities(subject="Renamed during the move") == 0

    # "Stay": nothing is sent anywhere, the changes keep waiting
    redirects = mover.redirects
    changes.processor.wake()
    await changes.processor.drain()
    assert mover.redirects == redirects and mover.to_new == []
    assert all(changes.entry(e.id).state is EntryState.PENDING for e in queued)

    # "Follow": the client confirms, the outbox resumes
    assert client.confirm_portal_move(move.new_base_url) == f"https://{NEW}"
    changes.processor.resume_after_move()
    await changes.processor.drain()

    assert moved_to == [f"https://{NEW}"]  # the settings get the new address
    done = [changes.entry(e.id) for e in queued]
    assert [(e.state, e.attempts) for e in done] == [(EntryState.DONE, 1)] * 4
    assert portal.db.count_activities(subject="Queued during the move") == 1
    assert portal.db.count_activities(origin_id=call.origin_id) == 1
    assert (await client.get_activity(done[0].activity_id)).description == "edited during the move"
    assert (await client.get_activity(existing.id)).subject == "Renamed during the move"
    assert changes.processor.portal_move is None and len(seen) == 1
    assert {method for method, _ in mover.to_new} >= {"crm.activity.todo.add", "crm.activity.add"}


async def test_the_running_outbox_resumes_at_once_after_the_move_is_confirmed(changes, client, mover, portal) -> None:
    asked: asyncio.Queue[PortalMoveUnconfirmed] = asyncio.Queue()
    changes.processor.subscribe_portal_move(asked.put_nowait)
    landed = asyncio.Event()
    changes.subscribe(lambda e: landed.set() if e.state is EntryState.DONE and e.is_create else None)
    mover.moved = True
    runner = asyncio.create_task(changes.processor.run())
    try:
        entry = changes.add_todo(DEAL, at(2), title="Sent right after Follow")
        move = await asyncio.wait_for(asked.get(), 5)
        assert changes.entry(entry.id).state is EntryState.PENDING
        client.confirm_portal_move(move.new_base_url)
        changes.processor.resume_after_move()
        await asyncio.wait_for(landed.wait(), 5)  # no backoff delay to wait out
    finally:
        runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)
    assert changes.entry(entry.id).attempts == 1
    assert portal.db.count_activities(subject="Sent right after Follow") == 1


async def test_a_bulk_waits_for_the_move_without_burning_attempts(changes, client, mover, portal) -> None:
    todos = [await client.get_activity(await client.add_todo(2, 1, at(6), title=f"Bulk moved {i}")) for i in range(3)]
    mover.moved = True
    bulk = BulkService(changes)
    started = bulk.start(BulkAction.COMPLETE, todos)
    await changes.processor.drain()
    entries: list[OutboxEntry] = changes.outbox.bulk_entries(started.bulk_id)
    assert [(e.state, e.attempts, e.error_code) for e in entries] == [(EntryState.PENDING, 0, PORTAL_MOVE_CODE)] * 3
    assert mover.to_new == []

    client.confirm_portal_move(changes.processor.portal_move.new_base_url)
    changes.processor.resume_after_move()
    final = await bulk.wait(started.bulk_id)
    assert (final.done, final.failed) == (3, 0)
    assert [e.attempts for e in changes.outbox.bulk_entries(started.bulk_id)] == [1, 1, 1]
    assert [(await client.get_activity(t.id)).completed for t in todos] == [True] * 3
