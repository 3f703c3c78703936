"""A portal that moved is remembered (issue 10 item 1): after a followed cloud rename, or a move the
user confirmed, the settings hold the new address, the real keyring (Secret Service) holds the
webhook code under the new host's entry only, and the next start goes straight to the new host with
every queued change still in the outbox (the store file renamed to the new host's name).

Real pieces: the session functions (``restore_session``), the keyring through ``SecretStore()`` on
the Secret Service of the test command's private D-Bus session, the settings file, the store, and
the sandbox portal in-process. Hand-written only: the old address answering ``302`` (the sandbox
cannot move), in ``tests/moving_transport.py``, which also records every host a request went to.
"""

from __future__ import annotations

import secrets as token_source
from collections.abc import Iterator

import pytest
from changes_helpers import DEAL, at
from keyring.backends import null
from moving_transport import MovingTransport
from secret_service import secret_service_store

from desktop_app.bitrix import Webhook
from desktop_app.bitrix.errors import PortalMoveUnconfirmed
from desktop_app.services import settings as settings_file
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import _open_webhook, restore_session
from desktop_app.store import EntryState
from desktop_app.store.db import DATA_DIR_ENV, default_store_path

CODE = "demo"  # the sandbox portal fixture's webhook code


@pytest.fixture
def keyring_store() -> Iterator[SecretStore]:
    """``SecretStore()`` as the app builds it, on the real Secret Service."""
    yield from secret_service_store()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    return tmp_path / "data"


def _hosts(old_template: str, new_template: str) -> tuple[str, str]:
    tag = token_source.token_hex(4)
    return old_template.format(tag), new_template.format(tag)


def _save_portal(secrets: SecretStore, host: str) -> None:
    """What "Connect" leaves behind: the address and user in settings, the code in the keyring."""
    settings_file.save(settings_file.Settings(portal_url=f"https://{host}", user_id=1))
    secrets.store_webhook_code(host, 1, CODE)


async def _first_run_queues_a_todo(secrets: SecretStore, transport: MovingTransport) -> object:
    """Start on the saved (old) address, queue a todo (not sent), return the session."""
    session = await restore_session(secrets=secrets, transport=transport)
    assert session is not None and session.portal_host == transport.old
    changes = session.open_store()
    changes.add_todo(DEAL, at(5), title="Queued before the move")
    return session


async def _restart_and_check(secrets: SecretStore, portal, old: str, new: str) -> None:  # noqa: ANN001
    """The next start: straight to the new host (the old one still redirects, and is not asked), the
    queued todo in the outbox of the store now named after the new host; it then reaches the portal."""
    transport = MovingTransport(portal.transport(), old, f"https://{new}", moved=True)
    session = await restore_session(secrets=secrets, transport=transport)
    assert session is not None
    try:
        assert session.portal_host == new
        assert transport.hosts() == {new}
        changes = session.open_store()
        assert session.store is not None and session.store.path == default_store_path(new, 1)
        assert not default_store_path(old, 1).exists()
        [entry] = changes.open_entries()
        assert entry.state is EntryState.PENDING and entry.params["title"] == "Queued before the move"
        assert settings_file.load().store_host is None
        await changes.processor.drain()
        assert [e.state for e in session.store.outbox.all_entries()] == [EntryState.DONE]
        assert portal.db.count_activities(subject="Queued before the move") == 1
        assert transport.hosts() == {new}
    finally:
        await session.aclose()


def _assert_saved_under(secrets: SecretStore, old: str, new: str) -> None:
    saved = settings_file.load()
    assert saved.portal_url == f"https://{new}" and saved.user_id == 1
    assert secrets.load_webhook_code(new, 1) == CODE
    assert secrets.load_webhook_code(old, 1) is None  # moved, not copied
    assert CODE not in settings_file.settings_path().read_text(encoding="utf-8").replace('"user_id"', "")


async def test_a_followed_cloud_rename_is_saved_and_the_next_start_goes_to_the_new_host(
        keyring_store: SecretStore, portal, data_dir) -> None:  # noqa: ANN001
    old, new = _hosts("acme-{}.bitrix24.com", "acme-{}-new.bitrix24.de")
    try:
        _save_portal(keyring_store, old)
        transport = MovingTransport(portal.transport(), old, f"https://{new}")
        session = await _first_run_queues_a_todo(keyring_store, transport)
        try:
            transport.moved = True
            await session.client.current_user()  # followed by the client: HTTPS, cloud to cloud
            assert session.portal_host == new
        finally:
            await session.aclose()  # waits for the move to be saved
        _assert_saved_under(keyring_store, old, new)
        assert settings_file.load().store_host == old  # the store file still carries the old name
        assert default_store_path(old, 1).exists()

        await _restart_and_check(keyring_store, portal, old, new)
    finally:
        keyring_store.delete_webhook_code(old, 1)
        keyring_store.delete_webhook_code(new, 1)


async def test_a_confirmed_move_is_saved_only_once_confirmed(keyring_store: SecretStore, portal, data_dir) -> None:  # noqa: ANN001
    old, new = _hosts("old-{}.example.com", "crm-{}.example.net")
    try:
        _save_portal(keyring_store, old)
        transport = MovingTransport(portal.transport(), old, f"https://{new}")
        session = await _first_run_queues_a_todo(keyring_store, transport)
        try:
            transport.moved = True
            with pytest.raises(PortalMoveUnconfirmed) as info:
                await session.client.current_user()
            await session.moves.wait_saved()
            # Asked, not confirmed: nothing saved, nothing sent to the new host.
            assert settings_file.load().portal_url == f"https://{old}"
            assert keyring_store.load_webhook_code(new, 1) is None
            assert keyring_store.load_webhook_code(old, 1) == CODE
            assert new not in transport.hosts()

            session.client.confirm_portal_move(info.value.new_base_url)  # the window's Follow button
            await session.moves.wait_saved()
            _assert_saved_under(keyring_store, old, new)
            await session.client.current_user()
        finally:
            await session.aclose()

        await _restart_and_check(keyring_store, portal, old, new)
    finally:
        keyring_store.delete_webhook_code(old, 1)
        keyring_store.delete_webhook_code(new, 1)


async def test_a_move_the_keyring_cannot_take_changes_nothing(portal, data_dir) -> None:  # noqa: ANN001
    """No secure keyring at move time (the code came from one, then it went away): the settings keep
    the old address, so the next start finds the code and the queued changes where they were."""
    old, new = _hosts("acme-{}.bitrix24.com", "acme-{}-new.bitrix24.com")
    settings_file.save(settings_file.Settings(portal_url=f"https://{old}", user_id=1))
    transport = MovingTransport(portal.transport(), old, f"https://{new}")
    session = await _open_webhook(Webhook(f"https://{old}", 1, CODE), transport, SecretStore(null.Keyring()))
    try:
        session.open_store().add_todo(DEAL, at(5), title="Queued before the move")
        transport.moved = True
        await session.client.current_user()
    finally:
        await session.aclose()
    saved = settings_file.load()
    assert saved.portal_url == f"https://{old}" and saved.store_host is None
    assert default_store_path(old, 1).exists() and not default_store_path(new, 1).exists()


async def test_a_rename_met_at_start_up_keeps_the_queued_changes(keyring_store: SecretStore, portal, data_dir) -> None:  # noqa: ANN001
    """The saved portal redirects already on start (cloud rename): the session follows it, the move is
    saved before the store is opened, and the store of the old name — with its queued todo — is the
    one opened, renamed to the new host's name."""
    old, new = _hosts("acme-{}.bitrix24.com", "acme-{}-new.bitrix24.com")
    try:
        _save_portal(keyring_store, old)
        first = await _first_run_queues_a_todo(keyring_store, MovingTransport(portal.transport(), old, f"https://{new}"))
        await first.aclose()
        assert default_store_path(old, 1).exists()

        transport = MovingTransport(portal.transport(), old, f"https://{new}", moved=True)
        session = await restore_session(secrets=keyring_store, transport=transport)
        assert session is not None
        try:
            assert session.portal_host == new
            _assert_saved_under(keyring_store, old, new)
            [entry] = session.open_store().open_entries()
            assert entry.params["title"] == "Queued before the move"
            assert session.store.path == default_store_path(new, 1) and not default_store_path(old, 1).exists()
            assert settings_file.load().store_host is None
        finally:
            await session.aclose()
    finally:
        keyring_store.delete_webhook_code(old, 1)
        keyring_store.delete_webhook_code(new, 1)
