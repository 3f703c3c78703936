"""``crm.activity.list``: order, select, every filter prefix, BINDINGS, paging (server-behaviour.md §2)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal

from .helpers import DEAL_1_TOTAL, Call, fetch_all

DEAL_1 = {"OWNER_TYPE_ID": 2, "OWNER_ID": 1}


async def listed(call: Call, **params: Any) -> dict[str, Any]:
    response = await call("crm.activity.list", params)
    assert response.status_code == 200, response.text
    return response.json()


async def all_rows(call: Call, **params: Any) -> list[dict[str, Any]]:
    return await fetch_all(call, "crm.activity.list", params)


async def total(call: Call, filter_: dict[str, Any]) -> int:
    return (await listed(call, filter=filter_, select=["ID"]))["total"]


# ----------------------------------------------------------------------------------- order


async def test_default_order_is_start_time_ascending_with_id_tie_break(call: Call) -> None:
    rows = await all_rows(call, filter=DEAL_1, select=["START_TIME"])
    keys = [(datetime.fromisoformat(r["START_TIME"]), int(r["ID"])) for r in rows]
    assert keys == sorted(keys)
    starts = [k[0] for k in keys]
    assert len(set(starts)) < len(starts)  # deal 1 has equal start times: the tie-break matters


async def test_multi_key_order_with_lower_case_keys(call: Call) -> None:
    rows = await all_rows(call, filter=DEAL_1, order={"completed": "desc", "start_time": "asc"},
                          select=["COMPLETED", "START_TIME"])
    flags = [r["COMPLETED"] for r in rows]
    assert flags == sorted(flags, reverse=True) and flags[0] == "Y" and flags[-1] == "N"
    for flag in ("Y", "N"):
        starts = [datetime.fromisoformat(r["START_TIME"]) for r in rows if r["COMPLETED"] == flag]
        assert starts == sorted(starts)


async def test_unknown_order_keys_are_ignored_and_non_asc_means_desc(call: Call) -> None:
    rows = (await listed(call, filter=DEAL_1, order={"NO_SUCH_FIELD": "ASC", "ID": "whatever"}))["result"]
    ids = [int(r["ID"]) for r in rows]
    assert ids == sorted(ids, reverse=True)


async def test_non_array_order_and_filter_are_rejected_order_first(call: Call) -> None:
    response = await call("crm.activity.list", {"order": "ID", "filter": "x"})
    assert response.status_code == 400
    assert response.json() == {"error": "", "error_description": "Parameter 'order' must be array."}
    response = await call("crm.activity.list", {"filter": "OWNER_ID=1"})
    assert response.json() == {"error": "", "error_description": "Parameter 'filter' must be array."}


# ----------------------------------------------------------------------------------- select


async def test_default_select_is_every_scalar_field_in_documented_order(call: Call) -> None:
    row = (await listed(call, filter={"ID": 1}))["result"][0]
    assert list(row)[:4] == ["ID", "OWNER_ID", "OWNER_TYPE_ID", "TYPE_ID"]
    assert list(row)[-1] == "AUTOCOMPLETE_RULE" and len(row) == 39
    assert "COMMUNICATIONS" not in row and "BINDINGS" not in row and "IS_INCOMING_CHANNEL" not in row
    star = (await listed(call, filter={"ID": 1}, select=["*"]))["result"][0]
    assert star == row


async def test_explicit_select_adds_id_keeps_documented_order_and_ignores_unknown(call: Call) -> None:
    row = (await listed(call, filter={"ID": 5}, select=["subject", "OWNER_ID", "NO_SUCH"]))["result"][0]
    assert list(row) == ["ID", "OWNER_ID", "SUBJECT"]
    assert row["ID"] == "5"


async def test_communications_only_when_named(call: Call) -> None:
    calls = (await listed(call, filter={**DEAL_1, "TYPE_ID": 2}, select=["*", "COMMUNICATIONS"]))["result"]
    comm = calls[0]["COMMUNICATIONS"][0]
    assert list(comm) == ["ID", "TYPE", "VALUE", "ENTITY_ID", "ENTITY_TYPE_ID", "ENTITY_SETTINGS"]
    assert comm["TYPE"] == "PHONE" and comm["VALUE"].startswith("+1 555")
    assert comm["ENTITY_TYPE_ID"] == "3"
    assert comm["ENTITY_SETTINGS"]["COMPANY_TITLE"] == "Northwind Traders"


async def test_is_incoming_channel_is_y_or_n_when_named(call: Call) -> None:
    rows = await all_rows(call, filter=DEAL_1, select=["IS_INCOMING_CHANNEL", "DEADLINE"])
    assert list(rows[0]) == ["ID", "DEADLINE", "IS_INCOMING_CHANNEL"]
    flags = {r["IS_INCOMING_CHANNEL"] for r in rows}
    assert flags == {"Y", "N"}
    assert all(r["DEADLINE"] == "9999-12-31T00:00:00+03:00" for r in rows if r["IS_INCOMING_CHANNEL"] == "Y")


async def test_values_are_legacy_strings_and_iso_datetimes(call: Call) -> None:
    row = (await listed(call, filter={"ID": 1}))["result"][0]
    assert isinstance(row["ID"], str) and isinstance(row["OWNER_TYPE_ID"], str)
    assert row["CREATED"].endswith("+03:00")
    assert row["PROVIDER_GROUP_ID"] is None and row["RESULT_VALUE"] is None


# ----------------------------------------------------------------------------------- filter


async def test_equals_with_and_without_prefix(call: Call, portal: SandboxPortal) -> None:
    rows = await all_rows(call, filter={"TYPE_ID": 4}, select=["TYPE_ID"])
    assert {r["TYPE_ID"] for r in rows} == {"4"}
    assert len(rows) == portal.db.count_activities(type_id=4)
    assert await total(call, {"=TYPE_ID": "4"}) == len(rows)


@pytest.mark.parametrize("prefix", ["!", "!="])
async def test_not_equal(call: Call, portal: SandboxPortal, prefix: str) -> None:
    everything = portal.db.count_activities()
    assert await total(call, {f"{prefix}TYPE_ID": 4}) == everything - portal.db.count_activities(type_id=4)


async def test_comparisons_on_numbers(call: Call) -> None:
    assert {int(r["ID"]) > 100 for r in await all_rows(call, filter={">ID": 100}, select=["ID"])} == {True}
    assert await total(call, {">=ID": 100}) == await total(call, {">ID": 100}) + 1
    assert await total(call, {"<ID": 11}) == 10
    assert await total(call, {"<=ID": 11}) == 11
    assert await total(call, {">ID": "100abc"}) == await total(call, {">ID": 100})  # intval


async def test_comparisons_on_datetimes_after_parsing(call: Call) -> None:
    with_offset = await total(call, {">=START_TIME": "2025-02-03T00:00:00+03:00"})
    assert with_offset == await total(call, {">=START_TIME": "2025-02-02T21:00:00Z"})
    assert with_offset == await total(call, {">=START_TIME": "2025-02-03 00:00"})  # portal zone
    rows = await all_rows(call, filter={"<START_TIME": "2025-01-01T00:00:00+03:00"}, select=["START_TIME"])
    limit = datetime.fromisoformat("2025-01-01T00:00:00+03:00")
    assert rows and all(datetime.fromisoformat(r["START_TIME"]) < limit for r in rows)
    assert await total(call, {"START_TIME": "not a date"}) == 0  # unreadable date means IS NULL


async def test_in_and_not_in(call: Call, portal: SandboxPortal) -> None:
    rows = (await listed(call, filter={"@ID": [3, 1, 2]}, select=["ID"]))["result"]
    assert sorted(r["ID"] for r in rows) == ["1", "2", "3"]
    assert await total(call, {"@ID": []}) == 0
    assert await total(call, {"!@ID": [1, 2, 3]}) == portal.db.count_activities() - 3


async def test_like_substring_is_case_insensitive(call: Call) -> None:
    rows = await all_rows(call, filter={"%SUBJECT": "CALL"}, select=["SUBJECT"])
    assert rows and all("call" in r["SUBJECT"].lower() for r in rows)
    assert await total(call, {"%SUBJECT": "100%"}) == 0  # % in the value is literal


async def test_like_with_explicit_wildcards(call: Call) -> None:
    starts = await all_rows(call, filter={"=%SUBJECT": "Incoming%"}, select=["SUBJECT"])
    assert starts and all(r["SUBJECT"].startswith("Incoming") for r in starts)
    ends = await all_rows(call, filter={"%=SUBJECT": "%agenda"}, select=["SUBJECT"])
    assert ends and all(r["SUBJECT"].endswith("agenda") for r in ends)


@pytest.mark.parametrize("key, value", [("!%SUBJECT", "call"), ("!=%SUBJECT", "%call%"), ("!%=SUBJECT", "%call%")])
async def test_negated_like(call: Call, portal: SandboxPortal, key: str, value: str) -> None:
    rows = await all_rows(call, filter={key: value}, select=["SUBJECT"])
    assert rows and not any("call" in r["SUBJECT"].lower() for r in rows)
    assert len(rows) == portal.db.count_activities() - await total(call, {"%SUBJECT": "call"})


async def test_array_values_are_or_ed(call: Call, portal: SandboxPortal) -> None:
    rows = await all_rows(call, filter={"TYPE_ID": [2, 4]}, select=["TYPE_ID"])
    assert {r["TYPE_ID"] for r in rows} == {"2", "4"}
    assert len(rows) == portal.db.count_activities(type_id=2) + portal.db.count_activities(type_id=4)


async def test_numeric_zero_matches_null(call: Call, portal: SandboxPortal) -> None:
    assert portal.db.activity(1)["result_value"] is None
    assert await total(call, {"RESULT_VALUE": 0}) == portal.db.count_activities()
    assert await total(call, {"!RESULT_VALUE": 0}) == 0


async def test_unknown_and_lower_case_keys_are_dropped(call: Call, portal: SandboxPortal) -> None:
    everything = portal.db.count_activities()
    assert await total(call, {"owner_id": 1, "NO_SUCH": 5, "LOGIC": "OR"}) == everything


async def test_bindings_match_secondary_bindings(call: Call, portal: SandboxPortal) -> None:
    bound = await all_rows(call, filter={"BINDINGS": [{"OWNER_TYPE_ID": 3, "OWNER_ID": 1}]},
                           select=["OWNER_TYPE_ID"])
    assert len(bound) == portal.db.count_activities(bound_to=(3, 1))
    assert {r["OWNER_TYPE_ID"] for r in bound} >= {"2", "3"}  # deal calls with contact 1 appear too
    assert len(bound) > await total(call, {"OWNER_TYPE_ID": 3, "OWNER_ID": 1})


async def test_bindings_with_several_pairs_may_repeat_an_activity(call: Call, portal: SandboxPortal) -> None:
    pairs = [{"OWNER_TYPE_ID": 2, "OWNER_ID": 1}, {"OWNER_TYPE_ID": 3, "OWNER_ID": 1}]
    rows = await all_rows(call, filter={"BINDINGS": pairs}, select=["ID"])
    expected = portal.db.count_activities(bound_to=(2, 1)) + portal.db.count_activities(bound_to=(3, 1))
    assert len(rows) == expected
    assert len({r["ID"] for r in rows}) < len(rows)


async def test_bindings_pair_without_owner_type_is_skipped(call: Call, portal: SandboxPortal) -> None:
    assert await total(call, {"BINDINGS": [{"OWNER_ID": 1}]}) == portal.db.count_activities()
    assert await total(call, {"BINDINGS": [{"OWNER_TYPE_ID": 1}]}) == portal.db.count_activities(owner_type_id=1)


# ----------------------------------------------------------------------------------- paging


async def test_start_is_floored_to_a_multiple_of_50(call: Call) -> None:
    at_50 = await listed(call, filter=DEAL_1, start=50)
    at_75 = await listed(call, filter=DEAL_1, start=75)
    assert at_75["result"] == at_50["result"] and len(at_50["result"]) == DEAL_1_TOTAL - 50
    assert "next" not in at_75 and at_75["total"] == DEAL_1_TOTAL


async def test_start_beyond_the_end_returns_page_one(call: Call) -> None:
    first = await listed(call, filter=DEAL_1)
    beyond = await listed(call, filter=DEAL_1, start=1000)
    assert beyond["result"] == first["result"]
    assert beyond["next"] == 50 and beyond["total"] == DEAL_1_TOTAL


async def test_start_minus_one_skips_the_count(call: Call) -> None:
    reply = await listed(call, filter=DEAL_1, start=-1)
    assert reply["total"] == 0 and "next" not in reply
    assert len(reply["result"]) == 50


async def test_empty_result(call: Call) -> None:
    reply = await listed(call, filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 999})
    assert reply["result"] == [] and reply["total"] == 0 and "next" not in reply


async def test_walking_deal_one_page_by_page_gives_each_activity_once(call: Call, portal: SandboxPortal) -> None:
    rows = await all_rows(call, filter=DEAL_1, select=["ID"])
    ids = [r["ID"] for r in rows]
    assert len(ids) == len(set(ids)) == portal.db.count_activities(owner_type_id=2, owner_id=1) == DEAL_1_TOTAL


async def test_keyset_paging_with_id_filter(call: Call, portal: SandboxPortal) -> None:
    seen: list[int] = []
    last = 0
    while True:
        page = (await listed(call, filter={">ID": last}, order={"ID": "ASC"}, select=["ID"], start=-1))["result"]
        seen.extend(int(r["ID"]) for r in page)
        if len(page) < 50:
            break
        last = seen[-1]
    assert seen == list(range(1, portal.db.count_activities() + 1))
