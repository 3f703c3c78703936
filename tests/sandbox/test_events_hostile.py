"""event.* called by an application with hostile parameters (wrong types, odd filters and orders, huge
numbers, nested arrays) as JSON, form and query: always a JSON envelope with a documented status —
never a 500, never a traceback in the log — and the queue stays the application's own."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.oauth import SandboxApp

from .helpers import BASE_URL, NOW

METHODS = ["event.bind", "event.unbind", "event.get", "event.offline.get", "event.offline.clear", "event.offline.list"]
KEYS = ["event", "EVENT", "event_type", "handler", "auth_type", "filter", "order", "limit", "clear", "process_id",
        "error", "id", "message_id", "start"]
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(2**70), max_value=2**70),
                     st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=40),
                     st.sampled_from(["ONCRMACTIVITYADD", "offline", "online", "=EVENT_NAME", ">=ID", "DESC", "0", "1"]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3),
    st.dictionaries(st.sampled_from(["=EVENT_NAME", ">=ID", "ID", "TIMESTAMP_X", "<TIMESTAMP_X", "!MESSAGE_ID",
                                     "PROCESS_ID", "ERROR", "x", "0"]), inner, max_size=3)), max_leaves=6)


@pytest.fixture
async def http(caplog: pytest.LogCaptureFixture) -> AsyncIterator[tuple[httpx.AsyncClient, str]]:
    caplog.set_level(logging.DEBUG, logger="desktop_app.sandbox")
    with SandboxPortal(now=lambda: NOW, apps=[SandboxApp("local.hostile", "secret")]) as portal:
        code = portal.oauth.issue_code("local.hostile", 1)
        async with httpx.AsyncClient(transport=portal.transport(), base_url=BASE_URL) as client:
            token = (await client.post("/oauth/token/", data={
                "grant_type": "authorization_code", "code": code, "client_id": "local.hostile",
                "client_secret": "secret"})).json()["access_token"]
            await client.post("/rest/event.bind", json={"auth": token, "event": "ONCRMACTIVITYADD",
                                                        "event_type": "offline"})
            await client.post("/rest/crm.activity.todo.add", json={
                "auth": token, "ownerTypeId": 2, "ownerId": 1, "deadline": "2025-02-06T10:00:00+03:00", "title": "t"})
            yield client, token
    loud = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert not loud, [r.getMessage() for r in loud]


def _form(params: dict[str, Any]) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(f"{prefix}[{key}]", inner)
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(f"{prefix}[{index}]", inner)
        else:
            pairs.append((prefix, "" if value is None else str(value)))

    for key, value in params.items():
        walk(key, value)
    return pairs


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(method=st.sampled_from(METHODS), params=st.dictionaries(st.sampled_from(KEYS), _VALUES, max_size=4),
       form=st.booleans())
async def test_event_methods_answer_an_envelope_for_any_input(http: tuple[httpx.AsyncClient, str], method: str,
                                                              params: dict[str, Any], form: bool) -> None:
    client, token = http
    if form:
        content = urlencode([*_form(params), ("auth", token)])
        reply = await client.post(f"/rest/{method}", content=content,
                                  headers={"content-type": "application/x-www-form-urlencoded"})
    else:
        reply = await client.post(f"/rest/{method}", json={**params, "auth": token})
    body = reply.json()
    assert isinstance(body, dict)
    if "result" in body:
        assert reply.status_code == 200
    else:
        assert reply.status_code == 400, body
        assert body["error"] in ("ERROR_ARGUMENT", "ERROR_EVENT_NOT_FOUND", "ERROR_CORE"), body
        assert body["error"] != "ERROR_CORE" or body["error_description"].startswith("Unable to set event handler")
