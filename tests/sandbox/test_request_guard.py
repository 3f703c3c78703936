"""The portal's outer layer (``guard.py``, issue 10 #12–13): plain HTTP from another host answers
``Https required.``; a failing app answers the documented 500 envelope with one log line; a client that
disconnects mid-request (slowloris) logs one line, never a traceback."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import build_parser, serve_in_thread
from desktop_app.sandbox.guard import RequestGuard, describe, is_loopback_request

from .helpers import BASE_URL, NOW

HTTPS_REQUIRED = {"error": "INVALID_REQUEST", "error_description": "Https required."}
INTERNAL = {"error": "INTERNAL_SERVER_ERROR", "error_description": "Internal server error"}
REMOTE = ("192.0.2.10", 50123)


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    with SandboxPortal(now=lambda: NOW) as portal:
        yield portal


def _client(portal: SandboxPortal, client: tuple[str, int], base_url: str = BASE_URL) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=portal.app, client=client), base_url=base_url)


def _tracebacks(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.exc_info or r.exc_text]


# ------------------------------------------------------------------------------------------ HTTPS


@pytest.mark.parametrize("client", [("127.0.0.1", 1), ("127.8.9.10", 1), ("::1", 1), ("::ffff:127.0.0.1", 1),
                                    ("testclient", 1)])
async def test_loopback_and_in_process_clients_are_served_over_http(portal: SandboxPortal,
                                                                    client: tuple[str, int]) -> None:
    async with _client(portal, client) as http:
        reply = await http.post(portal.webhook_url(BASE_URL) + "user.current", json={})
    assert reply.status_code == 200 and reply.json()["result"]["ID"] == "1"


@pytest.mark.parametrize("client", [REMOTE, ("2001:db8::5", 1), ("::ffff:192.0.2.10", 1), ("10.0.0.1", 1)])
async def test_plain_http_from_another_host_answers_https_required(portal: SandboxPortal,
                                                                  client: tuple[str, int]) -> None:
    before = portal.db.count_activities()
    async with _client(portal, client) as http:
        for reply in (await http.post(portal.webhook_url(BASE_URL) + "crm.activity.todo.add",
                                      json={"ownerTypeId": 2, "ownerId": 1, "deadline": "2025-02-06T10:00:00"}),
                      await http.get("/rest/user.current"),
                      await http.post(portal.webhook_url(BASE_URL) + "user.current",
                                      headers={"X-Forwarded-Proto": "https", "X-Forwarded-For": "127.0.0.1"})):
            assert reply.status_code == 400
            assert reply.headers["content-type"] == "application/json; charset=utf-8"
            assert reply.json() == HTTPS_REQUIRED
    assert portal.db.count_activities() == before  # the todo was not created


async def test_https_from_another_host_and_the_insecure_flag_are_served(portal: SandboxPortal) -> None:
    async with _client(portal, REMOTE, base_url="https://sandbox.local") as http:
        reply = await http.post(portal.webhook_url("https://sandbox.local") + "user.current", json={})
    assert reply.status_code == 200
    portal.insecure_http = True
    async with _client(portal, REMOTE) as http:
        reply = await http.post(portal.webhook_url(BASE_URL) + "user.current", json={})
    assert reply.status_code == 200
    with SandboxPortal(now=lambda: NOW, insecure_http=True) as insecure:
        async with _client(insecure, REMOTE) as http:
            assert (await http.post(insecure.webhook_url(BASE_URL) + "user.current")).status_code == 200


def test_the_interface_is_read_from_the_scope() -> None:
    assert is_loopback_request({"server": ("127.0.0.1", 80), "client": ("127.0.0.1", 5)})
    assert is_loopback_request({"server": ("sandbox.local", 80), "client": ("127.0.0.1", 5)})
    assert is_loopback_request({"server": None, "client": None})  # a Unix socket / a bare ASGI call
    assert not is_loopback_request({"server": ("192.0.2.2", 80), "client": ("127.0.0.1", 5)})
    assert not is_loopback_request({"server": ("127.0.0.1", 80), "client": ("192.0.2.9", 5)})


def test_the_cli_offers_insecure_http() -> None:
    parser = build_parser()
    assert parser.parse_args(["serve", "--webhook-code", "x"]).insecure_http is False
    assert parser.parse_args(["serve", "--webhook-code", "x", "--insecure-http"]).insecure_http is True


async def test_forwarded_headers_from_a_loopback_client_do_not_change_the_interface(portal: SandboxPortal) -> None:
    with serve_in_thread(portal) as url:
        async with httpx.AsyncClient(timeout=10) as http:
            reply = await http.post(url + "user.current", json={},
                                    headers={"X-Forwarded-For": "192.0.2.77", "X-Forwarded-Proto": "http"})
    assert reply.status_code == 200 and reply.json()["result"]["ID"] == "1"


def _outward_address() -> str | None:
    """This host's address on its default route (no packet is sent), or None without one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") or address == "0.0.0.0" else address


@pytest.mark.integration
async def test_a_real_non_loopback_interface_gets_https_required_over_http(portal: SandboxPortal) -> None:
    address = _outward_address()
    if address is None:
        pytest.skip("this host has no non-loopback IPv4 interface to serve on")
    with serve_in_thread(portal, host=address) as url:
        async with httpx.AsyncClient(timeout=10) as http:
            reply = await http.post(url + "user.current", json={})
        assert reply.status_code == 400 and reply.json() == HTTPS_REQUIRED
        portal.insecure_http = True
        async with httpx.AsyncClient(timeout=10) as http:
            assert (await http.post(url + "user.current", json={})).status_code == 200


# ------------------------------------------------------------------------------------------ last resort


async def _failing_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    raise RuntimeError("a bug\nover two lines")


async def test_an_exception_escaping_the_app_answers_the_500_envelope_and_logs_one_line(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    guard = RequestGuard(_failing_app, lambda: False)
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=guard), base_url=BASE_URL) as http:
        reply = await http.post("/rest/1/secret-code/crm.activity.add", json={})
    assert reply.status_code == 500 and reply.json() == INTERNAL
    assert reply.headers["content-type"] == "application/json; charset=utf-8"
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("desktop_app.sandbox")]
    assert lines == ["sandbox portal: POST crm.activity.add failed: RuntimeError: a bug over two lines"]
    assert not _tracebacks(caplog)
    assert not any("secret-code" in line for line in lines)


def test_log_lines_name_the_rest_method_never_the_path() -> None:
    assert describe({"method": "POST", "path": "/rest/1/secret-code/crm.activity.add.json"}) == \
        "POST crm.activity.add.json"
    assert describe({"method": "GET", "path": "/rest/1/secret-code"}) == "GET (no REST method)"
    assert describe({"method": "GET", "path": "/secret-code/x/y/z"}) == "GET (no REST method)"


@pytest.mark.integration
async def test_ten_megabyte_bodies_over_loopback_get_an_envelope(portal: SandboxPortal,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    ten_mb = 10 * 1024 * 1024
    invalid_id = {"error": "", "error_description": "ID is not defined or invalid."}
    with serve_in_thread(portal) as url:
        async with httpx.AsyncClient(timeout=60) as http:
            for body, content_type in ((b"[" * ten_mb, "application/json"),
                                       (b"id" + b"[a]" * (ten_mb // 3) + b"=1", "application/x-www-form-urlencoded"),
                                       (b'{"id": ' + b"9" * ten_mb + b"}", "application/json")):
                reply = await http.post(url + "crm.activity.get", content=body, headers={"content-type": content_type})
                assert reply.status_code == 400 and reply.json() == invalid_id
    assert not _tracebacks(caplog)


async def test_an_unknown_path_and_any_http_method_get_an_envelope(portal: SandboxPortal) -> None:
    async with httpx.AsyncClient(transport=portal.transport(), base_url=BASE_URL) as http:
        reply = await http.get("/favicon.ico")
        assert reply.status_code == 404
        assert reply.json() == {"error": "ERROR_METHOD_NOT_FOUND", "error_description": "Method not found!"}
        reply = await http.put(portal.webhook_url(BASE_URL) + "crm.activity.get?id=1", json={"id": 2})
        assert reply.status_code == 200 and reply.json()["result"]["ID"] == "1"  # PUT: query parameters only


async def test_a_client_gone_before_its_body_logs_one_line(portal: SandboxPortal,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    messages = iter([{"type": "http.request", "body": b'{"fields":', "more_body": True},
                     {"type": "http.disconnect"}])
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": portal.webhook_url("").rstrip("/") + "/crm.activity.add", "raw_path": b"", "query_string": b"",
             "root_path": "", "headers": [(b"content-type", b"application/json")],
             "client": ("127.0.0.1", 1), "server": ("127.0.0.1", 80)}
    await portal.app(scope, receive, send)
    lines = [r.getMessage() for r in caplog.records]
    assert lines == ["sandbox portal: the client disconnected before its request was read (POST crm.activity.add)"]
    assert not _tracebacks(caplog) and portal.webhook_code not in lines[0]
    assert sent == []  # nobody is left to answer


# ------------------------------------------------------------------------------------------ slowloris


class _Waiter(logging.Handler):
    """Sets ``seen`` when a record containing ``text`` is logged (from any thread)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.seen = threading.Event()

    def emit(self, record: logging.LogRecord) -> None:
        if self.text in record.getMessage():
            self.seen.set()


@pytest.fixture
def waiter() -> Iterator[_Waiter]:
    handler = _Waiter("disconnected before its request was read")
    logging.getLogger("desktop_app.sandbox").addHandler(handler)
    yield handler
    logging.getLogger("desktop_app.sandbox").removeHandler(handler)


@pytest.mark.integration
async def test_slowloris_clients_over_loopback_log_one_line_each(portal: SandboxPortal, waiter: _Waiter,
                                                                 caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    with serve_in_thread(portal) as url:
        host, port = url.split("//")[1].split("/")[0].split(":")
        path = "/" + url.split("/", 3)[3] + "crm.activity.todo.add"
        for _ in range(3):
            waiter.seen.clear()
            with socket.create_connection((host, int(port)), timeout=10) as sock:
                sock.sendall(f"POST {path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\n"
                             f"Content-Length: 1000\r\n\r\n{{\"ownerTypeId\": 2, ".encode())
            assert waiter.seen.wait(10), "the server did not notice the disconnect"
        async with httpx.AsyncClient(timeout=10) as http:  # and it still serves
            assert (await http.post(url + "user.current", json={})).status_code == 200
    # The server thread has stopped: everything it would log is in.
    server_lines = [r.getMessage() for r in caplog.records
                    if r.name.startswith(("uvicorn", "desktop_app.sandbox")) and r.levelno >= logging.WARNING]
    assert server_lines == [
        "sandbox portal: the client disconnected before its request was read (POST crm.activity.todo.add)"] * 3
    assert not _tracebacks(caplog) and not any(portal.webhook_code in line for line in server_lines)
