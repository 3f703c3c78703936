"""The portal's limits, honoured before they bite: request rate, operating time, retries.

Source: api-spec.md §2.1 (leaky bucket), §2.2 (operating limit), §1.6 (retry policy);
server-behaviour.md §5.6.

* :class:`LeakyBucket` mirrors the portal's bucket (``level = max(0, level − rate·Δt) + 1``, a request
  is refused with 503 ``QUERY_LIMIT_EXCEEDED`` when ``level > burst``): before each HTTP request the
  transport waits in turn until the bucket has room, keeping some slots free for the jitter between
  our sending and the portal's receiving and sending at 90 % of the portal's rate once the burst is
  spent (details in the class). A ``batch`` is one request. After a 503 the bucket is taken as full.
* :class:`OperatingTracker` reads each reply's ``time.operating`` (seconds of execution charged to the
  method over the last 10 minutes) and ``time.operating_reset_at`` (Unix time, int or ISO string,
  converted against the reply's own ``time.finish`` so clock skew does not matter). After a 429
  ``OPERATION_TIME_LIMIT`` the method is blocked until that reset: its next calls wait instead of
  failing. With a known ``limit`` (seconds per 10 minutes, portal configuration — 480 s in the docs'
  example) a method that reached it waits before it is refused. A reset further away than the
  10-minute window (or not a finite number) is not believed: the wait is at most :data:`OPERATING_WINDOW`.
* :class:`RetryPolicy`: idempotent calls (:func:`is_idempotent`) are retried with jittered
  exponential backoff (tenacity) after 503, 429 and 5xx, and once after a dropped connection or a
  read timeout; writes are never retried here (the outbox owns their retries and reconciliation).
* :class:`TransportStats`: what happened, for benchmarks and diagnostics.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar

#: Method-name endings of reads (safe to send twice).
READ_SUFFIXES = (".list", ".get", ".fields")
#: Method-name prefixes of reads; ``user.add`` / ``user.update`` are the exceptions (:data:`USER_WRITES`).
READ_PREFIXES = ("user.", "crm.enum.")
USER_WRITES = frozenset({"user.add", "user.update", "user.delete"})
#: Seconds of the portal's operating-time window (api-spec.md §2.2): no reset is further away.
OPERATING_WINDOW = 600.0


@dataclass(frozen=True)
class RatePlan:
    """The portal's request-rate limit: ``burst`` requests at once, then ``rate`` per second.

    Presets: :attr:`STANDARD` (50 / 2 per s, every plan but Enterprise) and :attr:`ENTERPRISE`
    (250 / 5 per s); :meth:`custom` for anything else (e.g. a scaled plan in tests).
    """

    burst: int
    rate: float

    STANDARD: ClassVar[RatePlan]
    ENTERPRISE: ClassVar[RatePlan]

    def __post_init__(self) -> None:
        if self.burst < 1 or self.rate <= 0:
            raise ValueError("a rate plan needs burst ≥ 1 and rate > 0 requests per second")

    @classmethod
    def custom(cls, burst: int, rate: float) -> RatePlan:
        return cls(int(burst), float(rate))

    @classmethod
    def parse(cls, text: str) -> RatePlan | None:
        """``standard`` / ``enterprise`` / ``off`` (``None``) / ``BURST/RATE`` (e.g. ``20/100``)."""
        lowered = text.strip().lower()
        if lowered in ("standard", "enterprise"):
            return cls.STANDARD if lowered == "standard" else cls.ENTERPRISE
        if lowered in ("off", "none", ""):
            return None
        burst, _, rate = lowered.partition("/")
        return cls.custom(int(burst), float(rate))


RatePlan.STANDARD = RatePlan(50, 2.0)
RatePlan.ENTERPRISE = RatePlan(250, 5.0)


@dataclass(frozen=True)
class RetryPolicy:
    """Retries of idempotent calls.

    After the portal answered 503 / 429 / 5xx: ``attempts`` tries in all (1 = none), waits of
    ``initial·2^n`` seconds plus up to ``jitter`` seconds, each at most ``max_wait`` seconds. After a
    dropped connection or a read timeout (no answer): ``network_attempts`` tries in all, the retry
    after ``initial`` seconds plus jitter — enough for a kept-alive connection the server had closed,
    while a portal that is really gone shows as offline at once instead of after minutes.
    """

    attempts: int = 4
    network_attempts: int = 2
    initial: float = 0.25
    max_wait: float = 8.0
    jitter: float = 0.25

    NONE: ClassVar[RetryPolicy]


RetryPolicy.NONE = RetryPolicy(attempts=1, network_attempts=1)
#: What a client retries unless told otherwise.
DEFAULT_RETRY = RetryPolicy()


@dataclass(frozen=True)
class TransportStats:
    """Counters of one client since it was made.

    Attributes:
        requests: HTTP requests sent (a batch is one; every retry and replay counts).
        rate_limited: 503 ``QUERY_LIMIT_EXCEEDED`` replies received.
        operating_limited: 429 ``OPERATION_TIME_LIMIT`` replies received (whole calls and batch commands).
        retries: idempotent calls sent again after a failure.
        waited_seconds: seconds calls spent waiting for the bucket, an operating reset or a backoff,
            summed over calls (two calls waiting the same second count two).
    """

    requests: int = 0
    rate_limited: int = 0
    operating_limited: int = 0
    retries: int = 0
    waited_seconds: float = 0.0


def command_method(command: Any) -> str:
    """The method of a batch ``cmd`` entry ``"method?query"``."""
    return str(command).split("?", 1)[0].strip().lower()


def methods_of(method: str, params: Mapping[str, Any] | None) -> list[str]:
    """The methods a request runs: the method itself, or the commands of a ``batch``."""
    name = method.strip().lower()
    if name != "batch":
        return [name]
    cmd = (params or {}).get("cmd") or {}
    values = cmd.values() if isinstance(cmd, Mapping) else cmd
    return [command_method(c) for c in values]


def is_read(method: str) -> bool:
    """Whether ``method`` only reads (``*.list``, ``*.get``, ``*.fields``, ``user.*``, ``crm.enum.*``)."""
    name = method.strip().lower()
    if name in USER_WRITES:
        return False
    return name.endswith(READ_SUFFIXES) or name.startswith(READ_PREFIXES)


def is_idempotent(method: str, params: Mapping[str, Any] | None = None) -> bool:
    """A read, or a ``batch`` made only of reads: safe to send again after an unknown outcome."""
    methods = methods_of(method, params)
    return bool(methods) and all(is_read(m) for m in methods)


class LeakyBucket:
    """Client-side twin of the portal's bucket (api-spec.md §2.1); see the module docstring.

    :meth:`acquire` waits until the next request may be sent and books it. Callers queue first
    come, first served, and each decides with the bucket as it is at its turn — after a 503 or a
    slow answer the requests still queued wait longer.

    Requests reach the portal a little later than we send them, and not all equally late (a new
    connection takes longer than a kept one, a busy server answers in bunches), so the twin keeps
    free the slots that drain during the slowest recent round trip (at least ``jitter`` seconds, at
    least one slot), and drains at ``pace`` × the portal's rate, so that an early arrival is drained
    away instead of riding on the bucket's edge for good.
    """

    def __init__(self, plan: RatePlan, *, jitter: float = 0.1, pace: float = 0.9, clock: Any = time.monotonic) -> None:
        self.plan = plan
        self._jitter = jitter
        self._rate = plan.rate * pace
        self._clock = clock
        self._level = 0.0
        self._at = clock()
        self._slowest = 0.0
        self._lock: asyncio.Lock | None = None

    @property
    def capacity(self) -> float:
        """Requests the twin lets into the bucket at once now (burst minus headroom)."""
        headroom = max(1.0, self.plan.rate * max(self._jitter, self._slowest))
        return max(1.0, self.plan.burst - headroom)

    def delay(self) -> float:
        """Seconds until one more request fits (0 = now)."""
        now = self._clock()
        level = max(0.0, self._level - self._rate * (now - self._at))
        return max(0.0, (level + 1 - self.capacity) / self._rate)

    def book(self) -> None:
        """Count one request sent now."""
        now = self._clock()
        self._level = max(0.0, self._level - self._rate * (now - self._at)) + 1
        self._at = now

    async def acquire(self) -> None:
        """Wait for room (in turn with other callers), then book one request."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            while (wait := self.delay()) > 0:
                await asyncio.sleep(wait)
            self.book()

    def observe(self, round_trip: float) -> None:
        """A request took ``round_trip`` seconds from sending to its answer."""
        self._slowest = max(round_trip, self._slowest * 0.9)

    def saturate(self) -> None:
        """The portal answered 503: take the bucket as full from now on."""
        now = self._clock()
        self._level = max(max(0.0, self._level - self._rate * (now - self._at)), float(self.plan.burst))
        self._at = now


def _unix(value: Any) -> float | None:
    """Unix seconds from a number or an ISO string; ``None`` for anything else or a non-finite number."""
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, (int, float)):
            seconds = float(value)
        else:
            text = str(value).strip()
            try:
                seconds = float(text)
            except ValueError:
                seconds = datetime.fromisoformat(text).timestamp()
    except (ValueError, OverflowError, OSError):
        return None
    return seconds if math.isfinite(seconds) else None


class OperatingTracker:
    """Operating time per method (api-spec.md §2.2); see the module docstring.

    Args:
        limit: the portal's operating limit in seconds per 10 minutes, when known; ``None`` = wait
            only after a 429.
        fallback_wait: seconds to wait after a 429 when no reset time is known.
    """

    def __init__(self, limit: float | None = None, *, fallback_wait: float = 60.0, clock: Any = time.monotonic) -> None:
        self.limit = limit
        self.fallback_wait = fallback_wait
        self._clock = clock
        self._used: dict[str, float] = {}
        self._reset: dict[str, float] = {}
        self._blocked: dict[str, float] = {}

    def observe(self, method: str, time_block: Mapping[str, Any] | None) -> None:
        """Record ``time.operating`` / ``time.operating_reset_at`` of a reply of ``method``."""
        if not isinstance(time_block, Mapping):
            return
        name = method.lower()
        reset_at = _unix(time_block.get("operating_reset_at"))
        if reset_at is not None:
            if reset_at.is_integer():
                reset_at += 1.0  # whole Unix seconds, truncated: the bucket may drop out up to 1 s later
            server_now = _unix(time_block.get("finish")) or time.time()
            # The operating window is 10 minutes: a reset further away is a lie, not a reason to stall.
            self._reset[name] = self._clock() + min(OPERATING_WINDOW, max(0.0, reset_at - server_now))
        operating = _unix(time_block.get("operating"))
        if operating is None:
            return
        self._used[name] = operating
        if self.limit is not None and operating >= self.limit:
            self.block(name)

    def used(self, method: str) -> float | None:
        """Last known operating seconds of ``method`` (``None`` = unknown)."""
        return self._used.get(method.lower())

    def block(self, method: str) -> None:
        """``method`` got (or is about to get) 429: hold its calls until the known reset."""
        name = method.lower()
        now = self._clock()
        deadline = self._reset.get(name)
        if deadline is None or deadline <= now:
            deadline = now + self.fallback_wait
        self._blocked[name] = deadline

    def delay(self, methods: Iterable[str]) -> float:
        """Seconds to wait before any of ``methods`` may be called (0 when none is blocked)."""
        now = self._clock()
        wait = 0.0
        for name in {m.lower() for m in methods}:
            deadline = self._blocked.get(name)
            if deadline is None:
                continue
            if deadline <= now:
                del self._blocked[name]
                self._used.pop(name, None)
                continue
            wait = max(wait, deadline - now)
        return wait


__all__ = ["DEFAULT_RETRY", "LeakyBucket", "OperatingTracker", "RatePlan", "RetryPolicy", "TransportStats", "command_method",
           "is_idempotent", "is_read", "methods_of"]
