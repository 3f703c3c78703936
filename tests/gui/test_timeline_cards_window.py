"""The timeline's cards in the real window over loopback HTTP (issue 12 point 3): the complete
checkbox, the deadline pill, "Show more", the Planned / History sections and their order, pins.

Each test drives the window as a manager would (clicks, keys, the card menu) against a sandbox portal
served on a real socket, then checks the portal's own database (or, for pins, a second window).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from window_helpers import CONFIRM_MS, confirmed, served_window, show_deal

from desktop_app.bitrix import OwnerType, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.services.session import _open_webhook
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.timeline.cards import CardData, CardState, Section

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]

LONG_TEXT = "\n".join(f"Step {n}: agree on the delivery window, the pallet count and who signs." for n in range(1, 9))




@pytest.fixture
def window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) -> Iterator[tuple[MainWindow, SandboxPortal]]:
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        show_deal(qtbot, win, 1)
        yield win, ticking_portal


def _cards(win: MainWindow) -> list[CardData]:
    model = win.timeline.model
    return [model.card_at(row) for row in range(model.rowCount())]


def _shown(qtbot, win: MainWindow, activity_id: int):
    """Scroll to the card and wait until it is laid out; returns (row rect, card, its part rects)."""
    view, model, delegate = win.timeline.view, win.timeline.model, win.timeline.delegate
    index = model.index(model.row_of(activity_id), 0)
    view.scrollTo(index)
    qtbot.waitUntil(lambda: view.visualRect(index).height() >= 92 and view.viewport().rect().contains(
        view.visualRect(index).center()))
    rect = view.visualRect(index)
    card = model.card_at(index.row())
    return rect, card, delegate.layout(rect, card)


def _near(actual: QColor, expected: QColor, tolerance: int = 14) -> bool:
    return max(abs(actual.red() - expected.red()), abs(actual.green() - expected.green()),
               abs(actual.blue() - expected.blue())) <= tolerance


def test_the_checkbox_completes_the_activity_and_the_card_moves_to_history(qtbot, window) -> None:
    win, portal = window
    # The oldest-deadline open to-do: by deadline it would sort last among today's history; by
    # completion time it is the newest.
    todo = next(c for c in _cards(win) if c.section == Section.PLANNED and c.activity.is_todo and c.checkable)
    assert portal.db.activity(todo.activity.id)["completed"] == "N"
    _rect, _card, parts = _shown(qtbot, win, todo.activity.id)
    assert not parts.check.isEmpty(), "an open to-do has the complete checkbox"
    viewport = win.timeline.view.viewport()
    confirmed(qtbot, win, lambda: qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=parts.check.center()))
    assert portal.db.activity(todo.activity.id)["completed"] == "Y", "completed on the portal"
    model = win.timeline.model
    qtbot.waitUntil(lambda: model.card_at(model.row_of(todo.activity.id)).section == Section.HISTORY,
                    timeout=CONFIRM_MS)
    # Once the portal's LAST_UPDATED (its completion time) is back, the card heads History.
    qtbot.waitUntil(lambda: next(c for c in _cards(win) if c.section == Section.HISTORY).activity.id
                    == todo.activity.id, timeout=CONFIRM_MS)
    assert not model.card_at(model.row_of(todo.activity.id)).checkable


def test_space_on_the_current_card_completes_it_too(qtbot, window) -> None:
    win, portal = window
    todo = next(c for c in _cards(win) if c.section == Section.PLANNED and c.checkable)
    _shown(qtbot, win, todo.activity.id)
    view = win.timeline.view
    view.setCurrentIndex(win.timeline.model.index(win.timeline.model.row_of(todo.activity.id), 0))
    view.setFocus()
    confirmed(qtbot, win, lambda: qtbot.keyClick(view, Qt.Key.Key_Space))
    assert portal.db.activity(todo.activity.id)["completed"] == "Y"


def test_the_deadline_pill_is_red_when_overdue(qtbot, window) -> None:
    win, _portal = window
    overdue = next(c for c in _cards(win) if c.state == CardState.OVERDUE and c.layout is None)
    planned = next(c for c in _cards(win) if c.state == CardState.PLANNED and c.activity.is_todo and c.deadline_pill)
    for card, expected in ((overdue, QColor(255, 226, 212)), (planned, QColor("#fef3b8"))):
        _rect, shown, parts = _shown(qtbot, win, card.activity.id)
        assert shown.deadline_pill and not parts.deadline.isEmpty()
        image = win.timeline.view.viewport().grab().toImage()
        dpr = image.devicePixelRatio()
        point = QPoint(parts.deadline.left() + 4, parts.deadline.top() + 3)
        got = image.pixelColor(int(point.x() * dpr), int(point.y() * dpr))
        assert _near(got, expected), (card.activity.subject, got.name(), expected.name())
    history = next(c for c in _cards(win) if c.section == Section.HISTORY)
    assert history.deadline_pill == "", "history cards have no deadline pill"


def test_show_more_expands_the_description_in_place(qtbot, arun, ticking_portal, tmp_path, monkeypatch) -> None:
    open_todo = ticking_portal.db.query(
        "SELECT a.id FROM activity a JOIN activity_binding b ON b.activity_id = a.id WHERE b.owner_type_id = 2 "
        "AND b.owner_id = 1 AND a.completed = 'N' AND a.provider_id = 'CRM_TODO' ORDER BY a.deadline LIMIT 1")[0][0]
    ticking_portal.db.update_activity(open_todo, description=LONG_TEXT)
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        show_deal(qtbot, win, 1)
        rect, _card, parts = _shown(qtbot, win, open_todo)
        assert not parts.more.isEmpty(), "a long description offers Show more"
        collapsed = rect.height()
        qtbot.mouseClick(win.timeline.view.viewport(), Qt.MouseButton.LeftButton, pos=parts.more.center())
        model, view = win.timeline.model, win.timeline.view
        index = model.index(model.row_of(open_todo), 0)
        qtbot.waitUntil(lambda: view.visualRect(index).height() > collapsed + 80)
        assert model.card_at(index.row()).expanded
        _rect, _card, parts = _shown(qtbot, win, open_todo)
        assert parts.preview.height() > 8 * 15, "all eight lines are shown"
        # Left arrow on the current card collapses it again.
        view.setCurrentIndex(index)
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Left)
        qtbot.waitUntil(lambda: view.visualRect(index).height() == collapsed)


def test_sections_planned_by_deadline_then_history_by_completion_time(qtbot, window) -> None:
    win, portal = window
    cards = _cards(win)
    sections = [c.section for c in cards]
    assert sections == sorted(sections) and Section.PLANNED in sections and Section.HISTORY in sections
    planned = [c.activity for c in cards if c.section == Section.PLANNED and not c.activity.is_incoming]
    deadlines = [portal.db.activity(a.id)["deadline"] for a in planned]
    assert deadlines == sorted(deadlines), "planned: soonest deadline first, none last"
    history = [c.activity for c in cards if c.section == Section.HISTORY]
    completed_at = [portal.db.activity(a.id)["last_updated"] for a in history]
    assert completed_at == sorted(completed_at, reverse=True), "history: most recently completed first"
    # Each section's first card has its header above it; the others none.
    delegate, view, model = win.timeline.delegate, win.timeline.view, win.timeline.model
    first_history = next(i for i, c in enumerate(cards) if c.section == Section.HISTORY)
    for row in (0, first_history):
        assert not delegate.header_rect(view.visualRect(model.index(row, 0)), cards[row]).isEmpty()
    assert delegate.header_rect(view.visualRect(model.index(1, 0)), cards[1]).isEmpty()
    assert delegate.section_title(Section.PLANNED) == "Planned" and delegate.section_title(Section.HISTORY) == "History"


@contextlib.contextmanager
def _window_on(qtbot, arun, portal: SandboxPortal, port: int) -> Iterator[MainWindow]:
    """A second window on the same portal address (so the same local store file) and data dir."""
    with serve_in_thread(portal, port=port) as url:
        session = arun(_open_webhook(Webhook.parse(url), None))
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
            win.set_session(session, OwnerType.DEAL)
        try:
            yield win
        finally:
            arun(win.tasks.cancel_all())
            arun(session.aclose())
            win.close()


def test_a_pin_keeps_the_card_on_top_and_survives_a_new_window(qtbot, arun, ticking_portal, tmp_path,
                                                                 monkeypatch) -> None:
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        show_deal(qtbot, win, 1)
        history_ids = [c.activity.id for c in _cards(win) if c.section == Section.HISTORY]
        pinned_id = history_ids[-1]  # the oldest loaded history card
        menu = win.timeline.open_card_menu(win.timeline.model.row_of(pinned_id))
        action = menu.action_named("cardPin")
        assert action is not None and action.text().replace("&", "") == "Pin"
        action.trigger()
        menu.close()
        top = win.timeline.model.card_at(0)
        assert top.activity.id == pinned_id and top.pinned and top.section == Section.PINNED
        assert "Pinned" in top.accessible_text
        port = int(win.session.portal_host.rsplit(":", 1)[1])
    with _window_on(qtbot, arun, ticking_portal, port) as again:
        show_deal(qtbot, again, 1)
        top = again.timeline.model.card_at(0)
        assert top.activity.id == pinned_id and top.pinned, "the pin was kept in the store"
        menu = again.timeline.open_card_menu(0)
        unpin = menu.action_named("cardPin")
        assert unpin.text().replace("&", "") == "Unpin"
        unpin.trigger()
        menu.close()
        model = again.timeline.model
        assert model.card_at(model.row_of(pinned_id)).section == Section.HISTORY
        assert model.card_at(0).section != Section.PINNED


def test_an_empty_timeline_says_what_to_do(qtbot, window) -> None:
    win, _portal = window
    overlay = win.timeline.empty_state
    assert not overlay.is_shown(), "deal 1 has activities"
    with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
        qtbot.keyClicks(win.timeline.filter_bar.search, "no activity is called like this 7f3a")
    qtbot.waitUntil(overlay.is_shown)
    assert overlay.title() == "No activity matches these filters"
    assert "filters" in overlay.hint()


def test_the_files_line_lists_the_attachments_and_opens_the_details(qtbot, window) -> None:
    win, portal = window
    with_files = next(c for c in _cards(win) if c.file_ids and c.layout is None)
    rows = portal.db.query("SELECT id, name FROM activity_file WHERE activity_id = ? ORDER BY id",
                           (with_files.activity.id,))
    stored = [r[0] for r in rows]
    assert list(with_files.file_ids) == stored, "the card lists the portal's files (FILES selected)"
    # Nothing was uploaded or downloaded from this (fresh) data dir: the names are asked of the
    # portal (HEAD of each file URL) and replace "File <id>" on the card as they arrive.
    model = win.timeline.model
    named = ", ".join(r[1] for r in rows)
    qtbot.waitUntil(lambda: named in model.card_at(model.row_of(with_files.activity.id)).files_text,
                    timeout=CONFIRM_MS)
    assert "File " not in model.card_at(model.row_of(with_files.activity.id)).files_text
    _rect, _card, parts = _shown(qtbot, win, with_files.activity.id)
    assert not parts.files.isEmpty()
    qtbot.mouseClick(win.timeline.view.viewport(), Qt.MouseButton.LeftButton, pos=parts.files.center())
    qtbot.waitUntil(lambda: win.side.isVisible() and win.side.currentWidget() is win.details)


def test_cards_name_the_client_and_its_phone(qtbot, window) -> None:
    win, portal = window
    db = portal.db
    # A call names its own counterpart (COMMUNICATIONS, selected on the timeline read).
    call = next(c for c in _cards(win) if c.activity.type_id == 2 and c.layout is None)
    comm = db.query("SELECT entity_id, value FROM activity_communication WHERE activity_id = ? AND type = 'PHONE' "
                    "ORDER BY id LIMIT 1", (call.activity.id,))[0]
    person = db.query("SELECT name, last_name FROM crm_item WHERE entity_type_id = 3 AND id = ?", (comm[0],))[0]
    assert call.client == f"{person[0]} {person[1]} · {comm[1]}"
    # A to-do has no COMMUNICATIONS: it names the deal's first contact with a phone.
    first = db.query("SELECT c.contact_id FROM deal_contact c WHERE c.deal_id = 1 AND EXISTS (SELECT 1 FROM "
                     "crm_multifield m WHERE m.entity_type_id = 3 AND m.entity_id = c.contact_id AND m.type_id = "
                     "'PHONE') ORDER BY c.sort LIMIT 1")[0][0]
    person = db.query("SELECT name, last_name FROM crm_item WHERE entity_type_id = 3 AND id = ?", (first,))[0]
    phone = db.query("SELECT value FROM crm_multifield WHERE entity_type_id = 3 AND entity_id = ? AND type_id = "
                     "'PHONE' ORDER BY id LIMIT 1", (first,))[0][0]
    model = win.timeline.model
    todo_id = next(c.activity.id for c in _cards(win) if c.activity.is_todo and not c.activity.raw.get("COMMUNICATIONS"))
    qtbot.waitUntil(lambda: model.card_at(model.row_of(todo_id)).client == f"{person[0]} {person[1]} · {phone}",
                    timeout=CONFIRM_MS)
    _rect, _card, parts = _shown(qtbot, win, todo_id)
    assert not parts.client.isEmpty()
