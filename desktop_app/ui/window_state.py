"""The main window's honest state (issue 12 points 7 and 8), as a mixin of
:class:`~desktop_app.ui.main_window.MainWindow`:

- *offline*: when the portal cannot be reached the banner says so (cause ``"offline"``), the entity
  list shows its saved pages, and every :data:`RECONNECT_INTERVAL_MS` the portal is asked again
  (``user.current``); the first answer — that probe, any load or a confirmed change — clears the
  banner and reloads;
- the window title: "<entity> — <type> · <portal> — Activity Desk";
- small windows: when the side form would squeeze the entity list below :data:`LIST_MIN_WIDTH` (or
  the timeline or the form below their minimum size hints), the list gives way while the form is
  open (Ctrl+F brings it back in the timeline's place), and the form gets at least its minimum size.
"""

from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QResizeEvent

from desktop_app.bitrix import OwnerType
from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services.session import PortalSession

from .tasks import loop_running

log = logging.getLogger("desktop_app.ui.main_window")

#: How often an offline window asks the portal whether it answers again (ms).
RECONNECT_INTERVAL_MS = 15000
#: Wait after a confirmed change before asking for the entity counters again (seconds).
COUNTS_DELAY_S = 0.3
#: The entity list's narrowest comfortable width (px); below it the list gives way to the side form.
LIST_MIN_WIDTH = 220


class WindowStateMixin:
    """Offline handling, the title and pane fitting of :class:`MainWindow` (which sets up
    ``offline``, ``_list_wanted`` and ``_reconnect_timer``)."""

    def _show_portal_label(self) -> None:
        """The status bar's "<portal> · <user>" (plain text, elided when the window is narrow)."""
        if self.session is None:
            return
        who = self.session.me.display_name
        if self.session.is_demo:
            self.portal_label.setText(self.tr("Demo portal (sandbox) · %1").replace("%1", who))
        else:
            self.portal_label.setText(f"{self.session.portal_host} · {who}")

    def _set_offline(self, offline: bool) -> None:
        self.offline = offline
        self.browser.set_offline(offline)
        if offline:
            self._reconnect_timer.start()
        else:
            self._reconnect_timer.stop()
        self._update_title()

    def _show_offline(self) -> None:
        host = self.session.portal_host if self.session is not None else ""
        self.banner.show_message(self.tr(
            "Offline: %1 cannot be reached. Saved lists and timelines are shown; your changes are kept and "
            "sent when the portal answers again (checked every %2 s, or press F5).")
            .replace("%1", host).replace("%2", str(RECONNECT_INTERVAL_MS // 1000)), level="warning", cause="offline")

    def _portal_answered(self, cause: str = "") -> None:
        """Something came from the portal: the message about ``cause`` (and "Offline") goes."""
        self.banner.clear(cause)
        if self.offline:
            self.banner.clear("offline")
            self._set_offline(False)
            self.timeline.reload()
            panel = self.my_activities
            if self.pages.currentWidget() is panel and not panel.is_loading and len(panel.source.rows) == 0:
                panel.start_load()  # its load failed while offline
        elif self.banner.cause == "offline":
            self.banner.clear("offline")

    def _try_reconnect(self) -> None:
        if self.session is not None and loop_running():  # a timer may fire after the loop stopped
            self.tasks.start(self._reconnect(self.session), key="reconnect")

    async def _reconnect(self, session: PortalSession) -> None:
        try:
            answered = await session.reconnect()
        except BitrixClientError as exc:  # reachable, but refusing (e.g. the webhook was removed)
            self._reconnect_timer.stop()
            self.show_error(exc)
            return
        if answered and session is self.session:
            session.save_users()
            self._show_portal_label()  # the user's name, now from the portal
            self._portal_answered()

    def _on_change_confirmed(self, _entry: object) -> None:
        self._portal_answered()
        if loop_running():
            self.tasks.start(self._refresh_counts_soon(), key="counts-refresh")  # one request per burst

    async def _refresh_counts_soon(self) -> None:
        """Entity counters again, shortly after changes are confirmed (a new change restarts the wait)."""
        await asyncio.sleep(COUNTS_DELAY_S)
        self.browser.refresh_counters()

    def _update_title(self) -> None:
        """"<entity> — <type> · <portal> — Activity Desk" (or "My activities · …"); plain text."""
        app = self.tr("Activity Desk")
        if self.session is None:
            self.setWindowTitle(app)
            return
        portal = self.tr("demo portal") if self.session.is_demo else self.session.portal_host
        if self.offline:
            portal = self.tr("%1 (offline)").replace("%1", portal)
        types = {OwnerType.LEAD: self.tr("Lead"), OwnerType.DEAL: self.tr("Deal"),
                 OwnerType.CONTACT: self.tr("Contact"), OwnerType.COMPANY: self.tr("Company")}
        entity = self.timeline.entity
        if self.pages.currentWidget() is self.my_activities:
            head = self.tr("My activities") + " · "
        elif entity is not None:
            kind = types.get(entity.owner_type_id, self.tr("Entity"))
            head = self.tr("%1 — %2").replace("%2", kind).replace("%1", self.timeline.title.text()) + " · "
        else:
            head = ""
        self.setWindowTitle(f"{head}{portal} — {app}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.side and event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            if event.type() == QEvent.Type.Hide:
                self._list_wanted = False
            QTimer.singleShot(0, self._fit_panes)
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_panes()

    def _fit_panes(self) -> None:
        """Side form open and too little room for list (:data:`LIST_MIN_WIDTH`) + timeline + form at
        their minimum sizes: the list gives way (Ctrl+F brings it back in the timeline's place);
        otherwise all show. The form never gets less than its minimum size hint."""
        handle = self.splitter.handleWidth()
        list_w = max(self.browser.minimumSizeHint().width(), LIST_MIN_WIDTH)
        side_w = self.side.minimumSizeHint().width()
        time_w = self.timeline.minimumSizeHint().width()
        form_open = not self.side.isHidden()
        narrow = form_open and self.splitter.width() < list_w + time_w + side_w + 2 * handle
        if narrow and not self._list_wanted and not self.browser.isHidden():
            self.statusBar().showMessage(self.tr("The list makes room for the form; Ctrl+F shows it again."), 8000)
        self.browser.setVisible(not narrow or self._list_wanted)
        self.timeline.setVisible(not (narrow and self._list_wanted))
        if form_open:
            QTimer.singleShot(0, self._give_form_room)

    def _give_form_room(self) -> None:
        """Sizes with the form open: the form at least its minimum size hint; the list between
        :data:`LIST_MIN_WIDTH` and what the timeline's minimum leaves; the rest to the timeline (or
        to whichever of the two shows)."""
        if self.side.isHidden():
            return
        sizes = self.splitter.sizes()
        if len(sizes) < 3:
            return
        total = sum(sizes)
        side_w = max(sizes[2], self.side.minimumSizeHint().width())
        list_shown, timeline_shown = not self.browser.isHidden(), not self.timeline.isHidden()
        if list_shown and timeline_shown:
            time_w = self.timeline.minimumSizeHint().width()
            side_w = min(side_w, max(self.side.minimumSizeHint().width(), total - time_w - LIST_MIN_WIDTH))
            list_w = max(LIST_MIN_WIDTH, min(sizes[0], total - side_w - time_w))
            wanted = [list_w, max(0, total - side_w - list_w), side_w]
        elif list_shown:
            wanted = [total - side_w, 0, side_w]
        else:
            wanted = [0, total - side_w, side_w]
        if wanted != sizes:
            self.splitter.setSizes(wanted)
