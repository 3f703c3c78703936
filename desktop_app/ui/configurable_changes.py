"""Completing and rescheduling configurable activities through their application (Qt; no REST here).

A configurable activity (``CONFIGURABLE_REST_APP``) refuses the plain ``crm.activity.update`` the outbox
would send (server-behaviour.md §1.7, :mod:`desktop_app.services.activity_rules`). This application's own
ones are changed with :meth:`ApplicationFeatures.update_configurable
<desktop_app.services.app_features.ApplicationFeatures.update_configurable>` — sent at once, not queued (it
needs the application connection online), only the changed field (``completed`` or ``deadline``), the rest
kept. A refusal is told in the banner; the user loses nothing (a click). Afterwards the cards are read again
(``changed``), also after an answer that leaves the outcome unknown, so the card shows what the portal holds.
Another application's configurable activity is not changed: :meth:`ConfigurableChanges.reason` says why.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop_app.bitrix import Activity
from desktop_app.bitrix.errors import BitrixClientError, WrongApplication, outcome_unknown
from desktop_app.services.activity_rules import changed_by_application, configurable_change, plain_update_refused

from . import messages

if TYPE_CHECKING:
    from desktop_app.services.app_features import ApplicationFeatures

    from .tasks import TaskRegistry

__all__ = ["ConfigurableChanges"]


class ConfigurableChanges(QObject):
    """Changes of configurable activities through the application (module docstring).

    Args:
        tasks: the window's task registry (the update runs there).
        show_message: ``(text, level)`` — the window's banner.

    Signals:
        changed(int): the portal was asked to change this activity (done, refused or unknown): read it again.
        done(int): the portal confirmed the change.
        failed(int, str): the change was not confirmed (the text shown).
    """

    changed = Signal(int)
    done = Signal(int)
    failed = Signal(int, str)

    def __init__(self, tasks: TaskRegistry, show_message: Callable[..., None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._show_message = show_message
        #: The session's application features (``None``: no session).
        self.features: ApplicationFeatures | None = None

    def own(self, activity: Activity) -> bool:
        """``activity`` is a configurable activity this application created (it may complete and reschedule it)."""
        return changed_by_application(activity, self.features)

    def _not_ours(self) -> str:
        return self.tr("Only the application that created this activity can change it.")

    def reason(self, activity: Activity) -> str:
        """Why ``activity`` cannot be completed or rescheduled here, or ``""`` (an ordinary activity, or a
        configurable one of this application's, which goes through the application)."""
        if not plain_update_refused(activity) or self.own(activity):
            return ""
        return self._not_ours()

    def edit_reason(self, activity: Activity) -> str:
        """Why ``activity`` has no form to edit it here (a configurable one), or ``""``."""
        if plain_update_refused(activity) and self.own(activity):
            return self.tr("Its application draws this activity from a layout: change the layout with Edit layout… "
                           "in its card's menu on the timeline.")
        return self.reason(activity)

    def change(self, activity: Activity, *, completed: bool | None = None, deadline: datetime | None = None) -> bool:
        """Send the change of one of this application's configurable activities at once; for another
        application's, say why not. Returns whether it was sent (the outcome comes later)."""
        features = self.features
        if features is None or not self.own(activity):
            self._show_message(self._not_ours(), "info")
            return False
        fields = configurable_change(completed=completed, deadline=deadline)
        self._tasks.start(self._send(features, activity, fields), key=f"configurable-change-{activity.id}")
        return True

    async def _send(self, features: ApplicationFeatures, activity: Activity, fields: Any) -> None:
        name = activity.subject or f"#{activity.id}"
        try:
            await features.update_configurable(activity.id, None, fields)
        except BitrixClientError as exc:
            if isinstance(exc, WrongApplication):
                text = self._not_ours()
            else:
                text = messages.describe(exc).text
            if outcome_unknown(exc):
                text = self.tr("It is not known whether “%1” was changed: %2 The card shows what the portal "
                               "holds now.").replace("%1", name).replace("%2", text)
            else:
                text = self.tr("“%1” was not changed: %2").replace("%1", name).replace("%2", text)
            self._show_message(text, "error")
            self.failed.emit(activity.id, text)
            self.changed.emit(activity.id)
            return
        self.done.emit(activity.id)
        self.changed.emit(activity.id)
