"""``CachedTimeline``: the timeline from the local cache and its live updates (a mixin of ``TimelinePanel``).

* An unfiltered timeline opens with the entity's last seen snapshot at once ("Showing what was seen at
  10:42; updating…", ``cacheShown``); the portal's answer then replaces it — in place, card by card, when
  the portal sent a delta — and is saved as the new snapshot (``CachedTimelineService.refresh``: one
  read, not two). When the portal cannot be reached the snapshot stays, marked "Offline"; Refresh tries
  again (issue 3 item 3a).
* Live updates (someone else's change, ids from ``event.offline.get``, or each poll of a webhook-only
  session): deleted cards go at once, anything else refreshes the shown timeline quietly with the same
  delta request (cards, selection and scroll stay), then ``liveUpdated(EntityRef)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import QLabel

from desktop_app.bitrix.errors import BitrixClientError, PortalUnreachable
from desktop_app.services.cached_timeline import CachedTimelineService, HistoryCursor
from desktop_app.services.timeline import EntityRef, TimelineFilter, TimelineQuery
from desktop_app.store.cache import CachedTimeline

from ..tasks import TaskRegistry
from .cards import CardData
from .format import card_date_text, time_text
from .model import TimelineModel
from .view import TimelineView

__all__ = ["CachedTimelineView"]

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


class CachedTimelineView:
    """The cached snapshot and the live updates of the shown timeline; mixed into ``TimelinePanel``
    (which declares the signals and the state)."""

    model: TimelineModel
    view: TimelineView
    status: QLabel
    _tasks: TaskRegistry
    _cached: CachedTimelineService | None
    _entity: EntityRef | None
    _filter: TimelineFilter
    _query: TimelineQuery | HistoryCursor | None
    _shown_cached: EntityRef | None
    _history_loaded: int
    _tz: tzinfo | None
    now: Callable[[], datetime]
    cacheShown: Any
    load_failed: Any
    liveUpdated: Any

    _card: Callable[[QModelIndex], CardData | None]  # CardPopups
    _show_empty_state: Callable[..., None]  # CardActions
    _update_status: Callable[[], None]  # TimelinePanel
    reload: Callable[[], None]  # TimelinePanel

    async def _load_cached(self, query: TimelineQuery, cached: CachedTimelineService) -> None:
        """The unfiltered timeline: the snapshot at once (if any), then the portal's answer, saved."""
        entity = query.entity
        snapshot = cached.cached(entity)
        # A refresh of the timeline on screen keeps its cards (selection, scroll) and updates them in
        # place from the delta; another entity starts from its snapshot.
        in_place = self._shown_cached == entity and self.model.rowCount() > 0
        if not in_place:
            self.model.clear()
            self._history_loaded = 0
        self.model.set_has_more(False)  # no older pages until the portal has answered
        self._shown_cached = entity
        if snapshot is None and not in_place:
            self.status.setText(translate("TimelinePanel", "Loading…"))
        elif snapshot is not None:
            if not in_place:
                self._show_snapshot(snapshot)
            self.status.setText(translate("TimelinePanel", "Showing what was seen at %1; updating…")
                                .replace("%1", self._seen_text(snapshot)))
            self.cacheShown.emit(entity)
        try:
            fresh = await cached.refresh(entity)
        except PortalUnreachable as exc:  # RequestTimeout and ConnectionDropped too
            if snapshot is None:
                self.status.setText(translate("TimelinePanel", "Could not load the timeline."))
                self._show_empty_state(filtered=False, failed=True)
                self.load_failed.emit(exc)
            else:
                self.status.setText(translate("TimelinePanel", "Offline — showing what was seen at %1. Refresh to try again.")
                                    .replace("%1", self._seen_text(snapshot)))
                self._show_empty_state(filtered=False)
            return
        except BitrixClientError as exc:
            if snapshot is None:
                self.status.setText(translate("TimelinePanel", "Could not load the timeline."))
                self._show_empty_state(filtered=False, failed=True)
            else:
                self.status.setText(translate("TimelinePanel", "Could not update; showing what was seen at %1.")
                                    .replace("%1", self._seen_text(snapshot)))
            self.load_failed.emit(exc)
            return
        if self._query is query:
            self._query = cached.history_after(fresh)
        if snapshot is None or fresh.delta is None or not self._apply_delta(fresh):
            self._show_snapshot(fresh)
        self.model.set_has_more(fresh.next_start is not None)
        self._update_status()
        self.loaded.emit(entity)

    def _show_snapshot(self, snapshot: CachedTimeline) -> None:
        """Replace the cards with ``snapshot``'s, keeping the selected card selected (no more pages
        until the portal has answered)."""
        current = self.view.currentIndex()
        selected = self._card(current).activity.id if self._card(current) is not None else None
        self.model.set_activities([*snapshot.planned, *snapshot.history])
        self.model.set_has_more(False)
        self._history_loaded = len(snapshot.history)
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))

    def _apply_delta(self, fresh: CachedTimeline) -> bool:
        """Update only the cards a delta refresh changed (selection, scroll position and open menus
        stay as they are). False when the cards then differ from ``fresh`` (the caller resets)."""
        delta = fresh.delta
        assert delta is not None
        for activity_id in delta.removed:
            self.model.remove(activity_id)
        for activity in delta.changed:
            self.model.upsert(activity)
        self.model.set_has_more(False)
        self._history_loaded = len(fresh.history)
        shown = {a.id for a in self.model.activities() if a.id > 0}
        return shown == {a.id for a in (*fresh.planned, *fresh.history)}

    def _seen_text(self, snapshot: CachedTimeline) -> str:
        """When ``snapshot`` was seen, in the viewer's zone: the time today, else date and time."""
        seen, now = snapshot.seen_at, self.now()
        tz = self._tz
        if seen.astimezone(tz).date() == now.astimezone(tz).date():
            return time_text(seen, tz)
        return card_date_text(seen, now=now, tz=tz)

    # ------------------------------------------------------------------------------- live updates
    def apply_live_changes(self, changed: frozenset[int], deleted: frozenset[int]) -> None:
        """Someone changed activities on the portal (ids from ``event.offline.get``): deleted cards go at
        once; when anything else changed the shown timeline is refreshed quietly (:meth:`refresh_live`:
        one delta request; the ids may be new activities of this entity, so none is skipped)."""
        removed = [activity_id for activity_id in deleted if self.model.remove(activity_id)]
        if removed:
            self._update_status()
        if changed and self._entity is not None and not self._tasks.running("timeline"):
            if self._cached is not None and self._filter.is_empty:
                self._tasks.start(self.refresh_live(), key="timeline-live")
            else:
                self.reload()
        elif removed and self._entity is not None:
            self.liveUpdated.emit(self._entity)

    async def refresh_live(self) -> bool:
        """Bring the shown unfiltered timeline up to date in place with the delta request (cards,
        selection and scroll stay; no "updating…" text). Also each poll of a webhook-only session's
        live updates. False when nothing was asked (no entity, a filter, a load running) or the
        request failed (logged only: the next poll or Refresh tries again)."""
        cached, entity = self._cached, self._entity
        if (cached is None or entity is None or not self._filter.is_empty or self._shown_cached != entity
                or self._tasks.running("timeline")):
            return False
        query = self._query
        try:
            fresh = await cached.refresh(entity)
        except BitrixClientError as exc:
            log.debug("live timeline refresh failed: %s", type(exc).__name__)
            return False
        if self._entity != entity or self._shown_cached != entity:
            return False
        if query is self._query:
            self._query = cached.history_after(fresh)
        if fresh.delta is not None and not fresh.delta.changed and not fresh.delta.removed:
            return True  # nothing changed: the cards (and their "more" row) stay as they are
        if fresh.delta is None or not self._apply_delta(fresh):
            self._show_snapshot(fresh)
        self.model.set_has_more(fresh.next_start is not None)
        self._update_status()
        self.liveUpdated.emit(entity)
        return True
