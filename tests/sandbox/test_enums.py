"""``crm.enum.*``: owner types and the deprecated activity enumerations."""

from __future__ import annotations

import pytest

from .helpers import Call


async def test_owner_types_in_documented_order(call: Call) -> None:
    result = (await call("crm.enum.ownertype")).json()["result"]
    assert [row["ID"] for row in result] == [1, 2, 3, 4, 5, 31, 7, 8, 36, 39]
    assert result[1] == {"ID": 2, "NAME": "Deal", "SYMBOL_CODE": "DEAL", "SYMBOL_CODE_SHORT": "D"}
    assert result[5] == {"ID": 31, "NAME": "Invoice", "SYMBOL_CODE": "SMART_INVOICE", "SYMBOL_CODE_SHORT": "SI"}


@pytest.mark.parametrize("method, names", [
    ("crm.enum.activitytype", ["", "Meeting", "Call", "Task", "E-mail", "Action", "User Action"]),
    ("crm.enum.activitystatus", ["", "Pending", "Completed", "Automatically Completed"]),
    ("crm.enum.activitypriority", ["", "low", "medium", "high"]),
    ("crm.enum.activitynotifytype", ["", "min.", "h.", "d."]),
    ("crm.enum.activitydirection", ["", "Incoming", "Outgoing"]),
    ("crm.enum.contenttype", ["", "Plain text", "bbCode", "HTML"]),
])
async def test_deprecated_activity_enums(call: Call, method: str, names: list[str]) -> None:
    response = await call(method)
    assert response.status_code == 200
    assert response.json()["result"] == [
        {"ID": index, "NAME": name, "SYMBOL_CODE": None, "SYMBOL_CODE_SHORT": None} for index, name in enumerate(names)]


async def test_enum_names_are_case_insensitive(call: Call) -> None:
    assert (await call("CRM.ENUM.ACTIVITYTYPE.json")).json()["result"][2]["NAME"] == "Call"
