"""One REST method call as the REST core runs it: operating-limit check, handler, envelope, ``time``.

Used for plain calls (``server.py``, after the webhook, the rate limit and fault injection) and for
each command of a ``batch`` (``batch.py``), so a nested call answers exactly what the plain call
would (server-behaviour.md §5.5).

Order inside :func:`run_call` (server-behaviour.md §5.6, api-spec.md §2.2): the method's operating
time over the window is compared with the limit *before* the call (sum ≥ limit → 429
``OPERATION_TIME_LIMIT``); the call that pushes the sum over the limit still completes; afterwards
the handler's real duration plus the model cost (``OperatingLimit.cost_per_call``) is charged to the
method — errors included, since the portal spent the time either way. ``batch`` itself is never
checked nor charged; its nested calls are, each to its own method.

``time`` block (api-spec.md §1.4): ``start``/``finish`` (Unix seconds with fraction, the portal
clock), ``duration``/``processing`` (seconds), ``date_start``/``date_finish`` (ISO 8601 with the
portal offset), ``operating_reset_at`` (Unix seconds: when the method's oldest operating bucket
expires; ``int(start) + window`` when the method has no bucket, e.g. for ``batch``) and ``operating``
(seconds of this method's execution time within the window, this call included). With the operating
limit off (``--operating-limit off``) the two ``operating*`` keys are left out, as on-premise.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import CoreError, SandboxError, method_not_found
from .guard import internal_server_error
from .principal import Principal, lacks_scope
from .registry import DEFAULT_BASE_URL, Handler, ListResult, MethodContext

if TYPE_CHECKING:
    from .portal import SandboxPortal

__all__ = ["UNCHARGED_METHODS", "CallReply", "error_reply", "invoke", "run_call"]

log = logging.getLogger(__name__)

#: Methods the operating limit neither checks nor charges (server-behaviour.md §5.6).
UNCHARGED_METHODS = frozenset({"batch"})


@dataclass(frozen=True)
class CallReply:
    """What one call answers: HTTP ``status`` and the envelope ``body``
    (``{"result", ["next"], ["total"], "time"}`` or ``{"error", "error_description", ...}``)."""

    status: int
    body: dict[str, Any]

    @property
    def ok(self) -> bool:
        """True for a success envelope (it has ``result``)."""
        return "result" in self.body


def error_reply(error: SandboxError) -> CallReply:
    """The error envelope of ``error`` with its HTTP status (no ``time`` block)."""
    return CallReply(error.status, error.body())


def insufficient_scope(principal: Principal) -> CoreError:
    """401 ``insufficient_scope`` (server-behaviour.md §5.3: the source's status; the docs say 403)."""
    token = "webhook token" if principal.app_client_id is None else "access token"
    return CoreError("insufficient_scope", f"The request requires higher privileges than provided by the {token}", 401)


def operation_time_limit() -> CoreError:
    """429 ``OPERATION_TIME_LIMIT`` (server-behaviour.md §5.3)."""
    return CoreError("OPERATION_TIME_LIMIT", "Method is blocked due to operation time limit.", 429)


def time_block(portal: SandboxPortal, method: str, start: float, duration: float) -> dict[str, Any]:
    """The reply's ``time`` object for a call of ``method`` (see the module docstring)."""
    finish = start + duration
    block: dict[str, Any] = {
        "start": start,
        "finish": finish,
        "duration": duration,
        "processing": duration,
        "date_start": datetime.fromtimestamp(int(start), portal.clock.tz).isoformat(),
        "date_finish": datetime.fromtimestamp(int(finish), portal.clock.tz).isoformat(),
    }
    limiter = portal.operating
    if limiter.enabled:
        operating, reset_in = limiter.usage(method)
        window = limiter.config.window if limiter.config else 0.0
        block["operating_reset_at"] = int(start + (reset_in if reset_in is not None else window))
        block["operating"] = operating
    return block


def run_call(ctx: MethodContext, handler: Handler) -> CallReply:
    """Run ``handler`` for ``ctx`` under the operating limit and build the reply (module docstring).

    First the caller's scopes: a principal holding none of the method's scopes
    (:func:`~desktop_app.sandbox.principal.required_scopes`) gets 401 ``insufficient_scope``.

    Handler errors become their envelopes. A database error answers 500 ``ERROR_CORE`` / ``SQL query
    error!`` as the portal's REST core does (server-behaviour.md §5.3), e.g. a filter of more values
    than SQLite binds; any other exception is a sandbox bug answered 500 ``INTERNAL_SERVER_ERROR`` /
    ``Internal server error``. Both log one ``ERROR`` line (the traceback only at ``DEBUG``).
    """
    portal = ctx.portal
    name = ctx.method
    if lacks_scope(ctx.principal, name):
        return error_reply(insufficient_scope(ctx.principal))
    charged = name not in UNCHARGED_METHODS
    if charged and portal.operating.blocked(name):
        return error_reply(operation_time_limit())
    started_at = portal.clock.now_float()
    tick = time.perf_counter()
    try:
        outcome = handler(ctx)
        error: SandboxError | None = None
    except SandboxError as raised:
        error = raised
    except sqlite3.Error as failed:
        log.error("sandbox method %s: SQL query error: %s: %s", name, type(failed).__name__, failed)
        log.debug("sandbox method %s: traceback", name, exc_info=True)
        error = CoreError("ERROR_CORE", "SQL query error!", 500)
    except Exception as failed:  # a bug in the sandbox: answer like the portal's generic failure
        log.error("sandbox method %s failed: %s: %s", name, type(failed).__name__, " ".join(str(failed).split())[:200])
        log.debug("sandbox method %s: traceback", name, exc_info=True)
        error = internal_server_error()
    duration = time.perf_counter() - tick
    if charged:
        portal.operating.charge(name, duration)
    if error is not None:
        return error_reply(error)
    body: dict[str, Any]
    if isinstance(outcome, ListResult):
        body = {"result": outcome.result}
        if outcome.next is not None:
            body["next"] = outcome.next
        if outcome.total is not None:
            body["total"] = outcome.total
    else:
        body = {"result": outcome}
    body["time"] = time_block(portal, name, started_at, duration)
    return CallReply(200, body)


def invoke(portal: SandboxPortal, method: str, params: dict[str, Any], start: int, *,
           base_url: str = DEFAULT_BASE_URL, principal: Principal | None = None) -> CallReply:
    """Call ``method`` (any letter case) with ``params`` (``start``/``auth`` already removed) as
    ``principal`` (default: the webhook's user); an unknown method answers 404
    ``ERROR_METHOD_NOT_FOUND`` / ``Method not found!``. ``base_url`` (``scheme://host[:port]``) is
    the request's, for the absolute URLs a reply holds."""
    name = method.lower()
    handler = portal.registry.get(name)
    if handler is None:
        return error_reply(method_not_found())
    user_id = portal.webhook_user_id if principal is None else principal.user_id
    ctx = MethodContext(method=name, params=params, start=start, user_id=user_id, portal=portal,
                        base_url=base_url, principal=principal)  # type: ignore[arg-type]
    return run_call(ctx, handler)
