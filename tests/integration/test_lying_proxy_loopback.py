"""Replies that lie, over real loopback HTTP (issue 10, item 6 and its "Done when").

A sandbox portal is served on 127.0.0.1 (uvicorn in a thread, ``serve_in_thread``), and in front of
it a lying proxy: a ``ThreadingHTTPServer`` on another 127.0.0.1 port that forwards every request
(method, path, headers, body) to the portal — so the portal really applies it — and then answers the
client with whatever the test's plan says: the truth, or a lie (tests/lies.py: wrong types, nulls,
numbers beyond 64 bits, truncated JSON, an HTML page, a 4xx without an error; or an envelope of
hostile values drawn by hypothesis). The client under test talks only to the proxy; the test looks
at the result on the portal directly (its database, and a client on the portal's own port).

- Every public client call, whatever lie it hears, raises only ``BitrixClientError`` subclasses, and
  a write that raised says its outcome is unknown (the portal did apply it).
- With creates and edits in the outbox, 200 lying replies and then the user's "Retry" leave exactly
  one activity per create on the portal, every edit applied and no red card.
"""

from __future__ import annotations

import asyncio
import contextlib
import http.client
import json
import random
import threading
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest
from changes_helpers import FIXED_NOW, call_fields, ticking
from hypothesis import event, given, settings
from hypothesis import strategies as st
from lies import HTML, LIES, LiePlan, rest_method, write_until_told

from desktop_app.bitrix import (
    Activity,
    BitrixClient,
    BitrixClientError,
    CrmItem,
    RetryPolicy,
    User,
    Webhook,
    outcome_unknown,
)
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.services.changes import ChangeService
from desktop_app.services.outbox import Backoff
from desktop_app.store import EntryState, OutboxEntry, Store

pytestmark = pytest.mark.integration

CODE = "lying5proxy"
SEED = 20261203
FAULTS = 200
CREATES = ("crm.activity.add", "crm.activity.todo.add")
UPDATES = ("crm.activity.update", "crm.activity.todo.updateDescription", "crm.activity.todo.updateDeadline")
READS = ("crm.activity.get", "crm.activity.list")
WHEN = datetime(2026, 12, 4, 15, 0, tzinfo=timezone(timedelta(hours=3)))

#: (REST method, true status, true body) -> a lie (status, body, Content-Type), or None for the truth.
Plan = Callable[[str, int, bytes], "tuple[int, bytes, str] | None"]


# ------------------------------------------------------------------------------- the harness


@contextlib.contextmanager
def served_portal() -> Iterator[tuple[SandboxPortal, str]]:
    """A fresh demo portal (clock fixed at the tests' FIXED_NOW) served on loopback: (portal, webhook URL)."""
    portal = SandboxPortal(":memory:", webhook_code=CODE, webhook_user_id=1, demo_data=True,
                           now=lambda: FIXED_NOW, operating_limit=None)
    try:
        with serve_in_thread(portal) as url:
            yield portal, url
    finally:
        portal.close()


@dataclass
class Proxy:
    """A running lying proxy: its webhook URL, the plan it follows, what it forwarded and lied about."""

    webhook_url: str = ""
    plan: Plan = lambda method, status, body: None  # noqa: E731 - the truth until a test says otherwise
    forwarded: list[str] = field(default_factory=list)
    lies: list[str] = field(default_factory=list)


class _Joined(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins every handler thread: none outlives its test
    block_on_close = True


_HOP_BY_HOP = {"host", "connection", "content-length", "accept-encoding", "keep-alive", "transfer-encoding"}


@contextlib.contextmanager
def lying_proxy(portal_url: str) -> Iterator[Proxy]:
    """A proxy on a fresh 127.0.0.1 port in front of the portal at ``portal_url`` (see the module docstring)."""
    target = urlsplit(portal_url)
    state = Proxy()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # one request per connection

        def _any(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
            upstream = http.client.HTTPConnection(target.hostname, target.port, timeout=30)
            try:
                upstream.request(self.command, self.path, body=body, headers=headers)
                reply = upstream.getresponse()
                status, content, content_type = (reply.status, reply.read(),
                                                 reply.getheader("Content-Type", "application/json"))
            finally:
                upstream.close()
            method = rest_method(self.path)
            state.forwarded.append(method)
            lie = state.plan(method, status, content)
            if lie is not None:
                status, content, content_type = lie
                state.lies.append(method)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client hung up: its own business
                self.wfile.write(content)

        do_GET = do_POST = _any

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
            pass

    httpd = _Joined(("127.0.0.1", 0), Handler)
    state.webhook_url = f"http://127.0.0.1:{httpd.server_address[1]}{target.path}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="lying-proxy",
                              daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def client_on(url: str) -> BitrixClient:
    """A client without retries or rate limiting: every lie reaches the caller."""
    return BitrixClient.for_webhook(Webhook.parse(url), rate_plan=None, retry=RetryPolicy.NONE)


# ------------------------------------------------------ test 1: each call, each lie, typed errors


def _is_id(value: Any) -> bool:
    return type(value) is int and 0 < value < 2**63


@dataclass(frozen=True)
class Call:
    """A public client call made through the proxy: ``run(client, ids, tag)``, whether it writes,
    and what a successful result must look like."""

    run: Callable[[BitrixClient, dict[str, int], str], Awaitable[Any]]
    write: bool
    ok: Callable[[Any], bool]


CALLS: dict[str, Call] = {
    "user.current": Call(lambda c, ids, tag: c.current_user(), False, lambda r: isinstance(r, User)),
    "crm.item.list": Call(lambda c, ids, tag: c.list_items(2), False,
                          lambda p: all(isinstance(i, CrmItem) and _is_id(i.id) for i in p.items) and p.total >= 0),
    "crm.activity.list": Call(lambda c, ids, tag: c.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1}), False,
                              lambda p: all(isinstance(a, Activity) and _is_id(a.id) for a in p.items)),
    "crm.activity.get": Call(lambda c, ids, tag: c.get_activity(ids["call"]), False,
                             lambda a: isinstance(a, Activity) and _is_id(a.id)),
    "crm.activity.todo.add": Call(lambda c, ids, tag: c.add_todo(2, 1, WHEN, title=tag), True, _is_id),
    "crm.activity.add": Call(lambda c, ids, tag: c.activities.add(call_fields(tag)), True, _is_id),
    "crm.activity.update": Call(lambda c, ids, tag: c.activities.update(ids["call"], {"SUBJECT": tag}), True,
                                lambda r: r is None),
    "crm.activity.todo.updateDeadline": Call(lambda c, ids, tag: c.todo.update_deadline(ids["todo"], 2, 1, WHEN),
                                             True, _is_id),
}

SCALARS = (st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=6)
           | st.sampled_from(["", "abc", "12", "-1", "1e5", "9" * 25, "Y", "2026-13-45T99:00:00+03:00"]))
HOSTILE = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                       | st.dictionaries(st.sampled_from(["ID", "id", "item", "items", "SUBJECT", "total", "next"]),
                                         inner, max_size=4), max_leaves=8)
ENVELOPES = st.fixed_dictionaries({"result": HOSTILE}, optional={"total": SCALARS, "next": SCALARS})


@dataclass(frozen=True)
class Lie:
    """A lie drawn by hypothesis, made from the true reply: ``make(status, body) -> (status, body, type)``."""

    name: str
    make: Callable[[int, bytes], tuple[int, bytes, str]]

    def __repr__(self) -> str:
        return self.name


def _kind(choice: tuple[tuple[str, Any], int]) -> Lie:
    (name, make), seed = choice

    def told(status: int, body: bytes) -> tuple[int, bytes, str]:
        lie_status, lie = make(random.Random(seed), body)
        return lie_status, lie, "text/html" if lie is HTML else "application/json"

    return Lie(f"{name} (seed {seed})", told)


def _hostile(choice: tuple[dict[str, Any], int]) -> Lie:
    payload, status = choice
    body = json.dumps(payload).encode()
    return Lie(f"{status} {body[:120]!r}", lambda s, b: (status, body, "application/json"))


def _truncated(fraction: float) -> Lie:
    return Lie(f"true reply cut at {fraction:.2f}", lambda s, b: (s, b[: int(len(b) * fraction)], "application/json"))


RAW = [b'{"result": {"id": 1e999}}', b'{"result": ' + b"9" * 5000 + b"}", b'{"result": NaN, "next": Infinity}',
       b'{"result": [], "total": -1e400}', b"", b"null", b"<html><body>captive portal</body></html>"]
LIE_STRATEGY = st.one_of(
    st.tuples(st.sampled_from(LIES), st.integers(0, 2**32)).map(_kind),            # the outbox test's 13 kinds
    st.tuples(ENVELOPES, st.sampled_from([200, 200, 200, 400, 404, 502])).map(_hostile),  # wrong types, nulls, huge
    st.floats(0, 0.99).map(_truncated),                                              # truncation of the truth
    st.tuples(st.sampled_from(RAW), st.sampled_from([200, 403, 502])).map(
        lambda t: Lie(f"{t[1]} {t[0][:40]!r}", lambda s, b: (t[1], t[0], "text/html" if b"html" in t[0] else "application/json"))),
)


def test_every_lie_over_loopback_gives_only_typed_errors_and_writes_say_outcome_unknown() -> None:
    with served_portal() as (portal, url), lying_proxy(url) as proxy:
        async def setup() -> dict[str, int]:
            async with client_on(url) as honest:
                return {"call": await honest.activities.add(call_fields("Fuzzed call")),
                        "todo": await honest.add_todo(2, 1, WHEN, title="Fuzzed todo")}

        ids = asyncio.run(setup())
        counter = iter(range(10**6))

        async def through_the_proxy(call: Call, tag: str) -> tuple[Any, BaseException | None]:
            async with client_on(proxy.webhook_url) as client:
                try:
                    return await asyncio.wait_for(call.run(client, ids, tag), 30), None
                except Exception as exc:  # noqa: BLE001 - the test judges whatever comes out
                    return None, exc

        @settings(max_examples=40, deadline=None, database=None)
        @given(name=st.sampled_from(sorted(CALLS)), lie=LIE_STRATEGY)
        def example(name: str, lie: Lie) -> None:
            call, tag = CALLS[name], f"Fuzz {next(counter)}"
            told: list[str] = []

            def plan(method: str, status: int, body: bytes) -> tuple[int, bytes, str] | None:
                told.append(method)
                return lie.make(status, body)

            proxy.plan = plan
            result, exc = asyncio.run(through_the_proxy(call, tag))
            proxy.plan = lambda method, status, body: None
            assert told == [name], told  # one request, forwarded to the portal, answered with the lie
            if exc is None:
                assert call.ok(result), (name, lie, result)
            else:
                assert isinstance(exc, BitrixClientError), f"{name} / {lie!r}: {type(exc).__name__}: {exc}"
                assert CODE not in str(exc)
                assert not call.write or outcome_unknown(exc), f"{name} / {lie!r}: {exc!r} hides that it was applied"
            if name in ("crm.activity.add", "crm.activity.todo.add"):  # the portal did apply it, once
                assert portal.db.count_activities(subject=tag) == 1, (name, lie)
            event(f"{name}: {type(exc).__name__ if exc else 'ok'}")

        example()
    assert len(proxy.lies) >= 40


# ------------------------------------------- test 2: 200 lies to the outbox, then the user's Retry


async def test_200_lying_replies_over_loopback_then_retry_leave_exactly_one_activity_per_create(tmp_path) -> None:
    liar = LiePlan(seed=SEED, budget=FAULTS, rate=0.6, methods=CREATES + UPDATES, reads=READS, read_rate=0.15)
    store = Store.open(tmp_path / "outbox.sqlite3")
    with served_portal() as (portal, url), lying_proxy(url) as proxy:
        proxy.plan = lambda method, status, body: liar.lie(method, body)
        honest, client = client_on(url), client_on(proxy.webhook_url)
        service = ChangeService(client, store, clock=ticking(FIXED_NOW), backoff=Backoff(0.001, 0.01))
        seen: list[OutboxEntry] = []
        service.subscribe(seen.append)
        try:
            creates, existing, rounds = await write_until_told(service, honest, liar, SEED, "LOOPBACK-LIE")
            failed = [e for e in service.open_entries() if e.state is EntryState.FAILED]
            for entry in failed:  # the user's "Retry" of whatever is red (there should be nothing)
                service.retry(entry.id)
            await service.processor.drain()

            # exactly one activity per create on the portal, with the user's last edit
            for planned in creates:
                done = store.outbox.get(planned.entry.id)
                assert done.state is EntryState.DONE, (planned.subject, done.state, done.error_code)
                activity = await honest.get_activity(done.activity_id)
                if planned.entry.method == "crm.activity.add":
                    assert portal.db.count_activities(origin_id=planned.entry.origin_id) == 1, planned.subject
                    assert activity.subject == planned.subject
                else:
                    assert portal.db.count_activities(subject=planned.subject) == 1, planned.subject
                    assert activity.description == planned.description
                    assert activity.deadline is not None and activity.deadline.day == 20
            for loaded, description in existing:
                assert (await honest.get_activity(loaded.id)).description == description
                assert portal.db.count_activities(subject=loaded.subject) == 1
            # no change lost, none left waiting, and a lie never turned a change into a red card
            assert failed == [], [(e.method, e.error_code) for e in failed]
            assert service.open_entries() == []
            assert [e for e in seen if e.state is EntryState.FAILED] == []
            assert service.processor.stats["unknown"] > 0 and service.processor.stats["reconciled_applied"] > 0
            # …and the lies were all told: 200 to creates and edits, of every kind, some to look-ups too
            assert liar.budget == 0, f"only {FAULTS - liar.budget} lies were told"
            assert sum(liar.told[m] for m in CREATES + UPDATES) == FAULTS
            assert all(liar.told[m] > 0 for m in CREATES + UPDATES + READS)  # lies to every create, edit, look-up
            assert len(liar.kinds) == len(LIES)
            assert len(proxy.lies) == sum(liar.told.values()) and len(proxy.forwarded) > len(proxy.lies)
        finally:
            await client.aclose()
            await honest.aclose()
            store.close()
    print(f"lies: {dict(liar.told)}; kinds: {dict(liar.kinds)}; rounds {rounds}; creates {len(creates)}; "
          f"forwarded {len(proxy.forwarded)}; outbox: {dict(service.processor.stats)}")
