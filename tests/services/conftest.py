"""Fixtures the change-service tests share: a client on the in-process sandbox portal
(``net_client``), an outbox store in the test's temporary folder (``store``) and a
:class:`ChangeService` on both (``changes``). A test module that needs another client overrides
``net_client`` (``changes`` then uses it)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from changes_helpers import change_service

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.services.changes import ChangeService
from desktop_app.store import Store


@pytest.fixture
async def net_client(portal) -> AsyncIterator[BitrixClient]:  # noqa: ANN001
    c = BitrixClient.for_webhook(Webhook("http://sandbox.local", 1, "demo"), transport=portal.transport())
    yield c
    await c.aclose()


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:  # noqa: ANN001
    s = Store.open(tmp_path / "outbox.sqlite3")
    yield s
    s.close()


@pytest.fixture
def changes(net_client, store) -> ChangeService:  # noqa: ANN001
    return change_service(net_client, store)
