"""crm.activity.badge.add/list/get/delete on the sandbox portal (issue 13 item 4; api-spec.md §4.13,
server-behaviour.md §1.10): add/delete need an administrator, get/list work for anyone, with a webhook
too; a configurable activity names a badge with badgeCode."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal

from .app_calls import app_principal, call, error, json_values, result, template, webhook_principal

MISSED = {"code": "missedCall", "title": "Call Status", "value": "Missed", "type": "failure"}


def bare(body: dict[str, Any]) -> dict[str, Any]:
    return {"error": body["error"], "error_description": body["error_description"]}


def test_webhook_admin_adds_and_anyone_reads(portal: SandboxPortal) -> None:
    hook = webhook_principal()
    assert result(call(portal, "crm.activity.badge.add", MISSED, hook)) == {"badge": MISSED}
    translated = {"code": "hot", "title": {"en": "Lead", "de": "Lead"}, "value": {"en": "Hot", "de": "Heiß"},
                  "type": "warning"}
    assert result(call(portal, "crm.activity.badge.add", translated, app_principal()))["badge"] == translated
    reader = webhook_principal(user_id=2, is_admin=False)
    assert result(call(portal, "crm.activity.badge.get", {"code": "hot"}, reader)) == {"badge": translated}
    reply = call(portal, "crm.activity.badge.list", {}, reader)
    assert reply.body["result"] == {"badges": [MISSED, translated]}
    assert reply.body["total"] == 2


def test_non_admin_cannot_add_or_delete(portal: SandboxPortal) -> None:
    user = webhook_principal(user_id=2, is_admin=False)
    denied = {"error": "ACCESS_DENIED", "error_description": "Access denied"}
    assert bare(error(call(portal, "crm.activity.badge.add", MISSED, user))) == denied
    result(call(portal, "crm.activity.badge.add", MISSED))
    assert bare(error(call(portal, "crm.activity.badge.delete", {"code": "missedCall"}, user))) == denied


@pytest.mark.parametrize(("params", "expected"), [
    ({"title": "t", "value": "v", "type": "success"},
     {"error": "100", "error_description": "Could not find value for parameter {code}"}),
    ({"code": 5, "title": "t", "value": "v", "type": "success"},
     {"error": "100", "error_description": "Invalid value {5} to match with parameter {code}. Should be value of type string."}),
    ({"code": "c", "value": "v", "type": "success"},
     {"error": "100", "error_description": "Could not find value for parameter {title}"}),
    ({"code": "c", "title": "", "value": "v", "type": "success"},
     {"error": "REQUIRED_ARG_MISSING", "error_description": "Argument 'title' is required"}),
    ({"code": "c", "title": "t", "value": 7, "type": "success"},
     {"error": "REQUIRED_ARG_MISSING", "error_description": "Argument 'value' is required"}),
    ({"code": "c", "title": {"xx": "t"}, "value": "v", "type": "success"},
     {"error": "0", "error_description": "Language `xx` was not found"}),
    ({"code": "c", "title": {"en": ""}, "value": "v", "type": "success"},
     {"error": "0", "error_description": "Wrong value of field `title` for language en"}),
    ({"code": "c", "title": "t", "value": "v", "type": "lavender"},
     {"error": "WRONG_TYPE_VALUE", "error_description": "Wrong value of field `type`"}),
    ({"code": "", "title": "t", "value": "v", "type": "success"},
     {"error": "REQUIRED_ARG_MISSING", "error_description": "Argument 'code' is required"}),
])
def test_add_errors(portal: SandboxPortal, params: dict[str, Any], expected: dict[str, str]) -> None:
    assert bare(error(call(portal, "crm.activity.badge.add", params))) == expected


def test_duplicate_and_unknown_codes(portal: SandboxPortal) -> None:
    result(call(portal, "crm.activity.badge.add", MISSED))
    assert bare(error(call(portal, "crm.activity.badge.add", MISSED))) == {
        "error": "0", "error_description": "Code must be unique"}
    not_found = {"error": "NOT_FOUND", "error_description": "Badge not found for code `nope`"}
    assert bare(error(call(portal, "crm.activity.badge.get", {"code": "nope"}, webhook_principal()))) == not_found
    assert bare(error(call(portal, "crm.activity.badge.delete", {"code": "nope"}))) == not_found


def test_badge_in_use_by_an_open_configurable_activity_cannot_be_deleted(portal: SandboxPortal) -> None:
    result(call(portal, "crm.activity.badge.add", MISSED))
    reply = call(portal, "crm.activity.configurable.add", {"ownerTypeId": 2, "ownerId": 1,
                                                           "fields": {"badgeCode": "missedCall"},
                                                           "layout": template("call_summary")})
    activity_id = result(reply)["activity"]["id"]
    fields = result(call(portal, "crm.activity.configurable.get", {"id": activity_id}))["activity"]["fields"]
    assert fields["badgeCode"] == "missedCall"
    assert bare(error(call(portal, "crm.activity.badge.delete", {"code": "missedCall"}))) == {
        "error": "ENTITY_WITH_BADGE_EXISTS", "error_description": "There are entities with this badge. Delete them first."}
    result(call(portal, "crm.activity.configurable.update", {"id": activity_id, "fields": {"completed": "Y"}}))
    assert result(call(portal, "crm.activity.badge.delete", {"code": "missedCall"})) is True
    assert result(call(portal, "crm.activity.badge.list", {})) == {"badges": []}


def test_list_pages_by_fifty(portal: SandboxPortal) -> None:
    for number in range(55):
        result(call(portal, "crm.activity.badge.add", {**MISSED, "code": f"b{number}"}))
    first = call(portal, "crm.activity.badge.list", {})
    assert (len(first.body["result"]["badges"]), first.body["total"], first.body["next"]) == (50, 55, 50)
    second = call(portal, "crm.activity.badge.list", {}, start=50)
    assert [b["code"] for b in second.body["result"]["badges"]] == [f"b{n}" for n in range(50, 55)]
    assert "next" not in second.body


_json = json_values(max_leaves=10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(["code", "title", "value", "type", "settings"]), _json, max_size=5),
       method=st.sampled_from(["add", "get", "delete", "list"]))
def test_garbage_never_a_500(shared_portal: SandboxPortal, params: dict[str, Any], method: str) -> None:
    reply = call(shared_portal, f"crm.activity.badge.{method}", params)
    assert reply.status in (200, 400), reply.body
    if reply.ok and method == "add":
        assert result(call(shared_portal, "crm.activity.badge.get", {"code": params["code"]}))["badge"] == \
            reply.body["result"]["badge"]
