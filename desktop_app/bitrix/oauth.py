"""OAuth 2.0 for a local Bitrix24 application: tokens, their reply, and an ``httpx.Auth`` that refreshes them.

Wire (api-spec.md §1.1, §1.3; server-behaviour.md §5.3–5.4):

- REST calls carry ``auth=<access_token>``: :class:`OAuthAuth` puts it in the JSON body of every
  ``/rest/…`` request to the portal (so it is never in a URL or an httpx log line), and in the query of a
  file download (``crm_show_file.php``); requests to any other origin get nothing.
- Token requests (``grant_type=authorization_code`` with ``code``, or ``refresh_token`` with
  ``refresh_token``; plus ``client_id`` and ``client_secret``) are **POSTed as a form body** to the token
  URL (:func:`token_url_for`: ``https://oauth.bitrix.info/oauth/token/`` for a cloud portal, the portal's
  own ``/oauth/token/`` otherwise, e.g. the sandbox portal) — never in a URL.
- The reply (:func:`parse_token_reply`) is ``{access_token, refresh_token, expires_in, expires?, scope,
  member_id, domain, client_endpoint, server_endpoint, user_id?, status}``; the refresh token rotates
  (the old one is invalid once used).

Refresh rules: proactively when the access token expires within ``refresh_margin`` seconds, and after the
portal answers ``expired_token`` (or ``invalid_token``) — the transport then calls
:meth:`OAuthAuth.token_expired` and replays the failed call once. One refresh at a time per connection
(an ``asyncio.Lock``): callers that find the token already renewed by another reuse it. ``on_tokens(tokens)``
is called (awaited if it returns an awaitable) after each refresh so the caller stores them in the keyring.

Errors: ``invalid_grant`` / ``invalid_client`` from the token endpoint → :class:`ReconnectNeeded`
(``sent`` False: the REST call was not executed); the connection then refuses every call at once, without
asking the token endpoint again, until :meth:`OAuthAuth.set_tokens` gets new tokens. A token endpoint that
cannot be reached → ``PortalUnreachable(sent=False)``; a reply we cannot read → ``BadResponse``; another
error envelope → the matching :class:`~desktop_app.bitrix.errors.BitrixError`. A refresh cut off after the
request left may have rotated the refresh token: the next refresh then gets ``invalid_grant``.

Tokens, their reply and the token request live in :mod:`desktop_app.bitrix.oauth_tokens` (re-exported
here). No text here contains a token or the client secret: they are registered with
:func:`~desktop_app.bitrix.redaction.register_secret` as soon as they are known.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
from collections.abc import AsyncGenerator, Callable
from dataclasses import replace
from datetime import datetime
from typing import Any

import httpx

from .auth import FILE_SCRIPT, GENERATION_KEY, PortalAuth, split_portal_url
from .oauth_tokens import (
    CLOUD_TOKEN_URL,
    TOKEN_METHOD,
    OAuthTokens,
    ReconnectNeeded,
    authorize_url_for,
    parse_token_reply,
    request_tokens,
    token_url_for,
    utc_now,
)
from .redaction import register_secret

log = logging.getLogger(__name__)

__all__ = [
    "CLOUD_TOKEN_URL", "TOKEN_METHOD", "OAuthAuth", "OAuthTokens", "ReconnectNeeded", "authorize_url_for",
    "parse_token_reply", "request_tokens", "token_url_for",
]


class OAuthAuth(PortalAuth):
    """An application connection as an ``httpx.Auth`` (see the module docstring).

    Args:
        tokens: the current token set.
        client_id: the application's client id (not secret).
        client_secret: the application's client secret (secret; only ever in a token request's body).
        base_url: the portal (``scheme://host[:port]``) the user chose; default: from ``tokens.client_endpoint``.
        token_url: where tokens are renewed; default :func:`token_url_for` ``(base_url)``.
        on_tokens: ``(OAuthTokens) -> None | Awaitable``: store renewed tokens (keyring). Its failure is
            logged and the new tokens are used for this session.
        on_reconnect_needed: ``(ReconnectNeeded) -> None``: tell the user (once per refused token set).
        load_tokens: ``() -> OAuthTokens | None`` (or an awaitable of it): the token set as stored now. Asked
            when ``invalid_grant`` comes back: another window of the same profile may have renewed (and so
            rotated) the refresh token; a stored set with another refresh token is then used instead of
            asking the user to reconnect.
        refresh_margin: seconds before expiry when a call renews the token first (default 60).
        clock: aware "now" (UTC).
        http: the client for token requests; default: the transport's pool (:meth:`bind`).
    """

    refresh_codes = frozenset({"expired_token", "invalid_token"})

    def __init__(self, tokens: OAuthTokens, *, client_id: str, client_secret: str, base_url: str | None = None,
                 token_url: str | None = None, on_tokens: Callable[[OAuthTokens], Any] | None = None,
                 on_reconnect_needed: Callable[[ReconnectNeeded], Any] | None = None, refresh_margin: float = 60.0,
                 clock: Callable[[], datetime] = utc_now, http: httpx.AsyncClient | None = None,
                 load_tokens: Callable[[], Any] | None = None) -> None:
        register_secret(client_secret)
        if base_url is None:
            base_url = tokens.client_endpoint
        self._base_url, _ = split_portal_url(base_url)
        self._tokens = tokens
        self._client_id = client_id
        self._client_secret = client_secret
        self._token_url_given = token_url
        self._token_url = token_url or token_url_for(self._base_url)
        self._on_tokens = on_tokens
        self._on_reconnect_needed = on_reconnect_needed
        self._load_tokens = load_tokens
        self._margin = refresh_margin
        self._clock = clock
        self._http = http
        self._lock = asyncio.Lock()
        self._generation = 1
        self._refused: ReconnectNeeded | None = None
        #: Token requests sent (refreshes), for diagnostics and tests.
        self.refreshes = 0

    def __repr__(self) -> str:
        return f"OAuthAuth({self.host}, client_id={self._client_id!r})"

    # -- PortalAuth --------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        return self._base_url

    @property
    def user_id(self) -> int | None:
        return self._tokens.user_id

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def tokens(self) -> OAuthTokens:
        """The current token set (secret values: never log them)."""
        return self._tokens

    @property
    def client_id(self) -> str:
        return self._client_id

    @property
    def reconnect_needed(self) -> ReconnectNeeded | None:
        """Why the connection refuses every call until :meth:`set_tokens`, or ``None``."""
        return self._refused

    def bind(self, http: httpx.AsyncClient) -> None:
        """Use ``http`` for token requests unless a client was given (the transport calls this)."""
        if self._http is None:
            self._http = http

    def move_to(self, base_url: str) -> None:
        self._base_url = base_url
        self._token_url = self._token_url_given or token_url_for(base_url)

    def file_credential(self) -> str:
        return self._tokens.access_token

    def _secrets(self) -> tuple[str, ...]:
        return (self._tokens.access_token, self._tokens.refresh_token, self._client_secret)

    def set_tokens(self, tokens: OAuthTokens) -> None:
        """Use ``tokens`` from now on (after the user connected again): calls go out again."""
        self._tokens = tokens
        self._generation += 1
        self._refused = None

    # -- the flow ----------------------------------------------------------------------------

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if self._is_ours(request) and (request.url.path.startswith("/rest/") or request.url.path == FILE_SCRIPT):
            if self._refused is not None:
                raise self._refused_again()
            if self._tokens.expires_within(self._margin, self._clock()):
                await self._refresh(self._generation)
            request = self._authorized(request)
        yield request

    def sync_auth_flow(self, request: httpx.Request) -> Any:
        raise RuntimeError("OAuthAuth works with httpx.AsyncClient only")

    async def token_expired(self, generation: int) -> None:
        """The portal said the token of ``generation`` expired: renew it unless another caller already did."""
        await self._refresh(generation)

    async def refresh(self) -> OAuthTokens:
        """Renew the tokens now (one refresh at a time; see the module docstring for the errors)."""
        await self._refresh(self._generation)
        return self._tokens

    async def _refresh(self, seen: int) -> None:
        async with self._lock:
            if self._generation != seen:
                return  # renewed by another caller while this one waited
            if self._refused is not None:
                raise self._refused_again()
            if self._http is None:
                raise RuntimeError("OAuthAuth has no HTTP client: pass http= or use it through BitrixTransport")
            self.refreshes += 1
            form = {"grant_type": "refresh_token", "client_id": self._client_id,
                    "client_secret": self._client_secret, "refresh_token": self._tokens.refresh_token}
            try:
                fresh = await request_tokens(self._http, self._token_url, form, now=self._clock)
            except ReconnectNeeded as exc:
                if exc.code == "invalid_grant" and await self._adopt_stored():
                    return  # another window renewed the tokens: use its set
                self._refused = ReconnectNeeded(host=self.host, code=exc.code, description=exc.description)
                log.warning("%s refused the application's refresh token (%s): reconnect needed", self.host, exc.code)
                self._tell_reconnect()
                raise self._refused_again() from None
            if fresh.user_id is None and self._tokens.user_id is not None:
                fresh = replace(fresh, user_id=self._tokens.user_id)
            self.set_tokens(fresh)
            log.info("renewed the access token of the application %s on %s", self._client_id, self.host)
            await self._persist(fresh)

    async def _adopt_stored(self) -> bool:
        if self._load_tokens is None:
            return False
        try:
            stored = self._load_tokens()
            if inspect.isawaitable(stored):
                stored = await stored
        except Exception as exc:  # the keyring failed: the refusal stands
            log.warning("the stored tokens of %s could not be read (%s)", self.host, type(exc).__name__)
            return False
        if not isinstance(stored, OAuthTokens) or stored.refresh_token == self._tokens.refresh_token:
            return False
        log.info("another window renewed the tokens of %s; using them", self.host)
        self.set_tokens(stored)
        return True

    async def _persist(self, tokens: OAuthTokens) -> None:
        if self._on_tokens is None:
            return
        try:
            result = self._on_tokens(tokens)
            if inspect.isawaitable(result):
                await result
        except Exception as exc:  # the keyring failed: keep the tokens for this session
            log.warning("renewed tokens of %s could not be stored (%s); they hold for this session only",
                        self.host, type(exc).__name__)

    def _tell_reconnect(self) -> None:
        if self._on_reconnect_needed is not None and self._refused is not None:
            try:
                self._on_reconnect_needed(self._refused)
            except Exception:  # a broken listener must not hide the error
                log.exception("reconnect listener failed")

    def _refused_again(self) -> ReconnectNeeded:
        assert self._refused is not None
        return ReconnectNeeded(host=self.host, code=self._refused.code, description=self._refused.description)

    def _authorized(self, request: httpx.Request) -> httpx.Request:
        token = self._tokens.access_token
        path = request.url.path
        if path == FILE_SCRIPT:
            request = self._with_file_auth(request, token)
        elif path.startswith("/rest/"):
            body = request.content.lstrip()
            if request.headers.get("content-type", "").startswith("application/json") and body.startswith(b"{"):
                rest = body[1:].lstrip()
                field_ = b'"auth": ' + json.dumps(token).encode("ascii")
                content = b"{" + field_ + (b"}" if rest.startswith(b"}") else b", " + rest)
                headers = httpx.Headers(request.headers)
                headers.pop("content-length", None)
                request = httpx.Request(request.method, request.url, headers=headers, content=content,
                                        extensions=dict(request.extensions))
            else:
                request.url = request.url.copy_set_param("auth", token)
        request.extensions[GENERATION_KEY] = self._generation
        return request
