"""The whole OAuth flow over real HTTP on loopback against ``activity-desk-sandbox serve --app-client-id …``:
authorize (the portal's page → the loopback listener) → token → calls → expiry → refresh → replay, two
concurrent callers causing exactly one refresh, a stale refresh token → ReconnectNeeded, a state that
does not match refused — and, logging at DEBUG with httpx/httpcore, no token, code or secret in any line."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest
from app_helpers import CountingTransport

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.oauth import OAuthAuth, OAuthTokens, ReconnectNeeded
from desktop_app.services.oauth_flow import AuthorizationRefused, authorize, exchange_code

pytestmark = pytest.mark.integration

CLIENT_ID = "local.loopback-test"
SECRET = "loopback-client-secret-9f2"
LIFETIME = 2  # seconds (--token-lifetime)


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    from sandbox_server import start_sandbox_server

    with start_sandbox_server("--app-client-id", CLIENT_ID, "--app-client-secret", SECRET,
                              "--token-lifetime", str(LIFETIME)) as webhook_url:
        parts = urlsplit(webhook_url)
        yield f"{parts.scheme}://{parts.netloc}"


class Browser:
    """GETs the authorization page over HTTP and follows its one redirect to the loopback listener."""

    def __init__(self, tamper_state: bool = False) -> None:
        self.tamper_state = tamper_state
        self.task: asyncio.Task | None = None
        self.page: httpx.Response | None = None

    def __call__(self, url: str) -> None:
        if self.tamper_state:
            parts = urlsplit(url)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()} | {"state": "forged-state"}
            url = parts._replace(query=urlencode(query)).geturl()
        self.task = asyncio.get_running_loop().create_task(self._visit(url))

    async def _visit(self, url: str) -> None:
        async with httpx.AsyncClient() as http:
            asked = await http.get(url)
            assert asked.status_code == 302
            self.page = await http.get(asked.headers["location"])

    async def done(self) -> httpx.Response:
        assert self.task is not None
        await self.task
        assert self.page is not None
        return self.page


async def _connect(base_url: str) -> tuple[OAuthTokens, str]:
    browser = Browser()
    reply, redirect_uri = await authorize(base_url, CLIENT_ID, browser, timeout=15)
    assert (await browser.done()).status_code == 200
    async with httpx.AsyncClient() as http:
        tokens = await exchange_code(http, base_url, CLIENT_ID, SECRET, reply.code, redirect_uri=redirect_uri)
    return tokens, reply.code


async def test_authorize_token_calls_expiry_one_refresh_replay(base_url: str, debug_log: io.StringIO) -> None:
    tokens, code = await _connect(base_url)
    started = datetime.now(UTC)
    stored: list[OAuthTokens] = []
    counting = CountingTransport(httpx.AsyncHTTPTransport())  # the real network, requests counted by path
    # The client's clock stands still: it never renews early, so expiry is met on the portal (reactive path).
    auth = OAuthAuth(tokens, client_id=CLIENT_ID, client_secret=SECRET, base_url=base_url,
                     on_tokens=stored.append, clock=lambda: started, refresh_margin=0)
    async with BitrixClient.for_auth(auth, transport=counting, rate_plan=None) as client:
        assert (await client.current_user()).id == tokens.user_id == 1
        await asyncio.sleep(LIFETIME + 0.3)  # the portal's token clock is wall time in a separate process

        deadline = datetime(2026, 12, 10, 11, 0, tzinfo=UTC)
        me, page, new_id = await asyncio.gather(
            client.current_user(), client.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1}),
            client.add_todo(2, 1, deadline, title="Written across a token refresh"))
        assert me.id == 1 and page.items and new_id > 0
        # each caller met expired_token; one refresh served all three, each replayed once
        three = sorted(["/rest/user.current", "/rest/crm.activity.list", "/rest/crm.activity.todo.add"])
        assert counting.paths[0] == "/rest/user.current" and sorted(counting.paths[1:4]) == three
        assert counting.paths[4:5] == ["/oauth/token/"] and sorted(counting.paths[5:]) == three
        assert len(stored) == 1
        assert (await client.get_activity(new_id)).subject == "Written across a token refresh"
        twins = await client.list_activities(filter={"SUBJECT": "Written across a token refresh"})
        assert [a.id for a in twins.items] == [new_id]  # replayed once: the expired call was not applied

    # A second window still holding the first (now rotated) refresh token: the portal refuses it.
    stale = OAuthAuth(tokens, client_id=CLIENT_ID, client_secret=SECRET, base_url=base_url,
                      clock=lambda: started + timedelta(hours=1))
    async with BitrixClient.for_auth(stale, rate_plan=None) as other:
        with pytest.raises(ReconnectNeeded) as info:
            await other.current_user()
    assert info.value.code == "invalid_grant" and info.value.sent is False

    logged = debug_log.getvalue()
    assert "httpx" in logged and "httpcore" in logged  # the libraries' DEBUG lines were there to check
    for secret in (SECRET, code, tokens.access_token, tokens.refresh_token, stored[0].access_token,
                   stored[0].refresh_token):
        assert secret not in logged
        assert secret not in str(info.value)


async def test_a_forged_state_is_refused_over_http(base_url: str) -> None:
    browser = Browser(tamper_state=True)
    with pytest.raises(AuthorizationRefused, match="state does not match"):
        await authorize(base_url, CLIENT_ID, browser, timeout=15)
    page = await browser.done()
    assert page.status_code == 400 and "Start connecting again" in page.text
