"""A timeline that opens from the local cache at once and is then refreshed from the portal.

The UI shows :meth:`CachedTimelineService.cached` immediately (no network), starts
:meth:`CachedTimelineService.refresh`, and replaces what it shows with the fresh snapshot when that
returns. When the portal cannot be reached the refresh raises and the cached snapshot stays, so the
UI can say "Offline — showing what was seen at 10:42" from ``CachedTimeline.seen_at``.

Sources: api-spec.md §4.6 (``crm.activity.list`` with the ``BINDINGS`` filter, paging); issue 3
item 3a (a cache of what was last seen per entity). No Qt here.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from desktop_app.bitrix import Activity
from desktop_app.store.cache import CacheBusy, CachedTimeline, CacheStore

from .timeline import EntityRef, TimelineFilter, TimelineService

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
        return HistoryCursor(self._timeline, EntityRef(snapshot.owner_type_id, snapshot.owner_id),
                             snapshot.next_start)

    async def refresh(self, entity: EntityRef) -> CachedTimeline:
        """Load ``entity``'s planned activities (all pages) and first history page (≤ 50) from the
        portal (``crm.activity.list``), save them as its snapshot and return it.

        ``seen_at`` is the moment the first request was sent (so nothing changed before it is
        missing from the snapshot). The snapshot is replaced only after both reads succeeded.

        Raises:
            PortalUnreachable / RequestTimeout: the portal did not answer; the cached snapshot is
                kept unchanged (show it, with its ``seen_at``).
            BitrixError subclasses (``AuthError``, ``RateLimited``, ``ServerError`` …) and
            ``BadResponse``: as :meth:`TimelineService.planned`; the cached snapshot is kept too.
        """
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

    Args:
        timeline: the portal side.
        entity: whose history.
        next_start: the ``start`` of the next page (``None``: there is none).
    """

    def __init__(self, timeline: TimelineService, entity: EntityRef, next_start: int | None) -> None:
        self._timeline = timeline
        self.entity = entity
        self.filter = TimelineFilter()
        self.history_total = 0
        self._next = next_start

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
        return list(page.items)
