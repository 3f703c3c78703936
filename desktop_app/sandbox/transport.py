"""In-process httpx transport to a sandbox portal that behaves like the network (``portal.transport()``).

``httpx.ASGITransport`` runs the app inline and ignores timeouts, and an app cannot "close the
connection". :class:`SandboxTransport` wraps it so that a client sees what it would see over HTTP:

* a dropped connection (fault ``drop_before`` / ``drop_after``) raises
  ``httpx.RemoteProtocolError("Server disconnected without sending a response.")`` — the error
  httpx raises when a real server closes the socket without answering;
* the request's read timeout (``request.extensions["timeout"]["read"]``, seconds) is enforced:
  ``httpx.ReadTimeout`` when the answer takes longer. The portal keeps serving the request in the
  background (a ``delay`` fault still applies its change, as a real server would); so does a
  request whose caller was cancelled. :meth:`SandboxTransport.aclose` waits for those requests.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx

from .faults import DROP_EXTENSION, Receive, Scope, Send

__all__ = ["SandboxTransport"]

#: What httpx (httpcore) says when a server closes the connection before answering.
DISCONNECTED = "Server disconnected without sending a response."


class _Dropped(Exception):
    """The app asked to close the connection without an answer (internal to this module)."""


class SandboxTransport(httpx.AsyncBaseTransport):
    """An httpx transport serving requests with an ASGI ``app`` in the current event loop.

    Args:
        app: the portal's ASGI app (``portal.app``).
    """

    def __init__(self, app: Any) -> None:
        self._app = app
        self._asgi = httpx.ASGITransport(app=self._serve)
        self._running: set[asyncio.Task[httpx.Response]] = set()

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        dropped = False

        async def drop() -> None:
            nonlocal dropped
            dropped = True

        scope["extensions"] = {**(scope.get("extensions") or {}), DROP_EXTENSION: drop}
        await self._app(scope, receive, send)
        if dropped:
            raise _Dropped

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Serve ``request``.

        Raises:
            httpx.RemoteProtocolError: the portal dropped the connection (fault injection).
            httpx.ReadTimeout: no answer within the request's read timeout.
        """
        timeout = (request.extensions.get("timeout") or {}).get("read")
        task = asyncio.ensure_future(self._asgi.handle_async_request(request))
        self._running.add(task)
        task.add_done_callback(self._finished)
        try:
            async with asyncio.timeout(timeout):
                return await asyncio.shield(task)
        except TimeoutError:
            raise httpx.ReadTimeout(f"The sandbox portal did not answer within {timeout} s",
                                    request=request) from None
        except _Dropped:
            raise httpx.RemoteProtocolError(DISCONNECTED, request=request) from None

    def _finished(self, task: asyncio.Task[httpx.Response]) -> None:
        self._running.discard(task)
        if not task.cancelled():
            task.exception()  # retrieved: a request nobody waits for any more must not warn

    async def aclose(self) -> None:
        """Wait for requests still being served (abandoned after a timeout or cancellation)."""
        while self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
