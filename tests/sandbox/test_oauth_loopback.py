"""The OAuth flow over loopback HTTP against a served sandbox portal (``serve_in_thread``): authorize →
token → REST call → expiry on the portal clock → refresh → replay, and the file download with an access
token; plus the CLI's ``--app-*`` options."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from sandbox_server import start_sandbox_server

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import APP_SECRET_ENV, _apps, build_parser, serve_in_thread
from desktop_app.sandbox.oauth import SandboxApp

from .helpers import NOW

CLIENT_ID = "local.loopback"
SECRET = "loopback-secret"


async def test_whole_flow_over_loopback() -> None:
    clock = {"now": NOW}
    with SandboxPortal(now=lambda: clock["now"], token_lifetime=1, apps=[SandboxApp(CLIENT_ID, SECRET)]) as portal, \
            serve_in_thread(portal) as webhook_url:
        base = webhook_url.split("/rest/")[0]
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            redirect = "http://127.0.0.1:40999/cb"
            reply = await http.get("/oauth/authorize/", params={"client_id": CLIENT_ID, "state": "s-1",
                                                                "redirect_uri": redirect})
            assert reply.status_code == 302
            answer = parse_qs(urlsplit(reply.headers["location"]).query)
            assert answer["state"] == ["s-1"] and answer["domain"] == [urlsplit(base).netloc]
            tokens = (await http.post("/oauth/token/", data={
                "grant_type": "authorization_code", "code": answer["code"][0], "client_id": CLIENT_ID,
                "client_secret": SECRET})).json()
            assert tokens["client_endpoint"] == f"{base}/rest/" and tokens["expires_in"] == 1
            listed = await http.post("/rest/crm.activity.list", data={
                "auth": tokens["access_token"], "filter[ID]": "1", "select[]": "FILES"})
            assert listed.status_code == 200 and listed.json()["total"] == 1
            clock["now"] += timedelta(seconds=1)
            expired = await http.post("/rest/crm.activity.list", data={"auth": tokens["access_token"]})
            assert expired.status_code == 401 and expired.json()["error"] == "expired_token"
            fresh = (await http.post("/oauth/token/", data={
                "grant_type": "refresh_token", "refresh_token": tokens["refresh_token"], "client_id": CLIENT_ID,
                "client_secret": SECRET})).json()
            replay = await http.post("/rest/user.current", headers={"Authorization": f"Bearer {fresh['access_token']}"})
            assert replay.status_code == 200 and replay.json()["result"]["ID"] == "1"
            assert portal.oauth.grants == {"authorization_code": 1, "refresh_token": 1}


async def test_file_download_accepts_a_live_access_token() -> None:
    clock = {"now": NOW}
    with SandboxPortal(now=lambda: clock["now"], apps=[SandboxApp(CLIENT_ID, SECRET)]) as portal, \
            serve_in_thread(portal) as webhook_url:
        row = portal.db.query_one("SELECT id, activity_id FROM activity_file ORDER BY id LIMIT 1")
        assert row is not None, "the demo data has activity files"
        base = webhook_url.split("/rest/")[0]
        code = portal.oauth.issue_code(CLIENT_ID, 1)
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            tokens = (await http.post("/oauth/token/", data={"grant_type": "authorization_code", "code": code,
                                                             "client_id": CLIENT_ID, "client_secret": SECRET})).json()
            query = {"fileId": row["id"], "ownerTypeId": 6, "ownerId": row["activity_id"]}
            good = await http.get("/bitrix/tools/crm_show_file.php", params={**query, "auth": tokens["access_token"]})
            assert good.status_code == 200 and good.content
            wrong = await http.get("/bitrix/tools/crm_show_file.php", params={**query, "auth": "f" * 64})
            assert wrong.status_code == 401 and wrong.json()["error"] == "NO_AUTH_FOUND"
            clock["now"] += timedelta(hours=2)
            late = await http.get("/bitrix/tools/crm_show_file.php", params={**query, "auth": tokens["access_token"]})
            assert late.status_code == 401 and late.json()["error"] == "expired_token"


def test_cli_registers_the_application(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = build_parser()
    args = parser.parse_args(["serve", "--webhook-code", "c", "--app-client-id", "local.x", "--app-client-secret",
                              "sekr1t-xyz", "--token-lifetime", "5", "--app-scopes", "crm"])
    [app] = _apps(args)
    assert (app.client_id, app.client_secret, app.scopes, args.token_lifetime) == ("local.x", "sekr1t-xyz", {"crm"}, 5)
    assert "sekr1t-xyz" not in repr(app)
    monkeypatch.setenv(APP_SECRET_ENV, "from-env")
    [app] = _apps(parser.parse_args(["serve", "--webhook-code", "c", "--app-client-id", "local.x"]))
    assert app.client_secret == "from-env"
    monkeypatch.delenv(APP_SECRET_ENV)
    with pytest.raises(ValueError, match="--app-client-secret"):
        _apps(parser.parse_args(["serve", "--webhook-code", "c", "--app-client-id", "local.x"]))
    with pytest.raises(SystemExit):
        parser.parse_args(["serve", "--webhook-code", "c", "--token-lifetime", "0"])


async def test_cli_process_serves_the_application_with_a_short_token_lifetime() -> None:
    with start_sandbox_server("--empty", "--app-client-id", CLIENT_ID, "--app-client-secret", SECRET,
                              "--token-lifetime", "1") as webhook_url:
        base = webhook_url.split("/rest/")[0]
        async with httpx.AsyncClient(base_url=base, timeout=10) as http:
            reply = await http.get("/oauth/authorize/", params={"client_id": CLIENT_ID, "state": "cli",
                                                                "redirect_uri": "http://localhost:1234/"})
            code = parse_qs(urlsplit(reply.headers["location"]).query)["code"][0]
            tokens = (await http.post("/oauth/token/", data={"grant_type": "authorization_code", "code": code,
                                                             "client_id": CLIENT_ID, "client_secret": SECRET})).json()
            assert tokens["expires_in"] == 1
            expired = None
            for _ in range(40):  # the real clock: poll until the 1-second token expires (at most ~2 s)
                answer = await http.get("/rest/user.current", params={"auth": tokens["access_token"]})
                if answer.status_code == 401:
                    expired = answer.json()
                    break
                await asyncio.sleep(0.05)
            assert expired is not None and expired["error"] == "expired_token"
