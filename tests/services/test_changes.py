"""ChangeService + OutboxProcessor against the sandbox portal: every kind of change reaches the
portal in order, refusals are kept, conflicts are the user's choice, and nothing is lost on restart."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from changes_helpers import DEAL, FIXED_NOW, at, call_fields, ticking

from desktop_app.bitrix import BitrixClient, InvalidParameter
from desktop_app.bitrix.bindings import Binding
from desktop_app.sandbox.faults import FaultKind
from desktop_app.services.changes import ChangeService
from desktop_app.services.outbox import Backoff
from desktop_app.store import EntryState, OutboxEntry, Store


def _record(service: ChangeService) -> list[OutboxEntry]:
    seen: list[OutboxEntry] = []
    service.subscribe(seen.append)
    return seen


async def test_a_todo_and_the_edits_of_its_placeholder_land_in_order(changes, store, net_client) -> None:
    seen = _record(changes)
    create = changes.add_todo(DEAL, at(1), title="Send the offer", description="v1", color_id="3")
    placeholder = changes.optimistic(create, None)
    assert (placeholder.id, placeholder.subject, placeholder.color_id) == (-create.id, "Send the offer", "3")
    moved = changes.update_todo_deadline(placeholder, DEAL, at(2))
    described = changes.update_todo_description(placeholder, DEAL, "v2")
    assert moved.after_entry_id == create.id and moved.activity_id is None
    assert changes.optimistic(moved, placeholder).deadline == at(2)

    await changes.processor.drain()

    new_id = store.outbox.get(create.id).activity_id
    activity = await net_client.get_activity(new_id)
    assert (activity.subject, activity.deadline, activity.description, activity.color_id) == (
        "Send the offer", at(2), "v2", "3")
    assert all(store.outbox.get(e.id).state is EntryState.DONE for e in (create, moved, described))
    assert store.outbox.get(moved.id).params["id"] == new_id
    assert changes.open_entries(DEAL) == []
    # subscribers saw each change go pending → sending → done, creates first
    done_order = [e.id for e in seen if e.state is EntryState.DONE]
    assert done_order == [create.id, moved.id, described.id]


async def test_a_change_the_portal_would_refuse_is_not_written(changes, store) -> None:
    with pytest.raises(InvalidParameter) as error:
        changes.add_todo(DEAL, datetime(2026, 12, 1, 10, 0), title="naive deadline")
    assert (error.value.field, error.value.code) == ("deadline", "utc_offset")
    with pytest.raises(InvalidParameter) as error:
        changes.add_activity(call_fields("  "))
    assert (error.value.field, error.value.code) == ("SUBJECT", "required")
    assert store.outbox.all_entries() == []


async def test_every_kind_of_change_reaches_the_portal(changes, net_client, portal) -> None:
    call_entry = changes.add_activity(call_fields("Call about the renewal"))
    todo_entry = changes.add_todo(DEAL, at(4), title="Prepare contract")
    await changes.processor.drain()
    call = await net_client.get_activity(changes.entry(call_entry.id).activity_id)
    todo = await net_client.get_activity(changes.entry(todo_entry.id).activity_id)
    assert call.origin_id == call_entry.origin_id and call.originator_id == "activity-desk"

    changes.update_activity(call, {"SUBJECT": "Renewal call", "PRIORITY": 3})
    changes.set_completed(call, True)
    changes.update_todo(todo, DEAL, at(5), title="Prepare the contract", description="with annex",
                        color_id="2", ping_offsets=[15])
    changes.update_todo_color(todo, DEAL, "5")
    changes.update_todo_responsible(todo, DEAL, 3)
    changes.add_binding(todo, Binding(3, 1))
    changes.move_binding(todo, Binding(3, 1), Binding(3, 2))
    changes.add_binding(call, Binding(2, 2))
    changes.delete_binding(call, Binding(2, 2))
    await changes.processor.drain()

    call = await net_client.get_activity(call.id)
    todo = await net_client.get_activity(todo.id)
    assert (call.subject, call.priority, call.completed) == ("Renewal call", 3, True)
    assert (todo.subject, todo.description, todo.deadline, todo.color_id, todo.responsible_id) == (
        "Prepare the contract", "with annex", at(5), "5", 3)
    assert await net_client.bindings.list(todo.id) == [Binding(2, 1), Binding(3, 2)]
    assert Binding(2, 2) not in await net_client.bindings.list(call.id)

    changes.set_completed(call, False)
    gone = changes.delete_activity(todo)
    assert changes.optimistic(gone, todo) is None
    await changes.processor.drain()
    assert (await net_client.get_activity(call.id)).completed is False
    assert portal.db.activity(todo.id) is None
    assert changes.open_entries() == []


async def test_a_refused_change_stays_failed_with_the_portals_reason(changes, net_client) -> None:
    todo_id = await net_client.add_todo(2, 1, at(6), title="Done already")
    await net_client.activities.set_completed(todo_id, True)
    todo = await net_client.get_activity(todo_id)
    refused = changes.update_todo_deadline(todo, DEAL, at(7))
    later = changes.update_todo_description(todo, DEAL, "after")
    await changes.processor.drain()

    failed = changes.entry(refused.id)
    assert failed.state is EntryState.FAILED
    assert failed.error_code == "CAN_NOT_UPDATE_COMPLETED_TODO" and failed.error_text
    assert changes.entry(later.id).state is EntryState.PENDING  # waits behind the refused change
    assert [e.id for e in changes.open_entries(DEAL)] == [refused.id, later.id]

    # the user reopens the todo on the portal and retries: both go, in order
    await net_client.activities.set_completed(todo_id, False)
    changes.retry(refused.id)
    await changes.processor.drain()
    activity = await net_client.get_activity(todo_id)
    assert (activity.deadline, activity.description) == (at(7), "after")


async def test_discarding_a_create_takes_its_queued_edits_along(changes, store, portal) -> None:
    before = portal.db.count_activities()
    create = changes.add_todo(DEAL, at(1), title="Never mind")
    edit = changes.update_todo_color(changes.optimistic(create, None), DEAL, "2")
    seen = _record(changes)
    gone = changes.discard(create.id)
    assert {e.id for e in gone} == {create.id, edit.id}
    assert {e.state for e in seen} == {EntryState.DISCARDED}
    await changes.processor.drain()
    assert store.outbox.all_entries() == [] and portal.db.count_activities() == before


async def test_changes_survive_closing_the_store_and_are_sent_after_reopening(tmp_path, net_client) -> None:
    path = tmp_path / "outbox.sqlite3"
    first = Store.open(path)
    service = ChangeService(net_client, first, clock=ticking(FIXED_NOW))
    entry = service.add_todo(DEAL, at(8), title="Written before the crash")
    first.close()  # the app stops before the processor ever ran

    with Store.open(path) as again:
        restarted = ChangeService(net_client, again, clock=ticking(FIXED_NOW), backoff=Backoff(0.001, 0.02))
        assert [e.id for e in restarted.open_entries()] == [entry.id]
        await restarted.processor.drain()
        done = again.outbox.get(entry.id)
    assert done.state is EntryState.DONE
    assert (await net_client.get_activity(done.activity_id)).subject == "Written before the crash"


async def _loaded_todo(net_client: BitrixClient, title: str):
    return await net_client.get_activity(await net_client.add_todo(2, 1, at(9), title=title, description="mine?"))


async def test_conflict_keep_mine_resends_over_the_colleagues_edit(changes, net_client, portal) -> None:
    todo = await _loaded_todo(net_client, "Shared todo")
    portal.faults.force_next(FaultKind.CONCURRENT_EDIT, method="crm.activity.get")  # a colleague edits first
    entry = changes.update_todo_description(todo, DEAL, "my text")
    await changes.processor.drain()

    conflict = changes.entry(entry.id)
    assert conflict.state is EntryState.CONFLICT
    assert "Edited by" in conflict.theirs["DESCRIPTION"]
    assert (await net_client.get_activity(todo.id)).description != "my text"  # nothing overwritten yet

    changes.resolve_conflict(entry.id, keep_mine=True)
    await changes.processor.drain()
    assert changes.entry(entry.id).state is EntryState.DONE
    assert (await net_client.get_activity(todo.id)).description == "my text"


async def test_conflict_take_theirs_drops_the_change_and_hands_over_their_version(changes, net_client, portal) -> None:
    todo = await _loaded_todo(net_client, "Shared todo")
    portal.faults.force_next(FaultKind.CONCURRENT_EDIT, method="crm.activity.get")
    entry = changes.update_todo_description(todo, DEAL, "my text")
    await changes.processor.drain()
    seen = _record(changes)

    dropped = changes.resolve_conflict(entry.id, keep_mine=False)
    assert dropped.state is EntryState.DISCARDED and seen == [dropped]
    assert "Edited by" in dropped.theirs["DESCRIPTION"]
    await changes.processor.drain()
    assert changes.entry(entry.id) is None
    assert "Edited by" in (await net_client.get_activity(todo.id)).description


async def test_our_own_confirmed_writes_are_not_taken_for_conflicts(changes, net_client, portal) -> None:
    todo = await _loaded_todo(net_client, "Busy todo")
    # the portal's clock ticks between our writes, so each write moves LAST_UPDATED
    ticks = iter(range(1, 100))
    portal.clock._now = lambda: FIXED_NOW + timedelta(seconds=next(ticks))
    entries = [changes.update_todo_deadline(todo, DEAL, at(10)), changes.update_todo_color(todo, DEAL, "4"),
               changes.update_todo_description(todo, DEAL, "third"), changes.set_completed(todo, True)]
    await changes.processor.drain()
    assert [changes.entry(e.id).state for e in entries] == [EntryState.DONE] * 4
    assert changes.processor.stats["conflicts"] == 0
