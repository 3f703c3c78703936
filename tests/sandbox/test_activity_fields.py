"""``crm.activity.fields`` and ``crm.activity.communication.fields``: the documented tables verbatim."""

from __future__ import annotations

from .helpers import Call

DOCUMENTED_ORDER = [
    "ID", "OWNER_ID", "OWNER_TYPE_ID", "TYPE_ID", "PROVIDER_ID", "PROVIDER_TYPE_ID", "PROVIDER_GROUP_ID",
    "ASSOCIATED_ENTITY_ID", "SUBJECT", "START_TIME", "END_TIME", "DEADLINE", "COMPLETED", "STATUS",
    "RESPONSIBLE_ID", "PRIORITY", "NOTIFY_TYPE", "NOTIFY_VALUE", "DESCRIPTION", "DESCRIPTION_TYPE", "DIRECTION",
    "LOCATION", "CREATED", "AUTHOR_ID", "LAST_UPDATED", "EDITOR_ID", "SETTINGS", "ORIGIN_ID", "ORIGINATOR_ID",
    "RESULT_STATUS", "RESULT_STREAM", "RESULT_SOURCE_ID", "PROVIDER_PARAMS", "PROVIDER_DATA", "RESULT_MARK",
    "RESULT_VALUE", "RESULT_SUM", "RESULT_CURRENCY_ID", "AUTOCOMPLETE_RULE", "BINDINGS", "COMMUNICATIONS",
    "FILES", "WEBDAV_ELEMENTS", "IS_INCOMING_CHANNEL",
]


def flags(required: bool = False, read_only: bool = False, immutable: bool = False,
          multiple: bool = False) -> dict[str, bool]:
    return {"isRequired": required, "isReadOnly": read_only, "isImmutable": immutable, "isMultiple": multiple,
            "isDynamic": False}


async def test_activity_fields_follow_the_documented_table(call: Call) -> None:
    response = await call("crm.activity.fields")
    assert response.status_code == 200
    result = response.json()["result"]
    assert list(result) == DOCUMENTED_ORDER
    assert result["TYPE_ID"] == {"type": "crm_enum_activitytype", **flags(required=True, immutable=True),
                                 "title": "Type"}
    assert result["END_TIME"] == {"type": "datetime", **flags(), "title": "Deadline"}
    assert result["DEADLINE"]["title"] == "Execution Deadline"
    assert result["BINDINGS"] == {"type": "crm_activity_binding", **flags(read_only=True, multiple=True),
                                  "title": "Bindings"}
    assert result["COMMUNICATIONS"] == {"type": "crm_activity_communication", **flags(required=True, multiple=True),
                                        "title": "Communication Channel"}
    assert result["WEBDAV_ELEMENTS"] == {"type": "diskfile", **flags(multiple=True), "title": "Added Files",
                                         "isDeprecated": True}
    assert result["RESULT_SUM"] == {"type": "double", **flags(), "title": "RESULT_SUM"}
    required = [name for name, info in result.items() if info["isRequired"]]
    assert required == ["TYPE_ID", "SUBJECT", "RESPONSIBLE_ID", "COMMUNICATIONS"]
    read_only = [name for name, info in result.items() if info["isReadOnly"]]
    assert read_only == ["ID", "ASSOCIATED_ENTITY_ID", "CREATED", "AUTHOR_ID", "LAST_UPDATED", "EDITOR_ID",
                         "BINDINGS", "IS_INCOMING_CHANNEL"]
    assert "ORIGIN_VERSION" not in result
    assert sum("isDeprecated" in info for info in result.values()) == 1


async def test_communication_fields(call: Call) -> None:
    result = (await call("crm.activity.communication.fields", {"ignored": 1})).json()["result"]
    assert result == {
        "ID": {"type": "integer", **flags(read_only=True), "title": "ID"},
        "ACTIVITY_ID": {"type": "integer", **flags(read_only=True), "title": "Case"},
        "ENTITY_ID": {"type": "integer", **flags(), "title": "Entity element ID"},
        "ENTITY_TYPE_ID": {"type": "integer", **flags(), "title": "Entity type"},
        "TYPE": {"type": "string", **flags(), "title": "Type"},
        "VALUE": {"type": "string", **flags(), "title": "Value"},
    }
