"""Helpers of the application-method tests: in-process calls as an application or as the webhook."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.calls import CallReply, invoke
from desktop_app.sandbox.principal import Principal

APP_ID = "local.test.app1"
OTHER_APP_ID = "local.test.app2"
TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "layout_templates"


def app_principal(client_id: str = APP_ID, *, user_id: int = 1, is_admin: bool = True) -> Principal:
    """An OAuth caller of ``client_id`` (application context)."""
    return Principal(user_id=user_id, is_admin=is_admin, app_client_id=client_id, scopes=frozenset({"crm"}))


def webhook_principal(*, user_id: int = 1, is_admin: bool = True) -> Principal:
    """A webhook caller (no application context)."""
    return Principal(user_id=user_id, is_admin=is_admin, app_client_id=None, scopes=frozenset({"crm"}))


def call(portal: SandboxPortal, method: str, params: dict[str, Any] | None = None,
         principal: Principal | None = None, start: int = 0) -> CallReply:
    """Run ``method`` in-process as ``principal`` (default: the application :data:`APP_ID`)."""
    return invoke(portal, method, params or {}, start, principal=principal or app_principal())


def error(reply: CallReply) -> dict[str, Any]:
    """The error envelope (asserts the call failed)."""
    assert not reply.ok, reply.body
    return reply.body


def result(reply: CallReply) -> Any:
    """The ``result`` payload (asserts the call succeeded)."""
    assert reply.ok, reply.body
    return reply.body["result"]


def template(name: str) -> dict[str, Any]:
    """A layout template of ``resources/layout_templates`` (``call_summary`` …) as a dict."""
    return json.loads((TEMPLATES / f"{name}.json").read_text(encoding="utf-8"))


def a_todo(portal: SandboxPortal) -> tuple[int, int, int]:
    """``(owner_type_id, owner_id, activity_id)`` of an open to-do of the demo data and its owner."""
    row = portal.db.query_one("SELECT id, owner_type_id, owner_id FROM activity WHERE provider_id = 'CRM_TODO' "
                              "ORDER BY id LIMIT 1")
    assert row is not None
    return int(row["owner_type_id"]), int(row["owner_id"]), int(row["id"])


def json_values(max_leaves: int, extra: st.SearchStrategy[Any] | None = None) -> st.SearchStrategy[Any]:
    """Decoded-JSON garbage for the hostile tests: null, booleans, huge integers, floats, short strings
    (and ``extra`` scalars), nested in lists and objects up to ``max_leaves`` leaves."""
    scalars = st.none() | st.booleans() | st.integers(-2**70, 2**70) | st.floats(allow_nan=False) | st.text(max_size=8)
    if extra is not None:
        scalars = scalars | extra
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=max_leaves)
