"""Reminders (``pingOffsets``) are known only where Activity Desk set them, and an edit intent
names exactly what the user changed (issue 10 item 10). ChangeService against the sandbox portal;
the form's data (TodoDraft → TodoUpdate) without Qt."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from changes_helpers import DEAL, FIXED_NOW, TZ, at, ticking
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.services.changes import ChangeService
from desktop_app.services.todo import TodoDraft, parse_ping_text, todo_update


async def test_reminders_set_here_are_known_from_queueing_on_and_after_a_restart(changes, net_client, store,
                                                                                 portal, tmp_path) -> None:
    create = changes.add_todo(DEAL, at(9), title="Quarterly review", ping_offsets=[0, 60, 1440])
    placeholder = changes.optimistic(create, None)
    assert changes.known_ping_offsets(placeholder) == [0, 60, 1440]  # queued, not sent yet
    await changes.processor.drain()
    todo = await net_client.get_activity(changes.entry(create.id).activity_id)
    assert changes.known_ping_offsets(todo) == [0, 60, 1440] == portal.db.activity(todo.id)["ping_offsets"]

    changes.update_todo(todo, DEAL, todo.deadline, title="Q4 review", description="", ping_offsets=[30])
    assert changes.known_ping_offsets(todo) == [30]
    await changes.processor.drain()
    assert changes.known_ping_offsets(todo) == [30] == portal.db.activity(todo.id)["ping_offsets"]
    # A narrow change does not touch them.
    changes.update_todo_description(todo, DEAL, "agenda")
    await changes.processor.drain()
    assert changes.known_ping_offsets(todo) == [30] == portal.db.activity(todo.id)["ping_offsets"]
    # Kept in the store's cache (cache_ping), so a restarted app still knows them.
    assert store.cache.ping_offsets(todo.id) == [30]
    again = ChangeService(net_client, store.outbox, clock=ticking(FIXED_NOW))  # a bare outbox: its entries
    assert again.known_ping_offsets(todo) == [30]


async def test_a_todo_made_elsewhere_has_unknown_reminders_and_a_delete_forgets_them(changes, net_client,
                                                                                    store) -> None:
    todo = await net_client.get_activity(await net_client.add_todo(2, 1, at(9), title="Web UI", ping_offsets=[15]))
    assert changes.known_ping_offsets(todo) is None
    changes.update_todo_deadline(todo, DEAL, at(10))
    await changes.processor.drain()
    assert changes.known_ping_offsets(todo) is None  # still not known: the narrow call does not set them

    changes.update_todo(todo, DEAL, at(10), title="Web UI", description="", ping_offsets=[])
    await changes.processor.drain()
    assert changes.known_ping_offsets(todo) == []  # "no reminders" is known too
    changes.delete_activity(todo)
    await changes.processor.drain()
    assert store.cache.ping_offsets(todo.id) is None


async def test_an_edit_intent_names_only_what_the_user_changed(net_client) -> None:
    todo_id = await net_client.add_todo(2, 1, at(9) + timedelta(seconds=42), title="Check\r\nlines",
                                        description="first\r\nsecond", responsible_id=1, color_id="3")
    todo = await net_client.get_activity(todo_id)
    as_shown = TodoDraft(2, 1, deadline_text=todo.deadline.astimezone(TZ).strftime("%Y-%m-%d %H:%M"),
                         title=todo.subject, description="first\nsecond", responsible_id=1, color_id="3",
                         ping_offsets=[0, 60], keep_pings=True)
    # Unchanged: the deadline the form shows without its seconds, line endings, unknown reminders kept.
    same = todo_update(as_shown, todo, TZ, None)
    assert same.changed == frozenset() and same.ping_offsets is None
    assert (same.deadline, same.description) == (todo.deadline, todo.description)
    # Known reminders: ticking the same ones is no change, other ones are.
    assert todo_update(as_shown, todo, TZ, [60, 0]).changed == frozenset()
    assert todo_update(replace(as_shown, ping_text="90"), todo, TZ, [0, 60]).changed == {"pingOffsets"}
    # Unknown reminders, and the user chose to replace them: that is a change.
    chosen = todo_update(replace(as_shown, keep_pings=False), todo, TZ, None)
    assert chosen.changed == {"pingOffsets"} and chosen.ping_offsets == (0, 60) and chosen.needs_full_update
    # Narrow fields: no full update needed.
    moved = todo_update(replace(as_shown, deadline_text="2026-12-10 11:00", color_id=None), todo, TZ, None)
    assert moved.changed == {"deadline", "colorId"} and not moved.needs_full_update
    retitled = todo_update(replace(as_shown, title="Checked"), todo, TZ, None)
    assert retitled.changed == {"title"} and retitled.needs_full_update and retitled.ping_offsets is None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=999_999), max_size=8), st.sampled_from([", ", ",", " ", "; "]))
def test_custom_minutes_read_back_as_typed(minutes: list[int], separator: str) -> None:
    assert parse_ping_text(separator.join(str(m) for m in minutes)) == minutes


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_any_custom_text_is_minutes_or_refused_never_an_error(text: str) -> None:
    parsed = parse_ping_text(text)
    problems = TodoDraft(2, 1, deadline_text="2026-12-01 10:00", ping_text=text).problems(TZ)
    assert parsed is None or all(isinstance(m, int) for m in parsed)
    assert (parsed is None) == any(p.rule == "format" for p in problems)
