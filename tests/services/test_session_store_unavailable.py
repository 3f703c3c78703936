"""``PortalSession.open_store`` names why a store cannot be opened (``StoreUnavailable.reason``), so
the window can say what to do; the file is left as it was. (Held by another copy: the window test,
tests/gui/test_store_unavailable.py, with a real second connection.)"""

from __future__ import annotations

import sqlite3

import pytest

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.services.session import PortalSession, StoreUnavailable
from desktop_app.store import Store
from desktop_app.store.db import DATA_DIR_ENV, SCHEMA_VERSION, default_store_path

HOST = "acme.bitrix24.com"


@pytest.fixture
async def session(portal, tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    client = BitrixClient.for_webhook(Webhook(f"https://{HOST}", 1, "demo"), transport=portal.transport())
    yield PortalSession(client=client, me=await client.current_user())
    await client.aclose()


def test_a_newer_store_is_named_and_left_untouched(session: PortalSession) -> None:
    path = default_store_path(HOST, 1)
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 5}")
    conn.close()
    before = path.read_bytes()

    with pytest.raises(StoreUnavailable) as raised:
        session.open_store()

    assert raised.value.reason == "newer" and raised.value.path == path
    assert session.store is None and session.changes is None
    assert path.read_bytes() == before


def test_a_store_that_cannot_be_opened_at_all_is_named(session: PortalSession) -> None:
    path = default_store_path(HOST, 1)
    path.mkdir(parents=True)  # a folder where the file should be: SQLite cannot open it

    with pytest.raises(StoreUnavailable) as raised:
        session.open_store()

    assert raised.value.reason == "unopenable" and raised.value.detail
    assert path.is_dir() and session.changes is None
