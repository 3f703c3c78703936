"""The sandbox portal's load limits (api-spec.md §2.1–2.2, server-behaviour.md §5.6): the request-rate
leaky bucket (503) and the per-method operating-time limit (429), in-process with an injected
monotonic clock, and through the CLI over loopback HTTP with the real clock."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from sandbox_server import start_sandbox_server

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import build_parser
from desktop_app.sandbox.limits import (
    ENTERPRISE,
    STANDARD,
    OperatingLimit,
    RateLimit,
    parse_rate_limit,
)

from .helpers import BASE_URL, NOW

TOO_MANY = {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}
BLOCKED = {"error": "OPERATION_TIME_LIMIT", "error_description": "Method is blocked due to operation time limit."}
#: 1 s of operating time per 2 s window, each call costs 0.4 s: the third call goes over.
SMALL = OperatingLimit(limit=1.0, window=2.0, bucket=0.2, cost_per_call=0.4)


class FakeMonotonic:
    """A monotonic clock the test moves forward (seconds)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def make_portal(clock: FakeMonotonic) -> Iterator[Any]:
    portals: list[SandboxPortal] = []

    def make(**limits: Any) -> SandboxPortal:
        portal = SandboxPortal(now=lambda: NOW, monotonic=clock, **limits)
        portals.append(portal)
        return portal

    yield make
    for portal in portals:
        portal.close()


@pytest.fixture
async def http() -> AsyncIterator[Any]:
    clients: list[httpx.AsyncClient] = []

    def open_for(portal: SandboxPortal) -> Any:
        client = httpx.AsyncClient(transport=portal.transport(), base_url=BASE_URL)
        clients.append(client)

        async def call(method: str, params: dict[str, Any] | None = None) -> httpx.Response:
            return await client.post(portal.webhook_url(BASE_URL) + method, json=params or {})

        return call

    yield open_for
    for client in clients:
        await client.aclose()


# ------------------------------------------------------------------------------- rate limit


def test_presets_and_custom_rate_limits_parse() -> None:
    assert parse_rate_limit("standard") == STANDARD == RateLimit(50, 2)
    assert parse_rate_limit("Enterprise") == ENTERPRISE == RateLimit(250, 5)
    assert parse_rate_limit("off") is None
    assert parse_rate_limit("100/4") == RateLimit(100, 4)
    for bad in ("fast", "10", "0/1", "5/0", "a/b"):
        with pytest.raises(ValueError):
            parse_rate_limit(bad)


async def test_a_burst_past_fifty_gets_503_and_draining_lets_calls_through(make_portal, http, clock) -> None:
    call = http(make_portal(rate_limit=STANDARD))
    statuses = [(await call("user.current")).status_code for _ in range(50)]
    assert statuses == [200] * 50
    refused = await call("user.current")
    assert refused.status_code == 503 and refused.json() == TOO_MANY
    # The refused request counted too (level 51); 1 s drains 2 → level 49, so one call fits, then full again.
    clock.advance(1.0)
    assert (await call("user.current")).status_code == 200
    assert (await call("user.current")).status_code == 503
    clock.advance(25.5)  # 2 per second: the bucket is empty again
    assert [(await call("crm.enum.ownertype")).status_code for _ in range(50)] == [200] * 50


async def test_a_batch_counts_once_and_wrong_credentials_count_too(make_portal, http) -> None:
    portal = make_portal(rate_limit=RateLimit(3, 1))
    call = http(portal)
    reply = await call("batch", {"cmd": {f"c{i}": "user.current" for i in range(50)}})
    assert reply.status_code == 200 and len(reply.json()["result"]["result"]) == 50
    async with httpx.AsyncClient(transport=portal.transport(), base_url=BASE_URL) as raw:
        assert (await raw.post(BASE_URL + "/rest/1/wrong/user.current")).status_code == 401
    assert (await call("user.current")).status_code == 200
    assert (await call("user.current")).status_code == 503


async def test_in_process_portals_have_no_rate_limit_by_default(make_portal, http) -> None:
    call = http(make_portal())
    assert {(await call("user.current")).status_code for _ in range(120)} == {200}


# ------------------------------------------------------------------------------- operating limit


async def test_operating_limit_blocks_the_method_after_the_call_that_went_over(make_portal, http, clock) -> None:
    portal = make_portal(operating_limit=SMALL)
    call = http(portal)
    times = []
    for _ in range(3):
        reply = await call("user.current")
        assert reply.status_code == 200
        times.append(reply.json()["time"])
    assert [round(t["operating"], 1) for t in times] == [0.4, 0.8, 1.2]
    assert all(t["operating_reset_at"] == int(NOW.timestamp()) + 2 for t in times)
    blocked = await call("user.current")
    assert blocked.status_code == 429 and blocked.json() == BLOCKED
    other = await call("crm.enum.ownertype")
    assert other.status_code == 200 and round(other.json()["time"]["operating"], 1) == 0.4
    clock.advance(1.5)
    assert (await call("user.current")).status_code == 429  # the window has not passed yet
    clock.advance(0.5)
    again = await call("user.current")
    assert again.status_code == 200 and round(again.json()["time"]["operating"], 1) == 0.4


async def test_time_operating_reports_the_real_execution_time(make_portal, http, clock) -> None:
    call = http(make_portal())  # default: 480 s per 600 s, no model cost
    first = (await call("crm.activity.list", {"start": -1})).json()["time"]
    second = (await call("crm.activity.list", {"start": -1})).json()["time"]
    assert 0 < first["operating"] < second["operating"] < 1
    assert second["operating"] == pytest.approx(first["operating"] + second["duration"], rel=0.01)
    assert second["operating_reset_at"] == int(NOW.timestamp()) + 600
    clock.advance(60)
    later = (await call("crm.activity.list", {"start": -1})).json()["time"]
    assert later["operating_reset_at"] == int(NOW.timestamp()) + 540  # the oldest bucket expires first


async def test_batch_is_not_charged_but_its_commands_are(make_portal, http) -> None:
    call = http(make_portal(operating_limit=SMALL))
    reply = await call("batch", {"cmd": {f"c{i}": "user.current" for i in range(5)} | {"enum": "crm.enum.ownertype"}})
    assert reply.status_code == 200
    out = reply.json()["result"]
    assert list(out["result"]) == ["c0", "c1", "c2", "enum"]
    assert out["result_error"] == {"c3": BLOCKED, "c4": BLOCKED}
    assert round(out["result_time"]["c2"]["operating"], 1) == 1.2
    assert reply.json()["time"]["operating"] == 0
    assert (await call("user.current")).status_code == 429
    assert (await call("batch", {"cmd": ["crm.enum.ownertype"]})).status_code == 200


async def test_operating_limit_off_leaves_the_operating_keys_out(make_portal, http) -> None:
    call = http(make_portal(operating_limit=None))
    body = (await call("user.current")).json()
    assert "operating" not in body["time"] and "operating_reset_at" not in body["time"]


# ------------------------------------------------------------------------------- CLI


def test_cli_defaults_are_the_standard_plan_and_480_seconds() -> None:
    args = build_parser().parse_args(["serve", "--webhook-code", "x"])
    assert args.rate_limit == STANDARD and args.operating_limit == 480 and args.operating_cost == 0
    off = build_parser().parse_args(["serve", "--webhook-code", "x", "--rate-limit", "off",
                                     "--operating-limit", "off"])
    assert off.rate_limit is None and off.operating_limit is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--webhook-code", "x", "--rate-limit", "lots"])


@pytest.mark.integration
def test_cli_rate_limit_over_loopback() -> None:
    with start_sandbox_server("--rate-limit", "5/20") as url, httpx.Client(timeout=10) as http:
        statuses = [http.post(url + "user.current", json={}).status_code for _ in range(12)]
        assert statuses[:5] == [200] * 5 and 503 in statuses
        time.sleep(1.0)  # the bucket drains at 20 per second: nothing to await but the clock
        assert http.post(url + "user.current", json={}).status_code == 200


@pytest.mark.integration
def test_cli_operating_limit_over_loopback() -> None:
    args = ("--operating-limit", "1", "--operating-cost", "0.4", "--operating-window", "2")
    with start_sandbox_server(*args) as url, httpx.Client(timeout=10) as http:
        first = http.post(url + "user.current", json={}).json()["time"]
        assert round(first["operating"], 1) == 0.4
        assert 1 <= first["operating_reset_at"] - int(first["start"]) <= 2
        assert [http.post(url + "user.current", json={}).status_code for _ in range(3)] == [200, 200, 429]
        deadline = time.monotonic() + 10
        while (reply := http.post(url + "user.current", json={})).status_code == 429:
            assert time.monotonic() < deadline, "the operating window never passed"
            time.sleep(0.05)
        assert reply.status_code == 200
