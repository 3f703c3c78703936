"""The outbox's policy: how long to wait between attempts, and what code and text an entry
records for an error (part of :mod:`desktop_app.services.outbox`; no Qt).

* :class:`Backoff` — delays between attempts (tenacity's ``wait_exponential_jitter``, seconds).
* :data:`TRANSPORT_CODES` — the ``error_code`` of a client error without a Bitrix24 code.
* :func:`error_code`, :func:`error_text`, :func:`retryable` — how the processor files an exception.
"""

from __future__ import annotations

import inspect

from tenacity import RetryCallState, wait_exponential_jitter

from desktop_app.bitrix.errors import (
    BadResponse,
    BitrixClientError,
    BitrixError,
    ConnectionDropped,
    DeadlineExceeded,
    InvalidParameter,
    OperationTimeLimit,
    PortalMoved,
    PortalMoveUnconfirmed,
    PortalUnreachable,
    RateLimited,
    ReplyTooLarge,
    RequestTimeout,
    ServerError,
    TokenExpired,
    TransportError,
)
from desktop_app.bitrix.oauth import ReconnectNeeded

__all__ = ["FILES_LOST_CODE", "PORTAL_MOVE_CODE", "TRANSPORT_CODES", "Backoff", "error_code", "error_text",
           "retryable"]


class Backoff:
    """Delays between attempts: tenacity's ``wait_exponential_jitter`` (seconds).

    Args:
        initial: the first delay (1 s in production; milliseconds in tests).
        maximum: the cap (300 s = 5 min).
        jitter: up to this many seconds of random extra (default: ``initial``).
    """

    def __init__(self, initial: float = 1.0, maximum: float = 300.0, jitter: float | None = None) -> None:
        self.initial = initial
        self.maximum = maximum
        spread = initial if jitter is None else jitter
        # tenacity ≥ 9 calls the first delay ``multiplier`` (``initial`` is deprecated there).
        first = "multiplier" if "multiplier" in inspect.signature(wait_exponential_jitter).parameters else "initial"
        self._wait = wait_exponential_jitter(max=maximum, jitter=spread, **{first: initial})

    def delay(self, failures: int) -> float:
        """Seconds to wait after the ``failures``-th failure in a row (1, 2, …)."""
        state = RetryCallState(None, None, (), {})
        state.attempt_number = max(1, failures)
        return float(self._wait(state))


#: ``error_code`` of an entry whose queued file bytes are missing from the store (a damaged file).
FILES_LOST_CODE = "FILES_LOST"

#: ``error_code`` of entries waiting for the user to confirm a portal move.
PORTAL_MOVE_CODE = "PORTAL_MOVE_UNCONFIRMED"

#: The code shown on an entry for a client error without a Bitrix24 code, by class in the error
#: tree (:mod:`desktop_app.bitrix.errors`); the first match wins, so subclasses come before their bases.
TRANSPORT_CODES: tuple[tuple[type[BitrixClientError], str], ...] = (
    (PortalMoveUnconfirmed, PORTAL_MOVE_CODE),
    (ReconnectNeeded, "RECONNECT_NEEDED"),  # application connection: nothing sent; stays queued
    (PortalMoved, "PORTAL_MOVED"),
    (DeadlineExceeded, "DEADLINE_EXCEEDED"),
    (RequestTimeout, "REQUEST_TIMEOUT"),
    (ConnectionDropped, "CONNECTION_DROPPED"),
    (ReplyTooLarge, "REPLY_TOO_LARGE"),
    (BadResponse, "BAD_RESPONSE"),
    (PortalUnreachable, "PORTAL_UNREACHABLE"),
    (TransportError, "PORTAL_UNREACHABLE"),
    (InvalidParameter, "INVALID_PARAMETER"),
)


def error_code(exc: BaseException) -> str:
    """The entry's ``error_code`` for ``exc``: the portal's code for a :class:`BitrixError`, else the
    code of the most specific class in :data:`TRANSPORT_CODES` (``CLIENT_ERROR`` for anything else)."""
    if isinstance(exc, BitrixError):
        return exc.code
    for cls, code in TRANSPORT_CODES:
        if isinstance(exc, cls):
            return code
    return "CLIENT_ERROR"


def error_text(exc: BaseException) -> str:
    if isinstance(exc, BitrixError):
        return exc.description or str(exc)
    return str(exc)


def retryable(exc: BaseException) -> bool:
    """Nothing was applied (or it is checked before resending) and trying later may work."""
    if isinstance(exc, (RateLimited, OperationTimeLimit, ServerError, TokenExpired, ReconnectNeeded)):
        return True
    return isinstance(exc, PortalUnreachable)
