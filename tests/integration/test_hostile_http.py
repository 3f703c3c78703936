"""The REST client against hostile HTTP servers on loopback (issue 10, items 1 and 7).

Each server is a real ``http.server`` in a thread on 127.0.0.1 that records every request (method,
path, headers, body) — hand-written because the sandbox portal cannot redirect, trickle or flood:

- a portal that answers 302 to a second host: the second host receives nothing — no request, no
  webhook code, no body — until the user confirms the move; then the call goes there;
- a server that sends its headers and then one byte every 0.2 s is cut at the client's deadline;
- a server that announces, or streams, a body over the size cap is refused with ``ReplyTooLarge``
  before the body is held in memory.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop_app.bitrix import (
    BitrixClient,
    DeadlineExceeded,
    PortalMoveUnconfirmed,
    ReplyTooLarge,
    RetryPolicy,
    Webhook,
    outcome_unknown,
)

pytestmark = pytest.mark.integration

CODE = "hostile5ecret"
DEADLINE = datetime(2026, 12, 3, 11, 0, tzinfo=timezone(timedelta(hours=3)))


@dataclass(frozen=True)
class Seen:
    """One request a server received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Server:
    """A running loopback server: its base URL, what it received, bytes it wrote after the headers."""

    base_url: str
    requests: list[Seen] = field(default_factory=list)
    body_bytes_sent: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    @property
    def host(self) -> str:
        return self.base_url.split("://", 1)[1]


Behaviour = Callable[[BaseHTTPRequestHandler, Server, Seen], None]


class _Joined(ThreadingHTTPServer):
    daemon_threads = False  # server_close() joins every handler thread: no thread outlives its test
    block_on_close = True


@contextmanager
def serve(behaviour: Behaviour) -> Iterator[Server]:
    """Run ``behaviour(handler, server, request)`` for every request on a fresh 127.0.0.1 port."""
    state = Server(base_url="")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"  # one request per connection; a body without length ends at close

        def _any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            seen = Seen(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
            state.requests.append(seen)
            try:
                behaviour(self, state, seen)
            except OSError:  # the client hung up (deadline, size cap): what these tests provoke
                pass

        do_GET = do_POST = _any

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
            pass

    httpd = _Joined(("127.0.0.1", 0), Handler)
    state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def reply_json(handler: BaseHTTPRequestHandler, payload: object, status: int = 200) -> None:
    body = json.dumps(payload).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json; charset=utf-8")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def redirect_to(target: Server) -> Behaviour:
    def behaviour(handler: BaseHTTPRequestHandler, state: Server, seen: Seen) -> None:
        handler.send_response(302)
        handler.send_header("Location", target.base_url + seen.path)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return behaviour


def new_portal(handler: BaseHTTPRequestHandler, state: Server, seen: Seen) -> None:
    method = seen.path.rsplit("/", 1)[-1]
    if method == "user.current":
        reply_json(handler, {"result": {"ID": "1", "NAME": "Ann"}, "time": {}})
    else:
        reply_json(handler, {"result": {"id": 42}, "time": {}})


def client_for(server: Server, **options: object) -> BitrixClient:
    options.setdefault("rate_plan", None)
    return BitrixClient.for_webhook(Webhook(server.base_url, 1, CODE), **options)  # type: ignore[arg-type]


async def test_a_redirect_to_another_host_sends_it_nothing_until_the_user_confirms() -> None:
    moved: list[str] = []
    with serve(new_portal) as second, serve(lambda h, s, seen: redirect_to(second)(h, s, seen)) as first:
        async with client_for(first, on_portal_moved=moved.append) as client:
            with pytest.raises(PortalMoveUnconfirmed) as info:
                await client.add_todo(2, 1, DEADLINE, title="Quarterly offer", description="discount 12%")
            with pytest.raises(PortalMoveUnconfirmed):  # a read meets the same redirect: still nothing sent there
                await client.current_user()

            error = info.value
            assert (error.old_host, error.new_host, error.new_base_url) == (first.host, second.host, second.base_url)
            assert error.method == "crm.activity.todo.add" and error.sent is False and not outcome_unknown(error)
            assert CODE not in str(error) and first.host in str(error) and second.host in str(error)
            assert second.requests == []  # no request, so neither the code nor the body went there
            assert [s.path.rsplit("/", 1)[-1] for s in first.requests] == ["crm.activity.todo.add", "user.current"]
            assert moved == [] and client.host == first.host

            assert client.confirm_portal_move(error.new_base_url) == second.base_url
            assert moved == [second.base_url] and second.requests == []  # confirming sends nothing
            assert await client.add_todo(2, 1, DEADLINE, title="Quarterly offer", description="discount 12%") == 42

    assert len(first.requests) == 2  # nothing more went to the old host after the confirmation
    [arrived] = second.requests
    assert arrived.path == f"/rest/1/{CODE}/crm.activity.todo.add"
    assert json.loads(arrived.body)["title"] == "Quarterly offer"


def trickle(handler: BaseHTTPRequestHandler, state: Server, seen: Seen) -> None:
    """Headers at once, then one byte of a long body every 0.2 s."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", "100000")
    handler.end_headers()
    handler.wfile.write(b'{"result": "')
    handler.wfile.flush()
    while not state.stop.wait(0.2):
        handler.wfile.write(b"x")
        handler.wfile.flush()
        state.body_bytes_sent += 1


async def test_a_trickling_server_is_cut_at_the_deadline() -> None:
    with serve(trickle) as server:
        async with client_for(server, deadline=1.0) as client:
            started = time.monotonic()
            with pytest.raises(DeadlineExceeded) as info:
                await asyncio.wait_for(client.add_todo(2, 1, DEADLINE, title="slow"), 30)
            elapsed = time.monotonic() - started

    error = info.value
    assert error.sent is True and outcome_unknown(error) and error.deadline == 1.0
    assert server.host in str(error) and CODE not in str(error)
    assert len(server.requests) == 1  # a write is never sent again by the client
    assert elapsed < 10 and server.body_bytes_sent < 50  # cut after about 5 of 100,000 bytes


async def test_a_read_cut_at_the_deadline_is_tried_once_more() -> None:
    with serve(trickle) as server:
        async with client_for(server, deadline=0.5, retry=RetryPolicy(initial=0.05, jitter=0.0)) as client:
            with pytest.raises(DeadlineExceeded):
                await asyncio.wait_for(client.current_user(), 30)
    assert [s.path.rsplit("/", 1)[-1] for s in server.requests] == ["user.current", "user.current"]


def announce_huge(handler: BaseHTTPRequestHandler, state: Server, seen: Seen) -> None:
    """Announces a 1 GB body, then sends none: a client that started reading would hang."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(10**9))
    handler.end_headers()
    handler.wfile.flush()
    state.stop.wait(30)


def flood(handler: BaseHTTPRequestHandler, state: Server, seen: Seen) -> None:
    """A body without a length that never ends: 64 KiB chunks until the client hangs up."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/json")
    handler.end_headers()
    handler.wfile.write(b'{"result": ["')
    chunk = b"y" * 65536
    while not state.stop.is_set():
        handler.wfile.write(chunk)
        handler.wfile.flush()
        state.body_bytes_sent += len(chunk)


async def test_a_reply_announced_over_the_cap_is_refused_before_reading() -> None:
    with serve(announce_huge) as server:
        async with client_for(server, max_reply_bytes=1 << 20, deadline=20.0) as client:
            started = time.monotonic()
            with pytest.raises(ReplyTooLarge) as info:
                await asyncio.wait_for(client.current_user(), 30)
            elapsed = time.monotonic() - started
    error = info.value
    assert outcome_unknown(error) and error.limit == 1 << 20 and error.status == 200
    assert "1,000,000,000 bytes announced" in str(error) and CODE not in str(error)
    assert len(server.requests) == 1  # not retried, although user.current is a read
    assert elapsed < 15  # refused on the header, not by the 20 s deadline


async def test_a_streamed_reply_over_the_cap_is_cut_while_reading() -> None:
    with serve(flood) as server:
        async with client_for(server, max_reply_bytes=1 << 20) as client:
            with pytest.raises(ReplyTooLarge) as info:
                await asyncio.wait_for(client.add_todo(2, 1, DEADLINE, title="flooded"), 30)
    error = info.value
    assert outcome_unknown(error) and error.method == "crm.activity.todo.add"
    assert "more than 1,048,576 bytes" in str(error)
    assert len(server.requests) == 1
