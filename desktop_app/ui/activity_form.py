"""The system-activity form: create or edit a call, meeting or e-mail (``crm.activity.add`` /
``crm.activity.update``, deprecated but the only way for these types; api-spec.md §3.5, §4.3, §4.4).

Labels, required marks (``*``) and read-only state come from ``crm.activity.fields`` through a
:class:`~desktop_app.services.catalog.PortalCatalog` (built-in translated labels where the portal says
nothing); the type, direction, priority and description-type choices from ``crm.enum.*``; the
counterparts (``COMMUNICATIONS``) from the owner's contacts/company via a
:class:`~desktop_app.services.contacts.ContactDirectory`, filtered by type: phones for calls, e-mail
addresses for e-mails, the contact itself for meetings. The form never calls REST itself.

Nothing typed is lost: problems are shown under their field before sending, a failed save leaves
every field as it was, and only a confirmed create clears the typed text.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix import User
from desktop_app.bitrix.activities import CREATABLE_TYPES, CommunicationInput, FieldInfo
from desktop_app.bitrix.models import (
    Activity,
    ActivityType,
    DescriptionType,
    Direction,
    Priority,
)
from desktop_app.services.activity_draft import ActivityDraft
from desktop_app.services.catalog import EnumEntry, PortalCatalog
from desktop_app.services.contacts import ContactDirectory, Party, channel_type_for
from desktop_app.services.todo import FieldProblem

from .activity_form_texts import CONTEXT, ENUM_FALLBACK, FALLBACK_LABELS
from .attachments_widget import AttachmentsWidget
from .datetime_edit import DateTimeEdit
from .form_errors import FieldErrors, scrolling_body
from .messages import rule_text

TIME_FORMAT = "%Y-%m-%d %H:%M"
_COMM_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ActivityForm(FieldErrors, QWidget):
    """The form. The window owns saving: it listens to :attr:`submitted` and calls
    :meth:`saving_finished` when the portal has answered.

    Signals:
        submitted(object): create mode → :class:`~desktop_app.bitrix.activities.SystemActivityFields`;
            edit mode → :class:`~desktop_app.services.activity_draft.ActivityUpdate` (``activity``, ``fields``).
        cancelled(): the user closed the form (its content is kept for next time).
    """

    submitted = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("activityForm")
        self._tz: tzinfo | None = None
        self._owner: tuple[int, int] = (0, 0)
        self._editing: Activity | None = None
        self._fields: dict[str, FieldInfo] = {}
        self._parties: list[Party] = []
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._widgets: dict[str, QWidget] = {}

        self.heading = QLabel(self)
        self.heading.setObjectName("activityHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # holds the subject: portal text
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        self.type_combo = QComboBox(self, objectName="activityType")
        self.subject = QLineEdit(self, objectName="activitySubject")
        self.subject.setPlaceholderText(self.tr("What it is about"))
        self.communications = QListWidget(self, objectName="activityCommunications")
        self.communications.setMaximumHeight(110)
        self.direction = QComboBox(self, objectName="activityDirection")
        self.priority = QComboBox(self, objectName="activityPriority")
        #: Start / end: typed text, calendar, quick choices, in the portal user's zone (:class:`DateTimeEdit`).
        self.start_field = DateTimeEdit(self, name="activityStart")
        self.end_field = DateTimeEdit(self, name="activityEnd")
        self.start_time, self.end_time = self.start_field.line, self.end_field.line
        self.description = QPlainTextEdit(self, objectName="activityDescription")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)
        self.description_type = QComboBox(self, objectName="activityDescriptionType")
        self.location = QLineEdit(self, objectName="activityLocation")
        self.responsible = QComboBox(self, objectName="activityResponsible")
        self.completed = QCheckBox(self.tr("Already done"), self, objectName="activityCompleted")
        #: Files to attach (and, editing, the portal's files); files dropped on the form land here.
        self.attachments = AttachmentsWidget(self, name="activity")
        self.attachments.accept_drops_on(self)
        self.attachments.changed.connect(lambda: self._errors["FILES"].hide())
        self.note = QLabel(self, objectName="activityNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, widget in (("TYPE_ID", self.type_combo), ("SUBJECT", self.subject),
                            ("COMMUNICATIONS", self.communications), ("DIRECTION", self.direction),
                            ("PRIORITY", self.priority), ("START_TIME", self.start_field),
                            ("END_TIME", self.end_field), ("DESCRIPTION", self.description),
                            ("DESCRIPTION_TYPE", self.description_type), ("LOCATION", self.location),
                            ("RESPONSIBLE_ID", self.responsible), ("COMPLETED", self.completed),
                            ("FILES", self.attachments)):
            self._add_row(form, key, widget)

        self.save_button = QPushButton(self.tr("&Save"), self, objectName="activitySave")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Close"), self, objectName="activityCancel")
        self.state = QLabel(self, objectName="activityState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # may hold a portal's error_description
        self.state.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.scroll = scrolling_body(self, form, self.note)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        self.set_enums([], [], [], [])
        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        self.type_combo.currentIndexChanged.connect(self._on_type_changed)
        for combo in (self.direction, self.type_combo):
            combo.currentIndexChanged.connect(self._update_note)
        self.completed.toggled.connect(self._update_note)

    def _add_row(self, form: QFormLayout, key: str, widget: QWidget) -> None:
        label = QLabel(self, objectName=f"label_{key}")
        label.setBuddy(widget)
        error = QLabel(self, objectName=f"error_{key}")
        error.setTextFormat(Qt.TextFormat.PlainText)  # may hold a portal's error_description
        error.setStyleSheet("color: #c21b16;")
        error.setWordWrap(True)
        error.hide()
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self._labels[key], self._errors[key], self._widgets[key] = label, error, widget
        form.addRow(label, box)
        self._refresh_label(key)

    # -- setup ---------------------------------------------------------------------------------

    async def prepare(self, catalog: PortalCatalog, directory: ContactDirectory, owner_type_id: int, owner_id: int,
                      owner_title: str, users: dict[int, User], me_id: int, tz: tzinfo) -> None:
        """Point the form at an entity and fetch what it offers (``crm.activity.fields``, the
        ``crm.enum.*`` lists — cached per session — and the owner's parties). Keeps what was typed
        if it is the same entity. Raises the client's errors (the caller shows them)."""
        self.set_owner(owner_type_id, owner_id, owner_title, tz)
        self.set_users(users, me_id)
        self.set_field_info(await catalog.activity_fields())
        self.set_enums(await catalog.activity_types(), await catalog.directions(), await catalog.priorities(),
                       await catalog.content_types())
        self.set_parties(await directory.parties(owner_type_id, owner_id))

    def set_owner(self, owner_type_id: int, owner_id: int, owner_title: str, tz: tzinfo) -> None:
        """The entity whose timeline gets the activity, and the user's zone for typed times."""
        if self._owner != (owner_type_id, owner_id):
            self._parties = []
            self.communications.clear()
        self._owner = (owner_type_id, owner_id)
        self._tz = tz
        for field in (self.start_field, self.end_field):
            field.set_zone(tz, field.clock)
        template = self.tr("Edit activity in %1") if self._editing else self.tr("New call, meeting or e-mail for %1")
        self.heading.setText(template.replace("%1", owner_title))
        self._clear_errors()

    def set_users(self, users: dict[int, User], me_id: int) -> None:
        """Employees for RESPONSIBLE_ID; the current choice (or ``me_id``) stays selected."""
        keep = self.responsible.currentData()
        self.responsible.clear()
        for user in sorted(users.values(), key=lambda u: u.display_name.lower()):
            self.responsible.addItem(user.display_name, user.id)
        index = self.responsible.findData(keep if keep is not None else me_id)
        self.responsible.setCurrentIndex(index if index >= 0 else self.responsible.findData(me_id))

    def set_field_info(self, fields: dict[str, FieldInfo]) -> None:
        """``crm.activity.fields``: labels, ``*`` for isRequired, read-only fields disabled."""
        self._fields = dict(fields)
        for key in self._labels:
            self._refresh_label(key)
        self._apply_read_only()

    def set_enums(self, types: Iterable[EnumEntry], directions: Iterable[EnumEntry],
                  priorities: Iterable[EnumEntry], content_types: Iterable[EnumEntry]) -> None:
        """Choices from ``crm.enum.activitytype`` (only 1, 2, 4 are creatable), ``.activitydirection``,
        ``.activitypriority`` and ``.contenttype``; empty lists fall back to the built-in names."""
        creatable = [int(t) for t in CREATABLE_TYPES]
        self._fill(self.type_combo, "type", types, lambda i: i in creatable, ActivityType.CALL)
        self._fill(self.direction, "direction", directions, lambda i: i in (0, 1, 2), Direction.OUTGOING)
        self._fill(self.priority, "priority", priorities, lambda i: i in (1, 2, 3), Priority.MEDIUM)
        self._fill(self.description_type, "content", content_types, lambda i: i in (1, 2, 3), DescriptionType.PLAIN)

    def _fill(self, combo: QComboBox, kind: str, entries: Iterable[EnumEntry], keep, default: int) -> None:
        current = combo.currentData()
        names = {e.id: e.name for e in entries if keep(e.id)}
        fallback = ENUM_FALLBACK[kind]
        ids = sorted(names) if names else sorted(fallback)
        combo.blockSignals(True)
        combo.clear()
        for value in ids:
            combo.addItem(names.get(value) or _tr(fallback.get(value, str(value))), value)
        index = combo.findData(current if current is not None else int(default))
        combo.setCurrentIndex(index if index >= 0 else max(0, combo.findData(int(default))))
        combo.blockSignals(False)
        if combo is self.type_combo:
            self._on_type_changed()

    def set_parties(self, parties: list[Party]) -> None:
        """The owner's contacts/company with their phones and e-mails (:class:`ContactDirectory`)."""
        self._parties = list(parties)
        self._rebuild_communications()

    # -- edit mode -------------------------------------------------------------------------------

    def load(self, activity: Activity) -> None:
        """Edit an existing call/meeting/e-mail: fill every field from it. TYPE_ID stays read-only
        (immutable on the portal); the owner cannot change here (use a binding move)."""
        self._editing = activity
        self._owner = (activity.owner_type_id, activity.owner_id)
        tz = self._tz
        self._set_combo(self.type_combo, activity.type_id)
        self.subject.setText(activity.subject)
        self._set_combo(self.direction, activity.direction)
        self._set_combo(self.priority, activity.priority)
        for field, value in ((self.start_field, activity.start_time), (self.end_field, activity.end_time)):
            if tz is not None:
                field.set_value(value)
            else:
                field.setText(value.strftime(TIME_FORMAT) if value is not None else "")
        self.description.setPlainText(activity.description)
        self._set_combo(self.description_type, activity.description_type or 1)
        self.location.setText(activity.location)
        self._set_combo(self.responsible, activity.responsible_id)
        self.completed.setChecked(activity.completed)
        self.attachments.clear()  # the window lists the portal's files (FormFiles.load)
        self._rebuild_communications(chosen=[(c.type, c.value, c.entity_type_id or 0, c.entity_id or 0)
                                             for c in activity.communications])
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+Enter)"))
        self.heading.setText(self.tr("Edit “%1”").replace("%1", activity.subject or "…"))
        self._apply_read_only()
        self._clear_errors()
        self.state.clear()

    def new(self) -> None:
        """Back to create mode with an empty form: nothing typed, medium priority, not done, no files,
        the responsible back to the current user at the next :meth:`prepare` (the owner and the type
        stay)."""
        self._editing = None
        for edit in (self.subject, self.start_time, self.end_time, self.location):
            edit.clear()
        self.description.clear()
        self.completed.setChecked(False)
        self._set_combo(self.priority, Priority.MEDIUM)
        self.responsible.setCurrentIndex(-1)
        self.attachments.clear()
        self._rebuild_communications(chosen=[])
        self._apply_read_only()
        self._clear_errors()

    @property
    def editing(self) -> Activity | None:
        """The activity being edited, or ``None`` in create mode."""
        return self._editing

    @staticmethod
    def _set_combo(combo: QComboBox, value: int) -> None:
        index = combo.findData(int(value))
        if index >= 0:
            combo.setCurrentIndex(index)

    # -- reading and checking --------------------------------------------------------------------

    def draft(self) -> ActivityDraft:
        """What is in the form now."""
        chosen = self.chosen_communications()
        responsible = self.responsible.currentData()
        return ActivityDraft(
            owner_type_id=self._owner[0], owner_id=self._owner[1], type_id=int(self.type_combo.currentData() or 0),
            subject=self.subject.text(), communications=(None if self._editing and not chosen else chosen),
            start_text=self.start_field.form_text(), end_text=self.end_field.form_text(),
            direction=int(self.direction.currentData() or 0), priority=int(self.priority.currentData() or 0),
            description=self.description.toPlainText(),
            description_type=int(self.description_type.currentData() or 0), location=self.location.text(),
            responsible_id=int(responsible) if responsible is not None else None,
            completed=self.completed.isChecked(),
            files=self.attachments.files(), remove_file_ids=self.attachments.removed_ids(),
        )

    def chosen_communications(self) -> list[CommunicationInput]:
        """The checked items of the communications list."""
        return [self.communications.item(i).data(_COMM_ROLE) for i in range(self.communications.count())
                if self.communications.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self) -> None:
        """Check the draft; show problems under their fields, or emit :attr:`submitted`."""
        if not self.save_button.isEnabled():
            return
        self._clear_errors()
        if self._tz is None:
            self.show_problems([FieldProblem("OWNER_ID", "required")])
            return
        draft = self.draft()
        problems = draft.problems(self._tz, editing=self._editing is not None)
        typed = {"START_TIME": self.start_field.problem(), "END_TIME": self.end_field.problem()}
        problems = [FieldProblem(p.field, "not_understood", typed[p.field])
                    if p.field in typed and p.rule == "format" and typed[p.field] else p for p in problems]
        if problems:
            self.show_problems(problems)
            return
        if self._editing is not None:
            update = draft.to_update(self._editing, self._tz)
            if not update.fields:
                self.state.setText(self.tr("Nothing changed."))
                return
            payload: object = update
        else:
            payload = draft.to_fields(self._tz)
        self.set_busy(True)
        self.submitted.emit(payload)

    # -- feedback --------------------------------------------------------------------------------

    def label_text(self, field: str) -> str:
        """The label shown for a REST field (portal title or built-in, ``*`` when required)."""
        return self._labels[field].text()

    def field_title(self, field: str) -> str:
        info = self._fields.get(field)
        return info.title if info is not None and info.title and info.title != field else \
            _tr(FALLBACK_LABELS.get(field, field))

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem under its field as "<label>: <rule>"; focus goes to the first one."""
        first: QWidget | None = None
        for problem in problems:
            text = f"{self.field_title(problem.field)}: " + rule_text(problem.field, problem.rule, problem.message)
            label = self._errors.get(problem.field)
            if label is None:
                self.state.setText(text)
                continue
            label.setText(text)
            label.show()
            first = first or self._widgets.get(problem.field)
        if first is not None:
            self.state.setText(self.tr("Please correct the marked fields."))
            first.setFocus()
            self.scroll.ensureWidgetVisible(first)

    def saving_finished(self, ok: bool) -> None:
        """The portal answered: on success a create clears the typed text (an edit keeps showing the
        saved values); on failure everything stays as typed."""
        self.set_busy(False)
        if not ok:
            self.state.setText(self.tr("Not saved — your input is kept."))
            return
        if self._editing is None:
            for edit in (self.subject, self.start_time, self.end_time, self.location):
                edit.clear()
            self.description.clear()
            self._rebuild_communications(chosen=[])
            self.attachments.clear()
        self.state.setText(self.tr("Saved."))

    # -- internals -------------------------------------------------------------------------------

    def _refresh_label(self, key: str) -> None:
        info = self._fields.get(key)
        required = info.is_required if info is not None else key in ("SUBJECT", "TYPE_ID", "COMMUNICATIONS")
        self._labels[key].setText(self.field_title(key) + ("*" if required else ""))
        if isinstance(self._widgets.get(key), DateTimeEdit):  # its line edit has the focus, not the label's buddy
            self._widgets[key].setAccessibleName(self.field_title(key))

    def _apply_read_only(self) -> None:
        for key, widget in self._widgets.items():
            info = self._fields.get(key)
            read_only = info is not None and info.is_read_only
            if self._editing is not None and (key == "TYPE_ID" or (info is not None and info.is_immutable)):
                read_only = True
            widget.setEnabled(not read_only)
        self._sync_direction()

    def _sync_direction(self) -> None:
        """Direction is meaningful for calls and e-mails only (api-spec.md §3.3)."""
        is_meeting = self.type_combo.currentData() == ActivityType.MEETING
        info = self._fields.get("DIRECTION")
        self.direction.setEnabled(not is_meeting and not (info is not None and info.is_read_only))

    def _on_type_changed(self) -> None:
        if self.type_combo.currentData() == ActivityType.MEETING:
            self._set_combo(self.direction, Direction.UNDEFINED)
        elif self.direction.currentData() == Direction.UNDEFINED:
            self._set_combo(self.direction, Direction.OUTGOING)
        self._sync_direction()
        self._rebuild_communications()

    def _rebuild_communications(self, chosen: list[tuple[str, str, int, int]] | None = None) -> None:
        if chosen is None:
            chosen = [(c.type, c.value, c.entity_type_id, c.entity_id) for c in self.chosen_communications()]
        type_id = int(self.type_combo.currentData() or 0)
        offered: list[CommunicationInput] = [c for p in self._parties for c in p.communications(type_id)]
        names = {(p.entity_type_id, p.entity_id): p.name for p in self._parties}
        keys = {(c.type, c.value, c.entity_type_id, c.entity_id) for c in offered}
        wanted = channel_type_for(type_id)
        # A loaded activity's own communications stay visible even if the owner no longer lists them.
        offered += [CommunicationInput(v, et, ei, t) for (t, v, et, ei) in chosen
                    if (t, v, et, ei) not in keys and wanted is not None and t in (wanted, "")]
        self.communications.clear()
        for comm in offered:
            who = names.get((comm.entity_type_id, comm.entity_id), "")
            text = comm.value if not who or who == comm.value else f"{who} — {comm.value}"
            item = QListWidgetItem(text, self.communications)
            item.setData(_COMM_ROLE, comm)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            key = (comm.type, comm.value, comm.entity_type_id, comm.entity_id)
            item.setCheckState(Qt.CheckState.Checked if key in chosen else Qt.CheckState.Unchecked)
        if not offered and self._parties:
            QListWidgetItem(self.tr("No contact of this entity has a matching phone or e-mail."),
                            self.communications).setFlags(Qt.ItemFlag.NoItemFlags)

    def _update_note(self) -> None:
        """For an e-mail, say plainly what happens to it: recorded only, or — outgoing and saved as
        completed — sent by the portal (api-spec.md §4.3 step 6)."""
        is_email = self.type_combo.currentData() == ActivityType.EMAIL
        sends = is_email and self.completed.isChecked() and self.direction.currentData() == Direction.OUTGOING
        if sends:
            text = self.tr("The portal sends this e-mail when it is saved as completed; this cannot be undone.")
        elif is_email:
            text = self.tr("This records the e-mail in the timeline; the portal does not send it.")
        else:
            text = ""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
