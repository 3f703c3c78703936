"""crm.activity.configurable.add/update/get on the sandbox portal (issue 13 item 4; api-spec.md §4.12,
server-behaviour.md §1.7): application context, the documented order of errors, what is stored and
what a webhook caller gets."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal

from .app_calls import OTHER_APP_ID, app_principal, call, error, json_values, result, template, webhook_principal

LAYOUT = template("call_summary")
CONTEXT = {"error": "ERROR_WRONG_CONTEXT",
           "error_description": "This method can only be called in the context of a REST application."}


def wrong(field: str) -> dict[str, str]:
    return {"error": "WRONG_FIELD_VALUE", "error_description": f"The value of {field} is incorrect."}


def add(portal: SandboxPortal, fields: dict[str, Any] | None = None, layout: Any = None, **kw: Any) -> Any:
    params = {"ownerTypeId": 2, "ownerId": 1, "fields": fields if fields is not None else {},
              "layout": copy.deepcopy(LAYOUT) if layout is None else layout}
    return call(portal, "crm.activity.configurable.add", params, **kw)


def bare(body: dict[str, Any]) -> dict[str, Any]:
    return {"error": body["error"], "error_description": body["error_description"]}


def test_add_then_get_round_trip(portal: SandboxPortal) -> None:
    fields = {"typeId": "CONFIGURABLE", "completed": "N", "deadline": "2025-02-05T10:00:00",
              "pingOffsets": [60, "15", 60], "responsibleId": 2, "originatorId": "erp", "originId": 77}
    activity_id = result(add(portal, fields))["activity"]["id"]
    got = result(call(portal, "crm.activity.configurable.get", {"id": activity_id}))["activity"]
    assert (got["id"], got["ownerTypeId"], got["ownerId"]) == (activity_id, 2, 1)
    assert got["fields"] == {"typeId": "CONFIGURABLE", "completed": False, "deadline": "2025-02-05T10:00:00+03:00",
                             "pingOffsets": [60, 15], "isIncomingChannel": False, "responsibleId": 2,
                             "badgeCode": "", "originatorId": "erp", "originId": "77"}
    assert got["layout"]["header"]["title"] == LAYOUT["header"]["title"]
    assert got["layout"]["body"]["logo"]["action"]["actionParams"] == {"call": "9912"}
    row = portal.db.activity(activity_id)
    assert row is not None
    assert (row["type_id"], row["provider_id"], row["provider_type_id"]) == (6, "CONFIGURABLE_REST_APP", "CONFIGURABLE")
    assert row["subject"] == "Call summary"
    assert row["bindings"] == [(2, 1)]
    assert row["provider_params"] == {"clientId": "local.test.app1", "badgeCode": ""}


def test_a_webhook_lists_the_activity_with_its_layout_but_cannot_get_or_change_it(portal: SandboxPortal) -> None:
    activity_id = result(add(portal))["activity"]["id"]
    rows = result(call(portal, "crm.activity.list", {"filter": {"ID": activity_id},
                                                     "select": ["ID", "PROVIDER_ID", "PROVIDER_DATA"]},
                       webhook_principal()))
    assert rows[0]["PROVIDER_ID"] == "CONFIGURABLE_REST_APP"
    assert '"Call summary"' in rows[0]["PROVIDER_DATA"]
    hook = webhook_principal()
    assert bare(error(add(portal, principal=hook))) == CONTEXT
    assert bare(error(call(portal, "crm.activity.configurable.get", {"id": activity_id}, hook))) == CONTEXT
    assert bare(error(call(portal, "crm.activity.configurable.update", {"id": activity_id}, hook))) == CONTEXT
    assert error(call(portal, "crm.activity.get", {"id": activity_id}, hook))["error_description"] == \
        "Use crm.activity.configurable.get for this activity provider"


def test_binder_errors_come_before_the_context_check(portal: SandboxPortal) -> None:
    hook = webhook_principal()
    reply = call(portal, "crm.activity.configurable.add", {"ownerTypeId": 2, "ownerId": 1, "fields": {}}, hook)
    assert bare(error(reply)) == {"error": "100", "error_description": "Could not find value for parameter {layout}"}
    reply = call(portal, "crm.activity.configurable.add",
                 {"ownerTypeId": 2, "ownerId": 0, "fields": {}, "layout": LAYOUT}, hook)
    assert error(reply)["error"] == "100"
    reply = call(portal, "crm.activity.configurable.add",
                 {"ownerTypeId": 2, "ownerId": 1, "fields": "x", "layout": LAYOUT})
    assert error(reply)["error_description"].startswith("Invalid value {x} to match with parameter {fields}")


@pytest.mark.parametrize(("fields", "expected"), [
    ({"completed": "TRUE"}, wrong("completed")),
    ({"completed": 2}, wrong("completed")),
    ({"isIncomingChannel": "yes"}, wrong("isIncomingChannel")),
    ({"isIncomingChannel": "Y", "deadline": "2025-02-05T10:00:00"},
     {"error": "INCOMING_ACTIVITY_CAN_NOT_BE_WITH_DEADLINE", "error_description": "Incoming activity cannot have a deadline"}),
    ({"pingOffsets": "15"}, wrong("pingOffsets")),
    ({"pingOffsets": [15, -5]}, wrong("pingOffsets[1]")),
    ({"responsibleId": 0}, wrong("responsibleId")),
    ({"badgeCode": "nope"}, wrong("badgeCode")),
    ({"typeId": ""}, wrong("typeId")),
    ({"typeId": "NOT_REGISTERED"}, wrong("typeId")),
    ({"deadline": "next blue moon"}, {"error": "WRONG_DATETIME_FORMAT", "error_description": "Incorrect date format."}),
    # fields before layout, in the source's order
    ({"completed": "TRUE", "badgeCode": "nope"}, wrong("completed")),
])
def test_field_errors_in_order(portal: SandboxPortal, fields: dict[str, Any], expected: dict[str, str]) -> None:
    assert bare(error(add(portal, fields))) == expected


def test_layout_errors_after_fields_and_before_the_deadline(portal: SandboxPortal) -> None:
    assert bare(error(add(portal, {}, layout=[]))) == {
        "error": "ERROR_EMPTY_LAYOUT", "error_description": 'The field "layout" is required.'}
    broken = copy.deepcopy(LAYOUT)
    del broken["icon"]
    assert error(add(portal, {"deadline": "garbage"}, layout=broken))["error"] == "FIELD_IS_REQUIRED"
    assert error(add(portal, {"badgeCode": "nope"}, layout=broken))["error"] == "WRONG_FIELD_VALUE"


def test_missing_owner_is_access_denied(portal: SandboxPortal) -> None:
    reply = call(portal, "crm.activity.configurable.add",
                 {"ownerTypeId": 2, "ownerId": 999999, "fields": {}, "layout": LAYOUT})
    assert bare(error(reply)) == {"error": "ACCESS_DENIED", "error_description": "Access denied"}


def test_custom_configurable_type_of_the_same_app_only(portal: SandboxPortal) -> None:
    assert result(call(portal, "crm.activity.type.add",
                       {"fields": {"TYPE_ID": "DELIVERY", "NAME": "Delivery", "IS_CONFIGURABLE_TYPE": "Y"}}))
    assert result(call(portal, "crm.activity.type.add", {"fields": {"TYPE_ID": "PLAIN"}}))
    activity_id = result(add(portal, {"typeId": "DELIVERY"}))["activity"]["id"]
    assert portal.db.activity(activity_id)["provider_type_id"] == "DELIVERY"
    assert bare(error(add(portal, {"typeId": "PLAIN"}))) == wrong("typeId")  # not a configurable type
    assert bare(error(add(portal, {"typeId": "DELIVERY"}, principal=app_principal(OTHER_APP_ID)))) == wrong("typeId")


def test_update_only_by_the_creating_app_and_keeps_what_is_not_sent(portal: SandboxPortal) -> None:
    result(call(portal, "crm.activity.badge.add", {"code": "hot", "title": "Lead", "value": "Hot", "type": "warning"}))
    activity_id = result(add(portal, {"deadline": "2025-02-05T10:00:00", "pingOffsets": [30]}))["activity"]["id"]
    assert bare(error(call(portal, "crm.activity.configurable.update", {"id": activity_id, "fields": {}},
                           app_principal(OTHER_APP_ID)))) == {
        "error": "ERROR_WRONG_APPLICATION",
        "error_description": "Activity can only be updated by the app that created it."}
    assert bare(error(call(portal, "crm.activity.configurable.update", {"id": 99999}))) == {
        "error": "NOT_FOUND", "error_description": "Item was not found."}
    new_layout = template("delivery")
    reply = call(portal, "crm.activity.configurable.update",
                 {"id": activity_id, "fields": {"completed": True, "badgeCode": "hot"}, "layout": new_layout})
    assert result(reply) == {"activity": {"id": activity_id}}
    got = result(call(portal, "crm.activity.configurable.get", {"id": activity_id}))["activity"]
    assert got["fields"]["completed"] is True
    assert got["fields"]["badgeCode"] == "hot"
    assert got["fields"]["deadline"] == "2025-02-05T10:00:00+03:00"
    assert got["fields"]["pingOffsets"] == [30]
    assert got["layout"]["header"]["title"] == new_layout["header"]["title"]
    assert portal.db.activity(activity_id)["status"] == 2
    reply = call(portal, "crm.activity.configurable.update", {"id": activity_id, "fields": {"typeId": "OTHER"}})
    assert bare(error(reply)) == wrong("typeId")
    assert result(call(portal, "crm.activity.configurable.update", {"id": activity_id, "layout": {}}))
    assert result(call(portal, "crm.activity.configurable.get", {"id": activity_id}))["activity"]["layout"] == \
        got["layout"]  # an empty layout keeps the stored one


def test_incoming_activity_has_no_deadline(portal: SandboxPortal) -> None:
    activity_id = result(add(portal, {"isIncomingChannel": "Y"}))["activity"]["id"]
    got = result(call(portal, "crm.activity.configurable.get", {"id": activity_id}))["activity"]["fields"]
    assert got["isIncomingChannel"] is True
    assert got["deadline"] is None


def test_get_of_another_kind_is_not_found(portal: SandboxPortal) -> None:
    todo = portal.db.query_one("SELECT id FROM activity WHERE provider_id = 'CRM_TODO' LIMIT 1")
    assert bare(error(call(portal, "crm.activity.configurable.get", {"id": todo["id"]}))) == {
        "error": "NOT_FOUND", "error_description": "Item was not found."}


def test_legacy_update_refuses_configurable_and_delete_removes_its_layout(portal: SandboxPortal) -> None:
    activity_id = result(add(portal))["activity"]["id"]
    reply = call(portal, "crm.activity.update", {"id": activity_id, "fields": {"SUBJECT": "x"}}, webhook_principal())
    assert error(reply)["error_description"] == "Use crm.activity.configurable.update for this activity provider"
    assert result(call(portal, "crm.activity.delete", {"id": activity_id}, webhook_principal())) is True
    assert portal.db.scalar("SELECT COUNT(*) FROM activity_layout WHERE activity_id = ?", (activity_id,)) == 0


# ------------------------------------------------------------------ garbage: never a 500

_json = json_values(max_leaves=12)
_field_names = st.sampled_from(["typeId", "completed", "deadline", "pingOffsets", "isIncomingChannel",
                                "responsibleId", "badgeCode", "originatorId", "originId", "other"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.dictionaries(_field_names, _json, max_size=5), layout=_json,
       method=st.sampled_from(["add", "update"]))
def test_garbage_params_get_an_error_envelope_never_a_500(shared_portal: SandboxPortal, fields: dict[str, Any],
                                                          layout: Any, method: str) -> None:
    if method == "add":
        reply = add(shared_portal, fields, layout=layout)
    else:
        base = shared_portal.db.scalar("SELECT MIN(id) FROM activity WHERE provider_id = 'CONFIGURABLE_REST_APP'")
        if base is None:
            base = result(add(shared_portal))["activity"]["id"]
        reply = call(shared_portal, "crm.activity.configurable.update", {"id": base, "fields": fields, "layout": layout})
    assert reply.status in (200, 400), reply.body
    if not reply.ok:
        assert reply.body["error"] and reply.body["error_description"]


def test_update_order_not_found_before_context_and_incoming_drops_the_deadline(portal: SandboxPortal) -> None:
    hook = webhook_principal()
    assert bare(error(call(portal, "crm.activity.configurable.update", {"id": 99999}, hook))) == {
        "error": "NOT_FOUND", "error_description": "Item was not found."}  # the load comes first (source order)
    activity_id = result(add(portal, {"deadline": "2025-02-05T10:00:00"}))["activity"]["id"]
    assert result(call(portal, "crm.activity.configurable.update",
                       {"id": activity_id, "fields": {"isIncomingChannel": "Y"}}))
    fields = result(call(portal, "crm.activity.configurable.get", {"id": activity_id}))["activity"]["fields"]
    assert (fields["isIncomingChannel"], fields["deadline"]) == (True, None)
