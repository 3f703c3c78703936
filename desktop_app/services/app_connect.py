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
   (:meth:`SecretStore.store_client_secret`, :meth:`SecretStore.store_tokens`) and the connection (portal
   address, user id, client id — never a secret) is remembered in the settings.

:func:`connect_application` runs all three for scripts and tests.

The redirect URI: a Bitrix24 application ("Developer resources → Other → Local application") is
registered with a fixed handler/redirect address, which must match the one the app sends. The app
therefore listens on a **stable** loopback address, ``http://127.0.0.1:<port>/activity-desk/oauth/``,
port :data:`DEFAULT_REDIRECT_PORT` unless the user chooses another (the connect dialog shows the URI to
copy into the application's settings in the portal). A port another program holds gives
:class:`AppConnectInvalid` on ``port``.

Renewed tokens: the application's :class:`~desktop_app.bitrix.oauth.OAuthAuth` stores every renewed token
set in the keyring (``on_tokens``) and reads the stored set back when the portal refuses a refresh token
another window already used (``load_tokens``).

Secrets: the client secret, the code and the tokens live in the keyring only (or, when no keyring is
available, in memory for this session: :attr:`PortalSession.secret_remembered` is then False and nothing
is written). They are registered with the log redaction before any request, and no exception text here
holds them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from desktop_app.bitrix import BitrixClient, User, Webhook
from desktop_app.bitrix.auth import split_portal_url
from desktop_app.bitrix.errors import BitrixClientError, InvalidWebhookUrl, PortalUnreachable
from desktop_app.bitrix.oauth import OAuthAuth, OAuthTokens
from desktop_app.bitrix.redaction import register_secret

from . import settings as settings_file
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
from .portal_moves import PortalMoveRecorder
from .secrets import KeyringUnavailable, SecretStore
from .session import PortalSession

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
_CLIENT_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,128}$")


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
    if not _CLIENT_ID_RE.match(client_id):
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
        """The redirect URI this attempt sends (:func:`redirect_uri` of :attr:`port`)."""
        return redirect_uri(self.port)

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


def _on_tokens(secrets: SecretStore, host: str, client_id: str) -> Callable[[OAuthTokens], Awaitable[None]]:
    async def store(tokens: OAuthTokens) -> None:
        await asyncio.to_thread(secrets.store_tokens, host, client_id, tokens)
    return store


def _load_tokens(secrets: SecretStore, host: str, client_id: str) -> Callable[[], Awaitable[OAuthTokens | None]]:
    async def load() -> OAuthTokens | None:
        return await asyncio.to_thread(secrets.load_tokens, host, client_id)
    return load


def application_client(credentials: AppCredentials, tokens: OAuthTokens, *, secrets: SecretStore | None,
                       transport: httpx.AsyncBaseTransport | None = None, **options: Any) -> BitrixClient:
    """The application's client: :class:`OAuthAuth` on ``tokens``; with ``secrets``, renewed tokens are stored
    in the keyring and the stored set is read back after ``invalid_grant`` (another window renewed it)."""
    host = credentials.host
    keep = secrets is not None and secrets.available
    auth = OAuthAuth(tokens, client_id=credentials.client_id, client_secret=credentials.client_secret,
                     base_url=credentials.base_url,
                     on_tokens=_on_tokens(secrets, host, credentials.client_id) if keep else None,
                     load_tokens=_load_tokens(secrets, host, credentials.client_id) if keep else None)
    return BitrixClient.for_auth(auth, transport=transport, **options)


async def _webhook_client(credentials: AppCredentials, user_id: int, secrets: SecretStore,
                          transport: httpx.AsyncBaseTransport | None) -> tuple[BitrixClient, PortalMoveRecorder] | None:
    """The webhook client of the same portal and user when its code is in the keyring, checked with
    ``user.current`` (closed again and ``None`` when it does not answer as that user)."""
    try:
        code = await asyncio.to_thread(secrets.load_webhook_code, credentials.host, user_id)
    except (KeyringUnavailable, ValueError):
        return None
    if not code:
        return None
    webhook = Webhook(base_url=credentials.base_url, user_id=user_id, code=code)
    moves = PortalMoveRecorder(webhook, secrets)
    client = BitrixClient.for_webhook(webhook, transport=transport, on_portal_moved=moves)
    try:
        me = await client.current_user()
    except BitrixClientError as exc:
        log.info("the saved webhook of %s is not used with the application (%s)", credentials.host, type(exc).__name__)
        await client.aclose()
        return None
    if me.id != user_id:
        await client.aclose()
        return None
    return client, moves


def _remember(credentials: AppCredentials, user_id: int) -> None:
    """Remember the connection (portal address, user id; the client id once profiles exist) in the settings.

    TODO(H4): save ``Profile(portal_url=…, user_id=…, app_client_id=credentials.client_id)`` with
    ``services.profiles.save_profile`` once it lands; until then only the portal and user are kept.
    """
    current = settings_file.load()
    same = current.portal_url == credentials.base_url and current.user_id == user_id
    settings_file.save(current.model_copy(update={
        "portal_url": credentials.base_url, "user_id": user_id, "store_host": current.store_host if same else None}))


async def finish_connection(credentials: AppCredentials, code: str, *, secrets: SecretStore,
                            redirect_uri: str, transport: httpx.AsyncBaseTransport | None = None) -> PortalSession:
    """Step 3 of the module docstring: exchange ``code``, check with ``user.current``, keep the secrets in the
    keyring, remember the connection, and open the session.

    The session's :attr:`~PortalSession.app_client` is the application's client; its
    :attr:`~PortalSession.client` is the webhook's client when a webhook of the same portal and user is in the
    keyring (and answers), else the application's client too.

    Raises:
        ReconnectNeeded: ``invalid_client`` (wrong client id or secret) or ``invalid_grant`` (the code expired —
            it lives 30 s — or was used already).
        AuthorizationRefused: the token reply names another portal.
        PortalUnreachable / BadResponse / BitrixError: the token endpoint or ``user.current`` failed.
    """
    async with httpx.AsyncClient(transport=transport) as http:
        tokens = await exchange_code(http, credentials.base_url, credentials.client_id, credentials.client_secret,
                                     code, redirect_uri=redirect_uri)
    app = application_client(credentials, tokens, secrets=secrets, transport=transport)
    try:
        me: User = await app.current_user()
        if tokens.user_id is not None and me.id != tokens.user_id:
            raise AuthorizationRefused("The portal's tokens and user.current name different users; not connected.")
    except BaseException:
        await app.aclose()
        raise
    remembered = True
    try:
        await asyncio.to_thread(secrets.store_client_secret, credentials.host, credentials.client_id,
                                credentials.client_secret)
        await asyncio.to_thread(secrets.store_tokens, credentials.host, credentials.client_id, app.auth.tokens)
    except KeyringUnavailable:
        remembered = False
        log.warning("no keyring backend: the application's secrets are kept in memory only")
    webhook = await _webhook_client(credentials, me.id, secrets, transport) if remembered else None
    client, moves = webhook if webhook is not None else (app, None)
    session = PortalSession(client=client, me=me, secret_remembered=remembered, moves=moves, app_client=app)
    if remembered:
        await asyncio.to_thread(_remember, credentials, me.id)
    try:
        await session.refresh_users()
    except BitrixClientError as exc:
        log.warning("user.get failed: %s", exc)
        session.users.setdefault(me.id, me)
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
