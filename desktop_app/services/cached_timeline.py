"""A timeline that opens from the local cache at once and is then refreshed from the portal.

The UI shows :meth:`CachedTimelineService.cached` immediately (no network), starts
:meth:`CachedTimelineService.refresh`, and replaces what it shows with the fresh snapshot when that
returns. When the portal cannot be reached the refresh raises and the cached snapshot stays, so the
UI can say "Offline — showing what was seen at 10:42" from ``CachedTimeline.seen_at``.

Sources: api-spec.md §4.6 (``crm.activity.list`` with the ``BINDINGS`` filter, paging); issue 3
item 3a (a cache of what was last seen per entity). No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from desktop_app.store.cache import CachedTimeline, CacheStore

from .timeline import EntityRef, TimelineService


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
        """``entity``'s last seen timeline, or ``None`` if it was never loaded. No network."""
        return self._cache.load_timeline(entity)

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
        return self._cache.save_timeline(entity, planned, history.items, history.next, seen_at)
