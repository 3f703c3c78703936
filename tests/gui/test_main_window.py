"""The real window on the sandbox portal: pick a deal, read its timeline, add a todo through the
form and see its card appear; bad input shows its message and keeps what was typed."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from window_helpers import window_on

from desktop_app.bitrix import OwnerType
from desktop_app.services.session import open_demo_session
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.timeline import ActivityRole, CardState
from desktop_app.ui.timeline.model import CardStateRole, SyncRole

pytestmark = pytest.mark.usefixtures("qloop")


@pytest.fixture
def window(qtbot, arun, fixed_now):  # noqa: ANN001
    session = arun(open_demo_session(now=lambda: fixed_now))
    win = window_on(qtbot, session)
    yield win
    arun(win.tasks.cancel_all())
    arun(session.aclose())


def _click_row(qtbot, view, row: int) -> None:  # noqa: ANN001
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def _pick_deal(qtbot, win: MainWindow, deal_id: int) -> str:  # noqa: ANN001
    model = win.browser.model
    row = next(r for r in range(model.rowCount()) if model.item_at(r).id == deal_id)
    title = model.item_at(row).display_name
    if win.browser.view.currentIndex().row() == row:
        return title
    with qtbot.waitSignal(win.timeline.loaded, timeout=15000):
        _click_row(qtbot, win.browser.view, row)
    return title


def test_first_deal_timeline_opens_on_start(window: MainWindow) -> None:
    assert window.browser.type_combo.currentText() == "Deals"
    assert window.browser.model.rowCount() > 0
    assert window.timeline.model.rowCount() > 0
    assert window.timeline.title.text() == window.browser.model.item_at(0).display_name
    assert "Demo portal" in window.portal_label.text()


def test_pick_a_deal_and_read_its_timeline(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    title = _pick_deal(qtbot, window, 1)
    model = window.timeline.model
    assert window.timeline.title.text() == title
    states = [model.index(r, 0).data(CardStateRole) for r in range(model.rowCount())]
    # Deal 1 is rich: overdue, incoming and completed cards are all on screen.
    assert CardState.OVERDUE in states and CardState.INCOMING in states and CardState.COMPLETED in states
    # Planned (open) cards come before history, like the web timeline.
    first_completed = states.index(CardState.COMPLETED)
    assert all(s == CardState.COMPLETED for s in states[first_completed:])
    # More than one page exists: scrolling to the end loads the next page of history.
    before = model.rowCount()
    assert window.timeline.model.has_more
    window.timeline.view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > before, timeout=15000)


def test_add_a_todo_through_the_form(qtbot, window: MainWindow, fixed_now: datetime) -> None:  # noqa: ANN001
    _pick_deal(qtbot, window, 1)
    rows_before = window.timeline.model.rowCount()
    qtbot.mouseClick(window.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = window.todo_form
    assert form.isVisible()
    assert form.deadline.text()  # a default deadline is proposed
    form.deadline.clear()
    qtbot.keyClicks(form.deadline, "2026-11-26 14:30")
    qtbot.keyClicks(form.title, "Call back about the contract")
    qtbot.keyClicks(form.description, "Ask for the signed copy")
    qtbot.mouseClick(form._color_buttons["5"], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.activity_actions.change_confirmed, timeout=15000) as saved:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    model = window.timeline.model
    new_id = saved.args[0].activity_id
    qtbot.waitUntil(lambda: model.row_of(new_id) is not None and model.row_of(-saved.args[0].id) is None, timeout=15000)
    activity = model.activity_at(model.row_of(new_id))
    assert activity.subject == "Call back about the contract"
    assert window.session.sandbox.db.activity(new_id)["subject"] == "Call back about the contract"
    assert activity.color_id == "5"
    assert model.rowCount() == rows_before + 1
    row = model.row_of(activity.id)
    index = model.index(row, 0)
    assert index.data(ActivityRole).subject == "Call back about the contract"
    assert index.data(CardStateRole) == CardState.PLANNED
    assert index.data(SyncRole) is None  # confirmed: no "waiting to send" pill any more
    # The form is cleared for the next one, and the banner confirms.
    assert form.title.text() == "" and "created" in window.banner.text()


def test_todo_without_deadline_shows_its_message_and_keeps_the_input(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    portal = window.session.sandbox
    _pick_deal(qtbot, window, 1)
    count = portal.db.count_activities()
    qtbot.mouseClick(window.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = window.todo_form
    form.deadline.clear()
    qtbot.keyClicks(form.title, "Prepare the quote")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Deadline" in form.error_text("deadline") and "needs a deadline" in form.error_text("deadline")
    assert form.title.text() == "Prepare the quote"
    qtbot.keyClicks(form.deadline, "next friday afternoon")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "“afternoon” is not understood as a date or time" in form.error_text("deadline")
    assert form.title.text() == "Prepare the quote" and form.deadline.text() == "next friday afternoon"
    assert portal.db.count_activities() == count  # nothing was sent


def test_portal_refusal_is_shown_with_its_code_and_the_change_is_kept(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    portal = window.session.sandbox
    _pick_deal(qtbot, window, 1)
    qtbot.mouseClick(window.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = window.todo_form
    form.deadline.clear()
    qtbot.keyClicks(form.deadline, "2026-11-27 09:00")
    qtbot.keyClicks(form.title, "Follow up")
    # The deal disappears on the portal before the user saves.
    portal.db.delete_item(OwnerType.DEAL, 1)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.banner.isVisible() and window.banner.level == "error", timeout=15000)
    assert window.banner.code().startswith("OWNER_NOT_FOUND")
    # What was typed is not lost: the change stays in the outbox as "failed", on its card.
    [entry] = window.session.changes.open_entries()
    assert entry.state == "failed" and entry.error_code == "OWNER_NOT_FOUND"
    assert entry.params["title"] == "Follow up"
    row = window.timeline.model.row_of(entry.placeholder_id)
    assert row is not None
    assert window.timeline.model.index(row, 0).data(SyncRole).state == "failed"


def test_search_narrows_the_entity_list(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    full = window.browser.model.rowCount()
    word = window.browser.model.item_at(0).display_name.split()[0]
    with qtbot.waitSignal(window.browser.page_loaded, timeout=15000):
        qtbot.keyClicks(window.browser.search, word)
    names = [window.browser.model.item_at(r).display_name for r in range(window.browser.model.rowCount())]
    assert names and all(word.lower() in n.lower() for n in names)
    assert len(names) <= full


def test_switching_to_contacts_lists_people(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    with qtbot.waitSignal(window.browser.page_loaded, timeout=15000):
        window.browser.type_combo.setCurrentIndex(window.browser.type_combo.findData(int(OwnerType.CONTACT)))
    item = window.browser.model.item_at(0)
    assert item.entity_type_id == OwnerType.CONTACT
    assert " " in item.display_name  # "First Last"
