"""A working connection to one portal: the client, who we are, and the portal's employees.

Three ways in:

- :func:`open_demo_session` — the built-in sandbox portal, in-process (httpx's ASGI transport, no
  socket, no account). This is ``activity-desk --demo``.
- :func:`connect_webhook` — a webhook URL the user pasted: parsed, checked with a real
  ``user.current`` call, then its code stored in the OS keyring and only the portal address and user
  id in the settings file.
- :func:`restore_session` — the saved portal, with the code read back from the keyring. When the
  portal cannot be reached at start (``offline_ok``), the session opens *offline*
  (:attr:`PortalSession.offline`): the window shows what the local store saved (entity lists,
  timelines, employees) and :meth:`PortalSession.reconnect` tries the portal again.

A portal that moves (a renamed cloud portal followed by the client, or a move the user confirmed,
issue 10 item 1) is remembered by :class:`~desktop_app.services.portal_moves.PortalMoveRecorder`, the client's ``on_portal_moved``: the
webhook code moves to the new host's keyring entry (written and read back before the old one is
deleted), then the settings get the new address. The local store file keeps its name for this run;
the next start renames it to the new host's name (:meth:`PortalSession.open_store`), so no queued
change is left behind.

Secrets: the webhook code lives in the keyring (or, when there is none, only in memory for this
session); never in settings, logs or error texts.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import httpx

from desktop_app.bitrix import BitrixClient, RatePlan, User, Webhook
from desktop_app.bitrix.errors import BitrixClientError, PortalUnreachable
from desktop_app.store.db import Store, _is_newer

from . import profiles
from .changes import ChangeService
from .datetime_input import user_zone
from .outbox import Backoff
from .portal_moves import PortalMoveRecorder, _store_after_move
from .secrets import KeyringUnavailable, SecretStore
from .settings import Profile

if TYPE_CHECKING:
    from .connection import PortalConnection

log = logging.getLogger(__name__)

DEMO_BASE_URL = "http://sandbox.local"
DEMO_WEBHOOK_CODE = "demo"


class StoreUnavailable(Exception):
    """The local store of this portal cannot be opened; the session still browses, but no change
    can be queued (:meth:`PortalSession.open_store`).

    Attributes:
        reason: ``"locked"`` (another running Activity Desk holds the file), ``"newer"`` (written by a
            newer Activity Desk; left untouched) or ``"unopenable"`` (read-only, no permission, disk full…).
        path: the store file.
        detail: SQLite's or the OS's short reason (no secret: the file name carries host and user id only).
    """

    def __init__(self, reason: Literal["locked", "newer", "unopenable"], path: Path, detail: str) -> None:
        super().__init__(f"the local store {path.name} cannot be opened ({reason}: {detail})")
        self.reason = reason
        self.path = path
        self.detail = detail


def _unavailable(exc: sqlite3.Error | OSError, path: Path) -> StoreUnavailable:
    if _is_newer(exc):
        return StoreUnavailable("newer", path, str(exc))
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(exc, sqlite3.Error) and code is not None and code & 0xFF in (5, 6):  # SQLITE_BUSY, SQLITE_LOCKED
        return StoreUnavailable("locked", path, str(exc))
    detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return StoreUnavailable("unopenable", path, detail or type(exc).__name__)


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
        tz: the zone datetimes are shown and typed in: the portal user's zone (``user.current``'s
            ``TIME_ZONE``, IANA name), else the machine's (:func:`~.datetime_input.user_zone`).
        sandbox: the in-process sandbox portal object for the demo, else ``None``.
        clock: the clock overdue/today states are judged by (aware datetimes); ``None`` = the real one.
        store: the local database (outbox and cache) once :meth:`open_store` ran, else ``None``.
        changes: the :class:`~desktop_app.services.changes.ChangeService` on that store (every write
            goes through it); its processor must be run by the caller (``changes.processor.run()``).
        store_host: the host the store file is named after when the portal moved since it was
            saved (``Settings.store_host``), else ``None`` (the file carries :attr:`portal_host`).
        moves: the client's ``on_portal_moved`` recorder (``None`` for the demo).
        offline: True while the portal has not answered since start (``me`` and ``users`` are then
            the ids the settings know / what the store saved); :meth:`reconnect` clears it.
        app_client: the application (OAuth) connection's client when the session has one (the demo:
            :mod:`~desktop_app.services.demo_app`), else ``None`` (a webhook-only session). Used for
            what only an application may do (``event.bind``, ``event.offline.get``). For an
            application-only profile it is also :attr:`client`.
        connection: the profile's :class:`~desktop_app.services.connection.PortalConnection` (auth,
            keyring entries, store path), ``None`` for the demo.
    """

    client: BitrixClient
    me: User
    users: dict[int, User] = field(default_factory=dict)
    is_demo: bool = False
    secret_remembered: bool = True
    tz: tzinfo | None = None
    sandbox: object | None = None
    clock: Callable[[], datetime] | None = None
    store: Store | None = None
    changes: ChangeService | None = None
    store_host: str | None = None
    moves: PortalMoveRecorder | None = None
    offline: bool = False
    app_client: BitrixClient | None = None
    connection: PortalConnection | None = None

    def __post_init__(self) -> None:
        if self.tz is None:
            self.tz = user_zone(self.me.time_zone)

    async def reconnect(self) -> bool:
        """Ask the portal who we are (``user.current``, then ``user.get``): True when it answered
        (``me``/``users`` refreshed, :attr:`offline` cleared), False when it still cannot be reached.

        Raises:
            BitrixClientError: the portal answered with an error (e.g. ``AuthError``: the webhook
                was removed) — it is reachable, but this session cannot work.
        """
        try:
            me = await self.client.current_user()
        except PortalUnreachable:
            return False
        self.me = me
        self.offline = False
        try:
            await self.refresh_users()
        except BitrixClientError as exc:
            log.warning("user.get failed: %s", exc)
            self.users.setdefault(me.id, me)
        return True

    def load_saved_users(self) -> None:
        """Take employees (and ``me``) from the store's cache when offline (names on cards)."""
        cache = getattr(self.store, "cache", None)
        if cache is None:
            return
        try:
            saved = {u.id: u for u in cache.load_users()}
        except (sqlite3.Error, ValueError) as exc:
            log.warning("saved employees unreadable: %s", exc)
            return
        for user_id, user in saved.items():
            self.users.setdefault(user_id, user)
        if self.offline and self.me.id in saved:
            self.me = saved[self.me.id]
            self.users[self.me.id] = self.me

    def save_users(self) -> None:
        """Keep the employees in the store's cache for an offline start (errors are logged)."""
        cache = getattr(self.store, "cache", None)
        if cache is None or self.offline or not self.users:
            return
        try:
            cache.save_users(self.users.values())
        except (sqlite3.Error, ValueError) as exc:
            log.warning("employees not saved: %s", exc)

    def open_store(self, path: str | os.PathLike[str] | None = None, *, backoff: Backoff | None = None) -> ChangeService:
        """Open the local store and the change service on it (idempotent).

        ``path`` defaults to ``<data dir>/store-<host>-<user id>.sqlite3`` for a real portal and to a
        throw-away in-memory store for the demo (its sandbox is rebuilt on every start, so queued
        changes of a previous demo would point at activities that no longer exist).

        A damaged file does not raise: it is moved aside and replaced by a fresh store holding every
        outbox entry that could still be read; ``self.store.recovery`` then says what happened
        (:class:`~desktop_app.store.recovery.StoreRecovery`, for the window to tell the user).

        After a portal move (:attr:`store_host` set) the file named after the old host is renamed to
        the new host's name first (:func:`_store_after_move`); when that cannot be done safely the old
        file is used as it is. Either way its queued changes are the ones opened.

        Raises:
            StoreUnavailable: the file was written by a newer Activity Desk (``newer``, left
                untouched), or cannot be opened at all (``locked`` by another running copy;
                ``unopenable``: read-only, no permission, disk full). The session stays usable for
                reading; :attr:`changes` stays ``None``.
        """
        if self.changes is not None:
            return self.changes
        recovered = None
        if path is None and self.is_demo:
            path = ":memory:"
        elif path is None:
            path, recovered = _store_after_move(self.store_host, self.portal_host, self.me.id)
        try:
            self.store = Store.open(path)
        except (sqlite3.Error, OSError) as exc:
            problem = _unavailable(exc, Path(path))
            log.warning("%s", problem)
            raise problem from None
        if self.store.recovery is None:
            self.store.recovery = recovered
        self.changes = ChangeService(self.client, self.store, backoff=backoff)
        return self.changes

    @property
    def portal_host(self) -> str:
        return self.client.host

    @property
    def user_names(self) -> dict[int, str]:
        """Employees' display names by id (:attr:`users`), for pickers and names on cards."""
        return {uid: u.display_name for uid, u in self.users.items()}

    def user_name(self, user_id: int) -> str:
        user = self.users.get(user_id)
        return user.display_name if user else f"#{user_id}"

    async def refresh_users(self) -> None:
        """Reload :attr:`users` (``user.get``, all pages)."""
        self.users = {u.id: u for u in await self.client.get_users()}
        self.users.setdefault(self.me.id, self.me)

    async def aclose(self) -> None:
        """Close the client and the store, after a portal move still being saved is saved."""
        if self.moves is not None:
            await self.moves.wait_saved()
        await self.client.aclose()
        if self.app_client is not None and self.app_client is not self.client:
            await self.app_client.aclose()
        if self.connection is not None:
            self.connection.mark_closed()
        if self.store is not None:
            self.store.close()
            self.store = None
        close = getattr(self.sandbox, "close", None)
        if close is not None:
            close()


async def open_demo_session(*, now: Callable[[], datetime] | None = None, db_path: str = ":memory:") -> PortalSession:
    """Open the built-in sandbox portal in-process (demo data, no network, no account), connected both
    ways: the webhook client and an application client (:attr:`PortalSession.app_client`, the local
    application ``local.activitydesk.demo`` with a random secret, authorized in-process; tokens in
    memory only). The application's demo data (custom types, badges, configurable activities,
    layout blocks: ``desktop_app.sandbox.demo_apps``) is loaded because that application is registered.

    Args:
        now: clock for the sandbox's demo data and timestamps (aware datetimes); default the real clock.
        db_path: SQLite path of the sandbox store; ``:memory:`` by default.
    """
    from desktop_app.sandbox import SandboxPortal
    from desktop_app.sandbox.oauth import SandboxApp

    from .demo_app import DEMO_REDIRECT_URI, connect_demo_app, demo_app_credentials

    client_id, client_secret = demo_app_credentials()
    portal = SandboxPortal(db_path, webhook_code=DEMO_WEBHOOK_CODE, webhook_user_id=1, demo_data=True, now=now,
                           apps=[SandboxApp(client_id, client_secret, DEMO_REDIRECT_URI)])
    webhook = Webhook(base_url=DEMO_BASE_URL, user_id=1, code=DEMO_WEBHOOK_CODE)
    # The client's limiter mirrors the demo portal's request-rate limit (none unless configured).
    bucket = portal.rate_limiter
    plan = RatePlan.custom(int(bucket.limit.burst), bucket.limit.rate) if bucket is not None else None
    transport = portal.transport()
    client = BitrixClient.for_webhook(webhook, transport=transport, rate_plan=plan)
    app_client: BitrixClient | None = None
    try:
        me = await client.current_user()
        app_client = await connect_demo_app(client_id, client_secret, transport=transport, rate_plan=plan)
        session = PortalSession(client=client, me=me, is_demo=True, sandbox=portal, clock=now, app_client=app_client)
        await session.refresh_users()
    except BaseException:
        await client.aclose()
        if app_client is not None:
            await app_client.aclose()
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
    session = await _open_webhook(Webhook.parse(url), transport, secrets)
    assert session.moves is not None
    await session.moves.wait_saved()
    webhook = session.client.webhook  # where the portal answered (a renamed cloud portal: its new address)
    try:
        await asyncio.to_thread(secrets.store_webhook_code, webhook.host, webhook.user_id, webhook.code)
    except KeyringUnavailable:
        session.secret_remembered = False
        log.warning("no keyring backend: the webhook code is kept in memory only")
    else:
        same = next((p for p in profiles.list_profiles()
                     if (p.portal_url, p.user_id) == (webhook.base_url, webhook.user_id)), None)
        session.store_host = same.store_host if same else None  # the same portal again: its store as it is
        profile = profiles.save_profile(Profile(
            id=profiles.profile_id(webhook.base_url, webhook.user_id), portal_url=webhook.base_url,
            user_id=webhook.user_id, label=session.me.display_name[:200], webhook=True, store_host=session.store_host))
        _attach_connection(session, profile, secrets)
    return session


def _attach_connection(session: PortalSession, profile: Profile, secrets: SecretStore | None) -> None:
    from .connection import PortalConnection

    connection = PortalConnection(profile, secrets=secrets, webhook=session.client.auth)
    connection.user = session.me
    connection.mark_open()
    session.connection = connection


async def restore_session(
    *, secrets: SecretStore, transport: httpx.AsyncBaseTransport | None = None, offline_ok: bool = False
) -> PortalSession | None:
    """Reopen the current profile (:func:`~desktop_app.services.profiles.current_profile`: its webhook
    and/or application connection, secrets from the keyring; :func:`~desktop_app.services.connection.open_profile`),
    or return ``None`` when nothing (or no usable secret in the keyring) is saved.

    ``offline_ok``: when the portal cannot be reached (``PortalUnreachable``, timeouts and dropped
    connections included), return an *offline* session instead of raising (:attr:`PortalSession.offline`).

    Raises:
        AuthError / BadResponse / …: the saved webhook no longer works; PortalUnreachable when
        ``offline_ok`` is False.
    """
    from .connection import open_profile

    profile = profiles.current_profile()
    if profile is None:
        return None
    return await open_profile(profile, secrets=secrets, transport=transport, offline_ok=offline_ok)


async def _open_webhook(webhook: Webhook, transport: httpx.AsyncBaseTransport | None,
                        secrets: SecretStore | None = None, *, offline_ok: bool = False) -> PortalSession:
    """Client for ``webhook``, checked with ``user.current`` (closed again if that fails), with the
    employees loaded when the webhook may read them. A move of the portal is remembered through
    ``secrets`` and the settings (:class:`PortalMoveRecorder`). ``offline_ok``: an unreachable
    portal gives an offline session (``me`` known by id only) instead of the error."""
    moves = PortalMoveRecorder(webhook, secrets)
    client = BitrixClient.for_webhook(webhook, transport=transport, on_portal_moved=moves)
    try:
        me = await client.current_user()
    except PortalUnreachable as exc:
        if not offline_ok:
            await client.aclose()
            await moves.wait_saved()
            raise
        log.warning("portal %s unreachable at start (%s): opening offline", webhook.host, type(exc).__name__)
        me = User.model_validate({"ID": webhook.user_id})
        return PortalSession(client=client, me=me, users={me.id: me}, moves=moves, offline=True)
    except BaseException:
        await client.aclose()
        await moves.wait_saved()
        raise
    session = PortalSession(client=client, me=me, moves=moves)
    try:
        await session.refresh_users()
    except BitrixClientError as exc:
        # The webhook may lack the "user" scope: names then show as ids. Not a reason to refuse it.
        log.warning("user.get failed: %s", exc)
    return session
