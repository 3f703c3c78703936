"""``bulk1000``: complete 1,000 open activities in one bulk action, through the outbox.

The portal holds the demo CRM plus 5,000 seeded activities (about 1,500 of them open: todos, calls,
meetings and e-mails on many entities). The measure loads 1,000 open ones with the count-free walk,
then starts ``BulkService.start(BulkAction.COMPLETE, ...)`` on a file-backed outbox — what the bulk
bar does — and waits for it. Requests and 503 replies of the bulk alone are counted on the wire.
Targets (issue 4): ≤ 21 HTTP requests, zero 503 replies, and every activity completed.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Any

from harness import CountingTransport, Stopwatch, emit, portal_url

from desktop_app.bitrix.auth import Webhook
from desktop_app.bitrix.client import BitrixClient
from desktop_app.bitrix.models import Activity
from desktop_app.services.bulk import BulkAction, BulkService
from desktop_app.services.changes import ChangeService
from desktop_app.store import Store

COUNT = 1_000


async def _bulk(url: str) -> dict[str, Any]:
    wire = CountingTransport()
    client = BitrixClient.for_webhook(Webhook.parse(url), transport=wire)
    with tempfile.TemporaryDirectory(prefix="activity-desk-bench-") as tmp:
        store = Store.open(Path(tmp) / "desk.sqlite3")
        try:
            activities: list[Activity] = []
            async for page in client.walk("crm.activity.list", filter={"COMPLETED": "N"}):
                activities.extend(Activity.from_api(row) for row in page.rows)
                if len(activities) >= COUNT:
                    break
            activities = activities[:COUNT]
            bulk = BulkService(ChangeService(client, store))
            before = wire.snapshot()
            clock = Stopwatch()
            started = bulk.start(BulkAction.COMPLETE, activities)
            final = await bulk.wait(started.bulk_id)
            seconds = clock.lap()
            after = wire.snapshot()
            ids = [a.id for a in activities]
            still_open = 0
            async for page in client.walk("crm.activity.list", filter={"@ID": ids, "COMPLETED": "N"},
                                          select=["ID"]):
                still_open += len(page.rows)
        finally:
            store.close()
            await client.aclose()
            await wire.aclose()
    return {"activities": len(activities), "done": final.done, "failed": final.failed,
            "requests": after["requests"] - before["requests"],
            "replies_503": after["replies_503"] - before["replies_503"],
            "still_open": still_open, "seconds": round(seconds, 3)}


def measure(webhook: str | None) -> dict[str, Any]:
    with portal_url(webhook, "--activities", "5000") as url:
        figures = asyncio.run(_bulk(url))
    return emit("bulk1000", figures, {
        "activities==1000": figures["activities"] == COUNT and figures["done"] == COUNT,
        "requests<=21": figures["requests"] <= 21,
        "replies_503==0": figures["replies_503"] == 0,
        "all_completed": figures["still_open"] == 0,
    })
