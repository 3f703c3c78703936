"""An update sends only what the user changed (issue 10 item 10): a colleague's change to another
field made between the user's load and the send is kept on the portal, without a conflict; only the
same field changed on both sides is a conflict the user settles. ChangeService + OutboxProcessor
against the sandbox portal; the portal's own database is read afterwards."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from changes_helpers import DEAL, TZ, at, call_fields

from desktop_app.bitrix import BitrixClient
from desktop_app.services.activity_draft import ActivityDraft
from desktop_app.store import EntryState

COLLEAGUE = 2


def colleague_edits(portal, activity_id: int, **columns) -> None:
    """Someone else saves the activity on the portal: new values, EDITOR_ID and LAST_UPDATED move."""
    row = portal.db.activity(activity_id)
    later = int(row["last_updated"].timestamp()) + 60
    portal.db.update_activity(activity_id, **columns, editor_id=COLLEAGUE, last_updated=later)


async def _todo(net_client: BitrixClient, **kwargs):
    values = {"title": "Call back about the offer", "description": "Ask about the volume", "ping_offsets": [60],
              "color_id": "2", "responsible_id": 1, **kwargs}
    return await net_client.get_activity(await net_client.add_todo(2, 1, at(9), **values))


async def test_a_narrow_edit_keeps_a_colleagues_change_to_another_field(changes, net_client, portal) -> None:
    todo = await _todo(net_client)
    colleague_edits(portal, todo.id, description="Colleague: they want 500 units")
    entry = changes.update_todo_color(todo, DEAL, "5")
    await changes.processor.drain()
    assert changes.entry(entry.id).state is EntryState.DONE
    assert changes.processor.stats["conflicts"] == 0
    row = portal.db.activity(todo.id)
    assert (row["color_id"], row["description"]) == ("5", "Colleague: they want 500 units")


async def test_a_full_todo_update_sends_the_portals_values_for_the_fields_the_user_left(changes, net_client,
                                                                                        portal) -> None:
    todo = await _todo(net_client)
    # The user retitles the todo in the form (everything else as loaded) …
    entry = changes.update_todo(todo, DEAL, todo.deadline, title="Call back about the signed offer",
                                description=todo.description, responsible_id=todo.responsible_id,
                                ping_offsets=[60], color_id=todo.color_id)
    # … while a colleague moves the deadline, rewrites the description, recolours and reassigns it.
    colleague_edits(portal, todo.id, description="Colleague's notes", color_id="6", responsible_id=COLLEAGUE,
                    deadline=portal.clock.parse("2026-12-20T15:00:00+03:00"),
                    start_time=portal.clock.parse("2026-12-20T15:00:00+03:00"),
                    end_time=portal.clock.parse("2026-12-20T15:00:00+03:00"))
    await changes.processor.drain()

    assert changes.entry(entry.id).state is EntryState.DONE and changes.processor.stats["conflicts"] == 0
    row = portal.db.activity(todo.id)
    assert row["subject"] == "Call back about the signed offer"
    assert (row["description"], row["color_id"], row["responsible_id"]) == ("Colleague's notes", "6", COLLEAGUE)
    assert row["deadline"].isoformat() == "2026-12-20T15:00:00+03:00"
    assert row["ping_offsets"] == [60]
    sent = changes.entry(entry.id).params
    assert "responsibleId" not in sent and sent["description"] == "Colleague's notes"


async def test_the_same_field_changed_on_both_sides_is_a_conflict_and_keep_mine_keeps_the_rest(
        changes, net_client, portal) -> None:
    todo = await _todo(net_client)
    entry = changes.update_todo(todo, DEAL, todo.deadline, title="Mine", description="My description",
                                responsible_id=todo.responsible_id, ping_offsets=[60], color_id=todo.color_id)
    colleague_edits(portal, todo.id, description="Their description", color_id="7")
    await changes.processor.drain()

    conflict = changes.entry(entry.id)
    assert conflict.state is EntryState.CONFLICT and conflict.theirs["DESCRIPTION"] == "Their description"
    row = portal.db.activity(todo.id)
    assert (row["subject"], row["description"]) == ("Call back about the offer", "Their description")

    changes.resolve_conflict(entry.id, keep_mine=True)
    await changes.processor.drain()
    assert changes.entry(entry.id).state is EntryState.DONE
    row = portal.db.activity(todo.id)
    assert (row["subject"], row["description"], row["color_id"]) == ("Mine", "My description", "7")


async def test_a_system_activity_update_sends_only_the_changed_fields(changes, net_client, portal) -> None:
    entry = changes.add_activity(call_fields("Renewal call"))
    await changes.processor.drain()
    call = await net_client.get_activity(changes.entry(entry.id).activity_id)
    update = changes.update_activity(call, {"SUBJECT": "Renewal call, second try"})
    assert set(update.params["fields"]) == {"SUBJECT"}
    colleague_edits(portal, call.id, priority=3, location="Room 4")
    await changes.processor.drain()

    assert changes.entry(update.id).state is EntryState.DONE and changes.processor.stats["conflicts"] == 0
    row = portal.db.activity(call.id)
    assert (row["subject"], row["priority"], row["location"]) == ("Renewal call, second try", 3, "Room 4")


async def test_a_colleague_who_already_set_the_same_value_is_no_conflict(changes, net_client, portal) -> None:
    todo = await _todo(net_client)
    entry = changes.update_todo_description(todo, DEAL, "Agreed text")
    colleague_edits(portal, todo.id, description="Agreed text")
    await changes.processor.drain()
    assert changes.entry(entry.id).state is EntryState.DONE and changes.processor.stats["conflicts"] == 0


async def test_the_system_activity_form_sends_only_what_the_user_changed(changes, net_client, portal) -> None:
    fields = replace(call_fields("Delivery call"), start_time=at(3, 11) + timedelta(seconds=30),
                     end_time=at(3, 12) + timedelta(seconds=30), description="Gate code\r\n4711")
    call = await net_client.get_activity(await net_client.activities.add(fields))
    # What the form shows (minutes, LF line endings) with only the priority changed.
    draft = ActivityDraft.from_activity(call, TZ)
    draft = replace(draft, description=draft.description.replace("\r\n", "\n"), priority=3)
    update = draft.to_update(call, TZ)
    assert update.fields == {"PRIORITY": 3}

    entry = changes.update_activity(call, update.fields)
    colleague_edits(portal, call.id, description="Gate code changed: 0815",
                    start_time=portal.clock.parse("2026-12-03T15:00:00+03:00"))
    await changes.processor.drain()
    assert changes.entry(entry.id).state is EntryState.DONE and changes.processor.stats["conflicts"] == 0
    row = portal.db.activity(call.id)
    assert (row["priority"], row["description"]) == (3, "Gate code changed: 0815")
    assert row["start_time"].isoformat() == "2026-12-03T15:00:00+03:00"
