"""Bulk changes through the outbox against the in-process sandbox portal: 1,000 completes in ≤ 21
HTTP requests with no 503, a bad command failing alone, cancel mid-way with an exact report, a
batch with an unknown outcome sent again safely, and every entry on disk before anything is sent."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from changes_helpers import at, change_service

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.models import Activity
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.sandbox.faults import FaultKind
from desktop_app.services.bulk import BulkAction, BulkProgress, BulkService, DeadlineShift
from desktop_app.services.changes import ChangeService
from desktop_app.store import EntryState, Store

WEBHOOK = Webhook("http://sandbox.local", 1, "demo")


class CountingTransport(httpx.AsyncBaseTransport):
    """Counts the HTTP requests that reach the portal and its 503 replies."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.requests = 0
        self.rate_limited = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        response = await self.inner.handle_async_request(request)
        if response.status_code == 503:
            self.rate_limited += 1
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


@pytest.fixture
def wire(portal) -> CountingTransport:
    return CountingTransport(portal.transport())


@pytest.fixture
async def net(wire) -> AsyncIterator[BitrixClient]:
    c = BitrixClient.for_webhook(WEBHOOK, transport=wire, timeout=httpx.Timeout(2.0, connect=1.0))
    yield c
    await c.aclose()


@pytest.fixture
def changes(net, store) -> ChangeService:
    return change_service(net, store)


@pytest.fixture
def bulk(changes) -> BulkService:
    return BulkService(changes)


async def seed_todos(client: BitrixClient, n: int, title: str = "Bulk todo") -> list[Activity]:
    """``n`` todos on deal 1 made with batches of ``crm.activity.todo.add``, read back as loaded."""
    adds = {f"a{i}": client.prepare_add_todo(2, 1, at(1 + i % 20), title=f"{title} {i}") for i in range(n)}
    reply = await client.batch(adds)
    ids = [int(reply[f"a{i}"].unwrap()["id"]) for i in range(n)]
    return await load(client, ids)


async def load(client: BitrixClient, ids: list[int]) -> list[Activity]:
    reads = {f"r{b}": PreparedCall("crm.activity.list", {"filter": {"@ID": ids[b:b + 50]}, "start": -1})
             for b in range(0, len(ids), 50)}
    reply = await client.batch(reads)
    rows = [Activity.from_api(row) for r in reply.results.values() for row in r.unwrap()]
    return sorted(rows, key=lambda a: a.id)


async def test_completing_1000_activities_takes_at_most_21_requests_and_no_503(net, wire, bulk, store) -> None:
    activities = await seed_todos(net, 1000)
    reports: list[BulkProgress] = []
    bulk.subscribe(reports.append)
    wire.requests = 0
    started = bulk.start(BulkAction.COMPLETE, activities)
    assert (started.total, started.done, started.sending) == (1000, 0, 1000)
    final = await bulk.wait(started.bulk_id)
    assert (final.done, final.failed, final.cancelled, final.finished) == (1000, 0, 0, True)
    assert wire.requests <= 21 and wire.rate_limited == 0
    assert all(a.completed for a in await load(net, [a.id for a in activities]))
    # progress came batch by batch, and every write's LAST_UPDATED was read back in one request
    assert [p.done for p in reports if 0 < p.done < 1000][:3] == [50, 100, 150]
    entries = store.outbox.bulk_entries(started.bulk_id)
    assert all(e.state is EntryState.DONE and e.result_last_updated is not None for e in entries)
    assert {e.method for e in entries} == {"crm.activity.update"}


async def test_a_refused_command_fails_alone_with_the_portals_reason(net, bulk, changes, portal) -> None:
    activities = await seed_todos(net, 4, "Reassign")
    await net.activities.set_completed(activities[1].id, True)  # a completed todo cannot be reassigned
    await net.activities.delete(activities[2].id)  # gone meanwhile
    final = await bulk.wait(bulk.start(BulkAction.REASSIGN, activities, 2).bulk_id)
    assert (final.done, final.failed) == (2, 2)
    by_activity = {e.activity_id: e for e in changes.outbox.bulk_entries(final.bulk_id)}
    refused = by_activity[activities[1].id]
    assert refused.state is EntryState.FAILED
    assert refused.error_code == "CAN_NOT_UPDATE_RESPONSIBLE_USER_COMPLETED_TODO"
    assert by_activity[activities[2].id].state is EntryState.FAILED
    assert by_activity[activities[2].id].error_code == "NOT_FOUND"
    fresh = {a.id: a for a in await load(net, [activities[0].id, activities[3].id])}
    assert [fresh[a.id].responsible_id for a in (activities[0], activities[3])] == [2, 2]
    assert by_activity[activities[0].id].method == "crm.activity.todo.updateResponsibleUser"


async def test_moving_deadlines_uses_the_narrow_todo_method(net, bulk, changes) -> None:
    activities = await seed_todos(net, 3, "Move")
    final = await bulk.wait(bulk.start(BulkAction.MOVE_DEADLINE, activities, DeadlineShift(timedelta(days=7))).bulk_id)
    assert final.done == 3
    fresh = {a.id: a for a in await load(net, [a.id for a in activities])}
    assert all(fresh[a.id].deadline == a.deadline + timedelta(days=7) for a in activities)
    assert {e.method for e in changes.outbox.bulk_entries(final.bulk_id)} == {"crm.activity.todo.updateDeadline"}


async def test_cancel_while_a_batch_is_in_flight_reports_exactly(net, bulk, changes) -> None:
    activities = await seed_todos(net, 120, "Cancel")
    cancelled: list[BulkProgress] = []

    def cancel_during_second_batch(entry) -> None:  # noqa: ANN001
        # the second batch was just marked ``sending`` (committed); it is about to leave
        if not cancelled and entry.state is EntryState.SENDING and entry.attempts == 1 and entry.id > first_id + 50:
            cancelled.append(bulk.cancel(entry.bulk_id))

    discarded = []
    changes.subscribe(cancel_during_second_batch)
    changes.subscribe(lambda e: discarded.append(e) if e.state is EntryState.DISCARDED else None)
    started = bulk.start(BulkAction.COMPLETE, activities)
    first_id = min(started.entry_ids)
    final = await bulk.wait(started.bulk_id)
    assert cancelled and cancelled[0].cancel_requested
    assert (final.done, final.failed, final.cancelled, final.total, final.finished) == (100, 0, 20, 120, True)
    fresh = await load(net, [a.id for a in activities])
    assert sum(a.completed for a in fresh) == 100  # exactly what the report says
    # each cancelled change comes back with the activity as it was (the portal still holds it)
    assert len(discarded) == 20 and all(e.theirs and e.theirs["COMPLETED"] == "N" for e in discarded)
    assert changes.outbox.open_entries() == []


async def test_a_batch_with_an_unknown_outcome_is_sent_again_safely(net, wire, bulk, changes, portal) -> None:
    activities = await seed_todos(net, 60, "Dropped")
    doomed, kept = activities[:3], activities[3:]
    portal.faults.force_next(FaultKind.DROP_AFTER, method="batch")  # applied, answer lost
    final = await bulk.wait(bulk.start(BulkAction.DELETE, doomed).bulk_id)
    assert (final.done, final.failed) == (3, 0)  # verified on the portal (gone): done without a resend
    assert [e.attempts for e in changes.outbox.bulk_entries(final.bulk_id)] == [1, 1, 1]
    assert await load(net, [a.id for a in doomed]) == []
    portal.faults.force_next(FaultKind.DROP_AFTER, method="batch")
    final = await bulk.wait(bulk.start(BulkAction.COMPLETE, kept).bulk_id)
    assert (final.done, final.failed) == (57, 0)
    assert all(a.completed for a in await load(net, [a.id for a in kept]))


async def test_a_rate_limited_batch_waits_and_goes_again(net, bulk, portal, changes) -> None:
    activities = await seed_todos(net, 5, "Limited")
    reasons: list[str | None] = []
    changes.subscribe(lambda e: reasons.append(e.error_code) if e.state is EntryState.PENDING else None)
    portal.faults.force_next(FaultKind.RATE_LIMIT, method="batch")
    final = await bulk.wait(bulk.start(BulkAction.COMPLETE, activities).bulk_id)
    assert final.done == 5 and "QUERY_LIMIT_EXCEEDED" in reasons


async def test_entries_are_on_disk_before_anything_is_sent(net, wire, tmp_path, portal) -> None:
    activities = await seed_todos(net, 75, "Kill-safe")
    path = tmp_path / "kill.sqlite3"
    first = Store.open(path)
    service = change_service(net, first)
    wire.requests = 0
    started = BulkService(service).start(BulkAction.COMPLETE, activities)
    assert wire.requests == 0  # nothing sent yet: the processor never ran (the app was "killed")
    with Store.open(path) as other:  # another connection sees every entry
        assert len(other.outbox.bulk_entries(started.bulk_id)) == 75
    first.close()
    with Store.open(path) as reopened:  # "restart": a new session sends the stored bulk
        again = change_service(net, reopened)
        bulk = BulkService(again)
        assert [p.bulk_id for p in bulk.open_bulks()] == [started.bulk_id]
        final = await bulk.wait(started.bulk_id)
    assert (final.total, final.done, final.action) == (75, 75, BulkAction.COMPLETE)
    assert wire.requests == 3  # two batches and one read-back
