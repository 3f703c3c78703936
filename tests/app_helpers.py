"""Shared by the application-feature tests (tests/bitrix/test_app_*.py, tests/services/test_app_features*.py):
a sandbox portal with the demo application and a second one registered, clients for each (in-process
ASGI), and a transport that counts the HTTP requests a test causes. Shared by the application-connection
tests (tests/bitrix/test_oauth_sandbox.py, tests/services/test_oauth_outbox.py): a clock the test moves and
the tokens a code exchange gives."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime

import httpx

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.oauth import OAuthTokens, request_tokens
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.demo_apps import DEMO_APP_CLIENT_ID
from desktop_app.sandbox.oauth import SandboxApp
from desktop_app.services.demo_app import connect_demo_app

OTHER_APP_CLIENT_ID = "local.other.app"
_SECRETS = {DEMO_APP_CLIENT_ID: "demo-secret-for-tests-0123456789", OTHER_APP_CLIENT_ID: "other-secret-for-tests-98765"}
DEAL = 2


class Clock:
    """A "now" the test moves (``clock.now += timedelta(…)``) instead of sleeping."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def exchanged_tokens(portal: SandboxPortal, base: str, client_id: str, secret: str, *, now: datetime,
                           transport: httpx.AsyncBaseTransport | None = None) -> OAuthTokens:
    """The tokens user 1 gets for the application ``client_id``: a code the portal issues, exchanged at
    ``{base}/oauth/token/`` (``authorization_code`` grant) through ``transport`` (the portal's own by default),
    their expiry counted from ``now``."""
    async with httpx.AsyncClient(transport=transport or portal.transport()) as http:
        return await request_tokens(http, f"{base}/oauth/token/", {
            "grant_type": "authorization_code", "client_id": client_id, "client_secret": secret,
            "code": portal.oauth.issue_code(client_id, 1)}, now=lambda: now)


class CountingTransport(httpx.AsyncBaseTransport):
    """Passes every request to ``inner`` and records its path (``/rest/batch``, ``/oauth/token/`` …)."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.paths: list[str] = []
        #: While True every request fails as a refused connection (nothing reaches the portal).
        self.down = False

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("connection refused", request=request)
        self.paths.append(request.url.path)
        return await self.inner.handle_async_request(request)

    def rest_calls(self) -> list[str]:
        """The REST methods requested so far (``batch``, ``crm.activity.list`` …), in order."""
        return [p.rsplit("/", 1)[-1] for p in self.paths if "/rest/" in p]

    async def aclose(self) -> None:
        await self.inner.aclose()


@dataclass
class AppPortal:
    """The portal and its clients: ``webhook`` (admin user 1), ``app`` (the demo application with its demo
    data), ``other`` (a second application), all through ``counter``."""

    portal: SandboxPortal
    counter: CountingTransport
    webhook: BitrixClient
    app: BitrixClient
    other: BitrixClient


@asynccontextmanager
async def app_portal(now: datetime, *, admin_user_ids: list[int] | None = None) -> AsyncIterator[AppPortal]:
    """A fresh in-memory portal with demo data and both applications connected (see :class:`AppPortal`)."""
    portal = SandboxPortal(":memory:", webhook_code="demo", webhook_user_id=1, demo_data=True, now=lambda: now,
                           admin_user_ids=admin_user_ids,
                           apps=[SandboxApp(cid, secret, None) for cid, secret in _SECRETS.items()])
    counter = CountingTransport(portal.transport())
    webhook = BitrixClient.for_webhook(Webhook("http://sandbox.local", 1, "demo"), transport=counter, rate_plan=None)
    app = await connect_demo_app(DEMO_APP_CLIENT_ID, _SECRETS[DEMO_APP_CLIENT_ID], transport=counter)
    other = await connect_demo_app(OTHER_APP_CLIENT_ID, _SECRETS[OTHER_APP_CLIENT_ID], transport=counter)
    try:
        yield AppPortal(portal, counter, webhook, app, other)
    finally:
        for client in (webhook, app, other):
            await client.aclose()
        portal.close()


def demo_ids(portal: SandboxPortal) -> dict[str, int]:
    """Ids of the demo application's data on deal 1: ``call`` / ``delivery`` (configurable), ``erp``
    (``REST_APP``), ``todo`` (the to-do carrying the demo's layout blocks)."""
    rows = portal.db.query("SELECT id, provider_id, provider_type_id FROM activity a JOIN activity_binding b "
                           "ON b.activity_id = a.id WHERE b.owner_type_id = 2 AND b.owner_id = 1 ORDER BY id", ())
    configurable = [r["id"] for r in rows if r["provider_id"] == "CONFIGURABLE_REST_APP"]
    erp = [r["id"] for r in rows if r["provider_id"] == "REST_APP"]
    todo = portal.db.scalar("SELECT activity_id FROM activity_layout WHERE kind = 'rest_app' LIMIT 1")
    return {"call": configurable[0], "delivery": configurable[1], "erp": erp[0], "todo": int(todo)}
