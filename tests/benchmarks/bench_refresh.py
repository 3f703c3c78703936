"""``refresh``: refreshing an entity's timeline after one edit costs one HTTP request.

The measure opens deal 1's timeline the way the app does (``CachedTimelineService.refresh``: the
first load is full and fills the local cache), lets "a colleague" (a second client) change the
subject of one of its open activities, refreshes again and counts the requests of that second
refresh on the wire (:class:`harness.CountingTransport`). Target (issue 4): 1 request, and the
edit is visible in the refreshed timeline.
"""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from harness import CountingTransport, Stopwatch, emit, portal_url

from desktop_app.bitrix.auth import Webhook
from desktop_app.bitrix.client import BitrixClient
from desktop_app.services.cached_timeline import CachedTimelineService
from desktop_app.services.timeline import EntityRef, TimelineService
from desktop_app.store.cache import CacheStore

DEAL = EntityRef(2, 1)


async def _refresh(url: str) -> dict[str, Any]:
    wire = CountingTransport()
    webhook = Webhook.parse(url)
    client = BitrixClient.for_webhook(webhook, transport=wire)
    colleague = BitrixClient.for_webhook(webhook)
    conn = sqlite3.connect(":memory:")
    try:
        service = CachedTimelineService(TimelineService(client), CacheStore(conn))
        clock = Stopwatch()
        first = await service.refresh(DEAL)
        first_s, first_requests = clock.lap(), wire.requests
        target = first.planned[0] if first.planned else first.history[0]
        subject = f"{target.subject} (edited by a colleague)"
        await colleague.call("crm.activity.update", {"id": target.id, "fields": {"SUBJECT": subject}})
        before = wire.requests
        clock = Stopwatch()
        fresh = await service.refresh(DEAL)
        refresh_s = clock.lap()
        requests = wire.requests - before
        seen = next((a.subject for a in [*fresh.planned, *fresh.history] if a.id == target.id), None)
    finally:
        conn.close()
        await colleague.aclose()
        await client.aclose()
        await wire.aclose()
    return {"first_load_requests": first_requests, "first_load_s": round(first_s, 3),
            "refresh_requests": requests, "refresh_s": round(refresh_s, 3), "edit_visible": seen == subject}


def measure(webhook: str | None) -> dict[str, Any]:
    with portal_url(webhook) as url:
        figures = asyncio.run(_refresh(url))
    return emit("refresh", figures, {"refresh_requests==1": figures["refresh_requests"] == 1,
                                     "edit_visible": figures["edit_visible"]})
