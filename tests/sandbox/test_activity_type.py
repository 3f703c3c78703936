"""crm.activity.type.add/list/delete and REST_APP activities of a custom type on the sandbox portal
(issue 13 item 4; api-spec.md §4.11, §4.3; server-behaviour.md §1.9, §1.2, §1.4, §1.5; seed 002)."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.demo_apps import png_icon
from desktop_app.sandbox.methods.activity_type import MAX_ICON_BYTES

from .app_calls import OTHER_APP_ID, app_principal, call, error, json_values, result, webhook_principal

SEED_TYPE = "QuickBooks and other similar platforms"
APP_CONTEXT = {"error": "ACCESS_DENIED", "error_description": "Access denied! Application context required"}
ADMIN = {"error": "ACCESS_DENIED", "error_description": "Access denied! Admin permissions required"}


#: A real (tiny, grey) PNG.
PNG = png_icon((0x80, 0x80, 0x80))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def bare(body: dict[str, Any]) -> dict[str, Any]:
    return {"error": body["error"], "error_description": body["error_description"]}


def test_seed_002_register_a_type_then_create_an_activity_of_it(portal: SandboxPortal) -> None:
    fields = {"TYPE_ID": SEED_TYPE, "NAME": "Activity for QuickBooks",
              "ICON_FILE": ["qb.png", b64(PNG)], "IS_CONFIGURABLE_TYPE": "N"}
    assert result(call(portal, "crm.activity.type.add", {"fields": fields})) is True
    listed = result(call(portal, "crm.activity.type.list"))
    assert len(listed) == 1
    assert listed[0]["TYPE_ID"] == SEED_TYPE and listed[0]["NAME"] == "Activity for QuickBooks"
    assert listed[0]["IS_CONFIGURABLE_TYPE"] == "N" and listed[0]["ICON_ID"] != "0"
    icon = portal.db.query_one("SELECT content_type, data FROM app_type_icon WHERE id = ?", (int(listed[0]["ICON_ID"]),))
    assert (icon["content_type"], icon["data"]) == ("image/png", PNG)

    activity = {"OWNER_TYPE_ID": 1, "OWNER_ID": 1, "PROVIDER_ID": "REST_APP", "PROVIDER_TYPE_ID": SEED_TYPE,
                "SUBJECT": "New Activity", "COMPLETED": "N", "RESPONSIBLE_ID": 1,
                "DESCRIPTION": "Description of the new activity"}
    activity_id = result(call(portal, "crm.activity.add", {"fields": activity}))
    row = portal.db.activity(activity_id)
    assert (row["type_id"], row["provider_id"], row["provider_type_id"]) == (6, "REST_APP", SEED_TYPE)
    assert row["associated_entity_id"] > 0
    assert row["subject"] == "New Activity"


def test_rest_app_activity_needs_an_application_and_only_its_creator_changes_it(portal: SandboxPortal) -> None:
    fields = {"OWNER_TYPE_ID": 2, "OWNER_ID": 1, "PROVIDER_ID": "REST_APP", "SUBJECT": "Sync"}
    hook = webhook_principal()
    assert bare(error(call(portal, "crm.activity.add", {"fields": fields}, hook))) == {
        "error": "", "error_description": "Application context required."}
    activity_id = result(call(portal, "crm.activity.add", {"fields": fields}))
    assert portal.db.activity(activity_id)["provider_type_id"] == "LINK"
    update = {"id": activity_id, "fields": {"SUBJECT": "Synced"}}
    assert error(call(portal, "crm.activity.update", update, hook))["error_description"] == \
        "Application context required."
    assert error(call(portal, "crm.activity.update", update, app_principal(OTHER_APP_ID)))["error_description"] == \
        "Access denied."
    assert error(call(portal, "crm.activity.delete", {"id": activity_id}, app_principal(OTHER_APP_ID))) \
        ["error_description"] == "Access denied."
    assert result(call(portal, "crm.activity.update", update)) is True
    assert portal.db.activity(activity_id)["subject"] == "Synced"
    assert result(call(portal, "crm.activity.delete", {"id": activity_id})) is True
    assert portal.db.activity(activity_id) is None


@pytest.mark.parametrize("method", ["add", "list", "delete"])
def test_a_webhook_gets_application_context_required_and_a_non_admin_admin_required(
        portal: SandboxPortal, method: str) -> None:
    params = {"fields": {"TYPE_ID": "X"}, "TYPE_ID": "X"}
    reply = call(portal, f"crm.activity.type.{method}", params, webhook_principal())
    assert (reply.status, bare(error(reply))) == (403, APP_CONTEXT)
    reply = call(portal, f"crm.activity.type.{method}", params, webhook_principal(user_id=2, is_admin=False))
    assert (reply.status, bare(error(reply))) == (403, ADMIN)
    reply = call(portal, f"crm.activity.type.{method}", params, app_principal(user_id=2, is_admin=False))
    assert bare(error(reply)) == ADMIN


def test_types_belong_to_their_application(portal: SandboxPortal) -> None:
    assert result(call(portal, "crm.activity.type.add", {"FIELDS": {"TYPE_ID": "1C", "NAME": "1C case"}}))
    other = app_principal(OTHER_APP_ID)
    assert result(call(portal, "crm.activity.type.list", {}, other)) == []
    assert result(call(portal, "crm.activity.type.add", {"fields": {"TYPE_ID": "1C"}}, other))  # same id, other app
    assert bare(error(call(portal, "crm.activity.type.delete", {"TYPE_ID": "nope"}, other))) == {
        "error": "INVALID_ARG_VALUE", "error_description": "Type not found"}
    assert result(call(portal, "crm.activity.type.delete", {"type_id": "1C"}, other)) is True
    assert [t["TYPE_ID"] for t in result(call(portal, "crm.activity.type.list"))] == ["1C"]


@pytest.mark.parametrize(("fields", "expected"), [
    ({}, {"error": "INVALID_ARG_VALUE", "error_description": "Field TYPE_ID is required"}),
    ({"TYPE_ID": ""}, {"error": "INVALID_ARG_VALUE", "error_description": "Field TYPE_ID is required"}),
    ({"type_id": "lower-case key"}, {"error": "INVALID_ARG_VALUE", "error_description": "Field TYPE_ID is required"}),
    ({"TYPE_ID": "CONFIGURABLE", "IS_CONFIGURABLE_TYPE": "Y"},
     {"error": "", "error_description": 'Type ID "CONFIGURABLE" is reserved'}),
    ({"TYPE_ID": "x" * 101}, {"error": "INVALID_ARG_VALUE", "error_description": "TYPE_ID is longer than 100 characters."}),
    ({"TYPE_ID": "T", "NAME": "n" * 256},
     {"error": "INVALID_ARG_VALUE", "error_description": "NAME is longer than 255 characters."}),
    ({"TYPE_ID": "T", "ICON_FILE": "@type-icon"},  # the docs' curl example, not a file
     {"error": "INVALID_ARG_VALUE",
      "error_description": 'ICON_FILE must be a file: ["name.png", "<base64>"], {"fileData": [...]} or an uploaded file.'}),
    ({"TYPE_ID": "T", "ICON_FILE": ["a.png", "!!not base64!!"]},
     {"error": "INVALID_ARG_VALUE", "error_description": "ICON_FILE is not valid Base64."}),
    ({"TYPE_ID": "T", "ICON_FILE": {"fileData": ["a.png", b64(b"%PDF-1.4 not an image")]}},
     {"error": "INVALID_ARG_VALUE", "error_description": "ICON_FILE is not an image: PNG, JPEG, GIF, WebP or BMP expected."}),
    ({"TYPE_ID": "T", "ICON_FILE": ["big.png", b64(PNG + b"\0" * MAX_ICON_BYTES)]},
     {"error": "INVALID_ARG_VALUE",
      "error_description": f"ICON_FILE is too large: {len(PNG) + MAX_ICON_BYTES} bytes; at most {MAX_ICON_BYTES} "
                           "bytes (1 MiB)."}),
])
def test_add_errors(portal: SandboxPortal, fields: dict[str, Any], expected: dict[str, str]) -> None:
    assert bare(error(call(portal, "crm.activity.type.add", {"fields": fields}))) == expected
    assert result(call(portal, "crm.activity.type.list")) == []  # nothing half-registered


def test_duplicate_and_filedata_icon(portal: SandboxPortal) -> None:
    fields = {"TYPE_ID": "DELIVERY", "IS_CONFIGURABLE_TYPE": "Y", "ICON_FILE": {"fileData": ["d.png", b64(PNG)]}}
    assert result(call(portal, "crm.activity.type.add", {"fields": fields}))
    assert bare(error(call(portal, "crm.activity.type.add", {"fields": fields}))) == {
        "error": "INVALID_ARG_VALUE", "error_description": "Type is already registered"}
    assert result(call(portal, "crm.activity.type.list"))[0]["IS_CONFIGURABLE_TYPE"] == "Y"


_json = json_values(max_leaves=10, extra=st.binary(max_size=40).map(lambda b: base64.b64encode(b).decode()))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.dictionaries(st.sampled_from(["TYPE_ID", "NAME", "ICON_FILE", "IS_CONFIGURABLE_TYPE"]), _json,
                              max_size=4),
       top=_json, method=st.sampled_from(["add", "delete", "list"]))
def test_garbage_never_a_500(shared_portal: SandboxPortal, fields: dict[str, Any], top: Any, method: str) -> None:
    reply = call(shared_portal, f"crm.activity.type.{method}", {"fields": fields, "TYPE_ID": top})
    assert reply.status in (200, 400), reply.body
    if not reply.ok:
        assert reply.body["error_description"]
