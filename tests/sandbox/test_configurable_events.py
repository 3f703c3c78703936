"""Configurable and REST_APP activities queue onCrmActivityAdd/Update for the applications that bound
them offline (issue 13 items 4–5; api-spec.md §4.16), read with event.offline.get."""

from __future__ import annotations

from desktop_app.sandbox import SandboxPortal

from .app_calls import OTHER_APP_ID, app_principal, call, result, template

WATCHER = app_principal(OTHER_APP_ID)


def queued(portal: SandboxPortal) -> list[tuple[str, int]]:
    events = result(call(portal, "event.offline.get", {}, WATCHER))["events"]
    return [(e["EVENT_NAME"], int(e["EVENT_DATA"]["FIELDS"]["ID"])) for e in events]


def test_another_apps_offline_queue_sees_configurable_and_rest_app_changes(portal: SandboxPortal) -> None:
    for event in ("ONCRMACTIVITYADD", "ONCRMACTIVITYUPDATE"):
        assert result(call(portal, "event.bind", {"event": event, "event_type": "offline"}, WATCHER)) is True
    reply = call(portal, "crm.activity.configurable.add",
                 {"ownerTypeId": 2, "ownerId": 1, "fields": {}, "layout": template("call_summary")})
    configurable_id = result(reply)["activity"]["id"]
    result(call(portal, "crm.activity.configurable.update", {"id": configurable_id, "fields": {"completed": "Y"}}))
    rest_app_id = result(call(portal, "crm.activity.add", {"fields": {
        "OWNER_TYPE_ID": 2, "OWNER_ID": 1, "PROVIDER_ID": "REST_APP", "SUBJECT": "Synced"}}))
    assert queued(portal) == [("ONCRMACTIVITYADD", configurable_id), ("ONCRMACTIVITYUPDATE", configurable_id),
                              ("ONCRMACTIVITYADD", rest_app_id)]
    assert queued(portal) == []  # read and cleared


def test_a_refused_change_queues_nothing(portal: SandboxPortal) -> None:
    result(call(portal, "event.bind", {"event": "ONCRMACTIVITYADD", "event_type": "offline"}, WATCHER))
    reply = call(portal, "crm.activity.configurable.add",
                 {"ownerTypeId": 2, "ownerId": 1, "fields": {"completed": "maybe"}, "layout": template("call_summary")})
    assert not reply.ok
    assert queued(portal) == []
