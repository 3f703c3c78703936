"""The portal's two load limits: the request-rate bucket and the per-method operating-time limit.

Request rate (api-spec.md §2.1, server-behaviour.md §5.6): a leaky bucket per portal. Each HTTP
request — a ``batch`` counts once, a refused request too — does ``level = max(0, level − Y·Δt) + 1``
and is refused with 503 ``QUERY_LIMIT_EXCEEDED`` / ``Too many requests`` when ``level > X``.
Presets: :data:`STANDARD` (X = 50, Y = 2 per second) and :data:`ENTERPRISE` (250, 5 per second).

Operating time (api-spec.md §2.2, server-behaviour.md §5.6): per method, the execution seconds are
summed in buckets of ``bucket`` seconds (60) over a window of ``window`` seconds (600); a bucket
drops out ``window`` seconds after the first call that opened it. Before each call the method's sum is
compared with ``limit`` (480 s by default): sum ≥ limit → 429 ``OPERATION_TIME_LIMIT``; the call that
pushes the sum over still completes. A call is charged its real duration plus ``cost_per_call`` (a
model cost, so tests and demos can reach the limit quickly).

Both use a monotonic clock (``time.monotonic`` unless one is injected, in seconds), independent of
the portal's business clock, and are thread-safe (uvicorn serves on its own thread).
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = [
    "ENTERPRISE",
    "STANDARD",
    "LeakyBucket",
    "OperatingLimit",
    "OperatingLimiter",
    "RateLimit",
    "parse_operating_limit",
    "parse_rate_limit",
]

Monotonic = Callable[[], float]


@dataclass(frozen=True)
class RateLimit:
    """Leaky-bucket parameters: ``burst`` = X (requests), ``rate`` = Y (requests drained per second)."""

    burst: float
    rate: float

    def __post_init__(self) -> None:
        if self.burst < 1 or self.rate <= 0:
            raise ValueError(f"a rate limit needs burst >= 1 and rate > 0, not {self.burst}/{self.rate}")


#: Ordinary plans: burst 50, 2 requests per second.
STANDARD = RateLimit(50, 2)
#: Enterprise plan: burst 250, 5 requests per second.
ENTERPRISE = RateLimit(250, 5)


def parse_rate_limit(text: str) -> RateLimit | None:
    """``standard`` | ``enterprise`` | ``off`` | ``BURST/RATE`` (e.g. ``100/4``) → a limit, or ``None`` for off.

    Raises:
        ValueError: anything else, or a custom limit with burst < 1 or rate ≤ 0.
    """
    name = text.strip().lower()
    if name == "off":
        return None
    if name == "standard":
        return STANDARD
    if name == "enterprise":
        return ENTERPRISE
    burst, slash, rate = name.partition("/")
    try:
        if not slash:
            raise ValueError
        return RateLimit(float(burst), float(rate))
    except ValueError:
        raise ValueError(f"rate limit {text!r}: use standard, enterprise, off or BURST/RATE (e.g. 50/2)") from None


class LeakyBucket:
    """The request-rate bucket of one portal (see the module docstring).

    Args:
        limit: X and Y.
        clock: monotonic seconds (default ``time.monotonic``).
    """

    def __init__(self, limit: RateLimit, clock: Monotonic = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._lock = threading.Lock()
        self._level = 0.0
        self._at: float | None = None

    def admit(self) -> bool:
        """Count one request; True when it may be served, False when it gets 503."""
        with self._lock:
            now = self._clock()
            self._level = self._drained(now) + 1
            self._at = now
            return self._level <= self.limit.burst

    @property
    def level(self) -> float:
        """The counter now (requests still "in the bucket")."""
        with self._lock:
            return self._drained(self._clock())

    def _drained(self, now: float) -> float:
        if self._at is None:
            return 0.0
        return max(0.0, self._level - self.limit.rate * (now - self._at))


@dataclass(frozen=True)
class OperatingLimit:
    """Operating-limit parameters, all in seconds: ``limit`` per ``window``, buckets of ``bucket``,
    and ``cost_per_call`` added to each call's real duration."""

    limit: float = 480.0
    window: float = 600.0
    bucket: float = 60.0
    cost_per_call: float = 0.0

    def __post_init__(self) -> None:
        if self.limit <= 0 or self.window <= 0 or self.bucket <= 0 or self.cost_per_call < 0:
            raise ValueError("operating limit, window and bucket must be > 0, the cost per call >= 0")


def parse_operating_limit(text: str) -> float | None:
    """``SECONDS`` (> 0) or ``off`` → the limit in seconds, or ``None`` for off.

    Raises:
        ValueError: not a positive number nor ``off``.
    """
    if text.strip().lower() == "off":
        return None
    value = float(text)
    if value <= 0:
        raise ValueError(f"operating limit {text!r}: use a number of seconds > 0 or off")
    return value


@dataclass
class _Bucket:
    index: int          # floor(opened_at / bucket)
    opened_at: float    # monotonic time of the first call charged to it
    seconds: float = 0.0


@dataclass
class _MethodUsage:
    buckets: deque[_Bucket] = field(default_factory=deque)


class OperatingLimiter:
    """Per-method operating time of the webhook (see the module docstring).

    Args:
        config: the limit; ``None`` = off (nothing blocked; :meth:`usage` still reports, so a
            portal can show its figures — the server leaves them out of ``time`` when off).
        clock: monotonic seconds (default ``time.monotonic``).
    """

    def __init__(self, config: OperatingLimit | None, clock: Monotonic = time.monotonic) -> None:
        self.config = config
        self._shape = config or OperatingLimit()
        self._clock = clock
        self._lock = threading.Lock()
        self._methods: dict[str, _MethodUsage] = {}

    @property
    def enabled(self) -> bool:
        return self.config is not None

    def blocked(self, method: str) -> bool:
        """True when ``method`` has used up its limit within the window (the call gets 429)."""
        if self.config is None:
            return False
        with self._lock:
            return self._sum(method, self._clock()) >= self.config.limit

    def charge(self, method: str, duration: float) -> None:
        """Add ``duration`` seconds of real execution (plus the model cost per call) to ``method``."""
        with self._lock:
            now = self._clock()
            usage = self._methods.setdefault(method, _MethodUsage())
            self._prune(usage, now)
            index = int(now // self._shape.bucket)
            if not usage.buckets or usage.buckets[-1].index != index:
                usage.buckets.append(_Bucket(index, now))
            usage.buckets[-1].seconds += max(0.0, duration) + self._shape.cost_per_call

    def usage(self, method: str) -> tuple[float, float | None]:
        """``(operating, reset_in)``: seconds used by ``method`` within the window, and seconds from
        now until its oldest bucket drops out (``None`` when it has none)."""
        with self._lock:
            now = self._clock()
            usage = self._methods.get(method)
            if usage is None:
                return 0.0, None
            self._prune(usage, now)
            if not usage.buckets:
                return 0.0, None
            return (sum(b.seconds for b in usage.buckets),
                    usage.buckets[0].opened_at + self._shape.window - now)

    def _sum(self, method: str, now: float) -> float:
        usage = self._methods.get(method)
        if usage is None:
            return 0.0
        self._prune(usage, now)
        return sum(b.seconds for b in usage.buckets)

    def _prune(self, usage: _MethodUsage, now: float) -> None:
        while usage.buckets and usage.buckets[0].opened_at + self._shape.window <= now:
            usage.buckets.popleft()
