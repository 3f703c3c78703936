"""A session that opens while the portal does not answer (issue 12 point 11): offline, with the
webhook's user id; ``reconnect`` finds the portal once it answers on the same address; a portal that
answers with an error is reported, not taken for offline."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from secret_service import secret_service_store

from desktop_app.bitrix import Webhook
from desktop_app.bitrix.errors import AuthError, PortalUnreachable
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.services import settings as settings_file
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import _open_webhook, restore_session
from desktop_app.store.db import DATA_DIR_ENV

pytestmark = pytest.mark.integration


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


async def test_offline_session_then_reconnect(portal: SandboxPortal) -> None:
    port = _free_port()
    url = portal.webhook_url(f"http://127.0.0.1:{port}")
    with pytest.raises(PortalUnreachable):
        await _open_webhook(Webhook.parse(url), None)
    session = await _open_webhook(Webhook.parse(url), None, offline_ok=True)
    try:
        assert session.offline and session.me.id == 1 and session.me.display_name == "#1"
        assert await session.reconnect() is False and session.offline
        with serve_in_thread(portal, port=port):
            assert await session.reconnect() is True
            assert not session.offline
            assert session.me.display_name != "#1" and len(session.users) > 1
    finally:
        await session.aclose()


async def test_reconnect_to_a_portal_that_refuses_the_webhook(portal: SandboxPortal) -> None:
    port = _free_port()
    wrong = Webhook.parse(f"http://127.0.0.1:{port}/rest/1/not-the-code/")
    session = await _open_webhook(wrong, None, offline_ok=True)
    try:
        with serve_in_thread(portal, port=port), pytest.raises(AuthError):
            await session.reconnect()
        assert session.offline
    finally:
        await session.aclose()


@pytest.fixture
def keyring_store() -> Iterator[SecretStore]:
    """``SecretStore()`` as the app builds it, on the real Secret Service (skips outside it)."""
    yield from secret_service_store()


async def test_restore_session_opens_the_saved_portal_offline(portal: SandboxPortal, keyring_store: SecretStore,
                                                              tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """The saved portal (settings + keyring, as Connect leaves them) does not answer at start: with
    ``offline_ok`` the app still gets a session (offline), without it the error as before."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    monkeypatch.setenv(settings_file.CONFIG_DIR_ENV, str(tmp_path / "config"))
    port = _free_port()
    host = f"127.0.0.1:{port}"
    settings_file.save(settings_file.Settings(portal_url=f"http://{host}", user_id=1))
    keyring_store.store_webhook_code(host, 1, "demo")
    try:
        with pytest.raises(PortalUnreachable):
            await restore_session(secrets=keyring_store)
        session = await restore_session(secrets=keyring_store, offline_ok=True)
        assert session is not None and session.offline and session.portal_host == host
        try:
            with serve_in_thread(portal, port=port):
                assert await session.reconnect() and session.me.display_name != "#1"
        finally:
            await session.aclose()
    finally:
        keyring_store.delete_webhook_code(host, 1)
