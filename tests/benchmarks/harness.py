"""Shared parts of the benchmarks: the portal under test, request counting, and JSON output.

Nothing here is collected by pytest (no ``test_`` prefix); ``run.py`` is the entry point.

* :func:`portal_url` starts ``activity-desk-sandbox serve`` on loopback with the **standard rate limit**
  (burst 50, 2 requests per second; api-spec.md §2.1) and the extra arguments a measure asks for, or
  uses the ``--webhook`` URL given to ``run.py`` (a real portal).
* :class:`CountingTransport` wraps httpx's network transport and counts, from the wire and not from
  the client's own bookkeeping: HTTP requests, replies per status (503 = ``QUERY_LIMIT_EXCEEDED``),
  list calls (``*.list`` commands, inside batches too) and among them the *counted* ones — a list
  call with ``start`` absent or ``≥ 0`` makes the portal count the whole selection
  (server-behaviour.md §2.4); ``start=-1`` does not.
* :class:`Heartbeat` measures stalls of the Qt event loop: the longest gap between ticks of a 5 ms
  timer, minus the interval, per phase.
* :func:`emit` prints one JSON object per line (the measure's figures, its targets and ``ok``).
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx

REPO = Path(__file__).resolve().parents[2]
TESTS = REPO / "tests"
for _path in (str(REPO), str(TESTS)):
    if _path not in sys.path:
        sys.path.insert(0, _path)

from sandbox_server import start_sandbox_server  # noqa: E402

__all__ = ["HEARTBEAT_MS", "REPO", "CountingTransport", "Heartbeat", "emit", "portal_url"]


HEARTBEAT_MS = 5


class Heartbeat:
    """Longest gap between ticks of a ``HEARTBEAT_MS`` timer, minus the interval, per phase (ms).

    A ``QApplication`` must exist; :attr:`worst` maps each phase :meth:`enter`-ed to its longest stall.
    """

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.worst: dict[str, float] = {}
        self.phase = "idle"
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        stall = (now - self._last) * 1000 - HEARTBEAT_MS
        self._last = now
        if stall > self.worst.get(self.phase, 0.0):
            self.worst[self.phase] = stall

    def enter(self, phase: str) -> None:
        self._tick()
        self.phase = phase
        self.worst.setdefault(phase, 0.0)

    def stop(self) -> None:
        self._timer.stop()


@contextlib.contextmanager
def portal_url(webhook: str | None, *sandbox_args: str) -> Iterator[str]:
    """The webhook URL to measure against: ``webhook`` itself, or a fresh sandbox portal process
    (standard rate limit, ``sandbox_args`` added) that is stopped afterwards."""
    if webhook:
        yield webhook
        return
    with start_sandbox_server("--rate-limit", "standard", "--webhook-code", "bench", *sandbox_args) as url:
        yield url


def _start_of(params: dict[str, Any]) -> int:
    try:
        return int(params.get("start", 0))
    except (TypeError, ValueError):
        return 0


class CountingTransport(httpx.AsyncBaseTransport):
    """An httpx transport that forwards to the network and counts what went over the wire.

    Attributes:
        requests: HTTP requests sent.
        statuses: replies per HTTP status.
        list_calls: ``*.list`` calls (a batch's commands included).
        counted_list_calls: those with ``start`` absent or ``≥ 0`` (the portal counts rows).
        methods: calls per REST method (a batch's commands included; the batch itself as ``batch``).
    """

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport(retries=2)
        self.requests = 0
        self.statuses: Counter[int] = Counter()
        self.methods: Counter[str] = Counter()
        self.list_calls = 0
        self.counted_list_calls = 0

    def _count_call(self, method: str, params: dict[str, Any]) -> None:
        method = method.lower()
        self.methods[method] += 1
        if method.endswith(".list"):
            self.list_calls += 1
            if _start_of(params) >= 0:
                self.counted_list_calls += 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests += 1
        method = urlsplit(str(request.url)).path.rstrip("/").rsplit("/", 1)[-1]
        try:
            body = json.loads(request.content or b"{}")
        except ValueError:
            body = {}
        if method.lower() == "batch":
            self.methods["batch"] += 1
            commands = body.get("cmd") or {}
            for command in (commands.values() if isinstance(commands, dict) else commands):
                name, _, query = str(command).partition("?")
                self._count_call(name, dict(parse_qsl(query, keep_blank_values=True)))
        else:
            self._count_call(method, body if isinstance(body, dict) else {})
        reply = await self._inner.handle_async_request(request)
        self.statuses[reply.status_code] += 1
        return reply

    def snapshot(self) -> dict[str, Any]:
        return {"requests": self.requests, "list_calls": self.list_calls,
                "counted_list_calls": self.counted_list_calls,
                "replies_503": self.statuses.get(503, 0), "replies_429": self.statuses.get(429, 0)}

    async def aclose(self) -> None:
        await self._inner.aclose()


def emit(name: str, figures: dict[str, Any], targets: dict[str, bool]) -> dict[str, Any]:
    """Print ``{"name", ...figures, "targets": {...}, "ok"}`` as one JSON line and return it."""
    line = {"name": name, **figures, "targets": targets, "ok": all(targets.values())}
    print(json.dumps(line, ensure_ascii=False, sort_keys=False), flush=True)
    return line


class Stopwatch:
    """``perf_counter`` seconds since creation; ``lap()`` is the elapsed time now."""

    def __init__(self) -> None:
        self.started = time.perf_counter()

    def lap(self) -> float:
        return time.perf_counter() - self.started
