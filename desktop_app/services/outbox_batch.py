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

**A batch whose outcome is unknown** (timeout or dropped connection after the request left, a 5xx
for the whole ``batch``): every command in it is an idempotent state-set (complete, one
responsible, one deadline, delete), so sending it again is safe — no per-entry reconciliation is
needed. Its entries go back to ``pending`` with ``verify_first`` set (the mark that they may
already be applied) after a backoff delay; a delete then answered not found is done.
Rate limits (503 ``QUERY_LIMIT_EXCEEDED``, 429 ``OPERATION_TIME_LIMIT``) and unreachable portals:
``pending`` after the backoff delay, as for single changes. A refusal of the whole ``batch``
request (4xx, e.g. the webhook lost its rights) fails every entry of that batch with the reason.

Total for 1,000 completes: 20 batches + 1 read-back = 21 HTTP requests.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.bitrix.batch import MAX_BATCH_COMMANDS, BatchReply, CommandResult
from desktop_app.bitrix.client import BitrixClient
from desktop_app.bitrix.errors import (
    BitrixError,
    NotFound,
    OperationTimeLimit,
    RateLimited,
    ServerError,
    TransportError,
)
from desktop_app.bitrix.models import parse_datetime
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.store.outbox import OutboxStore

if TYPE_CHECKING:
    from .outbox import Backoff

log = logging.getLogger(__name__)

#: What the read-back asks for (one ``crm.activity.list`` command per 50 ids).
READ_BACK_SELECT = ["ID", "LAST_UPDATED", "COMPLETED", "DEADLINE", "RESPONSIBLE_ID", "EDITOR_ID"]

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
    """

    def __init__(self, client: BitrixClient, outbox: OutboxStore, *,
                 store_outcomes: Callable[[Changes], list[OutboxEntry]], batch_stored: Callable[[str], None],
                 in_flight: set[int], clock: Callable[[], datetime], backoff: Backoff) -> None:
        self._client = client
        self._outbox = outbox
        self._store = store_outcomes
        self._batch_stored = batch_stored
        self._in_flight = in_flight
        self._clock = clock
        self._backoff = backoff
        self.stats: dict[str, int] = {"batches": 0, "read_backs": 0}

    async def send(self, bulk_id: str, entries: list[OutboxEntry]) -> None:
        """Send ``entries`` (ready entries of bulk ``bulk_id``, id order) batch by batch, then read
        back what was confirmed. Stops early when a whole batch must wait (rate limit, portal
        unreachable, unknown outcome): those entries carry their ``next_attempt_at`` and the
        processor comes back to them."""
        confirmed: list[int] = []
        for chunk in _chunks(entries):
            fresh = [e for e in (self._outbox.get(c.id) for c in chunk)
                     if e is not None and e.state in (EntryState.PENDING, EntryState.UNKNOWN)]
            if not fresh:
                continue
            now = self._clock()
            sending = self._store([(e.id, {"state": EntryState.SENDING, "attempts": e.attempts + 1,
                                           "sent_at": e.sent_at or now, "next_attempt_at": None}) for e in fresh])
            ids = {e.id for e in sending}
            self._in_flight.update(ids)
            try:
                reply = await self._client.batch(
                    {_command_name(e): PreparedCall(e.method, e.params) for e in sending}, halt=False)
            except (BitrixError, TransportError) as exc:
                self._whole_batch_failed(sending, exc)
                self._batch_stored(bulk_id)
                break
            finally:
                self._in_flight.difference_update(ids)
            self.stats["batches"] += 1
            confirmed += self._store_outcomes(sending, reply)
            self._batch_stored(bulk_id)
        if confirmed:
            await self._read_back(confirmed)
            self._batch_stored(bulk_id)

    # -- outcomes ------------------------------------------------------------------------------

    def _retry_at(self, entry: OutboxEntry) -> datetime:
        return self._clock() + timedelta(seconds=self._backoff.delay(max(1, entry.attempts)))

    def _store_outcomes(self, entries: list[OutboxEntry], reply: BatchReply) -> list[int]:
        """Store each command's outcome; returns the ids of confirmed writes (not deletes)."""
        changes: Changes = []
        confirmed: list[int] = []
        for entry in entries:
            result: CommandResult | None = reply.results.get(_command_name(entry))
            if result is None:  # not run (cannot happen with halt=0): send it again
                changes.append((entry.id, {"state": EntryState.PENDING, "next_attempt_at": None}))
            elif result.ok or self._already_deleted(entry, result.error):
                changes.append((entry.id, _done()))
                if entry.method != "crm.activity.delete":
                    confirmed.append(entry.id)
            elif isinstance(result.error, (RateLimited, OperationTimeLimit, ServerError)):
                changes.append((entry.id, {"state": EntryState.PENDING, "next_attempt_at": self._retry_at(entry),
                                           "error_code": result.error.code, "error_text": _text(result.error)}))
            else:
                error = result.error
                assert error is not None
                changes.append((entry.id, {"state": EntryState.FAILED, "next_attempt_at": None,
                                           "error_code": error.code, "error_text": _text(error)}))
        self._store(changes)
        return confirmed

    @staticmethod
    def _already_deleted(entry: OutboxEntry, error: BitrixError | None) -> bool:
        """A delete answered "not found" on a resend: our earlier send deleted it."""
        resent = entry.verify_first or entry.attempts > 1
        return entry.method == "crm.activity.delete" and resent and isinstance(error, NotFound)

    def _whole_batch_failed(self, entries: list[OutboxEntry], exc: BaseException) -> None:
        code = exc.code if isinstance(exc, BitrixError) else type(exc).__name__
        text = _text(exc)
        refused = isinstance(exc, BitrixError) and 400 <= exc.status < 500 and not isinstance(
            exc, (RateLimited, OperationTimeLimit)) and exc.code != "expired_token"
        maybe_applied = isinstance(exc, (TransportError, ServerError))  # resend is safe: idempotent sets
        changes: Changes = []
        for entry in entries:
            if refused:
                changes.append((entry.id, {"state": EntryState.FAILED, "next_attempt_at": None,
                                           "error_code": code, "error_text": text}))
            else:
                changes.append((entry.id, {"state": EntryState.PENDING, "next_attempt_at": self._retry_at(entry),
                                           "verify_first": entry.verify_first or maybe_applied,
                                           "error_code": code, "error_text": text}))
        self._store(changes)

    # -- read-back -----------------------------------------------------------------------------

    async def _read_back(self, entry_ids: list[int]) -> None:
        """One request: ``crm.activity.list`` per 50 ids in one ``batch``; stores the
        ``LAST_UPDATED`` of our writes on their entries. Failures leave them unset (the next
        single change of such an activity is then confirmed by the user, as after any unread write)."""
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
        me = self._client.webhook.user_id
        changes: Changes = []
        for result in reply.results.values():
            if not result.ok or not isinstance(result.result, list):
                continue
            for row in result.result:
                entry = by_activity.get(int(row.get("ID") or 0))
                text = row.get("LAST_UPDATED")
                if entry is None or not text or int(row.get("EDITOR_ID") or 0) not in (0, me):
                    continue
                changes.append((entry.id, {"state": EntryState.DONE, "result_last_updated": parse_datetime(text)}))
        self._store(changes)


def _done() -> dict[str, Any]:
    return {"state": EntryState.DONE, "error_code": None, "error_text": None, "next_attempt_at": None,
            "verify_first": False, "theirs": None}


def _text(exc: BaseException) -> str:
    if isinstance(exc, BitrixError):
        return exc.description or str(exc)
    return str(exc) or type(exc).__name__


__all__ = ["READ_BACK_SELECT", "BatchSender"]
