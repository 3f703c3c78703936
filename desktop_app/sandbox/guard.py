"""The portal's outermost ASGI layer: HTTPS for other hosts, and a JSON answer to every request.

* **Https required.** Webhooks require HTTPS (server-behaviour.md §5.1, api-spec.md §1.1/§1.6): a
  plain-HTTP request answers HTTP 400 ``{"error": "INVALID_REQUEST", "error_description": "Https
  required."}``. The sandbox applies it only to requests that arrive from or on a non-loopback
  address: loopback clients (``127.0.0.0/8``, ``::1``, IPv4-mapped loopback) and in-process ASGI calls
  (whose ``server``/``client`` are not IP addresses) keep working over ``http``, so the demo and the
  tests need no certificate. The interface is read from the ASGI scope (``server`` = the socket's
  local address, ``client`` = the peer), never from ``X-Forwarded-*`` headers (the CLI also turns off
  uvicorn's proxy-header handling). ``SandboxPortal(insecure_http=True)`` / ``serve --insecure-http``
  serves plain HTTP to everyone.
* **Last resort.** An exception that escapes the app (a sandbox bug) answers HTTP 500
  ``{"error": "INTERNAL_SERVER_ERROR", "error_description": "Internal server error"}`` (api-spec.md
  §1.6) and logs one line (``ERROR``; the traceback only at ``DEBUG``), so nothing reaches the server's
  own "Exception in ASGI application" traceback. A client that disconnects before its request was
  read (``ClientDisconnect``, e.g. a slowloris) logs one ``WARNING`` line and gets no answer.

Log lines name the HTTP method and the REST method only: the path holds the webhook secret.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable, MutableMapping
from typing import Any

from starlette.requests import ClientDisconnect

from .errors import CoreError
from .faults import Receive, Scope, Send
from .wire import php_json_dumps

__all__ = ["RequestGuard", "https_required", "internal_server_error", "is_loopback_request"]

log = logging.getLogger(__name__)

JSON_TYPE = b"application/json; charset=utf-8"
_MESSAGE_LIMIT = 200


def https_required() -> CoreError:
    """400 ``INVALID_REQUEST`` / ``Https required.`` (server-behaviour.md §5.1)."""
    return CoreError("INVALID_REQUEST", "Https required.", 400)


def internal_server_error() -> CoreError:
    """500 ``INTERNAL_SERVER_ERROR`` / ``Internal server error`` (api-spec.md §1.6)."""
    return CoreError("INTERNAL_SERVER_ERROR", "Internal server error", 500)


def _loopback(host: Any) -> bool | None:
    """True/False for an IP address; ``None`` for anything else (an in-process host name)."""
    try:
        address = ipaddress.ip_address(str(host))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_loopback


def is_loopback_request(scope: Scope) -> bool:
    """True unless the scope's ``server`` (local address) or ``client`` (peer) is a non-loopback IP."""
    for key in ("server", "client"):
        pair = scope.get(key)
        if pair and _loopback(pair[0]) is False:
            return False
    return True


def describe(scope: Scope) -> str:
    """``"POST crm.activity.add"``: the HTTP method and the REST method of a webhook path
    ``/rest/{user}/{code}/{method}``; any other path is not shown (a mistyped URL may hold the code)."""
    parts = [part for part in str(scope.get("path") or "").split("/") if part]
    name = "/".join(parts[3:]) if len(parts) > 3 and parts[0] == "rest" else "(no REST method)"
    return f"{scope.get('method', '?')} {name[:_MESSAGE_LIMIT]}"


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    if len(text) > _MESSAGE_LIMIT:
        text = text[:_MESSAGE_LIMIT] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


async def send_envelope(send: Send, error: CoreError) -> None:
    """Answer ``error``'s envelope as PHP-style JSON with its HTTP status."""
    body = php_json_dumps(error.body()).encode("utf-8")
    await send({"type": "http.response.start", "status": error.status,
                "headers": [(b"content-type", JSON_TYPE), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


class RequestGuard:
    """ASGI middleware around the portal's app (see the module docstring).

    Args:
        app: the REST app.
        insecure_http: called per request; True = serve plain HTTP to non-loopback clients too.
    """

    def __init__(self, app: Any, insecure_http: Callable[[], bool]) -> None:
        self.app = app
        self.insecure_http = insecure_http

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope.get("scheme") == "http" and not is_loopback_request(scope) and not self.insecure_http():
            await send_envelope(send, https_required())
            return
        started = gone = False

        async def watched() -> MutableMapping[str, Any]:
            nonlocal gone
            message = await receive()
            gone = gone or message["type"] == "http.disconnect"
            return message

        async def tracked(message: MutableMapping[str, Any]) -> None:
            nonlocal started
            if gone:
                return  # the client left: nobody to answer (Starlette would still send its 500)
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, watched, tracked)
        except ClientDisconnect:
            log.warning("sandbox portal: the client disconnected before its request was read (%s)", describe(scope))
        except Exception as error:  # last resort: a sandbox bug must still answer the documented envelope
            log.error("sandbox portal: %s failed: %s", describe(scope), _one_line(error))
            log.debug("sandbox portal: traceback of the failed %s", describe(scope), exc_info=error)
            if not started and not gone:
                await send_envelope(send, internal_server_error())
