"""Storage and shared rules of the application-only method families of the sandbox portal.

Its tables (in ``schema.py``):

* ``activity_app_type`` — custom activity types registered by ``crm.activity.type.add``, one row per
  ``(client_id, type_id)`` (the real portal's ``b_crm_act_app_type``; server-behaviour.md §1.9);
  ``icon_id`` points into ``app_type_icon`` (0 = no icon).
* ``app_type_icon`` — the uploaded ``ICON_FILE`` bytes (the real portal keeps them in ``b_file``).
* ``activity_badge`` — badges of ``crm.activity.badge.add`` (global per portal, unique ``code``;
  ``title``/``value`` stored as JSON so a translation map comes back as an object; §1.10).
* ``rest_app`` — a numeric id per application ``client_id``: what a ``REST_APP`` activity keeps in
  ``ASSOCIATED_ENTITY_ID`` (api-spec.md §3.4 [SRC, older]).

Also here: the application-context errors every family uses.
"""

from __future__ import annotations

import json
import sqlite3
from typing import TYPE_CHECKING, Any

from .errors import ControllerError

if TYPE_CHECKING:
    from .db import SandboxDB

__all__ = [
    "BADGE_COLUMNS",
    "badge_record",
    "load_badge",
    "rest_app_id",
    "wrong_context",
]


def wrong_context(description: str) -> ControllerError:
    """``ERROR_WRONG_CONTEXT`` with the family's text (server-behaviour.md §1.7, §1.11)."""
    return ControllerError("ERROR_WRONG_CONTEXT", description)


def rest_app_id(db: SandboxDB, client_id: str) -> int:
    """The numeric id of the application ``client_id`` (assigned on first use, stable afterwards)."""
    with db.lock:
        found = db.scalar("SELECT id FROM rest_app WHERE client_id = ?", (client_id,))
        if found is None:
            found = db.execute("INSERT INTO rest_app (client_id) VALUES (?)", (client_id,)).lastrowid
    return int(found)


#: The ``activity_badge`` columns :func:`badge_record` reads.
BADGE_COLUMNS = "code, title, value, type"


def badge_record(row: sqlite3.Row) -> dict[str, Any]:
    """An ``activity_badge`` row (:data:`BADGE_COLUMNS`) as the badge methods answer it (``code``,
    ``title``, ``value``, ``type``)."""
    return {"code": row["code"], "title": json.loads(row["title"]), "value": json.loads(row["value"]),
            "type": row["type"]}


def load_badge(db: SandboxDB, code: str) -> dict[str, Any] | None:
    """The badge ``code`` as the badge methods answer it (:func:`badge_record`), or ``None``."""
    row = db.query_one(f"SELECT {BADGE_COLUMNS} FROM activity_badge WHERE code = ?", (code,))
    return None if row is None else badge_record(row)

