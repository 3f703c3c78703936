"""The outbox under injected faults (sandbox ``portal.faults``): retries with the reason on the entry,
outcome-unknown sends reconciled before any resend (no duplicates), and a kill mid-send."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from datetime import timedelta

import httpx
import pytest
from changes_helpers import DEAL, FIXED_NOW, at, call_fields, ticking

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.errors import ConnectionDropped, RequestTimeout, TokenExpired
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.sandbox.faults import FaultKind, FaultPlan
from desktop_app.services.changes import ChangeService
from desktop_app.services.outbox import Backoff
from desktop_app.store import EntryState, OutboxEntry, Store

WEBHOOK = Webhook("http://sandbox.local", 1, "demo")


@pytest.fixture
async def net_client(portal) -> AsyncIterator[BitrixClient]:
    c = BitrixClient.for_webhook(WEBHOOK, transport=portal.transport(),
                                 timeout=httpx.Timeout(0.3, connect=1.0))
    yield c
    await c.aclose()


def _states(service: ChangeService) -> list[tuple[EntryState, str | None]]:
    seen: list[tuple[EntryState, str | None]] = []
    service.subscribe(lambda e: seen.append((e.state, e.error_code)))
    return seen


# -- what the client tells the outbox --------------------------------------------------------------

async def test_the_client_tells_unsent_from_outcome_unknown(net_client, portal) -> None:
    call = PreparedCall("crm.activity.todo.updateDescription", {"id": 1, "ownerTypeId": 2, "ownerId": 1, "value": "x"})
    portal.faults.force_next(FaultKind.DROP_AFTER)
    with pytest.raises(ConnectionDropped) as dropped:
        await net_client.send(call)
    assert dropped.value.sent is True
    portal.faults.force_next(FaultKind.DELAY)
    portal.faults.configure(FaultPlan(delay_seconds=0.6))
    with pytest.raises(RequestTimeout) as late:
        await net_client.send(call)
    assert late.value.sent is True


async def test_expired_token_is_replayed_once_then_raised(net_client, portal) -> None:
    portal.faults.force_next(FaultKind.EXPIRED_TOKEN)
    assert (await net_client.current_user()).id == 1  # replayed, answered
    portal.faults.force_next(FaultKind.EXPIRED_TOKEN, count=2)
    with pytest.raises(TokenExpired):
        await net_client.current_user()


# -- retries ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kind", "code"), [
    (FaultKind.RATE_LIMIT, "QUERY_LIMIT_EXCEEDED"),
    (FaultKind.SERVER_ERROR, "INTERNAL_SERVER_ERROR"),
    (FaultKind.EXPIRED_TOKEN, "expired_token"),
])
async def test_refused_for_now_goes_back_to_pending_with_the_reason(changes, portal, kind, code) -> None:
    before = portal.db.count_activities()
    states = _states(changes)
    portal.faults.force_next(kind, method="crm.activity.todo.add", count=2)  # expired_token: 1 replay + 1
    entry = changes.add_todo(DEAL, at(1), title=f"Retried after {kind}")
    await changes.processor.drain()
    assert (EntryState.PENDING, code) in states
    done = changes.entry(entry.id)
    assert done.state is EntryState.DONE and done.error_code is None
    assert portal.db.count_activities() == before + 1


async def test_a_retry_waits_its_backoff(net_client, store, portal) -> None:
    service = ChangeService(net_client, store, clock=ticking(FIXED_NOW), backoff=Backoff(0.2, 1.0, jitter=0))
    portal.faults.force_next(FaultKind.RATE_LIMIT, method="crm.activity.todo.add")
    pending: list[OutboxEntry] = []
    service.subscribe(lambda e: pending.append(e) if e.error_code else None)
    entry = service.add_todo(DEAL, at(1), title="Patient")
    started = time.monotonic()
    await service.processor.drain()
    assert time.monotonic() - started >= 0.2
    waited = pending[0]
    assert waited.state is EntryState.PENDING and waited.error_text == "Too many requests"
    assert waited.next_attempt_at - waited.sent_at >= timedelta(seconds=0.19)
    assert service.entry(entry.id).attempts == 2


# -- outcome unknown: reconcile before any resend ----------------------------------------------------

async def test_dropped_activity_add_is_found_by_origin_id_not_sent_twice(changes, portal, net_client) -> None:
    states = _states(changes)
    portal.faults.force_next(FaultKind.DROP_AFTER, method="crm.activity.add")
    entry = changes.add_activity(call_fields("Dropped call"))
    await changes.processor.drain()
    assert (EntryState.UNKNOWN, "CONNECTION_DROPPED") in states
    done = changes.entry(entry.id)
    assert done.state is EntryState.DONE and done.attempts == 1
    assert portal.db.count_activities(origin_id=entry.origin_id) == 1
    assert (await net_client.get_activity(done.activity_id)).subject == "Dropped call"
    assert changes.processor.stats["reconciled_applied"] == 1


async def test_timed_out_todo_add_is_found_by_matching_not_sent_twice(changes, portal) -> None:
    portal.faults.configure(FaultPlan(delay_seconds=0.6))
    portal.faults.force_next(FaultKind.DELAY, method="crm.activity.todo.add")
    first = changes.add_todo(DEAL, at(2), title="Slow todo")
    await changes.processor.drain()
    assert changes.processor.stats["unknown"] == 1 and changes.processor.stats["reconciled_applied"] == 1
    assert changes.entry(first.id).attempts == 1
    assert portal.db.count_activities(subject="Slow todo") == 1
    # an identical todo made afterwards is a new activity, not the first one found again
    portal.faults.force_next(FaultKind.DROP_AFTER, method="crm.activity.todo.add")
    second = changes.add_todo(DEAL, at(2), title="Slow todo")
    await changes.processor.drain()
    assert portal.db.count_activities(subject="Slow todo") == 2
    assert changes.entry(second.id).activity_id != changes.entry(first.id).activity_id


async def test_todo_add_dropped_before_it_was_served_is_sent_again(changes, portal) -> None:
    portal.faults.force_next(FaultKind.DROP_BEFORE, method="crm.activity.todo.add")
    entry = changes.add_todo(DEAL, at(3), title="Lost on the way")
    await changes.processor.drain()
    assert changes.entry(entry.id).attempts == 2  # looked for, not found, sent again
    assert portal.db.count_activities(subject="Lost on the way") == 1
    assert changes.processor.stats["reconciled_resent"] == 1


async def test_dropped_updates_deletes_and_bindings_are_checked_not_resent(changes, portal, net_client) -> None:
    todo = await net_client.get_activity(await net_client.add_todo(2, 1, at(4), title="Checked"))
    for method in ("crm.activity.todo.updateDeadline", "crm.activity.binding.add", "crm.activity.binding.move",
                   "crm.activity.update", "crm.activity.delete"):
        portal.faults.force_next(FaultKind.DROP_AFTER, method=method)
    entries = [changes.update_todo_deadline(todo, DEAL, at(5)), changes.add_binding(todo, Binding(3, 1)),
               changes.move_binding(todo, Binding(3, 1), Binding(3, 2)), changes.set_completed(todo, True),
               changes.delete_activity(todo)]
    await changes.processor.drain()
    assert [(changes.entry(e.id).state, changes.entry(e.id).attempts) for e in entries] == [(EntryState.DONE, 1)] * 5
    assert changes.processor.stats["reconciled_applied"] == 5
    assert changes.processor.stats["conflicts"] == 0
    assert portal.db.activity(todo.id) is None


async def test_killed_mid_send_is_reconciled_on_the_next_start(tmp_path, net_client, portal) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Store.open(path) as first:
        service = ChangeService(net_client, first, clock=ticking(FIXED_NOW))
        call = service.add_activity(call_fields("Sent, then the app died"))
        todo = service.add_todo(DEAL, at(6), title="Also sent, then the app died")
        for entry in (call, todo):  # the processor marked them sending and the requests arrived …
            first.outbox.update(entry.id, state=EntryState.SENDING, attempts=1, sent_at=ticking(FIXED_NOW)())
            await net_client.send(PreparedCall(entry.method, entry.params))
        # … and the process was killed before the answers were stored
    with Store.open(path) as again:
        restarted = ChangeService(net_client, again, clock=ticking(FIXED_NOW), backoff=Backoff(0.001, 0.02))
        await restarted.processor.drain()
        assert [again.outbox.get(e.id).state for e in (call, todo)] == [EntryState.DONE] * 2
    assert portal.db.count_activities(origin_id=call.origin_id) == 1
    assert portal.db.count_activities(subject="Also sent, then the app died") == 1
