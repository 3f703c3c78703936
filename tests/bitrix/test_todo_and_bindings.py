"""``client.todo`` and ``client.bindings`` against the sandbox portal (in-process)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.bitrix import BitrixClient, BitrixError, InvalidParameter, NotFound
from desktop_app.bitrix.bindings import Binding

TZ = timezone(timedelta(hours=3))


async def _new_todo(client: BitrixClient, **kw) -> int:  # noqa: ANN003
    return await client.add_todo(2, 1, datetime(2026, 12, 1, 10, 0, tzinfo=TZ), title="Draft", **kw)


async def test_full_update_replaces_content_and_resets_colour(client: BitrixClient) -> None:
    todo_id = await _new_todo(client, color_id="4", description="old")
    new_deadline = datetime(2026, 12, 2, 16, 0, tzinfo=TZ)
    assert await client.todo.update(todo_id, 2, 1, new_deadline, title="Final", description="new",
                                    ping_offsets=[30]) == todo_id
    activity = await client.get_activity(todo_id)
    assert (activity.subject, activity.description, activity.deadline) == ("Final", "new", new_deadline)
    assert activity.color_id is None


async def test_narrow_updates(client: BitrixClient) -> None:
    todo_id = await _new_todo(client)
    moved = datetime(2026, 12, 9, 9, 30, tzinfo=TZ)
    await client.todo.update_deadline(todo_id, 2, 1, moved)
    await client.todo.update_description(todo_id, 2, 1, "Bring the contract")
    await client.todo.update_color(todo_id, 2, 1, "6")
    await client.todo.update_responsible_user(todo_id, 2, 1, 3)
    activity = await client.get_activity(todo_id)
    assert activity.deadline == moved
    assert activity.description == "Bring the contract"
    assert activity.color_id == "6"
    assert activity.responsible_id == 3
    await client.todo.update_color(todo_id, 2, 1, None)
    assert (await client.get_activity(todo_id)).color_id is None


async def test_todo_rules_are_enforced(client: BitrixClient) -> None:
    todo_id = await _new_todo(client)
    with pytest.raises(InvalidParameter) as refused:
        await client.todo.update_responsible_user(todo_id, 2, 1, 0)
    assert (refused.value.field, refused.value.code) == ("responsibleId", "positive")
    with pytest.raises(InvalidParameter) as refused:
        await client.todo.update_deadline(todo_id, 2, 1, datetime(2026, 12, 9, 9, 30))
    assert (refused.value.field, refused.value.code) == ("value", "utc_offset")
    with pytest.raises(NotFound) as info:  # not bound to deal 2
        await client.todo.update_description(todo_id, 2, 2, "x")
    assert info.value.code == "NOT_FOUND"
    await client.call("crm.activity.update", {"id": todo_id, "fields": {"COMPLETED": "Y"}})
    with pytest.raises(BitrixError) as info:
        await client.todo.update_description(todo_id, 2, 1, "too late")
    assert info.value.code == "CAN_NOT_UPDATE_COMPLETED_TODO"


async def test_bindings_add_move_list_delete(client: BitrixClient) -> None:
    todo_id = await _new_todo(client)
    assert await client.bindings.list(todo_id) == [Binding(2, 1)]
    await client.bindings.add(todo_id, Binding(3, 1))
    assert await client.bindings.list(todo_id) == [Binding(2, 1), Binding(3, 1)]
    await client.bindings.move(todo_id, Binding(3, 1), Binding(3, 2))
    assert await client.bindings.list(todo_id) == [Binding(2, 1), Binding(3, 2)]
    await client.bindings.delete(todo_id, Binding(3, 2))
    assert await client.bindings.list(todo_id) == [Binding(2, 1)]
    with pytest.raises(BitrixError) as info:
        await client.bindings.delete(todo_id, Binding(2, 1))
    assert info.value.code == "LAST_BINDING_CANNOT_BE_DELETED"
    with pytest.raises(BitrixError) as info:
        await client.bindings.add(todo_id, Binding(2, 1))
    assert info.value.code == "ACTIVITY_IS_ALREADY_BOUND"


async def test_moves_across_types_are_refused_before_sending(client: BitrixClient) -> None:
    todo_id = await _new_todo(client)
    with pytest.raises(InvalidParameter) as info:
        await client.bindings.move(todo_id, Binding(2, 1), Binding(3, 1))
    assert (info.value.field, info.value.code) == ("targetEntityTypeId", "same_type")
    with pytest.raises(InvalidParameter) as info:
        await client.bindings.move(todo_id, Binding(2, 1), Binding(2, 1))
    assert (info.value.field, info.value.code) == ("targetEntityId", "same_entity")
    assert await client.bindings.list(todo_id) == [Binding(2, 1)]
