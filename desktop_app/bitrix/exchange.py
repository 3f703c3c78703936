"""One HTTP request of the REST client, bounded: an overall deadline and a reply-size cap.

:func:`exchange` POSTs a call and reads the reply body streamed, so a hostile or broken server can
hold a call for at most ``deadline`` seconds (connect → last byte of the body) and make us hold at
most ``max_reply_bytes`` of its body (counted after content decoding; a ``Content-Length`` above the
cap is refused before anything is read). A redirect's body is not read. Every failure is typed, and
says whether the request may have been executed (``sent``):

- ``DeadlineExceeded`` (``sent=True``): the deadline passed (issue 10 item 7; the cloud cuts at 60 s,
  api-spec.md §2.2);
- ``ReplyTooLarge`` (a ``BadResponse``, outcome unknown): over the cap;
- ``RequestTimeout`` (``sent=True``): httpx read timeout; ``PortalUnreachable`` (``sent=False``):
  connect / pool timeout, refused connection, DNS, TLS, a failed write;
- ``ConnectionDropped`` (``sent=True``): the connection broke before the reply was complete.

Texts name the host and the method, never the credential (``redact`` masks it in httpx's texts).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from .auth import GENERATION_KEY, PortalAuth
from .errors import ConnectionDropped, DeadlineExceeded, PortalUnreachable, ReplyTooLarge, RequestTimeout

#: Redirect statuses: their body is never read.
REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class RawReply:
    """One HTTP reply read in full: status, headers and the (decoded) body bytes."""

    status: int
    headers: httpx.Headers
    content: bytes
    #: which credential generation the request carried (:attr:`PortalAuth.generation`).
    generation: int = 0


async def exchange(
    http: httpx.AsyncClient,
    auth: PortalAuth,
    method: str,
    body: bytes,
    *,
    deadline: float | None,
    max_reply_bytes: int,
    redact: Callable[[str], str],
) -> RawReply:
    """POST ``body`` (JSON bytes) to ``method`` on ``auth``'s portal (the credential is added by
    ``auth``, the client's ``httpx.Auth``) and read the reply within
    ``deadline`` seconds (``None`` = no overall deadline) and ``max_reply_bytes``.

    Raises:
        DeadlineExceeded, ReplyTooLarge, RequestTimeout, PortalUnreachable, ConnectionDropped: see the
            module docstring.
    """
    host = auth.host
    try:
        async with asyncio.timeout(deadline):
            return await _read(http, auth, method, body, max_reply_bytes)
    except TimeoutError:
        limit = float(deadline or 0.0)
        raise DeadlineExceeded(f"{host} did not finish answering {method} within {limit:g} s.",
                               method=method, host=host, deadline=limit) from None
    except httpx.TimeoutException as exc:
        sent = not isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout))
        cls = RequestTimeout if sent else PortalUnreachable
        raise cls(f"{host} did not answer {method} in time.", method=method, host=host, sent=sent) from None
    except httpx.ConnectError as exc:
        raise PortalUnreachable(f"Cannot connect to {host}: {redact(str(exc)) or 'connection failed'}.",
                                method=method, host=host, sent=False) from None
    except (httpx.RemoteProtocolError, httpx.ReadError, httpx.DecodingError) as exc:
        raise ConnectionDropped(
            f"The connection to {host} broke during {method} before an answer came: "
            f"{redact(str(exc)) or type(exc).__name__}.", method=method, host=host, sent=True) from None
    except httpx.TransportError as exc:  # write errors, proxy and protocol errors on our side
        raise PortalUnreachable(
            f"The request to {host} could not be sent ({method}): {redact(str(exc)) or type(exc).__name__}.",
            method=method, host=host, sent=False) from None


async def _read(http: httpx.AsyncClient, auth: PortalAuth, method: str, body: bytes, cap: int) -> RawReply:
    request = http.build_request("POST", auth.rest_url(method), content=body,
                                 headers={"Content-Type": "application/json"})
    reply = await http.send(request, auth=auth, stream=True)
    generation = int(reply.request.extensions.get(GENERATION_KEY, 0))
    try:
        if reply.status_code in REDIRECTS:
            return RawReply(reply.status_code, reply.headers, b"", generation)
        declared = reply.headers.get("content-length", "").strip()
        if declared.isdigit() and int(declared) > cap:
            raise _too_large(auth.host, method, reply.status_code, cap, f"{int(declared):,} bytes announced")
        chunks: list[bytes] = []
        size = 0
        async for chunk in reply.aiter_bytes():
            size += len(chunk)
            if size > cap:
                raise _too_large(auth.host, method, reply.status_code, cap, f"more than {cap:,} bytes sent")
            chunks.append(chunk)
        return RawReply(reply.status_code, reply.headers, b"".join(chunks), generation)
    finally:
        await reply.aclose()


def _too_large(host: str, method: str, status: int, cap: int, seen: str) -> ReplyTooLarge:
    return ReplyTooLarge(f"{host} answered {method} with a reply larger than the {cap:,}-byte limit ({seen}); "
                         "it was not read.", method=method, host=host, status=status, limit=cap)


__all__ = ["REDIRECTS", "RawReply", "exchange"]
