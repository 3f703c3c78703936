"""Fixtures of the sandbox tests: a portal with a fixed clock and an in-process httpx client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import BASE_URL, NOW, Call


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    portal = SandboxPortal(now=lambda: NOW)
    yield portal
    portal.close()


@pytest.fixture(scope="module")
def shared_portal() -> Iterator[SandboxPortal]:
    """One portal for a whole module (the hypothesis tests' many examples; its data accumulates)."""
    portal = SandboxPortal(now=lambda: NOW)
    yield portal
    portal.close()


@pytest.fixture
async def client(portal: SandboxPortal) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=portal.app), base_url=BASE_URL) as client:
        yield client


@pytest.fixture
def call(client: httpx.AsyncClient, portal: SandboxPortal) -> Call:
    """``await call("crm.activity.list", {...})`` → the httpx response of a JSON POST via the webhook."""

    async def _call(method: str, params: dict[str, Any] | None = None) -> httpx.Response:
        return await client.post(portal.webhook_url(BASE_URL) + method, json=params if params is not None else {})

    return _call
