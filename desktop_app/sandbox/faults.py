"""Fault injection for the sandbox portal: make a share of REST calls fail the ways a real portal and
network do, for reliability tests and demos (issue 3 item 5).

Faults apply to REST method calls only, after the webhook and the method are recognised (a wrong
webhook still gets its own 401 ``INVALID_CREDENTIALS``, an unknown method its 404). Per kind
(:class:`FaultKind`) the client sees:

=================  ==========================================================  ==================
kind               the client sees                                             change applied?
=================  ==========================================================  ==================
``rate_limit``     HTTP 503 ``QUERY_LIMIT_EXCEEDED`` / ``Too many requests``   no
``server_error``   HTTP 500 ``INTERNAL_SERVER_ERROR`` / ``Internal server      no
                   error`` (api-spec.md §1.5)
``expired_token``  HTTP 401 ``expired_token`` / ``The access token provided    no
                   has expired`` (server-behaviour.md §5.3)
``delay``          the answer only after ``delay_seconds`` (past the client's  yes
                   read timeout → ``httpx.ReadTimeout``)
``drop_before``    the connection closed without an answer                     no
                   (``httpx.RemoteProtocolError``)
``drop_after``     the call is served, then the connection closed without an   yes
                   answer (``httpx.RemoteProtocolError``)
``concurrent_      a colleague edits the activity named by the call (``id`` /  the call: yes
edit``             ``ID`` / ``activityId``) just before it is served; then the
                   call is served normally
=================  ==========================================================  ==================

How a drop reaches the client: the server asks the connection hook in
``scope["extensions"][DROP_EXTENSION]`` to close the connection (the uvicorn server of ``cli.py``
closes the socket; the in-process transport of ``transport.py`` raises ``httpx.RemoteProtocolError``).

Use::

    portal.faults.configure(FaultPlan(share=0.2, seed=1))       # 20 % of the calls, every kind
    portal.faults.force_next(FaultKind.DROP_AFTER, method="crm.activity.todo.add")
    portal.faults.counts                                          # {FaultKind.DROP_AFTER: 1, ...}
    portal.faults.clear()

The injector is thread-safe: uvicorn serves on its own thread while tests configure it from theirs.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .errors import CoreError, SandboxError
from .events import ONCRMACTIVITYUPDATE, record
from .wire import php_intval

if TYPE_CHECKING:
    from .portal import SandboxPortal

__all__ = [
    "DROP_EXTENSION",
    "ConnectionDropped",
    "DropConnection",
    "FaultInjector",
    "FaultKind",
    "FaultPlan",
    "activity_id_in",
    "edit_concurrently",
    "refusal",
]

#: ASGI scope extension holding ``async drop() -> None``: close the connection without an answer.
#: Set by the server (``cli.py``) or the in-process transport (``transport.py``).
DROP_EXTENSION = "activity_desk.drop_connection"


class FaultKind(StrEnum):
    """What goes wrong with a call (see the module docstring for what the client sees)."""

    RATE_LIMIT = "rate_limit"
    SERVER_ERROR = "server_error"
    DELAY = "delay"
    DROP_BEFORE = "drop_before"
    DROP_AFTER = "drop_after"
    EXPIRED_TOKEN = "expired_token"
    CONCURRENT_EDIT = "concurrent_edit"


#: Kinds answered with an error envelope instead of serving the call.
_REFUSALS: dict[FaultKind, tuple[str, str, int]] = {
    FaultKind.RATE_LIMIT: ("QUERY_LIMIT_EXCEEDED", "Too many requests", 503),
    FaultKind.SERVER_ERROR: ("INTERNAL_SERVER_ERROR", "Internal server error", 500),
    FaultKind.EXPIRED_TOKEN: ("expired_token", "The access token provided has expired", 401),
}


def refusal(kind: FaultKind) -> SandboxError | None:
    """The error reply of a refusing kind (rate limit, server error, expired token), else ``None``."""
    spec = _REFUSALS.get(kind)
    return None if spec is None else CoreError(*spec)


@dataclass(frozen=True)
class FaultPlan:
    """Which calls fail, and how.

    Attributes:
        share: 0..1, the share of calls that get a fault (each call is drawn independently).
        kinds: the kinds to pick from, uniformly.
        delay_seconds: how long a ``delay`` fault holds the answer back (seconds).
        methods: only calls of these REST methods (lower-case names) get faults; ``None`` = all.
        seed: seed of the draw; the same seed and the same sequence of calls give the same faults.
    """

    share: float = 0.0
    kinds: tuple[FaultKind, ...] = tuple(FaultKind)
    delay_seconds: float = 2.0
    methods: frozenset[str] | None = None
    seed: int | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.share <= 1.0:
            raise ValueError(f"share must be within 0..1, not {self.share}")
        if self.share > 0 and not self.kinds:
            raise ValueError("a plan with a share needs at least one fault kind")
        if self.delay_seconds < 0:
            raise ValueError("delay_seconds must not be negative")
        object.__setattr__(self, "kinds", tuple(FaultKind(k) for k in self.kinds))
        if self.methods is not None:
            object.__setattr__(self, "methods", frozenset(m.lower() for m in self.methods))


@dataclass
class _Forced:
    kind: FaultKind
    method: str | None
    left: int


class FaultInjector:
    """Decides per call whether and how it fails (``portal.faults``); thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._plan = FaultPlan()
        self._rng = random.Random()
        self._forced: list[_Forced] = []
        self._counts: dict[FaultKind, int] = {}
        self._calls = 0

    def configure(self, plan: FaultPlan) -> None:
        """Use ``plan`` from the next call on (the draw restarts from ``plan.seed``). Forced faults stay."""
        with self._lock:
            self._plan = plan
            self._rng = random.Random(plan.seed)

    def clear(self) -> None:
        """No more faults: an empty plan and no forced faults. Counts are kept."""
        with self._lock:
            self._plan = FaultPlan()
            self._forced.clear()

    def force_next(self, kind: FaultKind, *, method: str | None = None, count: int = 1) -> None:
        """Give the next ``count`` calls (of ``method`` only, when given) the fault ``kind``.

        Forced faults come before the plan's draw, in the order they were forced. A forced
        ``concurrent_edit`` waits for a call that names an activity id.
        """
        if count < 1:
            raise ValueError("count must be at least 1")
        with self._lock:
            self._forced.append(_Forced(FaultKind(kind), method.lower() if method else None, count))

    @property
    def plan(self) -> FaultPlan:
        with self._lock:
            return self._plan

    @property
    def counts(self) -> dict[FaultKind, int]:
        """Faults injected so far per kind (a ``concurrent_edit`` counts only when it edited)."""
        with self._lock:
            return dict(self._counts)

    @property
    def calls(self) -> int:
        """REST method calls seen so far (after the webhook and the method were recognised)."""
        with self._lock:
            return self._calls

    def pick(self, method: str, params: Mapping[str, Any]) -> FaultKind | None:
        """The fault for one call of ``method`` (lower-case) with ``params``, or ``None``.

        Counts the call, and the fault unless it is ``concurrent_edit`` (counted by
        :func:`edit_concurrently` when it really edited something).
        """
        with self._lock:
            self._calls += 1
            kind = self._take_forced(method, params)
            if kind is None:
                plan = self._plan
                eligible = plan.share > 0 and (plan.methods is None or method in plan.methods)
                if eligible and self._rng.random() < plan.share:
                    kind = self._rng.choice(plan.kinds)
            if kind is not None and kind is not FaultKind.CONCURRENT_EDIT:
                self._counts[kind] = self._counts.get(kind, 0) + 1
            return kind

    def _take_forced(self, method: str, params: Mapping[str, Any]) -> FaultKind | None:
        for forced in self._forced:
            if forced.method is not None and forced.method != method:
                continue
            if forced.kind is FaultKind.CONCURRENT_EDIT and activity_id_in(params) is None:
                continue
            forced.left -= 1
            if forced.left == 0:
                self._forced.remove(forced)
            return forced.kind
        return None

    def note_concurrent_edit(self) -> None:
        """Count one ``concurrent_edit`` that changed an activity."""
        with self._lock:
            self._counts[FaultKind.CONCURRENT_EDIT] = self._counts.get(FaultKind.CONCURRENT_EDIT, 0) + 1


# ---------------------------------------------------------------------------------- concurrent edit


def activity_id_in(params: Mapping[str, Any]) -> int | None:
    """The activity id a call names: parameter ``id`` / ``ID`` / ``activityId`` (any letter case), or ``None``."""
    for key, value in params.items():
        if str(key).lower() in ("id", "activityid") and isinstance(value, (str, int)) and not isinstance(value, bool):
            text = str(value).strip()
            if text.isascii() and text.isdigit() and php_intval(text) > 0:
                return php_intval(text)
    return None


def edit_concurrently(portal: SandboxPortal, params: Mapping[str, Any]) -> bool:
    """A colleague edits the activity named by ``params`` "meanwhile"; True when something changed.

    The colleague is the first active portal user other than the webhook's owner. The activity gets
    ``LAST_UPDATED`` = now (at least one second later than before), ``EDITOR_ID`` = the colleague and
    a line ``Edited by <Name Last name>`` appended to ``DESCRIPTION`` (``<br>`` before it in HTML).
    Nothing happens when the call names no existing activity or there is no colleague.
    """
    activity_id = activity_id_in(params)
    if activity_id is None:
        return False
    db = portal.db
    with db.transaction():
        row = db.query_one("SELECT last_updated, description, description_type FROM activity WHERE id = ?",
                           (activity_id,))
        colleague = db.query_one("SELECT id, name, last_name FROM user WHERE id != ? AND active = 1 ORDER BY id "
                                 "LIMIT 1", (portal.webhook_user_id,))
        if row is None or colleague is None:
            return False
        name = " ".join(part for part in (colleague["name"], colleague["last_name"]) if part) or f"#{colleague['id']}"
        line = f"Edited by {name}"
        old = row["description"] or ""
        separator = ("<br>" if row["description_type"] == 3 else "\n") if old else ""
        db.update_activity(activity_id, description=old + separator + line, editor_id=int(colleague["id"]),
                           last_updated=max(portal.clock.now_ts(), int(row["last_updated"] or 0) + 1))
        record(portal, ONCRMACTIVITYUPDATE, activity_id, int(colleague["id"]))
    portal.faults.note_concurrent_edit()
    return True


# ---------------------------------------------------------------------------------- dropped connection


class ConnectionDropped(Exception):
    """Raised by :class:`DropConnection` when the server offers no drop hook (see the module docstring)."""


Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class DropConnection:
    """An ASGI "response" that answers nothing: it closes the connection through the server's hook.

    Without a hook in ``scope["extensions"][DROP_EXTENSION]`` it raises :class:`ConnectionDropped`, and
    the server does what it does with a failing app.
    """

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        drop = (scope.get("extensions") or {}).get(DROP_EXTENSION)
        if drop is None:
            raise ConnectionDropped("fault injection: connection dropped")
        await drop()
