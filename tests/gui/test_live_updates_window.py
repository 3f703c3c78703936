"""The open timeline follows someone else's changes without a manual refresh (issue 13 item 5):
through ``event.offline.get`` with the demo's application connection, and through the delta request
with a webhook only. A second client on the same portal makes the change; the test waits on the
timeline's ``liveUpdated`` signal (a poll every 2.5 s while the window is active)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from window_helpers import window_on

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.services.session import DEMO_BASE_URL, DEMO_WEBHOOK_CODE, PortalSession, open_demo_session
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.my_activities.model import ActivityIdRole, IsHeaderRole

pytestmark = pytest.mark.usefixtures("qloop")

LIVE_TIMEOUT_MS = 5000


def _open(qtbot, session: PortalSession) -> MainWindow:  # noqa: ANN001
    win = window_on(qtbot, session)
    return win


def _second_client(portal: SandboxPortal, base_url: str, code: str) -> BitrixClient:
    return BitrixClient.for_webhook(Webhook(base_url=base_url, user_id=1, code=code),
                                    transport=portal.transport(), rate_plan=None)


def _add_todo(arun, client: BitrixClient, win: MainWindow, title: str) -> int:  # noqa: ANN001
    entity = win.timeline.entity
    assert entity is not None
    reply = arun(client.call("crm.activity.todo.add", {
        "ownerTypeId": entity.owner_type_id, "ownerId": entity.owner_id, "title": title,
        "deadline": "2030-01-02T10:00:00+00:00"})).result
    return int(reply["id"] if isinstance(reply, dict) else reply)


def _subjects(win: MainWindow) -> dict[int, str]:
    return {a.id: a.subject for a in win.timeline.model.activities()}


@pytest.fixture
def demo_window(qtbot, arun) -> Iterator[tuple[MainWindow, PortalSession]]:  # noqa: ANN001
    session = arun(open_demo_session())
    win = _open(qtbot, session)
    yield win, session
    arun(win.tasks.cancel_all())
    arun(session.aclose())


def test_demo_timeline_shows_a_colleagues_changes_through_offline_events(qtbot, arun, demo_window) -> None:  # noqa: ANN001
    win, session = demo_window
    live = win.activity_actions.live
    assert live is not None and live.mode == "events"  # the demo's application connection
    # The application's data is in the demo: configurable activities among deal 1's cards.
    assert any(a.provider_id == "CONFIGURABLE_REST_APP" for a in win.timeline.model.activities())
    colleague = _second_client(session.sandbox, DEMO_BASE_URL, DEMO_WEBHOOK_CODE)
    try:
        with qtbot.waitSignal(win.timeline.liveUpdated, timeout=LIVE_TIMEOUT_MS):
            added = _add_todo(arun, colleague, win, "Added by a colleague")
        assert _subjects(win)[added] == "Added by a colleague"
        with qtbot.waitSignal(win.timeline.liveUpdated, timeout=LIVE_TIMEOUT_MS):
            arun(colleague.call("crm.activity.delete", {"id": added}))
        assert added not in _subjects(win)
    finally:
        arun(colleague.aclose())


def test_webhook_timeline_shows_a_colleagues_change_through_the_delta(qtbot, arun, ticking_portal) -> None:  # noqa: ANN001
    own = _second_client(ticking_portal, "http://127.0.0.1", "e2etest")
    session = PortalSession(client=own, me=arun(own.current_user()))
    win = _open(qtbot, session)
    colleague = _second_client(ticking_portal, "http://127.0.0.1", "e2etest")
    try:
        live = win.activity_actions.live
        assert live is not None and live.mode == "delta"
        with qtbot.waitSignal(win.timeline.liveUpdated, timeout=LIVE_TIMEOUT_MS):
            added = _add_todo(arun, colleague, win, "Planned elsewhere")
        assert _subjects(win)[added] == "Planned elsewhere"
    finally:
        arun(win.tasks.cancel_all())
        arun(colleague.aclose())
        arun(session.aclose())


def test_my_activities_follow_a_colleagues_new_todo(qtbot, arun, demo_window) -> None:  # noqa: ANN001
    win, session = demo_window
    panel = win.my_activities
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        qtbot.keyClick(win, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert win.pages.currentWidget() is panel
    colleague = _second_client(session.sandbox, DEMO_BASE_URL, DEMO_WEBHOOK_CODE)
    try:
        with qtbot.waitSignal(panel.loaded, timeout=LIVE_TIMEOUT_MS + 5000):
            added = _add_todo(arun, colleague, win, "For me, from a colleague")
        model = panel.list_view.model()
        shown = {model.index(r, 0).data(ActivityIdRole) for r in range(model.rowCount())
                 if not model.index(r, 0).data(IsHeaderRole)}
        assert added in shown
    finally:
        arun(colleague.aclose())


def test_polling_slows_down_when_the_application_is_in_the_background(qapp, demo_window) -> None:  # noqa: ANN001
    win, _session = demo_window
    live = win.activity_actions.live
    assert live is not None
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert live.interval() >= 60
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    assert live.interval() <= 3
