"""A connection to one portal profile as one object (issue 13 item 1; no Qt).

:class:`PortalConnection` owns what belongs to one :class:`~desktop_app.services.settings.Profile`:

- the profile (portal address, user id) and the portal's endpoints (:class:`PortalEndpoints`);
- the authentication: a :class:`~desktop_app.bitrix.auth.WebhookAuth` for the webhook path and/or an
  :class:`~desktop_app.bitrix.oauth.OAuthAuth` for the application, whose renewed (rotated) tokens are
  written to the keyring (:meth:`SecretStore.store_tokens`) and read back when another window renewed
  them first;
- the current user (``user.current``, once opened);
- its keyring entries (:meth:`keyring_entries`: webhook code, client secret, tokens;
  :func:`~desktop_app.services.profiles.remove_profile` deletes them) and its local store
  (:attr:`store_path`; the entity-list cache lives in the same file).

:meth:`PortalConnection.open_session` opens a :class:`~desktop_app.services.session.PortalSession` on it:
``session.client`` is the webhook's client, or for an application-only profile the application's;
``session.app_client`` is the application's (``None`` for a webhook-only profile). Application-only
features use ``session.app_client``; everything else ``session.client``.

:func:`open_profile_ids` tells which profiles have a session open in this process (a profile open
here cannot be removed: :func:`~desktop_app.services.profiles.remove_profile`).

Secrets: read from the keyring in a worker thread, kept in the auth objects only; never logged.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from desktop_app.bitrix import BitrixClient, User, Webhook
from desktop_app.bitrix.auth import WebhookAuth
from desktop_app.bitrix.errors import BitrixClientError, PortalUnreachable
from desktop_app.bitrix.oauth import OAuthAuth, OAuthTokens, authorize_url_for, token_url_for
from desktop_app.store.db import default_store_path

from .secrets import KeyringUnavailable, SecretStore
from .settings import Profile

__all__ = ["PortalConnection", "PortalEndpoints", "open_profile", "open_profile_ids", "saved_webhook"]

log = logging.getLogger(__name__)

#: Sessions open in this process per profile id (:meth:`PortalConnection.mark_open`).
_open: Counter[str] = Counter()


def open_profile_ids() -> set[str]:
    """Ids of the profiles with a session open in this process."""
    return {key for key, count in _open.items() if count > 0}


@dataclass(frozen=True)
class PortalEndpoints:
    """Where a portal answers (api-spec.md §1.1, §1.3).

    Attributes:
        base_url: ``scheme://host[:port]``.
        rest_url: REST calls' prefix, ``{base_url}/rest/`` (a webhook adds ``<user id>/<code>/``).
        authorize_url: the application's authorization page, ``{base_url}/oauth/authorize/``.
        token_url: where an application's tokens are renewed (``oauth.bitrix.info`` for a cloud portal).
    """

    base_url: str
    rest_url: str
    authorize_url: str
    token_url: str

    @classmethod
    def of(cls, base_url: str) -> PortalEndpoints:
        base = base_url.rstrip("/")
        return cls(base, f"{base}/rest/", authorize_url_for(base), token_url_for(base))


class PortalConnection:
    """One profile's connection (see the module docstring).

    Args:
        profile: the profile (saved or about to be).
        secrets: the keyring (``None``: nothing is read or written there; renewed tokens stay in memory).
        webhook: the webhook's auth, when the profile has one.
        app: the application's auth, when the profile has one.

    Attributes:
        user: the current user once a session opened (``user.current``), else ``None``.
    """

    def __init__(self, profile: Profile, *, secrets: SecretStore | None = None, webhook: WebhookAuth | None = None,
                 app: OAuthAuth | None = None) -> None:
        self.profile = profile
        self.secrets = secrets
        self.webhook_auth = webhook
        self.app_auth = app
        self.user: User | None = None
        self._opened = False

    def __repr__(self) -> str:
        return (f"PortalConnection({self.profile.id}, webhook={self.webhook_auth is not None}, "
                f"app={self.app_auth is not None})")

    # -- what it owns --------------------------------------------------------------------------

    @property
    def host(self) -> str:
        """``host[:port]`` of the profile's portal (the keyring key part)."""
        return self.profile.portal_host

    @property
    def user_id(self) -> int:
        """The employee the connection acts as."""
        return self.user.id if self.user is not None else self.profile.user_id

    @property
    def endpoints(self) -> PortalEndpoints:
        return PortalEndpoints.of(self.profile.portal_url)

    @property
    def store_path(self) -> Path:
        """The local store file (``store-<host>-<user id>.sqlite3``; the host it is still named after when
        the portal moved). Outbox, timeline cache, entity-list cache, pins and file names live in it."""
        return default_store_path(self.profile.store_host or self.host, self.profile.user_id)

    @property
    def entity_cache_path(self) -> Path:
        """Where the saved entity lists are: the store file (:attr:`store_path`)."""
        return self.store_path

    def keyring_entries(self) -> list[str]:
        """The keyring usernames (service ``activity-desk``) holding this profile's secrets (no secret)."""
        entries = []
        if self.profile.webhook:
            entries.append(SecretStore._username(self.host, self.profile.user_id))
        if self.profile.app_client_id:
            entries += SecretStore.application_entries(self.host, self.profile.app_client_id)
        return entries

    # -- open / closed -------------------------------------------------------------------------

    def mark_open(self) -> None:
        """A session on this connection is open (idempotent)."""
        if not self._opened:
            self._opened = True
            _open[self.profile.id] += 1

    def mark_closed(self) -> None:
        """The session on this connection was closed (idempotent)."""
        if self._opened:
            self._opened = False
            _open[self.profile.id] -= 1

    # -- building ------------------------------------------------------------------------------

    @classmethod
    async def load(cls, profile: Profile, secrets: SecretStore) -> PortalConnection | None:
        """The connection of a saved profile, its secrets read from the keyring (worker thread).

        Returns ``None`` when neither connection can be rebuilt (no webhook code, no client secret or
        tokens: connect again) or the keyring is unavailable.
        """
        connection = cls(profile, secrets=secrets)
        try:
            connection.webhook_auth = await saved_webhook(profile, secrets)
            if profile.app_client_id:
                client_secret = await asyncio.to_thread(secrets.load_client_secret, profile.portal_host,
                                                        profile.app_client_id)
                tokens = await asyncio.to_thread(secrets.load_tokens, profile.portal_host, profile.app_client_id)
                if client_secret and tokens:
                    connection.app_auth = connection.application_auth(tokens, client_secret)
                else:
                    log.warning("the application connection of %s is not in the keyring; connect it again",
                                profile.portal_host)
        except KeyringUnavailable:
            return None
        if connection.webhook_auth is None and connection.app_auth is None:
            return None
        return connection

    def application_auth(self, tokens: OAuthTokens, client_secret: str, **options: Any) -> OAuthAuth:
        """An :class:`OAuthAuth` for this profile's application whose renewed tokens go to the keyring
        (and are read back from it when the portal refuses a refresh token another window rotated)."""
        client_id = self.profile.app_client_id
        if client_id is None:
            raise ValueError("app_client_id: the profile has no application connection")
        host, secrets = self.host, self.secrets

        async def store(fresh: OAuthTokens) -> None:
            if secrets is not None:
                await asyncio.to_thread(secrets.store_tokens, host, client_id, fresh)

        async def stored() -> OAuthTokens | None:
            return None if secrets is None else await asyncio.to_thread(secrets.load_tokens, host, client_id)

        return OAuthAuth(tokens, client_id=client_id, client_secret=client_secret, base_url=self.profile.portal_url,
                         on_tokens=store, load_tokens=stored, **options)

    async def open_session(self, *, transport: httpx.AsyncBaseTransport | None = None, offline_ok: bool = False,
                           **client_options: Any) -> Any:
        """Open a :class:`~desktop_app.services.session.PortalSession` on this connection (``user.current``
        checked, employees loaded). ``offline_ok``: an unreachable portal gives an offline session.

        Raises:
            AuthError / ReconnectNeeded / BadResponse / …: the saved connection no longer works;
            PortalUnreachable when ``offline_ok`` is False; ValueError: the connection has no auth.
        """
        from .session import PortalSession, _open_webhook

        if self.webhook_auth is None and self.app_auth is None:
            raise ValueError("the profile has neither a webhook nor an application connection")
        app_client = (BitrixClient.for_auth(self.app_auth, transport=transport, **client_options)
                      if self.app_auth is not None else None)
        try:
            if self.webhook_auth is not None:
                session = await _open_webhook(self.webhook_auth.webhook, transport, self.secrets,
                                              offline_ok=offline_ok)
                assert session.moves is not None
                await session.moves.wait_saved()  # a cloud rename followed just now is saved before the store is named
                session.app_client = app_client
            else:
                assert app_client is not None
                session = await self._open_application(app_client, offline_ok, PortalSession)
        except BaseException:
            if app_client is not None:
                await app_client.aclose()
            raise
        # The queued changes are in the file named after the saved host (or the host before an earlier move).
        named = self.profile.store_host or self.host
        session.store_host = None if named == session.portal_host else named
        session.connection = self
        self.user = session.me
        self.mark_open()
        return session

    async def _open_application(self, client: BitrixClient, offline_ok: bool, session_type: Any) -> Any:
        try:
            me = await client.current_user()
        except PortalUnreachable as exc:
            if not offline_ok:
                raise
            log.warning("portal %s unreachable at start (%s): opening offline", self.host, type(exc).__name__)
            me = User.model_validate({"ID": self.profile.user_id})
            return session_type(client=client, me=me, users={me.id: me}, offline=True, app_client=client)
        session = session_type(client=client, me=me, app_client=client)
        try:
            await session.refresh_users()
        except BitrixClientError as exc:
            log.warning("user.get failed: %s", exc)
        return session


async def saved_webhook(profile: Profile, secrets: SecretStore) -> WebhookAuth | None:
    """The webhook of ``profile``, its code from the keyring (worker thread); ``None`` when the profile has
    none or no code is stored.

    Raises:
        KeyringUnavailable: the backend is refused or the keyring failed.
    """
    if not profile.webhook:
        return None
    code = await asyncio.to_thread(secrets.load_webhook_code, profile.portal_host, profile.user_id)
    return WebhookAuth(Webhook.parse(f"{profile.portal_url}/rest/{profile.user_id}/{code}/")) if code else None


async def open_profile(profile: Profile, *, secrets: SecretStore, transport: httpx.AsyncBaseTransport | None = None,
                       offline_ok: bool = False) -> Any:
    """Open a session on a saved profile (its secrets from the keyring), or ``None`` when the keyring
    holds no usable connection for it (connect again). Raises as :meth:`PortalConnection.open_session`."""
    connection = await PortalConnection.load(profile, secrets)
    if connection is None:
        return None
    return await connection.open_session(transport=transport, offline_ok=offline_ok)
