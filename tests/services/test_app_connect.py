"""services/app_connect without Qt: what the user typed is checked field by field (hypothesis), an attempt takes
the loopback redirect or a pasted address (another attempt's state refused), and the code exchange against the
in-process sandbox portal opens a session whose client is the application's — without a keyring nothing is
written; a wrong secret is invalid_client, a used code invalid_grant."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from urllib.parse import urlencode

import httpx
import keyring.backends.fail
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.bitrix.auth import split_portal_url
from desktop_app.bitrix.oauth import ReconnectNeeded
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.oauth import SandboxApp
from desktop_app.services import settings as settings_file
from desktop_app.services.app_connect import (
    AppConnectInvalid,
    ApplicationAuthorization,
    check_credentials,
    check_port,
    finish_connection,
    redirect_uri,
)
from desktop_app.services.oauth_flow import AuthorizationRefused, AuthorizationTimedOut
from desktop_app.services.secrets import SecretStore

CLIENT_ID = "local.app-connect"
SECRET = "appConnectSecret42x"
BASE = "http://127.0.0.1"  # the in-process portal's address (loopback: plain http allowed)


@given(portal=st.text(max_size=60), client_id=st.text(max_size=40), secret=st.text(max_size=40))
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_input_is_accepted_checked_or_refused_naming_the_field(portal: str, client_id: str, secret: str) -> None:
    try:
        creds = check_credentials(portal, client_id, secret)
    except AppConnectInvalid as exc:
        assert exc.field in {"portal", "client_id", "client_secret"} and exc.rule
        if secret.strip() and len(secret.strip()) >= 4:
            assert secret.strip() not in str(exc)
    else:
        assert split_portal_url(creds.base_url)[0] == creds.base_url
        assert creds.client_secret == secret.strip() and secret.strip() not in repr(creds)


@pytest.mark.parametrize(("portal", "client_id", "secret", "field", "words"), [
    ("http://acme.bitrix24.com", CLIENT_ID, SECRET, "portal", "require https"),
    ("acme.bitrix24.com", CLIENT_ID, SECRET, "portal", "https://"),
    ("https://acme.bitrix24.com", "", SECRET, "client_id", "required"),
    ("https://acme.bitrix24.com", "local app", SECRET, "client_id", "latin letters"),
    ("https://acme.bitrix24.com", CLIENT_ID, "  ", "client_secret", "required"),
    ("https://acme.bitrix24.com", CLIENT_ID, "two words", "client_secret", "without spaces"),
])
def test_each_bad_field_is_named(portal: str, client_id: str, secret: str, field: str, words: str) -> None:
    with pytest.raises(AppConnectInvalid) as info:
        check_credentials(portal, client_id, secret)
    assert info.value.field == field and words in info.value.rule


def test_the_portal_address_loses_its_path_and_the_port_is_checked() -> None:
    creds = check_credentials(" https://ACME.bitrix24.com/crm/deal/ ", f" {CLIENT_ID} ", SECRET)
    assert (creds.base_url, creds.client_id, creds.host) == ("https://acme.bitrix24.com", CLIENT_ID, "acme.bitrix24.com")
    assert redirect_uri(50123) == "http://127.0.0.1:50123/activity-desk/oauth/"
    assert check_port(" 50123 ") == 50123
    for bad in ("80", "65536", "x"):
        with pytest.raises(AppConnectInvalid, match="port"):
            check_port(bad)


async def test_an_attempt_takes_the_redirect_or_a_paste_of_its_own() -> None:
    creds = check_credentials("https://acme.bitrix24.com", CLIENT_ID, SECRET)
    async with ApplicationAuthorization(creds, port=0, probe=False) as attempt:
        assert attempt.redirect_uri.startswith("http://127.0.0.1:") and ":0/" not in attempt.redirect_uri
        assert attempt.authorize_url.startswith(f"https://acme.bitrix24.com/oauth/authorize/?client_id={CLIENT_ID}")
        assert SECRET not in attempt.authorize_url
        with pytest.raises(AuthorizationTimedOut):
            await attempt.code(timeout=0.05)
        forged = f"{attempt.redirect_uri}?" + urlencode({"code": "c0de1234", "state": "not-this-one"})
        with pytest.raises(AppConnectInvalid) as info:
            attempt.paste(forged)
        assert info.value.field == "code" and "another sign-in attempt" in info.value.rule
        waiting = asyncio.ensure_future(attempt.code(timeout=5))
        await asyncio.sleep(0)
        attempt.paste(f"{attempt.redirect_uri}?" + urlencode({"code": "c0de1234", "state": attempt.state}))
        assert await waiting == "c0de1234"

    async with ApplicationAuthorization(creds, port=0, probe=False) as attempt:
        query = urlencode({"code": "c0de5678", "state": "forged", "domain": "acme.bitrix24.com"})
        waiting = asyncio.ensure_future(attempt.code(timeout=5))
        async with httpx.AsyncClient() as browser:
            page = await browser.get(f"{attempt.redirect_uri}?{query}")
        assert page.status_code == 400
        with pytest.raises(AuthorizationRefused, match="state does not match"):
            await waiting


@pytest.fixture
async def app_portal() -> AsyncIterator[SandboxPortal]:
    portal = SandboxPortal(":memory:", webhook_code="unused1", webhook_user_id=1, demo_data=True,
                           apps=[SandboxApp(CLIENT_ID, SECRET, redirect_uri())])
    yield portal
    portal.close()


async def test_without_a_keyring_the_application_connects_and_nothing_is_written(app_portal: SandboxPortal) -> None:
    no_keyring = SecretStore(keyring.backends.fail.Keyring())
    creds = check_credentials(BASE, CLIENT_ID, SECRET)
    code = app_portal.oauth.issue_code(CLIENT_ID, 1)
    session = await finish_connection(creds, code, secrets=no_keyring, redirect_uri=redirect_uri(),
                                      transport=app_portal.transport())
    try:
        assert session.secret_remembered is False and session.me.id == 1
        assert session.client is session.app_client and session.app_client.auth.client_id == CLIENT_ID
        assert (await session.app_client.call("crm.activity.type.list")).result == []
        assert not settings_file.settings_path().exists()
    finally:
        await session.aclose()


async def test_a_wrong_secret_is_invalid_client_and_a_used_code_invalid_grant(app_portal: SandboxPortal) -> None:
    no_keyring = SecretStore(keyring.backends.fail.Keyring())
    code = app_portal.oauth.issue_code(CLIENT_ID, 1)
    wrong = check_credentials(BASE, CLIENT_ID, "NotTheSecret99")
    with pytest.raises(ReconnectNeeded) as info:
        await finish_connection(wrong, code, secrets=no_keyring, redirect_uri=redirect_uri(),
                                transport=app_portal.transport())
    assert info.value.code == "invalid_client" and "NotTheSecret99" not in str(info.value)

    right = check_credentials(BASE, CLIENT_ID, SECRET)
    session = await finish_connection(right, code, secrets=no_keyring, redirect_uri=redirect_uri(),
                                      transport=app_portal.transport())
    await session.aclose()
    with pytest.raises(ReconnectNeeded) as info:
        await finish_connection(right, code, secrets=no_keyring, redirect_uri=redirect_uri(),
                                transport=app_portal.transport())
    assert info.value.code == "invalid_grant"
    assert not settings_file.settings_path().exists()
