"""The real TimelinePanel on the sandbox portal: filters change the cards shown, the card menu and
hot zones ask for quick edits, and pending/failed changes show their pills."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import httpx
import pytest
from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, QTimeZone
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.bitrix import Activity, BitrixClient, Webhook
from desktop_app.services.timeline import EntityRef, StateFilter, TimelineService
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.ui.tasks import TaskRegistry
from desktop_app.ui.timeline import CardState, SyncKind
from desktop_app.ui.timeline.card_menu import CardMenu
from desktop_app.ui.timeline.panel import TimelinePanel

pytestmark = [
    pytest.mark.usefixtures("qloop"),
    # Menus and popups ask the platform to raise the window and grab the keyboard; the offscreen
    # plugin cannot and says so (like propagateSizeHints in pyproject's qt_log_ignore).
    pytest.mark.qt_log_ignore("This plugin does not support raise",
                              "This plugin does not support grabbing the keyboard"),
]

#: The user sits in Berlin while the portal runs at +03:00: quick edits must use the user's zone.
USER_TZ = ZoneInfo("Europe/Berlin")
USERS = {1: "Portal Administrator", 3: "Olga Ivanova", 5: "Max Weber"}
DEAL_1 = EntityRef(2, 1)


@pytest.fixture
def panel(qtbot, arun, portal, fixed_now):
    client = BitrixClient.for_webhook(Webhook(base_url="http://sandbox.local", user_id=1, code="demo"),
                                      transport=httpx.ASGITransport(app=portal.app))
    errors: list[BaseException] = []
    tasks = TaskRegistry(errors.append)
    widget = TimelinePanel(tasks)
    qtbot.addWidget(widget)
    widget.resize(720, 900)
    widget.set_service(TimelineService(client), USERS, USER_TZ, clock=lambda: fixed_now)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.loaded, timeout=15000):
        widget.show_entity(DEAL_1, "Deal 1")
    yield widget
    arun(tasks.cancel_all())
    arun(client.aclose())
    assert not errors


def _row(panel: TimelinePanel, predicate) -> int:
    model = panel.model
    return next(r for r in range(model.rowCount()) if predicate(model.activity_at(r)))


def _shown_card_rect(qtbot, panel: TimelinePanel, row: int):
    index = panel.model.index(row, 0)
    panel.view.scrollTo(index)
    card = panel.model.card_at(row)
    qtbot.waitUntil(lambda: panel.delegate.card_row_rect(panel.view.visualRect(index), card).height() >= 92)
    return panel.view.visualRect(index)


def _open_menu(qtbot, panel: TimelinePanel, row: int) -> CardMenu:
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.card_menu is not None and panel.card_menu.isVisible())
    assert isinstance(panel.card_menu, CardMenu)
    return panel.card_menu


def test_filters_change_the_cards_shown(qtbot, panel: TimelinePanel) -> None:
    assert panel.model.rowCount() == 65  # 15 open + the first 50 of 60 completed
    assert "scroll for older ones" in panel.status.text()

    with qtbot.waitSignal(panel.loaded, timeout=15000):
        qtbot.mouseClick(panel.filter_bar.state_buttons[StateFilter.OVERDUE], Qt.MouseButton.LeftButton)
    states = {panel.model.card_at(r).state for r in range(panel.model.rowCount())}
    assert panel.model.rowCount() == 3 and states == {CardState.OVERDUE}
    assert panel.status.text() == "3 activities match"
    assert panel.filter_bar.clear_button.isEnabled()

    with qtbot.waitSignal(panel.loaded, timeout=15000):
        qtbot.mouseClick(panel.filter_bar.state_buttons[StateFilter.ALL], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(panel.loaded, timeout=15000):  # after the typing pause
        qtbot.keyClicks(panel.filter_bar.search, "budget")
    subjects = {panel.model.activity_at(r).subject for r in range(panel.model.rowCount())}
    assert panel.model.rowCount() == 4  # the word is only in descriptions
    assert subjects <= {"Follow up on pricing", "Ask for the signed NDA", "Collect feedback after onboarding"}

    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.filter_bar.search.setText("no such words anywhere")
    assert panel.model.rowCount() == 0
    assert panel.status.text() == "No activities match these filters"

    with qtbot.waitSignal(panel.loaded, timeout=15000):
        qtbot.mouseClick(panel.filter_bar.clear_button, Qt.MouseButton.LeftButton)
    assert panel.model.rowCount() == 65 and panel.filter.is_empty
    assert panel.filter_bar.search.text() == "" and not panel.filter_bar.clear_button.isEnabled()


def test_type_and_responsible_menus_filter(qtbot, panel: TimelinePanel) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.filter_bar.kind_actions["meeting"].trigger()
    kinds = {panel.model.activity_at(r).type_id for r in range(panel.model.rowCount())}
    assert kinds == {1} and panel.filter_bar.kind_button.text() == "Type (1)"
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.filter_bar.kind_actions["meeting"].trigger()
    responsible = next(a for a in panel.filter_bar.responsible_menu.actions() if a.objectName() == "responsible_5")
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        responsible.trigger()
    people = {panel.model.activity_at(r).responsible_id for r in range(panel.model.rowCount())}
    assert people == {5} and panel.model.rowCount() >= 2


def test_card_menu_quick_colour(qtbot, panel: TimelinePanel) -> None:
    row = _row(panel, lambda a: a.is_todo and not a.completed)
    todo = panel.model.activity_at(row)
    menu = _open_menu(qtbot, panel, row)
    assert all(m.menuAction().isEnabled() for m in menu.quick_menus)
    with qtbot.waitSignal(panel.quickColorRequested) as blocker:
        menu.action_named("quickColor_5").trigger()
    assert blocker.args == [todo, "5"]

    menu = _open_menu(qtbot, panel, row)
    with qtbot.waitSignal(panel.quickColorRequested) as blocker:
        menu.action_named("quickColor_default").trigger()
    assert blocker.args == [todo, None]


def test_card_menu_every_activity(qtbot, panel: TimelinePanel) -> None:
    row = _row(panel, lambda a: a.completed and not a.is_todo)
    call = panel.model.activity_at(row)
    menu = _open_menu(qtbot, panel, row)
    assert menu.quick_menus == []  # quick edits are for todos only
    assert menu.action_named("cardComplete").text() == "&Reopen"
    with qtbot.waitSignal(panel.completeRequested) as blocker:
        menu.action_named("cardComplete").trigger()
    assert blocker.args == [call, False]
    menu = _open_menu(qtbot, panel, row)
    with qtbot.waitSignal(panel.deleteRequested) as blocker:
        menu.action_named("cardDelete").trigger()
    assert blocker.args == [call]
    with qtbot.waitSignal(panel.detailsRequested) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert blocker.args == [call]


def test_deadline_popup_emits_the_time_in_the_users_zone(qtbot, panel: TimelinePanel) -> None:
    row = _row(panel, lambda a: a.is_todo and not a.completed)
    todo = panel.model.activity_at(row)
    menu = _open_menu(qtbot, panel, row)
    menu.action_named("quickDeadlinePick").trigger()
    qtbot.waitUntil(lambda: panel.deadline_popup is not None and panel.deadline_popup.isVisible())
    popup = panel.deadline_popup
    shown = todo.deadline.astimezone(USER_TZ)
    assert popup.editor.dateTime().time().hour() == shown.hour  # the current deadline, Berlin wall time
    popup.editor.setDateTime(QDateTime(QDate(2026, 11, 25), QTime(15, 30), QTimeZone.utc()))
    with qtbot.waitSignal(panel.quickDeadlineRequested) as blocker:
        qtbot.mouseClick(popup.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    activity, deadline = blocker.args
    assert activity == todo
    assert deadline == datetime(2026, 11, 25, 15, 30, tzinfo=USER_TZ)
    assert deadline.utcoffset().total_seconds() == 3600  # CET, not the portal's +03:00


def test_deadline_preset_from_the_menu(qtbot, panel: TimelinePanel) -> None:
    row = _row(panel, lambda a: a.is_todo and not a.completed)
    menu = _open_menu(qtbot, panel, row)
    with qtbot.waitSignal(panel.quickDeadlineRequested) as blocker:
        menu.action_named("quickDeadline_tomorrow_9").trigger()
    # Now is Monday 2026-11-23 10:00 +03:00 = 08:00 in Berlin: tomorrow 9:00 Berlin time.
    assert blocker.args[1] == datetime(2026, 11, 24, 9, 0, tzinfo=USER_TZ)


def test_hot_zones_open_the_quick_edits(qtbot, panel: TimelinePanel) -> None:
    row = _row(panel, lambda a: a.is_todo and not a.completed)
    rect = _shown_card_rect(qtbot, panel, row)
    card = panel.model.card_at(row)
    date_zone = panel.delegate.zone_rect(rect, card, "deadline")
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=date_zone.center())
    qtbot.waitUntil(lambda: panel.deadline_popup is not None and panel.deadline_popup.isVisible())
    panel.deadline_popup.reject()

    icon = panel.delegate.zone_rect(rect, card, "color")
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=icon.center())
    qtbot.waitUntil(lambda: panel.card_menu is not None and panel.card_menu.isVisible())
    assert panel.card_menu.objectName() == "quickColorMenu"
    chosen = next(a for a in panel.card_menu.actions() if a.objectName() == "quickColor_2")
    with qtbot.waitSignal(panel.quickColorRequested) as blocker:
        chosen.trigger()
    assert blocker.args == [card.activity, "2"]


def test_completed_todo_has_quick_edits_disabled(qtbot, panel: TimelinePanel) -> None:
    row = _row(panel, lambda a: a.is_todo and a.completed)
    todo = panel.model.activity_at(row)
    menu = _open_menu(qtbot, panel, row)
    assert len(menu.quick_menus) == 3
    assert not any(m.menuAction().isEnabled() for m in menu.quick_menus)
    assert menu.action_named("cardComplete").isEnabled()  # reopening is still possible
    rect = _shown_card_rect(qtbot, panel, row)
    card = panel.model.card_at(row)
    assert panel.delegate.hot_zone_at(rect, card, panel.delegate.layout(rect, card).icon.center()) is None
    assert panel.open_deadline_popup(todo) is None


def _entry(state: EntryState, activity_id: int | None, **extra) -> OutboxEntry:
    return OutboxEntry(id=41, method="crm.activity.todo.updateColor", params={"id": activity_id, "colorId": "3"},
                       owner_type_id=2, owner_id=1, state=state, created_at=datetime(2026, 11, 23, 7, 0),
                       activity_id=activity_id, **extra)


def _assert_pixel(image, point: QPoint, expected: str) -> None:
    got, want = image.pixelColor(point), QColor(expected)
    assert max(abs(got.red() - want.red()), abs(got.green() - want.green()),
               abs(got.blue() - want.blue())) <= 12, (got.name(), expected)


def test_failed_change_shows_a_red_pill_with_the_reason(qtbot, panel: TimelinePanel) -> None:
    row = _row(panel, lambda a: a.is_todo and not a.completed)
    todo = panel.model.activity_at(row)
    panel.set_sync_state(todo.id, _entry(EntryState.FAILED, todo.id, error_code="ACCESS_DENIED",
                                         error_text="Access denied."))
    card = panel.model.card_at(panel.model.row_of(todo.id))
    assert card.sync is not None and card.sync.kind == SyncKind.FAILED
    assert card.sync.text == "Not saved: ACCESS_DENIED"
    assert "Access denied." in card.tooltip
    rect = _shown_card_rect(qtbot, panel, panel.model.row_of(todo.id))
    pill = panel.delegate.layout(rect, card).sync_pill
    assert pill.width() > 40 and pill.right() < rect.right()
    image = panel.view.viewport().grab().toImage()
    _assert_pixel(image, QPoint(pill.left() + 5, pill.center().y()), "#c21b16")

    menu = _open_menu(qtbot, panel, panel.model.row_of(todo.id))
    with qtbot.waitSignal(panel.discardRequested) as blocker:
        menu.action_named("cardDiscard").trigger()
    assert blocker.args[0].error_code == "ACCESS_DENIED"

    panel.set_sync_state(todo.id, None)
    assert panel.model.card_at(panel.model.row_of(todo.id)).sync is None


def test_placeholder_of_an_unconfirmed_create_shows_pending(qtbot, panel: TimelinePanel) -> None:
    entry = _entry(EntryState.PENDING, None)
    placeholder = Activity.from_api({"ID": str(entry.placeholder_id), "OWNER_TYPE_ID": "2", "OWNER_ID": "1",
                                     "TYPE_ID": "6", "PROVIDER_ID": "CRM_TODO", "SUBJECT": "Call the client back",
                                     "DEADLINE": "2026-11-24T12:00:00+03:00", "COMPLETED": "N",
                                     "RESPONSIBLE_ID": "1"})
    panel.add_activity(placeholder)
    row = panel.model.row_of(-41)
    card = panel.model.card_at(row)
    assert card.sync is not None and card.sync.text == "Waiting to send"
    rect = _shown_card_rect(qtbot, panel, row)
    pill = panel.delegate.layout(rect, card).sync_pill
    image = panel.view.viewport().grab().toImage()
    _assert_pixel(image, QPoint(pill.left() + 5, pill.center().y()), "#dff4fd")
    menu = _open_menu(qtbot, panel, row)
    assert not menu.action_named("cardDetails").isEnabled()  # nothing on the portal yet

    panel.set_sync_state(-41, _entry(EntryState.UNKNOWN, None))
    assert panel.model.card_at(row).sync.text == "Checking…"
    assert panel.remove_activity(-41) and panel.model.row_of(-41) is None


def test_menu_key_opens_the_current_cards_menu(qtbot, panel: TimelinePanel) -> None:
    row = _row(panel, lambda a: a.is_todo and not a.completed)
    panel.view.setCurrentIndex(panel.model.index(row, 0))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Menu)
    qtbot.waitUntil(lambda: isinstance(panel.card_menu, CardMenu) and panel.card_menu.isVisible())
    assert panel.card_menu.card.activity == panel.model.activity_at(row)
    menu_rect = panel.card_menu.geometry()
    card_rect = panel.view.visualRect(panel.model.index(row, 0))
    top_left = panel.view.viewport().mapToGlobal(card_rect.topLeft())
    assert top_left.y() <= menu_rect.top() <= top_left.y() + card_rect.height()  # placed over the card


def test_right_click_opens_the_menu_of_the_card_under_the_pointer(qtbot, panel: TimelinePanel) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    row = _row(panel, lambda a: a.completed)
    rect = _shown_card_rect(qtbot, panel, row)
    viewport = panel.view.viewport()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, rect.center(), viewport.mapToGlobal(rect.center()))
    QApplication.sendEvent(viewport, event)
    qtbot.waitUntil(lambda: isinstance(panel.card_menu, CardMenu) and panel.card_menu.isVisible())
    assert panel.card_menu.card.activity == panel.model.activity_at(row)
    assert panel.view.currentIndex().row() == row


def test_an_entity_without_activities_shows_what_to_do(qtbot, panel: TimelinePanel, portal) -> None:
    empty = next(r[0] for r in portal.db.query(
        "SELECT id FROM crm_item i WHERE entity_type_id = 2 AND NOT EXISTS (SELECT 1 FROM activity_binding b "
        "WHERE b.owner_type_id = 2 AND b.owner_id = i.id) ORDER BY id LIMIT 1"))
    assert not panel.empty_state.is_shown()
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.show_entity(EntityRef(2, empty), "A quiet deal")
    assert panel.model.rowCount() == 0
    assert panel.empty_state.is_shown()
    assert panel.empty_state.title() == "No activities yet"
    assert "Ctrl+N" in panel.empty_state.hint() and "to-do" in panel.empty_state.hint()


def test_a_click_on_the_deadline_pill_opens_the_deadline_popup(qtbot, panel: TimelinePanel) -> None:
    row = _row(panel, lambda a: a.is_todo and not a.completed and a.deadline is not None)
    rect = _shown_card_rect(qtbot, panel, row)
    pill = panel.delegate.layout(rect, panel.model.card_at(row)).deadline
    assert not pill.isEmpty()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=pill.center())
    qtbot.waitUntil(lambda: panel.deadline_popup is not None and panel.deadline_popup.isVisible())
    below = panel.view.viewport().mapToGlobal(pill.bottomLeft())
    assert panel.deadline_popup.geometry().top() >= below.y()
    panel.deadline_popup.reject()
