"""My activities acts (issue 12 items 5–6), on the real window over loopback HTTP: a card dragged from
Overdue to Tomorrow gets tomorrow's deadline on the portal and the column counts follow at once; the
card menu's Complete and the Delete key complete and delete on the portal; Open lands on the card in
its entity's timeline and Back (Alt+Left, Esc, the Back button) returns with the selection kept; drops
the web kanban refuses are refused with a message and queue nothing. The portal's own database is read
afterwards."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QAction, QColor, QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from window_helpers import CONFIRM_MS, confirmed

from desktop_app.bitrix import OwnerType, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.services.my_activities import Group
from desktop_app.services.session import _open_webhook
from desktop_app.services.timeline import EntityRef
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.my_activities.model import ActivityIdRole
from desktop_app.ui.my_activities.views import ActivityListView

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]


@pytest.fixture
def clock(fixed_now: datetime):  # noqa: ANN201
    """FIXED_NOW (Monday 10:00 +03:00) ticking: the portal and the window share it."""
    started = time.monotonic()
    return lambda: fixed_now + timedelta(seconds=time.monotonic() - started)


@pytest.fixture
def portal(clock) -> Iterator[SandboxPortal]:  # noqa: ANN001
    p = SandboxPortal(":memory:", webhook_code="e2etest", webhook_user_id=1, demo_data=True, now=clock)
    yield p
    p.close()


@contextlib.contextmanager
def _window(qtbot, arun, portal, clock, fixed_now, tmp_path, monkeypatch) -> Iterator[MainWindow]:  # noqa: ANN001
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path / "data"))
    with serve_in_thread(portal) as url:
        session = arun(_open_webhook(Webhook.parse(url), None))
        session.clock, session.tz = clock, fixed_now.tzinfo
        win = MainWindow()
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
            win.set_session(session, OwnerType.DEAL)
        try:
            yield win
        finally:
            arun(win.tasks.cancel_all())
            arun(session.aclose())


@pytest.fixture
def window(qtbot, arun, portal, clock, fixed_now, tmp_path, monkeypatch) -> Iterator[MainWindow]:  # noqa: ANN001
    with _window(qtbot, arun, portal, clock, fixed_now, tmp_path, monkeypatch) as win:
        yield win


def _board(qtbot, win: MainWindow):  # noqa: ANN202
    panel = win.my_activities
    panel.set_layout_mode("board")
    with qtbot.waitSignal(panel.loaded, timeout=CONFIRM_MS):
        win.my_activities_action.trigger()
    return panel


def _count(panel, group: Group) -> int:  # noqa: ANN001
    return panel.board.column(group).model().rowCount()


def _ids(view: ActivityListView) -> list[int]:
    model = view.model()
    return [model.index(r, 0).data(ActivityIdRole) for r in range(model.rowCount())]


def _click(qtbot, view: ActivityListView, activity_id: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    row = _ids(view).index(activity_id)
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifiers, view.visualRect(index).center())


def _drop(view: ActivityListView, mime: QMimeData) -> bool:
    """A real drag-enter / move / drop sequence on ``view``'s viewport; whether the drop was accepted."""
    pos = view.viewport().rect().center()
    enter = QDragEnterEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), move)
    drop = QDropEvent(pos.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def _deadline(portal: SandboxPortal, activity_id: int) -> float:
    value = portal.db.activity(activity_id)["deadline"]
    return float(value) if isinstance(value, (int, float)) else value.timestamp()


def _colors(view: ActivityListView) -> set[str]:
    image = view.viewport().grab().toImage()
    return {QColor(image.pixel(x, 2)).name() for x in range(image.width())}


def _todo_in(panel, group: Group) -> int:  # noqa: ANN001
    rows = panel.source.rows
    return next(i for i in _ids(panel.board.column(group)) if rows.provider[rows.row_of(i)] == "CRM_TODO")


def _menu_action(menu, name: str) -> QAction:  # noqa: ANN001
    menus = [menu] + [a.menu() for a in menu.actions() if a.menu() is not None]
    found = [a for m in menus for a in m.actions() if a.objectName() == name]
    assert found, name
    return found[0]


def test_drag_from_overdue_to_tomorrow_moves_the_deadline_on_the_portal(qtbot, window, portal, fixed_now) -> None:  # noqa: ANN001
    panel = _board(qtbot, window)
    overdue, tomorrow = panel.board.column(Group.OVERDUE), panel.board.column(Group.TOMORROW)
    todo_id = _todo_in(panel, Group.OVERDUE)
    before = (_count(panel, Group.OVERDUE), _count(panel, Group.TOMORROW))
    _click(qtbot, overdue, todo_id)
    assert panel.selected_activity_ids() == [todo_id]
    mime = overdue.drag_mime()  # what startDrag puts in the QDrag
    # hovering shows where the card would land: the column is framed in the highlight colour
    pos = tomorrow.viewport().rect().center()
    QApplication.sendEvent(tomorrow.viewport(), QDragEnterEvent(
        pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    highlight = tomorrow.palette().highlight().color().name()
    assert highlight in _colors(tomorrow)
    QApplication.sendEvent(tomorrow.viewport(), QDragLeaveEvent())
    assert highlight not in _colors(tomorrow)

    def drag() -> None:
        assert _drop(tomorrow, mime)
        # at once, before the portal answers: the card is in Tomorrow and both headers count it
        assert todo_id in _ids(tomorrow) and todo_id not in _ids(overdue)
        assert (_count(panel, Group.OVERDUE), _count(panel, Group.TOMORROW)) == (before[0] - 1, before[1] + 1)
        assert panel.board.header_text(Group.TOMORROW).endswith(f"· {before[1] + 1}")

    confirmed(qtbot, window, drag)
    # web kanban rule: now (10:00:xx) rounded up to the next full hour, one day later
    assert _deadline(portal, todo_id) == (fixed_now + timedelta(days=1, hours=1)).timestamp()
    assert todo_id in _ids(tomorrow), "the confirmation keeps the card where it was dropped"


def test_dragging_several_selected_cards_moves_them_all(qtbot, window, portal, fixed_now) -> None:  # noqa: ANN001
    panel = _board(qtbot, window)
    overdue, next_week = panel.board.column(Group.OVERDUE), panel.board.column(Group.NEXT_WEEK)
    first, second = _ids(overdue)[:2]
    _click(qtbot, overdue, first)
    _click(qtbot, overdue, second, Qt.KeyboardModifier.ControlModifier)
    assert sorted(panel.selected_activity_ids()) == sorted([first, second])
    confirmed(qtbot, window, lambda: _drop(next_week, overdue.drag_mime()), count=2)
    assert {first, second} <= set(_ids(next_week))
    assert sorted(panel.selected_activity_ids()) == sorted([first, second]), "still selected where they landed"
    target = fixed_now + timedelta(days=7, hours=1)
    assert [_deadline(portal, i) for i in (first, second)] == [target.timestamp()] * 2


@pytest.mark.parametrize("group", [Group.OVERDUE, Group.NO_DEADLINE])
def test_drops_the_web_kanban_refuses_queue_nothing_and_say_why(qtbot, window, group: Group) -> None:  # noqa: ANN001
    panel = _board(qtbot, window)
    source, activity_id = next((panel.board.column(g), i) for g in Group if g is not group
                               for i in _ids(panel.board.column(g)) if not panel.is_incoming(i))
    _click(qtbot, source, activity_id)
    counts = [_count(panel, g) for g in Group]
    assert _drop(panel.board.column(group), source.drag_mime())
    assert [_count(panel, g) for g in Group] == counts and activity_id in _ids(source)
    assert not window.session.changes.open_entries()
    assert ("into Overdue" if group is Group.OVERDUE else "moved to No deadline") in window.banner.text()


def test_menu_complete_and_delete_key_reach_the_portal(qtbot, window, portal) -> None:  # noqa: ANN001
    panel = _board(qtbot, window)
    overdue = panel.board.column(Group.OVERDUE)
    first, second = _ids(overdue)[:2]
    count = _count(panel, Group.OVERDUE)
    row = _ids(overdue).index(first)
    pos = overdue.visualRect(overdue.model().index(row, 0)).center()
    overdue.customContextMenuRequested.emit(pos)  # what a right click asks
    menu = panel.actions.menu
    assert menu is not None and menu.isVisible()
    assert [a.objectName() for a in menu.actions() if a.objectName()][:3] == [
        "myActivitiesOpen", "myActivitiesEdit", "myActivitiesComplete"]
    confirmed(qtbot, window, lambda: _menu_action(menu, "myActivitiesComplete").trigger())
    assert portal.db.activity(first)["completed"] == "Y"
    assert first not in _ids(overdue) and _count(panel, Group.OVERDUE) == count - 1

    _click(qtbot, overdue, second)
    qtbot.keyClick(overdue, Qt.Key.Key_Delete)
    box = panel.actions.confirmation
    assert box is not None and box.isVisible()

    def yes() -> None:
        box.button(QMessageBox.StandardButton.Yes).click()

    confirmed(qtbot, window, yes)
    assert portal.db.activity(second) is None
    assert second not in _ids(overdue) and _count(panel, Group.OVERDUE) == count - 2


def test_menu_key_and_shift_f10_open_the_menu_and_counts_are_named(qtbot, window) -> None:  # noqa: ANN001
    panel = _board(qtbot, window)
    overdue = panel.board.column(Group.OVERDUE)
    ids = _ids(overdue)[:3]
    _click(qtbot, overdue, ids[0])
    _click(qtbot, overdue, ids[2], Qt.KeyboardModifier.ShiftModifier)
    assert sorted(panel.selected_activity_ids()) == sorted(ids)
    qtbot.keyClick(overdue, Qt.Key.Key_Menu)
    menu = panel.actions.menu
    assert menu is not None and menu.isVisible()
    assert _menu_action(menu, "myActivitiesComplete").text().replace("&", "") == "Complete 3 activities"
    assert _menu_action(menu, "myActivitiesDelete").text().replace("&", "") == "Delete 3 activities…"
    menu.close()
    qtbot.keyClick(overdue, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert panel.actions.menu is not None and panel.actions.menu.isVisible()
    panel.actions.menu.close()


def test_open_lands_on_the_card_and_back_returns_with_the_selection(qtbot, window) -> None:  # noqa: ANN001
    window.resize(1024, 640)
    panel = _board(qtbot, window)
    overdue = panel.board.column(Group.OVERDUE)
    ids = _ids(overdue)
    first, other = ids[0], ids[-1]
    _click(qtbot, overdue, first)
    _click(qtbot, overdue, other, Qt.KeyboardModifier.ControlModifier)
    selected = sorted(panel.selected_activity_ids())
    overdue.verticalScrollBar().setValue(overdue.verticalScrollBar().maximum())
    scroll = overdue.verticalScrollBar().value()
    assert scroll > 0, "the column scrolls at 1024×640"
    rows = panel.source.rows
    owner = EntityRef(rows.owner_type[rows.row_of(other)], rows.owner_id[rows.row_of(other)])
    with qtbot.waitSignal(window.timeline.loaded, timeout=CONFIRM_MS):
        qtbot.keyClick(overdue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.timeline.view.currentIndex().isValid())
    assert window.pages.currentWidget() is window.splitter and window.timeline.entity == owner
    current = window.timeline.model.activity_at(window.timeline.view.currentIndex().row())
    assert current is not None and current.id == other, "the opened card is the current one"
    back = window.navigation.back_button
    assert back.isVisible()

    qtbot.keyClick(window.timeline.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.pages.currentWidget() is panel and not back.isVisible()
    assert sorted(panel.selected_activity_ids()) == selected
    assert overdue.verticalScrollBar().value() == scroll

    # Esc and the button go back too
    for how in ("esc", "button"):
        with qtbot.waitSignal(window.timeline.loaded, timeout=CONFIRM_MS):
            qtbot.keyClick(overdue, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.timeline.view.currentIndex().isValid())
        if how == "esc":
            qtbot.keyClick(window.timeline.view, Qt.Key.Key_Escape)
        else:
            qtbot.mouseClick(back, Qt.MouseButton.LeftButton)
        assert window.pages.currentWidget() is panel, how
        assert sorted(panel.selected_activity_ids()) == selected, how


def test_a_change_made_on_the_timeline_updates_the_counts(qtbot, window, portal) -> None:  # noqa: ANN001
    panel = _board(qtbot, window)
    overdue = panel.board.column(Group.OVERDUE)
    todo_id = _todo_in(panel, Group.OVERDUE)
    count = _count(panel, Group.OVERDUE)
    _click(qtbot, overdue, todo_id)
    with qtbot.waitSignal(window.timeline.loaded, timeout=CONFIRM_MS):
        qtbot.keyClick(overdue, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.timeline.view.currentIndex().isValid())
    card = window.timeline.model.activity_at(window.timeline.view.currentIndex().row())
    confirmed(qtbot, window, lambda: window.activity_actions.set_completed(card, True))
    assert portal.db.activity(todo_id)["completed"] == "Y"
    assert _count(panel, Group.OVERDUE) == count - 1 and todo_id not in _ids(overdue)


def test_bulk_counts_and_touches_only_visible_cards(qtbot, window, portal) -> None:  # noqa: ANN001
    panel = _board(qtbot, window)
    overdue = panel.board.column(Group.OVERDUE)
    needle, (first, second), hidden = _separating_filter(panel.source.rows, _ids(overdue))
    ids = [first, second, hidden]
    _click(qtbot, overdue, first)
    for i in (second, hidden):
        _click(qtbot, overdue, i, Qt.KeyboardModifier.ControlModifier)
    bar = panel.bulk_bar
    qtbot.waitUntil(lambda: len(bar.selection) == 3)
    assert bar.complete_action.text().replace("&", "") == "Complete 3 activities"
    qtbot.keyClicks(panel.search, needle)
    qtbot.waitUntil(lambda: len(bar.selection) == 2)  # the filtered-out card is not selected any more
    assert hidden not in _ids(overdue)
    assert bar.count_label.text() == "2 selected"
    assert bar.complete_action.text().replace("&", "") == "Complete 2 activities"
    confirmed(qtbot, window, bar.complete_action.trigger, count=2)
    assert [portal.db.activity(i)["completed"] for i in ids] == ["Y", "Y", "N"]


def _separating_filter(rows, ids: list[int]) -> tuple[str, list[int], int]:  # noqa: ANN001
    """A word of a subject shared by two of ``ids`` and absent from a third: (word, [two], third)."""
    def text(i: int) -> str:
        row = rows.row_of(i)
        return f"{rows.subject[row]} {rows.owner_name(row)}".lower()

    for i in ids:
        for word in rows.subject[rows.row_of(i)].lower().split():
            if len(word) < 4:
                continue
            shown = [j for j in ids if word in text(j)]
            others = [j for j in ids if word not in text(j)]
            if len(shown) >= 2 and others:
                return word, shown[:2], others[0]
    raise AssertionError("the demo data has no subjects a filter separates")


def test_menu_reschedule_preset_and_edit_open_the_form_on_the_timeline(qtbot, window, portal, fixed_now) -> None:  # noqa: ANN001
    panel = _board(qtbot, window)
    overdue = panel.board.column(Group.OVERDUE)
    todo_id = _todo_in(panel, Group.OVERDUE)
    _click(qtbot, overdue, todo_id)
    qtbot.keyClick(overdue, Qt.Key.Key_Menu)
    menu = panel.actions.menu
    confirmed(qtbot, window, lambda: _menu_action(menu, "quickDeadline_tomorrow_9").trigger())
    assert _deadline(portal, todo_id) == (fixed_now.replace(hour=9) + timedelta(days=1)).timestamp()
    tomorrow = panel.board.column(Group.TOMORROW)
    assert todo_id in _ids(tomorrow) and todo_id not in _ids(overdue)

    _click(qtbot, tomorrow, todo_id)
    qtbot.keyClick(tomorrow, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(window.timeline.loaded, timeout=CONFIRM_MS):
        _menu_action(panel.actions.menu, "myActivitiesEdit").trigger()
    qtbot.waitUntil(lambda: window.side.isVisible())
    assert window.pages.currentWidget() is window.splitter
    assert window.side.currentWidget() is window.todo_form
    assert window.todo_form.title.text() == portal.db.activity(todo_id)["subject"]
    assert window.navigation.back_button.isVisible()


def test_pick_date_and_time_moves_a_call_with_its_time_slot(qtbot, window, portal, fixed_now) -> None:  # noqa: ANN001
    panel = _board(qtbot, window)
    overdue = panel.board.column(Group.OVERDUE)
    rows = panel.source.rows
    call_id = next(i for i in _ids(overdue) if rows.type_id[rows.row_of(i)] == 2)
    stored = portal.db.activity(call_id)
    length = _seconds(stored["end_time"]) - _seconds(stored["start_time"])
    _click(qtbot, overdue, call_id)
    overdue.customContextMenuRequested.emit(overdue.visualRect(overdue.currentIndex()).center())
    _menu_action(panel.actions.menu, "quickDeadlinePick").trigger()
    popup = panel.actions.deadline_popup
    assert popup is not None and popup.isVisible()
    popup.editor.line.selectAll()
    qtbot.keyClicks(popup.editor.line, "2026-11-27 14:30")

    def ok() -> None:
        qtbot.mouseClick(popup.buttons.button(popup.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    confirmed(qtbot, window, ok)
    wanted = fixed_now.replace(day=27, hour=14, minute=30).timestamp()
    stored = portal.db.activity(call_id)
    assert _seconds(stored["start_time"]) == wanted == _deadline(portal, call_id)
    assert _seconds(stored["end_time"]) - wanted == length, "the call keeps its length"
    assert call_id in _ids(panel.board.column(Group.THIS_WEEK))


def _seconds(value) -> float:  # noqa: ANN001
    return float(value) if isinstance(value, (int, float)) else value.timestamp()
