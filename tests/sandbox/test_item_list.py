"""``crm.item.list`` for leads, deals, contacts and companies."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import Call, fetch_all

FIELDS = {
    1: ["id", "title", "name", "secondName", "lastName", "statusId", "opportunity", "currencyId", "companyId",
        "contactId", "assignedById", "createdTime", "updatedTime"],
    2: ["id", "title", "stageId", "categoryId", "opportunity", "currencyId", "companyId", "contactId",
        "contactIds", "assignedById", "createdTime", "updatedTime", "beginDate", "closeDate"],
    3: ["id", "honorific", "name", "secondName", "lastName", "post", "companyId", "assignedById",
        "createdTime", "updatedTime"],
    4: ["id", "title", "companyType", "industry", "revenue", "currencyId", "assignedById", "createdTime",
        "updatedTime"],
}
COUNTS = {1: 25, 2: 35, 3: 40, 4: 30}


async def items(call: Call, **params: Any) -> dict[str, Any]:
    response = await call("crm.item.list", params)
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("entity_type_id", [1, 2, 3, 4])
async def test_each_type_lists_all_fields_with_native_types(call: Call, entity_type_id: int) -> None:
    reply = await items(call, entityTypeId=entity_type_id)
    assert list(reply) == ["result", "total", "time"]
    assert reply["total"] == COUNTS[entity_type_id]
    rows = reply["result"]["items"]
    assert len(rows) == COUNTS[entity_type_id]
    assert list(rows[0]) == FIELDS[entity_type_id]
    assert [r["id"] for r in rows] == list(range(1, COUNTS[entity_type_id] + 1))  # default order id ASC
    assert isinstance(rows[0]["id"], int) and isinstance(rows[0]["assignedById"], int)
    assert rows[0]["createdTime"].endswith("+03:00")


async def test_deal_one_belongs_to_northwind_with_two_contacts(call: Call) -> None:
    deal = (await items(call, entityTypeId=2, filter={"id": 1}))["result"]["items"][0]
    assert deal["title"].startswith("Northwind Traders")
    assert deal["companyId"] == 1 and deal["contactIds"] == [1, 2] and deal["contactId"] == 1
    assert isinstance(deal["opportunity"], float)


async def test_search_by_title_substring(call: Call) -> None:
    rows = (await items(call, entityTypeId=4, filter={"%title": "HARBOR"}))["result"]["items"]
    assert sorted(r["title"] for r in rows) == ["Blue Harbor Seafood", "Harborview Consulting"]


async def test_or_group_searches_several_fields(call: Call) -> None:
    by_name = {r["id"] for r in await fetch_all(call, "crm.item.list", {"entityTypeId": 3, "filter": {"%name": "an"}})}
    by_last = {r["id"] for r in await fetch_all(call, "crm.item.list",
                                                {"entityTypeId": 3, "filter": {"%lastName": "an"}})}
    group = {"0": {"logic": "OR", "%name": "an", "%lastName": "an"}}
    rows = await fetch_all(call, "crm.item.list", {"entityTypeId": 3, "filter": group})
    assert {r["id"] for r in rows} == by_name | by_last
    assert by_name - by_last and by_last - by_name  # the OR really widens the result


async def test_group_level_logic_and_other_prefixes(call: Call) -> None:
    rows = (await items(call, entityTypeId=2, filter={"logic": "OR", "id": 3, "@id": [5, 7]}))["result"]["items"]
    assert [r["id"] for r in rows] == [3, 5, 7]
    rows = (await items(call, entityTypeId=2, filter={">opportunity": 100000, "!stageId": "LOSE"}))["result"]["items"]
    assert rows and all(r["opportunity"] > 100000 and r["stageId"] != "LOSE" for r in rows)


async def test_select_and_order(call: Call) -> None:
    rows = (await items(call, entityTypeId=4, select=["title"], order={"title": "DESC"}))["result"]["items"]
    assert list(rows[0]) == ["id", "title"]
    titles = [r["title"] for r in rows]
    assert titles == sorted(titles, key=str.lower, reverse=True)


async def test_paging_by_fifty(call: Call, portal: SandboxPortal) -> None:
    for extra_id in range(41, 71):  # 30 more contacts → 70 in all
        portal.db.insert_row("crm_item", {"entity_type_id": 3, "id": extra_id, "name": f"Extra{extra_id}",
                                          "last_name": "Contact", "assigned_by_id": 1})
    first = await items(call, entityTypeId=3)
    assert len(first["result"]["items"]) == 50 and first["next"] == 50 and first["total"] == 70
    second = await items(call, entityTypeId=3, start=50)
    assert [r["id"] for r in second["result"]["items"]] == list(range(51, 71)) and "next" not in second
    uncounted = await items(call, entityTypeId=3, start=-1)
    assert "total" not in uncounted and "next" not in uncounted


async def test_entity_type_errors(call: Call) -> None:
    response = await call("crm.item.list", {})
    assert response.status_code == 400
    assert response.json() == {"error": "100", "error_description": "Could not find value for parameter {entityTypeId}"}
    response = await call("crm.item.list", {"entityTypeId": 7})
    assert response.status_code == 400 and response.json()["error"] == "NOT_FOUND"
