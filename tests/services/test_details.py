"""``DetailsService`` and the binding rules against the sandbox portal (in-process).

Each rule test also sends the refused change to the portal (bypassing the client's own checks) to
show that the local rule and the portal agree.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.bitrix import BitrixClient, BitrixError, NotFound
from desktop_app.bitrix.bindings import MAX_BINDINGS, Binding
from desktop_app.bitrix.models import Activity
from desktop_app.services.details import (
    DetailsService,
    check_add,
    check_move,
    check_remove,
    conflict_fields,
)
from desktop_app.store.entries import EntryState, OutboxEntry

TZ = timezone(timedelta(hours=3))
DEAL_1 = Binding(2, 1)


async def _deal_one(client: BitrixClient, **filter_: object) -> list[Activity]:
    page = await client.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1, **filter_}, order={"ID": "ASC"})
    return page.items


async def test_load_gives_every_field_communications_bindings_and_names(client: BitrixClient) -> None:
    email = (await _deal_one(client, TYPE_ID=4))[0]
    details = await DetailsService(client).load(email.id)

    a = details.activity
    assert a.id == email.id and a.subject == email.subject and a.subject
    # every field crm.activity.get sends is kept, including those the model does not name
    for key in ("PROVIDER_PARAMS", "RESULT_MARK", "AUTOCOMPLETE_RULE", "ORIGIN_ID", "EDITOR_ID"):
        assert key in a.raw
    # COMMUNICATIONS come from crm.activity.list (get does not return them)
    raw = await client.call("crm.activity.list", {"filter": {"ID": email.id}, "select": ["*", "COMMUNICATIONS"]})
    expected = raw.result[0]["COMMUNICATIONS"]
    assert [(c.type, c.value) for c in details.communications] == [(c["TYPE"], c["VALUE"]) for c in expected]
    assert details.communications[0].type == "EMAIL" and "@" in details.communications[0].value
    assert a.communications == details.communications

    assert details.bindings == await client.bindings.list(email.id)
    assert DEAL_1 in details.bindings and len(details.bindings) == 2
    deal = (await client.list_items(2, filter={"id": 1})).items[0]
    assert details.binding_name(DEAL_1) == deal.display_name
    contact = next(b for b in details.bindings if b.entity_type_id == 3)
    person = (await client.list_items(3, filter={"id": contact.entity_id})).items[0]
    assert details.binding_name(contact) == person.display_name
    comm = details.communications[0]
    assert details.entity_name(comm.entity_type_id, comm.entity_id) == person.display_name

    users = {u.id: u.display_name for u in await client.get_users([a.responsible_id, a.author_id])}
    assert details.user_name(a.responsible_id) == users[a.responsible_id]
    assert details.user_name(a.author_id) == users[a.author_id]


async def test_load_of_a_missing_activity_raises_not_found(client: BitrixClient) -> None:
    with pytest.raises(NotFound):
        await DetailsService(client).load(999_999)


async def test_search_entities_finds_by_name(client: BitrixClient) -> None:
    contact = (await client.list_items(3, filter={"id": 2})).items[0]
    found = await DetailsService(client).search_entities(3, contact.last_name or "")
    assert (2, contact.display_name) in found


async def test_last_binding_cannot_be_removed_locally_or_on_the_portal(client: BitrixClient) -> None:
    todo = (await _deal_one(client, PROVIDER_ID="CRM_TODO"))[0]
    bindings = await client.bindings.list(todo.id)
    assert bindings == [DEAL_1]
    problem = check_remove(bindings, DEAL_1)
    assert problem is not None and (problem.field, problem.rule) == ("entityId", "last_binding")
    with pytest.raises(BitrixError) as info:
        await client.bindings.delete(todo.id, DEAL_1)
    assert info.value.code == "LAST_BINDING_CANNOT_BE_DELETED"

    assert check_remove(bindings, Binding(3, 5)).rule == "not_bound"
    two = [DEAL_1, Binding(3, 5)]
    assert check_remove(two, Binding(3, 5)) is None


async def test_move_only_within_the_same_type_and_not_onto_a_binding(client: BitrixClient) -> None:
    email = (await _deal_one(client, TYPE_ID=4))[0]
    bindings = await client.bindings.list(email.id)
    contact = next(b for b in bindings if b.entity_type_id == 3)

    other_type = Binding(4, 2)
    problem = check_move(DEAL_1, other_type, bindings)
    assert problem is not None and (problem.field, problem.rule) == ("targetEntityTypeId", "same_type")
    with pytest.raises(BitrixError) as info:  # raw call: the client would refuse it before sending
        await client.call("crm.activity.binding.move", {
            "activityId": email.id, "sourceEntityTypeId": 2, "sourceEntityId": 1,
            "targetEntityTypeId": 4, "targetEntityId": 2})
    assert info.value.code == "SOURCE_AND_TARGET_ENTITY_TYPES_ARE_NOT_EQUAL_ERROR"

    assert check_move(DEAL_1, DEAL_1, bindings).rule == "same_entity"
    assert check_move(contact, Binding(3, 0), bindings).rule == "required"
    assert check_move(Binding(2, 7), Binding(2, 8), bindings).rule == "not_bound"

    # onto an entity it is already bound to
    await client.bindings.add(email.id, Binding(2, 3))
    bindings = await client.bindings.list(email.id)
    problem = check_move(DEAL_1, Binding(2, 3), bindings)
    assert problem is not None and (problem.field, problem.rule) == ("targetEntityId", "already_bound")
    with pytest.raises(BitrixError) as info:
        await client.bindings.move(email.id, DEAL_1, Binding(2, 3))
    assert info.value.code == "ACTIVITY_IS_ALREADY_BOUND"

    # an accepted move is accepted by the portal too
    assert check_move(DEAL_1, Binding(2, 4), bindings) is None
    await client.bindings.move(email.id, DEAL_1, Binding(2, 4))
    assert Binding(2, 4) in await client.bindings.list(email.id)


async def test_add_rules(client: BitrixClient) -> None:
    todo = (await _deal_one(client, PROVIDER_ID="CRM_TODO"))[0]
    bindings = await client.bindings.list(todo.id)

    duplicate = check_add(bindings, DEAL_1)
    assert duplicate is not None and (duplicate.field, duplicate.rule) == ("entityId", "already_bound")
    with pytest.raises(BitrixError) as info:
        await client.bindings.add(todo.id, DEAL_1)
    assert info.value.code == "ACTIVITY_IS_ALREADY_BOUND"

    assert check_add(bindings, Binding(7, 1)).rule == "type_not_allowed"  # a quote: not offered here
    assert check_add(bindings, Binding(7, 1), allowed_types=None) is None
    assert check_add(bindings, Binding(0, 1)).field == "entityTypeId"
    assert check_add(bindings, Binding(3, 0)).field == "entityId"
    full = [Binding(3, i) for i in range(1, MAX_BINDINGS + 1)]
    assert check_add(full, Binding(4, 1)).rule == "too_many"
    assert check_add(full[:-1], Binding(4, 1)) is None

    assert check_add(bindings, Binding(3, 5)) is None
    await client.bindings.add(todo.id, Binding(3, 5))
    details = await DetailsService(client).load(todo.id)
    assert details.bindings == [DEAL_1, Binding(3, 5)]
    assert details.binding_name(Binding(3, 5))
    assert check_remove(details.bindings, DEAL_1) is None


async def test_load_reads_the_portal_state_after_a_change(client: BitrixClient) -> None:
    todo = (await _deal_one(client, PROVIDER_ID="CRM_TODO", COMPLETED="N"))[0]
    await client.todo.update_description(todo.id, 2, 1, "Bring the signed copy")
    details = await DetailsService(client).load(todo.id)
    assert details.activity.description == "Bring the signed copy"
    assert details.activity.last_updated is not None
    assert details.activity.last_updated >= datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


async def test_conflict_fields_pair_the_change_with_the_portals_values(client: BitrixClient) -> None:
    todo = (await _deal_one(client, PROVIDER_ID="CRM_TODO", COMPLETED="N"))[0]
    theirs = (await client.get_activity(todo.id)).raw
    base = {"owner_type_id": 2, "owner_id": 1, "state": EntryState.CONFLICT, "created_at": datetime.now(TZ),
            "activity_id": todo.id, "theirs": theirs}
    full = OutboxEntry(id=1, method="crm.activity.todo.update", params={
        "id": todo.id, "ownerTypeId": 2, "ownerId": 1, "deadline": "2026-12-01T10:00:00+03:00",
        "title": "Mine", "description": "", "colorId": "default"}, **base)
    rows = {row.field: (row.mine, row.theirs) for row in conflict_fields(full)}
    assert rows["SUBJECT"] == ("Mine", todo.subject)
    assert rows["DEADLINE"] == ("2026-12-01T10:00:00+03:00", theirs["DEADLINE"])
    assert rows["COLOR"] == ("", todo.color_id or "")
    assert "id" not in rows and "ownerId" not in rows

    narrow = OutboxEntry(id=2, method="crm.activity.todo.updateDescription",
                         params={"id": todo.id, "ownerTypeId": 2, "ownerId": 1, "value": "New text"}, **base)
    assert [(r.field, r.mine) for r in conflict_fields(narrow)] == [("DESCRIPTION", "New text")]

    legacy = OutboxEntry(id=3, method="crm.activity.update",
                         params={"id": todo.id, "fields": {"COMPLETED": "Y"}}, **base)
    assert [(r.field, r.mine, r.theirs) for r in conflict_fields(legacy)] == [("COMPLETED", "Y", "N")]


async def test_details_of_a_configurable_activity_come_from_the_list() -> None:
    """``crm.activity.get`` refuses a configurable activity ("Use crm.activity.configurable.get…",
    server-behaviour.md §1.7): its details are read from ``crm.activity.list`` instead."""
    from desktop_app.services.session import open_demo_session

    session = await open_demo_session()
    try:
        page = await session.client.list_activities(filter={"PROVIDER_ID": "CONFIGURABLE_REST_APP"})
        row = page.items[0]
        with pytest.raises(BitrixError, match=r"configurable\.get"):
            await session.client.get_activity(row.id)
        details = await DetailsService(session.client).load(row.id)
        assert details.activity.id == row.id and details.activity.subject == row.subject
        assert details.activity.provider_id == "CONFIGURABLE_REST_APP"
        assert (row.owner_type_id, row.owner_id) in details.entity_names
    finally:
        await session.aclose()
