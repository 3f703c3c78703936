"""``list10k``: 10,000 activities through ``BitrixClient.walk`` (count-free, chained in batches).

Targets (issue 4): ≤ 5 HTTP requests, 0 counted list calls (``start ≥ 0``), and the first 50 rows
available in ≤ 10 % of the full load time. Requests and counted calls are counted on the wire by
:class:`harness.CountingTransport`. The sandbox portal holds the demo CRM plus 10,000 seeded
activities (``--activities 10000``); the walk stops after 10,000 rows.
"""

from __future__ import annotations

import asyncio
from typing import Any

from harness import CountingTransport, Stopwatch, emit, portal_url

from desktop_app.bitrix.auth import Webhook
from desktop_app.bitrix.client import BitrixClient

ROWS = 10_000
SELECT = ["ID", "OWNER_TYPE_ID", "OWNER_ID", "TYPE_ID", "PROVIDER_ID", "SUBJECT", "DEADLINE", "START_TIME",
          "END_TIME", "COMPLETED", "RESPONSIBLE_ID", "DIRECTION", "PRIORITY", "LAST_UPDATED"]


async def _walk(url: str) -> dict[str, Any]:
    wire = CountingTransport()
    client = BitrixClient.for_webhook(Webhook.parse(url), transport=wire)
    try:
        clock = Stopwatch()
        first_rows_s = None
        rows = 0
        ids: set[int] = set()
        async for page in client.walk("crm.activity.list", select=SELECT):
            if first_rows_s is None and page.rows:
                first_rows_s = clock.lap()
            rows += len(page.rows)
            ids.update(int(row["ID"]) for row in page.rows)
            if rows >= ROWS:
                break
        total_s = clock.lap()
    finally:
        await client.aclose()
        await wire.aclose()
    return {"rows": rows, "unique_ids": len(ids), "first_rows_s": round(first_rows_s or 0.0, 4),
            "total_s": round(total_s, 3), "first_share": round((first_rows_s or 0.0) / total_s, 4),
            **wire.snapshot()}


def measure(webhook: str | None) -> dict[str, Any]:
    with portal_url(webhook, "--activities", str(ROWS)) as url:
        figures = asyncio.run(_walk(url))
    return emit("list10k", figures, {
        "rows>=10000": figures["rows"] >= ROWS and figures["unique_ids"] == figures["rows"],
        "requests<=5": figures["requests"] <= 5,
        "counted_list_calls==0": figures["counted_list_calls"] == 0,
        "first_share<=0.10": figures["first_share"] <= 0.10,
    })
