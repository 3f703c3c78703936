"""The sandbox portal as an OAuth portal, in-process: authorize → token → REST calls as the token's user
in the application's context → expiry on the portal clock → refresh with rotation; the documented
errors of the token endpoint (api-spec.md §1.3, server-behaviour.md §5.3–5.4)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.oauth import CODE_LIFETIME, SandboxApp

from .helpers import BASE_URL, NOW, Clock

CLIENT_ID = "local.sandbox.test"
SECRET = "s3cr3t-value-for-tests"
REDIRECT = "http://127.0.0.1:8765/callback"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def portal(clock: Clock) -> Iterator[SandboxPortal]:
    portal = SandboxPortal(now=clock, token_lifetime=60,
                           apps=[SandboxApp(CLIENT_ID, SECRET, REDIRECT), SandboxApp("local.other", "other-secret")])
    yield portal
    portal.close()


@pytest.fixture
async def client(portal: SandboxPortal) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=portal.app), base_url=BASE_URL) as client:
        yield client


async def authorize(client: httpx.AsyncClient, **extra: str) -> dict[str, str]:
    """Run ``/oauth/authorize/`` and return the redirect's query parameters (asserts a 302 to REDIRECT)."""
    reply = await client.get("/oauth/authorize/", params={"client_id": CLIENT_ID, **extra})
    assert reply.status_code == 302, reply.text
    location = urlsplit(reply.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == extra.get("redirect_uri", REDIRECT)
    return {key: values[0] for key, values in parse_qs(location.query, keep_blank_values=True).items()}


async def token(client: httpx.AsyncClient, **params: str) -> httpx.Response:
    return await client.post("/oauth/token/", data={"client_id": CLIENT_ID, "client_secret": SECRET, **params})


async def connect(client: httpx.AsyncClient) -> dict[str, Any]:
    code = (await authorize(client, state="xyz"))["code"]
    reply = await token(client, grant_type="authorization_code", code=code)
    assert reply.status_code == 200, reply.text
    return reply.json()


async def test_authorize_redirects_with_code_state_domain_member_scope(client: httpx.AsyncClient,
                                                                      portal: SandboxPortal) -> None:
    answer = await authorize(client, state="opaque state/with spaces&more")
    assert set(answer) == {"code", "state", "domain", "member_id", "scope", "server_domain"}
    assert answer["state"] == "opaque state/with spaces&more"
    assert answer["domain"] == "sandbox.local" and answer["server_domain"] == "sandbox.local"
    assert answer["scope"] == "crm,user"
    assert answer["member_id"] == portal.oauth.member_id and len(answer["member_id"]) == 32


async def test_authorize_accepts_any_loopback_port_and_refuses_other_uris(client: httpx.AsyncClient) -> None:
    answer = await authorize(client, redirect_uri="http://127.0.0.1:50123/callback", state="s")
    assert answer["state"] == "s"
    for bad in ("http://evil.example/callback", "http://127.0.0.1:1/elsewhere", "not a url"):
        reply = await client.get("/oauth/authorize/", params={"client_id": CLIENT_ID, "redirect_uri": bad})
        assert reply.status_code == 400 and "location" not in reply.headers
        assert reply.json()["error"] == "invalid_request"
    reply = await client.get("/oauth/authorize/", params={"client_id": "local.unknown"})
    assert reply.status_code == 400 and reply.json()["error"] == "invalid_client"


async def test_token_reply_has_the_documented_keys(client: httpx.AsyncClient, portal: SandboxPortal) -> None:
    tokens = await connect(client)
    assert set(tokens) == {"access_token", "expires", "expires_in", "scope", "domain", "server_endpoint", "status",
                           "client_endpoint", "member_id", "user_id", "refresh_token"}
    assert tokens["expires_in"] == 60
    assert tokens["expires"] == int(NOW.timestamp()) + 60
    assert tokens["client_endpoint"] == "http://sandbox.local/rest/"
    assert tokens["status"] == "L" and tokens["scope"] == "crm,user" and tokens["user_id"] == 1
    assert tokens["access_token"] != tokens["refresh_token"]
    assert portal.oauth.grants["authorization_code"] == 1


async def test_rest_call_runs_as_the_token_user_in_the_application_context(client: httpx.AsyncClient,
                                                                          portal: SandboxPortal) -> None:
    portal.oauth.user_id = 2  # the browser's user is not the webhook's owner
    tokens = await connect(client)
    for reply in (
        await client.get("/rest/user.current", params={"auth": tokens["access_token"]}),
        await client.post("/rest/user.current.json", json={"auth": tokens["access_token"]}),
        await client.post("/rest/user.current", data={"access_token": tokens["access_token"]}),
        await client.get("/rest/user.current", headers={"Authorization": f"Bearer {tokens['access_token']}"}),
    ):
        assert reply.status_code == 200, reply.text
        assert reply.json()["result"]["ID"] == "2"
    # application context: event.get answers for the application, a webhook gets WRONG_AUTH_TYPE
    assert (await client.get("/rest/event.get", params={"auth": tokens["access_token"]})).json()["result"] == []
    webhook = await client.get(portal.webhook_url(BASE_URL) + "event.get")
    assert webhook.status_code == 403 and webhook.json()["error"] == "WRONG_AUTH_TYPE"


async def test_batch_commands_run_with_the_token(client: httpx.AsyncClient, portal: SandboxPortal) -> None:
    portal.oauth.user_id = 3
    tokens = await connect(client)
    reply = await client.post("/rest/batch", json={"auth": tokens["access_token"],
                                                   "cmd": {"me": "user.current", "events": "event.get"}})
    body = reply.json()["result"]
    assert body["result"]["me"]["ID"] == "3" and body["result"]["events"] == []


async def test_expiry_refresh_rotation_and_replay(client: httpx.AsyncClient, portal: SandboxPortal,
                                                  clock: Clock) -> None:
    tokens = await connect(client)
    clock.advance(59)
    assert (await client.get("/rest/user.current", params={"auth": tokens["access_token"]})).status_code == 200
    clock.advance(1)
    expired = await client.get("/rest/user.current", params={"auth": tokens["access_token"]})
    assert expired.status_code == 401
    assert expired.json() == {"error": "expired_token", "error_description": "The access token provided has expired."}

    fresh = (await token(client, grant_type="refresh_token", refresh_token=tokens["refresh_token"])).json()
    assert fresh["refresh_token"] != tokens["refresh_token"] and fresh["access_token"] != tokens["access_token"]
    assert fresh["expires"] == int(clock.now.timestamp()) + 60
    replay = await client.get("/rest/user.current", params={"auth": fresh["access_token"]})
    assert replay.status_code == 200 and replay.json()["result"]["ID"] == "1"
    assert portal.oauth.grants == {"authorization_code": 1, "refresh_token": 1}

    reused = await token(client, grant_type="refresh_token", refresh_token=tokens["refresh_token"])
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    # the rotated one still works, once
    assert (await token(client, grant_type="refresh_token", refresh_token=fresh["refresh_token"])).status_code == 200


async def test_token_errors(client: httpx.AsyncClient, clock: Clock) -> None:
    code = (await authorize(client))["code"]
    wrong_secret = await client.post("/oauth/token/", data={"grant_type": "authorization_code", "code": code,
                                                            "client_id": CLIENT_ID, "client_secret": "nope"})
    assert wrong_secret.status_code == 401 and wrong_secret.json()["error"] == "invalid_client"
    assert SECRET not in wrong_secret.text
    other_app = await client.post("/oauth/token/", data={"grant_type": "authorization_code", "code": code,
                                                         "client_id": "local.other", "client_secret": "other-secret"})
    assert other_app.status_code == 400 and other_app.json()["error"] == "invalid_grant"  # and the code is spent
    code = (await authorize(client))["code"]
    assert (await token(client, grant_type="authorization_code", code=code)).status_code == 200
    reused = await token(client, grant_type="authorization_code", code=code)
    assert reused.status_code == 400 and reused.json()["error"] == "invalid_grant"
    code = (await authorize(client))["code"]
    clock.advance(CODE_LIFETIME)
    late = await token(client, grant_type="authorization_code", code=code)
    assert late.status_code == 400 and late.json()["error"] == "invalid_grant"
    for params, error in (({}, "invalid_request"), ({"grant_type": "password"}, "invalid_request"),
                          ({"grant_type": "refresh_token"}, "invalid_request")):
        reply = await token(client, **params)
        assert reply.status_code == 400 and reply.json()["error"] == error, params
    unknown = await client.get("/rest/user.current", params={"auth": "0" * 64})
    assert unknown.status_code == 401
    assert unknown.json() == {"error": "invalid_token", "error_description": "The access token provided is invalid."}
    assert (await client.get("/rest/user.current")).json()["error"] == "NO_AUTH_FOUND"


async def test_token_by_get_query_works_too(client: httpx.AsyncClient) -> None:
    code = (await authorize(client))["code"]
    reply = await client.get("/oauth/token/", params={"grant_type": "authorization_code", "code": code,
                                                      "client_id": CLIENT_ID, "client_secret": SECRET})
    assert reply.status_code == 200 and reply.json()["user_id"] == 1


async def test_scopes_are_enforced(clock: Clock) -> None:
    with SandboxPortal(now=clock, apps=[SandboxApp("local.useronly", "x", scopes=frozenset({"user"}))]) as portal:
        code = portal.oauth.issue_code("local.useronly", 1)
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=portal.app), base_url=BASE_URL) as client:
            tokens = (await client.post("/oauth/token/", data={"grant_type": "authorization_code", "code": code,
                                                               "client_id": "local.useronly",
                                                               "client_secret": "x"})).json()
            assert tokens["scope"] == "user"
            denied = await client.get("/rest/crm.activity.list", params={"auth": tokens["access_token"]})
            assert denied.status_code == 401 and denied.json()["error"] == "insufficient_scope"
            bound = await client.get("/rest/event.bind", params={"auth": tokens["access_token"],
                                                                 "event": "onCrmActivityAdd", "event_type": "offline"})
            assert bound.json()["error"] == "ERROR_EVENT_NOT_FOUND"


_TEXT = st.text(max_size=80)
_PARAMS = st.dictionaries(st.sampled_from(["grant_type", "client_id", "client_secret", "code", "refresh_token",
                                           "redirect_uri", "grant_type[]", "code[x]", "auth"]),
                          st.one_of(_TEXT, st.sampled_from(["authorization_code", "refresh_token", CLIENT_ID, SECRET])),
                          max_size=6)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=_PARAMS, as_json=st.booleans(), raw=st.binary(max_size=60))
async def test_token_endpoint_never_fails_on_garbage(client: httpx.AsyncClient, params: dict[str, str],
                                                     as_json: bool, raw: bytes) -> None:
    replies = [
        await (client.post("/oauth/token/", json=params) if as_json else client.post("/oauth/token/", data=params)),
        await client.get("/oauth/token/", params=params),
        await client.post("/oauth/token/", content=raw, headers={"content-type": "application/x-www-form-urlencoded"}),
        await client.get("/oauth/authorize/", params=params),
    ]
    for reply in replies:
        assert reply.status_code in (200, 302, 400, 401), reply.text
        if reply.status_code != 302:
            body = reply.json()
            assert isinstance(body, dict)
            if reply.status_code != 200:
                assert body["error"] in ("invalid_request", "invalid_client", "invalid_grant")
        assert SECRET not in reply.text
