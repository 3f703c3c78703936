"""The demo application's data (issue 13 item 6, ``sandbox/demo_apps.py``): custom types with icons,
badges, configurable activities, a REST_APP activity and layout blocks, all readable through the
application methods as that application, once per database."""

from __future__ import annotations

from pathlib import Path

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.demo_apps import DEMO_APP_CLIENT_ID, load_demo_apps
from desktop_app.sandbox.methods.activity_type import image_type
from desktop_app.sandbox.oauth import SandboxApp

from .app_calls import app_principal, call, result, webhook_principal
from .helpers import NOW

DEMO = app_principal(DEMO_APP_CLIENT_ID)


def test_the_demo_app_sees_its_types_badges_activities_and_blocks(portal: SandboxPortal) -> None:
    assert load_demo_apps(portal) is True
    types = result(call(portal, "crm.activity.type.list", {}, DEMO))
    assert [(t["TYPE_ID"], t["IS_CONFIGURABLE_TYPE"]) for t in types] == [("DELIVERY", "Y"), ("ERP_SYNC", "N")]
    for listed in types:
        data = portal.db.scalar("SELECT data FROM app_type_icon WHERE id = ?", (int(listed["ICON_ID"]),))
        assert image_type(data) == "image/png"
    badges = result(call(portal, "crm.activity.badge.list", {}, webhook_principal()))["badges"]
    assert [b["code"] for b in badges] == ["missedCall", "deliveryLate", "contractSigned"]

    rows = result(call(portal, "crm.activity.list", {
        "filter": {"@PROVIDER_ID": ["CONFIGURABLE_REST_APP", "REST_APP"]}, "order": {"ID": "ASC"},
        "select": ["ID", "OWNER_ID", "PROVIDER_ID", "PROVIDER_TYPE_ID", "SUBJECT", "COMPLETED"]}, webhook_principal()))
    assert [(r["OWNER_ID"], r["PROVIDER_TYPE_ID"], r["SUBJECT"], r["COMPLETED"]) for r in rows] == [
        ("1", "CONFIGURABLE", "Call summary", "N"), ("1", "DELIVERY", "Delivery scheduled", "N"),
        ("2", "CONFIGURABLE", "Contract signed", "Y"), ("1", "ERP_SYNC", "Order 1042 synchronised with the ERP", "N")]
    delivery = result(call(portal, "crm.activity.configurable.get", {"id": int(rows[1]["ID"])}, DEMO))["activity"]
    assert delivery["fields"]["badgeCode"] == "deliveryLate"
    assert delivery["fields"]["deadline"] == "2025-02-06T14:00:00+03:00"  # today (03 Feb) + 3 days, 14:00

    todo = portal.db.scalar("SELECT activity_id FROM activity_layout WHERE kind = 'rest_app' AND client_id = ?",
                            (DEMO_APP_CLIENT_ID,))
    blocks = result(call(portal, "crm.activity.layout.blocks.get",
                         {"entityTypeId": 2, "entityId": 1, "activityId": todo}, DEMO))["layout"]
    assert "summary" in blocks["blocks"]
    assert result(call(portal, "crm.activity.layout.blocks.get",
                       {"entityTypeId": 2, "entityId": 1, "activityId": todo})) == {"layout": None}  # another app


def test_loaded_once_per_database_file(tmp_path: Path) -> None:
    path = str(tmp_path / "demo.sqlite")
    with SandboxPortal(path, now=lambda: NOW) as first:
        assert load_demo_apps(first) is True
        count = first.db.count_activities()
    with SandboxPortal(path, now=lambda: NOW) as again:
        assert load_demo_apps(again) is False
        assert again.db.count_activities() == count
        assert len(result(call(again, "crm.activity.type.list", {}, DEMO))) == 2


def test_a_portal_registering_the_demo_app_loads_its_data_and_others_do_not() -> None:
    with SandboxPortal(now=lambda: NOW, apps=[SandboxApp(DEMO_APP_CLIENT_ID, "demo-secret")]) as demo:
        assert demo.db.count_activities(provider_id="CONFIGURABLE_REST_APP") == 3
        assert demo.db.count_activities(provider_id="REST_APP") == 1
    with SandboxPortal(now=lambda: NOW, apps=[SandboxApp("local.other", "s")]) as other:
        assert other.db.count_activities(provider_id="CONFIGURABLE_REST_APP") == 0
    with SandboxPortal(now=lambda: NOW, demo_data=False, apps=[SandboxApp(DEMO_APP_CLIENT_ID, "s")]) as empty:
        assert empty.db.count_activities() == 0
        assert load_demo_apps(empty) is False  # no demo CRM to attach it to
