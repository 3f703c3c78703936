"""Selection in My activities (issue 12 item 6), by mouse on the real panel over the demo portal
(in-process): a plain click selects one card across every column, Ctrl+click adds and removes, Shift+click
extends only inside its own column (kanban) or group (list); Space completes the selection's card."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.services.my_activities import Group, MyActivitiesService
from desktop_app.ui.my_activities import MyActivitiesPanel
from desktop_app.ui.my_activities.model import ActivityIdRole, GroupRole, IsHeaderRole
from desktop_app.ui.my_activities.views import ActivityListView

pytestmark = pytest.mark.usefixtures("qloop")

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def panel(qtbot, portal, arun, fixed_now) -> Iterator[MyActivitiesPanel]:  # noqa: ANN001
    client = BitrixClient.for_webhook(Webhook(base_url="http://sandbox.local", user_id=1, code="demo"),
                                      transport=portal.transport())
    users = {u.id: u for u in arun(client.get_users())}
    service = MyActivitiesService(client, users=users, me_id=1, tz=fixed_now.tzinfo, clock=lambda: fixed_now)
    p = MyActivitiesPanel(service, week_start=1)
    qtbot.addWidget(p)
    p.resize(1280, 700)
    p.show()
    qtbot.waitExposed(p)
    arun(p.load(1))
    yield p
    arun(client.aclose())


def click(qtbot, view: ActivityListView, row: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, view.visualRect(index).center())


def ids_at(view: ActivityListView, rows) -> list[int]:  # noqa: ANN001
    return [view.model().index(r, 0).data(ActivityIdRole) for r in rows]


def test_board_plain_ctrl_and_shift_clicks(qtbot, panel: MyActivitiesPanel) -> None:  # noqa: ANN001
    panel.set_layout_mode("board")
    overdue, this_week = panel.board.column(Group.OVERDUE), panel.board.column(Group.THIS_WEEK)
    assert overdue.model().rowCount() >= 4 and this_week.model().rowCount() >= 2

    click(qtbot, overdue, 0)
    assert panel.selected_activity_ids() == ids_at(overdue, [0])
    click(qtbot, this_week, 1, CTRL)  # Ctrl adds, in another column too
    assert sorted(panel.selected_activity_ids()) == sorted(ids_at(overdue, [0]) + ids_at(this_week, [1]))
    click(qtbot, overdue, 2, CTRL)
    click(qtbot, overdue, 2, CTRL)  # … and removes
    assert sorted(panel.selected_activity_ids()) == sorted(ids_at(overdue, [0]) + ids_at(this_week, [1]))

    click(qtbot, overdue, 3)  # a plain click selects one card, every other column is cleared
    assert panel.selected_activity_ids() == ids_at(overdue, [3])
    assert not this_week.selectionModel().hasSelection()

    click(qtbot, overdue, 1, SHIFT)  # Shift extends inside the column
    assert sorted(panel.selected_activity_ids()) == sorted(ids_at(overdue, [1, 2, 3]))

    click(qtbot, this_week, 1, SHIFT)  # Shift in another column does not reach across: one card
    assert panel.selected_activity_ids() == ids_at(this_week, [1])
    assert not overdue.selectionModel().hasSelection()


def test_list_shift_click_stays_in_its_group(qtbot, panel: MyActivitiesPanel) -> None:  # noqa: ANN001
    panel.set_layout_mode("list")
    view = panel.list_view
    model = view.model()
    rows = [r for r in range(model.rowCount()) if not model.index(r, 0).data(IsHeaderRole)]
    overdue = [r for r in rows if model.index(r, 0).data(GroupRole) == Group.OVERDUE]
    later = [r for r in rows if model.index(r, 0).data(GroupRole) != Group.OVERDUE]
    click(qtbot, view, overdue[0])
    click(qtbot, view, overdue[2], SHIFT)
    assert sorted(panel.selected_activity_ids()) == sorted(ids_at(view, overdue[:3]))
    click(qtbot, view, later[0], SHIFT)  # another group: just that card
    assert panel.selected_activity_ids() == ids_at(view, [later[0]])

    click(qtbot, view, overdue[-2])  # Shift+Down stops at the end of the group
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Down, SHIFT)
    assert sorted(panel.selected_activity_ids()) == sorted(ids_at(view, overdue[-2:]))


def test_space_and_delete_ask_the_actions(qtbot, panel: MyActivitiesPanel) -> None:  # noqa: ANN001
    panel.set_layout_mode("board")
    overdue = panel.board.column(Group.OVERDUE)
    click(qtbot, overdue, 0)
    with qtbot.waitSignal(overdue.complete_requested, timeout=1000):
        qtbot.keyClick(overdue, Qt.Key.Key_Space)
    with qtbot.waitSignal(overdue.delete_requested, timeout=1000):
        qtbot.keyClick(overdue, Qt.Key.Key_Delete)
    assert panel.selected_activity_ids() == ids_at(overdue, [0]), "keys do not change the selection"


def test_empty_columns_say_what_they_mean(qtbot, panel: MyActivitiesPanel) -> None:  # noqa: ANN001
    panel.set_layout_mode("board")
    states = panel.empty_states
    empty = [g for g in Group if panel.board.column(g).model().rowCount() == 0]
    full = [g for g in Group if panel.board.column(g).model().rowCount() > 0]
    assert empty and full
    for group in empty:
        overlay = states.columns[int(group)]
        assert overlay.isVisible() and overlay.title() and overlay.hint()
    for group in full:
        assert not states.columns[int(group)].isVisible()
    panel.source.set_filter("no such words anywhere")
    overlay = states.columns[int(full[0])]
    assert overlay.isVisible() and overlay.title() == "No match for “no such words anywhere”"
    assert "Clear the filter" in overlay.hint()
    panel.set_layout_mode("list")
    overlay = states.list_overlay
    assert overlay.isVisible() and overlay.title().startswith("No match")
    view = panel.list_view
    last_header = view.visualRect(view.model().index(view.model().rowCount() - 1, 0))
    assert overlay.geometry().top() > last_header.bottom(), "the group headers (· 0) stay readable above it"
