"""``client.batch``: every write the outbox sends reads the same inside a batch as in a JSON call;
references, per-command errors and halt (in-process sandbox portal)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.bitrix import BitrixClient, MethodNotFound, NotFound, Webhook
from desktop_app.bitrix.activities import CommunicationInput, SystemActivityFields
from desktop_app.bitrix.batch import encode_query, query_pairs
from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.models import ActivityType, Direction
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.sandbox import SandboxPortal

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
WEBHOOK = Webhook(base_url="http://sandbox.local", user_id=1, code="demo")
AWKWARD = "Call back & agree: 100% + ü? #3 [draft] $result[x] a=b"


def _portal() -> SandboxPortal:
    return SandboxPortal(":memory:", webhook_code="demo", webhook_user_id=1, demo_data=True, now=lambda: NOW)


@pytest.fixture
def twins() -> Iterator[tuple[SandboxPortal, SandboxPortal]]:
    """Two identical portals: one gets JSON calls, the other the same calls inside batches."""
    a, b = _portal(), _portal()
    yield a, b
    a.close()
    b.close()


@pytest.fixture
async def clients(twins) -> AsyncIterator[tuple[BitrixClient, BitrixClient]]:
    a = BitrixClient.for_webhook(WEBHOOK, transport=twins[0].transport(), rate_plan=None)
    b = BitrixClient.for_webhook(WEBHOOK, transport=twins[1].transport(), rate_plan=None)
    yield a, b
    await a.aclose()
    await b.aclose()


def _call(subject: str) -> SystemActivityFields:
    return SystemActivityFields(
        type_id=ActivityType.CALL, subject=subject, owner_type_id=2, owner_id=1,
        communications=[CommunicationInput("+1 555 666 5116", 4, 1, "PHONE")],
        start_time=NOW + timedelta(days=3), end_time=NOW + timedelta(days=3, hours=1),
        direction=Direction.OUTGOING, description=AWKWARD)


async def test_every_outbox_write_reads_the_same_inside_a_batch(twins, clients) -> None:
    json_client, batch_client = clients
    steps: list[Callable[[BitrixClient, dict[str, int]], PreparedCall]] = [
        lambda c, ids: c.prepare_add_todo(2, 1, NOW + timedelta(days=1), title=AWKWARD, description=AWKWARD,
                                          ping_offsets=[0, 15], color_id="3", responsible_id=2),
        lambda c, ids: c.prepare_add_todo(2, 1, NOW + timedelta(days=2), title="No reminders", ping_offsets=[]),
        lambda c, ids: c.todo.prepare_update(ids["todo"], 2, 1, NOW + timedelta(days=4), title="Renamed ü & co",
                                             description="", ping_offsets=[], color_id=None),
        lambda c, ids: c.todo.prepare_update_deadline(ids["todo"], 2, 1, NOW + timedelta(days=5, minutes=30)),
        lambda c, ids: c.todo.prepare_update_description(ids["todo"], 2, 1, "Line 1\nLine 2 & 3%"),
        lambda c, ids: c.todo.prepare_update_color(ids["todo2"], 2, 1, "5"),
        lambda c, ids: c.todo.prepare_update_color(ids["todo2"], 2, 1, None),
        lambda c, ids: c.todo.prepare_update_responsible_user(ids["todo2"], 2, 1, 3),
        lambda c, ids: c.activities.prepare_add(_call("Call + agenda")),
        lambda c, ids: c.activities.prepare_update(ids["call"], {
            "SUBJECT": "Call, moved?", "COMMUNICATIONS": [{"VALUE": "+1 555 000 1111", "ENTITY_TYPE_ID": 4,
                                                          "ENTITY_ID": 1, "TYPE": "PHONE"}],
            "START_TIME": "2026-12-01T09:00:00+03:00", "DESCRIPTION": AWKWARD}),
        lambda c, ids: c.activities.prepare_set_completed(ids["call"], True),
        lambda c, ids: c.activities.prepare_set_completed(ids["todo2"], True),
        lambda c, ids: c.activities.prepare_set_completed(ids["todo2"], False),
        lambda c, ids: c.bindings.prepare_add(ids["call"], Binding(3, 1)),
        lambda c, ids: c.bindings.prepare_move(ids["call"], Binding(3, 1), Binding(3, 2)),
        lambda c, ids: c.bindings.prepare_delete(ids["call"], Binding(3, 2)),
        lambda c, ids: c.activities.prepare_delete(ids["todo2"]),
    ]
    names = {0: "todo", 1: "todo2", 8: "call"}
    json_ids: dict[str, int] = {}
    batch_ids: dict[str, int] = {}
    for index, step in enumerate(steps):
        sent = step(json_client, json_ids)
        json_reply = (await json_client.send(sent)).result
        batched = step(batch_client, batch_ids)
        assert batched == sent
        batch_reply = (await batch_client.batch({"write": batched}))["write"].unwrap()
        assert batch_reply == json_reply, sent.method
        if index in names:
            new_id = int(json_reply["id"] if isinstance(json_reply, dict) else json_reply)
            json_ids[names[index]] = batch_ids[names[index]] = new_id

    assert json_ids == {"todo": 444, "todo2": 445, "call": 446}
    for activity_id in json_ids.values():
        assert twins[1].db.activity(activity_id) == twins[0].db.activity(activity_id)
    todo = twins[1].db.activity(444)
    assert todo["subject"] == "Renamed ü & co" and todo["ping_offsets"] == []
    assert twins[1].db.activity(445) is None
    assert twins[1].db.activity(446)["description"] == AWKWARD


def test_parameters_are_php_bracket_pairs() -> None:
    params = {"filter": {">ID": 5, "@TYPE_ID": [1, 2], "COMPLETED": "N"}, "select": ["ID"], "flag": True,
              "off": False, "gone": None, "pingOffsets": [], "nested": {"a": [{"b": "x y"}]}}
    assert query_pairs(params) == [
        ("filter[>ID]", "5"), ("filter[@TYPE_ID][0]", "1"), ("filter[@TYPE_ID][1]", "2"),
        ("filter[COMPLETED]", "N"), ("select[0]", "ID"), ("flag", "1"), ("off", "0"), ("pingOffsets[]", ""),
        ("nested[a][0][b]", "x y")]
    assert encode_query({"title": "a&b=c?d%e+f#g", "ref": "$result[p0][49][ID]"}) == (
        "title=a%26b%3Dc%3Fd%25e%2Bf%23g&ref=%24result%5Bp0%5D%5B49%5D%5BID%5D")


async def test_references_carry_a_new_id_into_the_next_commands(client: BitrixClient) -> None:
    add = client.prepare_add_todo(2, 1, NOW + timedelta(days=1), title="Made in a batch")
    reply = await client.batch({
        "add": add,
        "get": PreparedCall("crm.activity.get", {"id": "$result[add][id]"}),
        "binds": PreparedCall("crm.activity.binding.list", {"activityId": "$result[add][id]"}),
        "text": PreparedCall("crm.activity.todo.updateDescription", {
            "id": "$result[add][id]", "ownerTypeId": 2, "ownerId": 1, "value": "Todo no. $result[add][id]"}),
    }, halt=True)

    new_id = reply["add"].unwrap()["id"]
    assert reply["get"].unwrap()["SUBJECT"] == "Made in a batch"
    assert reply["binds"].unwrap() == [{"entityTypeId": 2, "entityId": 1}]
    assert (await client.get_activity(new_id)).description == f"Todo no. {new_id}"
    assert reply.requests == 1 and reply.halted == ()


async def test_a_bad_command_fails_alone(client: BitrixClient) -> None:
    reply = await client.batch({
        "first": client.prepare_add_todo(2, 1, NOW + timedelta(days=1), title="Kept 1"),
        "nonsense": PreparedCall("crm.activity.nonsense", {}),
        "missing": PreparedCall("crm.activity.get", {"id": 999_999}),
        "last": client.prepare_add_todo(2, 1, NOW + timedelta(days=1), title="Kept 2"),
    })

    assert [name for name, r in reply.results.items() if r.ok] == ["first", "last"]
    assert isinstance(reply["nonsense"].error, MethodNotFound)
    assert isinstance(reply["missing"].error, NotFound)
    assert reply["missing"].error.description == "Activity is not found."
    with pytest.raises(NotFound):
        reply["missing"].unwrap()
    assert set(reply.errors) == {"nonsense", "missing"}


async def test_halt_stops_at_the_first_failure(client: BitrixClient, portal: SandboxPortal) -> None:
    reply = await client.batch({
        "first": client.prepare_add_todo(2, 1, NOW + timedelta(days=1), title="Before the failure"),
        "broken": client.prepare_add_todo(2, 424242, NOW + timedelta(days=1), title="No owner"),
        "after": client.prepare_add_todo(2, 1, NOW + timedelta(days=1), title="After the failure"),
    }, halt=True)

    assert list(reply.results) == ["first", "broken"]
    assert reply["broken"].error is not None and reply["broken"].error.code == "OWNER_NOT_FOUND"
    assert reply.halted == ("after",)
    assert portal.db.count_activities(subject="After the failure") == 0
    assert portal.db.count_activities(subject="Before the failure") == 1


async def test_bad_command_names_and_nested_batches_are_refused(client: BitrixClient) -> None:
    with pytest.raises(ValueError):
        await client.batch({"a[0]": PreparedCall("user.current", {})})
    with pytest.raises(ValueError):
        await client.batch({"inner": PreparedCall("batch", {"cmd": {}})})
