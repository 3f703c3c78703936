"""Tells the user in the banner when a newer release is out (issue 14 item 6,
:mod:`desktop_app.services.updates`): checked in the background when a portal (not the demo) is
opened and then every :data:`RECHECK_MS`, at most once a day; the banner's "Open the page" opens
the release page in the browser. Nothing is downloaded or installed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from desktop_app.services import updates

from .tasks import loop_running

#: How often a running app looks again (ms); the service still asks the feed at most once a day.
RECHECK_MS = 6 * 3600 * 1000


class UpdateNotice(QObject):
    """Starts :func:`desktop_app.services.updates.check_if_due` on ``window.tasks`` (key
    ``"update-check"``) and shows what it finds. ``transport`` (tests) replaces the network."""

    def __init__(self, window, transport=None) -> None:  # noqa: ANN001 - MainWindow, httpx transport
        super().__init__(window)
        self._window = window
        self.transport = transport
        self._timer = QTimer(self, interval=RECHECK_MS)
        self._timer.timeout.connect(self.start)
        window.session_changed.connect(lambda _s: self.start())

    def start(self) -> None:
        """Check in the background (nothing for the demo, without a feed, or within a day)."""
        session = self._window.session
        if session is None or session.is_demo or updates.feed_url() is None:
            return
        if not loop_running():
            return
        self._timer.start()
        self._window.tasks.start(self._check(), key="update-check")

    async def _check(self) -> None:
        release = await updates.check_if_due(demo=False, transport=self.transport)
        if release is not None:
            self.show(release)

    def show(self, release: updates.Release) -> None:
        """The banner: "Activity Desk <version> is available (you have <current>)." + Open the page."""
        import desktop_app

        text = self.tr("Activity Desk %1 is available (you have %2). Nothing is installed by itself.")
        self._window.banner.show_message(text.replace("%1", release.version).replace("%2", desktop_app.__version__),
                                         level="info", cause="update", link=release.url)
