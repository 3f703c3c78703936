"""A timeline that opens from the local cache at once and is then refreshed from the portal.

The UI shows :meth:`CachedTimelineService.cached` immediately (no network), starts
:meth:`CachedTimelineService.refresh`, and replaces what it shows with the fresh snapshot when that
returns. When the portal cannot be reached the refresh raises and the cached snapshot stays, so the
UI can say "Offline — showing what was seen at 10:42" from ``CachedTimeline.seen_at``.

After the first load, a refresh asks only for what changed (one ``batch`` request, see
:mod:`desktop_app.services.timeline_delta`) and merges it into the cache; the returned snapshot's
``delta`` lists the rows to update in place.

Sources: api-spec.md §4.6 (``crm.activity.list`` with the ``BINDINGS`` filter, paging), §2.4
(``batch``); issue 3 item 3a (a cache of what was last seen per entity), issue 4 item 4 (delta
refresh). No Qt here.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from desktop_app.bitrix import Activity
from desktop_app.bitrix.client import PAGE_SIZE
from desktop_app.bitrix.errors import BitrixClientError, PortalUnreachable
from desktop_app.store.cache import CacheBusy, CachedTimeline, CacheStore, history_key
from desktop_app.store.cache_delta import DeltaState, apply_delta, delta_state

from .timeline import EntityRef, TimelineFilter, TimelineService
from .timeline_delta import read_changes

log = logging.getLogger(__name__)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class CachedTimelineService:
    """:class:`TimelineService` reads, remembered in a :class:`CacheStore`.

    Args:
        timeline: the portal side (planned activities and history pages).
        cache: where snapshots are kept.
        clock: returns the current time, aware (default: the system clock in UTC); stamps
            ``seen_at``.
    """

    def __init__(
        self,
        timeline: TimelineService,
        cache: CacheStore,
        *,
        clock: Callable[[], datetime] = _utc_now,
    ) -> None:
        self._timeline = timeline
        self._cache = cache
        self._clock = clock
        #: HTTP requests the last delta refresh used (0 before one ran).
        self.last_requests = 0

    @property
    def timeline(self) -> TimelineService:
        return self._timeline

    @property
    def cache(self) -> CacheStore:
        return self._cache

    def cached(self, entity: EntityRef) -> CachedTimeline | None:
        """``entity``'s last seen timeline, or ``None`` if it was never loaded (or the local database
        cannot be read just now: logged, the timeline then simply loads from the portal). No network."""
        try:
            return self._cache.load_timeline(entity)
        except (sqlite3.Error, CacheBusy, ValueError) as exc:
            log.warning("timeline cache not readable: %s", exc)
            return None

    def history_after(self, snapshot: CachedTimeline) -> HistoryCursor:
        """The history pages after ``snapshot``'s first page(s), from the portal (starts at its
        ``next_start``)."""
        shown = [history_key(a) for a in snapshot.history]
        return HistoryCursor(self._timeline, EntityRef(snapshot.owner_type_id, snapshot.owner_id),
                             snapshot.next_start, shown_until=max(shown) if shown else None)

    async def refresh(self, entity: EntityRef) -> CachedTimeline:
        """Bring ``entity``'s snapshot up to date from the portal, save it and return it.

        With a snapshot whose delta cursor is known this is a **delta refresh** (issue 4 item 4,
        :mod:`desktop_app.services.timeline_delta`): one ``batch`` request asks for the rows changed
        since the snapshot and which cached rows are still bound; the answer is merged
        (:func:`desktop_app.store.cache_delta.apply_delta`) and the returned snapshot's ``delta``
        says which rows changed or left. Otherwise — no snapshot, one saved before delta refresh,
        or the delta failed for any reason but an unreachable portal — it is a **full load**:
        planned activities (all pages) and the first history page (≤ 50), ``delta`` ``None``.

        ``seen_at`` is the moment the first request was sent (so nothing changed before it is
        missing from the snapshot). The snapshot is replaced only after the portal answered.

        Raises:
            PortalUnreachable / RequestTimeout: the portal did not answer; the cached snapshot is
                kept unchanged (show it, with its ``seen_at``).
            BitrixError subclasses (``AuthError``, ``RateLimited``, ``ServerError`` …) and
                ``BadResponse``: from the full load, as :meth:`TimelineService.planned`; the cached
                snapshot is kept too.
        """
        state = self._delta_state(entity)
        if state is not None:
            try:
                return await self._refresh_delta(entity, state)
            except PortalUnreachable:
                raise
            except (BitrixClientError, LookupError, sqlite3.Error, CacheBusy) as exc:
                log.info("delta refresh of %s not possible (%s); loading the timeline whole", entity, exc)
        return await self._full_load(entity)

    def _delta_state(self, entity: EntityRef) -> DeltaState | None:
        try:
            return delta_state(self._cache, entity)
        except (sqlite3.Error, CacheBusy, ValueError) as exc:
            log.warning("timeline cache not readable: %s", exc)
            return None

    async def _refresh_delta(self, entity: EntityRef, state: DeltaState) -> CachedTimeline:
        seen_at = self._clock()
        changes = await read_changes(self._timeline.client, entity, state.cursor, state.ids)
        self.last_requests = changes.requests
        return apply_delta(self._cache, entity, changed=changes.rows, checked=changes.checked,
                           present=changes.present, cursor=changes.cursor, seen_at=seen_at)

    async def _full_load(self, entity: EntityRef) -> CachedTimeline:
        seen_at = self._clock()
        planned = await self._timeline.planned(entity)
        history = await self._timeline.history_page(entity)
        try:
            return self._cache.save_timeline(entity, planned, history.items, history.next, seen_at)
        except (sqlite3.Error, CacheBusy) as exc:
            # The portal answered: show its answer even if it cannot be remembered this time.
            log.warning("timeline cache not written: %s", exc)
            return CachedTimeline(entity.owner_type_id, entity.owner_id, list(planned), list(history.items),
                                  history.next, seen_at)


class HistoryCursor:
    """Older history of one entity, page by page from the portal (``crm.activity.list``, completed
    activities, ``START_TIME`` then ``ID`` descending, ≤ 50 per page; api-spec.md §4.6).

    It has the paging face of :class:`~desktop_app.services.timeline.TimelineQuery` (``entity``,
    ``filter``, ``has_more_history``, ``history_total``, :meth:`next_history_page`) for an unfiltered
    timeline whose first page came from :meth:`CachedTimelineService.refresh`.

    After a delta refresh the snapshot holds the portal's history rows up to its last one, which
    need not be a multiple of 50 (rows were completed, deleted or moved); the portal floors
    ``start`` to a page (server-behaviour.md §2.4), so paging starts at the page holding row
    ``next_start`` and drops the rows that sort at or above ``shown_until``.

    Args:
        timeline: the portal side.
        entity: whose history.
        next_start: the number of history rows already shown (``None``: the history is complete).
        shown_until: the history sort key (:func:`~desktop_app.store.cache.history_key`) of the
            last row shown; rows up to it are not repeated. ``None``: none shown.
    """

    def __init__(self, timeline: TimelineService, entity: EntityRef, next_start: int | None,
                 *, shown_until: tuple[int, float, int] | None = None) -> None:
        self._timeline = timeline
        self.entity = entity
        self.filter = TimelineFilter()
        self.history_total = 0
        self._next = None if next_start is None else next_start // PAGE_SIZE * PAGE_SIZE
        self._shown_until = shown_until

    @property
    def has_more_history(self) -> bool:
        """Whether another history page may exist."""
        return self._next is not None

    async def next_history_page(self) -> list[Activity]:
        """The next page (≤ 50); ``[]`` when there is none.

        Raises:
            BitrixClientError subclasses: as :meth:`BitrixClient.list_activities`; the cursor does
            not move, so calling again retries.
        """
        start = self._next
        if start is None:
            return []
        page = await self._timeline.history_page(self.entity, start)
        self.history_total = max(self.history_total, page.total)
        self._next = page.next if page.next is not None and page.next > start else None
        edge = self._shown_until
        return [a for a in page.items if edge is None or history_key(a) > edge]
