"""A working connection to one portal: the client, who we are, and the portal's employees.

Three ways in:

- :func:`open_demo_session` — the built-in sandbox portal, in-process (httpx's ASGI transport, no
  socket, no account). This is ``activity-desk --demo``.
- :func:`connect_webhook` — a webhook URL the user pasted: parsed, checked with a real
  ``user.current`` call, then its code stored in the OS keyring and only the portal address and user
  id in the settings file.
- :func:`restore_session` — the saved portal, with the code read back from the keyring.

Secrets: the webhook code lives in the keyring (or, when there is none, only in memory for this
session); never in settings, logs or error texts.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo

import httpx

from desktop_app.bitrix import BitrixClient, RatePlan, User, Webhook
from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.store.db import Store, default_store_path

from . import settings as settings_file
from .changes import ChangeService
from .outbox import Backoff
from .secrets import KeyringUnavailable, SecretStore

log = logging.getLogger(__name__)

DEMO_BASE_URL = "http://sandbox.local"
DEMO_WEBHOOK_CODE = "demo"


@dataclass
class PortalSession:
    """An open portal.

    Attributes:
        client: the REST client (close it with :meth:`aclose`).
        me: the webhook's user (``user.current``).
        users: employees by id (``user.get``), for responsible pickers and names on cards.
        is_demo: True for the in-process sandbox portal.
        secret_remembered: False when the webhook code could not be put in a keyring (it then lives
            in memory only, for this session).
        tz: the zone datetimes are shown and typed in (the user's local zone).
        sandbox: the in-process sandbox portal object for the demo, else ``None``.
        clock: the clock overdue/today states are judged by (aware datetimes); ``None`` = the real one.
        store: the local database (outbox and cache) once :meth:`open_store` ran, else ``None``.
        changes: the :class:`~desktop_app.services.changes.ChangeService` on that store (every write
            goes through it); its processor must be run by the caller (``changes.processor.run()``).
    """

    client: BitrixClient
    me: User
    users: dict[int, User] = field(default_factory=dict)
    is_demo: bool = False
    secret_remembered: bool = True
    tz: tzinfo = field(default_factory=lambda: datetime.now().astimezone().tzinfo or UTC)
    sandbox: object | None = None
    clock: Callable[[], datetime] | None = None
    store: Store | None = None
    changes: ChangeService | None = None

    def open_store(self, path: str | os.PathLike[str] | None = None, *, backoff: Backoff | None = None) -> ChangeService:
        """Open the local store and the change service on it (idempotent).

        ``path`` defaults to ``<data dir>/store-<host>-<user id>.sqlite3`` for a real portal and to a
        throw-away in-memory store for the demo (its sandbox is rebuilt on every start, so queued
        changes of a previous demo would point at activities that no longer exist).

        A damaged file does not raise: it is moved aside and replaced by a fresh store holding every
        outbox entry that could still be read; ``self.store.recovery`` then says what happened
        (:class:`~desktop_app.store.recovery.StoreRecovery`, for the window to tell the user).

        Raises:
            sqlite3.DatabaseError: the file was written by a newer Activity Desk (left untouched).
            sqlite3.OperationalError / OSError: the file cannot be opened at all (locked by another
                running copy, read-only, disk full).
        """
        if self.changes is not None:
            return self.changes
        if path is None:
            path = ":memory:" if self.is_demo else default_store_path(self.portal_host, self.me.id)
        self.store = Store.open(path)
        self.changes = ChangeService(self.client, self.store, backoff=backoff)
        return self.changes

    @property
    def portal_host(self) -> str:
        return self.client.host

    def user_name(self, user_id: int) -> str:
        user = self.users.get(user_id)
        return user.display_name if user else f"#{user_id}"

    async def refresh_users(self) -> None:
        """Reload :attr:`users` (``user.get``, all pages)."""
        self.users = {u.id: u for u in await self.client.get_users()}
        self.users.setdefault(self.me.id, self.me)

    async def aclose(self) -> None:
        await self.client.aclose()
        if self.store is not None:
            self.store.close()
            self.store = None
        close = getattr(self.sandbox, "close", None)
        if close is not None:
            close()


async def open_demo_session(*, now: Callable[[], datetime] | None = None, db_path: str = ":memory:") -> PortalSession:
    """Open the built-in sandbox portal in-process (demo data, no network, no account).

    Args:
        now: clock for the sandbox's demo data and timestamps (aware datetimes); default the real clock.
        db_path: SQLite path of the sandbox store; ``:memory:`` by default.
    """
    from desktop_app.sandbox import SandboxPortal

    portal = SandboxPortal(db_path, webhook_code=DEMO_WEBHOOK_CODE, webhook_user_id=1, demo_data=True, now=now)
    webhook = Webhook(base_url=DEMO_BASE_URL, user_id=1, code=DEMO_WEBHOOK_CODE)
    # The client's limiter mirrors the demo portal's request-rate limit (none unless configured).
    bucket = portal.rate_limiter
    plan = RatePlan.custom(int(bucket.limit.burst), bucket.limit.rate) if bucket is not None else None
    client = BitrixClient.for_webhook(webhook, transport=portal.transport(), rate_plan=plan)
    try:
        me = await client.current_user()
        session = PortalSession(client=client, me=me, is_demo=True, sandbox=portal, clock=now)
        await session.refresh_users()
    except BaseException:
        await client.aclose()
        portal.close()
        raise
    return session


async def connect_webhook(
    url: str,
    *,
    secrets: SecretStore,
    transport: httpx.AsyncBaseTransport | None = None,
) -> PortalSession:
    """Check a webhook URL with ``user.current`` and remember it.

    The code goes to the OS keyring; the settings file gets only the portal address and user id.
    When no keyring is available the session still opens, with ``secret_remembered = False``, and
    nothing is written anywhere.

    Raises:
        InvalidWebhookUrl: the URL is not of the form ``https://<portal>/rest/<user>/<code>/``.
        AuthError: the portal refused the code (HTTP 401 ``INVALID_CREDENTIALS``).
        PortalUnreachable / RequestTimeout / BadResponse: no usable answer from that address.
    """
    webhook = Webhook.parse(url)
    session = await _open_webhook(webhook, transport)
    try:
        await asyncio.to_thread(secrets.store_webhook_code, webhook.host, webhook.user_id, webhook.code)
    except KeyringUnavailable:
        session.secret_remembered = False
        log.warning("no keyring backend: the webhook code is kept in memory only")
    else:
        current = settings_file.load()
        settings_file.save(current.model_copy(update={"portal_url": webhook.base_url, "user_id": webhook.user_id}))
    return session


async def restore_session(
    *, secrets: SecretStore, transport: httpx.AsyncBaseTransport | None = None
) -> PortalSession | None:
    """Reopen the saved portal, or return ``None`` when nothing (or no code in the keyring) is saved.

    Raises:
        AuthError / PortalUnreachable / …: the saved webhook no longer works.
    """
    settings = settings_file.load()
    if not settings.portal_url or not settings.user_id:
        return None
    host = settings.portal_host or ""
    try:
        code = await asyncio.to_thread(secrets.load_webhook_code, host, settings.user_id)
    except KeyringUnavailable:
        return None
    if not code:
        return None
    webhook = Webhook.parse(f"{settings.portal_url}/rest/{settings.user_id}/{code}/")
    return await _open_webhook(webhook, transport)


async def _open_webhook(webhook: Webhook, transport: httpx.AsyncBaseTransport | None) -> PortalSession:
    """Client for ``webhook``, checked with ``user.current`` (closed again if that fails), with the
    employees loaded when the webhook may read them."""
    client = BitrixClient.for_webhook(webhook, transport=transport)
    try:
        me = await client.current_user()
    except BaseException:
        await client.aclose()
        raise
    session = PortalSession(client=client, me=me)
    try:
        await session.refresh_users()
    except BitrixClientError as exc:
        # The webhook may lack the "user" scope: names then show as ids. Not a reason to refuse it.
        log.warning("user.get failed: %s", exc)
    return session
