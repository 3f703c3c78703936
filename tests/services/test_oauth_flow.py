"""Connecting an application without Qt: the loopback redirect listener (real sockets on 127.0.0.1), the
sandbox portal's authorization page (in-process) as the "browser" follows it, the state check, the
timeout, cancelling, and the paste-the-code fallback parser (hypothesis)."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.bitrix.oauth import ReconnectNeeded
from desktop_app.services.oauth_flow import (
    AuthorizationRefused,
    AuthorizationTimedOut,
    LoopbackRedirect,
    PastedCodeInvalid,
    authorize,
    exchange_code,
    parse_pasted_code,
)

CLIENT_ID = "local.flow-test"
SECRET = "flow-client-secret"
BASE = "http://127.0.0.1:8765"  # the in-process portal's address (never dialled)


@pytest.fixture
def app_portal() -> Iterator[object]:
    from desktop_app.sandbox import SandboxPortal
    from desktop_app.sandbox.oauth import SandboxApp

    p = SandboxPortal(":memory:", webhook_code="demo", webhook_user_id=1, demo_data=False,
                      apps=[SandboxApp(CLIENT_ID, SECRET)])
    yield p
    p.close()


class Browser:
    """Opens the authorization URL on the in-process portal and follows its redirect to the loopback
    listener over real HTTP, like a browser would; keeps the last page it showed."""

    def __init__(self, portal) -> None:  # noqa: ANN001
        self.portal = portal
        self.page: httpx.Response | None = None
        self.task: asyncio.Task | None = None

    def __call__(self, url: str) -> bool:
        self.task = asyncio.get_running_loop().create_task(self._visit(url))
        return True

    async def _visit(self, url: str) -> None:
        async with httpx.AsyncClient(transport=self.portal.transport()) as portal_http:
            asked = await portal_http.get(url)
        assert asked.status_code == 302, asked.text
        async with httpx.AsyncClient() as loopback:
            self.page = await loopback.get(asked.headers["location"])

    async def done(self) -> httpx.Response:
        assert self.task is not None
        await self.task
        assert self.page is not None
        return self.page


async def test_authorize_then_exchange_the_code_for_tokens(app_portal) -> None:  # noqa: ANN001
    browser = Browser(app_portal)
    reply, redirect_uri = await authorize(BASE, CLIENT_ID, browser, timeout=10)
    page = await browser.done()
    assert page.status_code == 200 and "You can close this tab" in page.text
    assert page.headers["referrer-policy"] == "no-referrer" and reply.code not in page.text
    assert reply.domain == "127.0.0.1:8765" and reply.scope == {"crm", "user"}
    assert redirect_uri.startswith("http://127.0.0.1:") and repr(reply).find(reply.code) == -1
    async with httpx.AsyncClient(transport=app_portal.transport()) as http:
        tokens = await exchange_code(http, BASE, CLIENT_ID, SECRET, reply.code, redirect_uri=redirect_uri)
        assert tokens.user_id == 1 and tokens.client_endpoint == f"{BASE}/rest/"
        with pytest.raises(ReconnectNeeded) as again:  # a code is good for one exchange
            await exchange_code(http, BASE, CLIENT_ID, SECRET, reply.code)
    assert again.value.code == "invalid_grant" and reply.code not in str(again.value)
    with pytest.raises(httpx.ConnectError):  # nothing is left listening
        async with httpx.AsyncClient() as late:
            await late.get(redirect_uri)


async def test_a_state_that_is_not_ours_is_refused() -> None:
    async with LoopbackRedirect("the-real-state") as listener:
        async with httpx.AsyncClient() as attacker:
            favicon = await attacker.get(f"http://127.0.0.1:{listener.port}/favicon.ico")
            forged = await attacker.get(listener.redirect_uri, params={"code": "stolen-code-1", "state": "guess"})
        assert favicon.status_code == 404  # does not settle the attempt
        assert forged.status_code == 400 and "does not belong to this sign-in attempt" in forged.text
        with pytest.raises(AuthorizationRefused, match="state does not match"):
            await listener.wait(timeout=5)


@pytest.mark.parametrize(("query", "message"), [
    ({"state": "s-1", "error": "access_denied"}, "did not grant access"),
    ({"state": "s-1"}, "no usable authorization code"),
    ({"state": "s-1", "code": "abcd1234", "domain": "other.bitrix24.com"}, "another portal"),
])
async def test_other_answers_are_refused_with_a_reason(query: dict[str, str], message: str) -> None:
    async with LoopbackRedirect("s-1", portal_host="127.0.0.1:8765") as listener:
        async with httpx.AsyncClient() as browser:
            page = await browser.get(listener.redirect_uri, params=query)
        assert page.status_code == 400 and "<script" not in page.text
        with pytest.raises(AuthorizationRefused, match=message):
            await listener.wait(timeout=5)


async def test_a_page_closed_without_an_answer_times_out_and_stops_listening() -> None:
    opened: list[str] = []
    with pytest.raises(AuthorizationTimedOut):
        await authorize(BASE, CLIENT_ID, opened.append, timeout=0.2)
    (url,) = opened
    query = parse_qs(urlsplit(url).query)
    assert url.startswith(f"{BASE}/oauth/authorize/?") and query["client_id"] == [CLIENT_ID]
    assert len(query["state"][0]) >= 32
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient() as late:
            await late.get(query["redirect_uri"][0])


async def test_cancelling_closes_the_listener() -> None:
    opened: list[str] = []
    shown = asyncio.Event()
    task = asyncio.create_task(authorize(BASE, CLIENT_ID, lambda url: (opened.append(url), shown.set()), timeout=30))
    await shown.wait()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    redirect_uri = parse_qs(urlsplit(opened[0]).query)["redirect_uri"][0]
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient() as late:
            await late.get(redirect_uri)


# -- paste-the-code fallback -------------------------------------------------------------------

def test_pasted_address_or_bare_code() -> None:
    assert parse_pasted_code("  http://127.0.0.1:5555/?code=c0de-123&state=s1&domain=x  ", "s1") == "c0de-123"
    assert parse_pasted_code("?code=c0de-123&state=s1", "s1") == "c0de-123"
    assert parse_pasted_code("code=c0de-123&state=s1", "s1") == "c0de-123"
    assert parse_pasted_code("c0de-123") == "c0de-123"
    with pytest.raises(PastedCodeInvalid) as wrong_state:
        parse_pasted_code("http://127.0.0.1:5555/?code=c0de-123&state=other", "s1")
    assert wrong_state.value.field == "state"
    for text in ("", "   ", "http://127.0.0.1:5555/?state=s1", "two words", "<b>x</b>"):
        with pytest.raises(PastedCodeInvalid) as bad:
            parse_pasted_code(text, "s1")
        assert bad.value.field == "code"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.text(max_size=40)))
def test_any_pasted_text_gives_a_code_or_a_named_problem(text: str, state: str | None) -> None:
    try:
        code = parse_pasted_code(text, state)
    except PastedCodeInvalid as exc:
        assert exc.field in ("code", "state") and exc.rule
        return
    assert re.fullmatch(r"[A-Za-z0-9._~-]{4,512}", code)
