"""``GET|HEAD /bitrix/tools/crm_show_file.php``: the download URL that ``crm.activity.list`` gives in ``FILES``.

Request (api-spec.md §3.1.5): ``?fileId=<id>&ownerTypeId=6&ownerId=<activityId>&auth=<credential>``.

Authorization — the emulator's rule [INF]: the portal's script reads ``auth`` as an OAuth token and
otherwise relies on the browser session, neither of which a webhook client has; the sandbox accepts as
``auth`` the webhook code of a user allowed to read the activity. The sandbox has one webhook and no
permission model (its user reads every activity), so this is "``auth`` equals the portal's webhook
code" (compared in constant time) — or an application's OAuth access token (``oauth.py``): any live
token's user may read every activity, as there are no permissions. A missing or wrong ``auth`` answers
HTTP 401 with the REST envelope ``{"error": "NO_AUTH_FOUND", "error_description": "Wrong authorization
data"}`` (api-spec.md §1.6); an expired access token 401 ``expired_token`` (so the client refreshes).

Then the file: ``fileId`` of a stored file whose activity is ``ownerId`` and ``ownerTypeId`` = 6,
else HTTP 404 ``{"error": "NOT_FOUND", "error_description": "File not found."}`` — an unknown id, a
file of another activity, a deleted activity (its files go with it), or a missing/non-numeric
parameter. Checks run in that order (401 before 404), so the answer never tells a caller without the
credential which files exist.

Success: HTTP 200 with the exact bytes, ``Content-Type`` (stored with the file), ``Content-Length``
(bytes), ``Content-Disposition: attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded
UTF-8 name>`` (RFC 6266 / RFC 5987; the fallback replaces non-ASCII, ``"``, ``\\`` and control characters
by ``_``), ``X-Content-Type-Options: nosniff`` and ``Cache-Control: private, no-store``. ``HEAD`` answers
the same headers without a body. Other HTTP methods get the portal's 404 envelope like any unknown
route. The route sits inside the :class:`~desktop_app.sandbox.guard.RequestGuard`, so plain HTTP from
other hosts gets "Https required." as the REST routes do; it is outside the REST rate limit and the
fault injection (the portal's download script is not a REST call).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response

from .errors import CoreError, SandboxError, no_auth_found
from .files import ACTIVITY_OWNER_TYPE_ID, stored_file
from .oauth import same_secret
from .wire import php_json_dumps

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

    from .portal import SandboxPortal

__all__ = ["content_disposition", "file_not_found", "request_base_url", "show_file_endpoint"]

JSON_TYPE = "application/json; charset=utf-8"
_DECIMAL = re.compile(r"[1-9][0-9]{0,17}")
#: A Host header we repeat in URLs: a DNS name or an IPv6 literal, an optional port. Anything else
#: (a header injecting a path or query) falls back to the socket's address.
_HOST = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\.[A-Za-z0-9-]{1,63})*|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?")
_FALLBACK_UNSAFE = re.compile(r'[^\x20-\x7e]|["\\]')


def file_not_found() -> CoreError:
    """404 ``NOT_FOUND`` / ``File not found.`` (emulator's text [INF])."""
    return CoreError("NOT_FOUND", "File not found.", 404)


def request_base_url(request: Request) -> str:
    """``scheme://host[:port]`` of ``request`` as the client addressed it (its ``Host`` header), or
    the socket's address when the header is missing or malformed; ``http://sandbox.local`` in-process
    without either."""
    scheme = request.url.scheme if request.url.scheme in ("http", "https") else "http"
    host = request.headers.get("host", "")
    if not _HOST.fullmatch(host):
        server = request.scope.get("server")
        if server and server[0]:
            address, port = str(server[0]), server[1]
            address = f"[{address}]" if ":" in address else address
            default = 443 if scheme == "https" else 80
            host = address if port in (None, default) else f"{address}:{port}"
        else:
            host = "sandbox.local"
    return f"{scheme}://{host}"


def content_disposition(name: str) -> str:
    """``attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name>`` (RFC 6266)."""
    fallback = _FALLBACK_UNSAFE.sub("_", name) or "file"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _error(error: SandboxError) -> Response:
    return Response(php_json_dumps(error.body()), status_code=error.status, media_type=JSON_TYPE)


def _positive(text: str | None) -> int | None:
    """A positive decimal id (at most 18 digits), else ``None``."""
    return int(text) if text is not None and _DECIMAL.fullmatch(text) else None


def _check_auth(portal: SandboxPortal, auth: str) -> SandboxError | None:
    """``None`` when ``auth`` is the webhook code or a live access token, else the 401 to answer."""
    if not auth:
        return no_auth_found()
    if same_secret(auth, portal.webhook_code):
        return None
    try:
        portal.oauth.principal(auth)
    except SandboxError as refused:
        return refused if refused.code == "expired_token" else no_auth_found()
    return None


def show_file_endpoint(portal: SandboxPortal) -> Callable[[Request], Awaitable[Response]]:
    """The Starlette endpoint serving ``portal``'s files (see the module docstring)."""

    async def show_file(request: Request) -> Response:
        query = request.query_params
        refused = _check_auth(portal, query.get("auth", ""))
        if refused is not None:
            return _error(refused)
        file_id = _positive(query.get("fileId"))
        owner_id = _positive(query.get("ownerId"))
        if file_id is None or owner_id is None or query.get("ownerTypeId") != str(ACTIVITY_OWNER_TYPE_ID):
            return _error(file_not_found())
        head = request.method == "HEAD"
        found = stored_file(portal.db, file_id, with_data=not head)
        if found is None or found.activity_id != owner_id:
            return _error(file_not_found())
        headers = {  # content-type given as a header: Starlette would append a charset to text/* types
            "content-type": found.content_type,
            "content-disposition": content_disposition(found.name),
            "content-length": str(found.size),
            "x-content-type-options": "nosniff",
            "cache-control": "private, no-store",
        }
        return Response(b"" if head else found.data, status_code=200, headers=headers)

    return show_file
