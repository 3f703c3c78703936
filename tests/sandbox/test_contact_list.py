"""``crm.contact.list`` / ``crm.company.list`` / ``crm.lead.list``: PHONE/EMAIL multifields, filters,
legacy errors in their documented order (Bitrix24 docs for crm.contact.list; server-behaviour.md §1.0.4)."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import Call, fetch_all


async def listed(call: Call, method: str, **params: Any) -> dict[str, Any]:
    response = await call(method, params)
    assert response.status_code == 200, response.text
    return response.json()


def stored(portal: SandboxPortal, entity_type_id: int, entity_id: int, type_id: str) -> list[str]:
    return [r["value"] for r in portal.db.query(
        "SELECT value FROM crm_multifield WHERE entity_type_id = ? AND entity_id = ? AND type_id = ? ORDER BY id",
        (entity_type_id, entity_id, type_id))]


async def test_contact_phones_and_emails_come_only_when_selected(call: Call, portal: SandboxPortal) -> None:
    plain = (await listed(call, "crm.contact.list", filter={"ID": 1}))["result"]
    assert len(plain) == 1 and "PHONE" not in plain[0] and "EMAIL" not in plain[0]
    assert plain[0]["ID"] == "1" and plain[0]["NAME"]

    row = (await listed(call, "crm.contact.list", filter={"ID": 1}, select=["NAME", "PHONE", "EMAIL"]))["result"][0]
    assert set(row) == {"ID", "NAME", "PHONE", "EMAIL"}
    assert [p["VALUE"] for p in row["PHONE"]] == stored(portal, 3, 1, "PHONE")
    assert [e["VALUE"] for e in row["EMAIL"]] == stored(portal, 3, 1, "EMAIL")
    phone = row["PHONE"][0]
    assert list(phone) == ["ID", "VALUE_TYPE", "VALUE", "TYPE_ID"]
    assert phone["TYPE_ID"] == "PHONE" and phone["VALUE_TYPE"] == "WORK" and phone["ID"].isdigit()


async def test_contacts_of_a_company_by_company_id_and_in_filter(call: Call, portal: SandboxPortal) -> None:
    expected = sorted(r["id"] for r in portal.db.query(
        "SELECT id FROM crm_item WHERE entity_type_id = 3 AND company_id = 1"))
    rows = (await listed(call, "crm.contact.list", filter={"COMPANY_ID": 1}, select=["ID", "COMPANY_ID"]))["result"]
    assert [int(r["ID"]) for r in rows] == expected and all(r["COMPANY_ID"] == "1" for r in rows)
    some = (await listed(call, "crm.contact.list", filter={"@ID": [3, 1]}, select=["ID"]))
    assert [r["ID"] for r in some["result"]] == ["1", "3"] and some["total"] == 2


async def test_company_and_lead_lists_carry_their_multifields(call: Call, portal: SandboxPortal) -> None:
    company = (await listed(call, "crm.company.list", filter={"ID": 1}, select=["TITLE", "EMAIL"]))["result"][0]
    assert company["TITLE"] and "PHONE" not in company
    assert [e["VALUE"] for e in company["EMAIL"]] == stored(portal, 4, 1, "EMAIL")
    lead = (await listed(call, "crm.lead.list", filter={"ID": 2}, select=["PHONE"]))["result"][0]
    assert set(lead) == {"ID", "PHONE"}
    assert [p["VALUE"] for p in lead["PHONE"]] == stored(portal, 1, 2, "PHONE")


async def test_filter_by_exact_email(call: Call, portal: SandboxPortal) -> None:
    email = stored(portal, 3, 5, "EMAIL")[0]
    rows = (await listed(call, "crm.contact.list", filter={"EMAIL": email}, select=["ID"]))["result"]
    assert [r["ID"] for r in rows] == ["5"]
    rows = (await listed(call, "crm.contact.list", filter={"EMAIL": email[:-2]}, select=["ID"]))["result"]
    assert rows == []


async def test_paging_is_legacy_fifty_per_page(call: Call) -> None:
    first = await listed(call, "crm.contact.list", select=["ID"])
    assert first["total"] == 40 and len(first["result"]) == 40 and "next" not in first
    rows = await fetch_all(call, "crm.lead.list", {"select": ["ID"]})
    assert [int(r["ID"]) for r in rows] == list(range(1, 26))


@pytest.mark.parametrize("method", ["crm.contact.list", "crm.company.list", "crm.lead.list"])
async def test_non_array_order_then_filter_are_rejected(call: Call, method: str) -> None:
    response = await call(method, {"order": "ID", "filter": "x"})
    assert response.status_code == 400
    assert response.json() == {"error": "", "error_description": "Parameter 'order' must be array."}
    response = await call(method, {"FILTER": "x"})
    assert response.json() == {"error": "", "error_description": "Parameter 'filter' must be array."}
