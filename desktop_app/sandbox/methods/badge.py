"""Kanban badges (controller ``Bitrix\\Crm\\Controller\\Activity\\Badge``): ``crm.activity.badge.add``,
``.get``, ``.list``, ``.delete`` (api-spec.md §4.13, server-behaviour.md §1.10).

Badges are global per portal and identified by ``code``; a configurable activity names one in
``fields.badgeCode``. All four methods work with a webhook (no application context needed); ``add`` and
``delete`` need a portal administrator (``Principal.is_admin``), ``get``/``list`` any user.

Badge record: ``{"code", "title", "value", "type"}``; ``title``/``value`` a non-empty string or a
``{language: text}`` map (languages installed on the portal: ``layouts.PORTAL_LANGUAGES``), returned as
given; ``type`` ∈ ``success``, ``failure``, ``warning``, ``primary``, ``secondary``.

Sandbox choices [INF]: a duplicate code answers ``"0"`` / ``Code must be unique`` (the ORM message; the
code is undocumented); an empty ``code`` answers ``REQUIRED_ARG_MISSING`` / ``Argument 'code' is required``;
``list`` pages by 50 with ``start``/``next``/``total``; a badge is "in use" (``ENTITY_WITH_BADGE_EXISTS``)
while an open configurable activity names it.
"""

from __future__ import annotations

import json
from typing import Any

from ..app_store import BADGE_COLUMNS, badge_record, load_badge
from ..errors import ControllerError, missing_parameter
from ..layouts import PORTAL_LANGUAGES
from ..params import Arg, bind_arguments
from ..registry import ListResult, MethodContext, rest_method
from ..wire import is_php_array, php_items
from .configurable import CONFIGURABLE_PROVIDER

__all__ = ["BADGE_TYPES"]

BADGE_TYPES = ("success", "failure", "warning", "primary", "secondary")
_PAGE_SIZE = 50


def _access_denied() -> ControllerError:
    return ControllerError("ACCESS_DENIED", "Access denied")


def _not_found(code: str) -> ControllerError:
    return ControllerError("NOT_FOUND", f"Badge not found for code `{code}`")


def _bind(ctx: MethodContext, names: list[tuple[str, str | None]]) -> dict[str, Any]:
    """The binder in declaration order; ``None`` type = untyped (any present value)."""
    bound: dict[str, Any] = {}
    for name, type_name in names:
        if type_name is None:
            value = ctx.params.get(name)
            if value is None:
                raise missing_parameter(name)
            bound[name] = value
        else:
            bound.update(bind_arguments(ctx.params, [Arg(name, type_name)]))
    return bound


def _translated(field: str, value: Any) -> Any:
    """A ``title``/``value`` as stored, or the controller's error (module docstring)."""
    if isinstance(value, str) and value != "":
        return value
    if not is_php_array(value) or not value:
        raise ControllerError("REQUIRED_ARG_MISSING", f"Argument '{field}' is required")
    texts: dict[str, str] = {}
    for language, text in php_items(value):
        if language not in PORTAL_LANGUAGES:
            raise ControllerError("0", f"Language `{language}` was not found")
        if not isinstance(text, str) or text == "":
            raise ControllerError("0", f"Wrong value of field `{field}` for language {language}")
        texts[language] = text
    return texts


@rest_method("crm.activity.badge.add")
def badge_add(ctx: MethodContext) -> dict[str, Any]:
    """Register a badge; ``{"badge": {code, title, value, type}}``.

    Order: binder ``100`` (``code`` string, ``title``, ``value``, ``type`` string) → ``ACCESS_DENIED`` /
    ``Access denied`` (not an administrator) → ``REQUIRED_ARG_MISSING`` (empty ``code`` [INF], then
    ``title``, ``value``: ``Argument 'title' is required``) / ``"0"`` ``Language `xx` was not found`` /
    ``"0"`` ``Wrong value of field `title` for language xx`` → ``WRONG_TYPE_VALUE`` /
    ``Wrong value of field `type``` → ``"0"`` / ``Code must be unique`` [INF].
    """
    args = _bind(ctx, [("code", "string"), ("title", None), ("value", None), ("type", "string")])
    if not ctx.principal.is_admin:
        raise _access_denied()
    code = args["code"]
    if code == "":
        raise ControllerError("REQUIRED_ARG_MISSING", "Argument 'code' is required")
    title = _translated("title", args["title"])
    value = _translated("value", args["value"])
    if args["type"] not in BADGE_TYPES:
        raise ControllerError("WRONG_TYPE_VALUE", "Wrong value of field `type`")
    with ctx.db.transaction():
        if load_badge(ctx.db, code) is not None:
            raise ControllerError("0", "Code must be unique")
        ctx.db.execute("INSERT INTO activity_badge (code, title, value, type) VALUES (?, ?, ?, ?)",
                       (code, json.dumps(title, ensure_ascii=False), json.dumps(value, ensure_ascii=False),
                        args["type"]))
    return {"badge": {"code": code, "title": title, "value": value, "type": args["type"]}}


@rest_method("crm.activity.badge.get")
def badge_get(ctx: MethodContext) -> dict[str, Any]:
    """One badge; ``{"badge": {...}}``. Binder ``100`` → ``NOT_FOUND`` / ``Badge not found for code `X```."""
    code = bind_arguments(ctx.params, [Arg("code", "string")])["code"]
    badge = load_badge(ctx.db, code)
    if badge is None:
        raise _not_found(code)
    return {"badge": badge}


@rest_method("crm.activity.badge.list")
def badge_list(ctx: MethodContext) -> ListResult:
    """All badges in the order they were added: ``{"badges": [...]}`` with ``total`` (and ``next``)."""
    start = max(ctx.start, 0)
    total = int(ctx.db.scalar("SELECT COUNT(*) FROM activity_badge") or 0)
    badges = [badge_record(row) for row in ctx.db.query(
        f"SELECT {BADGE_COLUMNS} FROM activity_badge ORDER BY id LIMIT ? OFFSET ?", (_PAGE_SIZE, start))]
    following = start + _PAGE_SIZE
    return ListResult({"badges": badges}, total=total, next=following if following < total else None)


@rest_method("crm.activity.badge.delete")
def badge_delete(ctx: MethodContext) -> bool:
    """Remove a badge; ``true``. Binder ``100`` → ``ACCESS_DENIED`` → ``NOT_FOUND`` →
    ``ENTITY_WITH_BADGE_EXISTS`` / ``There are entities with this badge. Delete them first.``."""
    code = bind_arguments(ctx.params, [Arg("code", "string")])["code"]
    if not ctx.principal.is_admin:
        raise _access_denied()
    if load_badge(ctx.db, code) is None:
        raise _not_found(code)
    in_use = ctx.db.scalar(
        "SELECT 1 FROM activity WHERE provider_id = ? AND completed = 'N' "
        "AND json_valid(provider_params) AND json_extract(provider_params, '$.badgeCode') = ? LIMIT 1",
        (CONFIGURABLE_PROVIDER, code))
    if in_use:
        raise ControllerError("ENTITY_WITH_BADGE_EXISTS", "There are entities with this badge. Delete them first.")
    ctx.db.execute("DELETE FROM activity_badge WHERE code = ?", (code,))
    return True
