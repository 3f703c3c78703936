"""A newer release is told in the banner with a button to its page (issue 14 item 6); the demo never
asks the feed."""

from __future__ import annotations

import pytest
from feed_server import Feed, served
from window_helpers import CONFIRM_MS, served_window

from desktop_app.bitrix import OwnerType
from desktop_app.services import updates
from desktop_app.services.session import open_demo_session
from desktop_app.ui.main_window import MainWindow

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]


def test_a_newer_release_shows_in_the_banner_with_its_page(qtbot, arun, ticking_portal, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    feed = Feed()
    feed.body = b'{"version": "99.0", "url": "https://example.com/activity-desk/99.0"}'
    with served(feed) as url:
        monkeypatch.setenv(updates.FEED_ENV, url)
        with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
            qtbot.waitUntil(lambda: win.banner.cause == "update", timeout=CONFIRM_MS)
            assert win.banner.isVisible() and "99.0 is available" in win.banner.text()
            assert win.banner.link_button.isVisible() and win.banner.link == "https://example.com/activity-desk/99.0"
    assert feed.hits == 1


def test_the_demo_never_asks_the_feed(qtbot, arun, fixed_now, monkeypatch) -> None:  # noqa: ANN001
    feed = Feed()
    with served(feed) as url:
        monkeypatch.setenv(updates.FEED_ENV, url)
        session = arun(open_demo_session(now=lambda: fixed_now))
        win = MainWindow()
        qtbot.addWidget(win)
        with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
            win.set_session(session, OwnerType.DEAL)
        arun(win.tasks.cancel_all())
        arun(session.aclose())
    assert feed.hits == 0 and win.banner.cause != "update"
