"""A webhook-only connection shows the application features disabled, says why, and offers to connect an
application (issue 13 item 4, "Done when": "a webhook-only connection shows why these are unavailable").

The demo portal is opened as usual and its application connection is closed and dropped
(``session.app_client = None``): the same portal, reached by its webhook only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from window_helpers import window_on

from desktop_app.bitrix.errors import PortalUnreachable
from desktop_app.services.app_features import AppUnavailable
from desktop_app.services.session import PortalSession, open_demo_session
from desktop_app.ui.app_features.availability import reason_text
from desktop_app.ui.connect_dialog import ConnectDialog
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")


@pytest.fixture
def webhook_window(qtbot, arun, fixed_now) -> Iterator[tuple[MainWindow, PortalSession]]:  # noqa: ANN001
    session = arun(open_demo_session(now=lambda: fixed_now))
    assert session.app_client is not None
    arun(session.app_client.aclose())
    session.app_client = None  # the demo portal through its webhook only
    win = window_on(qtbot, session)
    yield win, session
    arun(win.tasks.cancel_all())
    if win.session is not session:  # another portal was opened (its set_session closes this one, maybe cancelled)
        arun(win.session.aclose())
    arun(session.aclose())


def _menu_texts(win: MainWindow) -> list[str]:
    return [a.text().replace("&", "") for a in win.app_menu.menu.actions() if not a.isSeparator() and a.isVisible()]


def test_no_portal_yet_every_application_action_says_connect_first(qtbot) -> None:  # noqa: ANN001
    win = MainWindow()
    qtbot.addWidget(win)
    menu = win.app_menu
    assert "Application" in [a.text().replace("&", "") for a in win.menuBar().actions()]
    for action in (menu.types_action, menu.badges_action):
        assert not action.isEnabled()
        assert action.toolTip() == action.statusTip() == "Connect a portal first."
    assert not menu.why_action.isVisible()


def test_webhook_only_disables_the_application_actions_with_the_reason(qtbot, webhook_window) -> None:  # noqa: ANN001
    win, _session = webhook_window
    menu = win.app_menu
    reason = reason_text(AppUnavailable.WEBHOOK_ONLY)
    assert "webhook only" in reason
    menu.menu.aboutToShow.emit()  # what opening the menu does
    assert not menu.types_action.isEnabled()
    assert menu.types_action.toolTip() == reason and menu.types_action.statusTip() == reason
    assert menu.open_types() is None  # a shortcut or a stale trigger opens nothing
    assert menu.badges_action.isEnabled(), "badges are listed with the webhook too (api-spec §4.13)"
    assert "Why are these unavailable?" in _menu_texts(win)

    # An action another module adds (the configurable / layout-block modules do) follows the same rule.
    extra = QAction("Extra application thing", win)
    extra.setStatusTip("Does an application thing")
    menu.add_feature_action(extra)
    assert not extra.isEnabled() and extra.toolTip() == reason and extra.statusTip() == reason
    with pytest.raises(ValueError, match="needs"):
        menu.add_feature_action(QAction("x", win), needs="everything")


def test_the_explanation_offers_to_connect_an_application(qtbot, webhook_window) -> None:  # noqa: ANN001
    win, _session = webhook_window
    menu = win.app_menu
    menu.why_action.trigger()
    dialog = menu.explanation
    assert dialog is not None
    qtbot.waitExposed(dialog)
    text = dialog.text.text()
    assert "application connection (OAuth)" in text
    assert "incoming webhook only" in text
    assert "Application (OAuth) tab" in text
    assert dialog.connect_button.isVisible() and dialog.connect_button.accessibleName()
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in win.findChildren(ConnectDialog)), timeout=5000)
    connect = next(d for d in win.findChildren(ConnectDialog) if d.isVisible())
    assert connect.tabs.currentWidget() is connect.application, "opened on the Application tab"
    assert not dialog.isVisible()
    connect.reject()


def test_webhook_only_badges_are_listed_and_an_administrator_adds_one(qtbot, arun, webhook_window) -> None:  # noqa: ANN001
    win, session = webhook_window
    win.app_menu.badges_action.trigger()
    dialog = win.app_menu.badges_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=15000):
        pass
    codes = [b.code for b in dialog.model.badges]
    assert {"missedCall", "deliveryLate", "contractSigned"} <= set(codes)
    # Badges need no application context (api-spec §4.13): the webhook's administrator adds one.
    qtbot.waitUntil(dialog.add_button.isEnabled, timeout=15000)
    assert dialog.add_button.toolTip() != reason_text(AppUnavailable.WEBHOOK_ONLY)
    arun(win.services.app_features.add_badge("webhookBadge", "Source", "Webhook", "primary"))
    assert arun(session.client.badges.get("webhookBadge")).value_text("en") == "Webhook"
    dialog.close()
    assert win.app_menu.badges_dialog is None

    # Escape while it is still loading: the load stops with it, nothing unexpected reaches the window.
    again = win.app_menu.open_badges()
    assert again is not None and again is not dialog
    keys = set(again.task_keys)
    assert keys and all(win.tasks.running(k) for k in keys)
    gone: list[bool] = []
    again.destroyed.connect(lambda: gone.append(True))
    qtbot.keyClick(again, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(gone), timeout=5000)  # closing deletes it
    assert win.app_menu.badges_dialog is None
    assert not any(win.tasks.running(k) for k in keys)
    assert "unexpected" not in win.banner.text()


def test_an_application_session_enables_them_again(qtbot, arun, webhook_window, fixed_now) -> None:  # noqa: ANN001
    win, _session = webhook_window
    both = arun(open_demo_session(now=lambda: fixed_now))
    try:
        with qtbot.waitSignal(win.session_changed, timeout=15000):
            win.set_session(both)
        menu = win.app_menu
        assert menu.types_action.isEnabled() and menu.badges_action.isEnabled()
        assert menu.types_action.toolTip() != reason_text(AppUnavailable.WEBHOOK_ONLY)
        assert "Why are these unavailable?" not in _menu_texts(win)

        # The portal stops answering: the window goes offline and the actions say so (no connect offer).
        win.show_error(PortalUnreachable("no route", method="crm.activity.list", host=both.portal_host, sent=False))
        assert win.offline
        offline = reason_text(AppUnavailable.OFFLINE)
        assert not menu.types_action.isEnabled() and menu.types_action.toolTip() == offline
        assert not menu.badges_action.isEnabled() and menu.badges_action.statusTip() == offline
        explanation = menu.explain()
        assert offline in explanation.text.text() and not explanation.connect_button.isVisibleTo(explanation)
        explanation.reject()
    finally:
        arun(win.tasks.cancel_all())
