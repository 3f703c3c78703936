"""The outbox processor: sends stored changes to the portal, in order, and never loses or doubles one.

:class:`OutboxProcessor` takes entries from :class:`~desktop_app.store.outbox.OutboxStore` (issue 3,
items 3, 4 and 6; the states are described in :mod:`desktop_app.store.entries`):

- **Order.** Changes of one activity go one at a time, oldest first; a change of an activity that
  is itself a create still in the outbox waits for it (``after_entry_id``) and gets its id. If the
  oldest open change of an activity is ``failed`` or ``conflict``, the later ones wait for the user.
  Different activities go in parallel (``max_parallel``, default 2).
- **Retries.** Portal unreachable, 5xx, 503 ``QUERY_LIMIT_EXCEEDED``, 429, timeouts before the
  request left and ``expired_token`` → ``pending`` again after a delay from tenacity's
  ``wait_exponential_jitter`` (:class:`Backoff`; ~1 s doubling to 5 min in production); the delay
  and the reason are on the entry (``next_attempt_at``, ``error_code``, ``error_text``).
- **Refusals.** A 4xx with a code (validation, ``NOT_FOUND``, access…) → ``failed`` with the
  portal's code and text; kept until the user retries or discards it.
- **Outcome unknown** (read timeout or dropped connection after sending, a reply without an id) →
  ``unknown``; before anything is resent the portal is asked (:mod:`.outbox_reconcile`).
- **Conflicts.** Before an update or delete of an existing activity is sent, ``crm.activity.get``
  tells whether someone else changed it since the user loaded it (``LAST_UPDATED`` other than the
  entry's base and than what our own confirmed writes left): then ``conflict`` with the portal's
  fields in ``theirs``. After every confirmed write ``LAST_UPDATED`` is read back and kept on the
  entry (``result_last_updated``) so the next queued change of that activity has the right base.
- **Restart.** Entries found in ``sending`` (the app was killed mid-send) are treated as ``unknown``.
- **Bulk changes** (entries with a ``bulk_id``, issue 4 item 5): the ready ones of a bulk — each
  the oldest open change of its activity — go together to :class:`~.outbox_batch.BatchSender`
  (``batch`` calls of ≤ 50, no per-entry conflict read, one read-back; see there), one bulk at a
  time per ``bulk_id``; ``bulk_stored(bulk_id)`` is called after each batch's outcomes are stored.

No Qt: the UI runs :meth:`OutboxProcessor.run` as a task on the qasync loop.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from tenacity import RetryCallState, wait_exponential_jitter

from desktop_app.bitrix.client import BitrixClient
from desktop_app.bitrix.errors import (
    BadResponse,
    BitrixError,
    OperationTimeLimit,
    PortalUnreachable,
    RateLimited,
    ServerError,
    TokenExpired,
    TransportError,
    outcome_unknown,
)
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.store.outbox import OutboxStore

from .change_effects import with_activity_id
from .outbox_batch import BatchSender
from .outbox_reconcile import Reconciler

log = logging.getLogger(__name__)

Key = tuple[str, int | str]
Notify = Callable[[OutboxEntry], None]


def utc_now() -> datetime:
    return datetime.now(UTC)


class Backoff:
    """Delays between attempts: tenacity's ``wait_exponential_jitter`` (seconds).

    Args:
        initial: the first delay (1 s in production; milliseconds in tests).
        maximum: the cap (300 s = 5 min).
        jitter: up to this many seconds of random extra (default: ``initial``).
    """

    def __init__(self, initial: float = 1.0, maximum: float = 300.0, jitter: float | None = None) -> None:
        self.initial = initial
        self.maximum = maximum
        spread = initial if jitter is None else jitter
        # tenacity ≥ 9 calls the first delay ``multiplier`` (``initial`` is deprecated there).
        first = "multiplier" if "multiplier" in inspect.signature(wait_exponential_jitter).parameters else "initial"
        self._wait = wait_exponential_jitter(max=maximum, jitter=spread, **{first: initial})

    def delay(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failure in a row (1, 2, …)."""
        state = RetryCallState(None, None, (), {})
        state.attempt_number = max(1, failures)
        return float(self._wait(state))


def entry_key(entry: OutboxEntry) -> Key:
    """What orders an entry: its activity, or the create it belongs to while that has no id."""
    if entry.is_create:
        return ("entry", entry.id)
    if entry.activity_id is None and entry.after_entry_id is not None:
        return ("entry", entry.after_entry_id)
    return ("activity", int(entry.activity_id or 0))


def _error_code(exc: BaseException) -> str:
    if isinstance(exc, BitrixError):
        return exc.code
    return {"RequestTimeout": "REQUEST_TIMEOUT", "ConnectionDropped": "CONNECTION_DROPPED",
            "BadResponse": "BAD_RESPONSE", "PortalMoved": "PORTAL_MOVED"}.get(type(exc).__name__, "PORTAL_UNREACHABLE")


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, BitrixError):
        return exc.description or str(exc)
    return str(exc)


def _retryable(exc: BaseException) -> bool:
    """Nothing was applied (or it is checked before resending) and trying later may work."""
    if isinstance(exc, (RateLimited, OperationTimeLimit, ServerError, TokenExpired)):
        return True
    if isinstance(exc, BadResponse):
        return exc.status >= 500 or exc.status == 0
    return isinstance(exc, PortalUnreachable)


class OutboxProcessor:
    """Sends the outbox (see the module docstring).

    Args:
        client: the portal.
        outbox: the entries.
        notify: called with every entry it changes (the ChangeService fans it out).
        clock: returns aware "now" (UTC); used for ``next_attempt_at`` / ``sent_at``. Must tick.
        backoff: :class:`Backoff` (default 1 s → 5 min).
        max_parallel: activities sent to at the same time.
        clock_skew: how far the portal's clock may be behind ours when looking for a todo created
            by an outcome-unknown ``crm.activity.todo.add`` (seconds).
        bulk_stored: called with a ``bulk_id`` after each batch of that bulk was stored (progress).

    Attributes:
        stats: counts for reports: ``sent``, ``confirmed``, ``retries``, ``unknown``,
            ``reconciled_applied`` (unknown outcome found applied), ``reconciled_resent``,
            ``conflicts``, ``failed``.
    """

    def __init__(self, client: BitrixClient, outbox: OutboxStore, *, notify: Notify | None = None,
                 clock: Callable[[], datetime] = utc_now, backoff: Backoff | None = None, max_parallel: int = 2,
                 clock_skew: float = 300.0, bulk_stored: Callable[[str], None] | None = None) -> None:
        self._client = client
        self._outbox = outbox
        self._notify_cb = notify
        self._clock = clock
        self._backoff = backoff or Backoff()
        self._max_parallel = max(1, max_parallel)
        self._tasks: dict[Key, asyncio.Task[None]] = {}
        self._in_flight: set[int] = set()
        self._failures: Counter[int] = Counter()
        self._wake = asyncio.Event()
        self._recovered = False
        self.stats: Counter[str] = Counter()
        self._reconciler = Reconciler(client, outbox, clock=clock, clock_skew=timedelta(seconds=clock_skew))
        self._bulk_stored = bulk_stored or (lambda _bulk_id: None)
        #: Sends bulk entries in batches (:mod:`.outbox_batch`); its ``stats`` count batches and read-backs.
        self.batches = BatchSender(client, outbox, store_outcomes=self._set_many,
                                   batch_stored=lambda bulk_id: self._bulk_stored(bulk_id),
                                   in_flight=self._in_flight, clock=clock, backoff=self._backoff)

    # -- public ------------------------------------------------------------------------------

    def wake(self) -> None:
        """Look at the outbox again now (a new entry, a retry, a resolved conflict)."""
        self._wake.set()

    def is_in_flight(self, entry_id: int) -> bool:
        """The entry is being worked on right now (it must not be discarded under our feet)."""
        return entry_id in self._in_flight

    async def run(self) -> None:
        """Process forever: wakes on :meth:`wake` and when a delayed entry becomes due."""
        await self._loop(stop_when_idle=False)

    async def drain(self) -> None:
        """Process until nothing is in flight and no entry waits to be sent (pending or unknown,
        including those waiting out a backoff delay). Entries in ``failed`` / ``conflict``, and the
        changes queued behind them, are left for the user."""
        await self._loop(stop_when_idle=True)

    def recover(self) -> None:
        """After a restart: ``sending`` → ``unknown`` (the app died mid-send); changes queued behind a
        create that was confirmed get its id."""
        for entry in self._outbox.open_entries():
            if entry.state is EntryState.SENDING and entry.id not in self._in_flight:
                self._set(entry, state=EntryState.UNKNOWN, verify_first=True, next_attempt_at=None)
        for entry in self._outbox.open_entries():
            if entry.activity_id is None and entry.after_entry_id is not None:
                create = self._outbox.get(entry.after_entry_id)
                if create is not None and create.state is EntryState.DONE and create.activity_id:
                    self._set(entry, activity_id=create.activity_id,
                              params=with_activity_id(entry.method, entry.params, create.activity_id))
        self._recovered = True

    # -- scheduling ----------------------------------------------------------------------------

    def _heads(self) -> list[OutboxEntry]:
        heads: dict[Key, OutboxEntry] = {}
        for entry in self._outbox.open_entries():
            heads.setdefault(entry_key(entry), entry)
        return list(heads.values())

    async def _loop(self, *, stop_when_idle: bool) -> None:
        if not self._recovered:
            self.recover()
        while True:
            self._wake.clear()
            now = self._clock()
            waits: list[float] = []
            bulks: dict[str, list[OutboxEntry]] = {}
            for entry in self._heads():
                key = entry_key(entry) if entry.bulk_id is None else ("bulk", entry.bulk_id)
                if key in self._tasks or entry.state not in (EntryState.PENDING, EntryState.UNKNOWN):
                    continue
                if entry.next_attempt_at is not None and entry.next_attempt_at > now:
                    waits.append((entry.next_attempt_at - now).total_seconds())
                    continue
                if entry.bulk_id is not None:
                    bulks.setdefault(entry.bulk_id, []).append(entry)
                    continue
                if len(self._tasks) >= self._max_parallel:
                    waits.append(0.0)
                    continue
                self._in_flight.add(entry.id)
                self._tasks[key] = asyncio.create_task(self._run_one(key, entry))
            for bulk_id, ready in bulks.items():
                if len(self._tasks) >= self._max_parallel:
                    waits.append(0.0)
                    break
                key = ("bulk", bulk_id)
                self._tasks[key] = asyncio.create_task(self._run_bulk(key, bulk_id, ready))
            if stop_when_idle and not self._tasks and not waits:
                return
            timeout = max(0.0, min(waits)) if waits and not (len(self._tasks) >= self._max_parallel) else None
            waker = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait([waker, *self._tasks.values()], timeout=timeout,
                                   return_when=asyncio.FIRST_COMPLETED)
            finally:
                waker.cancel()

    async def _run_one(self, key: Key, entry: OutboxEntry) -> None:
        try:
            await self._process(entry)
        except Exception:  # a bug must not stop the outbox; the entry keeps its reason
            log.exception("outbox entry %s", entry.id)
            current = self._outbox.get(entry.id)
            if current is not None and current.state.is_open:
                self._set(current, state=EntryState.FAILED, error_code="", error_text="Internal error while sending.")
        finally:
            self._tasks.pop(key, None)
            self._in_flight.discard(entry.id)
            self._wake.set()

    async def _run_bulk(self, key: Key, bulk_id: str, entries: list[OutboxEntry]) -> None:
        try:
            await self.batches.send(bulk_id, entries)
        except Exception:  # a bug must not stop the outbox; the entries keep their reason
            log.exception("outbox bulk %s", bulk_id)
            stuck = [(e.id, {"state": EntryState.FAILED, "error_code": "", "error_text": "Internal error while sending."})
                     for e in self._outbox.bulk_entries(bulk_id) if e.state is EntryState.SENDING]
            self._set_many(stuck)
            self._bulk_stored(bulk_id)
        finally:
            self._tasks.pop(key, None)
            self._wake.set()

    # -- one entry -------------------------------------------------------------------------------

    def _set_many(self, changes: list[tuple[int, dict[str, Any]]]) -> list[OutboxEntry]:
        """Store several entries' changes in one commit, then tell the subscriber about each."""
        updated = self._outbox.update_many(changes) if changes else []
        if self._notify_cb is not None:
            for entry in updated:
                self._notify_cb(entry)
        return updated

    def _set(self, entry: OutboxEntry, **changes: Any) -> OutboxEntry:
        updated = self._outbox.update(entry.id, **changes)
        if self._notify_cb is not None:
            self._notify_cb(updated)
        return updated

    async def _process(self, entry: OutboxEntry) -> None:
        sending = False
        try:
            if entry.state is EntryState.UNKNOWN or entry.verify_first:
                outcome = await self._reconciler.check(entry)
                if outcome.applied_id is not None:
                    self.stats["reconciled_applied"] += 1
                    await self._finish(entry, outcome.applied_id, outcome.last_updated)
                    return
                if outcome.conflict is not None:
                    self._conflict(entry, outcome.conflict)
                    return
                self.stats["reconciled_resent"] += 1
            elif self._reconciler.needs_conflict_check(entry):
                theirs = await self._reconciler.conflict(entry)
                if theirs is not None:
                    self._conflict(entry, theirs)
                    return
            entry = self._set(entry, state=EntryState.SENDING, attempts=entry.attempts + 1,
                              sent_at=entry.sent_at or self._clock(), next_attempt_at=None)
            sending = True
            self.stats["sent"] += 1
            reply = await self._client.send(PreparedCall(entry.method, entry.params))
            new_id = self._client.new_id(entry.method, reply) if entry.is_create else entry.activity_id
            sending = False
            self.stats["confirmed"] += 1
            await self._finish(entry, new_id, None)
        except (BitrixError, TransportError) as exc:
            self._attempt_failed(entry.id, exc, sending)

    def _conflict(self, entry: OutboxEntry, theirs: dict[str, Any]) -> None:
        self.stats["conflicts"] += 1
        self._set(entry, state=EntryState.CONFLICT, theirs=theirs, error_code="CONFLICT",
                  error_text="The activity was changed on the portal after you loaded it.", next_attempt_at=None)

    async def _finish(self, entry: OutboxEntry, activity_id: int | None, last_updated: datetime | None) -> None:
        """The portal holds the change: record the id (creates), give queued changes the id, read
        back LAST_UPDATED (except after a delete) and mark the entry done."""
        self._failures.pop(entry.id, None)
        if entry.is_create and activity_id is not None and entry.activity_id != activity_id:
            entry = self._outbox.update(entry.id, activity_id=activity_id)
            for waiting in self._outbox.open_entries():
                if waiting.after_entry_id == entry.id and waiting.activity_id is None:
                    self._set(waiting, activity_id=activity_id,
                              params=with_activity_id(waiting.method, waiting.params, activity_id))
        if last_updated is None and activity_id and entry.method != "crm.activity.delete":
            last_updated = await self._reconciler.read_last_updated(activity_id, self._backoff)
        self._set(entry, state=EntryState.DONE, activity_id=activity_id, result_last_updated=last_updated,
                  error_code=None, error_text=None, next_attempt_at=None, verify_first=False, theirs=None)

    def _attempt_failed(self, entry_id: int, exc: BaseException, sending: bool) -> None:
        entry = self._outbox.get(entry_id)
        if entry is None:  # discarded meanwhile
            return
        self._failures[entry_id] += 1
        delay = self._backoff.delay(self._failures[entry_id])
        due = self._clock() + timedelta(seconds=delay)
        code, text = _error_code(exc), _error_text(exc)
        if sending and (outcome_unknown(exc) or (isinstance(exc, BadResponse) and exc.status < 400)):
            self.stats["unknown"] += 1
            self._set(entry, state=EntryState.UNKNOWN, verify_first=True, next_attempt_at=due,
                      error_code=code, error_text=text)
        elif _retryable(exc) or (not sending and isinstance(exc, TransportError)):
            self.stats["retries"] += 1
            state = entry.state if entry.state in (EntryState.PENDING, EntryState.UNKNOWN) else EntryState.PENDING
            maybe_applied = sending and isinstance(exc, (ServerError, BadResponse))
            self._set(entry, state=state, verify_first=entry.verify_first or maybe_applied, next_attempt_at=due,
                      error_code=code, error_text=text)
        else:
            self.stats["failed"] += 1
            self._failures.pop(entry_id, None)
            self._set(entry, state=EntryState.FAILED, next_attempt_at=None, error_code=code, error_text=text)
