"""Batches, the fast walk and the portal's limits, over loopback HTTP against a served sandbox portal.

Limits are scaled down on both sides with the same algorithm (a bucket of 20 draining 100 requests
per second, an operating window of about a second) so that the behaviour of a real portal shows in
seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from desktop_app.bitrix import BitrixClient, RateLimited, ServerError, Webhook
from desktop_app.bitrix.limits import RatePlan, RetryPolicy
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.sandbox.faults import FaultKind
from desktop_app.sandbox.limits import OperatingLimit, RateLimit

pytestmark = pytest.mark.integration

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
SCALED = RatePlan.custom(20, 50)  # the standard plan scaled up 25×: a burst test runs in ~10 s, with room for a busy CI machine's jitter
SELECT = ["ID", "SUBJECT", "RESPONSIBLE_ID"]


class Live:
    """A served portal and clients on it."""

    def __init__(self, portal: SandboxPortal, url: str) -> None:
        self.portal = portal
        self.webhook = Webhook.parse(url)
        self.clients: list[BitrixClient] = []

    def client(self, **options: Any) -> BitrixClient:
        options.setdefault("rate_plan", SCALED)
        made = BitrixClient.for_webhook(self.webhook, **options)
        self.clients.append(made)
        return made


@pytest.fixture
async def serve() -> AsyncIterator[Callable[..., Live]]:
    """``serve(rate_limit=..., operating_limit=...)``: a fresh demo portal served on loopback."""
    stack = contextlib.ExitStack()
    made: list[Live] = []

    def start(**options: Any) -> Live:
        options.setdefault("rate_limit", RateLimit(SCALED.burst, SCALED.rate))
        options.setdefault("operating_limit", None)
        portal = SandboxPortal(":memory:", webhook_code="demo", webhook_user_id=1, demo_data=True,
                               now=lambda: NOW, **options)
        stack.callback(portal.close)
        live = Live(portal, stack.enter_context(serve_in_thread(portal)))
        made.append(live)
        return live

    yield start
    for live in made:
        for client in live.clients:
            await client.aclose()
    stack.close()


def seed(portal: SandboxPortal, count: int, *, step: int = 1, responsible: int = 2) -> list[int]:
    """Add ``count`` activities of user ``responsible``; with ``step`` > 1 each is followed by
    ``step − 1`` activities of user 3, so the user's IDs are sparse. Returns the user's new IDs."""
    db = portal.db
    template = dict(db.query_one("SELECT * FROM activity WHERE id = (SELECT MIN(id) FROM activity)"))
    first = int(db.scalar("SELECT MAX(id) FROM activity")) + 1
    rows, binds, mine = [], [], []
    for n in range(count * step):
        activity_id = first + n
        owner = responsible if n % step == 0 else 3
        if owner == responsible:
            mine.append(activity_id)
        rows.append({**template, "id": activity_id, "subject": f"Seeded {activity_id}", "responsible_id": owner})
        binds.append((activity_id, 2, 1, 0))
    columns = list(template)
    with db.transaction():
        db.conn.executemany(f"INSERT INTO activity ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                            [[r[c] for c in columns] for r in rows])
        db.conn.executemany("INSERT INTO activity_binding (activity_id, owner_type_id, owner_id, sort) "
                            "VALUES (?, ?, ?, ?)", binds)
        db.execute("UPDATE sequence SET value = ? WHERE name = 'activity'", (first + count * step - 1,))
    return mine


# ----------------------------------------------------------------------------------------- batch


async def test_120_commands_go_in_three_requests_with_references_across_them(serve) -> None:
    live = serve()
    client = live.client()
    commands: dict[str, PreparedCall] = {}
    for i in range(60):
        commands[f"add{i}"] = client.prepare_add_todo(2, 1, NOW + timedelta(days=1), title=f"Chunked {i}")
    for i in range(59):
        commands[f"get{i}"] = PreparedCall("crm.activity.get", {"id": f"$result[add{i}][id]"})
    commands["copy"] = client.prepare_add_todo(2, 1, NOW + timedelta(days=1), title="Copy of $result[add0][id]")
    commands["bad"] = PreparedCall("crm.activity.get", {"id": 0})

    reply = await client.batch(commands)

    assert reply.requests == 3 and len(reply) == 121 and reply.halted == ()
    ids = [reply[f"add{i}"].unwrap()["id"] for i in range(60)]
    assert [reply[f"get{i}"].unwrap()["ID"] for i in range(59)] == [str(i) for i in ids[:59]]
    assert [reply[f"get{i}"].unwrap()["SUBJECT"] for i in range(59)] == [f"Chunked {i}" for i in range(59)]
    assert live.portal.db.count_activities(subject=f"Copy of {ids[0]}") == 1
    assert set(reply.errors) == {"bad"}
    assert client.stats.requests == 3


async def test_halt_in_the_first_chunk_sends_no_later_chunk(serve) -> None:
    live = serve()
    client = live.client()
    commands = {f"add{i}": client.prepare_add_todo(2, 1 if i != 10 else 424242, NOW + timedelta(days=1),
                                                   title=f"Halted {i}") for i in range(70)}

    reply = await client.batch(commands, halt=True)

    assert reply.requests == 1
    assert list(reply.results) == [f"add{i}" for i in range(11)]
    assert reply.halted == tuple(f"add{i}" for i in range(11, 70))
    assert reply["add10"].error is not None and reply["add10"].error.code == "OWNER_NOT_FOUND"
    stored = live.portal.db.scalar("SELECT COUNT(*) FROM activity WHERE subject LIKE 'Halted %'")
    assert stored == 10


# ---------------------------------------------------------------------------------------- limits


async def test_a_burst_of_500_calls_gets_no_503() -> None:
    # The portal runs in a process of its own here, as a real one would: served from a thread of
    # this process it would share the GIL with the client, and bunch requests a real portal spreads.
    from sandbox_server import start_sandbox_server

    with start_sandbox_server("--rate-limit", f"{SCALED.burst}/{SCALED.rate:g}") as url:
        await _burst(url)


async def _burst(url: str) -> None:
    live = Live(None, url)  # type: ignore[arg-type]
    # The plan the client is told keeps 4 of the portal's 20 burst slots spare: loopback answers
    # arrive in bunches on a busy 2-core machine (as a configured safety margin would on a real one).
    paced = live.client(rate_plan=RatePlan.custom(SCALED.burst - 4, SCALED.rate))
    started = time.monotonic()

    replies = await asyncio.gather(*(paced.call("user.current") for _ in range(500)))

    elapsed = time.monotonic() - started
    assert len(replies) == 500 and all(r.result["ID"] == "1" for r in replies)
    stats = paced.stats
    assert (stats.requests, stats.rate_limited, stats.retries) == (500, 0, 0)
    assert elapsed >= (500 - SCALED.burst) / SCALED.rate * 0.9  # paced, not refused
    assert stats.waited_seconds > 0

    unpaced = live.client(rate_plan=None, retry=RetryPolicy.NONE)
    await asyncio.sleep(SCALED.burst / SCALED.rate)  # let the portal's bucket drain
    outcomes = await asyncio.gather(*(unpaced.call("user.current") for _ in range(100)), return_exceptions=True)
    assert sum(isinstance(o, RateLimited) for o in outcomes) > 0  # what the limiter spares us
    assert unpaced.stats.rate_limited == sum(isinstance(o, RateLimited) for o in outcomes)
    for client in live.clients:
        await client.aclose()


async def test_a_method_over_its_operating_time_waits_for_the_reset(serve) -> None:
    live = serve(operating_limit=OperatingLimit(limit=0.1, window=0.8, bucket=0.2, cost_per_call=0.06))
    client = live.client()
    flt = {"OWNER_TYPE_ID": 2, "OWNER_ID": 1}

    pages = [await client.list_activities(filter=flt, start=-1) for _ in range(4)]
    assert all(p.items for p in pages)
    stats = client.stats
    assert stats.operating_limited >= 1  # the portal said 429 …
    assert stats.retries == stats.operating_limited  # … and the read waited for the reset, then went again
    assert stats.waited_seconds >= 0.2
    assert (await client.current_user()).id == 1  # other methods were never held

    informed = live.client(operating_limit=0.1)
    await asyncio.sleep(1.0)  # the first client's window runs out
    pages = [await informed.list_activities(filter=flt, start=-1) for _ in range(4)]
    assert all(p.items for p in pages)
    assert informed.stats.operating_limited == 0  # it waited before the portal had to refuse
    assert informed.stats.waited_seconds >= 0.2


async def test_writes_are_not_held_back_by_retries(serve) -> None:
    live = serve()
    client = live.client()
    live.portal.faults.force_next(FaultKind.SERVER_ERROR, method="crm.activity.list")
    page = await client.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1})
    assert page.items and client.stats.retries == 1

    calls_before = live.portal.faults.calls
    live.portal.faults.force_next(FaultKind.SERVER_ERROR, method="crm.activity.todo.add")
    with pytest.raises(ServerError):
        await client.add_todo(2, 1, NOW + timedelta(days=1), title="Refused once")
    assert live.portal.faults.calls == calls_before + 1  # the portal saw the add once
    assert client.stats.retries == 1
    assert live.portal.db.count_activities(subject="Refused once") == 0

    live.portal.faults.force_next(FaultKind.RATE_LIMIT, method="batch")
    reads = {"me": PreparedCall("user.current", {}), "list": PreparedCall("crm.activity.list", {"start": -1})}
    assert (await client.batch(reads))["me"].unwrap()["ID"] == "1"
    assert client.stats.retries == 2 and client.stats.rate_limited == 1


# ------------------------------------------------------------------------------------------ walk


async def _collect(walk: AsyncIterator[Any]) -> tuple[list[int], list[Any]]:
    pages = [page async for page in walk]
    return [int(row["ID"]) for page in pages for row in page.rows], pages


async def test_walk_over_10000_dense_rows_takes_5_requests_and_no_count(serve) -> None:
    live = serve()
    mine = seed(live.portal, 10_000)
    client = live.client()

    ids, pages = await _collect(client.walk(filter={"RESPONSIBLE_ID": 2, ">ID": mine[0] - 1}, select=SELECT))

    assert ids == mine
    assert [len(p.rows) for p in pages] == [50, 2500, 2500, 2500, 2450]
    assert [p.requests for p in pages] == [1, 2, 3, 4, 5] and client.stats.requests == 5
    assert pages[-1].rows_so_far == 10_000 and all(p.total is None for p in pages)
    assert client.stats.rate_limited == 0


async def test_walk_over_sparse_ids_with_total_and_descending(serve) -> None:
    live = serve()
    mine = seed(live.portal, 3_000, step=7)
    client = live.client()

    ids, pages = await _collect(client.walk(filter={"RESPONSIBLE_ID": 2}, select=SELECT, with_total=True))
    assert [i for i in ids if i >= mine[0]] == mine and len(ids) == len(set(ids))
    demo_rows = live.portal.db.count_activities(responsible_id=2) - 3_000
    assert len(ids) == 3_000 + demo_rows
    assert all(p.total == len(ids) for p in pages)
    assert len(pages) == 3 and pages[-1].requests == 3  # 50, then 2,500, then the rest

    down, down_pages = await _collect(client.walk(filter={"RESPONSIBLE_ID": 2, "<ID": mine[-1]}, select=SELECT,
                                                  descending=True))
    assert down == sorted(ids, reverse=True)[1:]
    assert down_pages[0].rows[0]["ID"] == str(mine[-2])


async def test_cancelling_a_walk_stops_it(serve) -> None:
    live = serve()
    seed(live.portal, 6_000)
    client = live.client()
    seen: list[int] = []

    async def read() -> None:
        async for page in client.walk(select=SELECT):
            seen.append(len(page.rows))
            if len(seen) == 2:
                await asyncio.sleep(3600)  # the view is busy when the user cancels

    task = asyncio.create_task(read())
    while len(seen) < 2:
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert client.stats.requests == 2
    await asyncio.sleep(0.1)
    assert client.stats.requests == 2  # nothing went on in the background

    walk = client.walk(select=SELECT)
    first = await anext(walk)
    await walk.aclose()
    assert len(first.rows) == 50 and client.stats.requests == 3


async def test_a_walk_refused_for_operating_time_waits_and_goes_on(serve) -> None:
    live = serve(operating_limit=OperatingLimit(limit=0.6, window=0.5, bucket=0.1, cost_per_call=0.03))
    mine = seed(live.portal, 1_500)
    client = live.client()

    ids, pages = await _collect(client.walk(filter={"RESPONSIBLE_ID": 2, ">ID": mine[0] - 1}, select=SELECT))

    assert ids == mine  # nothing missed or repeated across the pause
    assert client.stats.operating_limited >= 1 and client.stats.waited_seconds > 0
    assert len(pages) == client.stats.requests >= 3
