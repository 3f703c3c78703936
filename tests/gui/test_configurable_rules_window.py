"""Configurable activities refuse the plain update (server-behaviour.md §1.7), on the real window with the
demo (in-process, application connection included): My activities completes and reschedules the demo
application's own ones through the application (the portal's ``crm.activity.configurable.get`` shows the
change, the badge, reminders and type kept, nothing in the outbox); another application's are shown with
Edit, Complete and Reschedule disabled and the reason; a bulk complete of a mixed selection completes the
ordinary ones and says how many were left; a drag on the kanban is refused with the reason; the timeline's
card menu offers only what the portal takes. Delete stays for every card.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from window_helpers import CONFIRM_MS, window_on

from desktop_app.sandbox.calls import invoke
from desktop_app.sandbox.faults import FaultKind
from desktop_app.sandbox.principal import Principal
from desktop_app.services.my_activities import Group
from desktop_app.services.session import PortalSession, open_demo_session
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")

CONFIGURABLE = "CONFIGURABLE_REST_APP"
REASON = "Only the application that created this activity can change it."
LAYOUT = {"icon": {"code": "call"}, "header": {"title": "Theirs"}, "body": {"logo": {"code": "call-play-record"},
                                                                          "blocks": {}}}


@pytest.fixture
def demo(qtbot, arun) -> Iterator[tuple[MainWindow, PortalSession]]:  # noqa: ANN001
    session = arun(open_demo_session())
    win = window_on(qtbot, session, (1280, 800))
    yield win, session
    arun(win.tasks.cancel_all())
    arun(session.aclose())


def _configurable_ids(session: PortalSession) -> list[int]:
    """The demo application's open configurable activities on deal 1 (call summary, delivery)."""
    rows = session.sandbox.db.query(
        "SELECT a.id FROM activity a JOIN activity_binding b ON b.activity_id = a.id WHERE b.owner_type_id = 2 "
        "AND b.owner_id = 1 AND a.provider_id = ? AND a.completed = 'N' ORDER BY a.id", (CONFIGURABLE,))
    return [int(r["id"]) for r in rows]


def _theirs(session: PortalSession) -> int:
    """A configurable activity of another application on deal 1 (responsible: the demo user)."""
    deadline = (datetime.now().astimezone() + timedelta(days=1)).replace(microsecond=0).isoformat()
    other = Principal(user_id=1, is_admin=True, app_client_id="local.someone.else", scopes=frozenset({"crm"}))
    reply = invoke(session.sandbox, "crm.activity.configurable.add", {
        "ownerTypeId": 2, "ownerId": 1, "fields": {"typeId": "CONFIGURABLE", "deadline": deadline},
        "layout": LAYOUT}, 0, principal=other)
    assert reply.ok, reply.body
    return int(reply.body["result"]["activity"]["id"])


def _drop(view, mime: QMimeData) -> bool:  # noqa: ANN001
    """A real drag-enter / move / drop sequence on ``view``'s viewport; whether the drop was accepted."""
    pos = view.viewport().rect().center()
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(pos, *args)
    QApplication.sendEvent(view.viewport(), enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(view.viewport(), QDragMoveEvent(pos, *args))
    drop = QDropEvent(pos.toPointF(), *args)
    QApplication.sendEvent(view.viewport(), drop)
    return drop.isAccepted()


def _get(arun, session: PortalSession, activity_id: int) -> dict:  # noqa: ANN001
    return arun(session.app_client.call("crm.activity.configurable.get", {"id": activity_id})).result["activity"]


def _my_activities(qtbot, win: MainWindow, mode: str = "list"):  # noqa: ANN001, ANN202
    panel = win.my_activities
    panel.set_layout_mode(mode)
    with qtbot.waitSignal(panel.loaded, timeout=CONFIRM_MS):
        win.my_activities_action.trigger()
    return panel


def _menu(panel, ids: list[int]):  # noqa: ANN001, ANN202
    assert panel.select_activity_ids(ids, ids[0]) is not None
    assert sorted(panel.selected_activity_ids()) == sorted(ids)
    menu = panel.actions.open_menu()
    assert menu is not None
    return menu


def _action(menu, name: str):  # noqa: ANN001, ANN202
    """An entry of the menu by object name (a submenu: its menu action)."""
    for action in menu.actions():
        if action.objectName() == name or (action.menu() is not None and action.menu().objectName() == name):
            return action
    raise AssertionError(name)


def test_complete_and_reschedule_own_configurable_go_through_the_application(qtbot, arun, demo) -> None:  # noqa: ANN001
    win, session = demo
    call_summary, delivery = _configurable_ids(session)
    before = _get(arun, session, call_summary)["fields"]
    assert before["badgeCode"] == "missedCall" and before["pingOffsets"] and not before["completed"]
    panel = _my_activities(qtbot, win)
    changes = win.activity_actions.configurable

    menu = _menu(panel, [call_summary])
    assert _action(menu, "myActivitiesComplete").isEnabled()
    assert _action(menu, "myActivitiesReschedule").isEnabled()
    assert not _action(menu, "myActivitiesEdit").isEnabled()  # no form: its layout is its application's
    assert "Edit layout" in _action(menu, "myActivitiesEdit").toolTip()
    assert _action(menu, "myActivitiesDelete").isEnabled()
    done: list[int] = []
    changes.done.connect(done.append)
    with qtbot.waitSignals([changes.done, panel.loaded], timeout=CONFIRM_MS):  # sent, then the list read again
        _action(menu, "myActivitiesComplete").trigger()
    menu.close()
    assert done == [call_summary]
    after = _get(arun, session, call_summary)["fields"]
    assert after["completed"] is True
    # only `completed` was sent: the badge, the reminders and the deadline are as they were
    assert {k: v for k, v in after.items() if k != "completed"} == {k: v for k, v in before.items() if k != "completed"}
    assert not win.session.changes.open_entries(), "nothing queued in the outbox"
    assert not panel.visible_activity_ids([call_summary]), "completed: gone from My activities"

    # Reschedule the DELIVERY one (a custom typeId: sending it again would be refused by a real portal)
    when = (datetime.now().astimezone() + timedelta(days=9)).replace(minute=0, second=0, microsecond=0)
    kept = _get(arun, session, delivery)["fields"]
    panel.select_activity_ids([delivery], delivery)
    with qtbot.waitSignal(changes.done, timeout=CONFIRM_MS):
        panel.actions.reschedule(panel.selected_activities(), when)
    moved = _get(arun, session, delivery)["fields"]
    assert datetime.fromisoformat(moved["deadline"]) == when
    assert {k: v for k, v in moved.items() if k != "deadline"} == {k: v for k, v in kept.items() if k != "deadline"}
    assert not win.session.changes.open_entries()


def test_another_applications_configurable_offers_no_change_and_says_why(qtbot, arun, demo) -> None:  # noqa: ANN001
    win, session = demo
    theirs = _theirs(session)
    panel = _my_activities(qtbot, win)
    assert panel.visible_activity_ids([theirs]) == [theirs]
    menu = _menu(panel, [theirs])
    for name in ("myActivitiesEdit", "myActivitiesComplete", "myActivitiesReschedule"):
        action = _action(menu, name)
        assert not action.isEnabled(), name
        assert action.toolTip() == REASON, name
    assert _action(menu, "myActivitiesDelete").isEnabled()
    menu.close()
    # Space (complete) on it: refused with the reason, nothing queued or sent
    panel.actions.complete(panel.selected_activities())
    assert REASON in win.banner.text()
    assert not win.session.changes.open_entries()
    assert _get(arun, session, theirs)["fields"]["completed"] is False

    # the timeline's card menu of it on deal 1: Edit and Complete disabled with the reason; own ones completable
    win.timeline.reload()
    qtbot.waitUntil(lambda: win.timeline.model.row_of(theirs) is not None
                    and bool(win.timeline.app_menu_state.own), timeout=CONFIRM_MS)
    card_menu = win.timeline.open_card_menu(win.timeline.model.row_of(theirs))
    for name in ("cardEdit", "cardComplete"):
        assert not card_menu.action_named(name).isEnabled() and card_menu.action_named(name).toolTip() == REASON
    assert card_menu.action_named("cardDelete").isEnabled()
    card_menu.close()
    own = _configurable_ids(session)[0]
    card_menu = win.timeline.open_card_menu(win.timeline.model.row_of(own))
    assert card_menu.action_named("cardComplete").isEnabled() and not card_menu.action_named("cardEdit").isEnabled()
    with qtbot.waitSignals([win.activity_actions.configurable.done, win.timeline.liveUpdated], timeout=CONFIRM_MS):
        card_menu.action_named("cardComplete").trigger()  # through the application; the card is read again
    card_menu.close()
    assert _get(arun, session, own)["fields"]["completed"] is True
    assert win.timeline.model.card_at(win.timeline.model.row_of(own)).activity.completed
    assert not win.session.changes.open_entries()


def test_bulk_complete_of_a_mixed_selection_skips_the_configurable_ones(qtbot, arun, demo) -> None:  # noqa: ANN001
    win, session = demo
    theirs = _theirs(session)
    own = _configurable_ids(session)[0]
    panel = _my_activities(qtbot, win)
    rows = panel.source.rows
    todos = [i for i in rows.id if rows.provider[rows.row_of(i)] == "CRM_TODO"][:2]
    selection = [*todos, own, theirs]
    panel.select_activity_ids(selection, todos[0])
    with qtbot.waitSignal(win.activity_actions.bulk.finished, timeout=CONFIRM_MS) as finished:
        panel.actions.complete(panel.selected_activities())
    progress = finished.args[0]
    assert (progress.total, progress.done, progress.failed, progress.skipped) == (2, 2, 0, 2)
    report = win.activity_actions.bulk.report_text(progress)
    assert "2 activities were left as they are: only their application can change them" in report
    assert report in win.banner.text()
    assert all(session.sandbox.db.activity(i)["completed"] in ("Y", True) for i in todos)
    assert _get(arun, session, own)["fields"]["completed"] is False
    assert _get(arun, session, theirs)["fields"]["completed"] is False


def test_kanban_drag_of_a_configurable_card_is_refused_with_the_reason(qtbot, arun, demo) -> None:  # noqa: ANN001
    win, session = demo
    own = _configurable_ids(session)[0]
    deadline = _get(arun, session, own)["fields"]["deadline"]
    panel = _my_activities(qtbot, win, "board")
    source = panel.group_of(own)
    target = Group.NEXT_WEEK if source is not Group.NEXT_WEEK else Group.LATER
    view = panel.select_activity_ids([own], own)
    assert view is panel.board.column(source)
    assert _drop(panel.board.column(target), view.drag_mime())
    assert "only the application that created them can change them" in win.banner.text()
    assert panel.group_of(own) is source
    assert not win.session.changes.open_entries()
    assert _get(arun, session, own)["fields"]["deadline"] == deadline


@pytest.mark.parametrize("fault", [FaultKind.SERVER_ERROR, FaultKind.DROP_AFTER])
def test_a_failed_change_through_the_application_is_told_and_queues_nothing(qtbot, arun, demo, fault) -> None:  # noqa: ANN001
    win, session = demo
    own = _configurable_ids(session)[0]
    panel = _my_activities(qtbot, win)
    panel.select_activity_ids([own], own)
    session.sandbox.faults.force_next(fault, method="crm.activity.configurable.update", count=10)
    with qtbot.waitSignal(win.activity_actions.configurable.failed, timeout=CONFIRM_MS) as failed:
        panel.actions.complete(panel.selected_activities())
    text = failed.args[1]
    assert text in win.banner.text() and "“Call summary”" in text
    if fault is FaultKind.DROP_AFTER:  # the portal may have done it: the user is told so, the card is read again
        assert "It is not known whether" in text
    else:
        assert "was not changed" in text
        assert _get(arun, session, own)["fields"]["completed"] is False
    assert not win.session.changes.open_entries(), "nothing queued in the outbox"
