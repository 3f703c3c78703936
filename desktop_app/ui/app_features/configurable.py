"""Configurable activities from the layout editor (issue 13 item 4; ``crm.activity.configurable.*``,
api-spec.md §4.12, server-behaviour.md §1.7).

* Create: the editor's "Create on portal…" (kind "layout"; a template is a start) asks for the fields
  in :class:`ConfigurableDialog` — type (``CONFIGURABLE`` or one of the application's configurable
  types), deadline, responsible, badge (or none) and completed — and sends
  ``ApplicationFeatures.create_configurable`` for the entity open in the main window; the timeline then
  shows the new card, drawn from its layout.
* Update: the card menu's "Edit layout…" reads the activity (``get_configurable``) into the editor; its
  "Update on portal…" replaces the layout and sends the fields as they were (the dialog shows them, the
  badge can be changed). Only the application that created the activity may update it: the portal's
  ``ERROR_WRONG_APPLICATION`` is said plainly and the editor keeps the text.

The dialog stays open while it sends and keeps what was typed when the portal refuses; it closes when
the portal has the change. Nothing is queued: application actions need the connection online.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix.errors import BitrixClientError, InvalidParameter, WrongApplication, outcome_unknown
from desktop_app.services.app_features import ApplicationUnavailable, ConfigurableFields

from .. import messages
from ..datetime_edit import DateTimeEdit
from ..plain_text import menu_text
from .fields import error_label

if TYPE_CHECKING:
    from ..layout_editor.portal_bar import EditorTarget
    from .app_cards import AppCards

__all__ = ["DEFAULT_TYPE", "ConfigurableDialog", "ConfigurableEditing", "failure_text"]

log = logging.getLogger(__name__)

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls

#: The type of a configurable activity without a custom type (api-spec.md §4.12.1).
DEFAULT_TYPE = "CONFIGURABLE"


def failure_text(exc: BaseException) -> str:
    """What to tell the user when the portal refused an application action (plain text)."""
    if isinstance(exc, WrongApplication):
        return translate("Configurable", "Another application created this activity, so only that application can "
                                         "update it (ERROR_WRONG_APPLICATION). Nothing was changed; your text is kept "
                                         "in the editor.")
    if isinstance(exc, ApplicationUnavailable):
        return translate("Configurable", "This needs an application connection (OAuth); this portal is connected by "
                                         "an incoming webhook only. Nothing was sent.")
    if isinstance(exc, BitrixClientError):
        return messages.describe(exc).text
    return str(exc)


class ConfigurableDialog(QDialog):
    """The fields of a configurable activity to create or update.

    Args:
        submit: sends the fields (``ConfigurableFields``) and raises the portal's refusal; the dialog closes
            when it returns.
        run: starts a coroutine (the window's task registry).
        types: (type id, name) of the application's configurable types (``CONFIGURABLE`` is always first).
        badges: the portal's badges (``Badge``), chooser entries after "No badge".
        users: user id → name for Responsible; ``me_id`` preselected.
        fields: the activity's current fields (update), or ``None`` (create).
        tz, clock: the zone deadlines are typed in and the session's clock.

    Attributes (for tests): ``type_box``, ``deadline``, ``responsible_box``, ``badge_box``, ``completed``,
    ``error`` (the line saying what went wrong), ``buttons``.

    A create whose outcome is unknown (a timeout or a dropped connection after it was sent,
    :func:`~desktop_app.bitrix.errors.outcome_unknown`) is not offered again: the portal may have made the
    activity, so the dialog says so, emits ``unconfirmed`` (the timeline is loaded again to show it) and
    only closes; an update is the same request again, so it may be sent again.

    Signals:
        sent(object): the portal has it (the ``submit`` result).
        refused(str): the portal refused it; what the error line says.
        unconfirmed(): a create may or may not have reached the portal.
    """

    sent = Signal(object)
    refused = Signal(str)
    unconfirmed = Signal()

    def __init__(self, parent: QWidget | None, *, submit: Callable[[ConfigurableFields], Awaitable[Any]],
                 run: Callable[[Any], Any], types: Sequence[tuple[str, str]], badges: Sequence[Any],
                 users: Mapping[int, str], me_id: int, tz: tzinfo, clock: Callable[[], datetime] | None,
                 lang: str = "en", fields: ConfigurableFields | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("configurableDialog")
        self._submit = submit
        self._run = run
        self._fields = fields
        update = fields is not None
        self.setWindowTitle(self.tr("Update the activity on the portal") if update
                            else self.tr("Create a configurable activity"))
        self.type_box = QComboBox(self)
        self.type_box.setObjectName("configurableType")
        self.type_box.addItem(self.tr("Configurable activity (CONFIGURABLE)"), DEFAULT_TYPE)
        for type_id, name in types:
            if type_id != DEFAULT_TYPE:
                self.type_box.addItem(menu_text(f"{name} ({type_id})"), type_id)
        self.deadline = DateTimeEdit(self, name="configurableDeadline")
        self.deadline.set_zone(tz, clock)
        self.responsible_box = QComboBox(self)
        self.responsible_box.setObjectName("configurableResponsible")
        for user_id, name in sorted(users.items(), key=lambda item: item[1].casefold()):
            self.responsible_box.addItem(menu_text(name), user_id)
        self.badge_box = QComboBox(self)
        self.badge_box.setObjectName("configurableBadge")
        self.badge_box.addItem(self.tr("No badge"), "")
        for badge in badges:
            self.badge_box.addItem(menu_text(f"{badge.title_text(lang)}: {badge.value_text(lang)}"), badge.code)
        self.completed = QCheckBox(self.tr("C&ompleted"), self)
        self.completed.setObjectName("configurableCompleted")
        self.error = error_label(self, "configurableError")  # plain text: may hold the portal's words

        chosen = fields or ConfigurableFields()
        self._select(self.type_box, chosen.type_id)
        self.type_box.setEnabled(not update)  # the type is kept on update
        self.deadline.set_value(chosen.deadline)
        self._select(self.responsible_box, chosen.responsible_id or me_id)
        self._select(self.badge_box, chosen.badge_code)
        self.completed.setChecked(chosen.completed)

        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.type_box)
        form.addRow(self.tr("&Deadline:"), self.deadline)
        form.addRow(self.tr("&Responsible:"), self.responsible_box)
        form.addRow(self.tr("&Badge:"), self.badge_box)
        form.addRow("", self.completed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Update on portal") if update else self.tr("&Create on portal"))
        ok.setObjectName("configurableSend")
        self.buttons.accepted.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.error)
        box.addWidget(self.buttons)

    @staticmethod
    def _select(box: QComboBox, value: object) -> None:
        index = box.findData(value)
        if index >= 0:
            box.setCurrentIndex(index)

    def fields(self) -> ConfigurableFields | None:
        """The fields as chosen (the current ones kept where the dialog shows none); ``None`` when the
        deadline is not understood (the error line says why)."""
        problem = self.deadline.problem()
        if problem:
            self.show_error(self.tr("Deadline: %1").replace("%1", problem))
            return None
        base = self._fields or ConfigurableFields()
        deadline = self.deadline.value()
        return base.model_copy(update={
            "type_id": self.type_box.currentData() or DEFAULT_TYPE,
            "deadline": deadline if deadline is not None else (None if self._fields is None else base.deadline),
            "responsible_id": self.responsible_box.currentData(),
            "badge_code": self.badge_box.currentData() or "",
            "completed": self.completed.isChecked(),
        })

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def send(self) -> None:
        """Send the fields (the dialog waits; it closes when the portal has them)."""
        fields = self.fields()
        if fields is None:
            return
        self.show_error("")
        self.buttons.setEnabled(False)
        self._run(self._send(fields))

    async def _send(self, fields: ConfigurableFields) -> None:
        try:
            result = await self._submit(fields)
        except (BitrixClientError, ApplicationUnavailable) as exc:
            log.info("the configurable activity was not sent (%s)", type(exc).__name__)
            text = failure_text(exc)
            if isinstance(exc, InvalidParameter) and exc.field == "badgeCode":
                text = self.tr("Badge: %1").replace("%1", text)
            if self._fields is None and outcome_unknown(exc):
                self.show_error(self.tr("The portal did not confirm whether it created the activity: %1 The "
                                        "timeline is being loaded again — look for the new card there before "
                                        "creating it again.").replace("%1", text))
                self.buttons.setEnabled(True)
                self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
                self.unconfirmed.emit()
                return
            self.show_error(text)
            self.buttons.setEnabled(True)
            self.refused.emit(text)
            return
        self.buttons.setEnabled(True)
        self.sent.emit(result)
        self.accept()


class ConfigurableEditing(QObject):
    """Create and update configurable activities from the layout editor (module docstring)."""

    def __init__(self, cards: AppCards) -> None:
        super().__init__(cards)
        self._cards = cards
        #: The fields dialog shown last (kept for tests), or ``None``.
        self.dialog: ConfigurableDialog | None = None

    # -- create ------------------------------------------------------------------------------------
    def create(self, layout: dict) -> None:
        """"Create on portal…": the fields dialog, then ``configurable.add`` in the shown entity."""
        cards = self._cards
        editor = cards.editor()
        entity = cards.window.timeline.entity
        if entity is None:
            editor.show_notice(self.tr("Open a lead, deal, contact or company in the main window first: the "
                                       "activity is created in its timeline."))
            return
        features = cards.features_or_notice(editor, self.tr("Open a portal first."))
        if features is None:
            return

        async def submit(fields: ConfigurableFields) -> int:
            return await features.create_configurable(entity.owner_type_id, entity.owner_id, layout, fields)

        def created(activity_id: int) -> None:
            editor.editor.document().setModified(False)
            editor.show_notice(self.tr("Created activity #%1 in “%2”.").replace("%1", str(activity_id))
                               .replace("%2", cards.window.timeline.title.text()))
            cards.show_card(activity_id)

        cards.window.tasks.start(self._open_dialog(features, submit, created, None, unconfirmed=cards.window.timeline.reload),
                                 key="app-configurable-dialog")

    # -- update ------------------------------------------------------------------------------------
    def edit_layout(self, activity: Any) -> None:
        """"Edit layout…" on a configurable card: its layout and fields from the portal into the editor."""
        self._cards.window.tasks.start(self._read(activity), key="app-configurable-read")

    async def _read(self, activity: Any) -> None:
        cards = self._cards
        features = cards.features()
        if features is None:
            return
        try:
            found = await features.get_configurable(activity.id)
        except (BitrixClientError, ApplicationUnavailable) as exc:
            cards.read_failed(self.tr("The layout of “%1” could not be read: %2"), activity, exc)
            return
        from ..layout_editor.portal_bar import EditorTarget

        editor = cards.editor_for("layout")
        editor.replace_text(json.dumps(found.layout, ensure_ascii=False, indent=2))
        editor.editor.document().setModified(False)
        title = str((found.layout.get("header") or {}).get("title") or activity.subject or "") \
            if isinstance(found.layout.get("header"), Mapping) else (activity.subject or "")
        editor.portal.set_target(EditorTarget("configurable", activity.id, found.owner_type_id, found.owner_id,
                                              title, found.fields))
        editor.show_notice(self.tr("The layout of activity #%1 as the portal has it. Change it, then Portal → "
                                   "Update on portal…").replace("%1", str(activity.id)))

    def update(self, target: EditorTarget, layout: dict) -> None:
        """"Update on portal…": the fields (kept, badge changeable), then ``configurable.update``."""
        cards = self._cards
        editor = cards.editor()
        features = cards.features_or_notice(editor, self.tr("Open a portal first."))
        if features is None:
            return

        async def submit(fields: ConfigurableFields) -> int:
            await features.update_configurable(target.activity_id, layout, fields)
            return target.activity_id

        def updated(activity_id: int) -> None:
            editor.editor.document().setModified(False)
            editor.show_notice(self.tr("Activity #%1 was updated on the portal.").replace("%1", str(activity_id)))
            cards.show_card(activity_id)

        def failed(text: str) -> None:
            editor.show_notice(text)

        cards.window.tasks.start(self._open_dialog(features, submit, updated, target.fields or ConfigurableFields(),
                                                   failed), key="app-configurable-dialog")

    # -- the dialog --------------------------------------------------------------------------------
    async def _open_dialog(self, features: Any, submit: Callable[[ConfigurableFields], Awaitable[Any]],
                           done: Callable[[Any], None], fields: ConfigurableFields | None,
                           failed: Callable[[str], None] | None = None, *,
                           unconfirmed: Callable[[], None] | None = None) -> None:
        cards = self._cards
        session = cards.window.session
        if session is None:
            return
        types: list[tuple[str, str]] = []
        badges: list[Any] = []
        try:
            types = [(t.type_id, t.name) for t in await features.types() if t.is_configurable]
        except (BitrixClientError, ApplicationUnavailable) as exc:  # CONFIGURABLE is still offered
            log.info("the application's types could not be read (%s)", type(exc).__name__)
        try:
            badges = list(await features.badges())
        except (BitrixClientError, ApplicationUnavailable) as exc:  # "No badge" is still offered
            log.info("the badges could not be read (%s)", type(exc).__name__)
        if self.dialog is not None:
            self.dialog.close()
        dialog = ConfigurableDialog(
            cards.editor(), submit=submit, run=cards.window.tasks.start, types=types, badges=badges,
            users=session.user_names, me_id=session.me.id,
            tz=session.tz, clock=session.clock, lang=getattr(features, "lang", "en"), fields=fields)
        dialog.sent.connect(done)
        if failed is not None:
            dialog.refused.connect(failed)
        if unconfirmed is not None:
            dialog.unconfirmed.connect(unconfirmed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget(dialog))
        self.dialog = dialog
        dialog.open()

    def _forget(self, dialog: ConfigurableDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
