"""Legacy field descriptions: ``crm.activity.fields`` and ``crm.activity.communication.fields``.

The tables are api-spec.md §4.1 / §4.2 verbatim (server-behaviour.md §1.1): each field maps to
``{"type", "isRequired", "isReadOnly", "isImmutable", "isMultiple", "isDynamic", "title"}`` in that key
order, plus ``"isDeprecated": true`` on ``WEBDAV_ELEMENTS``. Titles are the English ones (localised on
real portals). ``ORIGIN_VERSION`` is accepted by add/update but, as on the portal, not listed.
Both methods take no parameters and ignore any they get.
"""

from __future__ import annotations

from typing import Any

from ..registry import MethodContext, rest_method

__all__ = ["ACTIVITY_FIELD_INFO", "COMMUNICATION_FIELD_INFO", "IMMUTABLE", "READ_ONLY"]

# Attribute letters: R required, O read-only, I immutable, M multiple, D deprecated.
_ACTIVITY_TABLE: tuple[tuple[str, str, str, str], ...] = (
    ("ID", "integer", "O", "ID"),
    ("OWNER_ID", "integer", "I", "Owner ID"),
    ("OWNER_TYPE_ID", "crm_enum_ownertype", "I", "Owner Type"),
    ("TYPE_ID", "crm_enum_activitytype", "RI", "Type"),
    ("PROVIDER_ID", "string", "", "Provider ID"),
    ("PROVIDER_TYPE_ID", "string", "", "Provider Type"),
    ("PROVIDER_GROUP_ID", "string", "", "Connector Type"),
    ("ASSOCIATED_ENTITY_ID", "integer", "O", "Associated Entity ID"),
    ("SUBJECT", "string", "R", "Subject"),
    ("START_TIME", "datetime", "", "Start"),
    ("END_TIME", "datetime", "", "Deadline"),
    ("DEADLINE", "datetime", "", "Execution Deadline"),
    ("COMPLETED", "char", "", "Completed"),
    ("STATUS", "crm_enum_activitystatus", "", "Status"),
    ("RESPONSIBLE_ID", "user", "R", "Responsible"),
    ("PRIORITY", "crm_enum_activitypriority", "", "Priority"),
    ("NOTIFY_TYPE", "crm_enum_activitynotifytype", "", "Notification Type"),
    ("NOTIFY_VALUE", "integer", "", "Notification Parameter"),
    ("DESCRIPTION", "string", "", "Description"),
    ("DESCRIPTION_TYPE", "crm_enum_contenttype", "", "Description Type"),
    ("DIRECTION", "crm_enum_activitydirection", "", "Direction"),
    ("LOCATION", "string", "", "Location"),
    ("CREATED", "datetime", "O", "Creation Date"),
    ("AUTHOR_ID", "user", "O", "Created By"),
    ("LAST_UPDATED", "datetime", "O", "Last Updated Date"),
    ("EDITOR_ID", "user", "O", "Edited By"),
    ("SETTINGS", "object", "", "Settings"),
    ("ORIGIN_ID", "string", "", "External Code"),
    ("ORIGINATOR_ID", "string", "", "External Source"),
    ("RESULT_STATUS", "integer", "", "RESULT_STATUS"),
    ("RESULT_STREAM", "integer", "", "RESULT_STREAM"),
    ("RESULT_SOURCE_ID", "string", "", "RESULT_SOURCE_ID"),
    ("PROVIDER_PARAMS", "object", "", "Provider Parameters"),
    ("PROVIDER_DATA", "string", "", "Provider Data"),
    ("RESULT_MARK", "integer", "", "RESULT_MARK"),
    ("RESULT_VALUE", "double", "", "RESULT_VALUE"),
    ("RESULT_SUM", "double", "", "RESULT_SUM"),
    ("RESULT_CURRENCY_ID", "string", "", "RESULT_CURRENCY_ID"),
    ("AUTOCOMPLETE_RULE", "integer", "", "Autocomplete"),
    ("BINDINGS", "crm_activity_binding", "OM", "Bindings"),
    ("COMMUNICATIONS", "crm_activity_communication", "RM", "Communication Channel"),
    ("FILES", "diskfile", "M", "Files"),
    ("WEBDAV_ELEMENTS", "diskfile", "MD", "Added Files"),
    ("IS_INCOMING_CHANNEL", "char", "O", "IS_INCOMING_CHANNEL"),
)

_COMMUNICATION_TABLE: tuple[tuple[str, str, str, str], ...] = (
    ("ID", "integer", "O", "ID"),
    ("ACTIVITY_ID", "integer", "O", "Case"),
    ("ENTITY_ID", "integer", "", "Entity element ID"),
    ("ENTITY_TYPE_ID", "integer", "", "Entity type"),
    ("TYPE", "string", "", "Type"),
    ("VALUE", "string", "", "Value"),
)


def _descriptor(type_name: str, attrs: str, title: str) -> dict[str, Any]:
    info: dict[str, Any] = {
        "type": type_name, "isRequired": "R" in attrs, "isReadOnly": "O" in attrs,
        "isImmutable": "I" in attrs, "isMultiple": "M" in attrs, "isDynamic": False, "title": title,
    }
    if "D" in attrs:
        info["isDeprecated"] = True
    return info


#: ``crm.activity.fields`` result: field name → descriptor, documented order.
ACTIVITY_FIELD_INFO: dict[str, dict[str, Any]] = {
    name: _descriptor(type_name, attrs, title) for name, type_name, attrs, title in _ACTIVITY_TABLE}
#: ``crm.activity.communication.fields`` result.
COMMUNICATION_FIELD_INFO: dict[str, dict[str, Any]] = {
    name: _descriptor(type_name, attrs, title) for name, type_name, attrs, title in _COMMUNICATION_TABLE}
#: Fields flagged read-only (dropped from add/update input, server-behaviour.md §1.0.4).
READ_ONLY: frozenset[str] = frozenset(name for name, _, attrs, _ in _ACTIVITY_TABLE if "O" in attrs)
#: Fields flagged immutable (also dropped from update input).
IMMUTABLE: frozenset[str] = frozenset(name for name, _, attrs, _ in _ACTIVITY_TABLE if "I" in attrs)


@rest_method("crm.activity.fields")
def activity_fields(ctx: MethodContext) -> dict[str, dict[str, Any]]:
    """``crm.activity.fields`` (api-spec.md §4.1): the activity field map. No errors of its own."""
    return {name: dict(info) for name, info in ACTIVITY_FIELD_INFO.items()}


@rest_method("crm.activity.communication.fields")
def communication_fields(ctx: MethodContext) -> dict[str, dict[str, Any]]:
    """``crm.activity.communication.fields`` (api-spec.md §4.2): the communication field map."""
    return {name: dict(info) for name, info in COMMUNICATION_FIELD_INFO.items()}
