"""``SandboxPortal``: an emulated Bitrix24 portal (REST server + data) for the demo and the tests.

Use in-process::

    portal = SandboxPortal(now=lambda: datetime(2025, 2, 3, 12, 0, tzinfo=UTC))
    async with httpx.AsyncClient(transport=portal.transport(), base_url="http://sandbox.local") as http:
        await http.post(portal.webhook_url() + "user.current")
    portal.close()

or as a process: ``activity-desk-sandbox serve --port 0 --webhook-code demo`` (see ``cli.py``).
Served methods: ``portal.registry.names()``. Behaviour follows api-spec.md §1–4 and
server-behaviour.md §1–2, §5; where the sandbox chooses on its own it says so in the handler.
Faults (rate limits, 500s, delays, dropped connections, expired tokens, concurrent edits) are switched
on with ``portal.faults`` (see ``faults.py``). The load limits of a real portal — the request-rate
bucket (503) and the per-method operating time (429) — are in ``limits.py``. Plain HTTP from a
non-loopback client answers 400 ``INVALID_REQUEST`` / ``Https required.`` unless ``insecure_http``
(see ``guard.py``); every request gets a JSON envelope, never a traceback.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime

import httpx

from . import batch, methods  # noqa: F401 - registers the handlers
from .clock import PortalClock
from .db import SandboxDB
from .demo_apps import DEMO_APP_CLIENT_ID, load_demo_apps
from .demo_data import ensure_user, load_demo_data
from .faults import FaultInjector
from .guard import RequestGuard
from .limits import LeakyBucket, OperatingLimit, OperatingLimiter, RateLimit
from .methods import event  # noqa: F401 - registers event.* (events.py)
from .oauth import DEFAULT_TOKEN_LIFETIME, OAuthServer, SandboxApp
from .registry import REGISTRY, MethodRegistry
from .seed import seed_activities
from .server import create_app
from .transport import SandboxTransport

__all__ = ["SandboxPortal"]


class SandboxPortal:
    """An emulated Bitrix24 portal with one incoming webhook and any number of local OAuth applications.

    Args:
        db_path: SQLite database: ``":memory:"`` (default) or a file path. An existing file keeps its
            data (demo data is loaded only into an empty database).
        webhook_code: the webhook's secret (the ``{code}`` URL segment).
        webhook_user_id: the webhook owner's user id; calls run as this user.
        demo_data: load the deterministic demo CRM (6 users, companies, contacts, deals, leads,
            ~400 activities) into an empty database. Without it only the webhook's user exists.
        now: returns the current moment (aware ``datetime``); default = the real clock. Demo dates
            are relative to the start of "today" in the portal zone taken from it.
        tz_offset_minutes: the portal's UTC offset in minutes; all datetimes are output with it.
        rate_limit: the request-rate bucket (``limits.STANDARD``, ``limits.ENTERPRISE`` or a custom
            ``RateLimit(burst, rate)``); ``None`` (default, for tests) = no 503 for too many requests.
        operating_limit: the per-method operating-time limit (default ``OperatingLimit()``: 480 s per
            600 s, no model cost); ``None`` = off (no 429, no ``operating*`` keys in ``time``).
        monotonic: the clock of both limits, in seconds (default ``time.monotonic``; inject a fake
            one in unit tests instead of sleeping).
        insecure_http: serve plain HTTP to non-loopback clients too (``serve --insecure-http``). By
            default (False) they get 400 ``INVALID_REQUEST`` / ``Https required.`` like the cloud;
            loopback clients and in-process calls are always served.
        admin_user_ids: users flagged as portal administrators (``Principal.is_admin``); default =
            the webhook's user only.
        apps: local applications (:class:`~desktop_app.sandbox.oauth.SandboxApp`: ``client_id``,
            ``client_secret``, ``redirect_uri``, ``scopes``) that may connect with OAuth
            (``/oauth/authorize/``, ``/oauth/token/``; see ``oauth.py``).
        token_lifetime: access-token lifetime in seconds (default 3600); the portal clock ``now``
            decides expiry, so tests move that clock instead of sleeping.
        oauth_user_id: the user ``/oauth/authorize/`` approves for (default the webhook's user); created
            when missing (like the webhook's user). Admin only if listed in ``admin_user_ids``.

    Attributes:
        app: the ASGI application (Starlette app inside a :class:`~desktop_app.sandbox.guard.RequestGuard`).
        insecure_http: as the argument; may be changed while serving.
        db: :class:`~desktop_app.sandbox.db.SandboxDB` — state inspection for tests.
        clock: :class:`~desktop_app.sandbox.clock.PortalClock`.
        registry: the served methods.
        faults: :class:`~desktop_app.sandbox.faults.FaultInjector` — no faults until configured.
        rate_limiter: :class:`~desktop_app.sandbox.limits.LeakyBucket` or ``None`` (off).
        operating: :class:`~desktop_app.sandbox.limits.OperatingLimiter` (``operating.enabled``).
        oauth: :class:`~desktop_app.sandbox.oauth.OAuthServer` — applications, codes, tokens, ``grants`` counter.
    """

    def __init__(
        self,
        db_path: str = ":memory:",
        *,
        webhook_code: str = "demo",
        webhook_user_id: int = 1,
        demo_data: bool = True,
        now: Callable[[], datetime] | None = None,
        tz_offset_minutes: int = 180,
        rate_limit: RateLimit | None = None,
        operating_limit: OperatingLimit | None = OperatingLimit(),  # noqa: B008 - frozen, shared safely
        monotonic: Callable[[], float] = time.monotonic,
        insecure_http: bool = False,
        admin_user_ids: Iterable[int] | None = None,
        apps: Iterable[SandboxApp] = (),
        token_lifetime: int = DEFAULT_TOKEN_LIFETIME,
        oauth_user_id: int | None = None,
    ) -> None:
        if not webhook_code:
            raise ValueError("webhook_code must not be empty")
        self.webhook_code = webhook_code
        self.insecure_http = bool(insecure_http)
        self.webhook_user_id = int(webhook_user_id)
        self.clock = PortalClock(now, tz_offset_minutes)
        self.db = SandboxDB(db_path, self.clock)
        self.registry: MethodRegistry = REGISTRY
        self.faults = FaultInjector()
        self.rate_limiter = LeakyBucket(rate_limit, monotonic) if rate_limit is not None else None
        self.operating = OperatingLimiter(operating_limit, monotonic)
        if demo_data and self.db.is_empty():
            load_demo_data(self.db, self.clock)
        ensure_user(self.db, self.clock, self.webhook_user_id)
        if oauth_user_id is not None:
            ensure_user(self.db, self.clock, int(oauth_user_id))
        admins = [self.webhook_user_id] if admin_user_ids is None else [int(u) for u in admin_user_ids]
        with self.db.transaction():
            self.db.execute("UPDATE user SET is_admin = 0")
            for user_id in admins:
                self.db.execute("UPDATE user SET is_admin = 1 WHERE id = ?", (user_id,))
        self.oauth = OAuthServer(self, apps, token_lifetime=token_lifetime, user_id=oauth_user_id)
        self.app: RequestGuard = create_app(self)
        if demo_data and DEMO_APP_CLIENT_ID in self.oauth.apps:
            load_demo_apps(self)  # the demo application's types, badges, configurable activities (once)

    def webhook_url(self, base: str = "http://sandbox.local") -> str:
        """The incoming-webhook URL, e.g. ``http://sandbox.local/rest/1/demo/`` (ends with ``/``)."""
        return f"{base.rstrip('/')}/rest/{self.webhook_user_id}/{self.webhook_code}/"

    def transport(self) -> httpx.AsyncBaseTransport:
        """A new in-process httpx transport to this portal (no socket) that behaves like the network:
        dropped connections raise ``httpx.RemoteProtocolError``, read timeouts ``httpx.ReadTimeout``
        (see :class:`~desktop_app.sandbox.transport.SandboxTransport`). Use it in the running loop."""
        return SandboxTransport(self.app)

    def seed_activities(self, n: int, *, seed: int = 1, responsible_share: float = 1 / 7,
                        open_share: float = 0.3) -> int:
        """Add ``n`` extra activities on the existing CRM entities for load tests and return ``n``:
        mixed kinds, ~30 % open (overdue, future, no deadline, incoming), the webhook's user
        responsible for every 7th (sparse ids; ``responsible_share``), ``open_share`` of them open,
        deterministic per ``seed`` (see ``seed.py``).

        Raises:
            ValueError: ``n`` < 0, or the portal has no leads/deals/contacts/companies (``demo_data=False``).
        """
        return seed_activities(self.db, self.clock, n, seed=seed, webhook_user_id=self.webhook_user_id,
                               responsible_share=responsible_share, open_share=open_share)

    def close(self) -> None:
        """Close the database. The portal must not be used afterwards."""
        self.db.close()

    def __enter__(self) -> SandboxPortal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
