"""Storage and shared rules of the application-only method families of the sandbox portal.

Tables (created on first use by :func:`ensure_app_tables`, so the shared ``schema.py`` stays as it is):

* ``activity_app_type`` — custom activity types registered by ``crm.activity.type.add``, one row per
  ``(client_id, type_id)`` (the real portal's ``b_crm_act_app_type``; server-behaviour.md §1.9);
  ``icon_id`` points into ``app_type_icon`` (0 = no icon).
* ``app_type_icon`` — the uploaded ``ICON_FILE`` bytes (the real portal keeps them in ``b_file``).
* ``activity_badge`` — badges of ``crm.activity.badge.add`` (global per portal, unique ``code``;
  ``title``/``value`` stored as JSON so a translation map comes back as an object; §1.10).
* ``rest_app`` — a numeric id per application ``client_id``: what a ``REST_APP`` activity keeps in
  ``ASSOCIATED_ENTITY_ID`` (api-spec.md §3.4 [SRC, older]).

Also here: the application-context errors every family uses, and :func:`record_event` (the
``onCrmActivity*`` events of ``sandbox/events.py``).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from . import events
from .errors import ControllerError

if TYPE_CHECKING:
    from .db import SandboxDB
    from .registry import MethodContext

__all__ = [
    "APP_TABLES_DDL",
    "app_client_id",
    "ensure_app_tables",
    "load_badge",
    "record_event",
    "rest_app_id",
    "wrong_context",
]

APP_TABLES_DDL = (
    """CREATE TABLE IF NOT EXISTS activity_app_type (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        client_id TEXT NOT NULL,
        type_id TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        is_configurable TEXT NOT NULL DEFAULT 'N',   -- Y | N
        icon_id INTEGER NOT NULL DEFAULT 0,          -- app_type_icon.id, 0 = none
        UNIQUE (client_id, type_id)
    )""",
    """CREATE TABLE IF NOT EXISTS app_type_icon (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL,
        content_type TEXT NOT NULL,
        data BLOB NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS activity_badge (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,     -- JSON: a string or {lang: text}
        value TEXT NOT NULL,     -- JSON: a string or {lang: text}
        type TEXT NOT NULL
    )""",
    """CREATE TABLE IF NOT EXISTS rest_app (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        client_id TEXT NOT NULL UNIQUE
    )""",
)

_READY_ATTR = "_app_tables_ready"


def ensure_app_tables(db: SandboxDB) -> None:
    """Create the tables of this module in ``db`` when missing (cheap after the first call)."""
    if getattr(db, _READY_ATTR, False):
        return
    with db.lock:
        for statement in APP_TABLES_DDL:
            db.execute(statement)
        setattr(db, _READY_ATTR, True)


def app_client_id(ctx: MethodContext) -> str | None:
    """The calling application's ``client_id``, or ``None`` for a webhook call (no application context)."""
    return ctx.principal.app_client_id


def wrong_context(description: str) -> ControllerError:
    """``ERROR_WRONG_CONTEXT`` with the family's text (server-behaviour.md §1.7, §1.11)."""
    return ControllerError("ERROR_WRONG_CONTEXT", description)


def rest_app_id(db: SandboxDB, client_id: str) -> int:
    """The numeric id of the application ``client_id`` (assigned on first use, stable afterwards)."""
    ensure_app_tables(db)
    with db.lock:
        found = db.scalar("SELECT id FROM rest_app WHERE client_id = ?", (client_id,))
        if found is None:
            found = db.execute("INSERT INTO rest_app (client_id) VALUES (?)", (client_id,)).lastrowid
    return int(found)


def load_badge(db: SandboxDB, code: str) -> dict[str, Any] | None:
    """The badge ``code`` as the badge methods answer it (``code``, ``title``, ``value``, ``type``), or ``None``."""
    ensure_app_tables(db)
    row = db.query_one("SELECT code, title, value, type FROM activity_badge WHERE code = ?", (code,))
    if row is None:
        return None
    return {"code": row["code"], "title": json.loads(row["title"]), "value": json.loads(row["value"]),
            "type": row["type"]}


def record_event(ctx: MethodContext, event: str, activity_id: int) -> None:
    """Record ``event`` (``ONCRMACTIVITYADD`` / ``ONCRMACTIVITYUPDATE``) for ``activity_id``, made by the
    caller, with :func:`desktop_app.sandbox.events.record` (the offline queues of the applications that
    bound it). Call it inside the write's ``db.transaction()`` so the event and the change commit together.
    """
    events.record(ctx.portal, event, activity_id, ctx.user_id)
