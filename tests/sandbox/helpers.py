"""Shared constants and helpers of the sandbox tests."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

#: The fixed "now" of the tests: Monday 2025-02-03 12:30 in the portal zone (+03:00).
NOW = datetime(2025, 2, 3, 9, 30, tzinfo=UTC)
BASE_URL = "http://sandbox.local"
#: Activities owned by deal 1 in the demo data (its rich timeline: more than one page).
DEAL_1_TOTAL = 75

Call = Callable[..., Awaitable[httpx.Response]]


class Clock:
    """The portal's controllable "now" (tests move it instead of sleeping), starting at :data:`NOW`."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


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


# Controller (D7) error replies the sandbox tests expect (server-behaviour.md §1.0.2, §1.0.3, §1.6).
def missing(name: str) -> dict[str, str]:
    """Binder error for a missing parameter."""
    return {"error": "100", "error_description": f"Could not find value for parameter {{{name}}}"}


def wrong_type(value: str, name: str, type_name: str) -> dict[str, str]:
    """Binder error for a parameter of the wrong type."""
    return {"error": "100", "error_description":
            f"Invalid value {{{value}}} to match with parameter {{{name}}}. Should be value of type {type_name}."}


NOT_FOUND = {"error": "NOT_FOUND", "error_description": "Item was not found."}
OWNER_NOT_FOUND = {"error": "OWNER_NOT_FOUND", "error_description": "Owner was not found"}
WRONG_DATE = {"error": "WRONG_DATETIME_FORMAT", "error_description": "Incorrect date format."}
