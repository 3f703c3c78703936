"""Shared constants and helpers of the sandbox tests."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import httpx

#: The fixed "now" of the tests: Monday 2025-02-03 12:30 in the portal zone (+03:00).
NOW = datetime(2025, 2, 3, 9, 30, tzinfo=UTC)
BASE_URL = "http://sandbox.local"
#: Activities owned by deal 1 in the demo data (its rich timeline: more than one page).
DEAL_1_TOTAL = 75

Call = Callable[..., Awaitable[httpx.Response]]


async def fetch_all(call: Call, method: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    """Follow ``next`` from ``start=0`` to the end; returns every row of every page."""
    rows: list[dict[str, Any]] = []
    start = 0
    while True:
        reply = (await call(method, {**params, "start": start})).json()
        page = reply["result"]["items"] if isinstance(reply["result"], dict) else reply["result"]
        rows.extend(page)
        if "next" not in reply:
            return rows
        start = reply["next"]
