"""Asking the portal what became of a change before it is sent (again): reconciliation of
outcome-unknown sends, and the conflict check of updates and deletes. Part of the outbox processor
(:mod:`desktop_app.services.outbox`); no Qt.

Reconciling an entry whose last send may have been applied (issue 3 item 4, never a blind resend):

- ``crm.activity.add``: ``crm.activity.list`` filtered by the entry's ``ORIGIN_ID`` and
  ``ORIGINATOR_ID = activity-desk`` (api-spec.md §4.3, §4.6) — found: done with that id.
- ``crm.activity.todo.add`` has no origin ids (api-spec.md §4.9.1): ``crm.activity.list`` for a
  todo (``PROVIDER_ID = CRM_TODO``) of the same owner, author (the webhook's user), title,
  description, deadline and responsible, created since the first send (``CREATED >= sent_at`` minus
  the allowed clock skew), that no other create of ours already produced.
- updates, narrow todo updates, complete/reopen: ``crm.activity.get``; if the activity already holds
  every value the change sets, it is done; otherwise it is resent after the conflict check. An
  update carrying ``FILES`` is decided by listing the activity's files against the snapshot taken
  before it was sent (:mod:`.outbox_files`): uploads are never sent twice.
- ``crm.activity.delete``: ``crm.activity.get`` answering not found means done.
- ``crm.activity.binding.*``: ``crm.activity.binding.list`` shows whether it is applied.

Which way a change is checked is declared with its method (:attr:`~.change_kinds.ChangeKind.verify`).

What the portal answers is checked before it decides anything
(:func:`~desktop_app.services.reply_rows.check_activity`): an activity answered with another or no
positive ``ID``, or a datetime without its offset, is a :class:`~desktop_app.bitrix.errors.BadResponse`
— the entry then stays unresolved and is looked up again later, never taken as applied.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from desktop_app.bitrix.client import BitrixClient
from desktop_app.bitrix.errors import BitrixError, NotFound, PortalMoveUnconfirmed, TransportError
from desktop_app.bitrix.models import Activity, format_datetime, parse_datetime
from desktop_app.bitrix.prepared import ORIGINATOR_ID
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.store.outbox import OutboxStore

from .change_effects import binding_change_applied, change_applied
from .change_kinds import Verify, kind_of
from .change_merge import merge_with_portal
from .outbox_files import FileTracker
from .reply_rows import check_activities, check_activity

if TYPE_CHECKING:
    from .outbox import Backoff


@dataclass(frozen=True)
class Outcome:
    """What the portal says about an entry: ``applied_id`` set = the change is there (for creates
    the activity found); ``conflict`` = the portal's fields when someone else changed the activity;
    neither = send it."""

    applied_id: int | None = None
    last_updated: datetime | None = None
    conflict: dict[str, Any] | None = None


class Reconciler:
    """Reads the portal on behalf of the outbox processor (see the module docstring)."""

    def __init__(self, client: BitrixClient, outbox: OutboxStore, *, clock: Callable[[], datetime],
                 clock_skew: timedelta, files: FileTracker | None = None) -> None:
        self._client = client
        self._files = files or FileTracker(client)
        self._outbox = outbox
        self._clock = clock
        self._skew = clock_skew
        self._claim = asyncio.Lock()

    @staticmethod
    def needs_conflict_check(entry: OutboxEntry) -> bool:
        """Updates and deletes of an existing activity (not creates, not binding changes)."""
        kind = kind_of(entry.method)
        return not kind.creates and not kind.binding and bool(entry.activity_id)

    async def check(self, entry: OutboxEntry) -> Outcome:
        """Reconcile an entry whose last send may have been applied (state ``unknown`` or
        ``verify_first``), the way its kind is declared to be verified
        (:class:`~.change_kinds.Verify`). Raises the client's errors (the caller retries later)."""
        kind = kind_of(entry.method)
        if kind.creates:
            if entry.activity_id:  # confirmed (or found) before the app stopped
                return Outcome(applied_id=entry.activity_id)
            return Outcome(applied_id=await self._find_created(entry))
        activity_id = int(entry.activity_id or 0)
        if kind.verify is Verify.BINDINGS:
            bindings = await self._client.bindings.list(activity_id)
            return Outcome(applied_id=activity_id) if binding_change_applied(entry, bindings) else Outcome()
        try:
            activity = await self._get(activity_id)
        except NotFound:
            # Gone: a delete is done; anything else is sent and the portal's refusal is kept.
            return Outcome(applied_id=activity_id) if kind.verify is Verify.GONE else Outcome()
        files_applied = await self._files.applied(entry)
        if files_applied is not None:
            # FILES is the part that must not be sent twice; the rest of the call went with it.
            if files_applied:
                return Outcome(applied_id=activity_id, last_updated=self._ours(activity))
        elif kind.verify is Verify.FIELDS and change_applied(entry, activity):
            return Outcome(applied_id=activity_id, last_updated=self._ours(activity))
        return Outcome(conflict=self.conflict_of(entry, activity))

    async def conflict(self, entry: OutboxEntry) -> dict[str, Any] | None:
        """``crm.activity.get`` before an update/delete is sent: the portal's fields when someone
        else changed the activity since the user loaded it, else ``None`` (also when it is gone:
        the send then reports the portal's answer)."""
        try:
            activity = await self._get(int(entry.activity_id or 0))
        except NotFound:
            return None
        return self.conflict_of(entry, activity)

    def conflict_of(self, entry: OutboxEntry, activity: Activity) -> dict[str, Any] | None:
        """Whether ``activity``'s ``LAST_UPDATED`` is one we know (the entry's base, or what one of our
        confirmed writes left); if not, whether its values are simply what this change sets.
        A confirmed write of ours whose ``LAST_UPDATED`` could not be read back (or was followed by
        someone else's edit) leaves the next change to be confirmed by the user: a conflict."""
        ours = [e for e in self._outbox.entries_for_activity(activity.id)
                if e.state is EntryState.DONE and e.id != entry.id]
        known = {t for t in [entry.base_last_updated, *(e.result_last_updated for e in ours)] if t is not None}
        merged = merge_with_portal(entry, activity, ours, trusted=activity.last_updated in known)
        if merged is not None:  # field by field (change_merge): only a field changed on both sides clashes
            if merged.params != entry.params:
                self._outbox.update(entry.id, params=merged.params)
            return dict(activity.raw) if merged.clashes else None
        if activity.last_updated in known or (not known and not ours):
            return None  # nothing to compare with: an activity passed without LAST_UPDATED
        if not kind_of(entry.method).deletes and change_applied(entry, activity):
            return None  # the portal already holds what this change sets
        return dict(activity.raw)

    async def _get(self, activity_id: int) -> Activity:
        """``crm.activity.get``, the answer checked to be about ``activity_id`` (else ``BadResponse``)."""
        activity = await self._client.get_activity(activity_id)
        return check_activity(self._client.checker, activity, method="crm.activity.get", expected_id=activity_id)

    def _ours(self, activity: Activity) -> datetime | None:
        """``LAST_UPDATED`` if the last edit was ours (``EDITOR_ID`` = the webhook's user); ``None``
        when someone else edited after our write, so that edit is not taken for ours."""
        editor = activity.editor_id
        return activity.last_updated if editor in (0, self._client.user_id) else None

    async def _find_created(self, entry: OutboxEntry) -> int | None:
        if kind_of(entry.method).verify is Verify.ORIGIN_ID:
            fields = entry.params.get("fields") or {}
            origin = entry.origin_id or fields.get("ORIGIN_ID")
            if not origin:
                return None
            page = await self._client.list_activities(
                filter={"ORIGIN_ID": origin, "ORIGINATOR_ID": fields.get("ORIGINATOR_ID", ORIGINATOR_ID)},
                order={"ID": "ASC"}, select=["ID", "ORIGIN_ID", "ORIGINATOR_ID"])
            rows = check_activities(self._client.checker, page.items, method="crm.activity.list")
            found = [a.id for a in rows if a.origin_id == origin]
            return found[0] if found else None
        async with self._claim:  # two identical todo creates must not take the same activity
            found_id = await self._find_todo(entry)
            if found_id is not None:
                self._outbox.update(entry.id, activity_id=found_id)
            return found_id

    async def _find_todo(self, entry: OutboxEntry) -> int | None:
        if entry.sent_at is None:
            return None
        p = entry.params
        flt: dict[str, Any] = {
            "PROVIDER_ID": "CRM_TODO", "AUTHOR_ID": self._client.user_id,
            ">=CREATED": format_datetime(entry.sent_at - self._skew), "SUBJECT": p.get("title", ""),
        }
        if not p.get("parentActivityId"):
            flt.update(OWNER_TYPE_ID=p["ownerTypeId"], OWNER_ID=p["ownerId"])
        claimed = self._outbox.claimed_activity_ids(except_entry=entry.id)
        deadline = parse_datetime(p["deadline"])
        async for page in self._client.iter_activity_pages(filter=flt, order={"ID": "ASC"}):
            for a in check_activities(self._client.checker, page.items, method="crm.activity.list"):
                if (a.id not in claimed and a.subject == p.get("title", "") and a.deadline_raw == deadline
                        and a.description == p.get("description", "")
                        and ("responsibleId" not in p or a.responsible_id == p["responsibleId"])):
                    return a.id
        return None

    async def read_last_updated(self, activity_id: int, backoff: Backoff, tries: int = 6) -> datetime | None:
        """``LAST_UPDATED`` after our write (``crm.activity.get``), retried a few times on transport
        trouble and 5xx/503 (delays from ``backoff``, at most 5 s each); ``None`` when unreadable, and at
        once after a redirect to a host the user has not confirmed (nothing is read there)."""
        for attempt in range(1, tries + 1):
            try:
                return self._ours(await self._get(activity_id))
            except (NotFound, PortalMoveUnconfirmed):
                return None
            except (TransportError, BitrixError) as exc:
                if isinstance(exc, BitrixError) and 400 <= exc.status < 500 and exc.code != "expired_token":
                    return None
                if attempt < tries:
                    await asyncio.sleep(min(backoff.delay(attempt), 5.0))
        return None
