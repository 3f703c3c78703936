"""Services when the portal lies (issue 10 item 6): what the window asks for — the timeline load, the
delta refresh, the My-activities walk with its owner names, the contacts directory, the catalog, the
counters, the details and the entity browser — gets either its answer or a typed client error, never a ``KeyError`` /
``ValueError`` / ``TypeError`` / ``ValidationError`` (which would reach the user as "Something went
wrong: TypeError", or stop a load half-way without a word).

Every request goes to the real sandbox portal (in-process, a fresh one per example); :class:`LyingPortal`
then swaps ONE reply — the ``k``-th of the scenario, drawn by hypothesis — for a lie made from the
honest one: a value somewhere inside it (a row, a field, a batch section, ``total``/``next``) replaced
by a wrong type, a null, a huge number, letters, a naive datetime or nested garbage; or the body cut
short, or a captive portal's HTML page. A lie that happens to keep the reply's meaning may pass; what
a service then returns is checked to be well-typed.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import Activity, BitrixClient, RetryPolicy, Webhook
from desktop_app.bitrix.errors import BadResponse, BitrixClientError, outcome_unknown
from desktop_app.sandbox import SandboxPortal
from desktop_app.services.cached_timeline import CachedTimelineService
from desktop_app.services.catalog import EnumEntry, PortalCatalog
from desktop_app.services.contacts import ContactDirectory, Party
from desktop_app.services.counters import CountersService, EntityCounters
from desktop_app.services.details import ActivityDetails, DetailsService
from desktop_app.services.entities import EntityService
from desktop_app.services.my_activities import MyActivitiesService, parse_rows
from desktop_app.services.timeline import EntityRef, TimelineService
from desktop_app.services.timeline_delta import Changes, read_changes
from desktop_app.store.cache import CachedTimeline, CacheStore

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the sandbox's fixed clock (tests/conftest.py)
CODE = "demo"
WEBHOOK = Webhook("http://sandbox.local", 1, CODE)
DEAL_1 = EntityRef(2, 1)  # 75 activities in the demo data: the delta's follow-up walk runs too


# ------------------------------------------------------------------------------------ lies

SCALARS = (st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=6)
           | st.sampled_from(["", "abc", "12", "-1", "0", "9" * 25, "Y", "maybe", "2026-11-23T10:00:00",
                              "2026-13-45T99:00:00+03:00", "9999-12-31T00:00:00+03:00"]))
HOSTILE = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.sampled_from(["ID", "id", "items", "VALUE", "result"]) | st.text(max_size=3),
                                         inner, max_size=3), max_leaves=8)
HTML = b"<!DOCTYPE html><html><body><h1>Sign in to the Wi-Fi</h1></body></html>"


def _children(node: Any) -> list[Any]:
    if isinstance(node, dict):
        return list(node)
    if isinstance(node, list):
        return list(range(len(node)))
    return []


def _lie(data: st.DataObject, body: bytes) -> tuple[int, bytes]:
    """A lie made from the honest ``body`` (see the module docstring): (HTTP status, body)."""
    kind = data.draw(st.sampled_from(["inside", "inside", "inside", "envelope", "truncated", "html"]), label="lie")
    if kind == "html":
        return data.draw(st.sampled_from([200, 502]), label="status"), HTML
    if kind == "truncated":
        return 200, body[: len(body) * data.draw(st.integers(0, 999), label="cut per mille") // 1000]
    envelope = json.loads(body)
    if kind == "envelope":
        key = data.draw(st.sampled_from(["total", "next", "time", "result"]), label="key")
        envelope[key] = data.draw(HOSTILE, label="value")
        return 200, json.dumps(envelope).encode()
    # a random walk from "result" down: replace the node where the walk stops
    parent: Any = envelope
    key: Any = "result"
    path = ["result"]
    while True:
        children = _children(parent[key])
        if not children or data.draw(st.integers(0, 3), label="stop") == 0:
            break
        parent, key = parent[key], data.draw(st.sampled_from(children), label="child")
        path.append(str(key))
    parent[key] = data.draw(HOSTILE, label="value")
    event(f"lie at depth {len(path)}")
    return 200, json.dumps(envelope).encode()


class LyingPortal(httpx.AsyncBaseTransport):
    """Forwards every request to the sandbox portal; the reply to request number :attr:`lie_at` (0-based)
    is swapped for a lie drawn from ``data``. :attr:`requests` counts the requests; :attr:`lied` tells
    whether a lie was told (the scenario made that many requests)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, data: st.DataObject, lie_at: int) -> None:
        self._inner = inner
        self._data = data
        self.lie_at = lie_at
        self.requests = 0
        self.lied = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        reply = await self._inner.handle_async_request(request)
        body = await reply.aread()
        number, self.requests = self.requests, self.requests + 1
        if number != self.lie_at or reply.status_code != 200:
            return httpx.Response(reply.status_code, content=body, headers={"Content-Type": "application/json"})
        self.lied = True
        status, lie = _lie(self._data, body)
        return httpx.Response(status, content=lie, headers={"Content-Type": "application/json"})

    async def aclose(self) -> None:
        await self._inner.aclose()


# ------------------------------------------------------------------------------- scenarios


def _is_id(value: Any) -> bool:
    return type(value) is int and 0 < value < 2**63


def _aware(value: datetime | None) -> bool:
    return value is None or (isinstance(value, datetime) and value.utcoffset() is not None)


def _activity_ok(a: Any) -> bool:
    return (isinstance(a, Activity) and _is_id(a.id) and isinstance(a.subject, str)
            and all(_aware(t) for t in (a.deadline_raw, a.last_updated, a.start_time, a.end_time, a.created)))


async def timeline_load(client: BitrixClient) -> Any:
    """The timeline panel's first load: planned, then the first history page (filtered query)."""
    query = TimelineService(client).query(DEAL_1, now=NOW)
    planned = await query.planned()
    history = await query.next_history_page()
    assert all(_activity_ok(a) for a in planned + history)
    assert all(a.is_overdue(NOW) in (True, False) for a in planned)  # compares with an aware "now"
    return planned, history


async def cached_refresh(client: BitrixClient) -> Any:
    """Open a cached timeline: full load, then a delta refresh (what the window does on every open)."""
    conn = sqlite3.connect(":memory:")
    try:
        service = CachedTimelineService(TimelineService(client), CacheStore(conn), clock=lambda: NOW)
        first = await service.refresh(DEAL_1)
        again = await service.refresh(DEAL_1)
        for snapshot in (first, again):
            assert isinstance(snapshot, CachedTimeline)
            assert all(_activity_ok(a) for a in snapshot.planned + snapshot.history)
        return again
    finally:
        conn.close()


async def delta_refresh(client: BitrixClient) -> Any:
    """The delta request itself (one batch, then the follow-up walk past 50 changed rows)."""
    changes = await read_changes(client, DEAL_1, None, [1, 2, 3, 400])
    assert isinstance(changes, Changes) and all(_activity_ok(a) for a in changes.rows)
    assert all(_is_id(i) for i in changes.present) and _aware(changes.cursor)
    return changes


async def my_activities(client: BitrixClient) -> Any:
    """The My-activities walk, each page parsed as the panel does, then the owners' names."""
    service = MyActivitiesService(client, me_id=1, tz=TZ, clock=lambda: NOW)
    keys: set[tuple[int, int]] = set()
    count = 0
    async for page in service.pages(1):
        batch = parse_rows(page.rows)
        count += len(batch)
        keys.update(zip(batch.owner_type, batch.owner_id, strict=True))
    names = await service.entity_names(keys)
    assert all(isinstance(n, str) and _is_id(k[1]) for k, n in names.items())
    return count, names


async def contacts(client: BitrixClient) -> Any:
    """The counterpart picker: a deal's contacts and company, a company's contacts."""
    directory = ContactDirectory(client)
    parties = await directory.parties(2, 1) + await directory.parties(4, 1)
    assert all(isinstance(p, Party) and _is_id(p.entity_id) and isinstance(p.name, str) for p in parties)
    assert all(isinstance(c.value, str) for p in parties for c in p.channels)
    return parties


async def catalog(client: BitrixClient) -> Any:
    """The form's field descriptions and enumerations."""
    portal = PortalCatalog(client)
    fields = await portal.activity_fields()
    types = await portal.activity_types()
    owners = await portal.owner_types()
    assert all(isinstance(e, EnumEntry) and type(e.id) is int and isinstance(e.name, str) for e in types + owners)
    return fields, types, owners


async def counters(client: BitrixClient) -> Any:
    """The red/green badges of a page of deals."""
    found = await CountersService(client, clock=lambda: NOW).counters(2, range(1, 8))
    assert all(isinstance(c, EntityCounters) and type(c.overdue) is int and c.overdue >= 0 and c.incoming >= 0
               for c in found.values())
    return found


async def details(client: BitrixClient) -> Any:
    """The details pane of an activity of deal 1."""
    loaded = await DetailsService(client).load(1)
    assert isinstance(loaded, ActivityDetails) and _activity_ok(loaded.activity)
    assert all(isinstance(n, str) for n in loaded.entity_names.values())
    return loaded


async def entity_browser(client: BitrixClient) -> Any:
    """The entity browser: a page of deals, and contacts searched by name."""
    service = EntityService(client)
    items = (await service.page(2)).items + (await service.page(3, "an")).items
    assert all(_is_id(i.id) and isinstance(i.display_name, str) and _aware(i.updated_time) for i in items)
    return items


SCENARIOS: dict[str, Callable[[BitrixClient], Awaitable[Any]]] = {
    f.__name__: f for f in (timeline_load, cached_refresh, delta_refresh, my_activities, contacts, catalog, counters,
                            details, entity_browser)
}


# ---------------------------------------------------------------------------------- runner


async def _run(name: str, data: st.DataObject | None, lie_at: int) -> tuple[LyingPortal, Any, BaseException | None]:
    portal = SandboxPortal(":memory:", webhook_code=CODE, webhook_user_id=1, demo_data=True, now=lambda: NOW)
    try:
        liar = LyingPortal(portal.transport(), data, lie_at)  # type: ignore[arg-type]
        client = BitrixClient.for_webhook(WEBHOOK, transport=liar, rate_plan=None, retry=RetryPolicy.NONE)
        async with client:
            try:
                return liar, await asyncio.wait_for(SCENARIOS[name](client), 30), None
            except Exception as exc:  # noqa: BLE001 - the test judges whatever comes out (hypothesis' own pass)
                return liar, None, exc
    finally:
        portal.close()


#: Requests each scenario makes when nobody lies: where a lie can go.
_REQUESTS: dict[str, int] = {}


def _honest_requests(name: str) -> int:
    if name not in _REQUESTS:
        liar, result, exc = asyncio.run(_run(name, None, -1))
        assert exc is None, f"{name} fails without any lie: {exc!r}"
        assert result is not None
        _REQUESTS[name] = liar.requests
    return _REQUESTS[name]


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_honest_portal_every_scenario_answers(name: str) -> None:
    assert _honest_requests(name) > 0


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(SCENARIOS)), data=st.data())
def test_a_lying_reply_gives_the_answer_or_a_typed_error(name: str, data: st.DataObject) -> None:
    lie_at = data.draw(st.integers(0, _honest_requests(name) - 1), label="lie_at")
    liar, _result, exc = asyncio.run(_run(name, data, lie_at))
    event(f"{name}: {type(exc).__name__ if exc else 'answered'}")
    if exc is None:
        return  # the scenario itself checked that what it returned is well-typed
    assert isinstance(exc, BitrixClientError), f"{name}, lie at request {lie_at}: {type(exc).__name__}: {exc}"
    assert liar.lied, f"{name}: {exc!r} without a lie"
    assert f"/{CODE}/" not in str(exc)
    if isinstance(exc, BadResponse):
        assert outcome_unknown(exc) and exc.method and exc.host == "sandbox.local"


# ------------------------------------------------------------------------- named cases


def _forced(replies: dict[str, Any]) -> httpx.AsyncBaseTransport:
    """A portal answering ``{method: result}`` for the methods named, the sandbox for the rest."""
    portal = SandboxPortal(":memory:", webhook_code=CODE, webhook_user_id=1, demo_data=True, now=lambda: NOW)
    inner = portal.transport()

    class Forced(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            method = request.url.path.rstrip("/").rsplit("/", 1)[-1].removesuffix(".json")
            if method in replies:
                body = json.dumps({"result": replies[method], "time": {"start": 1.0}}).encode()
                return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
            return await inner.handle_async_request(request)

        async def aclose(self) -> None:
            await inner.aclose()
            portal.close()

    return Forced()


async def _raised(replies: dict[str, Any], call: Callable[[BitrixClient], Awaitable[Any]]) -> BadResponse:
    client = BitrixClient.for_webhook(WEBHOOK, transport=_forced(replies), rate_plan=None, retry=RetryPolicy.NONE)
    async with client:
        with pytest.raises(BadResponse) as caught:
            await call(client)
    return caught.value


@pytest.mark.parametrize(("replies", "call", "method", "field"), [
    ({"crm.contact.list": [{"ID": "abc", "NAME": "Ann"}]}, lambda c: ContactDirectory(c).parties(3, 1),
     "crm.contact.list", "result[0].ID"),
    ({"crm.contact.list": {"item": None}}, lambda c: ContactDirectory(c).parties(3, 1), "crm.contact.list", "result"),
    ({"crm.company.list": [{"ID": "4", "TITLE": "Acme", "PHONE": [{"VALUE": ["+1"]}]}]},
     lambda c: ContactDirectory(c).parties(4, 1), "crm.company.list", "result[0].PHONE[0].VALUE"),
    ({"crm.item.list": {"items": [{"id": 1, "contactIds": [2, "x"]}]}}, lambda c: ContactDirectory(c).parties(2, 1),
     "crm.item.list", "result.items[0].contactIds[1]"),
    ({"crm.enum.activitytype": [{"ID": 1, "NAME": "Meeting"}, {"ID": "two", "NAME": "Call"}]},
     lambda c: PortalCatalog(c).activity_types(), "crm.enum.activitytype", "result[1].ID"),
    ({"crm.enum.ownertype": None}, lambda c: PortalCatalog(c).owner_types(), "crm.enum.ownertype", "result"),
    ({"crm.item.list": {"items": [{"id": 3, "title": "Acme"}, {"id": None, "title": "Ghost"}]}},
     lambda c: EntityService(c).page(2), "crm.item.list", "result.items[1].id"),
    ({"crm.activity.get": {"ID": "2", "SUBJECT": "Someone else's"}}, lambda c: DetailsService(c).load(1),
     "crm.activity.get", "result.ID"),
    ({"crm.activity.list": [{"ID": "5", "DEADLINE": "2026-11-23T10:00:00"}]},
     lambda c: TimelineService(c).query(DEAL_1, now=NOW).planned(), "crm.activity.list", "result[0].DEADLINE"),
])
async def test_a_lie_names_the_method_and_the_field(replies: dict[str, Any], call: Any, method: str,
                                                    field: str) -> None:
    exc = await _raised(replies, call)
    assert (exc.method, exc.field) == (method, field)
    assert field in str(exc) and exc.host == "sandbox.local"


async def test_a_naive_deadline_in_my_activities_names_the_row() -> None:
    row = {"ID": "9", "OWNER_TYPE_ID": "2", "OWNER_ID": "1", "DEADLINE": "2026-11-23T10:00:00"}
    client = BitrixClient.for_webhook(WEBHOOK, transport=_forced({"crm.activity.list": [row]}), rate_plan=None,
                                      retry=RetryPolicy.NONE)
    async with client:
        service = MyActivitiesService(client, me_id=1, tz=TZ, clock=lambda: datetime.now(UTC))
        with pytest.raises(BadResponse) as caught:
            async for _page in service.pages(1):
                pass
    assert (caught.value.method, caught.value.field) == ("crm.activity.list", "result[0].DEADLINE")


async def test_a_lying_batch_command_in_the_counters_is_a_bad_response() -> None:
    lie = {"result": {"o1": {"rows": "x"}, "i1": []}, "result_error": [], "result_total": {"i1": 0},
           "result_next": [], "result_time": []}
    exc = await _raised({"batch": lie}, lambda c: CountersService(c, clock=lambda: NOW).counters(2, [1]))
    assert (exc.method, exc.field) == ("batch", "result.result.o1")
