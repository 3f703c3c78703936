"""Bulk changes: complete, reassign, move the deadline of, or delete many activities at once
(issue 4 item 5). No Qt.

:meth:`BulkService.start` writes **one outbox entry per activity**, all in one SQLite transaction
(:meth:`~desktop_app.store.outbox.OutboxStore.add_many`: when it returns every entry is on disk,
so nothing is lost if the app is killed before or while sending), all sharing a ``bulk_id``. The
outbox processor sends them in ``batch`` calls of ≤ 50 commands (:mod:`.outbox_batch`): one HTTP
request per 50 activities, then one read-back request for the whole bulk.

Each entry uses the narrowest method that carries the change (api-spec.md §4.4, §4.7, §4.9):

======================  ====================================================  =========================
action                  todo (``PROVIDER_ID = CRM_TODO``)                     other activities
======================  ====================================================  =========================
complete                ``crm.activity.update`` ``COMPLETED=Y``               same
reassign                ``crm.activity.todo.updateResponsibleUser``           ``crm.activity.update``
                                                                              ``RESPONSIBLE_ID``
move deadline           ``crm.activity.todo.updateDeadline``                  ``crm.activity.update``
                                                                              ``START_TIME`` (+ ``END_TIME``
                                                                              by the same amount);
                                                                              e-mails ``END_TIME``
delete                  ``crm.activity.delete``                               same
======================  ====================================================  =========================

No per-entry conflict read (``crm.activity.get``) is made before sending: every one of these
writes sets one field (a moved call/meeting: its time slot) and leaves everything else a colleague
may have edited as it is, so there is nothing of theirs to overwrite. Deleting is confirmed by the
user for exactly the activities it names.

Configurable activities (``CONFIGURABLE_REST_APP``) refuse every plain update (server-behaviour.md
§1.7; :mod:`.activity_rules`): complete, reassign and move deadline leave them out and count them in
:attr:`BulkProgress.skipped` (never queued); delete takes them like any other.

Progress (:class:`BulkProgress`: done, failed, cancelled, total) is recomputed each time a batch's
outcomes are stored and given to the subscribers. :meth:`BulkService.cancel` discards the entries
never sent (their cards go back to ``before``, the portal's unchanged version), lets the batch in
flight finish, and the final progress says exactly what happened.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop_app.bitrix.models import Activity, ActivityType
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.store.entries import EntryState, OutboxEntry

from .activity_rules import split_plain
from .change_kinds import kind_of

if TYPE_CHECKING:
    from desktop_app.bitrix.client import BitrixClient

    from .changes import ChangeService

log = logging.getLogger(__name__)


class BulkAction(StrEnum):
    """What a bulk change does to each selected activity."""

    COMPLETE = "complete"
    REASSIGN = "reassign"
    MOVE_DEADLINE = "move_deadline"
    DELETE = "delete"


@dataclass(frozen=True)
class DeadlineShift:
    """A new deadline per activity: ``delta`` later than its current one (``+1 day`` =
    ``timedelta(days=1)``; an activity without a deadline is moved from ``now``), or exactly ``at``
    (aware). Exactly one of the two is set."""

    delta: timedelta | None = None
    at: datetime | None = None

    def __post_init__(self) -> None:
        if (self.delta is None) == (self.at is None):
            raise ValueError("a DeadlineShift has either a delta or a date")
        if self.at is not None and self.at.utcoffset() is None:
            raise ValueError("the new deadline must be aware (carry a UTC offset)")

    def new_deadline(self, current: datetime | None, now: datetime) -> datetime:
        """The deadline an activity whose deadline is ``current`` (``None``: none) gets."""
        if self.at is not None:
            return self.at
        assert self.delta is not None
        return (current or now.replace(second=0, microsecond=0)) + self.delta


def bulk_call(client: BitrixClient, action: BulkAction, activity: Activity, value: Any,
              now: datetime) -> PreparedCall:
    """The REST call of one activity's share of a bulk change (table in the module docstring).

    Args:
        value: the user id for ``REASSIGN``, a :class:`DeadlineShift` for ``MOVE_DEADLINE``,
            ignored otherwise.
        now: aware, for deadline shifts of activities without a deadline.

    Raises:
        InvalidParameter: a value the portal would refuse (nothing is queued then).
    """
    owner = (activity.owner_type_id, activity.owner_id)
    if action is BulkAction.COMPLETE:
        return client.activities.prepare_set_completed(activity.id, True)
    if action is BulkAction.DELETE:
        return client.activities.prepare_delete(activity.id)
    if action is BulkAction.REASSIGN:
        if activity.is_todo:
            return client.todo.prepare_update_responsible_user(activity.id, *owner, value)
        return client.activities.prepare_update(activity.id, {"RESPONSIBLE_ID": int(value)})
    if action is BulkAction.MOVE_DEADLINE:
        shift: DeadlineShift = value
        new = shift.new_deadline(activity.deadline, now)
        if activity.is_todo:
            return client.todo.prepare_update_deadline(activity.id, *owner, new)
        if activity.kind == ActivityType.EMAIL:
            return client.activities.prepare_update(activity.id, {"END_TIME": new})
        fields: dict[str, Any] = {"START_TIME": new}
        if activity.start_time is not None and activity.end_time is not None:
            fields["END_TIME"] = new + (activity.end_time - activity.start_time)
        return client.activities.prepare_update(activity.id, fields)
    raise ValueError(f"unknown bulk action {action!r}")


@dataclass(frozen=True)
class BulkProgress:
    """Where one bulk change stands.

    ``total`` activities; ``done`` confirmed by the portal; ``failed`` refused (each entry keeps the
    portal's code and text, on its card); ``cancelled`` never sent (discarded by :meth:`cancel`);
    ``sending`` the rest (queued, in flight, or being retried). ``finished`` when nothing is left to
    send; ``cancel_requested`` once the user cancelled (the batch in flight still finishes).
    ``skipped``: selected activities left as they are, not counted in ``total`` — configurable ones,
    which only their application can change (:mod:`.activity_rules`).
    """

    bulk_id: str
    action: BulkAction
    total: int
    done: int = 0
    failed: int = 0
    cancelled: int = 0
    cancel_requested: bool = False
    entry_ids: tuple[int, ...] = field(default=(), compare=False, repr=False)
    skipped: int = 0

    @property
    def sending(self) -> int:
        return max(0, self.total - self.done - self.failed - self.cancelled)

    @property
    def finished(self) -> bool:
        return self.sending == 0

    @property
    def handled(self) -> int:
        """Activities whose outcome is known (done, failed or cancelled): the progress bar value."""
        return self.total - self.sending


@dataclass
class _Bulk:
    action: BulkAction
    total: int
    cancelled: int = 0
    cancel_requested: bool = False
    skipped: int = 0


class OnlyTheirApplication(ValueError):
    """Every selected activity is a configurable one, which only its application can change: nothing is
    queued. ``count``: how many."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} configurable activities can only be changed by their application")
        self.count = count


BulkSubscriber = Callable[[BulkProgress], None]


class BulkService:
    """Starts, follows and cancels bulk changes through a :class:`~.changes.ChangeService`.

    Args:
        changes: the session's change service (its outbox and processor).
        clock: aware "now" (default: the change service's clock).
    """

    def __init__(self, changes: ChangeService, *, clock: Callable[[], datetime] | None = None) -> None:
        self._changes = changes
        self._clock = clock or changes.clock
        self._bulks: dict[str, _Bulk] = {}
        self._subscribers: list[BulkSubscriber] = []
        self._unsubscribe = changes.subscribe_bulk(self._batch_stored)

    def close(self) -> None:
        """Stop following the change service."""
        self._unsubscribe()

    def subscribe(self, callback: BulkSubscriber) -> Callable[[], None]:
        """Call ``callback(progress)`` after every stored batch, cancel and start; returns an
        unsubscribe function. Exceptions in callbacks are logged."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def _publish(self, progress: BulkProgress) -> None:
        for callback in list(self._subscribers):
            try:
                callback(progress)
            except Exception:  # a broken view must not break the outbox
                log.exception("bulk subscriber failed")

    def start(self, action: BulkAction, activities: Sequence[Activity], value: Any = None) -> BulkProgress:
        """Queue ``action`` for every activity (one entry each, one commit) and wake the processor.

        ``activities`` as loaded (ids > 0; duplicates ignored); for ``COMPLETE`` the ones already
        completed are left out; except for ``DELETE``, configurable activities are left out and counted
        in :attr:`BulkProgress.skipped`. ``value``: see :func:`bulk_call`.

        Raises:
            InvalidParameter: a value the portal would refuse — nothing is written.
            OnlyTheirApplication: every activity left is a configurable one (nothing written).
            ValueError: a placeholder (an activity whose create is still in the outbox) or nothing
                to change.
        """
        action = BulkAction(action)
        unique = list({a.id: a for a in activities}.values())
        if any(a.id <= 0 for a in unique):
            raise ValueError("activities still being created cannot be changed in bulk")
        if action is BulkAction.COMPLETE:
            unique = [a for a in unique if not a.completed]
        skipped: list[Activity] = []
        if action is not BulkAction.DELETE:
            unique, skipped = split_plain(unique)
        if not unique:
            if skipped:
                raise OnlyTheirApplication(len(skipped))
            raise ValueError("nothing to change")
        now = self._clock()
        bulk_id = f"bulk-{uuid.uuid4().hex}"
        entries = []
        for activity in unique:
            prepared = bulk_call(self._changes.client, action, activity, value, now)
            before = dict(activity.raw) if activity.raw else activity.model_dump(by_alias=True, mode="json")
            entries.append(OutboxEntry(
                id=0, method=prepared.method, params=prepared.params, owner_type_id=activity.owner_type_id,
                owner_id=activity.owner_id, state=EntryState.PENDING, created_at=now, activity_id=activity.id,
                base_last_updated=activity.last_updated, bulk_id=bulk_id, before=before))
        self._bulks[bulk_id] = _Bulk(action, len(entries), skipped=len(skipped))
        self._changes.enqueue_many(entries)
        progress = self.progress(bulk_id)
        self._publish(progress)
        return progress

    def progress(self, bulk_id: str) -> BulkProgress:
        """The bulk's current progress (also for a bulk found in the outbox after a restart).

        Raises:
            KeyError: no such bulk (never started, or its entries are all gone).
        """
        outbox = self._changes.outbox
        stored = outbox.bulk_states(bulk_id)
        known = self._bulks.get(bulk_id)
        if known is None:
            if not stored:
                raise KeyError(bulk_id)
            first = outbox.get(stored[0][0])
            known = self._bulks[bulk_id] = _Bulk(_action_of(first) if first else BulkAction.COMPLETE, len(stored))
        states = Counter(state for _id, state in stored)
        return BulkProgress(bulk_id, known.action, known.total, done=states[EntryState.DONE],
                            failed=states[EntryState.FAILED], cancelled=known.cancelled,
                            cancel_requested=known.cancel_requested, entry_ids=tuple(i for i, _s in stored),
                            skipped=known.skipped)

    def open_bulks(self) -> list[BulkProgress]:
        """Bulks with entries still to send (for example from before a restart), oldest first."""
        ids = dict.fromkeys(e.bulk_id for e in self._changes.open_entries() if e.bulk_id)
        return [p for p in (self.progress(b) for b in ids if b) if not p.finished]

    def cancel(self, bulk_id: str) -> BulkProgress:
        """Discard the bulk's entries that were never sent (state ``pending``, no attempt yet, not in
        the batch in flight): they go to subscribers in state ``discarded`` with ``theirs`` = the
        activity as it was (the portal still holds it). Entries already sent — in flight, being
        retried after a batch whose outcome is unknown, done or failed — are left to finish, so
        the final report counts every change the portal may hold.

        Raises:
            KeyError: no such bulk.
        """
        progress = self.progress(bulk_id)
        bulk = self._bulks[bulk_id]
        bulk.cancel_requested = True
        processor = self._changes.processor
        unsent = [e for e in self._changes.outbox.bulk_entries(bulk_id)
                  if e.state is EntryState.PENDING and e.attempts == 0 and not processor.is_in_flight(e.id)]
        gone = self._changes.outbox.discard_many([e.id for e in unsent])
        bulk.cancelled += len(gone)
        for entry in gone:
            self._changes.announce(replace(entry, state=EntryState.DISCARDED, theirs=entry.before))
        progress = self.progress(bulk_id)
        self._publish(progress)
        self._changes.processor.wake()
        return progress

    def _batch_stored(self, bulk_id: str) -> None:
        try:
            progress = self.progress(bulk_id)
        except KeyError:
            return
        self._publish(progress)

    async def wait(self, bulk_id: str) -> BulkProgress:
        """Run the processor until the bulk is finished (tests and scripts; the app's processor
        runs forever instead). Returns the final progress."""
        await self._changes.processor.drain()
        return self.progress(bulk_id)


def _action_of(entry: OutboxEntry) -> BulkAction:
    """The bulk action an entry carries (after a restart, when only the outbox knows): a delete, or
    by the field the change sets (:attr:`~.change_kinds.ChangeKind.sets`)."""
    kind = kind_of(entry.method)
    if kind.deletes:
        return BulkAction.DELETE
    sets = kind.sets(entry.params)
    if "COMPLETED" in sets:
        return BulkAction.COMPLETE
    if "RESPONSIBLE_ID" in sets:
        return BulkAction.REASSIGN
    return BulkAction.MOVE_DEADLINE


__all__ = ["BulkAction", "BulkProgress", "BulkService", "DeadlineShift", "OnlyTheirApplication", "bulk_call"]
