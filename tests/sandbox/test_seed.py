"""Seeding extra activities for load tests (``SandboxPortal.seed_activities``, ``serve --activities N``)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sandbox_server import start_sandbox_server

from desktop_app.sandbox import SandboxPortal

from .helpers import NOW

N = 3_500


@pytest.fixture
def seeded() -> Iterator[tuple[SandboxPortal, int]]:
    portal = SandboxPortal(now=lambda: NOW)
    first = int(portal.db.scalar("SELECT max(id) FROM activity")) + 1
    assert portal.seed_activities(N) == N
    yield portal, first
    portal.close()


def rows(portal: SandboxPortal, first: int, where: str = "1 = 1") -> list[dict]:
    return [dict(r) for r in portal.db.query(f"SELECT * FROM activity WHERE id >= ? AND {where} ORDER BY id",
                                             (first,))]


def test_seeded_ids_follow_the_demo_and_the_webhook_user_owns_every_seventh(seeded) -> None:
    portal, first = seeded
    seeded_rows = rows(portal, first)
    assert [r["id"] for r in seeded_rows] == list(range(first, first + N))
    mine = [r["id"] for r in seeded_rows if r["responsible_id"] == 1]
    assert mine == list(range(first, first + N, 7))  # sparse: one id in seven
    others = {r["responsible_id"] for r in seeded_rows if r["responsible_id"] != 1}
    assert others == {2, 3, 4, 5, 6}
    # the id sequence continues after the seeded rows
    created = portal.db.next_id("activity")
    assert created == first + N


def test_seeded_mix_of_kinds_states_and_deadlines(seeded) -> None:
    portal, first = seeded
    seeded_rows = rows(portal, first)
    max_date = portal.clock.max_date_ts()
    now = int(NOW.timestamp())
    kinds = {r["provider_id"] for r in seeded_rows}
    assert kinds == {"CRM_TODO", "VOXIMPLANT_CALL", "CRM_EMAIL", "CRM_MEETING"}
    open_rows = [r for r in seeded_rows if r["completed"] == "N"]
    assert 0.25 < len(open_rows) / N < 0.35
    incoming = [r for r in open_rows if r["is_incoming_channel"] == "Y"]
    assert incoming and all(r["direction"] == 1 and r["deadline"] == max_date and r["type_id"] in (2, 4)
                            for r in incoming)
    no_deadline = [r for r in open_rows if r["is_incoming_channel"] == "N" and r["deadline"] == max_date]
    assert no_deadline and all(r["start_time"] is None for r in no_deadline)
    dated = [r["deadline"] for r in open_rows if r["deadline"] != max_date]
    assert min(dated) < now - 60 * 86_400 and max(dated) > now + 90 * 86_400  # months ago … months ahead
    assert any(r["direction"] == 1 for r in seeded_rows if r["completed"] == "Y")
    done = [r["deadline"] for r in seeded_rows if r["completed"] == "Y"]
    assert max(done) < now and min(done) < now - 300 * 86_400


def test_seeded_activities_are_bound_and_talk_to_someone(seeded) -> None:
    portal, first = seeded
    calls = rows(portal, first, "type_id = 2")
    for row in calls[:50]:
        activity = portal.db.activity(row["id"])
        assert activity["bindings"][0] == (row["owner_type_id"], row["owner_id"])
        assert activity["communications"][0]["type"] == "PHONE"
        assert activity["communications"][0]["value"].startswith("+1 555")
        party = (activity["communications"][0]["entity_type_id"], activity["communications"][0]["entity_id"])
        assert party in activity["bindings"]
    owner_types = {r["owner_type_id"] for r in rows(portal, first)}
    assert owner_types == {1, 2, 3, 4}
    assert portal.db.count_activities(bound_to=(2, 1)) > 75  # deal 1 got more history


def test_seeding_is_deterministic() -> None:
    dumps = []
    for _ in range(2):
        with SandboxPortal(now=lambda: NOW) as portal:
            portal.seed_activities(700, seed=7)
            dumps.append([tuple(r) for r in portal.db.query(
                "SELECT a.*, group_concat(b.owner_type_id || ':' || b.owner_id) FROM activity a "
                "JOIN activity_binding b ON b.activity_id = a.id GROUP BY a.id ORDER BY a.id")])
    assert dumps[0] == dumps[1]


def test_a_very_busy_user_gets_every_seeded_activity_open() -> None:
    """``responsible_share=1, open_share=1``: the timeline100k benchmark's "My activities"."""
    with SandboxPortal(now=lambda: NOW) as portal:
        first = int(portal.db.scalar("SELECT max(id) FROM activity")) + 1
        portal.seed_activities(600, responsible_share=1, open_share=1)
        seeded_rows = rows(portal, first)
        assert len(seeded_rows) == 600
        assert {(r["responsible_id"], r["completed"]) for r in seeded_rows} == {(1, "N")}
    with SandboxPortal(now=lambda: NOW) as portal:
        first = int(portal.db.scalar("SELECT max(id) FROM activity")) + 1
        portal.seed_activities(600, responsible_share=0.5, open_share=0)
        seeded_rows = rows(portal, first)
        assert [r["id"] for r in seeded_rows if r["responsible_id"] == 1] == list(range(first, first + 600, 2))
        assert {r["completed"] for r in seeded_rows} == {"Y"}
        with pytest.raises(ValueError, match="open_share"):
            portal.seed_activities(1, open_share=1.5)


def test_seeding_needs_entities() -> None:
    with SandboxPortal(now=lambda: NOW, demo_data=False) as portal, pytest.raises(ValueError):
        portal.seed_activities(10)


async def test_my_open_activities_walk_through_the_api_by_id_cursor(seeded) -> None:
    portal, _ = seeded
    expected = [str(r[0]) for r in portal.db.query(
        "SELECT id FROM activity WHERE responsible_id = 1 AND completed = 'N' ORDER BY id")]
    walked: list[str] = []
    async with httpx.AsyncClient(transport=portal.transport(), base_url="http://sandbox.local") as http:
        last = 0
        while True:
            body = (await http.post(portal.webhook_url() + "crm.activity.list", json={
                "order": {"ID": "ASC"}, "filter": {">ID": last, "RESPONSIBLE_ID": 1, "COMPLETED": "N"},
                "select": ["ID", "DEADLINE"], "start": -1})).json()
            walked += [row["ID"] for row in body["result"]]
            assert "next" not in body and body["total"] == 0
            if len(body["result"]) < 50:
                break
            last = int(body["result"][-1]["ID"])
    assert walked == expected and len(expected) > 100


@pytest.mark.integration
def test_cli_seeds_activities() -> None:
    with SandboxPortal() as plain:
        demo_total = plain.db.count_activities()
    with start_sandbox_server("--activities", "1200") as url, httpx.Client(timeout=30) as http:
        everything = http.post(url + "crm.activity.list", json={"select": ["ID"]}).json()["total"]
        assert everything == demo_total + 1200
        mine = http.post(url + "crm.activity.list", json={"filter": {">ID": demo_total, "RESPONSIBLE_ID": 1},
                                                          "select": ["ID"]}).json()["total"]
        assert mine == -(-1200 // 7)
