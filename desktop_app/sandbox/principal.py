"""Who makes a call: the principal a sandbox REST handler runs for (api-spec.md §1.3).

A call is authenticated either by the incoming webhook (``/rest/{user}/{code}/{method}``) or by an
OAuth access token of a local application (``/rest/{method}?auth=TOKEN``, ``oauth.py``). Both give
a :class:`Principal`:

* webhook: the webhook's user, that user's admin flag (``user.is_admin`` in the portal's store),
  ``app_client_id=None`` (a webhook has no application context), the webhook's scopes
  (:data:`WEBHOOK_SCOPES`);
* OAuth: the token's user, that user's admin flag, the application's ``client_id``, the scopes
  granted to the application.

Handlers read ``ctx.principal`` (``MethodContext.principal``); ``ctx.user_id`` is the same user.
Rules such as "Application context required" (api-spec.md §1.1, §4.11–4.14) test
``ctx.principal.app_client_id is None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .db import SandboxDB

__all__ = ["WEBHOOK_SCOPES", "Principal", "is_admin", "lacks_scope", "required_scopes", "webhook_principal"]

#: Scopes ticked on the sandbox's incoming webhook [INF: the sandbox's choice; a real webhook has
#: the scopes its creator ticked]. ``crm`` and ``user`` cover every method the sandbox serves.
WEBHOOK_SCOPES: frozenset[str] = frozenset({"crm", "user", "user_brief", "user_basic"})


@dataclass(frozen=True)
class Principal:
    """The caller of one REST call.

    Attributes:
        user_id: the user the call runs as (the webhook's owner or the access token's user).
        is_admin: the user is a portal administrator (``user.is_admin`` in the store).
        app_client_id: the application's ``client_id`` for a call made with its OAuth token; ``None``
            for a webhook call (no application context).
        scopes: the granted scopes (``crm``, ``user``, …).
    """

    user_id: int
    is_admin: bool
    app_client_id: str | None
    scopes: frozenset[str]


def is_admin(db: SandboxDB, user_id: int) -> bool:
    """The admin flag of ``user_id`` in the store (``False`` for an unknown user)."""
    return bool(db.scalar("SELECT is_admin FROM user WHERE id = ?", (user_id,)))


def webhook_principal(db: SandboxDB, user_id: int, scopes: frozenset[str] = WEBHOOK_SCOPES) -> Principal:
    """The principal of a webhook call made as ``user_id`` (no application)."""
    return Principal(user_id=user_id, is_admin=is_admin(db, user_id), app_client_id=None, scopes=scopes)


#: Method-name prefix → the scopes any one of which allows the call [INF: the sandbox's subset of the
#: portal's scope map]. Methods matching no prefix (``batch``, ``event.*``) are in the global scope.
_SCOPE_PREFIXES: tuple[tuple[str, frozenset[str]], ...] = (
    ("crm.", frozenset({"crm"})),
    ("user.", frozenset({"user", "user_brief", "user_basic"})),
)


def required_scopes(method: str) -> frozenset[str] | None:
    """The scopes of which a caller needs one for ``method`` (lower case); ``None`` = global scope."""
    for prefix, scopes in _SCOPE_PREFIXES:
        if method.startswith(prefix):
            return scopes
    return None


def lacks_scope(principal: Principal, method: str) -> bool:
    """True when ``principal`` holds none of the scopes ``method`` needs (→ 401 ``insufficient_scope``,
    server-behaviour.md §5.3)."""
    needed = required_scopes(method)
    return needed is not None and not (needed & principal.scopes)
