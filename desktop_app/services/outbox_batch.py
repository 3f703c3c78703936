"""Sending a bulk change's outbox entries in ``batch`` calls (issue 4 item 5). Part of the outbox
processor (:mod:`desktop_app.services.outbox`); no Qt.

:class:`BatchSender` takes the ready entries of one bulk (``bulk_id``) and

1. sends them in ``batch`` calls of ≤ 50 commands with ``halt=0`` — one HTTP request per 50
   (api-spec.md §2.4). Before each batch its entries are marked ``sending`` in one commit; entries
   discarded meanwhile (the bulk was cancelled) are left out. After each batch the outcomes are
   stored in one commit and the subscribers told (progress);
2. per command: a result → ``done``; an error → ``failed`` with the portal's code and text (that
   command alone: the others of the batch complete) — except a 503/429 or 5xx of one command,
   which goes back to ``pending`` after a backoff delay, and a ``crm.activity.delete`` answered
   "not found" on a *resend*, which counts as done (our earlier send deleted it);
3. once every batch is sent, ONE read-back request: a batch of ``crm.activity.list`` commands
   (``filter[@ID]`` = 50 ids each, ``select`` ID, LAST_UPDATED, COMPLETED, DEADLINE, RESPONSIBLE_ID,
   EDITOR_ID, ``start=-1``: no count) stores each confirmed write's ``LAST_UPDATED`` on its entry
   (``result_last_updated``; only when ``EDITOR_ID`` is the webhook's user, as for single changes),
   so later changes of those activities are not taken for conflicts.

**A batch whose outcome is unknown** (the one test is
:func:`~desktop_app.bitrix.errors.outcome_unknown`: a timeout, the overall deadline or a dropped
connection after the request left, any reply we cannot read — ``BadResponse``; also a 5xx for the
whole ``batch``): its entries go to ``unknown`` with ``verify_first`` after a backoff delay. Before
entries marked so are sent again they are **verified** in one request — a ``batch`` of
``crm.activity.list`` (``filter[@ID]``, 50 ids a command, the fields the changes set): a change the
portal already holds is ``done`` (a delete whose activity is gone, too); only the others are sent.
``verify_first`` is stored together with ``sending``, so a crash mid-batch is verified the same way.
Rate limits (503 ``QUERY_LIMIT_EXCEEDED``, 429 ``OPERATION_TIME_LIMIT``) and unreachable portals:
``pending`` after the backoff delay, as for single changes. A refusal of the whole ``batch``
request (4xx, e.g. the webhook lost its rights) fails every entry of that batch with the reason.
A redirect to a host the user has not confirmed
(:class:`~desktop_app.bitrix.errors.PortalMoveUnconfirmed`) puts the batch's entries back as they
were (no attempt counted) and holds the outbox (``portal_moved``).

Total for 1,000 completes: 20 batches + 1 read-back = 21 HTTP requests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from desktop_app.bitrix.batch import MAX_BATCH_COMMANDS, BatchReply, CommandResult
from desktop_app.bitrix.client import BitrixClient
from desktop_app.bitrix.errors import (
    BadResponse,
    BitrixError,
    NotFound,
    OperationTimeLimit,
    PortalMoveUnconfirmed,
    RateLimited,
    ServerError,
    TransportError,
    outcome_unknown,
)
from desktop_app.bitrix.models import Activity
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.store.outbox import OutboxStore

from . import reply_rows
from .change_effects import change_applied
from .change_kinds import kind_of
from .outbox_policy import Backoff, error_code
from .reply_rows import ReadBackRows

log = logging.getLogger(__name__)

#: What the read-back asks for (one ``crm.activity.list`` command per 50 ids).
READ_BACK_SELECT = ["ID", "LAST_UPDATED", "COMPLETED", "DEADLINE", "RESPONSIBLE_ID", "EDITOR_ID"]

#: What verifying an outcome-unknown bulk entry asks for: every field a change can set and the
#: portal echoes (:func:`~desktop_app.services.change_effects.change_targets`).
VERIFY_SELECT = [*READ_BACK_SELECT, "START_TIME", "END_TIME", "SUBJECT", "DESCRIPTION", "LOCATION", "PRIORITY",
                 "DIRECTION", "DESCRIPTION_TYPE", "STATUS", "TYPE_ID", "SETTINGS"]

Changes = list[tuple[int, dict[str, Any]]]


def _chunks(items: list[OutboxEntry], size: int = MAX_BATCH_COMMANDS) -> Iterable[list[OutboxEntry]]:
    for begin in range(0, len(items), size):
        yield items[begin:begin + size]


def _command_name(entry: OutboxEntry) -> str:
    return f"e{entry.id}"


class BatchSender:
    """Sends one bulk's entries (module docstring).

    Args:
        client, outbox: the portal and the entries.
        store_outcomes: stores ``[(entry_id, changes)]`` in one commit and tells the entry
            subscribers; returns the updated entries (the processor's ``_set_many``).
        batch_stored: called with the ``bulk_id`` after each batch's outcomes are stored (progress).
        in_flight: the processor's set of entry ids being sent (this adds and removes a batch's).
        clock, backoff: as the processor's.
        portal_moved: called with a :class:`~desktop_app.bitrix.errors.PortalMoveUnconfirmed` (the
            processor then holds the outbox).
    """

    def __init__(self, client: BitrixClient, outbox: OutboxStore, *,
                 store_outcomes: Callable[[Changes], list[OutboxEntry]], batch_stored: Callable[[str], None],
                 in_flight: set[int], clock: Callable[[], datetime], backoff: Backoff,
                 portal_moved: Callable[[PortalMoveUnconfirmed], None] | None = None) -> None:
        self._client = client
        self._outbox = outbox
        self._store = store_outcomes
        self._batch_stored = batch_stored
        self._in_flight = in_flight
        self._clock = clock
        self._backoff = backoff
        self._portal_moved = portal_moved or (lambda _move: None)
        self.stats: dict[str, int] = {"batches": 0, "read_backs": 0, "verified": 0, "verified_applied": 0}

    async def send(self, bulk_id: str, entries: list[OutboxEntry]) -> None:
        """Send ``entries`` (ready entries of bulk ``bulk_id``, id order) batch by batch — those that
        may already be applied verified first — then read back what was confirmed. Stops early when
        a whole batch must wait (rate limit, portal unreachable, unknown outcome, unconfirmed portal
        move): those entries carry their ``next_attempt_at`` and the processor comes back to them."""
        confirmed: list[int] = []
        for chunk in _chunks(entries):
            fresh = [e for e in (self._outbox.get(c.id) for c in chunk)
                     if e is not None and e.state in (EntryState.PENDING, EntryState.UNKNOWN)]
            doubtful = [e for e in fresh if e.state is EntryState.UNKNOWN or e.verify_first]
            if doubtful:
                try:
                    applied = await self._verify(doubtful)
                except PortalMoveUnconfirmed as exc:
                    self._portal_moved(exc)
                    break
                except (BitrixError, TransportError, ValueError, TypeError) as exc:  # cannot tell yet: wait
                    self._store([(e.id, {"next_attempt_at": self._retry_at(e), "error_code": _code(exc),
                                         "error_text": _text(exc)}) for e in doubtful])
                    self._batch_stored(bulk_id)
                    break
                if applied:
                    self._store(list(applied.items()))
                    self._batch_stored(bulk_id)
                fresh = [e for e in fresh if e.id not in applied]
            if not fresh:
                continue
            prior = {e.id: e for e in fresh}
            now = self._clock()
            sending = self._store([(e.id, {"state": EntryState.SENDING, "attempts": e.attempts + 1, "verify_first": True,
                                           "sent_at": e.sent_at or now, "next_attempt_at": None}) for e in fresh])
            ids = {e.id for e in sending}
            self._in_flight.update(ids)
            try:
                reply = await self._client.batch(
                    {_command_name(e): PreparedCall(e.method, e.params) for e in sending}, halt=False)
            except PortalMoveUnconfirmed as exc:  # nothing executed: back as they were, the outbox waits
                self._store([(e.id, {"state": p.state, "attempts": p.attempts, "sent_at": p.sent_at,
                                     "verify_first": p.verify_first, "next_attempt_at": None,
                                     "error_code": _code(exc), "error_text": _text(exc)})
                             for e in sending if (p := prior[e.id])])
                self._portal_moved(exc)
                self._batch_stored(bulk_id)
                break
            except (BitrixError, TransportError) as exc:
                self._whole_batch_failed(sending, exc, prior)
                self._batch_stored(bulk_id)
                break
            finally:
                self._in_flight.difference_update(ids)
            self.stats["batches"] += 1
            confirmed += self._store_outcomes(sending, reply, prior)
            self._batch_stored(bulk_id)
        if confirmed:
            await self._read_back(confirmed)
            self._batch_stored(bulk_id)

    async def _verify(self, entries: list[OutboxEntry]) -> dict[int, dict[str, Any]]:
        """One request (``batch`` of ``crm.activity.list`` by ``@ID``): which of ``entries`` the portal
        already holds. Returns ``{entry id: changes that mark it done}``. Raises the client's errors
        (``BadResponse`` naming the field for a row that does not read as an activity): then nothing
        is known."""
        by_activity: dict[int, list[OutboxEntry]] = {}
        for entry in entries:
            by_activity.setdefault(int(entry.activity_id or 0), []).append(entry)
        ids = sorted(i for i in by_activity if i > 0)
        commands = {f"v{n}": PreparedCall("crm.activity.list", {
            "filter": {"@ID": ids[b:b + MAX_BATCH_COMMANDS]}, "select": VERIFY_SELECT, "start": -1})
            for n, b in enumerate(range(0, len(ids), MAX_BATCH_COMMANDS))}
        rows: dict[int, Activity] = {}
        if commands:
            reply = await self._client.batch(commands, halt=False)
            checker = self._client.checker
            for name, result in reply.results.items():
                path = f"result.result.{name}"
                built = checker.build_list(Activity.from_api, result.unwrap(), method="batch", path=path)
                for activity in reply_rows.check_activities(checker, built, method="batch", path=path):
                    rows[activity.id] = activity
        self.stats["verified"] += len(entries)
        me = self._client.user_id
        applied: dict[int, dict[str, Any]] = {}
        for activity_id, group in by_activity.items():
            activity = rows.get(activity_id)
            for entry in group:
                if kind_of(entry.method).deletes:
                    if activity is None:  # gone: our earlier send deleted it
                        applied[entry.id] = _done()
                elif activity is not None and change_applied(entry, activity):
                    ours = activity.last_updated if activity.editor_id in (0, me) else None
                    applied[entry.id] = {**_done(), "result_last_updated": ours}
        self.stats["verified_applied"] += len(applied)
        return applied

    # -- outcomes ------------------------------------------------------------------------------

    def _retry_at(self, entry: OutboxEntry) -> datetime:
        return self._clock() + timedelta(seconds=self._backoff.delay(max(1, entry.attempts)))

    def _store_outcomes(self, entries: list[OutboxEntry], reply: BatchReply, prior: dict[int, OutboxEntry]) -> list[int]:
        """Store each command's outcome; returns the ids of confirmed writes (not deletes). A command
        the portal refused was not applied: the entry keeps the ``verify_first`` it had before."""
        changes: Changes = []
        confirmed: list[int] = []
        for entry in entries:
            before = prior.get(entry.id, entry)
            result: CommandResult | None = reply.results.get(_command_name(entry))
            if result is None:  # not run (cannot happen with halt=0): send it again
                changes.append((entry.id, {"state": EntryState.PENDING, "next_attempt_at": None,
                                           "verify_first": before.verify_first}))
            elif result.ok or self._already_deleted(before, result.error):
                changes.append((entry.id, _done()))
                if not kind_of(entry.method).deletes:
                    confirmed.append(entry.id)
            elif isinstance(result.error, (RateLimited, OperationTimeLimit, ServerError)):
                changes.append((entry.id, {"state": EntryState.PENDING, "next_attempt_at": self._retry_at(entry),
                                           "verify_first": before.verify_first or isinstance(result.error, ServerError),
                                           "error_code": result.error.code, "error_text": _text(result.error)}))
            else:
                error = result.error
                assert error is not None
                changes.append((entry.id, {"state": EntryState.FAILED, "next_attempt_at": None,
                                           "verify_first": before.verify_first,
                                           "error_code": error.code, "error_text": _text(error)}))
        self._store(changes)
        return confirmed

    @staticmethod
    def _already_deleted(before: OutboxEntry, error: BitrixError | None) -> bool:
        """A delete answered "not found" on a *resend* (``before``: the entry as it was before this
        try): our earlier send deleted it."""
        resent = before.verify_first or before.attempts > 0
        return kind_of(before.method).deletes and resent and isinstance(error, NotFound)

    def _whole_batch_failed(self, entries: list[OutboxEntry], exc: BaseException, prior: dict[int, OutboxEntry]) -> None:
        code, text = _code(exc), _text(exc)
        refused = isinstance(exc, BitrixError) and 400 <= exc.status < 500 and not isinstance(
            exc, (RateLimited, OperationTimeLimit)) and exc.code != "expired_token"
        unknown = outcome_unknown(exc) or isinstance(exc, ServerError)  # may be applied: verify before resending
        changes: Changes = []
        for entry in entries:
            before = prior.get(entry.id, entry)
            if refused:
                changes.append((entry.id, {"state": EntryState.FAILED, "next_attempt_at": None,
                                           "verify_first": before.verify_first, "error_code": code, "error_text": text}))
            elif unknown:
                changes.append((entry.id, {"state": EntryState.UNKNOWN, "next_attempt_at": self._retry_at(entry),
                                           "verify_first": True, "error_code": code, "error_text": text}))
            else:
                changes.append((entry.id, {"state": EntryState.PENDING, "next_attempt_at": self._retry_at(entry),
                                           "verify_first": before.verify_first, "error_code": code, "error_text": text}))
        self._store(changes)

    # -- read-back -----------------------------------------------------------------------------

    async def _read_back(self, entry_ids: list[int]) -> None:
        """One request: ``crm.activity.list`` per 50 ids in one ``batch``; stores the
        ``LAST_UPDATED`` of our writes on their entries. Failures leave them unset (the next
        single change of such an activity is then confirmed by the user, as after any unread write; a
        reply that does not read as ``{ID, LAST_UPDATED, EDITOR_ID}`` rows is such a failure)."""
        entries = [e for e in (self._outbox.get(i) for i in entry_ids) if e is not None and e.activity_id]
        by_activity = {int(e.activity_id or 0): e for e in entries}
        ids = sorted(by_activity)
        commands = {f"r{n}": PreparedCall("crm.activity.list", {
            "filter": {"@ID": ids[b:b + MAX_BATCH_COMMANDS]}, "select": READ_BACK_SELECT, "start": -1})
            for n, b in enumerate(range(0, len(ids), MAX_BATCH_COMMANDS))}
        if not commands:
            return
        try:
            reply = await self._client.batch(commands, halt=False)
        except (BitrixError, TransportError) as exc:
            log.warning("bulk read-back failed: %s", exc)
            return
        self.stats["read_backs"] += 1
        me = self._client.user_id
        changes: Changes = []
        for name, result in reply.results.items():
            if not result.ok:
                continue
            try:
                rows = reply_rows.check(self._client.checker, ReadBackRows, result.result, method="batch",
                                        path=f"result.result.{name}")
            except BadResponse as exc:
                log.warning("bulk read-back unreadable: %s", exc)
                continue
            for row in rows:
                entry = by_activity.get(row.id)
                if entry is None or row.last_updated is None or (row.editor_id or 0) not in (0, me):
                    continue
                changes.append((entry.id, {"state": EntryState.DONE, "result_last_updated": row.last_updated}))
        self._store(changes)


def _done() -> dict[str, Any]:
    return {"state": EntryState.DONE, "error_code": None, "error_text": None, "next_attempt_at": None,
            "verify_first": False, "theirs": None}


def _code(exc: BaseException) -> str:
    """The processor's name for a client error (:func:`~.outbox_policy.error_code`), else the class name."""
    return error_code(exc) if isinstance(exc, (BitrixError, TransportError)) else type(exc).__name__


def _text(exc: BaseException) -> str:
    if isinstance(exc, BitrixError):
        return exc.description or str(exc)
    return str(exc) or type(exc).__name__


__all__ = ["READ_BACK_SELECT", "VERIFY_SELECT", "BatchSender"]
