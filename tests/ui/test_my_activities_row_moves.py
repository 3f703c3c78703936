"""Rows of My activities moving to a new deadline, leaving every group and coming back
(``ActivitySource.update_row``), with and without a filter, under Qt's model tester: the grouped list
and every kanban column show exactly the source's rows afterwards, in deadline order, with their
counters — and the selection of the rows that did not move is kept."""

from __future__ import annotations

import math
import random
from datetime import timedelta

import pytest
from my_activities_batches import NOW, TZ, make_batch
from PySide6.QtCore import QItemSelectionModel

from desktop_app.services.my_activities import Group, GroupBounds
from desktop_app.ui.my_activities.model import (
    ActivityIdRole,
    CountRole,
    GroupRole,
    IsHeaderRole,
    column_model,
    grouped_model,
)
from desktop_app.ui.my_activities.rows import GROUPS, ROW_MASK
from desktop_app.ui.my_activities.source import ActivitySource


@pytest.fixture
def source(qapp) -> ActivitySource:  # noqa: ANN001
    src = ActivitySource(TZ)
    src.reset(GroupBounds.at(NOW, TZ, 1), NOW)
    return src


def _row_ids(model) -> list[tuple[int, int]]:  # noqa: ANN001
    out = []
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if not index.data(IsHeaderRole):
            out.append((index.data(GroupRole), index.data(ActivityIdRole)))
    return out


def _expected(source) -> list[tuple[int, int]]:  # noqa: ANN001
    rows = source.rows
    return [(g, rows.id[k & ROW_MASK]) for g in GROUPS for k in source.visible_keys(g)]


def _check(source, grouped, columns) -> None:  # noqa: ANN001
    assert _row_ids(grouped) == _expected(source)
    for group, column in zip(GROUPS, columns):
        keys = source.visible_keys(group)
        assert column.rowCount() == len(keys)
        header = grouped.index(grouped.header_row(int(group)), 0)
        assert header.data(CountRole) == len(keys)
        deadlines = [source.rows.deadline[k & ROW_MASK] for k in keys]
        assert deadlines == sorted(deadlines)


@pytest.mark.parametrize("needle", ["", "acme"])
def test_moves_removals_and_returns_keep_every_model_in_step(qtmodeltester, source, needle: str) -> None:  # noqa: ANN001
    source.append(make_batch(1, 250))
    source.set_filter(needle)
    grouped = grouped_model(source)
    columns = [column_model(source, g) for g in GROUPS]
    qtmodeltester.check(grouped)
    rng = random.Random(4)
    rows = source.rows
    hidden: list[int] = []
    for step in range(150):
        row = rng.choice([r for r in range(len(rows)) if r not in hidden])
        choice = rng.random()
        if choice < 0.2:
            source.update_row(row, rows.deadline[row], shown=False)
            hidden.append(row)
        elif choice < 0.3 and hidden:
            back = hidden.pop()
            source.update_row(back, NOW.timestamp() + rng.randint(-5, 20) * 86400)
        else:
            deadline = math.inf if choice > 0.95 else NOW.timestamp() + rng.randint(-3 * 86400, 21 * 86400)
            source.update_row(row, deadline)
        if step % 30 == 0:
            _check(source, grouped, columns)
    _check(source, grouped, columns)
    assert all(rows.is_hidden(r) for r in hidden)
    source.set_filter("")  # a filter change afterwards starts from the moved rows
    _check(source, grouped, columns)


def test_a_move_keeps_the_other_rows_selected(source) -> None:  # noqa: ANN001
    source.append(make_batch(1, 300))
    column = column_model(source, Group.OVERDUE)
    Sel = QItemSelectionModel  # noqa: N806
    selection = QItemSelectionModel(column)
    picked = [column.activity_id(r) for r in (0, 2, 4)]
    for r in (0, 2, 4):
        selection.select(column.index(r, 0), Sel.SelectionFlag.Select)
    moved = column.source_row(2)
    source.update_row(moved, NOW.timestamp() + 86400)  # to Tomorrow
    left = sorted(column.activity_id(i.row()) for i in selection.selectedIndexes())
    assert left == sorted([picked[0], picked[2]])
    assert source.rows.group[moved] == Group.TOMORROW


def _entry(method: str, params: dict, activity_id: int, state, before: dict | None = None):  # noqa: ANN001, ANN202
    from desktop_app.store.entries import OutboxEntry
    return OutboxEntry(id=1, method=method, params=params, owner_type_id=2, owner_id=1, state=state,
                       created_at=NOW, activity_id=activity_id, before=before)


def test_outbox_entries_move_remove_and_restore_rows(source) -> None:  # noqa: ANN001
    from desktop_app.store.entries import EntryState
    from desktop_app.ui.my_activities.follow import follow_entry

    batch = make_batch(1, 50)
    source.append(batch)
    rows = source.rows
    row = next(r for r in range(len(rows)) if rows.group[r] == Group.OVERDUE and not rows.incoming[r])
    activity_id = rows.id[row]
    before = rows.activity(row, 1).model_dump(by_alias=True, mode="json")
    overdue = len(source.visible_keys(Group.OVERDUE))
    tomorrow = (NOW + timedelta(days=1)).isoformat()

    move = _entry("crm.activity.update", {"id": activity_id, "fields": {"START_TIME": tomorrow}}, activity_id,
                  EntryState.PENDING, before)
    assert follow_entry(source, move, 1)
    assert rows.group[row] == Group.TOMORROW and len(source.visible_keys(Group.OVERDUE)) == overdue - 1
    follow_entry(source, _entry(move.method, move.params, activity_id, EntryState.FAILED, before), 1)
    assert rows.group[row] == Group.OVERDUE, "a refused change puts the card back"

    complete = _entry("crm.activity.update", {"id": activity_id, "fields": {"COMPLETED": "Y"}}, activity_id,
                      EntryState.SENDING, before)
    follow_entry(source, complete, 1)
    assert rows.is_hidden(row) and len(source.visible_keys(Group.OVERDUE)) == overdue - 1
    follow_entry(source, _entry(complete.method, complete.params, activity_id, EntryState.DISCARDED, before), 1)
    assert rows.group[row] == Group.OVERDUE and len(source.visible_keys(Group.OVERDUE)) == overdue

    other = _entry("crm.activity.update", {"id": activity_id, "fields": {"RESPONSIBLE_ID": 7}}, activity_id,
                   EntryState.DONE, before)
    follow_entry(source, other, 1)
    assert rows.is_hidden(row), "given to a colleague: not this user's any more"
    follow_entry(source, _entry("crm.activity.delete", {"id": 999}, 999, EntryState.PENDING), 1)  # not loaded
