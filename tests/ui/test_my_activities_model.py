"""My-activities models over thousands of rows: Qt's model tester, deadline order inside groups,
the selection surviving pages that arrive in between, collapsing headers, the filter, and the
time a 2,500-row page costs the GUI thread."""

from __future__ import annotations

import math

import pytest
from my_activities_batches import NOW, TZ, churn, make_batch
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop_app.services.my_activities import Group, GroupBounds, RowBatch
from desktop_app.ui.my_activities.model import (
    ActivityIdRole,
    CountRole,
    GroupRole,
    IsHeaderRole,
    column_model,
    grouped_model,
)
from desktop_app.ui.my_activities.panel import SLICE_ROWS
from desktop_app.ui.my_activities.rows import GROUPS
from desktop_app.ui.my_activities.source import ActivitySource
from desktop_app.ui.my_activities.views import ActivityListView


@pytest.fixture
def source(qapp) -> ActivitySource:  # noqa: ANN001
    src = ActivitySource(TZ)
    src.reset(GroupBounds.at(NOW, TZ, 1), NOW)
    return src


def _row_ids(model) -> list[tuple[int, int]]:  # noqa: ANN001
    """``(group, activity id)`` of every non-header row, in view order."""
    out = []
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if not index.data(IsHeaderRole):
            out.append((index.data(GroupRole), index.data(ActivityIdRole)))
    return out


def test_model_tester_on_the_grouped_model_through_pages_collapse_and_filter(qtmodeltester, source) -> None:  # noqa: ANN001
    """The same churn as the kanban column's below, at 300 rows: the Python tester checks every row
    on every signal (at 3,000 rows that took 18-140 s; the ``modeltest`` benchmark runs Qt's tester
    on the grouped model at that size)."""
    grouped = grouped_model(source)
    qtmodeltester.check(grouped, force_py=True)
    added = churn(source, grouped, page=60)
    assert grouped.rowCount() == added + len(GROUPS)


def test_model_tester_on_a_kanban_column_with_thousands_of_rows(qtmodeltester, source) -> None:  # noqa: ANN001
    column = column_model(source, Group.OVERDUE)
    qtmodeltester.check(column, force_py=True)
    churn(source)
    assert column.rowCount() == len(source.rows.keys[Group.OVERDUE]) > 1000 / 2


def test_rows_sorted_by_deadline_inside_groups_and_headers_count(source) -> None:  # noqa: ANN001
    model = grouped_model(source)
    source.append(make_batch(1, 3000, seed=7))
    source.append(make_batch(3001, 3000, seed=8))
    rows = source.rows
    seen_groups = []
    last_deadline = -math.inf
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if index.data(IsHeaderRole):
            seen_groups.append(index.data(GroupRole))
            assert index.data(CountRole) == len(rows.keys[index.data(GroupRole)])
            assert index.data(Qt.ItemDataRole.DisplayRole).endswith(f"· {index.data(CountRole)}")
            last_deadline = -math.inf
            continue
        deadline = rows.deadline[rows.row_of(index.data(ActivityIdRole))]
        deadline = 0 if deadline == math.inf else deadline
        assert deadline >= last_deadline
        last_deadline = deadline
    assert seen_groups == [int(g) for g in Group]


def test_selection_follows_its_rows_when_a_page_lands_between_them(qtbot, source) -> None:  # noqa: ANN001
    view = ActivityListView(grouped_model(source))
    qtbot.addWidget(view)
    source.append(make_batch(1, 2000, seed=3))
    model = view.segmented()
    picked = [r for r in range(model.rowCount()) if not model.index(r, 0).data(IsHeaderRole)][100:105]
    for r in picked:
        view.selectionModel().select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select)
    view.setCurrentIndex(model.index(picked[0], 0))
    before = view.selected_activity_ids()
    current_id = view.currentIndex().data(ActivityIdRole)
    source.append(make_batch(2001, 2500, seed=4))  # sorted in among the selected rows
    assert sorted(view.selected_activity_ids()) == sorted(before)
    assert view.currentIndex().data(ActivityIdRole) == current_id


def test_collapse_a_group_hides_its_rows_and_keeps_the_counter(qtbot, source) -> None:  # noqa: ANN001
    view = ActivityListView(grouped_model(source))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    source.append(make_batch(1, 500, seed=5))
    model = view.segmented()
    header = model.index(model.header_row(0), 0)
    qtbot.waitUntil(lambda: view.indexAt(view.visualRect(header).center()) == header)  # batched layout done
    overdue = len(source.rows.keys[Group.OVERDUE])
    total = model.rowCount()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(header).center())
    assert model.rowCount() == total - overdue
    assert model.index(0, 0).data(CountRole) == overdue
    # Keyboard: Right on the header expands it again.
    view.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert model.rowCount() == total


def test_filter_matches_subject_or_owner_name(source) -> None:  # noqa: ANN001
    model = grouped_model(source)
    source.append(make_batch(1, 1000, seed=6))
    source.set_filter("ACME")
    ids = [i for _g, i in _row_ids(model)]
    assert ids and all(i % 10 == 0 for i in ids)
    source.append(make_batch(1001, 500, seed=7))  # rows arriving under the filter are filtered too
    ids = [i for _g, i in _row_ids(model)]
    assert len(ids) == 150 and all(i % 10 == 0 for i in ids)
    source.set_names({(2, 3): "Initech"})  # owner_id 3 = ids with id % 97 == 2
    source.set_filter("initech")
    ids = [i for _g, i in _row_ids(model)]
    assert ids and all(i % 97 == 2 for i in ids)
    source.set_filter("")
    assert len(_row_ids(model)) == 1500


def test_a_2500_row_page_in_slices_keeps_the_gui_thread_free(qtbot, source) -> None:  # noqa: ANN001
    """Appending one walk page (2,500 rows, in the panel's slices) onto 95,000 rows shown
    in the grouped list: rows land in their groups, no model reset. (What a slice costs the GUI thread is
    a benchmark: ``tests/benchmarks/run.py --only page_slices``, median ≤ 30 ms.)"""
    view = ActivityListView(grouped_model(source))
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.show()
    for page in range(38):
        source.append(make_batch(1 + page * 2500, 2500, seed=page))
    resets = []
    view.model().modelReset.connect(lambda: resets.append(1))
    page = make_batch(95001, 2500, seed=99)
    for start in range(0, 2500, SLICE_ROWS):
        piece = RowBatch(*(getattr(page, f)[start:start + SLICE_ROWS] for f in RowBatch.__dataclass_fields__))
        source.append(piece)
    assert len(source.rows) == 97500 and not resets
    assert view.model().rowCount() == 97500 + len(GROUPS)


def test_a_page_and_filter_keystrokes_at_100k_rows_move_rows_without_a_reset(qtbot, source) -> None:
    """At 100,000 rows a page lands in its groups in deadline order and each filter keystroke shows
    exactly the matching rows, with no model reset: the selected rows that still match stay selected
    and the current row stays current."""
    view = ActivityListView(grouped_model(source))
    qtbot.addWidget(view)
    view.resize(600, 800)
    view.show()
    for page in range(40):
        source.append(make_batch(1 + page * 2500, 2500, seed=page))
    model = view.segmented()
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    acme = [r for r in range(model.rowCount()) if model.activity_id(r) is not None
            and model.activity_id(r) % 10 == 0][:3]
    view.selectionModel().setCurrentIndex(model.index(acme[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    for r in acme:
        view.selectionModel().select(model.index(r, 0), QItemSelectionModel.SelectionFlag.Select)
    selected = sorted(view.selected_activity_ids())
    current_id = view.currentIndex().data(ActivityIdRole)

    source.append(make_batch(100001, 2500, seed=99))  # spread over every group, among older rows
    shown = _row_ids(model)
    assert len(shown) == 102500 and {i for _g, i in shown} == set(range(1, 102501))
    rows = source.rows
    keys = [(g, rows.key_of(rows.row_of(i))) for g, i in shown]
    assert keys == sorted(keys)  # groups in order, deadline order inside each
    assert len(selected) == 3 and sorted(view.selected_activity_ids()) == selected
    assert view.currentIndex().data(ActivityIdRole) == current_id

    expected = {"acme": {i for i in range(1, 102501) if i % 10 == 0},
                "acme #1": {i for i in range(1, 102501) if i % 10 == 0 and str(i).startswith("1")},
                "ACME #12": {i for i in range(1, 102501) if i % 10 == 0 and str(i).startswith("12")}}
    for text, ids in expected.items():
        source.set_filter(text)
        assert {i for _g, i in _row_ids(model)} == ids, text
        if text == "acme":  # the selected rows match: still selected, still current
            assert sorted(view.selected_activity_ids()) == selected
            assert view.currentIndex().data(ActivityIdRole) == current_id
    source.set_filter("")
    assert len(_row_ids(model)) == 102500
    assert model.index(model.header_row(0), 0).data(CountRole) == len(rows.keys[Group.OVERDUE])
    assert not resets
