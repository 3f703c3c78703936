"""Every change the user makes to activities, written to the outbox before anything is sent.

:class:`ChangeService` is the one door for writes (issue 3 items 3, 4, 6). Each method

1. builds the exact REST call with the client's ``prepare_*`` twin — a value the portal would refuse
   raises :class:`~desktop_app.bitrix.errors.InvalidParameter` and **nothing is written**;
2. writes an :class:`~desktop_app.store.entries.OutboxEntry` (committed, survives ``kill -9``);
3. tells the subscribers and wakes the :class:`~desktop_app.services.outbox.OutboxProcessor`
   (``service.processor``), which sends it;
4. returns the entry at once (``pending``), so the UI can show :meth:`ChangeService.optimistic`.

Activities are :class:`~desktop_app.bitrix.models.Activity` as loaded (their ``LAST_UPDATED`` is
the base of the conflict check) or placeholders of creates still in the outbox (``ID = -entry id``,
from :meth:`optimistic`): a change of a placeholder waits for its create and gets the real id.
Creates with ``crm.activity.add`` carry ``ORIGINATOR_ID = activity-desk`` and a unique ``ORIGIN_ID``
so an outcome-unknown create can be found again instead of sent twice. Every call queued here is
declared in :mod:`.change_kinds` (how it is shown, verified and merged); a call that is not raises
:class:`~.change_kinds.UnknownChangeKind` (a programming error) and nothing is written.

Subscribers (``subscribe(callback)``) get every changed entry; a discarded one comes once more in
state ``discarded`` (after "take theirs" with the portal's fields in ``theirs``). Callbacks run on
the caller's thread (the asyncio/Qt loop); exceptions in them are logged, not raised. No Qt here.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from desktop_app.bitrix.activities import SystemActivityFields
from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.client import BitrixClient
from desktop_app.bitrix.errors import InvalidParameter
from desktop_app.bitrix.files import NamedBytes, encode_files
from desktop_app.bitrix.models import Activity, parse_datetime
from desktop_app.bitrix.prepared import ORIGINATOR_ID, PreparedCall
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.store.outbox import OutboxStore

from .attachments import MAX_FILE_BYTES, MAX_FILES
from .change_effects import optimistic_activity, with_activity_id
from .change_kinds import declared, kind_of
from .change_merge import base_of
from .outbox import Backoff, OutboxProcessor, utc_now
from .timeline import EntityRef

log = logging.getLogger(__name__)

Subscriber = Callable[[OutboxEntry], None]

#: Stands in for the id of an activity whose create is still in the outbox while its change is
#: checked by ``prepare_*`` (ids must be positive); replaced by the real id before sending.
_WAITING_ID = 2**31 - 1


class ChangeService:
    """Writes changes to the outbox and owns the processor that sends them (module docstring).

    Args:
        client: the portal (used by the processor; the enqueue methods only ``prepare_*``).
        store: a :class:`~desktop_app.store.db.Store` (its ``outbox``) or an ``OutboxStore``.
        clock: aware "now" (UTC) for ``created_at``, ``sent_at`` and retry times; must tick.
        backoff: retry delays (:class:`~desktop_app.services.outbox.Backoff`; tests use milliseconds).
        max_parallel: activities sent to at the same time.
    """

    def __init__(self, client: BitrixClient, store: Any, *, clock: Callable[[], datetime] = utc_now,
                 backoff: Backoff | None = None, max_parallel: int = 2) -> None:
        self._client = client
        self._outbox: OutboxStore = getattr(store, "outbox", store)
        #: Where the reminders set from here are kept (``CacheStore`` ``cache_ping``); ``None`` with a
        #: bare ``OutboxStore`` (then the confirmed outbox entries are read instead).
        self._reminders = getattr(store, "cache", None)
        self._clock = clock
        self._subscribers: list[Subscriber] = []
        self._bulk_subscribers: list[Callable[[str], None]] = []
        #: The :class:`OutboxProcessor`: ``await service.processor.run()`` (forever) or ``drain()``.
        #: Names of activity files (``Store.files``), or ``None`` with a bare ``OutboxStore``.
        self.file_names = getattr(store, "files", None)
        self.processor = OutboxProcessor(client, self._outbox, notify=self._notify, clock=clock,
                                         backoff=backoff, max_parallel=max_parallel,
                                         bulk_stored=self._bulk_stored, file_names=self.file_names)

    @property
    def client(self) -> BitrixClient:
        return self._client

    @property
    def outbox(self) -> OutboxStore:
        return self._outbox

    @property
    def clock(self) -> Callable[[], datetime]:
        return self._clock

    # -- subscribers ---------------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(entry)`` on every entry change; returns a function that unsubscribes."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers else None

    def subscribe_bulk(self, callback: Callable[[str], None]) -> Callable[[], None]:
        """Call ``callback(bulk_id)`` after each stored batch of a bulk change (progress; see
        :class:`~desktop_app.services.bulk.BulkService`); returns a function that unsubscribes."""
        self._bulk_subscribers.append(callback)
        return lambda: self._bulk_subscribers.remove(callback) if callback in self._bulk_subscribers else None

    def _bulk_stored(self, bulk_id: str) -> None:
        for callback in list(self._bulk_subscribers):
            try:
                callback(bulk_id)
            except Exception:
                log.exception("bulk subscriber failed")

    def announce(self, entry: OutboxEntry) -> None:
        """Tell the subscribers about ``entry`` (for changes made outside this service, such as a
        cancelled bulk's discarded entries)."""
        self._notify(entry)

    def _notify(self, entry: OutboxEntry) -> None:
        if entry.state is EntryState.DONE and entry.activity_id:
            self._remember_reminders(entry)
        for callback in list(self._subscribers):
            try:
                callback(entry)
            except Exception:  # a broken view must not break the outbox
                log.exception("outbox subscriber failed")

    # -- reminders (pingOffsets) ----------------------------------------------------------------

    def _remember_reminders(self, entry: OutboxEntry) -> None:
        if self._reminders is None:
            return
        try:
            kind = kind_of(entry.method)
            if kind.ping_offsets and isinstance(entry.params.get("pingOffsets"), list):
                self._reminders.save_ping_offsets(int(entry.activity_id or 0), entry.params["pingOffsets"])
            elif kind.deletes:
                self._reminders.forget_ping_offsets(int(entry.activity_id or 0))
        except Exception:  # the change is on the portal; only our note of its reminders is missing
            log.exception("could not remember the reminders of activity %s", entry.activity_id)

    def known_ping_offsets(self, activity: Activity) -> list[int] | None:
        """The todo's reminders (minutes before the deadline, ``[]`` = none) as Activity Desk set
        them, or ``None`` when they are not known here.

        The portal does not return ``pingOffsets`` through ``crm.activity.get`` / ``.list``
        (api-spec.md §4.9.1, server-behaviour.md §1.6), so they are known only for todos created
        or updated from Activity Desk: the newest queued ``crm.activity.todo.add`` / ``.update`` of
        this activity (also for a placeholder ``-entry id``), else what a confirmed one left
        (``cache_ping``, or the confirmed outbox entries when there is no cache). Reminders changed
        on the portal afterwards are not visible.
        """
        if activity.id < 0:
            create = self._outbox.get(-activity.id)
            if create is None:
                return None
            chain = [create, *(e for e in self._outbox.open_entries() if e.after_entry_id == create.id)]
            if create.activity_id:
                chain += self._outbox.entries_for_activity(create.activity_id)
        else:
            chain = self._outbox.entries_for_activity(activity.id)
        queued = [e for e in chain
                  if kind_of(e.method).ping_offsets and isinstance(e.params.get("pingOffsets"), list)]
        pending = [e for e in queued if e.state.is_open]
        if pending:
            return list(max(pending, key=lambda e: e.id).params["pingOffsets"])
        target = activity.id if activity.id > 0 else next((e.activity_id for e in chain if e.activity_id), None)
        if target and self._reminders is not None:
            known = self._reminders.ping_offsets(target)
            if known is not None:
                return known
        if queued:
            return list(max(queued, key=lambda e: e.id).params["pingOffsets"])
        return None

    # -- reading -------------------------------------------------------------------------------

    def open_entries(self, owner: EntityRef | None = None) -> list[OutboxEntry]:
        """Changes not yet confirmed, oldest first; only one timeline's when ``owner`` is given."""
        if owner is None:
            return self._outbox.open_entries()
        return self._outbox.open_entries(owner.owner_type_id, owner.owner_id)

    def entry(self, entry_id: int) -> OutboxEntry | None:
        return self._outbox.get(entry_id)

    @staticmethod
    def optimistic(entry: OutboxEntry, current: Activity | None) -> Activity | None:
        """The activity as it will look once ``entry`` lands: a placeholder (``ID = -entry id``) for a
        create, ``None`` for a delete, ``current`` with the change applied otherwise."""
        return optimistic_activity(entry, current)

    # -- enqueue -------------------------------------------------------------------------------

    def _target(self, activity: Activity) -> tuple[int, int | None, datetime | None]:
        """(id for ``prepare_*``, after_entry_id, base LAST_UPDATED) for a loaded or placeholder activity."""
        if activity.id > 0:
            return activity.id, None, activity.last_updated
        create = self._outbox.get(-activity.id)
        if create is None or not create.is_create:
            raise LookupError(f"activity {activity.id} is a placeholder of a create that is no longer in the outbox")
        if create.state is EntryState.DONE and create.activity_id:
            return create.activity_id, None, create.result_last_updated
        return _WAITING_ID, create.id, None

    def _enqueue(self, prepared: PreparedCall, owner_type_id: int, owner_id: int, *,
                 activity: Activity | None = None, origin_id: str | None = None) -> OutboxEntry:
        kind = declared(prepared.method)  # nothing undeclared enters the outbox (change_kinds)
        _check_files(prepared)
        activity_id: int | None = None
        after: int | None = None
        base: datetime | None = None
        params = prepared.params
        if activity is not None:
            target_id, after, base = self._target(activity)
            activity_id = None if after is not None else target_id
        # The activity as the user edited it: the base of the field-by-field merge (change_merge).
        before = base_of(activity) if activity is not None and kind.merged else None
        entry = OutboxEntry(id=0, method=prepared.method, params=params, owner_type_id=int(owner_type_id),
                            owner_id=int(owner_id), state=EntryState.PENDING, created_at=self._clock(),
                            activity_id=activity_id, after_entry_id=after, base_last_updated=base,
                            origin_id=origin_id, before=before)
        entry = self._outbox.add(entry)
        self._notify(entry)
        self.processor.wake()
        return entry

    def enqueue_many(self, entries: Sequence[OutboxEntry]) -> list[OutboxEntry]:
        """Write ready-made entries (a bulk change: see :mod:`desktop_app.services.bulk`) in ONE
        commit, tell the subscribers about each, and wake the processor. Returns them with ids.
        Raises :class:`~.change_kinds.UnknownChangeKind` (nothing written) for an undeclared method."""
        for entry in entries:
            declared(entry.method)
        added = self._outbox.add_many(list(entries))
        for entry in added:
            self._notify(entry)
        self.processor.wake()
        return added

    def add_todo(self, owner: EntityRef, deadline: datetime, title: str = "", description: str = "",
                 responsible_id: int | None = None, color_id: str | None = None,
                 ping_offsets: Sequence[int] = (), files: Sequence[NamedBytes] = ()) -> OutboxEntry:
        """Queue ``crm.activity.todo.add`` (api-spec.md §4.9.1). ``deadline`` aware; ``ping_offsets``
        minutes before it; ``color_id`` ``"1"``…``"7"`` or ``None``.

        ``files`` (``LocalFile``: ``name``, ``data``): ``crm.activity.todo.add`` takes no ``FILES``,
        so a ``crm.activity.update`` ``{FILES}`` is queued behind the create (``after_entry_id``) and
        sent with the new id once the create is confirmed (:mod:`.outbox_files`). Both entries are
        checked before either is written. Returns the create's entry.

        Raises:
            InvalidParameter: a value the portal would refuse (nothing is written).
        """
        prepared = self._client.prepare_add_todo(
            owner.owner_type_id, owner.owner_id, deadline, title=title, description=description,
            responsible_id=responsible_id, ping_offsets=ping_offsets, color_id=color_id)
        upload = (self._client.activities.prepare_update(_WAITING_ID, {"FILES": encode_files(files)})
                  if files else None)
        if upload is not None:
            _check_files(upload)  # before the create is written: both entries or none
        create = self._enqueue(prepared, owner.owner_type_id, owner.owner_id)
        if upload is not None:
            placeholder = optimistic_activity(create, None)
            assert placeholder is not None
            self._enqueue(upload, owner.owner_type_id, owner.owner_id, activity=placeholder)
        return create

    def add_activity(self, fields: SystemActivityFields) -> OutboxEntry:
        """Queue ``crm.activity.add`` (call, meeting, e-mail; api-spec.md §4.3) with a fresh
        ``ORIGIN_ID`` and ``ORIGINATOR_ID = activity-desk``; ``fields.files`` go as ``FILES`` in the
        same call (base64 in the stored entry; §3.1.5). Raises ``InvalidParameter``."""
        origin = fields.origin_id or f"ad-{uuid.uuid4().hex}"
        fields = replace(fields, origin_id=origin, originator_id=fields.originator_id or ORIGINATOR_ID)
        prepared = self._client.activities.prepare_add(fields)
        return self._enqueue(prepared, fields.owner_type_id, fields.owner_id, origin_id=origin)

    def update_activity(self, activity: Activity, fields: dict[str, Any]) -> OutboxEntry:
        """Queue ``crm.activity.update`` with UPPER_CASE ``fields`` (partial; api-spec.md §4.4).
        ``fields["FILES"]`` (from :func:`~desktop_app.bitrix.files.encode_files`) adds and removes
        files (§3.1.5); files not named stay. Works on a to-do too."""
        target_id, _, _ = self._target(activity)
        prepared = self._client.activities.prepare_update(target_id, fields)
        return self._enqueue(prepared, activity.owner_type_id, activity.owner_id, activity=activity)

    def update_files(self, activity: Activity, add: Sequence[NamedBytes] = (),
                     remove_ids: Sequence[int] = ()) -> OutboxEntry:
        """Queue ``crm.activity.update`` with only ``FILES``: upload ``add`` (``LocalFile``s) and remove
        the portal files ``remove_ids`` (api-spec.md §3.1.5). For any activity the legacy update
        accepts — calls, meetings, e-mails and to-dos (the edit forms of both, the details pane) — and
        for a placeholder of a create still queued (sent once it has its id).

        Raises:
            InvalidParameter: nothing to change (``fields`` ``empty``), a bad name or id, or over the
                limits (``FILES`` ``too_many`` / ``too_large``); nothing is written.
        """
        if not add and not remove_ids:
            raise InvalidParameter("fields", "empty")
        return self.update_activity(activity, {"FILES": encode_files(add, remove_ids)})

    def set_completed(self, activity: Activity, completed: bool) -> OutboxEntry:
        """Queue completing / reopening (``crm.activity.update`` ``COMPLETED=Y|N``)."""
        return self.update_activity(activity, {"COMPLETED": "Y" if completed else "N"})

    def delete_activity(self, activity: Activity) -> OutboxEntry:
        """Queue ``crm.activity.delete`` (api-spec.md §4.7)."""
        target_id, _, _ = self._target(activity)
        prepared = self._client.activities.prepare_delete(target_id)
        return self._enqueue(prepared, activity.owner_type_id, activity.owner_id, activity=activity)

    def update_todo(self, activity: Activity, owner: EntityRef, deadline: datetime, *, title: str,
                    description: str, responsible_id: int | None = None, ping_offsets: Sequence[int] = (),
                    color_id: str | None = None) -> OutboxEntry:
        """Queue ``crm.activity.todo.update`` (full replace; api-spec.md §4.9.2). ``owner`` must be
        one of the todo's bindings."""
        target_id, _, _ = self._target(activity)
        prepared = self._client.todo.prepare_update(
            target_id, owner.owner_type_id, owner.owner_id, deadline, title=title, description=description,
            responsible_id=responsible_id, ping_offsets=ping_offsets, color_id=color_id)
        return self._enqueue(prepared, owner.owner_type_id, owner.owner_id, activity=activity)

    def _narrow(self, prepare: Callable[..., PreparedCall], activity: Activity, owner: EntityRef,
                value: Any) -> OutboxEntry:
        target_id, _, _ = self._target(activity)
        prepared = prepare(target_id, owner.owner_type_id, owner.owner_id, value)
        return self._enqueue(prepared, owner.owner_type_id, owner.owner_id, activity=activity)

    def update_todo_deadline(self, activity: Activity, owner: EntityRef, value: datetime) -> OutboxEntry:
        """Queue ``crm.activity.todo.updateDeadline`` (aware ``value``; §4.9.4)."""
        return self._narrow(self._client.todo.prepare_update_deadline, activity, owner, value)

    def update_todo_description(self, activity: Activity, owner: EntityRef, value: str) -> OutboxEntry:
        """Queue ``crm.activity.todo.updateDescription`` (§4.9.5)."""
        return self._narrow(self._client.todo.prepare_update_description, activity, owner, value)

    def update_todo_color(self, activity: Activity, owner: EntityRef, value: str | None) -> OutboxEntry:
        """Queue ``crm.activity.todo.updateColor`` (``"1"``…``"7"`` or ``None`` = default; §4.9.3)."""
        return self._narrow(self._client.todo.prepare_update_color, activity, owner, value)

    def update_todo_responsible(self, activity: Activity, owner: EntityRef, value: int) -> OutboxEntry:
        """Queue ``crm.activity.todo.updateResponsibleUser`` (user id > 0; §4.9.6)."""
        return self._narrow(self._client.todo.prepare_update_responsible_user, activity, owner, value)

    def add_binding(self, activity: Activity, target: Binding) -> OutboxEntry:
        """Queue ``crm.activity.binding.add`` (api-spec.md §4.10)."""
        target_id, _, _ = self._target(activity)
        prepared = self._client.bindings.prepare_add(target_id, target)
        return self._enqueue(prepared, activity.owner_type_id, activity.owner_id, activity=activity)

    def move_binding(self, activity: Activity, source: Binding, target: Binding) -> OutboxEntry:
        """Queue ``crm.activity.binding.move`` (same entity type only; §4.10)."""
        target_id, _, _ = self._target(activity)
        prepared = self._client.bindings.prepare_move(target_id, source, target)
        return self._enqueue(prepared, activity.owner_type_id, activity.owner_id, activity=activity)

    def delete_binding(self, activity: Activity, target: Binding) -> OutboxEntry:
        """Queue ``crm.activity.binding.delete`` (not the last binding; §4.10)."""
        target_id, _, _ = self._target(activity)
        prepared = self._client.bindings.prepare_delete(target_id, target)
        return self._enqueue(prepared, activity.owner_type_id, activity.owner_id, activity=activity)

    # -- the user's decisions --------------------------------------------------------------------

    def retry(self, entry_id: int) -> OutboxEntry:
        """Send a ``failed`` (or waiting ``pending``/``unknown``) entry again now.

        Raises:
            KeyError: no such entry. ValueError: it is done, or in a conflict (use :meth:`resolve_conflict`).
        """
        entry = self._require(entry_id)
        if entry.state in (EntryState.DONE, EntryState.CONFLICT, EntryState.SENDING):
            raise ValueError(f"entry {entry_id} is {entry.state}; it cannot be retried")
        entry = self._outbox.update(entry_id, state=EntryState.UNKNOWN if entry.state is EntryState.UNKNOWN
                                    else EntryState.PENDING, next_attempt_at=None)
        self._notify(entry)
        self.processor.wake()
        return entry

    def discard(self, entry_id: int, *, theirs: dict[str, Any] | None = None) -> list[OutboxEntry]:
        """Give a change up (it is deleted from the outbox). Changes queued behind a create that is
        discarded go with it. Returns the discarded entries (state ``discarded``), each also sent to
        the subscribers.

        Raises:
            KeyError: no such entry. ValueError: it is done, or being sent right now.
        """
        entry = self._require(entry_id)
        if entry.state is EntryState.DONE:
            raise ValueError(f"entry {entry_id} is already on the portal")
        if self.processor.is_in_flight(entry_id) or entry.state is EntryState.SENDING:
            raise ValueError(f"entry {entry_id} is being sent; wait for the answer")
        doomed = [entry]
        if entry.is_create:
            doomed += [e for e in self._outbox.open_entries()
                       if e.after_entry_id == entry.id and e.activity_id is None and not self.processor.is_in_flight(e.id)]
        out: list[OutboxEntry] = []
        for item in doomed:
            gone = self._outbox.discard(item.id)
            if gone is None:
                continue
            extra = {"theirs": theirs} if item.id == entry_id and theirs is not None else {}
            gone = replace(gone, state=EntryState.DISCARDED, **extra)
            out.append(gone)
            self._notify(gone)
        self.processor.wake()
        return out

    def resolve_conflict(self, entry_id: int, keep_mine: bool) -> OutboxEntry:
        """Settle a ``conflict``: keep mine resends the change with the portal's current
        ``LAST_UPDATED`` as the new base; take theirs discards it (subscribers get it in state
        ``discarded`` with the portal's fields in ``theirs``).

        Raises:
            KeyError: no such entry. ValueError: it is not in conflict.
        """
        entry = self._require(entry_id)
        if entry.state is not EntryState.CONFLICT:
            raise ValueError(f"entry {entry_id} is {entry.state}, not in conflict")
        theirs = entry.theirs or {}
        if not keep_mine:
            return self.discard(entry_id, theirs=theirs)[0]
        text = theirs.get("LAST_UPDATED")
        base = parse_datetime(text) if isinstance(text, str) and text else entry.base_last_updated
        # Field-merged changes: the portal's version becomes the base, so the user's values win.
        before = theirs if entry.before is not None and theirs else entry.before
        entry = self._outbox.update(entry_id, state=EntryState.PENDING, base_last_updated=base, theirs=None,
                                    error_code=None, error_text=None, next_attempt_at=None, before=before)
        self._notify(entry)
        self.processor.wake()
        return entry

    def _require(self, entry_id: int) -> OutboxEntry:
        entry = self._outbox.get(entry_id)
        if entry is None:
            raise KeyError(entry_id)
        return entry


def _check_files(prepared: PreparedCall) -> None:
    """Refuse ``FILES`` over the limits of one change (:data:`~.attachments.MAX_FILES` uploads,
    :data:`~.attachments.MAX_FILE_BYTES` each) before anything is written.

    Raises:
        InvalidParameter: ``FILES`` ``too_many`` / ``too_large``.
    """
    fields = prepared.params.get("fields") if kind_of(prepared.method).legacy_fields else None
    files = fields.get("FILES") if isinstance(fields, dict) else None
    if not isinstance(files, list):
        return
    uploads = [item["fileData"] for item in files if isinstance(item, dict) and isinstance(item.get("fileData"), list)]
    if len(uploads) > MAX_FILES:
        raise InvalidParameter("FILES", "too_many", f"at most {MAX_FILES} files can be attached in one change")
    for data in uploads:
        encoded = data[1] if len(data) > 1 and isinstance(data[1], str) else ""
        if len(encoded) * 3 // 4 - encoded.count("=") > MAX_FILE_BYTES:
            raise InvalidParameter("FILES", "too_large", f"{data[0]}: larger than the limit of "
                                                         f"{MAX_FILE_BYTES // (1024 * 1024)} MB")


__all__ = ["ChangeService", "with_activity_id"]
