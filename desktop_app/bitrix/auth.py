"""Authentication for Bitrix24 REST calls: one ``httpx.Auth`` per connection.

The transport builds every REST request without any credential, ``POST {base}/rest/{method}``
(:meth:`PortalAuth.rest_url`), and the connection's :class:`PortalAuth` (an ``httpx.Auth`` set on
the pooled client) adds it on the way out, only to requests for the portal's own scheme + host +
port:

- incoming webhook (:class:`WebhookAuth`): the path becomes ``/rest/{user_id}/{code}/{method}`` and
  runs with the permissions of the user who created the webhook (api-spec.md §1.1, §1.3);
- OAuth 2.0 application (:class:`~desktop_app.bitrix.oauth.OAuthAuth`): ``auth=<access_token>`` in the
  JSON body (api-spec.md §1.1), with token refresh.

A file download (``/bitrix/tools/crm_show_file.php``) gets ``auth=<credential>`` in its query. The
webhook code is a secret: it is kept out of ``repr()``, ``str()`` and every error text.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Generator
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

import httpx

from .errors import InvalidWebhookUrl
from .redaction import MASK, register_secret

_CODE_RE = re.compile(r"^[A-Za-z0-9_-]{4,64}$")
_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def is_loopback_host(host: str) -> bool:
    """True for ``localhost``, 127.0.0.0/8 and ``::1`` (where plain HTTP is tolerated)."""
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def split_portal_url(url: str) -> tuple[str, str]:
    """Check the portal part of a URL and split it off: ``(scheme://host[:port], path)``.

    The host is lower-cased; plain ``http`` is accepted only for loopback hosts (the sandbox
    portal), since the cloud requires HTTPS (api-spec.md §1.1).

    Raises:
        InvalidWebhookUrl: empty text, no scheme, a scheme other than https/http, no host, plain
            http to a non-loopback host, or a port that is not a number.
    """
    text = (url or "").strip()
    if not text:
        raise InvalidWebhookUrl("the URL is empty")
    if "://" not in text:
        raise InvalidWebhookUrl("it must start with https://")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http"):
        raise InvalidWebhookUrl(f"the scheme must be https, not {scheme or 'empty'}")
    host = (parts.hostname or "").lower()
    if not host:
        raise InvalidWebhookUrl("the portal address (host) is missing")
    if scheme == "http" and not is_loopback_host(host):
        raise InvalidWebhookUrl("Bitrix24 portals require https://")
    try:
        port = parts.port
    except ValueError:
        raise InvalidWebhookUrl("the port is not a number") from None
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    return f"{scheme}://{netloc}", parts.path


@dataclass(frozen=True)
class Webhook:
    """An incoming webhook of a Bitrix24 portal.

    Attributes:
        base_url: scheme + host (+ port), no trailing slash, e.g. ``https://acme.bitrix24.com``.
        user_id: id of the employee who created the webhook (the ``1`` in ``/rest/1/…``).
        code: the secret webhook code. Never printed.
    """

    base_url: str
    user_id: int
    code: str = field(repr=False)

    def __post_init__(self) -> None:
        register_secret(self.code)  # masked in every log record from now on (redaction.py)

    @classmethod
    def parse(cls, url: str) -> Webhook:
        """Parse a webhook URL as Bitrix24 shows it: ``https://<portal>/rest/<user_id>/<code>/``.

        A trailing method name (``…/<code>/profile`` or ``…/<code>/crm.deal.list.json``) is
        tolerated and dropped. Plain ``http`` is accepted only for loopback hosts (the sandbox
        portal); the cloud requires HTTPS (api-spec.md §1.1).

        Raises:
            InvalidWebhookUrl: with a reason naming the wrong part (scheme, host, path, user id,
                code). The reason never contains the code.
        """
        base_url, path = split_portal_url(url)
        segments = [s for s in path.split("/") if s]
        if len(segments) < 3 or segments[0] != "rest":
            raise InvalidWebhookUrl("the path must look like /rest/<user id>/<webhook code>/")
        user_part, code = segments[1], segments[2]
        if not user_part.isdigit() or int(user_part) <= 0:
            raise InvalidWebhookUrl("the user id after /rest/ must be a positive number")
        if not _CODE_RE.match(code):
            raise InvalidWebhookUrl("the webhook code must be 4–64 latin letters, digits, '_' or '-'")
        return cls(base_url=base_url, user_id=int(user_part), code=code)

    @property
    def host(self) -> str:
        """The portal host (and port), safe to show and log."""
        return urlsplit(self.base_url).netloc

    @property
    def rest_prefix(self) -> str:
        """``/rest/{user_id}/{code}/`` — secret, for building request URLs only."""
        return f"/rest/{self.user_id}/{self.code}/"

    def method_url(self, method: str) -> str:
        """Full URL of a REST method call (contains the secret; never log it)."""
        return f"{self.base_url}{self.rest_prefix}{method}"

    def redacted_url(self) -> str:
        """The webhook URL with the code masked, for display: ``https://host/rest/1/••••/``."""
        return f"{self.base_url}/rest/{self.user_id}/••••/"

    def url(self) -> str:
        """The full webhook URL (secret)."""
        return f"{self.base_url}{self.rest_prefix}"


#: The file-download script whose ``auth`` query parameter carries the credential (files.py).
FILE_SCRIPT = "/bitrix/tools/crm_show_file.php"
#: The port of a URL without one, by scheme (the only schemes a portal address may have).
DEFAULT_PORTS = {"http": 80, "https": 443}
#: ``request.extensions`` key holding which credential generation a request carried (int).
GENERATION_KEY = "activity_desk.auth_generation"


def same_origin(url: httpx.URL, base_url: str) -> bool:
    """True when ``url`` has the scheme, host and port of ``base_url`` (default ports filled in)."""
    base = httpx.URL(base_url)
    return url.scheme == base.scheme and url.host == base.host and _port(url) == _port(base)


def _port(url: httpx.URL) -> int | None:
    return url.port if url.port is not None else DEFAULT_PORTS.get(url.scheme)


class PortalAuth(httpx.Auth):
    """How one connection authenticates its calls (base of :class:`WebhookAuth` and ``OAuthAuth``).

    Subclasses add the credential in :meth:`credentials` (sync) or override the async flow; a request
    for any other origin than :attr:`base_url` goes out untouched (no credential to a host the user
    did not choose).

    Attributes:
        refresh_codes: REST ``error`` codes after which the transport calls :meth:`token_expired`
            and replays the call once (a webhook has nothing to refresh; the call is still replayed).
    """

    refresh_codes: frozenset[str] = frozenset({"expired_token"})

    @property
    def base_url(self) -> str:
        """``scheme://host[:port]`` of the portal, no trailing slash."""
        raise NotImplementedError

    @property
    def host(self) -> str:
        """The portal host (and port), safe to show and log."""
        return urlsplit(self.base_url).netloc

    @property
    def user_id(self) -> int | None:
        """The employee the calls run as (``None`` while an application connection does not know it yet)."""
        raise NotImplementedError

    @property
    def generation(self) -> int:
        """Increases each time the credential changes (a token refresh); 0 for a webhook."""
        return 0

    @property
    def webhook(self) -> Webhook | None:
        """The webhook of a webhook connection, else ``None``."""
        return None

    def rest_url(self, method: str) -> str:
        """URL of a REST call without any credential: ``{base}/rest/{method}`` (safe to log)."""
        return f"{self.base_url}/rest/{method}"

    def move_to(self, base_url: str) -> None:
        """Send everything to ``base_url`` (a followed or confirmed portal move) from now on."""
        raise NotImplementedError

    def bind(self, http: httpx.AsyncClient) -> None:
        """Called by the transport with its pooled client, for an auth that sends requests of its own
        (``OAuthAuth``'s token renewals); nothing to do for a webhook."""

    def file_credential(self) -> str:
        """The value of ``auth=`` in a file-download URL (secret)."""
        raise NotImplementedError

    def redact(self, text: str) -> str:
        """``text`` with this connection's secrets masked."""
        for secret in self._secrets():
            if secret:
                text = text.replace(secret, MASK)
        return text

    async def token_expired(self, generation: int) -> None:
        """The portal answered a :attr:`refresh_codes` error to a call that carried credential
        ``generation``: make a fresh credential if nobody did since. A webhook has nothing to refresh."""

    def _secrets(self) -> tuple[str, ...]:
        return ()

    def _is_ours(self, request: httpx.Request) -> bool:
        return same_origin(request.url, self.base_url)

    @staticmethod
    def _with_file_auth(request: httpx.Request, credential: str) -> httpx.Request:
        if request.url.path == FILE_SCRIPT:
            request.url = request.url.copy_set_param("auth", credential)
        return request


class WebhookAuth(PortalAuth):
    """An incoming webhook as an ``httpx.Auth``: ``/rest/{method}`` → ``/rest/{user_id}/{code}/{method}``
    for requests to the webhook's portal; ``auth={code}`` on file downloads."""

    def __init__(self, webhook: Webhook) -> None:
        self._webhook = webhook

    def __repr__(self) -> str:
        return f"WebhookAuth({self._webhook.redacted_url()})"

    @property
    def webhook(self) -> Webhook:
        return self._webhook

    @property
    def base_url(self) -> str:
        return self._webhook.base_url

    @property
    def user_id(self) -> int:
        return self._webhook.user_id

    def move_to(self, base_url: str) -> None:
        self._webhook = replace(self._webhook, base_url=base_url)

    def file_credential(self) -> str:
        return self._webhook.code

    def _secrets(self) -> tuple[str, ...]:
        return (self._webhook.code,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._is_ours(request):
            path = request.url.raw_path.decode("ascii")
            if path.startswith("/rest/") and not path.startswith(self._webhook.rest_prefix):
                request.url = request.url.copy_with(raw_path=(self._webhook.rest_prefix + path[len("/rest/"):]).encode("ascii"))
            self._with_file_auth(request, self._webhook.code)
        yield request
