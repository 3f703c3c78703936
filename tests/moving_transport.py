"""A portal address that moves: an httpx transport in front of the sandbox portal whose old host
answers ``302`` to a new one (hand-written: the sandbox cannot move), recording every host a request
went to (tests of issue 10 item 1)."""

from __future__ import annotations

import httpx


class MovingTransport(httpx.AsyncBaseTransport):
    """Every request is recorded as ``(host, method)``; ``old`` answers ``302`` to ``new`` (same path)
    while :attr:`moved`; everything else is served by the sandbox portal."""

    def __init__(self, inner: httpx.AsyncBaseTransport, old: str, new_base_url: str, *, moved: bool = False) -> None:
        self._inner = inner
        self.old = old
        self.new_base_url = new_base_url
        self.moved = moved
        self.seen: list[tuple[str, str]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.url.netloc.decode(), request.url.path.rsplit("/", 1)[-1]))
        if request.url.host == self.old and self.moved:
            return httpx.Response(302, headers={"Location": f"{self.new_base_url}{request.url.path}"})
        return await self._inner.handle_async_request(request)

    def hosts(self) -> set[str]:
        return {host for host, _ in self.seen}

    async def aclose(self) -> None:
        await self._inner.aclose()
