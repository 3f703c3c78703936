"""Method registry of the sandbox portal: REST method name → handler.

A handler is a plain function ``handler(ctx: MethodContext) -> result`` registered with
``@rest_method("crm.activity.list")`` in one module per method family (``methods/activity.py``,
``methods/todo.py``, …; ``methods/__init__.py`` imports them all). It returns the ``result`` payload,
or a :class:`ListResult` to add ``total``/``next``, or raises a
:class:`~desktop_app.sandbox.errors.SandboxError`. Names are matched case-insensitively, as the REST
server lower-cases them (server-behaviour.md §1.0.1).

Adding a method: write ``@rest_method("crm.activity.delete") def delete(ctx): ...`` in the family's
module; nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .principal import Principal, webhook_principal

if TYPE_CHECKING:
    from .clock import PortalClock
    from .db import SandboxDB
    from .portal import SandboxPortal

__all__ = ["DEFAULT_BASE_URL", "REGISTRY", "Handler", "ListResult", "MethodContext", "MethodRegistry", "rest_method"]

#: The ``base_url`` of a call made without an HTTP request (e.g. :func:`~desktop_app.sandbox.calls.invoke`).
DEFAULT_BASE_URL = "http://sandbox.local"


@dataclass
class MethodContext:
    """What a handler gets for one call.

    Attributes:
        method: the lower-case method name without format suffix (``crm.activity.list``).
        params: the request parameters — query merged with body (body wins), PHP bracket keys
            already nested; ``start`` and ``auth`` removed.
        start: ``intval(start)`` as the REST core passes it (0 when absent; -1 = "don't count").
        user_id: the calling user (the webhook's owner or the OAuth token's user; = ``principal.user_id``).
        portal: the portal (for ``db`` and ``clock``).
        base_url: ``scheme://host[:port]`` of the HTTP request (no trailing ``/``); absolute URLs the
            portal returns (the ``FILES`` download ``url``) start with it.
        principal: who calls (:class:`~desktop_app.sandbox.principal.Principal`: user, admin flag,
            application ``client_id`` or ``None`` for a webhook, scopes). Left out, it is the webhook
            principal of ``user_id``.
    """

    method: str
    params: dict[str, Any]
    start: int
    user_id: int
    portal: SandboxPortal
    base_url: str = DEFAULT_BASE_URL
    principal: Principal = None  # type: ignore[assignment]  # filled in __post_init__ when left out

    def __post_init__(self) -> None:
        if self.principal is None:
            self.principal = webhook_principal(self.portal.db, self.user_id)
        elif self.principal.user_id != self.user_id:
            raise ValueError("MethodContext.user_id must equal principal.user_id")

    @property
    def db(self) -> SandboxDB:
        return self.portal.db

    @property
    def clock(self) -> PortalClock:
        return self.portal.clock


@dataclass
class ListResult:
    """A list reply: ``result`` plus top-level ``total`` / ``next`` (``None`` = key omitted)."""

    result: Any
    total: int | None = None
    next: int | None = None


Handler = Callable[[MethodContext], Any]


class MethodRegistry:
    """Maps lower-case method names to handlers."""

    def __init__(self) -> None:
        self._handlers: dict[str, Handler] = {}

    def register(self, name: str, handler: Handler) -> None:
        """Register ``handler`` for ``name``.

        Raises:
            ValueError: the name is already taken.
        """
        key = name.lower()
        if key in self._handlers:
            raise ValueError(f"method {name} is already registered")
        self._handlers[key] = handler

    def method(self, name: str) -> Callable[[Handler], Handler]:
        """Decorator form of :meth:`register`."""

        def decorate(handler: Handler) -> Handler:
            self.register(name, handler)
            return handler

        return decorate

    def get(self, name: str) -> Handler | None:
        """The handler for ``name`` (any letter case), or ``None``."""
        return self._handlers.get(name.lower())

    def names(self) -> list[str]:
        """All registered names, sorted."""
        return sorted(self._handlers)


#: The registry the portal serves; method modules register into it at import time.
REGISTRY = MethodRegistry()
rest_method = REGISTRY.method
