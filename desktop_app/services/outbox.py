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
- **Outcome unknown.** One test decides it: :func:`~desktop_app.bitrix.errors.outcome_unknown`
  (a timeout or the overall deadline after the request left, a dropped connection, and every
  ``BadResponse`` — a reply we cannot read: not JSON, wrong types or nulls, no id, too large). Such
  a send → ``unknown`` with ``verify_first``; before anything is resent the portal is asked
  (:mod:`.outbox_reconcile`) — never ``failed`` without that check, for every kind of change
  (bulk entries too, :mod:`.outbox_batch`). ``verify_first`` stays set until the portal confirmed
  the change, so a user's "Retry" of an entry that may have been applied also looks first.
- **A portal move not yet confirmed** (:class:`~desktop_app.bitrix.errors.PortalMoveUnconfirmed`:
  the portal redirected to a host that is not trusted automatically, and nothing went there): the
  entry goes back to where it was (no attempt counted, not failed) and the whole outbox waits —
  :attr:`OutboxProcessor.portal_move` holds the move and :meth:`OutboxProcessor.subscribe_portal_move`
  listeners are told (the window asks the user, ``ui/portal_move.py``). After
  ``client.confirm_portal_move(…)`` the caller calls :meth:`OutboxProcessor.resume_after_move` and
  sending resumes at once; until then nothing is sent.
- **Conflicts.** Before an update or delete of an existing activity is sent, ``crm.activity.get``
  tells whether someone else changed it since the user loaded it (``LAST_UPDATED`` other than the
  entry's base and than what our own confirmed writes left): then ``conflict`` with the portal's
  fields in ``theirs``. After every confirmed write ``LAST_UPDATED`` is read back and kept on the
  entry (``result_last_updated``) so the next queued change of that activity has the right base.
- **Restart.** Entries found in ``sending`` (the app was killed mid-send) are treated as ``unknown``.
- **Files** (``FILES`` in ``crm.activity.add`` / ``.update``; the bytes stored beside the entry,
  :mod:`desktop_app.store.outbox_uploads`, so they survive a restart, and put back as base64 only
  when sent): an update's activity files are listed right before it is sent, and an unknown
  outcome is decided by listing them again — never by uploading twice (:mod:`.outbox_files`). An
  entry whose bytes are gone (a damaged database) fails with ``FILES_LOST`` without being sent.
- **Bulk changes** (entries with a ``bulk_id``, issue 4 item 5): the ready ones of a bulk — each
  the oldest open change of its activity — go together to :class:`~.outbox_batch.BatchSender`
  (``batch`` calls of ≤ 50, no per-entry conflict read, one read-back; see there), one bulk at a
  time per ``bulk_id``; ``bulk_stored(bulk_id)`` is called after each batch's outcomes are stored.

No Qt: the UI runs :meth:`OutboxProcessor.run` as a task on the qasync loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from desktop_app.bitrix.client import BitrixClient
from desktop_app.bitrix.errors import (
    BitrixError,
    PortalMoveUnconfirmed,
    ServerError,
    TransportError,
    outcome_unknown,
)
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.store.outbox import OutboxStore, Outline
from desktop_app.store.outbox_uploads import UploadsLost

from .change_effects import with_activity_id
from .change_kinds import kind_of
from .outbox_batch import BatchSender
from .outbox_files import FileTracker
from .outbox_policy import FILES_LOST_CODE, PORTAL_MOVE_CODE, Backoff, error_code, error_text, retryable
from .outbox_reconcile import Reconciler

log = logging.getLogger(__name__)

Key = tuple[str, int | str]
Notify = Callable[[OutboxEntry], None]


def utc_now() -> datetime:
    return datetime.now(UTC)


def entry_key(entry: OutboxEntry | Outline) -> Key:
    """What orders an entry: its activity, or the create it belongs to while that has no id."""
    if entry.is_create:
        return ("entry", entry.id)
    if entry.activity_id is None and entry.after_entry_id is not None:
        return ("entry", entry.after_entry_id)
    return ("activity", int(entry.activity_id or 0))


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
        file_names: where the names of uploaded files are kept (``Store.files``,
            :class:`~desktop_app.store.file_names.FileNameStore`), or ``None``.

    Attributes:
        portal_move: the :class:`~desktop_app.bitrix.errors.PortalMoveUnconfirmed` the outbox waits
            on (nothing is sent while it is set), or ``None``.
        stats: counts for reports: ``sent``, ``confirmed``, ``retries``, ``unknown``,
            ``reconciled_applied`` (unknown outcome found applied), ``reconciled_resent``,
            ``conflicts``, ``failed``.
    """

    def __init__(self, client: BitrixClient, outbox: OutboxStore, *, notify: Notify | None = None,
                 clock: Callable[[], datetime] = utc_now, backoff: Backoff | None = None, max_parallel: int = 2,
                 clock_skew: float = 300.0, bulk_stored: Callable[[str], None] | None = None,
                 file_names: Any = None) -> None:
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
        #: Changes carrying files (:mod:`.outbox_files`): snapshots, verification by listing, names.
        self._files = FileTracker(client, file_names)
        self._reconciler = Reconciler(client, outbox, clock=clock, clock_skew=timedelta(seconds=clock_skew),
                                      files=self._files)
        self._bulk_stored = bulk_stored or (lambda _bulk_id: None)
        self.portal_move: PortalMoveUnconfirmed | None = None
        self._move_listeners: list[Callable[[PortalMoveUnconfirmed], None]] = []
        #: Sends bulk entries in batches (:mod:`.outbox_batch`); its ``stats`` count batches and read-backs.
        self.batches = BatchSender(client, outbox, store_outcomes=self._set_many,
                                   batch_stored=lambda bulk_id: self._bulk_stored(bulk_id),
                                   in_flight=self._in_flight, clock=clock, backoff=self._backoff,
                                   portal_moved=self._hold_for_move)

    # -- public ------------------------------------------------------------------------------

    def wake(self) -> None:
        """Look at the outbox again now (a new entry, a retry, a resolved conflict)."""
        self._wake.set()

    def subscribe_portal_move(self, callback: Callable[[PortalMoveUnconfirmed], None]) -> Callable[[], None]:
        """Call ``callback(move)`` when sending stops because the portal redirected to a host the user
        has not confirmed (once per new host; again after :meth:`resume_after_move`). Returns a
        function that unsubscribes."""
        self._move_listeners.append(callback)
        return lambda: self._move_listeners.remove(callback) if callback in self._move_listeners else None

    def resume_after_move(self) -> None:
        """The user decided about :attr:`portal_move` (after ``client.confirm_portal_move``, or to try
        the old address once more): send again now. Entries that waited for the move are due at once."""
        self.portal_move = None
        self.wake()

    def is_in_flight(self, entry_id: int) -> bool:
        """The entry is being worked on right now (it must not be discarded under our feet)."""
        return entry_id in self._in_flight

    async def run(self) -> None:
        """Process forever: wakes on :meth:`wake` and when a delayed entry becomes due."""
        await self._loop(stop_when_idle=False)

    async def drain(self) -> None:
        """Process until nothing is in flight and no entry waits to be sent (pending or unknown,
        including those waiting out a backoff delay). Entries in ``failed`` / ``conflict``, and the
        changes queued behind them, are left for the user; so is the whole outbox while it waits for
        a portal move to be confirmed (:attr:`portal_move`)."""
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

    def _heads(self) -> list[Outline]:
        """The first open entry of each :func:`entry_key`, as outlines: this runs each time a send ends
        (a 1,000-change burst reads the outbox about 1,000 times), so only the columns that schedule
        are read; :meth:`_full` reads the entries it starts."""
        heads: dict[Key, Outline] = {}
        for entry in self._outbox.open_outlines():
            heads.setdefault(entry_key(entry), entry)
        return list(heads.values())

    def _full(self, outline: Outline) -> OutboxEntry:
        """The entry ``outline`` was read from (no await since: it is still there, unchanged)."""
        entry = self._outbox.get(outline.id)
        assert entry is not None
        return entry

    async def _loop(self, *, stop_when_idle: bool) -> None:
        """Schedule sends until idle (``stop_when_idle``) or cancelled. Cancelling it cancels the sends
        it started and waits for them, so none outlives the processor (and the store it writes to);
        an entry cut off mid-send stays ``sending`` and is verified on the portal next time
        (:meth:`recover`)."""
        try:
            await self._schedule(stop_when_idle=stop_when_idle)
        except asyncio.CancelledError:
            in_flight = list(self._tasks.values())
            for task in in_flight:
                task.cancel()
            await asyncio.gather(*in_flight, return_exceptions=True)
            raise

    async def _schedule(self, *, stop_when_idle: bool) -> None:
        if not self._recovered:
            self.recover()
        while True:
            self._wake.clear()
            now = self._clock()
            waits: list[float] = []
            bulks: dict[str, list[Outline]] = {}
            if self.portal_move is not None and self._client.host.lower() == self.portal_move.new_host.lower():
                self.portal_move = None  # confirmed (client.confirm_portal_move): the client talks to the new host
            for entry in self._heads() if self.portal_move is None else ():
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
                self._tasks[key] = asyncio.create_task(self._run_one(key, self._full(entry)))
            for bulk_id, ready in bulks.items():
                if len(self._tasks) >= self._max_parallel:
                    waits.append(0.0)
                    break
                key = ("bulk", bulk_id)
                self._tasks[key] = asyncio.create_task(self._run_bulk(key, bulk_id, [self._full(e) for e in ready]))
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
        before = entry
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
            # verify_first is stored with "sending": if the app dies or a bug strikes before the answer
            # is stored, the next try looks on the portal first.
            # An update carrying files stores the activity's file ids as they are now, with the mark
            # (outbox_files): an unknown outcome is then checked by listing, never by uploading again.
            files_before = await self._files.before_send(entry)
            extra = {"before": files_before} if files_before is not None else {}
            entry = self._set(entry, state=EntryState.SENDING, attempts=entry.attempts + 1, verify_first=True,
                              sent_at=entry.sent_at or self._clock(), next_attempt_at=None, **extra)
            try:
                params = self._outbox.sendable_params(entry)  # queued file bytes back as base64
            except UploadsLost as exc:  # nothing sent: the files must be attached again
                self.stats["failed"] += 1
                self._set(entry, state=EntryState.FAILED, verify_first=before.verify_first, next_attempt_at=None,
                          error_code=FILES_LOST_CODE, error_text=f"The attached files could not be read back from the "
                          f"local database ({', '.join(exc.names)}); discard this change and attach them again.")
                return
            sending = True
            self.stats["sent"] += 1
            reply = await self._client.send(PreparedCall(entry.method, params))
            new_id = self._client.new_id(entry.method, reply) if entry.is_create else entry.activity_id
            sending = False
            self.stats["confirmed"] += 1
            await self._finish(entry, new_id, None)
        except PortalMoveUnconfirmed as exc:  # nothing was executed or sent to the new host
            self._wait_for_move(before, exc)
        except (BitrixError, TransportError) as exc:
            self._attempt_failed(entry.id, exc, sending, was_verify_first=before.verify_first)

    def _wait_for_move(self, before: OutboxEntry, exc: PortalMoveUnconfirmed) -> None:
        """Put the entry back as it was before this try (no attempt counted, not failed) with the
        reason, and hold the outbox until the move is confirmed."""
        if self._outbox.get(before.id) is not None:
            state = before.state if before.state in (EntryState.PENDING, EntryState.UNKNOWN) else EntryState.PENDING
            self._set(before, state=state, attempts=before.attempts, sent_at=before.sent_at,
                      verify_first=before.verify_first, next_attempt_at=None,
                      error_code=PORTAL_MOVE_CODE, error_text=error_text(exc))
        self._hold_for_move(exc)

    def _hold_for_move(self, exc: PortalMoveUnconfirmed) -> None:
        """Stop sending until the move is confirmed; tell the listeners about a move not seen yet."""
        known = self.portal_move
        self.portal_move = exc
        self.stats["portal_move_waits"] += 1
        if known is not None and known.new_base_url == exc.new_base_url:
            return
        log.warning("outbox waits: %s redirected to %s, which the user has not confirmed", exc.old_host, exc.new_host)
        for callback in list(self._move_listeners):
            try:
                callback(exc)
            except Exception:  # a broken view must not break the outbox
                log.exception("portal move listener failed")

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
            for waiting in self._outbox.waiting_for(entry.id):
                self._set(waiting, activity_id=activity_id,
                          params=with_activity_id(waiting.method, waiting.params, activity_id))
        if last_updated is None and activity_id and not kind_of(entry.method).deletes:
            last_updated = await self._reconciler.read_last_updated(activity_id, self._backoff)
        await self._files.confirmed(entry, activity_id)  # names first: the card refreshes on "done"
        self._set(entry, state=EntryState.DONE, activity_id=activity_id, result_last_updated=last_updated,
                  error_code=None, error_text=None, next_attempt_at=None, verify_first=False, theirs=None)

    def _attempt_failed(self, entry_id: int, exc: BaseException, sending: bool, *, was_verify_first: bool) -> None:
        """Store why a try failed. ``sending``: the error came from sending the change itself (not
        from a read before it); ``was_verify_first``: the entry's mark before this try."""
        entry = self._outbox.get(entry_id)
        if entry is None:  # discarded meanwhile
            return
        self._failures[entry_id] += 1
        delay = self._backoff.delay(self._failures[entry_id])
        due = self._clock() + timedelta(seconds=delay)
        code, text = error_code(exc), error_text(exc)
        if sending and outcome_unknown(exc):  # the one gate: look on the portal before anything is resent
            self.stats["unknown"] += 1
            self._set(entry, state=EntryState.UNKNOWN, verify_first=True, next_attempt_at=due,
                      error_code=code, error_text=text)
        elif retryable(exc) or (not sending and isinstance(exc, TransportError)):
            self.stats["retries"] += 1
            state = entry.state if entry.state in (EntryState.PENDING, EntryState.UNKNOWN) else EntryState.PENDING
            # a 5xx after sending may have been applied; a read before sending changed nothing
            maybe_applied = sending and isinstance(exc, ServerError)
            self._set(entry, state=state, verify_first=was_verify_first or maybe_applied, next_attempt_at=due,
                      error_code=code, error_text=text)
        else:
            self.stats["failed"] += 1
            self._failures.pop(entry_id, None)
            # The portal answered (a refusal): this try was not applied; an earlier one may have been.
            self._set(entry, state=EntryState.FAILED, verify_first=was_verify_first, next_attempt_at=None,
                      error_code=code, error_text=text)
