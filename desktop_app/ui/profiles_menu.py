"""The Portal menu's profiles (issue 14 item 3): switch between saved portals, remove one.

:class:`ProfilesMenu` puts at the top of the window's Portal menu one radio entry per saved profile
("<portal host> — <user name>", the open one checked), and "Remove this portal…" under "Connect a
portal…" (which adds a portal: the connect dialog). Choosing another profile opens its session
(secrets from the keyring, :func:`~desktop_app.services.connection.open_profile`), makes it the
current profile and shows it (``MainWindow.set_session``): that portal's entities, timelines, outbox.

"Remove this portal…" asks first, saying that the saved connection (keyring) and the local data
(saved lists, timelines, queued changes — how many changes would be lost, if any) are deleted; then
the session is closed, the profile removed (:func:`~desktop_app.services.profiles.remove_profile`)
and the next saved profile opened (none: the window is not connected and the connect dialog opens).

Qt only; the work is in :mod:`desktop_app.services.profiles` / :mod:`desktop_app.services.connection`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services import profiles
from desktop_app.services.connection import open_profile
from desktop_app.services.profiles import Profile, ProfileInUse, ProfileNotFound
from desktop_app.services.secrets import KeyringUnavailable, SecretStore

if TYPE_CHECKING:
    from .main_window import MainWindow

log = logging.getLogger(__name__)

__all__ = ["ProfilesMenu", "profile_text"]


def profile_text(profile: Profile) -> str:
    """"<portal host> — <user name>" (the user id when the name is not known). Portal text: plain."""
    return f"{profile.portal_host} — {profile.label or f'#{profile.user_id}'}"


class ProfilesMenu(QObject):
    """The profiles part of ``window``'s Portal menu (see the module docstring).

    Attributes:
        actions: the profile entries (data: the profile id), in the menu's order.
        remove_action: "Remove this portal…" (enabled while a saved profile is open).
        question: the removal question while it is shown, else ``None``.
        transport_for: ``(Profile) -> httpx transport | None``: the transport a profile's session uses
            (``None``: the network). Tests point it at in-process sandbox portals.
    """

    def __init__(self, window: MainWindow, menu: QMenu | None = None) -> None:
        super().__init__(window)
        if menu is None:  # the menu holding "Connect a portal…" (ui/window_actions.py)
            menu = next(m for m in window.connect_action.associatedObjects() if isinstance(m, QMenu))
        self._window = window
        self._menu = menu
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.actions: list[QAction] = []
        self.question: QMessageBox | None = None
        self.transport_for: Callable[[Profile], httpx.AsyncBaseTransport | None] = lambda _profile: None
        self._separator = QAction(self)
        self._separator.setSeparator(True)
        first = menu.actions()[0] if menu.actions() else None
        menu.insertAction(first, self._separator)
        self.remove_action = QAction(self.tr("&Remove this portal…"), window)
        self.remove_action.setObjectName("removePortalAction")
        self.remove_action.setStatusTip(self.tr(
            "Delete this portal's saved connection and its local data from this computer"))
        self.remove_action.triggered.connect(self.confirm_remove)
        after = next((a for a in menu.actions() if a.isSeparator() and a is not self._separator), None)
        menu.insertAction(after, self.remove_action)
        menu.aboutToShow.connect(self.refresh)
        window.session_changed.connect(lambda _session: self.refresh())
        self.refresh()

    # -- the list --------------------------------------------------------------------------------

    def open_profile_id(self) -> str | None:
        """The id of the profile open in the window (``None``: none, or the demo)."""
        session = self._window.session
        connection = getattr(session, "connection", None)
        return connection.profile.id if connection is not None else None

    def refresh(self) -> None:
        """Rebuild the profile entries from the settings file; check the open one."""
        for action in self.actions:
            self._group.removeAction(action)
            self._menu.removeAction(action)
            action.deleteLater()
        try:
            saved = profiles.list_profiles()
        except OSError as exc:  # the settings file cannot be rewritten after a migration: still listed next time
            log.warning("profiles not listed (%s)", exc.strerror or exc)
            saved = []
        current = self.open_profile_id()
        self.actions = []
        for profile in saved:
            action = QAction(profile_text(profile), self._group)
            action.setCheckable(True)
            action.setChecked(profile.id == current)
            action.setData(profile.id)
            action.triggered.connect(lambda _=False, p=profile.id: self.switch_to(p))
            self._menu.insertAction(self._separator, action)
            self.actions.append(action)
        self._separator.setVisible(bool(saved))
        self.remove_action.setEnabled(current is not None)

    # -- switching -------------------------------------------------------------------------------

    def _secrets(self) -> SecretStore:
        return self._window._secrets or SecretStore()

    def switch_to(self, profile_id: str) -> None:
        """Open the saved profile ``profile_id`` in the window (nothing when it is the one open)."""
        if profile_id == self.open_profile_id():
            self.refresh()
            return
        self._window.tasks.start(self._switch(profile_id), key="session")

    async def _switch(self, profile_id: str) -> bool:
        window = self._window
        profile = next((p for p in profiles.list_profiles() if p.id == profile_id), None)
        if profile is None:
            self.refresh()
            return False
        try:  # current first: a portal move followed while opening is recorded in this profile
            profiles.set_current_profile(profile.id)
        except (OSError, ProfileNotFound) as exc:
            log.warning("the current profile was not saved (%s)", type(exc).__name__)
        try:
            session = await open_profile(profile, secrets=self._secrets(), transport=self.transport_for(profile),
                                         offline_ok=True)
        except BitrixClientError as exc:
            window.show_error(exc)
            self.refresh()
            return False
        if session is None:
            window.banner.show_message(self.tr(
                "The saved connection of %1 is not in the system keyring any more; connect the portal again.")
                .replace("%1", profile.portal_host), level="warning")
            self.refresh()
            window.open_connect_dialog()
            return False
        window.set_session(session)
        return True

    # -- removing --------------------------------------------------------------------------------

    def confirm_remove(self) -> QMessageBox | None:
        """Ask whether to remove the open portal (window-modal, through ``open()``). ``None``: no saved
        profile is open (the demo, not connected)."""
        profile_id = self.open_profile_id()
        profile = next((p for p in profiles.list_profiles() if p.id == profile_id), None)
        if profile is None:
            return None
        text = self.tr("Remove %1 from Activity Desk?\n\nIts saved connection (in the system keyring) and its "
                       "local data on this computer (saved lists and timelines) will be deleted. The portal itself "
                       "is not changed.").replace("%1", profile_text(profile))
        queued = profiles.queued_changes(profile)
        if queued:
            text += "\n\n" + self.tr("%n change(s) not yet sent to the portal will be lost.", "", queued)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Remove this portal"), text,
                          QMessageBox.StandardButton.Cancel, self._window)
        box.setObjectName("removePortalQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)  # host and user name: portal text
        remove = box.addButton(self.tr("Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is remove, profile.id))
        box.open()
        self.question = box
        return box

    def _answered(self, confirmed: bool, profile_id: str) -> None:
        self.question = None
        if confirmed:
            self._window.tasks.start(self.remove(profile_id), key="session")

    async def remove(self, profile_id: str) -> bool:
        """Close the open session when it is this profile's, remove the profile (keyring entries, store,
        settings), then open the next saved profile (none: not connected, the connect dialog opens).
        Returns True when it was removed; a failure is said in the banner (the profile is kept)."""
        window = self._window
        if profile_id == self.open_profile_id():
            await self._close_session()
        try:
            await asyncio.to_thread(profiles.remove_profile, profile_id, self._secrets())
        except (KeyringUnavailable, ProfileInUse, ProfileNotFound) as exc:
            window.banner.show_message(str(exc), level="error")
            self.refresh()
            return False
        except OSError as exc:
            window.banner.show_message(self.tr("The portal's local data could not be deleted: %1")
                                       .replace("%1", exc.strerror or type(exc).__name__), level="error")
            self.refresh()
            return False
        window.banner.show_message(self.tr("The portal was removed from Activity Desk."), level="info")
        left = profiles.list_profiles()
        if window.session is None and left:
            nxt = profiles.current_profile() or left[0]
            await self._switch(nxt.id)
        elif window.session is None:
            window.open_connect_dialog()
        self.refresh()
        return True

    async def _close_session(self) -> None:
        """Close the window's session (its outbox and live updates stop) and show "Not connected"."""
        window = self._window
        session = window.session
        if session is None:
            return
        window.tasks.cancel("outbox")
        window.tasks.cancel("live-updates")
        window.session = None
        window.services = None
        window.browser.model.set_items([], False)
        window.timeline.model.clear()
        window.portal_label.setText(self.tr("Not connected"))
        await session.aclose()
        window._update_title()
