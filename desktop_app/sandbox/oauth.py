"""The sandbox portal as an OAuth 2.0 portal for local applications (api-spec.md §1.3, server-behaviour.md §5.3–5.4).

A local application is registered with :class:`SandboxApp` (``SandboxPortal(apps=[...])`` or
``activity-desk-sandbox serve --app-client-id ID --app-client-secret SECRET``). The sandbox plays both
the portal and the authorization server (``oauth.bitrix.info`` in the cloud), so every URL it hands
out points at itself — no request ever goes to a real Bitrix24 host [INF: the sandbox's choice].

Routes (``server.py`` mounts them):

* ``GET /oauth/authorize/?client_id=..&state=..[&redirect_uri=..]`` — auto-approved for the portal's
  OAuth user (``OAuthServer.user_id``; default the webhook's user; no login page in the demo): HTTP 302
  to the application's redirect URI with ``code``, ``state`` (as sent; left out when not sent),
  ``domain`` (the portal's ``host[:port]``), ``member_id``, ``scope`` (comma list) and
  ``server_domain`` (the authorization server's ``host[:port]`` — here the sandbox itself). The code
  lives :data:`CODE_LIFETIME` = 30 seconds and is good for one exchange. The redirect URI must be the
  registered one; for a loopback redirect (``http://127.0.0.1``, ``[::1]``, ``localhost``) any port
  matches (RFC 8252 §7.3), and an application registered without one accepts any loopback URI
  [INF]. An unknown ``client_id`` or a redirect URI that does not match answers HTTP 400 with
  ``{"error": "invalid_client" | "invalid_request", "error_description": ...}`` and no redirect
  (RFC 6749 §4.1.2.1: never redirect to an unverified URI).
* ``GET|POST /oauth/token/`` — parameters in the query and/or a form body (body wins):
  ``grant_type=authorization_code`` + ``code``, or ``grant_type=refresh_token`` + ``refresh_token``,
  both with ``client_id`` and ``client_secret``. Success, HTTP 200::

      {"access_token", "expires": <Unix s>, "expires_in": <s>, "scope": "crm,user",
       "domain": "<sandbox host:port>", "server_endpoint": "<base>/rest/",
       "status": "L", "client_endpoint": "<base>/rest/", "member_id", "user_id": <int>,
       "refresh_token"}

  (``domain`` is the authorization server's host as in the cloud, where it is ``oauth.bitrix.info``.)
  Errors (``{"error", "error_description"}``, checked in this order): no or unknown ``grant_type`` →
  400 ``invalid_request``; missing ``client_id``/``client_secret`` → 400 ``invalid_request``; unknown
  client or wrong secret → 401 ``invalid_client``; missing ``code``/``refresh_token`` → 400
  ``invalid_request``; a code or refresh token that is unknown, expired, already used or issued to
  another client → 400 ``invalid_grant``. Texts are the sandbox's [INF]; codes and statuses are the
  documented ones.

Tokens: ``access_token`` lives ``token_lifetime`` seconds (``--token-lifetime``, default 3600), the
refresh token :data:`REFRESH_LIFETIME` (180 days). Refresh tokens rotate: a refresh answers a new
pair and the used refresh token is invalid from then on; the previous access token stays valid until
it expires [INF]. Time is the portal clock (``SandboxPortal(now=...)``), so tests move time instead of
sleeping. Tokens are random (``secrets``) and kept in memory only: a restarted sandbox forgets them
(``invalid_token``; reconnect).

REST with a token (``server.py``): ``/rest/<method>`` with ``auth=<access_token>`` (or ``access_token=``)
in the query or the body, or ``Authorization: Bearer <access_token>`` (server-behaviour.md §5.1), runs as
the token's user in the application's context (:meth:`OAuthServer.principal`). An unknown token → 401
``invalid_token`` / ``The access token provided is invalid.``; an expired one → 401 ``expired_token`` /
``The access token provided has expired.``.

Counters for tests: ``OAuthServer.grants`` counts successful token replies per grant type
(``authorization_code`` / ``refresh_token``), e.g. "two concurrent callers caused exactly one refresh".
"""

from __future__ import annotations

import hmac
import secrets
import threading
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urlsplit

from .errors import CoreError
from .principal import Principal, is_admin

if TYPE_CHECKING:
    from .portal import SandboxPortal

__all__ = [
    "CODE_LIFETIME",
    "DEFAULT_APP_SCOPES",
    "REFRESH_LIFETIME",
    "OAuthError",
    "OAuthServer",
    "SandboxApp",
    "expired_token",
    "invalid_token",
    "same_secret",
]

#: Lifetime of an authorization code, seconds (api-spec.md §1.3: 30 s).
CODE_LIFETIME = 30
#: Lifetime of a refresh token, seconds (180 days, server-behaviour.md §5.4).
REFRESH_LIFETIME = 180 * 24 * 3600
#: Default access-token lifetime, seconds (1 hour).
DEFAULT_TOKEN_LIFETIME = 3600
#: Scopes of an application registered without ``scopes``.
DEFAULT_APP_SCOPES: frozenset[str] = frozenset({"crm", "user"})
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
#: Longest value read from any OAuth parameter; longer ones are simply wrong (invalid_grant etc.).
_MAX_PARAM = 4096


@dataclass(frozen=True)
class SandboxApp:
    """A local application registered on the sandbox portal.

    Attributes:
        client_id: the application's ``client_id`` (e.g. ``local.5f3c...``); non-empty.
        client_secret: its ``client_secret``; non-empty.
        redirect_uri: where ``/oauth/authorize/`` sends the browser; ``None`` = any loopback URI.
        scopes: the granted scopes (default ``crm``, ``user``).
    """

    client_id: str
    client_secret: str
    redirect_uri: str | None = None
    scopes: frozenset[str] = field(default=DEFAULT_APP_SCOPES)

    def __post_init__(self) -> None:
        if not self.client_id or not self.client_secret:
            raise ValueError("SandboxApp needs a non-empty client_id and client_secret")
        object.__setattr__(self, "scopes", frozenset(self.scopes))

    def __repr__(self) -> str:  # the secret never appears in a repr, log line or traceback
        return f"SandboxApp(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r}, scopes={sorted(self.scopes)})"


class OAuthError(Exception):
    """An authorization-server error reply: ``{"error": code, "error_description": description}``, HTTP ``status``."""

    def __init__(self, code: str, description: str, status: int = 400) -> None:
        super().__init__(f"{code}: {description}")
        self.code = code
        self.description = description
        self.status = status

    def body(self) -> dict[str, str]:
        return {"error": self.code, "error_description": self.description}


def invalid_token() -> CoreError:
    """401 ``invalid_token`` / ``The access token provided is invalid.`` (server-behaviour.md §5.3)."""
    return CoreError("invalid_token", "The access token provided is invalid.", 401)


def expired_token() -> CoreError:
    """401 ``expired_token`` / ``The access token provided has expired.`` (server-behaviour.md §5.3)."""
    return CoreError("expired_token", "The access token provided has expired.", 401)


@dataclass(frozen=True)
class _Grant:
    client_id: str
    user_id: int
    expires_at: float
    scopes: frozenset[str]


def _text(params: Mapping[str, Any], key: str) -> str:
    value = params.get(key)
    return value if isinstance(value, str) and len(value) <= _MAX_PARAM else ""


def same_secret(a: str, b: str) -> bool:
    """``a == b`` in constant time (any str, lone surrogates included): for secrets, codes and tokens."""
    return hmac.compare_digest(a.encode("utf-8", "surrogatepass"), b.encode("utf-8", "surrogatepass"))


class OAuthServer:
    """The portal's authorization server: applications, codes and tokens (see the module docstring).

    Args:
        portal: the portal (its clock, store and webhook user).
        apps: the registered applications.
        token_lifetime: access-token lifetime in seconds (> 0).
        user_id: the user ``/oauth/authorize/`` approves for; default the webhook's user.

    Attributes:
        apps: ``client_id`` → :class:`SandboxApp`.
        token_lifetime, user_id: as the arguments; may be changed between calls.
        grants: ``Counter`` of successful token replies by grant type.
    """

    def __init__(self, portal: SandboxPortal, apps: Iterable[SandboxApp] = (), *,
                 token_lifetime: int = DEFAULT_TOKEN_LIFETIME, user_id: int | None = None) -> None:
        if token_lifetime <= 0:
            raise ValueError("token_lifetime must be a positive number of seconds")
        self.portal = portal
        self.apps: dict[str, SandboxApp] = {}
        for app in apps:
            if app.client_id in self.apps:
                raise ValueError(f"application {app.client_id} is registered twice")
            self.apps[app.client_id] = app
        self.token_lifetime = int(token_lifetime)
        self.user_id = portal.webhook_user_id if user_id is None else int(user_id)
        self.grants: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._codes: dict[str, _Grant] = {}
        self._access: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}

    # ------------------------------------------------------------------ identity

    @property
    def member_id(self) -> str:
        """The portal's stable id (32 hex digits): random, drawn once and kept in ``portal_meta`` (so a
        database file keeps it across restarts) [INF]; nothing secret is derived into it."""
        db = self.portal.db
        with db.transaction():
            value = db.scalar("SELECT value FROM portal_meta WHERE key = 'member_id'")
            if not value:
                value = secrets.token_hex(16)
                db.execute("INSERT OR REPLACE INTO portal_meta (key, value) VALUES ('member_id', ?)", (value,))
        return str(value)

    def _now(self) -> float:
        return self.portal.clock.now_float()

    # ------------------------------------------------------------------ /oauth/authorize/

    def authorize(self, params: Mapping[str, Any], base_url: str) -> str:
        """The redirect ``Location`` for an authorization request (module docstring).

        Raises:
            OAuthError: unknown ``client_id`` (``invalid_client``) or a missing/unmatched
                ``redirect_uri`` (``invalid_request``).
        """
        app = self.apps.get(_text(params, "client_id"))
        if app is None:
            raise OAuthError("invalid_client", "Unknown client_id: no such application is installed on this portal.")
        redirect_uri = self._redirect_uri(app, _text(params, "redirect_uri"))
        code = self.issue_code(app.client_id, self.user_id)
        host = urlsplit(base_url).netloc
        reply: dict[str, str] = {"code": code}
        state = params.get("state")
        if isinstance(state, str):
            reply["state"] = state
        reply.update({"domain": host, "member_id": self.member_id, "scope": ",".join(sorted(app.scopes)),
                      "server_domain": host})
        separator = "&" if urlsplit(redirect_uri).query else "?"
        return f"{redirect_uri}{separator}{urlencode(reply)}"

    def _redirect_uri(self, app: SandboxApp, given: str) -> str:
        if not given:
            if app.redirect_uri is None:
                raise OAuthError("invalid_request", "redirect_uri is required: the application registered none.")
            return app.redirect_uri
        try:
            asked = urlsplit(given)
            asked_port = asked.port
        except ValueError:
            raise OAuthError("invalid_request", "redirect_uri is not a valid URL.") from None
        if asked.scheme not in ("http", "https") or not asked.hostname or asked.fragment:
            raise OAuthError("invalid_request", "redirect_uri must be an absolute http(s) URL without a fragment.")
        loopback = asked.hostname in _LOOPBACK_HOSTS
        if app.redirect_uri is None:
            if not loopback:
                raise OAuthError("invalid_request", "redirect_uri must be a loopback URL for this application.")
            return given
        known = urlsplit(app.redirect_uri)
        same = (asked.scheme, asked.hostname, asked.path or "/") == (known.scheme, known.hostname, known.path or "/")
        if not same or (not loopback and asked_port != known.port):
            raise OAuthError("invalid_request", "redirect_uri does not match the application's registered redirect URI.")
        return given

    def issue_code(self, client_id: str, user_id: int) -> str:
        """A new authorization code for ``client_id`` and ``user_id`` (also for tests that skip the browser)."""
        app = self.apps[client_id]
        code = secrets.token_hex(16)
        with self._lock:
            self._codes[code] = _Grant(client_id, int(user_id), self._now() + CODE_LIFETIME, app.scopes)
        return code

    # ------------------------------------------------------------------ /oauth/token/

    def token(self, params: Mapping[str, Any], base_url: str) -> dict[str, Any]:
        """Answer a token request (module docstring).

        Raises:
            OAuthError: the documented errors, in the documented order.
        """
        grant_type = _text(params, "grant_type")
        if grant_type not in ("authorization_code", "refresh_token"):
            raise OAuthError("invalid_request",
                             "grant_type must be authorization_code or refresh_token." if grant_type
                             else "grant_type is required.")
        client_id, client_secret = _text(params, "client_id"), _text(params, "client_secret")
        if not client_id or not client_secret:
            raise OAuthError("invalid_request", "client_id and client_secret are required.")
        app = self.apps.get(client_id)
        if app is None or not same_secret(client_secret, app.client_secret):
            raise OAuthError("invalid_client", "Invalid client_id or client_secret.", 401)
        key = "code" if grant_type == "authorization_code" else "refresh_token"
        presented = _text(params, key)
        if not presented:
            raise OAuthError("invalid_request", f"{key} is required for grant_type={grant_type}.")
        now = self._now()
        with self._lock:
            store = self._codes if key == "code" else self._refresh
            grant = store.pop(presented, None)  # a code or refresh token is good for one use
            if grant is None or grant.client_id != client_id or grant.expires_at <= now:
                what = "authorization code" if key == "code" else "refresh token"
                raise OAuthError("invalid_grant", f"The {what} is invalid, expired or already used.")
            access, refresh = secrets.token_hex(32), secrets.token_hex(32)
            expires_at = now + self.token_lifetime
            self._access[access] = _Grant(client_id, grant.user_id, expires_at, grant.scopes)
            self._refresh[refresh] = _Grant(client_id, grant.user_id, now + REFRESH_LIFETIME, grant.scopes)
            self._forget_expired(now)
            self.grants[grant_type] += 1
        endpoint = f"{base_url.rstrip('/')}/rest/"
        return {
            "access_token": access,
            "expires": int(expires_at),
            "expires_in": self.token_lifetime,
            "scope": ",".join(sorted(grant.scopes)),
            "domain": urlsplit(base_url).netloc,
            "server_endpoint": endpoint,
            "status": "L",
            "client_endpoint": endpoint,
            "member_id": self.member_id,
            "user_id": grant.user_id,
            "refresh_token": refresh,
        }

    def _forget_expired(self, now: float) -> None:
        for store in (self._codes, self._access, self._refresh):
            for token in [t for t, g in store.items() if g.expires_at <= now - 86400]:
                del store[token]

    # ------------------------------------------------------------------ REST calls

    def principal(self, access_token: str) -> Principal:
        """The principal of a REST call made with ``access_token``.

        Raises:
            CoreError: 401 ``invalid_token`` (unknown) or ``expired_token`` (past its lifetime).
        """
        with self._lock:
            grant = self._access.get(access_token) if len(access_token) <= _MAX_PARAM else None
        if grant is None or grant.client_id not in self.apps:
            raise invalid_token()
        if grant.expires_at <= self._now():
            raise expired_token()
        return Principal(user_id=grant.user_id, is_admin=is_admin(self.portal.db, grant.user_id),
                         app_client_id=grant.client_id, scopes=grant.scopes)

    def revoke_all(self) -> None:
        """Forget every code and token (as if the application were reinstalled): callers get ``invalid_token``
        and refreshes ``invalid_grant``."""
        with self._lock:
            self._codes.clear()
            self._access.clear()
            self._refresh.clear()
