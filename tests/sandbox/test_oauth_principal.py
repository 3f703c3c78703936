"""The Principal contract: a webhook call runs as the webhook's user, admin flag from the store, no
application, the webhook's scopes; batch commands run as the batch's principal."""

from __future__ import annotations

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.calls import invoke
from desktop_app.sandbox.principal import WEBHOOK_SCOPES, Principal
from desktop_app.sandbox.registry import MethodContext


def test_webhook_principal_is_the_admin_webhook_user_without_application() -> None:
    with SandboxPortal(demo_data=False) as portal:
        ctx = MethodContext(method="user.current", params={}, start=0, user_id=1, portal=portal)
        assert ctx.principal == Principal(user_id=1, is_admin=True, app_client_id=None, scopes=WEBHOOK_SCOPES)
        assert ctx.principal.app_client_id is None


def test_admin_flag_comes_from_admin_user_ids() -> None:
    with SandboxPortal(demo_data=True, admin_user_ids=[2]) as portal:
        assert MethodContext(method="x", params={}, start=0, user_id=1, portal=portal).principal.is_admin is False
        assert MethodContext(method="x", params={}, start=0, user_id=2, portal=portal).principal.is_admin is True


def test_invoke_runs_as_the_given_principal() -> None:
    with SandboxPortal(demo_data=True) as portal:
        app_user = Principal(user_id=2, is_admin=False, app_client_id="local.app", scopes=frozenset({"crm", "user"}))
        reply = invoke(portal, "user.current", {}, 0, principal=app_user)
        assert reply.body["result"]["ID"] == "2"
        nested = invoke(portal, "batch", {"cmd": {"me": "user.current"}}, 0, principal=app_user)
        assert nested.body["result"]["result"]["me"]["ID"] == "2"


def test_oauth_user_is_created_and_admin_only_when_listed() -> None:
    with SandboxPortal(demo_data=False, oauth_user_id=42) as portal:
        assert portal.db.user(42) is not None and portal.oauth.user_id == 42
        assert MethodContext(method="x", params={}, start=0, user_id=42, portal=portal).principal.is_admin is False
    with SandboxPortal(demo_data=False, oauth_user_id=42, admin_user_ids=[1, 42]) as portal:
        assert MethodContext(method="x", params={}, start=0, user_id=42, portal=portal).principal.is_admin is True
