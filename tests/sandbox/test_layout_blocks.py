"""crm.activity.layout.blocks.set/get/delete on the sandbox portal (issue 13 item 4; api-spec.md §4.14,
server-behaviour.md §1.11): one set per (activity, application), the context pre-filter before the
binder, the documented order of errors."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal

from .app_calls import OTHER_APP_ID, a_todo, app_principal, call, error, json_values, result, template, webhook_principal

BLOCKS = template("rest_app_call_summary")
CONTEXT = {"error": "ERROR_WRONG_CONTEXT",
           "error_description": "The method call is only possible in the context of a REST application"}


def bare(body: dict[str, Any]) -> dict[str, Any]:
    return {"error": body["error"], "error_description": body["error_description"]}


def ids(portal: SandboxPortal) -> dict[str, int]:
    owner_type_id, owner_id, activity_id = a_todo(portal)
    return {"entityTypeId": owner_type_id, "entityId": owner_id, "activityId": activity_id}


def test_set_get_delete_per_application(portal: SandboxPortal) -> None:
    target = ids(portal)
    assert result(call(portal, "crm.activity.layout.blocks.get", target)) == {"layout": None}
    assert result(call(portal, "crm.activity.layout.blocks.set", {**target, "layout": BLOCKS})) == {"success": True}
    mine = result(call(portal, "crm.activity.layout.blocks.get", target))["layout"]
    assert list(mine["blocks"]) == list(BLOCKS["blocks"])
    other = app_principal(OTHER_APP_ID)
    assert result(call(portal, "crm.activity.layout.blocks.get", target, other)) == {"layout": None}
    assert bare(error(call(portal, "crm.activity.layout.blocks.delete", target, other))) == {
        "error": "NOT_FOUND", "error_description": "Item was not found."}
    second = {"blocks": {"note": {"type": "text", "properties": {"value": "second app"}}}}
    assert result(call(portal, "crm.activity.layout.blocks.set", {**target, "layout": second}, other))
    replaced = {"blocks": {"only": {"type": "text", "properties": {"value": "replaced"}}}}
    assert result(call(portal, "crm.activity.layout.blocks.set", {**target, "layout": replaced}))
    assert result(call(portal, "crm.activity.layout.blocks.get", target))["layout"] == replaced
    assert result(call(portal, "crm.activity.layout.blocks.delete", target)) == {"success": True}
    assert result(call(portal, "crm.activity.layout.blocks.get", target)) == {"layout": None}
    assert result(call(portal, "crm.activity.layout.blocks.get", target, other))["layout"] == second


@pytest.mark.parametrize("method", ["set", "get", "delete"])
def test_a_webhook_gets_wrong_context_even_without_parameters(portal: SandboxPortal, method: str) -> None:
    reply = call(portal, f"crm.activity.layout.blocks.{method}", {}, webhook_principal())
    assert bare(error(reply)) == CONTEXT


def test_errors_in_documented_order(portal: SandboxPortal) -> None:
    target = ids(portal)
    assert bare(error(call(portal, "crm.activity.layout.blocks.set", {"entityTypeId": 2, "entityId": 1}))) == {
        "error": "100", "error_description": "Could not find value for parameter {activityId}"}
    owner_missing = {"error": "OWNER_NOT_FOUND", "error_description": "Owner was not found"}
    assert bare(error(call(portal, "crm.activity.layout.blocks.get", {**target, "entityId": 0}))) == owner_missing
    assert bare(error(call(portal, "crm.activity.layout.blocks.get", {**target, "entityTypeId": 999}))) == owner_missing
    assert bare(error(call(portal, "crm.activity.layout.blocks.get", {**target, "activityId": 987654}))) == {
        "error": "NOT_FOUND", "error_description": "Item was not found."}
    unbound = {**target, "entityId": target["entityId"] + 1000}
    assert bare(error(call(portal, "crm.activity.layout.blocks.get", unbound))) == owner_missing
    assert bare(error(call(portal, "crm.activity.layout.blocks.set", target))) == {
        "error": "FIELD_IS_REQUIRED", "error_description": "Field blocks is required for RestAppLayoutBlocksDto. (blocks)"}
    too_many = {"blocks": {f"b{i}": {"type": "text", "properties": {"value": str(i)}} for i in range(21)}}
    assert error(call(portal, "crm.activity.layout.blocks.set", {**target, "layout": too_many}))["error"] == \
        "TOO_MANY_ITEMS"
    with_icon = {**BLOCKS, "icon": {"code": "call"}}  # a LayoutDto member is not a RestAppLayoutDto member
    assert error(call(portal, "crm.activity.layout.blocks.set", {**target, "layout": with_icon}))["error"] == \
        "FIELD_IS_REDUNDANT"


def test_configurable_activities_take_no_blocks(portal: SandboxPortal) -> None:
    reply = call(portal, "crm.activity.configurable.add",
                 {"ownerTypeId": 2, "ownerId": 1, "fields": {}, "layout": template("call_summary")})
    activity_id = result(reply)["activity"]["id"]
    target = {"entityTypeId": 2, "entityId": 1, "activityId": activity_id}
    assert bare(error(call(portal, "crm.activity.layout.blocks.set", {**target, "layout": BLOCKS}))) == {
        "error": "UNSUITABLE_ACTIVITY_TYPE_ERROR",
        "error_description": "This activity type is not supported for adding layout blocks"}


def test_blocks_go_with_the_activity(portal: SandboxPortal) -> None:
    target = ids(portal)
    result(call(portal, "crm.activity.layout.blocks.set", {**target, "layout": BLOCKS}))
    result(call(portal, "crm.activity.delete", {"id": target["activityId"]}, webhook_principal()))
    assert bare(error(call(portal, "crm.activity.layout.blocks.get", target)))["error"] == "NOT_FOUND"


_json = json_values(max_leaves=12)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(["entityTypeId", "entityId", "activityId", "layout", "x"]), _json,
                              max_size=5),
       layout=_json, method=st.sampled_from(["set", "get", "delete"]))
def test_garbage_never_a_500(shared_portal: SandboxPortal, params: dict[str, Any], layout: Any, method: str) -> None:
    target = {**ids(shared_portal), **params}
    if method == "set":
        target.setdefault("layout", layout)
    reply = call(shared_portal, f"crm.activity.layout.blocks.{method}", target)
    assert reply.status in (200, 400), reply.body
    if not reply.ok:
        assert reply.body["error"] and reply.body["error_description"]
