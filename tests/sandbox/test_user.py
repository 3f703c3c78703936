"""``user.current`` and ``user.get``."""

from __future__ import annotations

import httpx

from desktop_app.sandbox import SandboxPortal

from .helpers import BASE_URL, Call

USER_KEYS = ["ID", "XML_ID", "ACTIVE", "NAME", "LAST_NAME", "SECOND_NAME", "EMAIL", "LAST_LOGIN",
             "DATE_REGISTER", "IS_ONLINE", "TIME_ZONE", "TIME_ZONE_OFFSET", "PERSONAL_GENDER", "PERSONAL_PHOTO",
             "WORK_POSITION", "UF_DEPARTMENT", "USER_TYPE"]


async def test_current_user_is_the_webhook_owner(call: Call) -> None:
    user = (await call("user.current")).json()["result"]
    assert list(user) == USER_KEYS
    assert (user["ID"], user["NAME"], user["LAST_NAME"]) == ("1", "Alex", "Morgan")
    assert user["ACTIVE"] is True and user["IS_ONLINE"] == "Y"
    assert user["UF_DEPARTMENT"] == [1] and user["USER_TYPE"] == "employee"


async def test_get_without_filter_lists_everyone(call: Call) -> None:
    reply = (await call("user.get")).json()
    assert [u["ID"] for u in reply["result"]] == ["1", "2", "3", "4", "5", "6"]
    assert reply["total"] == 6 and "next" not in reply


async def test_get_by_id_in_filter_or_at_top_level(call: Call) -> None:
    assert [u["NAME"] for u in (await call("user.get", {"ID": 3})).json()["result"]] == ["Daniel"]
    assert [u["ID"] for u in (await call("user.get", {"FILTER": {"ID": [2, 4]}})).json()["result"]] == ["2", "4"]
    assert [u["ID"] for u in (await call("user.get", {"filter": {"@ID": "5,6"}})).json()["result"]] == ["5", "6"]
    assert (await call("user.get", {"filter": {"ACTIVE": True}})).json()["total"] == 6


async def test_get_sorted_through_the_query_string(client: httpx.AsyncClient, portal: SandboxPortal) -> None:
    reply = (await client.get(portal.webhook_url(BASE_URL) + "user.get?sort=LAST_NAME&order=DESC")).json()
    names = [u["LAST_NAME"] for u in reply["result"]]
    assert names == sorted(names, reverse=True)


async def test_get_pages_by_fifty(call: Call, portal: SandboxPortal) -> None:
    for user_id in range(7, 62):
        portal.db.insert_row("user", {"id": user_id, "name": f"Temp{user_id}", "last_name": "Worker"})
    first = (await call("user.get")).json()
    assert len(first["result"]) == 50 and first["next"] == 50 and first["total"] == 61
    second = (await call("user.get", {"start": 50})).json()
    assert [u["ID"] for u in second["result"]] == [str(i) for i in range(51, 62)] and "next" not in second
