"""My activities inside the real window (demo portal, in-process): Ctrl+Shift+A swaps the central
area, Enter on a row shows that entity's timeline, the bulk bar works on its selection, and the
entity browser paints red/green activity counters (and stays usable when they cannot be loaded)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor

from desktop_app.bitrix import OwnerType
from desktop_app.sandbox.faults import FaultKind
from desktop_app.services.counters import EntityCounters
from desktop_app.services.session import PortalSession, open_demo_session
from desktop_app.services.timeline import EntityRef
from desktop_app.ui.entity_browser import CountersRole
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.my_activities.badges import INCOMING_BADGE, OVERDUE_BADGE
from desktop_app.ui.my_activities.model import ActivityIdRole, IsHeaderRole, OwnerRole

pytestmark = pytest.mark.usefixtures("qloop")


@pytest.fixture
def session(arun, fixed_now) -> Iterator[PortalSession]:  # noqa: ANN001
    s = arun(open_demo_session(now=lambda: fixed_now))
    yield s
    arun(s.aclose())


def make_window(qtbot, arun, session: PortalSession) -> MainWindow:  # noqa: ANN001
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.browser.counters_loaded, timeout=15000):
        win.set_session(session, OwnerType.DEAL)
    return win


@pytest.fixture
def window(qtbot, arun, session) -> Iterator[MainWindow]:  # noqa: ANN001
    win = make_window(qtbot, arun, session)
    yield win
    arun(win.tasks.cancel_all())


def activity_rows(model) -> list[int]:  # noqa: ANN001
    return [r for r in range(model.rowCount()) if not model.index(r, 0).data(IsHeaderRole)]


def test_shortcut_swaps_in_my_activities_and_enter_opens_the_entity(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = window.my_activities
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.pages.currentWidget() is panel and window.my_activities_action.isChecked()
    model = panel.list_view.model()
    row = next(r for r in activity_rows(model) if model.index(r, 0).data(OwnerRole)[0] == OwnerType.DEAL
               and model.index(r, 0).data(OwnerRole)[1] != window.timeline.entity.owner_id)
    owner_type, owner_id = model.index(row, 0).data(OwnerRole)
    panel.list_view.setCurrentIndex(model.index(row, 0))
    with qtbot.waitSignal(window.timeline.loaded, timeout=15000):
        qtbot.keyClick(panel.list_view, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.splitter and not window.my_activities_action.isChecked()
    assert window.timeline.entity == EntityRef(owner_type, owner_id)
    activity_id = model.index(row, 0).data(ActivityIdRole)
    timeline_ids = [window.timeline.model.activity_at(r).id for r in range(window.timeline.model.rowCount())
                    if window.timeline.model.activity_at(r) is not None]
    assert activity_id in timeline_ids
    # Back again: the list is still there, no second load.
    qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.pages.currentWidget() is panel and not panel.is_loading


def test_bulk_complete_from_my_activities(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    panel = window.my_activities
    with qtbot.waitSignal(panel.loaded, timeout=15000) as first:
        window.my_activities_action.trigger()
    model = panel.list_view.model()
    rows = activity_rows(model)[:2]
    for row in rows:
        panel.list_view.selectionModel().select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select)
    bar = panel.bulk_bar
    assert bar is not None
    qtbot.waitUntil(lambda: len(bar.selection) == 2 and bar.isVisible())
    assert bar.count_label.text() == "2 selected"
    picked = {model.index(r, 0).data(ActivityIdRole) for r in rows}
    with qtbot.waitSignal(window.activity_actions.bulk.finished, timeout=30000):
        bar.complete_action.trigger()
        # the cards leave at once (before the portal answers), without a reload
        remaining = {model.index(r, 0).data(ActivityIdRole) for r in activity_rows(model)}
        assert not picked & remaining and len(remaining) == first.args[0] - 2
    assert not panel.is_loading
    remaining = {model.index(r, 0).data(ActivityIdRole) for r in activity_rows(model)}
    assert not picked & remaining


def _row_colors(view, row: int) -> set[str]:  # noqa: ANN001
    image = view.viewport().grab(view.visualRect(view.model().index(row, 0))).toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(image.width()) for y in range(image.height())}


def test_browser_paints_red_and_green_counters(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    model, view = window.browser.model, window.browser.view
    rows = {model.item_at(r).id: r for r in range(model.rowCount())}
    counters = {i: model.index(r, 0).data(CountersRole) for i, r in rows.items()}
    assert all(isinstance(c, EntityCounters) for c in counters.values())
    assert counters[1].overdue > 0 and counters[1].incoming > 0   # deal 1 is rich
    colors = _row_colors(view, rows[1])
    assert OVERDUE_BADGE.name() in colors and INCOMING_BADGE.name() in colors
    assert "overdue" in model.index(rows[1], 0).data(Qt.ItemDataRole.AccessibleTextRole)
    quiet = next(i for i, c in counters.items() if c == EntityCounters(0, 0))
    colors = _row_colors(view, rows[quiet])
    assert OVERDUE_BADGE.name() not in colors and INCOMING_BADGE.name() not in colors


def test_browser_without_counters_when_the_batch_fails(qtbot, arun, session: PortalSession) -> None:  # noqa: ANN001
    session.sandbox.faults.force_next(FaultKind.EXPIRED_TOKEN, method="batch", count=10)
    win = make_window(qtbot, arun, session)
    try:
        model = win.browser.model
        assert model.rowCount() > 0
        assert all(model.index(r, 0).data(CountersRole) is None for r in range(model.rowCount()))
        assert win.timeline.entity is not None  # the first deal still opened
    finally:
        arun(win.tasks.cancel_all())
