"""OAuth 2.0 tokens of a Bitrix24 application: the token set, the token endpoint's reply, and the request.

Wire (api-spec.md §1.3; server-behaviour.md §5.3–5.4): token requests (``grant_type=authorization_code``
with ``code``, or ``refresh_token`` with ``refresh_token``; plus ``client_id`` and ``client_secret``) are
**POSTed as a form body** (:func:`request_tokens`) to the token URL (:func:`token_url_for`), never put in a
URL. The reply (:func:`parse_token_reply`) is ``{access_token, refresh_token, expires_in, expires?, scope,
member_id, domain, client_endpoint, server_endpoint, user_id?, status}``; ``invalid_grant`` /
``invalid_client`` raise :class:`ReconnectNeeded`. :class:`~desktop_app.bitrix.oauth.OAuthAuth` uses all
of this to renew tokens. No text here contains a token, a code or the client secret.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any
from urllib.parse import urlsplit

import httpx
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from .errors import BadResponse, PortalMoved, PortalUnreachable, TransportError, error_from_envelope
from .exchange import REDIRECTS
from .moves import is_cloud_host
from .redaction import MASK, redact, register_secret
from .replies import Checker, _whole

__all__ = [
    "CLOUD_TOKEN_URL", "TOKEN_METHOD", "OAuthTokens", "ReconnectNeeded", "authorize_url_for", "parse_token_reply",
    "request_tokens", "token_url_for", "utc_now",
]

#: What errors of a token request name as the "method".
TOKEN_METHOD = "oauth/token"
#: The cloud's authorization server (api-spec.md §1.3).
CLOUD_TOKEN_URL = "https://oauth.bitrix.info/oauth/token/"
#: Largest token reply read, in bytes (a real one is under 1 KB).
MAX_TOKEN_REPLY = 64 * 1024
#: Seconds a token request may take in all.
TOKEN_DEADLINE = 30.0
#: Token-endpoint error codes that need the user to connect the application again.
RECONNECT_CODES = frozenset({"invalid_grant", "invalid_client"})
_NO_AUTH = httpx.Auth()


def utc_now() -> datetime:
    return datetime.now(UTC)


class ReconnectNeeded(TransportError):
    """The portal refused the application's refresh token or client credentials (``invalid_grant``,
    ``invalid_client``): the user must connect the application again. Nothing was sent to the REST
    method (``sent`` is False), so a queued change stays queued.

    Attributes:
        code: the token endpoint's ``error`` (``invalid_grant`` / ``invalid_client``).
        description: its ``error_description``, secrets masked.
    """

    def __init__(self, *, host: str, code: str, description: str = "") -> None:
        super().__init__(
            f"The application connection to {host} must be renewed: the portal refused its saved authorization "
            f"({code}). Connect the application again; nothing queued is lost.",
            method=TOKEN_METHOD, host=host, sent=False)
        self.code = code
        self.description = description


@dataclass(frozen=True)
class OAuthTokens:
    """One token set of an application connection (api-spec.md §1.3).

    Attributes:
        access_token: bearer for REST calls (secret; lifetime ~1 h).
        refresh_token: renews the access token (secret; rotates; ~180 days).
        expires_at: when the access token expires (aware, UTC).
        scope: granted scopes (``crm``, ``user`` …).
        member_id: the portal's stable id (survives renames).
        domain: the authorization server's domain (``oauth.bitrix.info``; the sandbox's own host).
        client_endpoint: prefix of REST calls, ``https://<portal>/rest/``.
        server_endpoint: the authorization server's REST prefix.
        user_id: the employee the token acts as (``None`` when the reply did not say).
        status: the application's status letter (``L`` local …).
    """

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: datetime
    scope: frozenset[str] = frozenset()
    member_id: str = ""
    domain: str = ""
    client_endpoint: str = ""
    server_endpoint: str = ""
    user_id: int | None = None
    status: str = ""

    def __post_init__(self) -> None:
        register_secret(self.access_token)
        register_secret(self.refresh_token)
        if self.expires_at.tzinfo is None:
            raise ValueError("expires_at must be an aware datetime (UTC)")

    def expires_within(self, seconds: float, now: datetime) -> bool:
        """True when the access token expires within ``seconds`` of ``now`` (or already has)."""
        return self.expires_at - now <= timedelta(seconds=seconds)

    def public(self) -> dict[str, Any]:
        """The non-secret fields as JSON-ready values (for storage beside the secrets)."""
        return {"expires_at": self.expires_at.isoformat(), "scope": sorted(self.scope), "member_id": self.member_id,
                "domain": self.domain, "client_endpoint": self.client_endpoint,
                "server_endpoint": self.server_endpoint, "user_id": self.user_id, "status": self.status}

    @classmethod
    def from_public(cls, access_token: str, refresh_token: str, public: dict[str, Any]) -> OAuthTokens:
        """The reverse of :meth:`public` plus the two secrets. Raises ``ValueError`` / ``TypeError`` /
        ``KeyError`` on a damaged record."""
        user_id = public.get("user_id")
        return cls(access_token=access_token, refresh_token=refresh_token,
                   expires_at=datetime.fromisoformat(public["expires_at"]).astimezone(UTC),
                   scope=frozenset(str(s) for s in public.get("scope", ())), member_id=str(public.get("member_id", "")),
                   domain=str(public.get("domain", "")), client_endpoint=str(public.get("client_endpoint", "")),
                   server_endpoint=str(public.get("server_endpoint", "")),
                   user_id=int(user_id) if user_id is not None else None, status=str(public.get("status", "")))


Token = Annotated[str, StringConstraints(pattern=r"^[\x21-\x7e]+$", min_length=8, max_length=2048)]
Seconds = Annotated[int, BeforeValidator(_whole), Field(ge=0, le=10 * 365 * 86400)]
UnixTime = Annotated[int, BeforeValidator(_whole), Field(ge=0, le=2**40)]
UserId = Annotated[int, BeforeValidator(_whole), Field(gt=0, le=2**63 - 1)]
Text = Annotated[str, StringConstraints(max_length=2048)]


class TokenReply(BaseModel):
    """The token endpoint's success reply (api-spec.md §1.3, server-behaviour.md §5.4)."""

    model_config = ConfigDict(extra="ignore")
    access_token: Token
    refresh_token: Token
    expires_in: Seconds | None = None
    expires: UnixTime | None = None
    scope: Text = ""
    member_id: Text = ""
    domain: Text = ""
    client_endpoint: Text = ""
    server_endpoint: Text = ""
    user_id: UserId | None = None
    status: Text = ""


def _masking(payload: Any) -> Callable[[str], str]:
    """A redactor that also masks the token values of ``payload`` (before they are known as secrets)."""
    values = [str(payload.get(k)) for k in ("access_token", "refresh_token") if isinstance(payload, dict)
              and isinstance(payload.get(k), str | int) and len(str(payload.get(k))) >= 4]

    def masked(text: str) -> str:
        for value in values:
            text = text.replace(value, MASK)
        return redact(text)
    return masked


def parse_token_reply(content: bytes, status: int, *, host: str, now: datetime) -> OAuthTokens:
    """The :class:`OAuthTokens` in a token endpoint's reply body.

    ``expires_at`` is ``now + expires_in``, or ``expires`` (Unix time) when ``expires_in`` is absent.

    Raises:
        ReconnectNeeded: the error envelope says ``invalid_grant`` or ``invalid_client``.
        BitrixError: another error envelope (``invalid_request``, ``PAYMENT_REQUIRED``, 5xx …).
        BadResponse: not JSON, not an object, a missing or malformed field (``field`` names it), or no expiry.
    """
    try:
        payload = json.loads(content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise BadResponse(f"{host} answered the token request with something that is not JSON (HTTP {status}).",
                          method=TOKEN_METHOD, host=host, status=status,
                          body_start=redact(content[:200].decode("utf-8", "replace"))) from None
    masked = _masking(payload)
    if isinstance(payload, dict) and "error" in payload:
        code = str(payload.get("error") or "")
        description = masked(str(payload.get("error_description") or ""))
        if code in RECONNECT_CODES:
            raise ReconnectNeeded(host=host, code=code, description=description)
        raise error_from_envelope({"error": masked(code), "error_description": description}, status, TOKEN_METHOD)
    checker = Checker(lambda: host, masked)
    if not isinstance(payload, dict) or status >= 400:
        raise checker.bad(TOKEN_METHOD, status, None, "no token set in the reply", payload)
    reply = checker.check(TokenReply, payload, method=TOKEN_METHOD, status=status, path="")
    if reply.expires_in is not None:
        expires_at = now + timedelta(seconds=reply.expires_in)
    elif reply.expires is not None:
        expires_at = datetime.fromtimestamp(reply.expires, UTC)
    else:
        raise checker.bad(TOKEN_METHOD, status, "expires_in", "the token's lifetime is missing")
    return OAuthTokens(access_token=reply.access_token, refresh_token=reply.refresh_token, expires_at=expires_at,
                       scope=frozenset(s.strip() for s in reply.scope.split(",") if s.strip()),
                       member_id=reply.member_id, domain=reply.domain, client_endpoint=reply.client_endpoint,
                       server_endpoint=reply.server_endpoint, user_id=reply.user_id, status=reply.status)


def token_url_for(base_url: str) -> str:
    """Where tokens are requested for the portal at ``base_url``: the cloud's authorization server for a
    ``*.bitrix24.<zone>`` portal over HTTPS, else the portal's own ``/oauth/token/`` (on-premise, sandbox)."""
    parts = urlsplit(base_url)
    if parts.scheme == "https" and is_cloud_host(parts.hostname or ""):
        return CLOUD_TOKEN_URL
    return f"{base_url.rstrip('/')}/oauth/token/"


def authorize_url_for(base_url: str) -> str:
    """The portal's authorization page, ``{base}/oauth/authorize/`` (api-spec.md §1.3 step 1)."""
    return f"{base_url.rstrip('/')}/oauth/authorize/"


async def request_tokens(http: httpx.AsyncClient, token_url: str, form: dict[str, str], *,
                         now: Callable[[], datetime] = utc_now) -> OAuthTokens:
    """POST ``form`` (``grant_type``, ``client_id``, ``client_secret``, ``code`` or ``refresh_token``) as a
    form body to ``token_url`` and parse the reply (:func:`parse_token_reply`); at most
    :data:`TOKEN_DEADLINE` seconds and :data:`MAX_TOKEN_REPLY` bytes; redirects are not followed.

    Raises:
        ReconnectNeeded, BitrixError, BadResponse: see :func:`parse_token_reply`.
        PortalUnreachable: the token endpoint could not be reached or did not answer in time (``sent`` False
            for the REST call this refresh was for).
        PortalMoved: the token endpoint redirected.
    """
    for key in ("client_secret", "code", "refresh_token"):
        register_secret(form.get(key))
    host = httpx.URL(token_url).netloc.decode("ascii")
    try:
        async with asyncio.timeout(TOKEN_DEADLINE):
            request = http.build_request("POST", token_url, data=form, headers={"Accept": "application/json"})
            reply = await http.send(request, auth=_NO_AUTH, stream=True)
            try:
                if reply.status_code in REDIRECTS:
                    raise PortalMoved(f"{host} redirected the token request (HTTP {reply.status_code}); "
                                      "it was not followed.", method=TOKEN_METHOD, host=host, sent=False)
                body = b""
                async for chunk in reply.aiter_bytes():
                    body += chunk
                    if len(body) > MAX_TOKEN_REPLY:
                        raise BadResponse(f"{host} answered the token request with more than {MAX_TOKEN_REPLY:,} bytes.",
                                          method=TOKEN_METHOD, host=host, status=reply.status_code, body_start="")
                status = reply.status_code
            finally:
                await reply.aclose()
    except (TimeoutError, httpx.HTTPError) as exc:
        reason = redact(str(exc)) if isinstance(exc, httpx.HTTPError) and str(exc) else type(exc).__name__
        raise PortalUnreachable(f"The access token could not be renewed at {host}: {reason}.",
                                method=TOKEN_METHOD, host=host, sent=False) from None
    return parse_token_reply(body, status, host=host, now=now())
