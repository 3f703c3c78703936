"""Token replies an attacker or a broken server could send (hand-written: the sandbox portal answers
only correct ones), and where OAuthAuth puts the token. The real flow is in
tests/integration/test_oauth_loopback.py and tests/bitrix/test_oauth_sandbox.py."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import BadResponse, BitrixClient, BitrixError, PortalUnreachable, ServerError
from desktop_app.bitrix.errors import PortalMoved
from desktop_app.bitrix.oauth import OAuthAuth, OAuthTokens, ReconnectNeeded, parse_token_reply, token_url_for

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)
SECRET = "client-secret-4f1e"
GOOD = {"access_token": "a" * 64, "refresh_token": "r" * 64, "expires_in": 3600, "scope": "crm,user",
        "member_id": "m1", "domain": "oauth.bitrix.info", "client_endpoint": "https://acme.bitrix24.com/rest/",
        "server_endpoint": "https://oauth.bitrix.info/rest/", "user_id": 7, "status": "L"}


def _tokens(expires_in: float = 3600) -> OAuthTokens:
    return OAuthTokens(access_token="access-old-0001", refresh_token="refresh-old-0001",
                       expires_at=NOW + timedelta(seconds=expires_in), client_endpoint="https://acme.bitrix24.com/rest/",
                       user_id=7)


def test_a_documented_reply_becomes_tokens() -> None:
    tokens = parse_token_reply(json.dumps(GOOD).encode(), 200, host="oauth.bitrix.info", now=NOW)
    assert tokens.expires_at == NOW + timedelta(hours=1) and tokens.scope == {"crm", "user"} and tokens.user_id == 7
    assert "a" * 64 not in repr(tokens) and "r" * 64 not in repr(tokens)
    only_expires = {k: v for k, v in GOOD.items() if k != "expires_in"} | {"expires": int(NOW.timestamp()) + 60}
    assert parse_token_reply(json.dumps(only_expires).encode(), 200, host="h", now=NOW).expires_at == NOW + timedelta(minutes=1)


@pytest.mark.parametrize(("body", "status", "error", "field"), [
    (b"<html>login</html>", 200, BadResponse, None),
    (b"", 200, BadResponse, None),
    (b"[1, 2]", 200, BadResponse, None),
    (json.dumps({**GOOD, "access_token": ""}).encode(), 200, BadResponse, "access_token"),
    (json.dumps({**GOOD, "access_token": "has space inside"}).encode(), 200, BadResponse, "access_token"),
    (json.dumps({**GOOD, "expires_in": True}).encode(), 200, BadResponse, "expires_in"),
    (json.dumps({**GOOD, "expires_in": -5}).encode(), 200, BadResponse, "expires_in"),
    (json.dumps({**GOOD, "user_id": "seven"}).encode(), 200, BadResponse, "user_id"),
    (json.dumps({k: v for k, v in GOOD.items() if k != "refresh_token"}).encode(), 200, BadResponse, "refresh_token"),
    (json.dumps({k: v for k, v in GOOD.items() if k != "expires_in"}).encode(), 200, BadResponse, "expires_in"),
    (json.dumps(GOOD).encode(), 500, BadResponse, None),
    (b'{"error": "invalid_grant", "error_description": "refresh token expired"}', 400, ReconnectNeeded, None),
    (b'{"error": "invalid_client", "error_description": "bad secret"}', 401, ReconnectNeeded, None),
    (b'{"error": "INTERNAL_SERVER_ERROR", "error_description": "x"}', 500, ServerError, None),
    (b'{"error": "PAYMENT_REQUIRED", "error_description": "Payment required"}', 402, BitrixError, None),
])
def test_unusable_replies_are_typed(body: bytes, status: int, error: type, field: str | None) -> None:
    with pytest.raises(error) as info:
        parse_token_reply(body, status, host="oauth.bitrix.info", now=NOW)
    if field is not None:
        assert info.value.field == field
    if isinstance(info.value, ReconnectNeeded):
        assert info.value.sent is False and "Connect the application again" in str(info.value)


def test_a_lying_reply_never_shows_a_token_in_the_error() -> None:
    """The access token is fine, the refresh token is not: the error must not print either."""
    bad = {**GOOD, "access_token": "visible-token-123456", "refresh_token": "has a space 987654"}
    with pytest.raises(BadResponse) as info:
        parse_token_reply(json.dumps(bad).encode(), 200, host="h", now=NOW)
    text = f"{info.value} {info.value.body_start} {info.value.field}"
    assert "visible-token-123456" not in text and "987654" not in text


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=4),
                    max_leaves=12)
FIELD_VALUES = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=40), JSON)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.binary(max_size=200),
    JSON.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({}, optional=dict.fromkeys(GOOD, FIELD_VALUES) | {"expires": FIELD_VALUES,
                                                                           "error": FIELD_VALUES}).map(
        lambda d: json.dumps(d).encode()),
), st.sampled_from([200, 400, 401, 500]))
def test_any_reply_gives_tokens_or_a_typed_error(body: bytes, status: int) -> None:
    try:
        tokens = parse_token_reply(body, status, host="h", now=NOW)
    except (BadResponse, BitrixError, ReconnectNeeded):
        return
    assert status < 400 and tokens.access_token and tokens.refresh_token and tokens.expires_at.tzinfo is not None


def test_the_cloud_renews_at_oauth_bitrix_info_and_others_at_home() -> None:
    assert token_url_for("https://acme.bitrix24.de") == "https://oauth.bitrix.info/oauth/token/"
    assert token_url_for("https://crm.example.org") == "https://crm.example.org/oauth/token/"
    assert token_url_for("http://127.0.0.1:8765") == "http://127.0.0.1:8765/oauth/token/"


# -- hostile token endpoints -------------------------------------------------------------------

def _client(handler, tokens: OAuthTokens, seen: list[httpx.Request]) -> tuple[BitrixClient, OAuthAuth]:  # noqa: ANN001
    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return handler(request)
    auth = OAuthAuth(tokens, client_id="local.app", client_secret=SECRET, clock=lambda: NOW)
    return BitrixClient.for_auth(auth, transport=httpx.MockTransport(record), rate_plan=None), auth


def _rest_ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"result": {"ID": "7", "NAME": "Ann"}, "time": {}})


@pytest.mark.parametrize(("reply", "error"), [
    (lambda: httpx.Response(200, text="<html>maintenance</html>"), BadResponse),
    (lambda: httpx.Response(302, headers={"Location": "https://evil.example/oauth/token/"}), PortalMoved),
    (lambda: httpx.Response(200, content=b"{" + b" " * 70_000 + b"}"), BadResponse),
    (lambda: (_ for _ in ()).throw(httpx.ConnectError("refused")), PortalUnreachable),
])
async def test_a_broken_token_endpoint_is_typed_and_nothing_is_sent_to_rest(reply, error) -> None:  # noqa: ANN001
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        return reply() if request.url.path == "/oauth/token/" else _rest_ok(request)

    client, _auth = _client(handler, _tokens(expires_in=10), seen)  # within the 60 s margin: refresh first
    async with client:
        with pytest.raises(error) as info:
            await client.call("user.current")
    assert [r.url.path for r in seen] in ([], ["/oauth/token/"])  # the REST call never left
    assert SECRET not in str(info.value) and "refresh-old-0001" not in str(info.value)
    if isinstance(info.value, PortalUnreachable):
        assert info.value.sent is False


async def test_the_token_rides_in_the_json_body_and_the_refresh_in_a_form_body() -> None:
    seen: list[httpx.Request] = []
    fresh = {**GOOD, "access_token": "access-new-0002", "refresh_token": "refresh-new-0002"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token/":
            return httpx.Response(200, json=fresh)
        return _rest_ok(request)

    stored: list[OAuthTokens] = []
    client, auth = _client(handler, _tokens(expires_in=10), seen)
    auth._on_tokens = stored.append  # the keyring callback
    async with client:
        await client.call("user.current", {"x": 1})
        await client.http.get("https://evil.example/rest/user.current")  # another origin: no token
    refresh, call, elsewhere = seen
    assert refresh.method == "POST" and refresh.url.query == b"" and refresh.url.host == "oauth.bitrix.info"
    assert dict(httpx.QueryParams(refresh.content.decode())) == {
        "grant_type": "refresh_token", "client_id": "local.app", "client_secret": SECRET,
        "refresh_token": "refresh-old-0001"}
    assert call.url == "https://acme.bitrix24.com/rest/user.current" and call.url.query == b""
    assert json.loads(call.content) == {"auth": "access-new-0002", "x": 1}
    assert b"access" not in elsewhere.content and "auth" not in str(elsewhere.url)
    assert [t.access_token for t in stored] == ["access-new-0002"] and auth.user_id == 7


async def test_a_refresh_cut_off_mid_flight_sends_nothing_and_the_next_call_renews() -> None:
    seen: list[httpx.Request] = []
    fresh = {**GOOD, "access_token": "access-new-0003", "refresh_token": "refresh-new-0003"}
    drops = [True]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/oauth/token/":
            if drops and drops.pop():
                raise httpx.ReadError("connection reset by peer")  # after the request left
            return httpx.Response(200, json=fresh)
        return _rest_ok(request)

    client, auth = _client(handler, _tokens(expires_in=10), seen)
    async with client:
        with pytest.raises(PortalUnreachable) as cut:
            await client.call("crm.activity.todo.add", {"ownerTypeId": 2})
        assert cut.value.sent is False and [r.url.path for r in seen] == ["/oauth/token/"]  # the write never left
        assert auth.reconnect_needed is None
        await client.call("crm.activity.todo.add", {"ownerTypeId": 2})
    assert [r.url.path for r in seen] == ["/oauth/token/", "/oauth/token/", "/rest/crm.activity.todo.add"]
    assert json.loads(seen[-1].content)["auth"] == "access-new-0003"
