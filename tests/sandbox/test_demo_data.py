"""The demo portal: deterministic for a fixed ``now``, and deal 1 has a rich timeline."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import httpx

from desktop_app.sandbox import SandboxPortal

from .helpers import BASE_URL, NOW, Call, fetch_all

DEAL_1 = {"OWNER_TYPE_ID": 2, "OWNER_ID": 1}
MAX_DATE = "9999-12-31T00:00:00+03:00"


async def dump(portal: SandboxPortal) -> list:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=portal.app), base_url=BASE_URL) as client:
        async def call(method: str, params: dict) -> httpx.Response:
            return await client.post(portal.webhook_url(BASE_URL) + method, json=params)

        activities = await fetch_all(call, "crm.activity.list", {"select": ["*", "COMMUNICATIONS"]})
        crm_items = [await fetch_all(call, "crm.item.list", {"entityTypeId": t}) for t in (1, 2, 3, 4)]
    return [activities, crm_items]


async def test_same_now_gives_identical_portals() -> None:
    first, second = SandboxPortal(now=lambda: NOW), SandboxPortal(now=lambda: NOW)
    try:
        one, two = await dump(first), await dump(second)
        assert one == two
        assert len(one[0]) == first.db.count_activities() > 350
    finally:
        first.close()
        second.close()


async def test_dates_follow_the_portal_day() -> None:
    later = SandboxPortal(now=lambda: NOW + timedelta(days=10))
    base = SandboxPortal(now=lambda: NOW)
    try:
        shifted = later.db.activity(1)["start_time"] - base.db.activity(1)["start_time"]
        assert shifted == timedelta(days=10)
    finally:
        later.close()
        base.close()


async def test_deal_one_has_a_rich_timeline(call: Call) -> None:
    rows = await fetch_all(call, "crm.activity.list", {"filter": DEAL_1, "select": ["*", "IS_INCOMING_CHANNEL"]})
    now = NOW
    assert len(rows) > 50
    assert {r["TYPE_ID"] for r in rows} == {"1", "2", "4", "6"}
    assert {(r["PROVIDER_ID"], r["PROVIDER_TYPE_ID"]) for r in rows} == {
        ("CRM_MEETING", "MEETING"), ("VOXIMPLANT_CALL", "CALL"), ("CRM_EMAIL", "EMAIL"), ("CRM_TODO", "TODO")}
    completed = [r for r in rows if r["COMPLETED"] == "Y"]
    incoming = [r for r in rows if r["IS_INCOMING_CHANNEL"] == "Y"]
    open_rows = [r for r in rows if r["COMPLETED"] == "N" and r["IS_INCOMING_CHANNEL"] == "N"]
    overdue = [r for r in open_rows if datetime.fromisoformat(r["DEADLINE"]) < now]
    future_todos = [r for r in open_rows if r["TYPE_ID"] == "6" and datetime.fromisoformat(r["DEADLINE"]) > now]
    assert len(completed) >= 3 and len(overdue) >= 2 and len(incoming) >= 1
    assert all(r["DIRECTION"] == "1" and r["DEADLINE"] == MAX_DATE and r["COMPLETED"] == "N" for r in incoming)
    colours = {(r["SETTINGS"] or {}).get("COLOR") for r in future_todos}
    assert len(future_todos) >= 2 and len(colours) >= 2


async def test_every_owner_has_at_most_fifteen_activities_except_deal_one(portal: SandboxPortal) -> None:
    rows = portal.db.query("SELECT owner_type_id, owner_id, COUNT(*) FROM activity GROUP BY 1, 2")
    counts = {(r[0], r[1]): r[2] for r in rows}
    assert counts.pop((2, 1)) > 50
    assert max(counts.values()) <= 15
    assert {owner_type for owner_type, _ in counts} == {1, 2, 3, 4}


async def test_calls_and_emails_are_bound_to_the_counterpart(portal: SandboxPortal) -> None:
    call_activity = portal.db.query_one("SELECT id FROM activity WHERE type_id = 2 AND owner_type_id = 2")
    stored = portal.db.activity(call_activity["id"])
    comm = stored["communications"][0]
    assert comm["type"] == "PHONE"
    assert stored["bindings"] == [(2, stored["owner_id"]), (comm["entity_type_id"], comm["entity_id"])]


async def test_file_database_keeps_its_data(tmp_path: Path) -> None:
    path = str(tmp_path / "portal.sqlite")
    first = SandboxPortal(path, now=lambda: NOW)
    first.db.update_activity(1, subject="Edited before restart")
    count = first.db.count_activities()
    first.close()
    again = SandboxPortal(path, now=lambda: NOW + timedelta(days=3))
    try:
        assert again.db.activity(1)["subject"] == "Edited before restart"
        assert again.db.count_activities() == count
    finally:
        again.close()


async def test_empty_portal_still_knows_the_webhook_user() -> None:
    portal = SandboxPortal(demo_data=False, webhook_user_id=7)
    try:
        assert portal.db.count_activities() == 0
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=portal.app), base_url=BASE_URL) as client:
            body = (await client.get(portal.webhook_url(BASE_URL) + "user.current")).json()
            assert body["result"]["ID"] == "7"
            reply = (await client.get(portal.webhook_url(BASE_URL) + "crm.activity.list")).json()
            assert reply["result"] == [] and reply["total"] == 0
    finally:
        portal.close()
