"""Activity events and the applications' offline queues: event.bind/unbind/get, event.offline.get/clear/list
(rest module ``Bitrix\\Rest\\Api\\Event``; api-spec.md §4.16). Calls run in-process as an application
(``invoke`` with a Principal) or as the webhook; the activity writes go through the real REST handlers."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.calls import CallReply, invoke
from desktop_app.sandbox.events import message_id, offline_queue
from desktop_app.sandbox.faults import edit_concurrently
from desktop_app.sandbox.principal import Principal

from .app_calls import result as ok
from .helpers import Clock

APP = "local.events.one"
OTHER = "local.events.two"
SCOPES = frozenset({"crm", "user"})


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def portal(clock: Clock) -> Iterator[SandboxPortal]:
    portal = SandboxPortal(now=clock)
    yield portal
    portal.close()


def app(client_id: str = APP, user_id: int = 1, is_admin: bool = True) -> Principal:
    return Principal(user_id=user_id, is_admin=is_admin, app_client_id=client_id, scopes=SCOPES)


def call(portal: SandboxPortal, method: str, params: dict[str, Any] | None = None,
         principal: Principal | None = None, start: int = 0) -> CallReply:
    """A call as ``principal``; ``None`` = the webhook."""
    return invoke(portal, method, params or {}, start, principal=principal)


def bind_all(portal: SandboxPortal, client_id: str = APP) -> None:
    for event in ("onCrmActivityAdd", "onCrmActivityUpdate", "ONCRMACTIVITYDELETE"):
        assert ok(call(portal, "event.bind", {"event": event, "event_type": "offline"}, app(client_id))) is True


def drain(portal: SandboxPortal, client_id: str = APP, **params: Any) -> dict[str, Any]:
    return ok(call(portal, "event.offline.get", params, app(client_id)))


def names(events: list[dict[str, Any]]) -> list[tuple[str, int]]:
    return [(e["EVENT_NAME"], e["EVENT_DATA"]["FIELDS"]["ID"]) for e in events]


def a_todo(portal: SandboxPortal) -> tuple[int, int, int]:
    row = portal.db.query_one("SELECT id, owner_type_id, owner_id FROM activity WHERE provider_id = 'CRM_TODO' "
                              "AND completed = 'N' ORDER BY id LIMIT 1")
    assert row is not None
    return int(row["owner_type_id"]), int(row["owner_id"]), int(row["id"])


def test_webhook_gets_wrong_auth_type_and_non_admin_access_denied(portal: SandboxPortal) -> None:
    for method in ("event.bind", "event.unbind", "event.get", "event.offline.get", "event.offline.clear",
                   "event.offline.list"):
        reply = call(portal, method, {"event": "ONCRMACTIVITYADD", "event_type": "offline"})
        assert reply.status == 403
        assert reply.body == {"error": "WRONG_AUTH_TYPE",
                              "error_description": "Current authorization type is denied for this method"}, method
    user = app(user_id=2, is_admin=False)
    denied = call(portal, "event.bind", {"event": "ONCRMACTIVITYADD", "event_type": "offline"}, user)
    assert denied.status == 403 and denied.body["error"] == "ACCESS_DENIED"
    assert denied.body["error_description"] == \
        "Access denied! Offline events binding requires administrator access rights"
    assert call(portal, "event.offline.get", {}, user).body == {"error": "ACCESS_DENIED",
                                                               "error_description": "Access denied!"}


def test_bind_validation_and_event_get(portal: SandboxPortal) -> None:
    assert call(portal, "event.bind", {}, app()).body == {
        "error": "ERROR_ARGUMENT", "error_description": "Argument 'EVENT' is null or empty", "argument": "EVENT"}
    assert call(portal, "event.bind", {"event": "ONCRMACTIVITYADD", "event_type": "later"}, app()).body[
        "error_description"] == "Value must be one of {online|offline}"
    assert call(portal, "event.bind", {"event": "ONCRMACTIVITYADD"}, app()).body["argument"] == "HANDLER"
    assert call(portal, "event.bind", {"event": "ONCRMDEALADD", "event_type": "offline"}, app()).body == {
        "error": "ERROR_EVENT_NOT_FOUND", "error_description": "Event not found"}
    assert call(portal, "event.bind", {"event": "ONOFFLINEEVENT", "event_type": "offline"}, app()).body[
        "error_description"] == "Offline event cannot be registered for this event."
    bind_all(portal)
    again = call(portal, "event.bind", {"event": "ONCRMACTIVITYADD", "event_type": "offline"}, app())
    assert again.body["error"] == "ERROR_CORE"
    ok(call(portal, "event.bind", {"EVENT": "OnCrmActivityAdd", "HANDLER": "https://example.com/h"}, app()))
    assert ok(call(portal, "event.get", {}, app())) == [
        {"event": "ONCRMACTIVITYADD", "connector_id": "", "offline": 1},
        {"event": "ONCRMACTIVITYUPDATE", "connector_id": "", "offline": 1},
        {"event": "ONCRMACTIVITYDELETE", "connector_id": "", "offline": 1},
        {"event": "ONCRMACTIVITYADD", "handler": "https://example.com/h", "auth_type": 0, "offline": 0},
    ]
    assert ok(call(portal, "event.get", {}, app(OTHER))) == []
    assert ok(call(portal, "event.unbind", {"event": "ONCRMACTIVITYADD", "event_type": "offline"}, app())) == {
        "count": 1}
    assert ok(call(portal, "event.unbind", {"event": "ONCRMACTIVITYADD", "event_type": "offline"}, app())) == {
        "count": 0}
    assert [e["event"] for e in ok(call(portal, "event.get", {}, app()))] == [
        "ONCRMACTIVITYUPDATE", "ONCRMACTIVITYDELETE", "ONCRMACTIVITYADD"]


def test_every_write_is_recorded_for_the_app_that_bound_it(portal: SandboxPortal) -> None:
    bind_all(portal)
    owner_type, owner_id, todo = a_todo(portal)
    # a webhook caller (someone else) creates, edits and deletes; the application sees each change
    added = ok(call(portal, "crm.activity.todo.add", {"ownerTypeId": owner_type, "ownerId": owner_id,
                                                      "deadline": "2025-02-05T10:00:00+03:00", "title": "Call back"}))
    ok(call(portal, "crm.activity.todo.updateDeadline", {"ownerTypeId": owner_type, "ownerId": owner_id,
                                                         "id": todo, "value": "2025-02-06T10:00:00+03:00"}))
    legacy = ok(call(portal, "crm.activity.add", {"fields": {
        "OWNER_TYPE_ID": owner_type, "OWNER_ID": owner_id, "TYPE_ID": 2, "SUBJECT": "Meeting", "RESPONSIBLE_ID": 1,
        "COMMUNICATIONS": [{"VALUE": "+100", "ENTITY_ID": owner_id, "ENTITY_TYPE_ID": owner_type}]}}))
    ok(call(portal, "crm.activity.update", {"id": legacy, "fields": {"SUBJECT": "Meeting (moved)"}}))
    ok(call(portal, "crm.activity.binding.add", {"activityId": legacy, "entityTypeId": 2, "entityId": 1}))
    ok(call(portal, "crm.activity.delete", {"id": added["id"]}))
    reply = drain(portal)
    assert reply["process_id"] is None
    assert names(reply["events"]) == [
        ("ONCRMACTIVITYADD", added["id"]), ("ONCRMACTIVITYUPDATE", todo), ("ONCRMACTIVITYADD", legacy),
        ("ONCRMACTIVITYUPDATE", legacy), ("ONCRMACTIVITYDELETE", added["id"])]
    first = reply["events"][0]
    assert set(first) == {"ID", "TIMESTAMP_X", "EVENT_NAME", "EVENT_DATA", "EVENT_ADDITIONAL", "MESSAGE_ID"}
    assert first["TIMESTAMP_X"] == "2025-02-03T12:30:00+03:00"
    assert first["EVENT_ADDITIONAL"] == {"user_id": 1}
    assert first["MESSAGE_ID"] == message_id("ONCRMACTIVITYADD", {"FIELDS": {"ID": added["id"]}})
    assert drain(portal)["events"] == []  # clear=1 (default) removed them


def test_batch_and_the_simulated_colleague_are_recorded(portal: SandboxPortal) -> None:
    bind_all(portal)
    owner_type, owner_id, todo = a_todo(portal)
    batch = ok(call(portal, "batch", {"cmd": {
        "a": f"crm.activity.todo.updateDescription?ownerTypeId={owner_type}&ownerId={owner_id}&id={todo}&value=x",
        "b": f"crm.activity.todo.add?ownerTypeId={owner_type}&ownerId={owner_id}&title=T"
             "&deadline=2025-02-05T10:00:00%2B03:00"}}))
    assert not batch["result_error"]
    assert edit_concurrently(portal, {"id": todo})
    colleague = int(portal.db.activity(todo)["editor_id"])
    events = drain(portal)["events"]
    assert names(events) == [("ONCRMACTIVITYUPDATE", todo), ("ONCRMACTIVITYADD", batch["result"]["b"]["id"])]
    assert events[0]["EVENT_ADDITIONAL"] == {"user_id": colleague}  # the latest change's author, merged


def test_changes_merge_until_reserved(portal: SandboxPortal, clock: Clock) -> None:
    bind_all(portal)
    owner_type, owner_id, todo = a_todo(portal)
    params = {"ownerTypeId": owner_type, "ownerId": owner_id, "id": todo}
    ok(call(portal, "crm.activity.todo.updateDescription", {**params, "value": "one"}))
    clock.now += timedelta(seconds=5)
    ok(call(portal, "crm.activity.todo.updateDescription", {**params, "value": "two"}, app(OTHER, user_id=2)))
    [entry] = offline_queue(portal, APP)
    assert entry["TIMESTAMP_X"] == "2025-02-03T12:30:05+03:00" and entry["EVENT_ADDITIONAL"] == {"user_id": 2}
    reserved = drain(portal, clear=0)
    assert len(reserved["process_id"]) == 32 and names(reserved["events"]) == [("ONCRMACTIVITYUPDATE", todo)]
    ok(call(portal, "crm.activity.todo.updateDescription", {**params, "value": "three"}))
    assert [(e["PROCESS_ID"] != "", e["EVENT_NAME"]) for e in offline_queue(portal, APP)] == [
        (True, "ONCRMACTIVITYUPDATE"), (False, "ONCRMACTIVITYUPDATE")]


def test_process_id_reserve_reread_and_clear(portal: SandboxPortal) -> None:
    bind_all(portal)
    owner_type, owner_id, _ = a_todo(portal)
    ids = [ok(call(portal, "crm.activity.todo.add", {"ownerTypeId": owner_type, "ownerId": owner_id, "title": f"T{i}",
                                                     "deadline": "2025-02-05T10:00:00+03:00"}))["id"] for i in range(3)]
    first = drain(portal, clear=0, limit=2)
    assert [e["EVENT_DATA"]["FIELDS"]["ID"] for e in first["events"]] == ids[:2]
    second = drain(portal, clear=0)  # another process gets what the first did not reserve
    assert [e["EVENT_DATA"]["FIELDS"]["ID"] for e in second["events"]] == ids[2:]
    assert second["process_id"] != first["process_id"]
    again = drain(portal, clear=0, process_id=first["process_id"])  # re-read the unprocessed reservation
    assert again == first
    listed = ok(call(portal, "event.offline.list", {}, app()))
    assert [e["PROCESS_ID"] for e in listed] == [first["process_id"]] * 2 + [second["process_id"]]
    assert ok(call(portal, "event.offline.clear", {"process_id": first["process_id"],
                                                   "id": [first["events"][0]["ID"]]}, app())) is True
    assert len(offline_queue(portal, APP)) == 2
    final = drain(portal, process_id=first["process_id"])  # clear=1 with a process id: read and delete
    assert final["process_id"] == first["process_id"] and len(final["events"]) == 1
    ok(call(portal, "event.offline.clear", {"process_id": second["process_id"],
                                            "message_id": [second["events"][0]["MESSAGE_ID"]]}, app()))
    assert offline_queue(portal, APP) == []
    assert call(portal, "event.offline.clear", {}, app()).body["argument"] == "PROCESS_ID"
    assert call(portal, "event.offline.get", {"limit": 0}, app()).body == {
        "error": "ERROR_ARGUMENT", "error_description": "Value must be positive integer", "argument": "LIMIT"}


def test_filter_order_and_list_paging(portal: SandboxPortal) -> None:
    bind_all(portal)
    owner_type, owner_id, _ = a_todo(portal)
    ids = [ok(call(portal, "crm.activity.todo.add", {"ownerTypeId": owner_type, "ownerId": owner_id, "title": f"T{i}",
                                                     "deadline": "2025-02-05T10:00:00+03:00"}))["id"] for i in range(55)]
    ok(call(portal, "crm.activity.delete", {"id": ids[0]}))
    page = ok(call(portal, "event.offline.list", {}, app()))
    assert len(page) == 50
    rest = call(portal, "event.offline.list", {}, app(), start=50)
    assert rest.body["total"] == 56 and "next" not in rest.body and len(rest.body["result"]) == 6
    assert call(portal, "event.offline.list", {}, app()).body["next"] == 50
    deletes = drain(portal, filter={"=EVENT_NAME": "ONCRMACTIVITYDELETE"}, clear=0)
    assert names(deletes["events"]) == [("ONCRMACTIVITYDELETE", ids[0])]
    newest = drain(portal, order={"ID": "DESC"}, limit=2)
    assert [e["EVENT_DATA"]["FIELDS"]["ID"] for e in newest["events"]] == [ids[54], ids[53]]
    bad = call(portal, "event.offline.get", {"filter": {"SUBJECT": "x"}}, app())
    assert bad.status == 400 and bad.body["error"] == "ERROR_ARGUMENT" and "SUBJECT" in bad.body["error_description"]


def test_one_application_never_sees_another_ones_queue(portal: SandboxPortal) -> None:
    bind_all(portal, APP)
    ok(call(portal, "event.bind", {"event": "ONCRMACTIVITYDELETE", "event_type": "offline"}, app(OTHER)))
    owner_type, owner_id, todo = a_todo(portal)
    ok(call(portal, "crm.activity.todo.updateColor", {"ownerTypeId": owner_type, "ownerId": owner_id, "id": todo,
                                                      "colorId": "2"}))
    ok(call(portal, "crm.activity.delete", {"id": todo}))
    assert names(drain(portal, OTHER)["events"]) == [("ONCRMACTIVITYDELETE", todo)]
    assert names(drain(portal, APP)["events"]) == [("ONCRMACTIVITYUPDATE", todo), ("ONCRMACTIVITYDELETE", todo)]
    reserved = drain(portal, APP, clear=0)
    assert reserved["events"] == []
    # a foreign process id reads nothing and clears nothing
    ok(call(portal, "crm.activity.todo.add", {"ownerTypeId": owner_type, "ownerId": owner_id, "title": "x",
                                              "deadline": "2025-02-05T10:00:00+03:00"}))
    mine = drain(portal, APP, clear=0)
    assert drain(portal, OTHER, process_id=mine["process_id"])["events"] == []
    ok(call(portal, "event.offline.clear", {"process_id": mine["process_id"]}, app(OTHER)))
    assert len(offline_queue(portal, APP)) == 1


def test_nothing_is_queued_without_a_binding(portal: SandboxPortal) -> None:
    owner_type, owner_id, todo = a_todo(portal)
    ok(call(portal, "crm.activity.todo.updateColor", {"ownerTypeId": owner_type, "ownerId": owner_id, "id": todo,
                                                      "colorId": "3"}))
    assert portal.db.scalar("SELECT COUNT(*) FROM event_offline") == 0
    bind_all(portal)
    ok(call(portal, "event.unbind", {"event": "ONCRMACTIVITYUPDATE", "event_type": "offline"}, app()))
    ok(call(portal, "crm.activity.todo.updateColor", {"ownerTypeId": owner_type, "ownerId": owner_id, "id": todo,
                                                      "colorId": "4"}))
    assert drain(portal)["events"] == []
