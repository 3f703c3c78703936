"""The outbox when the portal lies (issue 10 item 6): a reply of the right envelope with wrong types,
nulls, huge numbers, truncated JSON or an HTML page, to a request the portal DID apply.

The requests go to the real sandbox portal (in-process) and are applied there; :class:`LyingTransport`
then swaps the reply for a lie from a seeded generator. Every such failure's outcome is unknown
(``outcome_unknown``), so the outbox must look on the portal before anything is re-sent — the
user's "Retry" included. What a user would notice is checked on the portal itself (``portal.db``):
exactly one activity per create, every edit there, nothing left in the outbox, no red card.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import AsyncIterator

import httpx
import pytest
from changes_helpers import DEAL, at, call_fields, change_service
from lies import LIES, LiePlan, rest_method, write_until_told
from lies import envelope as _envelope

from desktop_app.bitrix import BitrixClient, RetryPolicy, Webhook
from desktop_app.services.bulk import BulkAction, BulkService
from desktop_app.services.changes import ChangeService
from desktop_app.store import EntryState, OutboxEntry, Store

WEBHOOK = Webhook("http://sandbox.local", 1, "demo")
SEED = 20261203
FAULTS = 200
CREATES = ("crm.activity.add", "crm.activity.todo.add")
UPDATES = ("crm.activity.update", "crm.activity.todo.updateDescription", "crm.activity.todo.updateDeadline")
READS = ("crm.activity.get", "crm.activity.list")


class LyingTransport(LiePlan, httpx.AsyncBaseTransport):
    """Forwards every request to ``inner`` (the sandbox: it IS applied), then answers as the
    :class:`~lies.LiePlan` says: a forced reply first, else, for a request to one of ``methods``,
    with probability ``rate`` and while ``budget`` lasts, a lie; while the budget lasts, replies to
    ``reads`` (the outbox's look-ups) lie too, with probability ``read_rate``, not counted in the budget.

    Attributes:
        told: how many lies per REST method; ``kinds``: how many of each kind of lie; ``forced``:
            replies told first (see :class:`~lies.LiePlan`).
    """

    def __init__(self, inner: httpx.AsyncBaseTransport, *, seed: int, budget: int, rate: float,
                 methods: tuple[str, ...], reads: tuple[str, ...] = (), read_rate: float = 0.0) -> None:
        super().__init__(seed=seed, budget=budget, rate=rate, methods=methods, reads=reads, read_rate=read_rate)
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        method = rest_method(request.url.path)
        forced = self.take_forced(method)
        if forced is not None:
            status, body, forwarded = forced
            if forwarded:
                await (await self._inner.handle_async_request(request)).aread()
            return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})
        reply = await self._inner.handle_async_request(request)
        body = await reply.aread()
        content_type = reply.headers.get("content-type", "application/json")
        lie = self.lie(method, body)
        if lie is not None:
            status, body, content_type = lie
            return httpx.Response(status, content=body, headers={"Content-Type": content_type})
        return httpx.Response(reply.status_code, content=body, headers={"Content-Type": content_type})

    async def aclose(self) -> None:
        await self._inner.aclose()


@pytest.fixture
async def honest(portal) -> AsyncIterator[BitrixClient]:
    """A client that hears the truth: to set things up and to look at the result."""
    c = BitrixClient.for_webhook(WEBHOOK, transport=portal.transport(), rate_plan=None)
    yield c
    await c.aclose()


def _liar(portal, **kwargs) -> tuple[LyingTransport, BitrixClient]:
    liar = LyingTransport(portal.transport(), **kwargs)
    return liar, BitrixClient.for_webhook(WEBHOOK, transport=liar, rate_plan=None, retry=RetryPolicy.NONE)


def _service(client: BitrixClient, store: Store) -> ChangeService:
    return change_service(client, store, backoff_cap=0.01)


async def _user_settles(service: ChangeService) -> Counter[str]:
    """What a user does with the cards left: "Retry" a failed one, "Keep mine" on a conflict."""
    done: Counter[str] = Counter()
    for entry in service.open_entries():
        if entry.state is EntryState.FAILED:
            service.retry(entry.id)
            done["retried"] += 1
        elif entry.state is EntryState.CONFLICT:
            service.resolve_conflict(entry.id, keep_mine=True)
            done["kept_mine"] += 1
    await service.processor.drain()
    return done


async def test_200_lying_replies_then_retry_leave_exactly_one_activity_per_create(portal, honest, store) -> None:
    liar, client = _liar(portal, seed=SEED, budget=FAULTS, rate=0.6, methods=CREATES + UPDATES, reads=READS,
                         read_rate=0.15)
    service = _service(client, store)
    seen: list[OutboxEntry] = []
    service.subscribe(seen.append)
    try:
        creates, existing, rounds = await write_until_told(service, honest, liar, SEED, "LIE")
        settled = await _user_settles(service)  # then the user's "Retry"
    finally:
        await client.aclose()

    assert liar.budget == 0, f"only {FAULTS - liar.budget} lies were told"
    assert sum(liar.told[m] for m in CREATES + UPDATES) == FAULTS
    assert all(liar.told[m] > 0 for m in CREATES + UPDATES + READS)  # lies to every create kind, edit and look-up
    assert len(liar.kinds) == len(LIES)
    # exactly one activity per create, with the user's last edit
    for planned in creates:
        done = store.outbox.get(planned.entry.id)
        assert done.state is EntryState.DONE, (planned.subject, done.state, done.error_code)
        if planned.entry.method == "crm.activity.add":
            assert portal.db.count_activities(origin_id=planned.entry.origin_id) == 1, planned.subject
        else:
            assert portal.db.count_activities(subject=planned.subject) == 1, planned.subject
        activity = await honest.get_activity(done.activity_id)
        assert (activity.subject if planned.entry.method == "crm.activity.add" else activity.description) == (
            planned.subject if planned.entry.method == "crm.activity.add" else planned.description)
        if planned.entry.method == "crm.activity.todo.add":
            assert activity.deadline is not None and activity.deadline.day == 20
    for loaded, description in existing:
        assert (await honest.get_activity(loaded.id)).description == description
        assert portal.db.count_activities(subject=loaded.subject) == 1
    # no change lost, none left waiting, and a lie never turned a change into a red card
    assert service.open_entries() == []
    assert [e for e in seen if e.state is EntryState.FAILED] == []
    assert service.processor.stats["unknown"] > 0 and service.processor.stats["reconciled_applied"] > 0
    assert settled["retried"] == 0
    print(f"lies: {dict(liar.told)}; kinds: {dict(liar.kinds)}; rounds {rounds}; creates {len(creates)}; "
          f"outbox: {dict(service.processor.stats)}; user: {dict(settled)}")


async def test_retry_of_a_failed_create_that_may_have_been_applied_looks_first(portal, honest, store) -> None:
    """The send's reply was a lie (the todo WAS created), then the portal refused the look-up: the
    entry is failed and marked ``verify_first``. The user's Retry finds the todo — no second one."""
    liar, client = _liar(portal, seed=SEED, budget=0, rate=0.0, methods=())
    liar.forced = [("crm.activity.todo.add", 200, _envelope({"id": "seven"}), True),
                   ("crm.activity.list", 403, json.dumps({"error": "ACCESS_DENIED",
                                                          "error_description": "Access denied."}).encode(), False)]
    service = _service(client, store)
    try:
        entry = service.add_todo(DEAL, at(3), title="Applied, then the look-up was refused")
        await service.processor.drain()
        failed = service.entry(entry.id)
        assert (failed.state, failed.verify_first, failed.attempts) == (EntryState.FAILED, True, 1)
        assert portal.db.count_activities(subject="Applied, then the look-up was refused") == 1

        service.retry(entry.id)
        await service.processor.drain()
    finally:
        await client.aclose()
    done = service.entry(entry.id)
    assert (done.state, done.attempts, done.verify_first) == (EntryState.DONE, 1, False)
    assert portal.db.count_activities(subject="Applied, then the look-up was refused") == 1
    assert (await honest.get_activity(done.activity_id)).subject == "Applied, then the look-up was refused"


async def test_retry_of_a_plain_refusal_sends_again_without_looking(portal, honest, store) -> None:
    """A refusal (the portal answered, nothing applied) leaves no doubt: Retry just sends."""
    liar, client = _liar(portal, seed=SEED, budget=0, rate=0.0, methods=())
    liar.forced = [("crm.activity.add", 400, json.dumps({"error": "", "error_description": "Access denied."}).encode(),
                    False)]
    service = _service(client, store)
    try:
        entry = service.add_activity(call_fields("Refused once"))
        await service.processor.drain()
        assert (service.entry(entry.id).state, service.entry(entry.id).verify_first) == (EntryState.FAILED, False)
        assert portal.db.count_activities(origin_id=entry.origin_id) == 0
        service.retry(entry.id)
        await service.processor.drain()
    finally:
        await client.aclose()
    assert service.entry(entry.id).state is EntryState.DONE and service.entry(entry.id).attempts == 2
    assert service.processor.stats["reconciled_resent"] == 0
    assert portal.db.count_activities(origin_id=entry.origin_id) == 1


async def test_a_bulk_batch_answered_with_a_lie_is_verified_not_sent_again(portal, honest, store) -> None:
    todos = [await honest.get_activity(await honest.add_todo(2, 1, at(5), title=f"Bulk lie {i}")) for i in range(60)]
    liar, client = _liar(portal, seed=SEED, budget=0, rate=0.0, methods=())
    liar.forced = [("batch", 200, _envelope({"result": [], "result_error": "x", "result_total": 5}), True)]
    service = _service(client, store)
    try:
        bulk = BulkService(service)
        final = await bulk.wait(bulk.start(BulkAction.COMPLETE, todos).bulk_id)
    finally:
        await client.aclose()
    entries = store.outbox.bulk_entries(final.bulk_id)
    assert (final.done, final.failed) == (60, 0)
    assert {e.attempts for e in entries} == {1}  # verified on the portal, not sent twice
    assert service.processor.batches.stats["verified_applied"] == 50  # the first batch of 50 was the lie
    assert [(await honest.get_activity(t.id)).completed for t in todos] == [True] * 60


async def test_a_reply_too_large_to_a_create_is_looked_up_not_sent_twice(portal, honest, store) -> None:
    """A 33 MiB answer to ``crm.activity.add`` (over the client's 32 MiB cap): refused unread, the
    call's outcome unknown — the activity is found by its ORIGIN_ID, not created again."""
    liar, client = _liar(portal, seed=SEED, budget=0, rate=0.0, methods=())
    liar.forced = [("crm.activity.add", 200, b'{"result": 1, "pad": "' + b"x" * (33 * 2**20) + b'"}', True)]
    service = _service(client, store)
    codes: list[str | None] = []
    service.subscribe(lambda e: codes.append(e.error_code))
    try:
        entry = service.add_activity(call_fields("Answered with 33 MiB"))
        await service.processor.drain()
    finally:
        await client.aclose()
    done = service.entry(entry.id)
    assert (done.state, done.attempts) == (EntryState.DONE, 1)
    assert "REPLY_TOO_LARGE" in codes
    assert service.processor.stats["unknown"] == 1 and service.processor.stats["reconciled_applied"] == 1
    assert portal.db.count_activities(origin_id=entry.origin_id) == 1
    assert (await honest.get_activity(done.activity_id)).subject == "Answered with 33 MiB"
