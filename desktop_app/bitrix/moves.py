"""Which portal redirects the transport may follow by itself (pure functions, no I/O).

A renamed cloud portal answers **HTTP 302** with a ``Location`` on its new domain, and the client
must re-POST there and remember the address (api-spec.md §1.1). A redirect is also what a hijacked
network, a captive portal or a misconfigured proxy answers — and following it would hand the
webhook code (it is in the URL path) and the request body to that host. So a redirect is
classified before anything is sent to the new host:

- ``"same_host"``: the ``Location`` has no host, or the same ``host[:port]`` (an expired licence or
  a blocked portal page): raised as :class:`~desktop_app.bitrix.errors.PortalMoved`.
- ``"cloud"``: an HTTPS portal on a Bitrix24 cloud domain moved to another Bitrix24 cloud domain
  over HTTPS (:func:`is_cloud_host` for both): followed automatically and remembered.
- ``"unconfirmed"``: anything else (another domain, an IP address, a port, user info in the URL,
  HTTPS → HTTP): raised as :class:`~desktop_app.bitrix.errors.PortalMoveUnconfirmed`; nothing
  goes to the new host until the user confirms the move.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from .auth import DEFAULT_PORTS

#: The zones Bitrix24 serves cloud portals from (``<name>.bitrix24.<zone>``). A move to a zone not
#: listed here is not refused, only asked about (``"unconfirmed"``), so the list errs on the short side:
#: an open list (``bitrix24.*``) would trust whoever registers ``bitrix24.<some new TLD>``.
CLOUD_ZONES: frozenset[str] = frozenset({
    "com", "eu", "de", "es", "fr", "it", "pl", "uk", "in", "id", "vn", "jp", "cn", "tr", "ru", "by", "kz", "ua",
    "com.br", "com.tr", "mx", "co",
})

_NAME_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")

MoveKind = Literal["same_host", "cloud", "unconfirmed"]


def is_cloud_host(host: str) -> bool:
    """True for ``<name>.bitrix24.<zone>`` with one DNS label as the name and ``<zone>`` in
    :data:`CLOUD_ZONES` (``acme.bitrix24.com``, ``acme.bitrix24.de``, ``acme.bitrix24.com.br``).

    ``host`` is a bare host name (no port); comparison ignores case and one trailing dot.
    """
    name, sep, zone = host.lower().rstrip(".").partition(".bitrix24.")
    return bool(sep) and zone in CLOUD_ZONES and _NAME_RE.match(name) is not None


@dataclass(frozen=True)
class Move:
    """A classified redirect.

    Attributes:
        kind: ``"same_host"``, ``"cloud"`` or ``"unconfirmed"`` (see the module docstring).
        new_base_url: ``scheme://host[:port]`` of the target (``""`` for ``"same_host"``); user
            info in the ``Location`` is dropped.
        new_host: ``host[:port]`` of the target, safe to show (``""`` for ``"same_host"``).
    """

    kind: MoveKind
    new_base_url: str = ""
    new_host: str = ""


def classify_move(base_url: str, location: str) -> Move:
    """Classify a redirect from the portal at ``base_url`` (``scheme://host[:port]``) to ``location``
    (the ``Location`` header, absolute or relative).

    Never raises: an unparsable ``Location`` (a bad port, say) is ``"same_host"``, i.e. refused.
    """
    old = urlsplit(base_url)
    try:
        target = urlsplit(location.strip())
        port = target.port
    except ValueError:
        return Move("same_host")
    host = (target.hostname or "").lower()
    scheme = (target.scheme or old.scheme or "https").lower()
    same_origin_port = (port or DEFAULT_PORTS.get(scheme)) == (old.port or DEFAULT_PORTS.get(old.scheme))
    if not host or (host == (old.hostname or "").lower() and (scheme != old.scheme or same_origin_port)):
        return Move("same_host")  # the portal's own page, or a scheme switch on the same host
    shown = f"[{host}]" if ":" in host else host
    if port is not None:
        shown = f"{shown}:{port}"
    move_base = f"{scheme}://{shown}"
    trusted = (
        old.scheme == "https" and scheme == "https"
        and port in (None, 443) and target.username is None and target.password is None
        and is_cloud_host(old.hostname or "") and is_cloud_host(host)
    )
    if trusted:
        return Move("cloud", f"https://{host}", host)
    return Move("unconfirmed", move_base, shown)


def is_cloud_move(base_url: str, location: str) -> bool:
    """Whether the transport follows this redirect by itself (:func:`classify_move` is ``"cloud"``)."""
    return classify_move(base_url, location).kind == "cloud"


__all__ = ["CLOUD_ZONES", "Move", "classify_move", "is_cloud_host", "is_cloud_move"]
