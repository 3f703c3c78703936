"""Portal profiles in the settings file (issue 14 item 3): an old single-portal file migrates into one
profile; save / list / current / switch; a moved portal lands in its profile; removing a profile deletes
its keyring entries (real Secret Service), its store with the queued changes and caches (and -wal/-shm),
and the profile — never the one open in a session. An application-only profile restores from the
keyring and its renewed tokens go back there (in-process sandbox portal with its OAuth server)."""

from __future__ import annotations

import json
import secrets as token_source
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from changes_helpers import DEAL, at, change_service
from secret_service import secret_service_store

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.oauth import OAuthTokens, request_tokens
from desktop_app.services import profiles
from desktop_app.services import settings as settings_file
from desktop_app.services.connection import PortalConnection
from desktop_app.services.profiles import Profile, ProfileInUse, ProfileNotFound
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import restore_session
from desktop_app.store.db import DATA_DIR_ENV, Store

ACME = "https://acme.bitrix24.com"
OTHER = "https://other.bitrix24.com"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def keyring_store() -> Iterator[SecretStore]:
    yield from secret_service_store()


def _file() -> dict:
    return json.loads(settings_file.settings_path().read_text(encoding="utf-8"))


def test_an_old_single_portal_file_becomes_one_current_profile() -> None:
    path = settings_file.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"portal_url": ACME, "user_id": 12, "store_host": "acme-old.bitrix24.com",
                                "last_entity_type": 3, "language": "ru"}), encoding="utf-8")

    listed = profiles.list_profiles()

    assert listed == [Profile(id="12@acme.bitrix24.com", portal_url=ACME, user_id=12, webhook=True,
                              store_host="acme-old.bitrix24.com")]
    assert profiles.current_profile() == listed[0]
    written = _file()
    assert written["current_profile"] == "12@acme.bitrix24.com" and len(written["profiles"]) == 1
    # The old fields stay (an older Activity Desk still opens the portal) and nothing else is lost.
    assert (written["portal_url"], written["user_id"], written["last_entity_type"], written["language"]) == (
        ACME, 12, 3, "ru")


def test_save_list_current_and_switch() -> None:
    assert profiles.list_profiles() == [] and profiles.current_profile() is None
    acme = profiles.save_profile(Profile(id=profiles.profile_id(ACME, 1), portal_url=ACME, user_id=1,
                                         label="Ann Lee", webhook=True))
    other = profiles.save_profile(Profile(id=profiles.profile_id(OTHER, 7), portal_url=OTHER, user_id=7,
                                          app_client_id="local.app1"), make_current=False)

    assert [p.id for p in profiles.list_profiles()] == ["1@acme.bitrix24.com", "7@other.bitrix24.com"]
    assert profiles.current_profile() == acme

    profiles.set_current_profile(other.id)
    assert profiles.current_profile() == other
    assert settings_file.load().portal_url == OTHER and settings_file.load().user_id == 7  # the mirror

    # The same portal and user again (an application connected to the webhook profile): one profile, both ways.
    both = profiles.save_profile(Profile(id="another-id", portal_url=ACME, user_id=1, app_client_id="local.app2"))
    assert both.id == acme.id and both.webhook and both.app_client_id == "local.app2" and both.label == "Ann Lee"
    assert len(profiles.list_profiles()) == 2 and profiles.current_profile() == both

    with pytest.raises(ProfileNotFound, match="no-such"):
        profiles.set_current_profile("no-such")


def test_a_portal_move_written_to_the_old_fields_lands_in_the_current_profile() -> None:
    profiles.save_profile(Profile(id="1@acme.bitrix24.com", portal_url=ACME, user_id=1, webhook=True))
    # What services/portal_moves.py writes when the cloud portal is renamed.
    moved = settings_file.load().model_copy(update={"portal_url": "https://acme-new.bitrix24.com",
                                                    "store_host": "acme.bitrix24.com"})
    settings_file.save(moved)

    current = profiles.current_profile()
    assert current is not None and current.id == "1@acme.bitrix24.com"
    assert (current.portal_url, current.store_host) == ("https://acme-new.bitrix24.com", "acme.bitrix24.com")
    assert profiles.profile_store_paths(current)[-1].name == "store-acme.bitrix24.com-1.sqlite3"


def test_a_damaged_profile_entry_is_dropped_and_the_rest_kept() -> None:
    path = settings_file.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"language": "ru", "current_profile": "1@acme.bitrix24.com", "profiles": [
        {"id": "1@acme.bitrix24.com", "portal_url": ACME, "user_id": 1, "webhook": True},
        {"id": "bad", "portal_url": "https://acme.bitrix24.com/rest/1/s3cr3tcode/", "user_id": 1},
        {"id": "x", "portal_url": OTHER, "user_id": 2, "code": "s3cr3tcode"}]}), encoding="utf-8")

    assert [p.id for p in profiles.list_profiles()] == ["1@acme.bitrix24.com"]
    assert settings_file.load().language == "ru"
    assert "s3cr3tcode" not in path.read_text(encoding="utf-8")


def _queue_a_change(profile: Profile, client: BitrixClient) -> Path:
    path = profiles.profile_store_paths(profile)[0]
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path)
    try:
        change_service(client, store).add_todo(DEAL, at(4), title="Not yet sent")
    finally:
        store.close()
    for side in ("-wal", "-shm"):  # as a store left by a crash has them
        path.with_name(path.name + side).write_bytes(b"")
    return path


def test_remove_deletes_keyring_entries_store_and_profile(keyring_store: SecretStore, client: BitrixClient) -> None:
    host = f"it-{token_source.token_hex(4)}.bitrix24.com"
    url = f"https://{host}"
    profile = profiles.save_profile(Profile(id=profiles.profile_id(url, 3), portal_url=url, user_id=3, webhook=True,
                                            app_client_id="local.app1"))
    keep = profiles.save_profile(Profile(id=profiles.profile_id(ACME, 1), portal_url=ACME, user_id=1, webhook=True),
                                 make_current=False)
    keyring_store.store_webhook_code(host, 3, "code-" + token_source.token_hex(8))
    keyring_store.store_webhook_code(ACME.removeprefix("https://"), 1, "keep-" + token_source.token_hex(8))
    keyring_store.store_client_secret(host, "local.app1", "secret-" + token_source.token_hex(8))
    path = _queue_a_change(profile, client)
    connection = PortalConnection(profile, secrets=keyring_store)
    assert connection.store_path == path and connection.entity_cache_path == path
    assert f"webhook:3@{host}" in connection.keyring_entries()
    assert profiles.queued_changes(profile) == 1
    try:
        connection.mark_open()  # its session is open: refused, nothing deleted
        with pytest.raises(ProfileInUse, match="Switch to another portal"):
            profiles.remove_profile(profile.id, keyring_store)
        assert path.exists() and keyring_store.load_webhook_code(host, 3)
        connection.mark_closed()

        profiles.remove_profile(profile.id, keyring_store)

        assert keyring_store.load_webhook_code(host, 3) is None
        assert keyring_store.load_client_secret(host, "local.app1") is None
        assert not any(path.parent.glob(path.name + "*"))  # the store, its -wal and -shm
        assert profiles.list_profiles() == [keep] and profiles.current_profile() == keep  # the next one is current
        assert keyring_store.load_webhook_code(ACME.removeprefix("https://"), 1)  # another profile's entry stays
        profiles.remove_profile(keep.id, keyring_store)
        assert profiles.list_profiles() == [] and profiles.current_profile() is None
        assert settings_file.load().portal_url is None  # an older Activity Desk does not reopen it either
    finally:
        connection.mark_closed()
        keyring_store.delete_webhook_code(host, 3)
        keyring_store.delete_webhook_code(ACME.removeprefix("https://"), 1)
        keyring_store.delete_application(host, "local.app1")


CLIENT_ID = "local.profiles-test"
APP_SECRET = "profiles-client-secret"
BASE = "http://127.0.0.1:8771"  # in-process (ASGI): never dialled


@pytest.fixture
def app_portal() -> Iterator[object]:
    from desktop_app.sandbox import SandboxPortal
    from desktop_app.sandbox.oauth import SandboxApp

    p = SandboxPortal(":memory:", webhook_code="demo", webhook_user_id=1, demo_data=True,
                      apps=[SandboxApp(CLIENT_ID, APP_SECRET)])
    yield p
    p.close()


async def _tokens(portal) -> OAuthTokens:  # noqa: ANN001
    async with httpx.AsyncClient(transport=portal.transport()) as http:
        return await request_tokens(http, f"{BASE}/oauth/token/", {
            "grant_type": "authorization_code", "client_id": CLIENT_ID, "client_secret": APP_SECRET,
            "code": portal.oauth.issue_code(CLIENT_ID, 1)})


async def test_an_application_only_profile_restores_and_keeps_renewed_tokens(app_portal, keyring_store: SecretStore,
                                                                           ) -> None:  # noqa: ANN001
    host = BASE.removeprefix("http://")
    tokens = await _tokens(app_portal)
    keyring_store.store_client_secret(host, CLIENT_ID, APP_SECRET)
    keyring_store.store_tokens(host, CLIENT_ID, tokens)
    profiles.save_profile(Profile(id=profiles.profile_id(BASE, 1), portal_url=BASE, user_id=1,
                                  app_client_id=CLIENT_ID))
    session = None
    try:
        session = await restore_session(secrets=keyring_store, transport=app_portal.transport())
        assert session is not None and session.connection is not None
        assert session.app_client is session.client and session.me.id == 1  # everything goes through the application
        assert session.connection.webhook_auth is None and session.connection.user_id == 1
        assert await session.client.current_user()

        renewed = await session.client.auth.refresh()  # a renewal rotates the tokens: the keyring gets them

        assert renewed.refresh_token != tokens.refresh_token
        assert keyring_store.load_tokens(host, CLIENT_ID).refresh_token == renewed.refresh_token
        with pytest.raises(ProfileInUse):
            profiles.remove_profile(profiles.profile_id(BASE, 1), keyring_store)
    finally:
        if session is not None:
            await session.aclose()
        profiles.remove_profile(profiles.profile_id(BASE, 1), keyring_store)  # closed: allowed now
    assert keyring_store.load_tokens(host, CLIENT_ID) is None and keyring_store.load_client_secret(host, CLIENT_ID) is None


async def test_a_profile_with_both_connections_restores_both(app_portal, keyring_store: SecretStore) -> None:  # noqa: ANN001
    host = BASE.removeprefix("http://")
    keyring_store.store_webhook_code(host, 1, "demo")
    keyring_store.store_client_secret(host, CLIENT_ID, APP_SECRET)
    keyring_store.store_tokens(host, CLIENT_ID, await _tokens(app_portal))
    profile = profiles.save_profile(Profile(id=profiles.profile_id(BASE, 1), portal_url=BASE, user_id=1, webhook=True,
                                            app_client_id=CLIENT_ID))
    session = None
    try:
        session = await restore_session(secrets=keyring_store, transport=app_portal.transport())
        assert session is not None and session.app_client is not None and session.app_client is not session.client
        assert session.client.webhook.user_id == 1  # everything else goes through the webhook
        assert session.connection.keyring_entries() == [
            f"webhook:1@{host}", *(f"{kind}:{CLIENT_ID}@{host}"
                                   for kind in ("oauth-secret", "oauth-access", "oauth-refresh", "oauth-meta"))]
        assert (await session.app_client.current_user()).id == 1
        assert session.connection.endpoints.token_url == f"{BASE}/oauth/token/"
    finally:
        if session is not None:
            await session.aclose()
        profiles.remove_profile(profile.id, keyring_store)
    assert keyring_store.load_webhook_code(host, 1) is None and keyring_store.load_tokens(host, CLIENT_ID) is None
