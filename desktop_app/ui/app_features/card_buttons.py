"""What a click on an application's button, link or menu item of a timeline card does (issue 13 item 4;
ActionDto, api-spec.md §5.9; server-behaviour.md §3.3):

* ``redirect``: the ``uri`` opens in the system browser (``QDesktopServices.openUrl``). A relative URI
  is resolved against the portal's address (the portal opens ``/crm/…`` in its own pages); only
  ``http`` and ``https`` are opened — anything else (``javascript:``, ``file:``) is refused and said so.
* ``restEvent``: on a real portal the creating application receives the event
  ``onCrmTimelineItemAction`` (``id``, ``entityTypeId``, ``entityId``, ``activityId``, ``userId`` plus the
  ``actionParams``); the desktop cannot raise it (``crm.activity.configurable.emitRestEvent`` refuses
  REST callers), so a message says exactly what the application would receive.
* ``openRestApp``: the portal opens the application in a slider with ``entityTypeId``, ``entityId``,
  ``activityId`` and the ``actionParams``; a message says so.

Everything shown is plain text (the portal's words are never markup).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

__all__ = ["CardButtons", "action_message", "redirect_url"]

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls

_SCHEMES = ("http", "https")
_PARAMS_SHOWN = 20


def redirect_url(uri: object, base_url: str) -> QUrl | None:
    """The address a ``redirect`` action opens: ``uri`` as is when absolute, else resolved against the
    portal's ``base_url`` (``https://portal.example``); ``None`` unless it is an ``http``/``https`` URL
    with a host."""
    if not isinstance(uri, str) or not uri.strip():
        return None
    url = QUrl(uri.strip())
    if not url.isValid():
        return None
    if url.isRelative():
        url = QUrl(base_url.rstrip("/") + "/").resolved(url)
    if url.scheme().lower() not in _SCHEMES or not url.host():
        return None
    return url


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    text = str(value) if isinstance(value, str | int | float) else translate("CardButtons", "(not a scalar)")
    return text if len(text) <= 200 else text[:200] + "…"


def _params_lines(params: object) -> list[str]:
    if not isinstance(params, Mapping) or not params:
        return ["  " + translate("CardButtons", "(no actionParams)")]
    return [f"  {key} = {_scalar(value)}" for key, value in list(params.items())[:_PARAMS_SHOWN]]


def action_message(action: Any, *, entity_type_id: int, entity_id: int, activity_id: int, user_id: int) -> str:
    """What the application would receive for a ``restEvent`` or ``openRestApp`` ``action``
    (a ``CardAction``), as plain-text lines."""
    params: Mapping[str, Any] = action.params if isinstance(action.params, Mapping) else {}
    common = [f"  entityTypeId = {entity_type_id}", f"  entityId = {entity_id}", f"  activityId = {activity_id}"]
    if action.kind == "restEvent":
        lines = [translate("CardButtons", "%1: the application would receive the event onCrmTimelineItemAction "
                                          "with:").replace("%1", action.label),
                 f"  id = {_scalar(params.get('id'))}", *common, f"  userId = {user_id}",
                 translate("CardButtons", "and the actionParams:"), *_params_lines(params.get("actionParams"))]
    else:
        lines = [translate("CardButtons", "%1: the portal would open the application in a slider with:")
                 .replace("%1", action.label), *common,
                 translate("CardButtons", "and the actionParams:"), *_params_lines(params.get("actionParams"))]
    lines.append(translate("CardButtons", "The desktop app cannot send this to the application: only the "
                                          "portal's own pages can."))
    return "\n".join(lines)


class CardButtons(QObject):
    """Runs the card actions of one window (``parent``: where messages are shown).

    Attributes:
        message: the last message box shown (kept for tests), or ``None``.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.message: QMessageBox | None = None

    def run(self, action: Any, *, base_url: str, entity_type_id: int, entity_id: int, activity_id: int,
            user_id: int) -> None:
        """Do what ``action`` (a ``CardAction``) asks (module docstring)."""
        if action.kind == "redirect":
            url = redirect_url(action.params.get("uri"), base_url)
            if url is None:
                self._show(translate("CardButtons", "%1: the link was not opened: only web addresses (http or https) "
                                                    "are opened.").replace("%1", action.label),
                           QMessageBox.Icon.Warning)
                return
            if not QDesktopServices.openUrl(url):
                self._show(translate("CardButtons", "%1: the browser could not be started for %2.")
                           .replace("%1", action.label).replace("%2", url.toDisplayString()), QMessageBox.Icon.Warning)
            return
        if action.kind in ("restEvent", "openRestApp"):
            self._show(action_message(action, entity_type_id=entity_type_id, entity_id=entity_id,
                                      activity_id=activity_id, user_id=user_id), QMessageBox.Icon.Information)
            return
        self._show(translate("CardButtons", "%1: the action has no valid type; the portal does nothing.")
                   .replace("%1", action.label), QMessageBox.Icon.Information)

    def _show(self, text: str, icon: QMessageBox.Icon) -> None:
        if self.message is not None:
            self.message.close()
        box = QMessageBox(icon, translate("CardButtons", "Card action"), text, QMessageBox.StandardButton.Ok,
                          self._parent)
        box.setObjectName("cardActionMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda *_: self._forget(box))
        self.message = box
        box.open()

    def _forget(self, box: QMessageBox) -> None:
        if self.message is box:
            self.message = None
