"""Authentication for Bitrix24 REST calls.

Incoming webhook: every call goes to ``{base}/rest/{user_id}/{code}/{method}`` and runs with the
permissions of the user who created the webhook (api-spec.md §1.1, §1.3). The webhook code is a
secret: it is kept out of ``repr()``, ``str()`` and every error text.

OAuth 2.0 (``auth=<access_token>``) is planned; its token set will live here as well.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .errors import InvalidWebhookUrl
from .redaction import register_secret

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
