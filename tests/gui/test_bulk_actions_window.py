"""Bulk actions through the real window and timeline panel, against the sandbox portal over loopback
HTTP: select three cards with Ctrl-click, complete them from the bulk bar (pills, then done, one
report), cancel a bulk before it leaves (cards back as they were, the portal untouched), and the
same actions offered in a card's menu."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from window_helpers import CONFIRM_MS, served_window

from desktop_app.store.entries import EntryState
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.timeline.model import SyncRole

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]



@pytest.fixture
def window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        if win.timeline.entity is None or win.timeline.model.rowCount() < 3:
            _show_entity_with_open_cards(qtbot, win)
        yield win


def _open_rows(win: MainWindow) -> list[int]:
    model = win.timeline.model
    return [r for r in range(model.rowCount()) if model.activity_at(r).id > 0 and not model.activity_at(r).completed]


def _show_entity_with_open_cards(qtbot, win: MainWindow) -> None:
    model = win.browser.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
            win.browser.view.setCurrentIndex(index)
        if len(_open_rows(win)) >= 3:
            return
    pytest.fail("the demo portal has an entity with three open activities")


def _ctrl_click_rows(qtbot, win: MainWindow, rows: list[int]) -> None:
    view = win.timeline.view
    view.clearSelection()
    for row in rows:
        index = win.timeline.model.index(row, 0)
        view.scrollTo(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                         pos=view.visualRect(index).center())


def _select_three_open_cards(qtbot, win: MainWindow) -> list[int]:
    rows = _open_rows(win)[:3]
    ids = [win.timeline.model.activity_at(r).id for r in rows]
    _ctrl_click_rows(qtbot, win, rows)
    bar = win.timeline.bulk_bar
    qtbot.waitUntil(lambda: len(bar.selection) == 3)
    assert bar.isVisible() and bar.count_label.text() == "3 selected"
    return ids


def _pill(win: MainWindow, activity_id: int):
    model = win.timeline.model
    row = model.row_of(activity_id)
    return None if row is None else model.index(row, 0).data(SyncRole)


def test_complete_three_selected_cards_from_the_bar(qtbot, window: MainWindow, ticking_portal) -> None:
    ids = _select_three_open_cards(qtbot, window)
    bar = window.timeline.bulk_bar
    pills: dict[int, EntryState] = {}
    window.activity_actions.entry_changed.connect(
        lambda e: pills.setdefault(e.activity_id, e.state) if e.bulk_id else None)
    with qtbot.waitSignal(window.activity_actions.bulk.finished, timeout=CONFIRM_MS) as finished:
        qtbot.mouseClick(bar.complete_button, Qt.MouseButton.LeftButton)
        # at once: every card shows the change with a "waiting to send" pill, and the bar shows progress
        assert all(_pill(window, i) is not None for i in ids)
        assert all(window.timeline.model.activity_at(window.timeline.model.row_of(i)).completed for i in ids)
        assert bar.progress.isVisible() and bar.cancel_button.isVisible()
    progress = finished.args[0]
    assert (progress.done, progress.total) == (3, 3)
    assert set(pills) == set(ids) and set(pills.values()) == {EntryState.PENDING}
    qtbot.waitUntil(lambda: all(_pill(window, i) is None for i in ids), timeout=CONFIRM_MS)
    assert bar.report.text() == "Completed 3 of 3" and bar.report.isVisible()
    assert not bar.progress.isVisible()
    assert all(ticking_portal.db.activity(i)["completed"] == "Y" for i in ids)
    assert window.session.changes.open_entries() == []


def test_cancel_before_the_bulk_leaves_puts_the_cards_back(qtbot, window: MainWindow, ticking_portal) -> None:
    ids = _select_three_open_cards(qtbot, window)
    bar = window.timeline.bulk_bar
    before = {i: ticking_portal.db.activity(i)["last_updated"] for i in ids}
    with qtbot.waitSignal(window.activity_actions.bulk.finished, timeout=CONFIRM_MS) as finished:
        qtbot.mouseClick(bar.complete_button, Qt.MouseButton.LeftButton)
        assert bar.cancel_button.isVisible()
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)  # before the outbox ran
    progress = finished.args[0]
    assert (progress.done, progress.cancelled, progress.total) == (0, 3, 3)
    assert bar.report.text() == "Completed 0 of 3 · 3 cancelled"
    model = window.timeline.model
    assert all(not model.activity_at(model.row_of(i)).completed and _pill(window, i) is None for i in ids)
    assert {i: ticking_portal.db.activity(i)["last_updated"] for i in ids} == before  # nothing sent
    assert all(ticking_portal.db.activity(i)["completed"] == "N" for i in ids)


def test_the_card_menu_offers_the_bulk_actions_and_delete_is_confirmed(qtbot, window: MainWindow,
                                                                        ticking_portal) -> None:
    ids = _select_three_open_cards(qtbot, window)
    menu = window.timeline.open_card_menu()
    assert menu is not None
    delete = menu.action_named("bulkDelete")
    assert delete is not None and delete.isEnabled()
    assert menu.action_named("bulkDeadlineWeek") is not None
    assert len(window.timeline.bulk_bar.selection) == 3  # opening the menu kept the selection
    menu.close()
    delete.trigger()
    box = window.timeline.bulk_bar.confirmation
    assert box is not None and box.isVisible() and "3 selected" in box.text()
    with qtbot.waitSignal(window.activity_actions.bulk.finished, timeout=CONFIRM_MS):
        box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: all(window.timeline.model.row_of(i) is None for i in ids), timeout=CONFIRM_MS)
    assert all(ticking_portal.db.activity(i) is None for i in ids)
