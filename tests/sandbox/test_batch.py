"""``batch`` on the sandbox portal (api-spec.md §2.4, server-behaviour.md §5.5): commands, references,
halt, the 50-command limit, refused methods, errors per command, and the PHP shapes of the reply."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
import pytest

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.faults import FaultKind

from .helpers import BASE_URL, DEAL_1_TOTAL, Call

TODO = "crm.activity.todo.add?ownerTypeId=2&ownerId=1&deadline=2025-02-06T10%3A00%3A00%2B03%3A00&title=Call%20back"
MAPS = ["result", "result_error", "result_total", "result_next", "result_time"]
NOT_FOUND = {"error": "ERROR_METHOD_NOT_FOUND", "error_description": "Method not found!"}
NOT_ALLOWED = {"error": "ERROR_BATCH_METHOD_NOT_ALLOWED", "error_description": "Method is not allowed for batch usage"}
TOO_LONG = {"error": "ERROR_BATCH_LENGTH_EXCEEDED", "error_description": "Max batch length exceeded"}


def page(after: str, *, select: str = "&select[]=ID&select[]=SUBJECT") -> str:
    """A count-free keyset page: ``order[ID]=ASC``, ``filter[>ID]=<after>``, ``start=-1``."""
    return f"crm.activity.list?order[ID]=ASC&filter[%3EID]={after}&start=-1{select}"


async def batch(call: Call, cmd: Any, **extra: Any) -> dict[str, Any]:
    response = await call("batch", {"cmd": cmd, **extra})
    assert response.status_code == 200
    body = response.json()
    assert list(body) == ["result", "time"]
    assert list(body["result"]) == MAPS
    return body["result"]


async def all_ids(portal: SandboxPortal) -> list[str]:
    return [str(r[0]) for r in portal.db.query("SELECT id FROM activity ORDER BY id")]


async def test_todo_created_then_read_back_through_result_references(call: Call, portal: SandboxPortal) -> None:
    out = await batch(call, {"todo": TODO, "read": "crm.activity.get?id=$result[todo][id]",
                             "binds": "crm.activity.binding.list?activityId=$result[todo][id]"}, halt=1)
    new_id = out["result"]["todo"]["id"]
    assert portal.db.activity(new_id)["subject"] == "Call back"
    assert out["result"]["read"]["ID"] == str(new_id)
    assert out["result"]["read"]["SUBJECT"] == "Call back"
    assert out["result"]["binds"] == [{"entityTypeId": 2, "entityId": 1}]
    assert out["result_error"] == [] and out["result_next"] == [] and out["result_total"] == []
    assert list(out["result_time"]) == ["todo", "read", "binds"]
    assert {"start", "finish", "duration", "date_start"} <= set(out["result_time"]["read"])


async def test_fifty_chained_pages_via_list_index_references_walk_every_id_once(call: Call,
                                                                                portal: SandboxPortal) -> None:
    cmd = {"p0": page("0")}
    for k in range(1, 50):
        cmd[f"p{k}"] = page(f"$result[p{k - 1}][49][ID]")
    ids = await all_ids(portal)
    assert len(ids) > 300  # several full pages, then the end of the table
    out = await batch(call, cmd, halt=1)
    full_pages = len(ids) // 50
    walked = [row["ID"] for k in range(full_pages + 1) for row in out["result"][f"p{k}"]]
    assert walked == ids
    assert out["result_error"] == []
    assert out["result_total"]["p0"] == 0 and out["result_next"] == []  # start=-1: nothing counted


async def test_reference_past_a_short_page_substitutes_the_rows_and_the_walk_repeats(call: Call,
                                                                                     portal: SandboxPortal) -> None:
    # The portal's quirk: $result[short][49][ID] on a page of fewer than 50 rows stops at the list of
    # rows; the filter reads the list as ">ID" 1 (intval of an array) — no error, rows repeat.
    ids = await all_ids(portal)
    last_page_start = ids[-(len(ids) % 50 or 50) - 1]
    out = await batch(call, {"short": page(last_page_start), "after": page("$result[short][49][ID]")}, halt=1)
    assert 0 < len(out["result"]["short"]) < 50
    assert out["result_error"] == []
    assert [row["ID"] for row in out["result"]["after"]] == ids[1:51]


@pytest.mark.parametrize("key", ["SUBJECT", "%SUBJECT", ">=LAST_UPDATED", "@TYPE_ID", "!RESPONSIBLE_ID",
                                 "BINDINGS", "COMPLETED"])
async def test_rows_substituted_into_any_filter_value_still_list(call: Call, key: str) -> None:
    rows = "crm.activity.list?filter[OWNER_TYPE_ID]=2&filter[OWNER_ID]=1&start=-1"
    out = await batch(call, {"rows": rows, "next": f"crm.activity.list?filter[{quote(key)}]=$result[rows]&start=-1"
                                                   "&order[ID]=ASC&select[]=ID"})
    assert out["result_error"] == []
    assert isinstance(out["result"]["next"], list)


async def test_a_reference_to_a_failed_command_uses_the_whole_result_map(call: Call) -> None:
    out = await batch(call, {"me": "user.current", "bad": "crm.activity.get?id=0",
                             "list": "crm.activity.list?filter[>ID]=$result[bad][ID]&start=-1&select[]=ID"})
    assert list(out["result_error"]) == ["bad"]
    assert len(out["result"]["list"]) == 50  # filter ">ID" = intval(array) = 1


async def test_references_to_total_next_and_inside_longer_strings(call: Call, portal: SandboxPortal) -> None:
    deal = "filter[OWNER_TYPE_ID]=2&filter[OWNER_ID]=1&order[ID]=ASC&select[]=ID&select[]=SUBJECT"
    out = await batch(call, {
        "first": f"crm.activity.list?{deal}",
        "second": f"crm.activity.list?{deal}&start=$next[first]",
        "todo": TODO.replace("title=Call%20back", "title=Re%3A%20$result[first][0][SUBJECT]%20(of%20$total[first])"),
        "array": TODO.replace("title=Call%20back", "title=Rows%3A%20$result[first]"),
    })
    assert out["result_total"] == {"first": DEAL_1_TOTAL, "second": DEAL_1_TOTAL}
    assert out["result_next"] == {"first": 50}
    assert len(out["result"]["second"]) == DEAL_1_TOTAL - 50
    assert out["result"]["second"][0]["ID"] != out["result"]["first"][0]["ID"]
    subject = out["result"]["first"][0]["SUBJECT"]
    assert portal.db.activity(out["result"]["todo"]["id"])["subject"] == f"Re: {subject} (of {DEAL_1_TOTAL})"
    # Only scalars are put into a longer string: a list leaves the reference text as it was.
    assert portal.db.activity(out["result"]["array"]["id"])["subject"] == "Rows: $result[first]"


async def test_a_bad_method_fails_alone_while_the_others_complete(call: Call, portal: SandboxPortal) -> None:
    out = await batch(call, {"a": "user.current", "bad": "crm.activity.nosuch?id=1", "c": TODO})
    assert out["result_error"] == {"bad": NOT_FOUND}
    assert list(out["result"]) == ["a", "c"] and list(out["result_time"]) == ["a", "c"]
    assert portal.db.activity(out["result"]["c"]["id"]) is not None


async def test_a_nested_error_is_exactly_the_plain_calls_error(call: Call) -> None:
    params = "ownerTypeId=2&ownerId=999&deadline=2025-02-06T10%3A00%3A00&title=x"
    out = await batch(call, {"legacy": "crm.activity.get?id=987654",
                             "controller": f"crm.activity.todo.add?{params}",
                             "missing": "crm.activity.todo.add?ownerTypeId=2"})
    assert out["result_error"]["legacy"] == (await call("crm.activity.get", {"id": 987654})).json()
    plain = await call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 999,
                                                  "deadline": "2025-02-06T10:00:00", "title": "x"})
    assert out["result_error"]["controller"] == plain.json()
    assert out["result_error"]["missing"] == (await call("crm.activity.todo.add", {"ownerTypeId": 2})).json()


@pytest.mark.parametrize(("halt", "stops"), [(1, True), (True, True), ("1", True), ("false", True), ("Y", True),
                                             (0, False), ("0", False), ("", False), (False, False), (None, False)])
async def test_halt_follows_php_truthiness(call: Call, portal: SandboxPortal, halt: Any, stops: bool) -> None:
    before = portal.db.count_activities()
    out = await batch(call, {"a": "user.current", "bad": "crm.activity.get?id=0", "c": TODO}, halt=halt)
    assert "bad" in out["result_error"]
    if stops:
        assert list(out["result"]) == ["a"] and list(out["result_time"]) == ["a"]
        assert portal.db.count_activities() == before  # "c" never ran
    else:
        assert list(out["result"]) == ["a", "c"]
        assert portal.db.count_activities() == before + 1


async def test_commands_past_fifty_are_not_run(call: Call, portal: SandboxPortal) -> None:
    before = portal.db.count_activities()
    cmd = {f"c{i}": TODO for i in range(52)}
    out = await batch(call, cmd)
    assert len(out["result"]) == 50
    assert out["result_error"] == {"c50": TOO_LONG, "c51": TOO_LONG}
    assert portal.db.count_activities() == before + 50


@pytest.mark.parametrize("method", ["batch", "BATCH", "download", "upload"])
async def test_batch_download_and_upload_are_refused_inside_a_batch(call: Call, method: str) -> None:
    out = await batch(call, {"inner": f"{method}?cmd[x]=user.current", "ok": "user.current"})
    assert out["result_error"] == {"inner": NOT_ALLOWED}
    assert list(out["result"]) == ["ok"]


async def test_a_list_of_commands_answers_php_lists(call: Call) -> None:
    out = await batch(call, ["user.current", "crm.activity.get?id=0", "crm.enum.ownertype"])
    assert isinstance(out["result"], dict) and list(out["result"]) == ["0", "2"]  # keys 0, 2: a JSON object
    assert out["result_error"] == {"1": {"error": "", "error_description": "ID is not defined or invalid."}}
    all_ok = await batch(call, ["user.current", "crm.enum.ownertype"])
    assert isinstance(all_ok["result"], list) and all_ok["result"][0]["ID"] == "1"
    assert isinstance(all_ok["result_time"], list) and len(all_ok["result_time"]) == 2


async def test_parameter_names_are_case_insensitive_and_non_strings_are_skipped(call: Call) -> None:
    response = await call("batch", {"CMD": {"n": 5, "a": "user.current"}, "Halt": 1})
    out = response.json()["result"]
    assert list(out["result"]) == ["a"] and out["result_error"] == []
    # a non-string command still counts towards the 50
    cmd: dict[str, Any] = {f"n{i}": i for i in range(50)}
    cmd["late"] = "user.current"
    out = await batch(call, cmd)
    assert out["result"] == [] and out["result_error"] == {"late": TOO_LONG}


async def test_form_encoded_batch_with_double_encoded_commands(client: httpx.AsyncClient,
                                                               portal: SandboxPortal) -> None:
    inner = "crm.activity.list?filter[OWNER_TYPE_ID]=2&filter[OWNER_ID]=1&select[]=ID&start=50"
    query = f"halt=0&cmd[rest]={quote(inner, safe='')}&cmd[me]=user.current"
    response = await client.get(portal.webhook_url(BASE_URL) + "batch?" + query)
    out = response.json()["result"]
    assert len(out["result"]["rest"]) == DEAL_1_TOTAL - 50
    assert out["result_total"] == {"rest": DEAL_1_TOTAL}
    assert out["result"]["me"]["ID"] == "1"


async def test_no_cmd_gives_five_empty_maps(call: Call) -> None:
    out = await batch(call, "user.current")
    assert all(out[name] == [] for name in MAPS)


async def test_a_fault_on_the_outer_request_refuses_the_whole_batch(call: Call, portal: SandboxPortal) -> None:
    before = portal.db.count_activities()
    portal.faults.force_next(FaultKind.RATE_LIMIT, method="batch")
    response = await call("batch", {"cmd": {"a": TODO}})
    assert response.status_code == 503
    assert response.json() == {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}
    assert portal.db.count_activities() == before
