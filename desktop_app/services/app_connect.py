"""Connect an application (OAuth 2.0) to a portal: authorize in the browser, keep its secrets in the keyring,
open a :class:`~desktop_app.services.session.PortalSession` with :attr:`~PortalSession.app_client` (no Qt).

Steps (api-spec.md §1.3; the loopback redirect per RFC 8252 §7.3; issue 13 item 2):

1. :func:`check_credentials` — the portal address (``https://``; plain ``http`` only on a loopback host,
   :func:`~desktop_app.bitrix.auth.split_portal_url`), the client id and the client secret, checked
   locally: :class:`AppConnectInvalid` names the field and the rule.
2. :class:`ApplicationAuthorization` — ``async with`` it: it asks the portal whether it answers at all
   (:func:`probe_portal`), listens on the **fixed** loopback redirect URI (:func:`redirect_uri`), and
   :attr:`~ApplicationAuthorization.authorize_url` is the page to open in the system browser.
   :meth:`~ApplicationAuthorization.code` waits for the portal's redirect to reach the listener **or** for
   the user to paste the address the browser ended on (or the bare code) into
   :meth:`~ApplicationAuthorization.paste`; a ``state`` that is not this attempt's is refused either way.
3. :func:`finish_connection` — the code is exchanged for tokens (form POST,
   :func:`~desktop_app.services.oauth_flow.exchange_code`), the application's client checks itself with
   ``user.current``, then the client secret and the tokens go to the OS keyring
   (:meth:`SecretStore.store_client_secret`, :meth:`SecretStore.store_tokens`), the session opens on a
   :class:`~desktop_app.services.connection.PortalConnection`, and the profile (portal address, user id, client
   id — never a secret) is saved and made current (:func:`~desktop_app.services.profiles.save_profile`).

:func:`connect_application` runs all three for scripts and tests.

The redirect URI: a Bitrix24 application ("Developer resources → Other → Local application") is
registered with a fixed handler/redirect address, which must match the one the app sends. The app
therefore listens on a **stable** loopback address, ``http://127.0.0.1:<port>/activity-desk/oauth/``,
port :data:`DEFAULT_REDIRECT_PORT` unless the user chooses another (the connect dialog shows the URI to
copy into the application's settings in the portal). A port another program holds gives
:class:`AppConnectInvalid` on ``port``.

Renewed tokens: the application's :class:`~desktop_app.bitrix.oauth.OAuthAuth`, built by
:meth:`PortalConnection.application_auth`, stores every renewed token set in the keyring (``on_tokens``) and
reads the stored set back when the portal refuses a refresh token another window already used (``load_tokens``).

Secrets: the client secret, the code and the tokens live in the keyring only (or, when no keyring is
available, in memory for this session: :attr:`PortalSession.secret_remembered` is then False and nothing
is written). They are registered with the log redaction before any request, and no exception text here
holds them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop_app.bitrix import BitrixClient, User
from desktop_app.bitrix.auth import WebhookAuth, split_portal_url
from desktop_app.bitrix.errors import BitrixClientError, InvalidWebhookUrl, PortalUnreachable
from desktop_app.bitrix.oauth import OAuthAuth, OAuthTokens
from desktop_app.bitrix.redaction import register_secret

from . import profiles
from .connection import PortalConnection, saved_webhook
from .oauth_flow import (
    DEFAULT_TIMEOUT,
    AuthorizationRefused,
    AuthorizationReply,
    LoopbackRedirect,
    PastedCodeInvalid,
    authorize_url,
    exchange_code,
    new_state,
    parse_pasted_code,
)
from .secrets import KeyringUnavailable, SecretStore
from .session import PortalSession
from .settings import CLIENT_ID_RE, Profile

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_REDIRECT_PORT", "REDIRECT_PATH", "AppConnectInvalid", "AppCredentials", "ApplicationAuthorization",
    "check_credentials", "connect_application", "finish_connection", "probe_portal", "redirect_uri",
]

#: The loopback port the redirect listener uses unless the user picks another (registered in the portal).
DEFAULT_REDIRECT_PORT = 47652
#: The redirect URI's path.
REDIRECT_PATH = "/activity-desk/oauth/"
#: Seconds :func:`probe_portal` waits for the portal's first answer.
PROBE_TIMEOUT = 10.0


class AppConnectInvalid(ValueError):
    """Something the user typed cannot be used (checked before or while connecting).

    Attributes:
        field: ``portal``, ``client_id``, ``client_secret``, ``port`` or ``code`` (the pasted address/code).
        rule: what is wrong, in plain words (never a secret).
    """

    def __init__(self, field_name: str, rule: str) -> None:
        super().__init__(f"{field_name}: {rule}")
        self.field = field_name
        self.rule = rule


@dataclass(frozen=True)
class AppCredentials:
    """A checked application connection request.

    Attributes:
        base_url: the portal, ``scheme://host[:port]`` (lower case, no path).
        client_id: the application's ``client_id`` (not secret), e.g. ``local.5f3c0a1b2c3d4e.12345678``.
        client_secret: its ``client_secret`` (secret: never shown, logged or written outside the keyring).
    """

    base_url: str
    client_id: str
    client_secret: str = field(repr=False)

    @property
    def host(self) -> str:
        """``host[:port]`` of :attr:`base_url` (the keyring entries' key)."""
        return urlsplit(self.base_url).netloc


def redirect_uri(port: int = DEFAULT_REDIRECT_PORT) -> str:
    """The loopback redirect URI to register in the portal's application settings:
    ``http://127.0.0.1:<port>/activity-desk/oauth/``."""
    return f"http://127.0.0.1:{port}{REDIRECT_PATH}"


def check_port(value: int | str) -> int:
    """The redirect listener's port as a number 1024–65535.

    Raises:
        AppConnectInvalid: ``port`` — not a whole number in that range.
    """
    try:
        port = int(str(value).strip())
    except ValueError:
        raise AppConnectInvalid("port", "the port must be a whole number from 1024 to 65535") from None
    if not 1024 <= port <= 65535:
        raise AppConnectInvalid("port", "the port must be a whole number from 1024 to 65535")
    return port


def check_credentials(portal_url: str, client_id: str, client_secret: str) -> AppCredentials:
    """Check what the user typed, without any request.

    ``portal_url`` may be the portal's address with or without a path (``https://acme.bitrix24.com/crm/``
    gives ``https://acme.bitrix24.com``).

    Raises:
        AppConnectInvalid: ``portal`` (empty, not https — plain http only for a loopback host — no host, a
            bad port), ``client_id`` (empty or not 1–128 of ``A-Z a-z 0-9 . _ -``), ``client_secret`` (empty,
            spaces inside, longer than 512 characters).
    """
    try:
        base, _ = split_portal_url(portal_url)
    except InvalidWebhookUrl as exc:
        raise AppConnectInvalid("portal", exc.reason) from None
    client_id = (client_id or "").strip()
    if not client_id:
        raise AppConnectInvalid("client_id", "the client id is required (the portal shows it as client_id)")
    if not CLIENT_ID_RE.match(client_id):
        raise AppConnectInvalid("client_id", "a client id is 1–128 latin letters, digits, '.', '_' or '-'")
    secret = (client_secret or "").strip()
    if not secret:
        raise AppConnectInvalid("client_secret", "the client secret is required (the portal shows it as client_secret)")
    register_secret(secret)
    if any(c.isspace() for c in secret) or len(secret) > 512:
        raise AppConnectInvalid("client_secret", "a client secret is up to 512 characters without spaces")
    return AppCredentials(base, client_id, secret)


async def probe_portal(base_url: str, *, transport: httpx.AsyncBaseTransport | None = None,
                       timeout: float = PROBE_TIMEOUT) -> None:
    """Ask ``GET {base_url}/rest/`` (no credential) whether anything answers there: any HTTP answer will do.

    Raises:
        PortalUnreachable: no connection, a TLS failure or no answer in ``timeout`` seconds (``sent`` False).
    """
    host = urlsplit(base_url).netloc
    try:
        async with httpx.AsyncClient(transport=transport, timeout=timeout, follow_redirects=False) as http:
            reply = await http.get(f"{base_url}/rest/")
            await reply.aclose()
    except httpx.HTTPError as exc:
        raise PortalUnreachable(f"{host} did not answer ({type(exc).__name__}).", method="oauth/authorize",
                                host=host, sent=False) from None


class ApplicationAuthorization:
    """One attempt at step 2 of the module docstring: ``async with ApplicationAuthorization(creds) as attempt``.

    Entering probes the portal and starts the loopback listener; leaving stops it. Open
    :attr:`authorize_url` in the browser, then await :meth:`code`.

    Args:
        credentials: from :func:`check_credentials`.
        port: the redirect listener's port (:data:`DEFAULT_REDIRECT_PORT`; the registered redirect URI's).
        transport: for the probe (tests: an ASGI or a counting transport); ``None`` = the network.
        probe: ask the portal first (:func:`probe_portal`); False skips it.

    Raises (on entering):
        PortalUnreachable: the portal did not answer the probe.
        AppConnectInvalid: ``port`` — another program holds it.
    """

    def __init__(self, credentials: AppCredentials, *, port: int = DEFAULT_REDIRECT_PORT,
                 transport: httpx.AsyncBaseTransport | None = None, probe: bool = True) -> None:
        self.credentials = credentials
        self.port = port
        self.state = new_state()
        self._transport = transport
        self._probe = probe
        self._listener = LoopbackRedirect(self.state, portal_host=credentials.host, path=REDIRECT_PATH, port=port)
        self._pasted: asyncio.Future[str] | None = None

    @property
    def redirect_uri(self) -> str:
        """The redirect URI this attempt sends (:func:`redirect_uri` of :attr:`port`; port 0: the one picked)."""
        return redirect_uri(self._listener.port or self.port)

    @property
    def authorize_url(self) -> str:
        """``{portal}/oauth/authorize/?client_id=…&state=…&redirect_uri=…`` (no secret in it)."""
        return authorize_url(self.credentials.base_url, self.credentials.client_id, self.state, self.redirect_uri)

    async def __aenter__(self) -> ApplicationAuthorization:
        if self._probe:
            await probe_portal(self.credentials.base_url, transport=self._transport)
        try:
            await self._listener.__aenter__()
        except OSError as exc:
            raise AppConnectInvalid("port", f"port {self.port} cannot be used ({exc.strerror or 'in use'}); choose "
                                            "another port and register the new redirect URI in the portal") from None
        self._pasted = asyncio.get_running_loop().create_future()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop listening (idempotent); a :meth:`code` still waiting is cancelled."""
        await self._listener.close()
        if self._pasted is not None and not self._pasted.done():
            self._pasted.cancel()

    def paste(self, text: str) -> None:
        """Take what the user pasted: the address the browser ended on (``http://127.0.0.1:…?code=…&state=…``)
        or the bare code. A pasted address must carry this attempt's ``state``.

        Raises:
            AppConnectInvalid: ``code`` — empty, no code in the address, another attempt's ``state``
                (refused), or not a code. The attempt goes on waiting.
        """
        try:
            code = parse_pasted_code(text, self.state)
        except PastedCodeInvalid as exc:
            raise AppConnectInvalid("code", exc.rule) from None
        if self._pasted is not None and not self._pasted.done():
            self._pasted.set_result(code)

    def refuse(self, exc: BaseException) -> None:
        """End the wait of :meth:`code` with ``exc`` (e.g. an unusable paste in a script)."""
        if self._pasted is not None and not self._pasted.done():
            self._pasted.set_exception(exc)

    async def code(self, timeout: float | None = DEFAULT_TIMEOUT) -> str:
        """The authorization code: from the portal's redirect to the listener, or from :meth:`paste`,
        whichever comes first.

        Raises:
            AuthorizationRefused: the redirect carried another ``state``, an ``error`` (access denied), no
                code, or another portal's ``domain``.
            AuthorizationTimedOut: nothing in ``timeout`` seconds (the page was closed without an answer).
        """
        assert self._pasted is not None, "use ApplicationAuthorization in 'async with'"
        waiting = asyncio.ensure_future(self._listener.wait(timeout))
        try:
            await asyncio.wait({waiting, self._pasted}, return_when=asyncio.FIRST_COMPLETED)
            if self._pasted.done() and not self._pasted.cancelled():
                return self._pasted.result()
            reply: AuthorizationReply = waiting.result()
            return reply.code
        finally:
            if not waiting.done():
                waiting.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await waiting


def application_client(credentials: AppCredentials, tokens: OAuthTokens, *,
                       transport: httpx.AsyncBaseTransport | None = None, **options: Any) -> BitrixClient:
    """A client on ``tokens`` that keeps renewed tokens in memory only (the check before anything is saved;
    the session's client is built by :class:`~desktop_app.services.connection.PortalConnection`, whose
    renewed tokens go to the keyring)."""
    auth = OAuthAuth(tokens, client_id=credentials.client_id, client_secret=credentials.client_secret,
                     base_url=credentials.base_url)
    return BitrixClient.for_auth(auth, transport=transport, **options)


async def _checked_user(credentials: AppCredentials, tokens: OAuthTokens,
                        transport: httpx.AsyncBaseTransport | None) -> tuple[User, OAuthTokens]:
    """``user.current`` through the application's new tokens: who they act as, and the tokens as they are
    after the call (renewed if they had already expired)."""
    async with application_client(credentials, tokens, transport=transport) as app:
        me: User = await app.current_user()
        fresh = app.auth.tokens
    if tokens.user_id is not None and me.id != tokens.user_id:
        raise AuthorizationRefused("The portal's tokens and user.current name different users; not connected.")
    return me, fresh


async def _store_secrets(secrets: SecretStore, credentials: AppCredentials, tokens: OAuthTokens) -> bool:
    """Client secret and tokens to the keyring: True when they are there, False without a usable keyring."""
    try:
        await asyncio.to_thread(secrets.store_client_secret, credentials.host, credentials.client_id,
                                credentials.client_secret)
        await asyncio.to_thread(secrets.store_tokens, credentials.host, credentials.client_id, tokens)
    except KeyringUnavailable:
        log.warning("no keyring backend: the application's secrets are kept in memory only")
        return False
    return True


async def _webhook_of(profile: Profile, secrets: SecretStore) -> WebhookAuth | None:
    """The webhook of ``profile`` from the keyring when the profile has one, else ``None`` (also when the
    keyring fails)."""
    try:
        return await saved_webhook(profile, secrets)
    except KeyringUnavailable:
        return None


async def finish_connection(credentials: AppCredentials, code: str, *, secrets: SecretStore,
                            redirect_uri: str, transport: httpx.AsyncBaseTransport | None = None) -> PortalSession:
    """Step 3 of the module docstring: exchange ``code``, check with ``user.current``, keep the secrets in the
    keyring, open the session, and save the profile (``app_client_id`` added to the profile of the same portal
    and user, :func:`~desktop_app.services.profiles.save_profile`; made current).

    The session's :attr:`~PortalSession.app_client` is the application's client (renewed tokens stored in the
    keyring); its :attr:`~PortalSession.client` is the webhook's client when the profile of the same portal and
    user has a webhook that still answers, else the application's client too. Without a usable keyring the
    session opens with :attr:`~PortalSession.secret_remembered` False and nothing is written.

    Raises:
        ReconnectNeeded: ``invalid_client`` (wrong client id or secret) or ``invalid_grant`` (the code expired —
            it lives 30 s — or was used already).
        AuthorizationRefused: the token reply names another portal, or another user than ``user.current``.
        PortalUnreachable / BadResponse / BitrixError: the token endpoint or ``user.current`` failed.
        OSError: the settings file cannot be written (the secrets are in the keyring; connect again).
    """
    async with httpx.AsyncClient(transport=transport) as http:
        tokens = await exchange_code(http, credentials.base_url, credentials.client_id, credentials.client_secret,
                                     code, redirect_uri=redirect_uri)
    me, tokens = await _checked_user(credentials, tokens, transport)
    remembered = await _store_secrets(secrets, credentials, tokens)
    saved = next((p for p in profiles.list_profiles() if (p.portal_url, p.user_id) == (credentials.base_url, me.id)),
                 None) if remembered else None
    profile = Profile(id=saved.id if saved else profiles.profile_id(credentials.base_url, me.id),
                      portal_url=credentials.base_url, user_id=me.id, label=me.display_name[:200],
                      webhook=saved.webhook if saved else False, app_client_id=credentials.client_id,
                      store_host=saved.store_host if saved else None)
    connection = PortalConnection(profile, secrets=secrets if remembered else None)
    connection.webhook_auth = await _webhook_of(profile, secrets) if remembered else None
    connection.app_auth = connection.application_auth(tokens, credentials.client_secret)
    try:
        session = await connection.open_session(transport=transport)
    except BitrixClientError as exc:
        if connection.webhook_auth is None or isinstance(exc, PortalUnreachable):
            raise
        # The profile's webhook no longer works (removed in the portal): the application carries the session.
        log.warning("the saved webhook of %s does not answer (%s); the application is used alone",
                    credentials.host, type(exc).__name__)
        connection.webhook_auth = None
        connection.app_auth = connection.application_auth(connection.app_auth.tokens, credentials.client_secret)
        session = await connection.open_session(transport=transport)
    session.secret_remembered = remembered
    if remembered:
        try:
            connection.profile = await asyncio.to_thread(profiles.save_profile, profile)
        except BaseException:
            await session.aclose()
            raise
    log.info("application %s connected to %s as user %s", credentials.client_id, credentials.host, me.id)
    return session


async def connect_application(portal_url: str, client_id: str, client_secret: str, *, secrets: SecretStore,
                              open_browser: Callable[[str], Any], transport: httpx.AsyncBaseTransport | None = None,
                              redirect_port: int = DEFAULT_REDIRECT_PORT, paste: Awaitable[str] | None = None,
                              timeout: float = DEFAULT_TIMEOUT) -> PortalSession:
    """Steps 1–3 of the module docstring in one call.

    Args:
        portal_url, client_id, client_secret: what the user typed.
        secrets: the keyring store.
        open_browser: ``(url) -> Any`` opens the authorization page (the UI: ``QDesktopServices.openUrl``;
            scripts: ``webbrowser.open``); may return an awaitable.
        transport: for every request (tests); ``None`` = the network.
        redirect_port: the redirect listener's port (the redirect URI registered in the portal).
        paste: an awaitable of what the user pasted (address or code), used if it comes before the redirect.
        timeout: seconds to wait for the answer.

    Raises:
        AppConnectInvalid, PortalUnreachable, AuthorizationRefused, AuthorizationTimedOut, ReconnectNeeded,
        BadResponse, BitrixError: see :func:`check_credentials`, :class:`ApplicationAuthorization`,
        :func:`finish_connection`.
    """
    credentials = check_credentials(portal_url, client_id, client_secret)
    async with ApplicationAuthorization(credentials, port=redirect_port, transport=transport) as attempt:
        pasting: asyncio.Task[None] | None = None
        if paste is not None:
            async def take() -> None:
                try:
                    attempt.paste(await paste)
                except AppConnectInvalid as exc:  # the waiting code() raises it
                    attempt.refuse(exc)
            pasting = asyncio.ensure_future(take())
        try:
            opened = open_browser(attempt.authorize_url)
            if asyncio.iscoroutine(opened) or isinstance(opened, asyncio.Future):
                await opened
            code = await attempt.code(timeout)
        finally:
            if pasting is not None and not pasting.done():
                pasting.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await pasting
    return await finish_connection(credentials, code, secrets=secrets, redirect_uri=attempt.redirect_uri,
                                   transport=transport)
