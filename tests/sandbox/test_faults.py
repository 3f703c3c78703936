"""Fault injection of the sandbox portal (``portal.faults``): what a client sees for each fault kind,
in-process (``portal.transport()``) and over loopback HTTP (uvicorn), and what the portal kept."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from sandbox_server import start_sandbox_server

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.errors import PortalUnreachable, RateLimited, RequestTimeout
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import build_parser, serve_in_thread
from desktop_app.sandbox.faults import FaultKind, FaultPlan

from .helpers import BASE_URL, NOW

DEAL = {"ownerTypeId": 2, "ownerId": 1}
DEADLINE = "2025-02-06T10:00:00+03:00"
DISCONNECTED = "Server disconnected without sending a response."
#: Short client read timeout and a longer server delay, for the ``delay`` fault (seconds).
SHORT_READ = httpx.Timeout(5.0, read=0.2)
DELAY = 0.5

REFUSALS = {
    FaultKind.RATE_LIMIT: (503, {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}),
    FaultKind.SERVER_ERROR: (500, {"error": "INTERNAL_SERVER_ERROR", "error_description": "Internal server error"}),
    FaultKind.EXPIRED_TOKEN: (401, {"error": "expired_token",
                                    "error_description": "The access token provided has expired"}),
}


@dataclass
class Portal:
    """The portal as a client reaches it: ``post(method, params)`` → httpx response (or httpx error)."""

    portal: SandboxPortal
    http: httpx.AsyncClient
    url: str

    async def post(self, method: str, params: dict[str, Any] | None = None, **options: Any) -> httpx.Response:
        return await self.http.post(self.url + method, json=params or {}, **options)

    async def add_todo(self, title: str, **options: Any) -> httpx.Response:
        return await self.post("crm.activity.todo.add", {**DEAL, "deadline": DEADLINE, "title": title}, **options)

    def todos_titled(self, title: str) -> int:
        return self.portal.db.count_activities(subject=title)


@pytest.fixture
def served(portal: SandboxPortal) -> Iterator[str]:
    """``portal`` on a loopback port (uvicorn on a thread); yields the webhook URL."""
    with serve_in_thread(portal) as url:
        yield url


@pytest.fixture(params=["in_process", "loopback"])
async def reach(request: pytest.FixtureRequest, portal: SandboxPortal) -> AsyncIterator[Portal]:
    """The same portal reached in-process (``portal.transport()``) or over loopback HTTP."""
    try:
        if request.param == "in_process":
            async with httpx.AsyncClient(transport=portal.transport(), timeout=5.0) as http:
                yield Portal(portal, http, portal.webhook_url(BASE_URL))
        else:
            url = request.getfixturevalue("served")
            async with httpx.AsyncClient(timeout=5.0) as http:
                yield Portal(portal, http, url)
    finally:
        portal.faults.clear()


@pytest.fixture
def server_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.INFO, logger="uvicorn")
    return caplog


def _uvicorn_complaints(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name.startswith("uvicorn") and r.levelno >= logging.WARNING]


# ------------------------------------------------------------------------------- each kind


@pytest.mark.parametrize("kind", list(REFUSALS))
async def test_a_refused_call_answers_its_error_and_changes_nothing(reach: Portal, kind: FaultKind) -> None:
    reach.portal.faults.force_next(kind, method="crm.activity.todo.add")

    refused = await reach.add_todo("Call back about the quote")
    served = await reach.add_todo("Call back about the quote")

    status, body = REFUSALS[kind]
    assert (refused.status_code, refused.json()) == (status, body)
    assert refused.headers["content-type"] == "application/json; charset=utf-8"
    assert served.status_code == 200  # one forced fault, then the portal serves again
    assert reach.todos_titled("Call back about the quote") == 1
    assert reach.portal.faults.counts == {kind: 1}
    assert reach.portal.faults.calls == 2


async def test_drop_before_closes_the_connection_and_applies_nothing(
        reach: Portal, server_log: pytest.LogCaptureFixture) -> None:
    reach.portal.faults.force_next(FaultKind.DROP_BEFORE)

    with pytest.raises(httpx.RemoteProtocolError, match=DISCONNECTED):
        await reach.add_todo("Send the contract")

    assert reach.todos_titled("Send the contract") == 0
    assert (await reach.add_todo("Send the contract")).status_code == 200  # a new connection works
    assert reach.todos_titled("Send the contract") == 1
    assert reach.portal.faults.counts == {FaultKind.DROP_BEFORE: 1}
    assert _uvicorn_complaints(server_log) == []


async def test_drop_after_applies_the_change_but_answers_nothing(
        reach: Portal, server_log: pytest.LogCaptureFixture) -> None:
    reach.portal.faults.force_next(FaultKind.DROP_AFTER)

    with pytest.raises(httpx.RemoteProtocolError, match=DISCONNECTED):
        await reach.add_todo("Prepare the demo")

    assert reach.todos_titled("Prepare the demo") == 1
    assert reach.portal.faults.counts == {FaultKind.DROP_AFTER: 1}
    assert _uvicorn_complaints(server_log) == []


async def test_delay_times_the_client_out_while_the_change_is_applied(reach: Portal) -> None:
    reach.portal.faults.configure(FaultPlan(delay_seconds=DELAY))
    reach.portal.faults.force_next(FaultKind.DELAY)

    with pytest.raises(httpx.ReadTimeout):
        await reach.add_todo("Book the meeting room", timeout=SHORT_READ)

    assert reach.todos_titled("Book the meeting room") == 1
    assert (await reach.add_todo("Book the meeting room", timeout=SHORT_READ)).status_code == 200
    assert reach.portal.faults.counts == {FaultKind.DELAY: 1}


async def test_concurrent_edit_changes_the_named_activity_before_the_call_is_served(reach: Portal) -> None:
    created = await reach.post("crm.activity.todo.add", {**DEAL, "deadline": DEADLINE, "title": "Ask for the budget",
                                                          "description": "Budget figures by Friday"})
    activity_id = created.json()["result"]["id"]
    reach.portal.faults.force_next(FaultKind.CONCURRENT_EDIT)

    # Calls without an activity id do not use up the forced edit.
    assert (await reach.post("user.current")).status_code == 200
    recoloured = await reach.post("crm.activity.todo.updateColor", {**DEAL, "id": activity_id, "colorId": "3"})

    assert recoloured.status_code == 200
    assert recoloured.json()["result"] == {"id": activity_id}
    shown = (await reach.post("crm.activity.get", {"id": activity_id})).json()["result"]
    assert shown["EDITOR_ID"] == "1"  # our call was served after the colleague's edit
    assert shown["DESCRIPTION"] == "Budget figures by Friday\nEdited by Emily Carter"
    assert shown["SETTINGS"]["COLOR"] == "3"
    assert reach.portal.faults.counts == {FaultKind.CONCURRENT_EDIT: 1}


async def test_concurrent_edit_marks_the_colleague_and_a_strictly_later_last_updated(reach: Portal) -> None:
    activity_id = (await reach.add_todo("Check the invoice")).json()["result"]["id"]
    loaded = (await reach.post("crm.activity.get", {"id": activity_id})).json()["result"]
    reach.portal.faults.force_next(FaultKind.CONCURRENT_EDIT, method="crm.activity.get")

    reloaded = (await reach.post("crm.activity.get", {"id": activity_id})).json()["result"]

    # The portal clock stands still in these tests; the edit still moves LAST_UPDATED forward.
    assert datetime.fromisoformat(reloaded["LAST_UPDATED"]) > datetime.fromisoformat(loaded["LAST_UPDATED"])
    assert datetime.fromisoformat(reloaded["LAST_UPDATED"]) - datetime.fromisoformat(loaded["LAST_UPDATED"]) \
        <= timedelta(seconds=1)
    assert reloaded["EDITOR_ID"] == "2"
    assert reloaded["DESCRIPTION"].endswith("Edited by Emily Carter")
    assert loaded["DESCRIPTION"] == reloaded["DESCRIPTION"].removesuffix("Edited by Emily Carter").rstrip("\n")


async def test_a_drawn_concurrent_edit_without_an_activity_id_is_just_served(reach: Portal) -> None:
    reach.portal.faults.configure(FaultPlan(share=1.0, kinds=(FaultKind.CONCURRENT_EDIT,), seed=3))

    me = await reach.post("user.current")
    missing = await reach.post("crm.activity.get", {"id": 999999})

    assert me.status_code == 200 and me.json()["result"]["ID"] == "1"
    assert missing.status_code == 400  # the usual "not found" of crm.activity.get
    assert reach.portal.faults.counts == {}
    assert reach.portal.faults.calls == 2


# ------------------------------------------------------------------------------- scope of faults


async def test_a_wrong_webhook_gets_its_own_401_even_when_every_call_fails(reach: Portal) -> None:
    reach.portal.faults.configure(FaultPlan(share=1.0, kinds=(FaultKind.DROP_BEFORE,)))

    wrong = await reach.http.post(reach.url.replace("/demo/", "/wrong/") + "user.current", json={})
    unknown = await reach.post("crm.no.such.method")

    assert (wrong.status_code, wrong.json()["error"]) == (401, "INVALID_CREDENTIALS")
    assert (unknown.status_code, unknown.json()["error"]) == (404, "ERROR_METHOD_NOT_FOUND")
    assert reach.portal.faults.calls == 0
    assert reach.portal.faults.counts == {}


async def test_a_plan_limited_to_methods_spares_the_others(reach: Portal) -> None:
    reach.portal.faults.configure(FaultPlan(share=1.0, kinds=(FaultKind.RATE_LIMIT,),
                                            methods=frozenset({"crm.activity.todo.add"})))

    assert (await reach.post("user.current")).status_code == 200
    assert (await reach.add_todo("Never stored")).status_code == 503
    reach.portal.faults.clear()
    assert (await reach.add_todo("Stored")).status_code == 200

    assert reach.todos_titled("Never stored") == 0
    assert reach.todos_titled("Stored") == 1
    assert reach.portal.faults.counts == {FaultKind.RATE_LIMIT: 1}


async def test_forced_faults_go_to_the_named_method_in_order(reach: Portal) -> None:
    faults = reach.portal.faults
    faults.force_next(FaultKind.SERVER_ERROR, method="crm.activity.todo.add", count=2)
    faults.force_next(FaultKind.EXPIRED_TOKEN)

    statuses = [(await reach.post("user.current")).status_code,
                (await reach.add_todo("Retry me")).status_code,
                (await reach.add_todo("Retry me")).status_code,
                (await reach.add_todo("Retry me")).status_code]

    assert statuses == [401, 500, 500, 200]
    assert reach.todos_titled("Retry me") == 1


# ------------------------------------------------------------------------------- shares and seeds


async def _outcomes(reach: Portal, activity_id: int, calls: int) -> list[str]:
    seen = []
    for _ in range(calls):
        try:
            reply = await reach.post("crm.activity.get", {"id": activity_id})
            seen.append(str(reply.status_code))
        except httpx.TransportError as error:
            seen.append(type(error).__name__)
    return seen


async def test_a_share_of_a_fifth_fails_about_100_of_500_calls(reach: Portal) -> None:
    activity_id = (await reach.add_todo("Busy todo")).json()["result"]["id"]
    reach.portal.faults.configure(FaultPlan(share=0.2, delay_seconds=0.0, seed=20261123))

    seen = await _outcomes(reach, activity_id, 500)

    counts = reach.portal.faults.counts
    assert 70 <= sum(counts.values()) <= 130, counts
    assert set(counts) == set(FaultKind)
    visible = sum(n for kind, n in counts.items() if kind not in (FaultKind.DELAY, FaultKind.CONCURRENT_EDIT))
    assert sum(outcome != "200" for outcome in seen) == visible
    assert seen.count("RemoteProtocolError") == counts[FaultKind.DROP_BEFORE] + counts[FaultKind.DROP_AFTER]
    assert reach.portal.faults.calls == 501


async def test_the_same_seed_fails_the_same_calls(reach: Portal) -> None:
    activity_id = (await reach.add_todo("Steady todo")).json()["result"]["id"]
    plan = FaultPlan(share=0.3, kinds=(FaultKind.RATE_LIMIT, FaultKind.SERVER_ERROR, FaultKind.EXPIRED_TOKEN,
                                       FaultKind.DROP_BEFORE), seed=42)

    reach.portal.faults.configure(plan)
    first = await _outcomes(reach, activity_id, 60)
    reach.portal.faults.configure(plan)
    second = await _outcomes(reach, activity_id, 60)
    reach.portal.faults.configure(FaultPlan(share=0.3, kinds=plan.kinds, seed=43))
    other = await _outcomes(reach, activity_id, 60)

    assert first == second
    assert first != other
    assert {"503", "500", "401", "RemoteProtocolError"} <= set(first)


# ------------------------------------------------------------------------------- through the client


async def test_the_bitrix_client_sees_unknown_outcomes_as_sent_transport_errors(portal: SandboxPortal) -> None:
    webhook = Webhook(base_url=BASE_URL, user_id=1, code="demo")
    portal.faults.configure(FaultPlan(delay_seconds=DELAY))
    async with BitrixClient.for_webhook(webhook, transport=portal.transport(), timeout=SHORT_READ) as client:
        portal.faults.force_next(FaultKind.DROP_AFTER)
        with pytest.raises(PortalUnreachable) as dropped:
            await client.add_todo(2, 1, NOW + timedelta(days=3), title="Dropped but stored")
        portal.faults.force_next(FaultKind.DELAY)
        with pytest.raises(RequestTimeout) as late:
            await client.add_todo(2, 1, NOW + timedelta(days=3), title="Late but stored")
        portal.faults.force_next(FaultKind.RATE_LIMIT)
        with pytest.raises(RateLimited):
            await client.add_todo(2, 1, NOW + timedelta(days=3), title="Refused")

    assert dropped.value.sent and late.value.sent
    assert portal.db.count_activities(subject="Dropped but stored") == 1
    assert portal.db.count_activities(subject="Late but stored") == 1
    assert portal.db.count_activities(subject="Refused") == 0


# ------------------------------------------------------------------------------- command line


def test_the_cli_reads_the_fault_options() -> None:
    args = build_parser().parse_args(["serve", "--webhook-code", "x", "--fault-share", "0.2", "--faults",
                                      "rate_limit, drop_after", "--fault-delay", "3", "--fault-seed", "1",
                                      "--fault-methods", "crm.activity.todo.add"])

    assert (args.fault_share, args.faults, args.fault_delay, args.fault_seed, args.fault_methods) == (
        0.2, (FaultKind.RATE_LIMIT, FaultKind.DROP_AFTER), 3.0, 1, frozenset({"crm.activity.todo.add"}))


def test_the_cli_refuses_an_unknown_fault_kind(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        build_parser().parse_args(["serve", "--webhook-code", "x", "--faults", "rate_limit,meteor"])

    assert exited.value.code == 2
    assert "unknown fault kind" in capsys.readouterr().err


@pytest.mark.integration
def test_serve_with_faults_fails_method_calls_but_not_the_webhook_check() -> None:
    with start_sandbox_server("--webhook-code", "f4u1t", "--fault-share", "1", "--faults", "drop_before,rate_limit",
                              "--fault-seed", "5") as url, httpx.Client(timeout=10) as http:
        wrong = http.post(url.replace("f4u1t", "wrong") + "user.current", json={})
        outcomes = set()
        for _ in range(12):
            try:
                outcomes.add(str(http.post(url + "user.current", json={}).status_code))
            except httpx.RemoteProtocolError as error:
                outcomes.add(str(error))

    assert wrong.status_code == 401
    assert outcomes == {"503", DISCONNECTED}
