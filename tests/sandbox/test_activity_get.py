"""``crm.activity.get`` (api-spec.md §4.5, server-behaviour.md §1.3)."""

from __future__ import annotations

import pytest

from .helpers import Call


async def test_get_returns_the_list_default_fields(call: Call) -> None:
    got = (await call("crm.activity.get", {"id": 7})).json()["result"]
    listed = (await call("crm.activity.list", {"filter": {"ID": 7}})).json()["result"][0]
    assert got == listed
    assert got["ID"] == "7" and "COMMUNICATIONS" not in got and "BINDINGS" not in got


async def test_upper_case_id_parameter_works(call: Call) -> None:
    assert (await call("crm.activity.get", {"ID": "12"})).json()["result"]["ID"] == "12"


@pytest.mark.parametrize("params", [{}, {"id": 0}, {"id": -5}, {"id": "abc"}, {"ID": None}])
async def test_missing_or_invalid_id(call: Call, params: dict) -> None:
    response = await call("crm.activity.get", params)
    assert response.status_code == 400
    assert response.json() == {"error": "", "error_description": "ID is not defined or invalid."}


async def test_missing_activity(call: Call) -> None:
    response = await call("crm.activity.get", {"id": 999999})
    assert response.status_code == 400
    assert response.json() == {"error": "", "error_description": "Activity is not found."}
