"""Outbox → cards: keeps the timeline in step with the outbox.

A change shows on its card at once (the optimistic activity from
:meth:`~desktop_app.services.changes.ChangeService.optimistic`, a placeholder card with id
``-entry id`` for a create) with a pill that follows the entry: waiting to send, checking, not
saved: <code>, changed on the portal. When the portal confirms a change the card is read back
(``crm.activity.get``; after a binding change also ``crm.activity.binding.list``) and the timeline
cache is kept current. Qt only; it reacts to the change service's subscriber calls.

Entries of a bulk change (``bulk_id``) are not read back one by one: the outbox reads a whole bulk
back in one request (``result_last_updated``), so a confirmed bulk entry shows the change with that
``LAST_UPDATED``; a cancelled one goes back to the activity as it was (``theirs``, which the portal
still holds); their failures are summed up in the bulk's report instead of one message each.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop_app.bitrix import Activity
from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services.change_kinds import Effect, kind_of
from desktop_app.services.timeline import EntityRef
from desktop_app.store.entries import EntryState, OutboxEntry

from .tasks import TaskRegistry
from .timeline.panel import TimelinePanel

if TYPE_CHECKING:
    from desktop_app.services.changes import ChangeService
    from desktop_app.services.session import PortalSession

log = logging.getLogger(__name__)


class OutboxCards(QObject):
    """Shows outbox entries on the timeline's cards (module docstring).

    Signals:
        entry_changed(OutboxEntry): an entry changed state; the cards are already updated.
        change_confirmed(OutboxEntry): the portal confirmed a change (state ``done``).
    """

    entry_changed = Signal(object)
    change_confirmed = Signal(object)

    def __init__(self, tasks: TaskRegistry, timeline: TimelinePanel, *, show_message: Callable[..., None],
                 parent: QObject) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._timeline = timeline
        self._show_message = show_message
        self.session: PortalSession | None = None
        self.changes: ChangeService | None = None
        self._unsubscribe: Callable[[], None] | None = None
        timeline.loaded.connect(self._apply_outbox_to_timeline)
        timeline.cacheShown.connect(self._apply_outbox_to_timeline)

    def set_session(self, session: PortalSession, changes: ChangeService | None) -> None:
        """Follow ``changes`` (the session's change service) from now on; ``None``: no outbox (its
        store could not be opened), nothing followed."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.session = session
        self.changes = changes
        if changes is not None:
            self._unsubscribe = changes.subscribe(self._on_entry)

    @property
    def owner(self) -> EntityRef | None:
        return self._timeline.entity

    def current(self, card_id: int) -> Activity | None:
        """The card's activity as shown now (optimistic edits included), or ``None``."""
        row = self._timeline.model.row_of(card_id)
        return None if row is None else self._timeline.model.activity_at(row)

    def _shown_on_timeline(self, entry: OutboxEntry) -> bool:
        owner = self.owner
        if owner is None:
            return False
        if (entry.owner_type_id, entry.owner_id) == (owner.owner_type_id, owner.owner_id):
            return True
        return entry.activity_id is not None and self._timeline.model.row_of(entry.activity_id) is not None

    def _card_id(self, entry: OutboxEntry) -> int:
        if entry.is_create:
            return entry.activity_id if entry.state is EntryState.DONE and entry.activity_id else entry.placeholder_id
        if entry.activity_id is not None:
            return entry.activity_id
        return -(entry.after_entry_id or entry.id)

    def _apply(self, entry: OutboxEntry) -> None:
        """Show one open entry on the timeline: the optimistic card and its pill."""
        assert self.changes is not None
        card_id = self._card_id(entry)
        current = self.current(card_id)
        if not entry.is_create and current is None:
            return  # not on this timeline (another entity, or filtered out)
        view = self.changes.optimistic(entry, current)
        if view is None:
            self._timeline.set_sync_state(card_id, entry)
            return
        self._timeline.model.upsert(view)
        self._timeline.set_sync_state(view.id, entry)

    def _apply_outbox_to_timeline(self, _entity: object = None) -> None:
        if self.changes is None or self.owner is None:
            return
        for entry in self.changes.open_entries():
            if entry.state.is_open and self._shown_on_timeline(entry):
                self._apply(entry)

    def _on_entry(self, entry: OutboxEntry) -> None:
        try:
            self._entry_changed(entry)
        finally:
            self.entry_changed.emit(entry)

    def _entry_changed(self, entry: OutboxEntry) -> None:
        if entry.bulk_id is not None:
            self._bulk_entry_changed(entry)
            return
        shown = self._shown_on_timeline(entry)
        kind = kind_of(entry.method)
        if entry.state is EntryState.DONE:
            if shown:
                if kind.creates:
                    self._timeline.remove_activity(entry.placeholder_id)
                    title = entry.params.get("title") or entry.params.get("fields", {}).get("SUBJECT") or "…"
                    text = (self.tr("To-do “%1” created.") if kind.effect is Effect.CREATE_TODO
                            else self.tr("Activity “%1” created."))
                    self._show_message(text.replace("%1", str(title)), "info")
                if kind.deletes:
                    self._timeline.remove_activity(entry.activity_id or 0)
                elif entry.activity_id:
                    self._tasks.start(self._read_back(entry.activity_id, rebound=kind.binding),
                                      key=f"read-back-{entry.activity_id}")
            if kind.deletes and entry.activity_id:
                self._forget_cached(entry.activity_id)
            self.change_confirmed.emit(entry)
        elif entry.state is EntryState.DISCARDED:
            if shown:
                if entry.is_create:
                    self._timeline.remove_activity(entry.placeholder_id)
                elif entry.activity_id:
                    self._tasks.start(self._read_back(entry.activity_id), key=f"read-back-{entry.activity_id}")
        elif shown:
            self._apply(entry)
            if entry.state is EntryState.CONFLICT:
                subject = (entry.theirs or {}).get("SUBJECT") or "…"
                self._show_message(self.tr("“%1” was changed on the portal after you loaded it. Open it to keep "
                                           "your change or take theirs; nothing is overwritten until you choose.")
                                   .replace("%1", str(subject)), "warning", "CONFLICT")
            if entry.state is EntryState.FAILED:
                self._show_message(self.tr("Not saved: %1 The change is kept on its card; retry or discard it there.")
                                   .replace("%1", entry.error_text or ""), "error", entry.error_code or "")

    def _bulk_entry_changed(self, entry: OutboxEntry) -> None:
        """One entry of a bulk change (module docstring): no read-back per activity, no message each."""
        activity_id = entry.activity_id or 0
        shown = self._timeline.model.row_of(activity_id) is not None
        if entry.state is EntryState.DONE:
            if kind_of(entry.method).deletes:
                self._timeline.remove_activity(activity_id)
                self._forget_cached(activity_id)
            elif shown and entry.result_last_updated is not None:
                confirmed = self.changes.optimistic(entry, self.current(activity_id)) if self.changes else None
                if confirmed is not None:
                    raw = {**confirmed.raw, "LAST_UPDATED": entry.result_last_updated.isoformat()}
                    confirmed = Activity.from_api(raw)
                    self._timeline.model.upsert(confirmed)
                    self._remember_cached(confirmed, None)
            if shown:
                self._timeline.set_sync_state(activity_id, None)
            self.change_confirmed.emit(entry)
        elif entry.state is EntryState.DISCARDED:
            if shown and entry.theirs:
                self._timeline.model.upsert(Activity.from_api(entry.theirs))
            if shown:
                self._timeline.set_sync_state(activity_id, None)
        elif shown:
            self._apply(entry)

    async def _read_back(self, activity_id: int, *, rebound: bool = False) -> None:
        """Replace the optimistic card with what the portal stored (``crm.activity.get``), and keep
        the timeline cache current (after a binding change, with ``crm.activity.binding.list``)."""
        assert self.session is not None
        try:
            activity = await self.session.client.get_activity(activity_id)
            bindings = await self.session.client.bindings.list(activity_id) if rebound else None
        except BitrixClientError as exc:
            if getattr(exc, "code", "") in ("NOT_FOUND", "") and "not found" in str(exc).lower():
                self._timeline.remove_activity(activity_id)
                self._forget_cached(activity_id)
            return
        self._remember_cached(activity, None if bindings is None else
                              [EntityRef(b.entity_type_id, b.entity_id) for b in bindings])
        if self._timeline.model.row_of(activity_id) is not None or self._belongs_here(activity):
            self._timeline.model.upsert(activity)
        if self.changes is not None:
            still_open = [e for e in self.changes.open_entries() if e.activity_id == activity_id]
            if still_open:
                self._apply(still_open[-1])
            else:
                self._timeline.set_sync_state(activity_id, None)

    def _cache(self) -> Any:
        store = self.session.store if self.session is not None else None
        return store.cache if store is not None else None

    def _remember_cached(self, activity: Activity, entities: list[EntityRef] | None) -> None:
        cache = self._cache()
        if cache is not None:
            try:
                cache.upsert_activity(activity, entities)
            except Exception as exc:  # noqa: BLE001 - the cache is a convenience; the portal has the change
                log.warning("timeline cache not updated: %s", exc)

    def _forget_cached(self, activity_id: int) -> None:
        cache = self._cache()
        if cache is not None:
            try:
                cache.remove_activity(activity_id)
            except Exception as exc:  # noqa: BLE001 - as above
                log.warning("timeline cache not updated: %s", exc)

    def _belongs_here(self, activity: Activity) -> bool:
        owner = self.owner
        return owner is not None and (activity.owner_type_id, activity.owner_id) == (owner.owner_type_id,
                                                                                      owner.owner_id)
