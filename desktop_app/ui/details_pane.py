"""The details pane: every field of one activity, its communications and bindings, its changes
still in the outbox, and the actions Edit, Complete / Reopen, Delete and Close.

Data comes from :class:`~desktop_app.services.details.ActivityDetails` (``crm.activity.get`` +
``COMMUNICATIONS`` from ``crm.activity.list`` + ``crm.activity.binding.list``, api-spec.md §4.5,
§4.6, §4.10). Times are shown in the viewer's zone with the timeline's date texts
(:mod:`desktop_app.ui.timeline.format`); users by name. The pane sends nothing itself: it emits
signals and the window does the work. Delete asks first with a non-blocking ``QMessageBox.open()``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextDocumentFragment
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix.models import Activity
from desktop_app.services.details import ActivityDetails
from desktop_app.store.entries import OutboxEntry

from .bindings_panel import BindingsPanel, type_name
from .outbox_entries import OutboxEntriesView
from .plain_text import plain_tooltip
from .timeline.format import DateTexts
from .todo_reminders import reminders_text

_C = "DetailsPane"
#: Enum values (api-spec.md §3.3), translated in the ``DetailsPane`` context.
ENUMS: dict[str, dict[int, str]] = {
    "TYPE_ID": {0: QT_TRANSLATE_NOOP(_C, "Undefined"), 1: QT_TRANSLATE_NOOP(_C, "Meeting"),
                2: QT_TRANSLATE_NOOP(_C, "Call"), 3: QT_TRANSLATE_NOOP(_C, "Task"),
                4: QT_TRANSLATE_NOOP(_C, "E-mail"), 5: QT_TRANSLATE_NOOP(_C, "Action"),
                6: QT_TRANSLATE_NOOP(_C, "Activity (provider)")},
    "DIRECTION": {0: QT_TRANSLATE_NOOP(_C, "Not set"), 1: QT_TRANSLATE_NOOP(_C, "Incoming"),
                  2: QT_TRANSLATE_NOOP(_C, "Outgoing")},
    "PRIORITY": {0: QT_TRANSLATE_NOOP(_C, "Not set"), 1: QT_TRANSLATE_NOOP(_C, "Low"),
                 2: QT_TRANSLATE_NOOP(_C, "Medium"), 3: QT_TRANSLATE_NOOP(_C, "High")},
    "STATUS": {0: QT_TRANSLATE_NOOP(_C, "Undefined"), 1: QT_TRANSLATE_NOOP(_C, "Waiting"),
               2: QT_TRANSLATE_NOOP(_C, "Completed"), 3: QT_TRANSLATE_NOOP(_C, "Completed automatically")},
    "DESCRIPTION_TYPE": {0: QT_TRANSLATE_NOOP(_C, "Undefined"), 1: QT_TRANSLATE_NOOP(_C, "Plain text"),
                         2: QT_TRANSLATE_NOOP(_C, "BB code"), 3: QT_TRANSLATE_NOOP(_C, "HTML")},
    "NOTIFY_TYPE": {0: QT_TRANSLATE_NOOP(_C, "None"), 1: QT_TRANSLATE_NOOP(_C, "minutes"),
                    2: QT_TRANSLATE_NOOP(_C, "hours"), 3: QT_TRANSLATE_NOOP(_C, "days")},
}
#: ``COMMUNICATIONS`` ``TYPE`` values (api-spec.md §3.6).
COMM_TYPES = {"PHONE": QT_TRANSLATE_NOOP(_C, "Phone"), "EMAIL": QT_TRANSLATE_NOOP(_C, "E-mail"),
              "": QT_TRANSLATE_NOOP(_C, "Name")}
#: Raw fields shown in their own groups (everything else goes under "System").
_SHOWN = {"ID", "SUBJECT", "TYPE_ID", "PROVIDER_ID", "PROVIDER_TYPE_ID", "DIRECTION", "PRIORITY", "STATUS",
          "COMPLETED", "START_TIME", "END_TIME", "DEADLINE", "NOTIFY_TYPE", "NOTIFY_VALUE", "OWNER_TYPE_ID",
          "OWNER_ID", "RESPONSIBLE_ID", "DESCRIPTION", "DESCRIPTION_TYPE", "LOCATION", "CREATED",
          "LAST_UPDATED", "AUTHOR_ID", "EDITOR_ID", "ORIGIN_ID", "ORIGINATOR_ID", "COMMUNICATIONS"}
_BBCODE = re.compile(r"\[/?[a-zA-Z*]+(?:=[^\]]*)?\]")


def plain_description(text: str, description_type: int) -> str:
    """The description as plain text: HTML (3) and BB code (2) markup removed."""
    if description_type == 3:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    if description_type == 2:
        return _BBCODE.sub("", text)
    return text


class DetailsPane(QWidget):
    """Everything about one activity.

    Signals:
        editRequested(Activity): open the activity in its form.
        completeRequested(Activity, bool completed): set ``COMPLETED`` to ``completed``.
        deleteRequested(Activity): delete it (``crm.activity.delete``) — only after the user said Yes.
        retryRequested(int entry_id), discardRequested(int entry_id) (after confirmation),
        conflictResolved(int entry_id, bool keep_mine): about the activity's outbox entries.
        closeRequested(): the user closed the pane.
    The bindings panel (:attr:`bindings_panel`) has its own signals (``addRequested`` …).
    """

    editRequested = Signal(object)
    completeRequested = Signal(object, bool)
    deleteRequested = Signal(object)
    retryRequested = Signal(int)
    discardRequested = Signal(int)
    conflictResolved = Signal(int, bool)
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None, *, tz: tzinfo | None = None,
                 now: Callable[[], datetime] | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        self._locale = locale
        self._now = now or (lambda: datetime.now(UTC))
        self._texts = DateTexts(tz, locale)
        self._activity: Activity | None = None
        self._details: ActivityDetails | None = None
        self._entries: list[OutboxEntry] = []
        self._confirm: QMessageBox | None = None
        self._groups: list[QGroupBox] = []

        self.title = QLabel(self)
        self.title.setObjectName("detailsTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the subject: portal text
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("detailsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may hold a portal's error_description
        self.status.setWordWrap(True)

        self.edit_button = self._action(self.tr("&Edit"), "editButton", "Ctrl+E", self._edit,
                                        self.tr("Change this activity"))
        self.complete_button = self._action(self.tr("&Complete"), "completeButton", "Ctrl+Return",
                                            self._complete, self.tr("Mark this activity as done"))
        self.delete_button = self._action(self.tr("&Delete…"), "deleteButton", QKeySequence.StandardKey.Delete,
                                          self._ask_delete, self.tr("Delete this activity from the portal"))
        self.close_button = self._action(self.tr("Close"), "closeButton", "Esc", self.closeRequested.emit,
                                         self.tr("Close the details"))
        actions = QHBoxLayout()
        for button in (self.edit_button, self.complete_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)

        self.entries = OutboxEntriesView(self)
        self.entries.retryRequested.connect(self.retryRequested)
        self.entries.discardRequested.connect(self.discardRequested)
        self.entries.conflictResolved.connect(self.conflictResolved)
        self.entries.hide()

        self.communications = QTreeWidget(self)
        self.communications.setObjectName("communications")
        self.communications.setHeaderLabels([self.tr("Type"), self.tr("Value"), self.tr("Contact")])
        self.communications.setRootIsDecorated(False)
        self.communications.setAccessibleName(self.tr("Communications"))
        self.communications.setMaximumHeight(120)
        self.no_communications = QLabel(self.tr("No communications."), self)
        comm_box = QGroupBox(self.tr("Communications"), self)
        comm_layout = QVBoxLayout(comm_box)
        comm_layout.addWidget(self.communications)
        comm_layout.addWidget(self.no_communications)

        self.bindings_panel = BindingsPanel(self)
        bindings_box = QGroupBox(self.tr("Bindings (timelines it appears in)"), self)
        QVBoxLayout(bindings_box).addWidget(self.bindings_panel)

        body = QWidget(self)
        self._fields_layout = QVBoxLayout()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.entries)
        body_layout.addLayout(self._fields_layout)
        body_layout.addWidget(comm_box)
        body_layout.addWidget(bindings_box)
        body_layout.addStretch(1)
        self._body = body
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(scroll, 1)
        self._set_actions_enabled(False)

    def _action(self, text: str, name: str, key: str | QKeySequence.StandardKey, slot: Callable[[], object],
                tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        sequence = QKeySequence(key)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tip} ({shown})")
        button.clicked.connect(slot)
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda b=button: b.isEnabled() and b.click())
        return button

    # -- public API -------------------------------------------------------------------------------

    def set_clock(self, tz: tzinfo | None, now: Callable[[], datetime] | None = None,
                  locale: QLocale | None = None) -> None:
        """The viewer's zone (``None`` = the system's), clock (aware "now") and locale (``None`` =
        ``QLocale()``) for dates; what is shown is redrawn."""
        self._locale = locale or self._locale
        self._texts = DateTexts(tz, self._locale)
        if now is not None:
            self._now = now
        if self._details is not None:
            self.show_details(self._details)

    @property
    def activity(self) -> Activity | None:
        """The activity shown (or being loaded)."""
        return self._activity

    @property
    def details(self) -> ActivityDetails | None:
        return self._details

    @property
    def confirmation(self) -> QMessageBox | None:
        """The open "delete?" or "discard?" question, if any."""
        return self._confirm or self.entries.confirmation

    def show_loading(self, activity: Activity | int) -> None:
        """Show what is known (a card's activity, or just its id) while :meth:`show_details` is awaited."""
        self._details = None
        if isinstance(activity, Activity):
            self._activity = activity
            self.title.setText(self._subject(activity))
        else:
            self._activity = None
            self.title.setText(self.tr("Activity #%1").replace("%1", str(activity)))
        self.status.setText(self.tr("Loading…"))
        self.status.setStyleSheet("")
        self._clear_fields()
        self._set_actions_enabled(False)

    def show_error(self, text: str) -> None:
        """Show why the details could not be loaded (or an action failed); what is shown stays."""
        self.status.setText(text)
        self.status.setStyleSheet("color: #c21b16;")

    def show_details(self, details: ActivityDetails) -> None:
        """Show ``details`` (every field, communications, bindings)."""
        self._details = details
        a = self._activity = details.activity
        self.title.setText(self._subject(a))
        self.status.setText(self.tr("Completed") if a.completed else self.tr("Open"))
        self.status.setStyleSheet("")
        self._clear_fields()
        today = self._texts.today(self._now())
        when = lambda v: self._date(v, today)
        user = lambda i: self._user(details, i)
        raw = a.raw
        self._group(self.tr("What"), [
            ("SUBJECT", self.tr("Subject"), a.subject or self.tr("(no subject)")),
            ("TYPE_ID", self.tr("Type"), self._enum("TYPE_ID", a.type_id)),
            ("PROVIDER_ID", self.tr("Provider"), " / ".join(p for p in (a.provider_id, a.provider_type_id) if p)),
            ("DIRECTION", self.tr("Direction"), self._enum("DIRECTION", a.direction)),
            ("PRIORITY", self.tr("Priority"), self._enum("PRIORITY", a.priority)),
            ("STATUS", self.tr("Status"), self._enum("STATUS", a.status)),
            ("COMPLETED", self.tr("Completed"), self.tr("Yes") if a.completed else self.tr("No")),
        ])
        notify = (self.tr("%1 %2 before").replace("%1", str(a.notify_value)).replace(
            "%2", self._enum("NOTIFY_TYPE", a.notify_type)) if a.notify_type else self.tr("None"))
        if a.is_todo:  # a todo's reminders are its pingOffsets, not NOTIFY_* (issue 10)
            notify = reminders_text(details.ping_offsets)
        self._group(self.tr("When"), [
            ("START_TIME", self.tr("Start"), when(a.start_time)),
            ("END_TIME", self.tr("End"), when(a.end_time)),
            ("DEADLINE", self.tr("Deadline"), when(a.deadline) if a.deadline else self.tr("No deadline")),
            ("NOTIFY", self.tr("Reminder"), notify),
        ])
        owner = self.tr("%1 %2").replace("%1", type_name(a.owner_type_id)).replace(
            "%2", details.entity_name(a.owner_type_id, a.owner_id) or f"#{a.owner_id}")
        self._group(self.tr("Who"), [
            ("OWNER", self.tr("Owner"), owner),
            ("RESPONSIBLE_ID", self.tr("Responsible"), user(a.responsible_id)),
        ])
        self._group(self.tr("Content"), [
            ("DESCRIPTION", self.tr("Description"),
             plain_description(a.description, a.description_type) or self.tr("(none)")),
            ("DESCRIPTION_TYPE", self.tr("Description format"), self._enum("DESCRIPTION_TYPE", a.description_type)),
            ("LOCATION", self.tr("Location"), a.location or self.tr("(none)")),
        ])
        system = [
            ("ID", self.tr("ID"), str(a.id)),
            ("CREATED", self.tr("Created"), when(a.created)),
            ("LAST_UPDATED", self.tr("Last updated"), when(a.last_updated)),
            ("AUTHOR_ID", self.tr("Author"), user(a.author_id)),
            ("EDITOR_ID", self.tr("Last edited by"), user(a.editor_id)),
            ("ORIGIN_ID", self.tr("Origin ID"), a.origin_id or self.tr("(none)")),
            ("ORIGINATOR_ID", self.tr("Originator ID"), a.originator_id or self.tr("(none)")),
        ]
        system += [(key, key, self._raw_text(value)) for key, value in raw.items() if key not in _SHOWN]
        self._group(self.tr("System"), system)
        self._show_communications(details)
        self.bindings_panel.set_bindings(details.bindings, details.entity_names)
        self.complete_button.setText(self.tr("Re&open") if a.completed else self.tr("&Complete"))
        self._set_actions_enabled(True)
        self._show_entries()

    def set_entries(self, entries: Sequence[OutboxEntry]) -> None:
        """The open outbox entries of this activity (an empty list hides the section)."""
        self._entries = list(entries)
        self._show_entries()

    # -- building blocks --------------------------------------------------------------------------

    def _show_entries(self) -> None:
        names = self._details.user_names if self._details else {}
        self.entries.set_entries(self._entries, self._texts, names, self._now())
        self.entries.setVisible(bool(self.entries.entry_ids()))

    def _subject(self, a: Activity) -> str:
        return a.subject or self.tr("Activity #%1").replace("%1", str(a.id))

    def _enum(self, name: str, value: int) -> str:
        text = ENUMS[name].get(value)
        return QCoreApplication.translate(_C, text) if text else str(value)

    def _date(self, value: datetime | None, today: date) -> str:
        if value is None:
            return self.tr("(none)")
        return self._texts.card(value, today)

    def _user(self, details: ActivityDetails, user_id: int) -> str:
        if not user_id:
            return self.tr("(none)")
        return details.user_name(user_id) or self.tr("User #%1").replace("%1", str(user_id))

    def _raw_text(self, value: object) -> str:
        if value is None or value == "" or value == [] or value == {}:
            return self.tr("(none)")
        if isinstance(value, (dict, list)):
            return json.dumps(value, ensure_ascii=False)
        return str(value)

    def _clear_fields(self) -> None:
        for group in self._groups:
            group.hide()
            group.deleteLater()
        self._groups = []
        self.communications.clear()

    def _group(self, title: str, rows: list[tuple[str, str, str]]) -> None:
        box = QGroupBox(title, self._body)
        form = QFormLayout(box)
        for key, label, text in rows:
            value = QLabel(text, box)
            value.setObjectName(f"field_{key}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            raw = self._activity.raw.get(key) if self._activity else None
            if isinstance(raw, str) and raw and key in ("START_TIME", "END_TIME", "DEADLINE", "CREATED", "LAST_UPDATED"):
                value.setToolTip(plain_tooltip(raw))
            form.addRow(label, value)
        self._fields_layout.addWidget(box)
        self._groups.append(box)

    def _show_communications(self, details: ActivityDetails) -> None:
        for comm in details.communications:
            contact = ""
            if comm.entity_type_id and comm.entity_id:
                contact = details.entity_name(comm.entity_type_id, comm.entity_id) or self.tr("%1 #%2").replace(
                    "%1", type_name(comm.entity_type_id)).replace("%2", str(comm.entity_id))
            kind = COMM_TYPES.get(comm.type)
            kind_text = QCoreApplication.translate(_C, kind) if kind is not None else comm.type
            QTreeWidgetItem(self.communications, [kind_text, comm.value, contact])
        has_any = bool(details.communications)
        self.communications.setVisible(has_any)
        self.no_communications.setVisible(not has_any)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.edit_button, self.complete_button, self.delete_button):
            button.setEnabled(enabled)

    # -- actions ----------------------------------------------------------------------------------

    def _edit(self) -> None:
        if self._activity is not None:
            self.editRequested.emit(self._activity)

    def _complete(self) -> None:
        if self._activity is not None:
            self.completeRequested.emit(self._activity, not self._activity.completed)

    def _ask_delete(self) -> None:
        activity = self._activity
        if activity is None or self._confirm is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete activity"),
                          self.tr("Delete “%1”? It disappears from every timeline it is in; this cannot be undone.")
                          .replace("%1", self._subject(activity)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the subject: portal text
        box.finished.connect(lambda _result: self._delete_answered(box, activity))
        self._confirm = box
        box.open()

    def _delete_answered(self, box: QMessageBox, activity: Activity) -> None:
        yes = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
        self._confirm = None
        box.deleteLater()
        if yes:
            self.deleteRequested.emit(activity)
