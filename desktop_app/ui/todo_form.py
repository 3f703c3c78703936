"""The todo form: create a universal activity (``crm.activity.todo.add``) in the selected entity's
timeline, or edit one (:meth:`TodoForm.load`, ``crm.activity.todo.update``). Deadline, title,
description, responsible, colour (default or 1–7) and reminders (``pingOffsets``, minutes before the
deadline). Completed todos cannot be edited (``CAN_NOT_UPDATE_COMPLETED_TODO``); the form says so.

Nothing typed is ever lost: problems are shown under their field before sending, a failed call
leaves every field as it was, and only a confirmed create clears the form.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix import Activity, User
from desktop_app.services.todo import (
    FieldProblem,
    TodoDraft,
    default_deadline,
    todo_update,
)

from . import messages
from .attachments_widget import AttachmentsWidget
from .datetime_edit import DateTimeEdit
from .form_errors import FieldErrors, scrolling_body
from .todo_reminders import RemindersBox

#: Todo palette (server-behaviour.md §4.9), ``None`` = default.
TODO_COLORS: dict[str | None, str] = {
    None: "#FFC34D", "1": "#4090C7", "2": "#29D9D0", "3": "#F57E02",
    "4": "#8FB035", "5": "#B37DC4", "6": "#858F9E", "7": "#DA7790",
}
DEADLINE_FORMAT = "%Y-%m-%d %H:%M"


def _swatch(color: str) -> QIcon:
    pix = QPixmap(18, 18)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(120))
    painter.drawEllipse(1, 1, 16, 16)
    painter.end()
    return QIcon(pix)


class TodoForm(FieldErrors, QWidget):
    """The form. The window owns saving: it listens to :attr:`submitted` and calls
    :meth:`saving_finished` when the portal has answered.

    Signals:
        submitted(TodoDraft): create mode — the user pressed Save and the draft passed the local checks.
        update_submitted(TodoUpdate): edit mode (after :meth:`load`) — what the user changed
            (:class:`~desktop_app.services.todo.TodoUpdate`; only that is sent).
        cancelled: the user closed the form (its content is kept for next time).
    """

    submitted = Signal(object)
    update_submitted = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todoForm")
        self._tz: tzinfo | None = None
        self._owner: tuple[int, int] = (0, 0)
        self._errors: dict[str, QLabel] = {}
        self._editing: Activity | None = None
        self._loaded_pings: list[int] | None = None
        self._fresh = True  # nothing chosen yet (or just saved): the responsible starts as "me"

        self.heading = QLabel(self)
        self.heading.setObjectName("todoHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # holds the entity's title: portal text
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)

        #: Deadline: typed text, calendar, quick choices, in the portal user's zone (:class:`DateTimeEdit`).
        self.deadline_field = DateTimeEdit(self, name="todoDeadline")
        self.deadline_field.setAccessibleName(self.tr("Deadline"))
        self.deadline = self.deadline_field.line
        self.calendar_button = self.deadline_field.pick_button

        self.title = QLineEdit(self)
        self.title.setObjectName("todoTitle")
        self.title.setPlaceholderText(self.tr("What needs to be done"))
        self.title.setMaxLength(255)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("todoDescription")
        self.description.setPlaceholderText(self.tr("Details (optional)"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(110)

        self.responsible = QComboBox(self)
        self.responsible.setObjectName("todoResponsible")

        self.color_group = QButtonGroup(self)
        self.color_group.setExclusive(True)
        color_row = QHBoxLayout()
        color_row.setSpacing(2)
        color_names = {
            None: self.tr("Default colour"), "1": self.tr("Blue"), "2": self.tr("Turquoise"), "3": self.tr("Orange"),
            "4": self.tr("Olive green"), "5": self.tr("Violet"), "6": self.tr("Grey"), "7": self.tr("Rose"),
        }
        self._color_buttons: dict[str | None, QToolButton] = {}
        for position, (color_id, hex_color) in enumerate(TODO_COLORS.items()):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setIcon(_swatch(hex_color))
            button.setAutoRaise(True)
            button.setToolTip(color_names[color_id])
            button.setAccessibleName(color_names[color_id])
            button.setObjectName(f"todoColor_{color_id or 'default'}")
            self.color_group.addButton(button, position)
            self._color_buttons[color_id] = button
            color_row.addWidget(button)
        color_row.addStretch(1)
        self._color_buttons[None].setChecked(True)

        #: Reminders: the portal's presets, other minutes, and the keep/set choice when unknown.
        self.reminders = RemindersBox(self)
        self.pings = self.reminders.pings
        self.reminders.edited.connect(lambda: self._clear_error("pingOffsets"))

        #: Files to attach (and, editing, the portal's files); files dropped on the form land here.
        self.attachments = AttachmentsWidget(self, name="todo")
        self.attachments.accept_drops_on(self)
        self.attachments.changed.connect(lambda: self._clear_error("FILES"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, self.tr("&Deadline*"), self.deadline_field, "deadline", buddy=self.deadline)
        self._add_row(form, self.tr("&Title"), self.title, "title")
        self._add_row(form, self.tr("D&escription"), self.description, "description")
        self._add_row(form, self.tr("&Responsible"), self.responsible, "responsibleId")
        self._add_row(form, self.tr("Colour"), color_row, "colorId", buddy=self._color_buttons[None])
        self._add_row(form, self.tr("Reminders"), self.reminders, "pingOffsets", buddy=self.pings[0])
        self._add_row(form, self.tr("&Files"), self.attachments, "FILES", buddy=self.attachments.add_button)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("todoSave")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Create the to-do (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Close"), self)
        self.cancel_button.setObjectName("todoCancel")
        self.state = QLabel(self)
        self.state.setObjectName("todoState")
        self.state.setTextFormat(Qt.TextFormat.PlainText)  # may hold a portal's error_description
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        self.scroll = scrolling_body(self, form)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        self.save_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.cancelled)
        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submit)
        self.deadline_field.edited.connect(lambda: self._clear_error("deadline"))
        for field in (self.title, self.description):
            field.textChanged.connect(lambda *_a: self._clear_error("title"))

    def _add_row(self, form: QFormLayout, label_text: str, field, key: str, buddy: QWidget | None = None) -> None:
        label = QLabel(label_text, self)
        target = buddy if buddy is not None else field
        if isinstance(target, QWidget):
            label.setBuddy(target)
        container = QVBoxLayout()
        container.setSpacing(2)
        if isinstance(field, QWidget):
            container.addWidget(field)
        else:
            container.addLayout(field)
        error = QLabel(self)
        error.setObjectName(f"error_{key}")
        error.setTextFormat(Qt.TextFormat.PlainText)  # may hold a portal's error_description
        error.setStyleSheet("color: #c21b16;")
        error.setWordWrap(True)
        error.hide()
        container.addWidget(error)
        self._errors[key] = error
        form.addRow(label, container)

    # -- state -----------------------------------------------------------------------------

    def prepare(self, owner_type_id: int, owner_id: int, owner_title: str, users: dict[int, User],
                me_id: int, tz: tzinfo, now: datetime | None = None) -> None:
        """Point the form at an entity. Keeps what was typed (not yet saved) if it is the same
        entity; after a save it starts afresh (:meth:`reset`). ``tz`` is the portal user's zone
        (typed times are read in it); ``now`` fixes the clock for relative input (default: real)."""
        if self._editing is not None:  # back to create mode, with an empty form
            self._leave_edit_mode()
        same_owner = self._owner == (owner_type_id, owner_id)
        self._owner = (owner_type_id, owner_id)
        self._tz = tz
        self.deadline_field.set_zone(tz, (lambda: now) if now is not None else None)
        self.heading.setText(self.tr("New to-do for %1").replace("%1", owner_title))
        current = None if self._fresh else self.responsible.currentData()
        self._fresh = False
        self.responsible.clear()
        for user in sorted(users.values(), key=lambda u: u.display_name.lower()):
            self.responsible.addItem(user.display_name, user.id)
        keep = current if current is not None else me_id
        index = self.responsible.findData(keep)
        self.responsible.setCurrentIndex(index if index >= 0 else self.responsible.findData(me_id))
        if not same_owner or not self.deadline.text().strip():
            if not self.deadline.text().strip():
                start = (now or datetime.now(tz)).astimezone(tz)
                self.deadline_field.set_value(default_deadline(start))
        self._clear_errors()
        self.state.clear()

    # -- edit mode -------------------------------------------------------------------------

    def load(self, activity: Activity, tz: tzinfo, *, users: dict[int, User] | None = None,
             ping_offsets: list[int] | None = None) -> None:
        """Edit an existing todo: fill deadline, title, description, responsible, colour and reminders
        from it. ``ping_offsets`` are the todo's reminders in minutes as Activity Desk knows them
        (``crm.activity.get`` does not return them); ``None`` = not known: the form says so and
        leaves them as they are unless the user explicitly sets new ones. ``users`` refills the
        responsible list. A completed todo is shown but cannot be saved (``CAN_NOT_UPDATE_COMPLETED_TODO``)."""
        self._editing = activity
        self._loaded_pings = None if ping_offsets is None else list(ping_offsets)
        self._owner = (activity.owner_type_id, activity.owner_id)
        self._tz = tz
        self.deadline_field.set_zone(tz, self.deadline_field.clock)
        if users is not None:
            self.responsible.clear()
            for user in sorted(users.values(), key=lambda u: u.display_name.lower()):
                self.responsible.addItem(user.display_name, user.id)
        index = self.responsible.findData(activity.responsible_id)
        if index < 0 and activity.responsible_id:
            self.responsible.addItem(f"#{activity.responsible_id}", activity.responsible_id)
            index = self.responsible.count() - 1
        self.responsible.setCurrentIndex(index)
        self.deadline_field.set_value(activity.deadline)
        self.title.setText(activity.subject)
        self.description.setPlainText(activity.description)
        self.attachments.clear()  # the window lists the portal's files (FormFiles.load)
        self._color_buttons[activity.color_id if activity.color_id in self._color_buttons else None].setChecked(True)
        self.reminders.show_offsets(self._loaded_pings)
        self.heading.setText(self.tr("Edit to-do “%1”").replace("%1", activity.subject or "…"))
        self.save_button.setToolTip(self.tr("Save the changes (Ctrl+Enter)"))
        self._clear_errors()
        if activity.completed:
            self.save_button.setEnabled(False)
            self.state.setText(self.tr("This to-do is completed; the portal does not allow editing it "
                                       "(CAN_NOT_UPDATE_COMPLETED_TODO). Reopen it first."))
        else:
            self.save_button.setEnabled(True)
            self.state.clear()

    @property
    def editing(self) -> Activity | None:
        """The todo being edited, or ``None`` in create mode."""
        return self._editing

    def _leave_edit_mode(self) -> None:
        self._editing = None
        if not self.reminders.known:  # a new todo starts from the usual "at the time, 15 min before"
            self.reminders.show_offsets([0, 15])
        self._loaded_pings = None
        self.title.clear()
        self.description.clear()
        self.deadline.clear()
        self.attachments.clear()
        self.save_button.setEnabled(True)
        self.save_button.setToolTip(self.tr("Create the to-do (Ctrl+Enter)"))

    def draft(self) -> TodoDraft:
        """What is in the form now."""
        color_id = next((cid for cid, b in self._color_buttons.items() if b.isChecked()), None)
        responsible = self.responsible.currentData()
        return TodoDraft(
            owner_type_id=self._owner[0],
            owner_id=self._owner[1],
            deadline_text=self.deadline_field.form_text(),
            title=self.title.text(),
            description=self.description.toPlainText(),
            responsible_id=int(responsible) if responsible is not None else None,
            color_id=color_id,
            ping_offsets=self.reminders.ticked(),
            ping_text=self.reminders.custom_text(),
            keep_pings=self.reminders.keeps(),
            files=self.attachments.files(),
        )

    def submit(self) -> None:
        """Check the draft; show problems under their fields, or emit :attr:`submitted`."""
        if not self.save_button.isEnabled():
            return
        draft = self.draft()
        problems = draft.problems(self._tz) if self._tz is not None else [FieldProblem("ownerId", "required")]
        typed = self.deadline_field.problem()  # what the date-and-time reader did not understand
        if typed:
            problems = [FieldProblem("deadline", "not_understood", typed) if p.field == "deadline" else p
                        for p in problems]
        if not draft.title.strip() and not draft.description.strip():
            # The portal would take it (title defaults to ""), but a to-do that says nothing is no to-do.
            problems.insert(0, FieldProblem("title", "empty_todo", self.tr(
                "enter what needs to be done — a title, a description or both.")))
        self._clear_errors()
        if problems:
            self.show_problems(problems)
            return
        if self._editing is not None and self._tz is not None:
            update = todo_update(draft, self._editing, self._tz, self._loaded_pings)
            if not update.changed and not self.attachments.has_changes():
                self.state.setText(self.tr("Nothing changed."))
                return
            if update.needs_full_update and update.ping_offsets is None:
                # Only crm.activity.todo.update sets a title, and it replaces the reminders.
                self.show_problems([FieldProblem("pingOffsets", "unknown")])
                return
            self.set_busy(True)
            self.update_submitted.emit(update)
            return
        self.set_busy(True)
        self.submitted.emit(draft)

    def show_problems(self, problems: list[FieldProblem]) -> None:
        first_widget: QWidget | None = None
        for problem in problems:
            label = self._errors.get(problem.field)
            rule = messages.rule_text(problem.field, problem.rule, problem.message)
            name = {"FILES": self.tr("Files")}.get(problem.field) or messages.field_label(problem.field)
            text = (self.tr("Title or description") + f": {rule}" if problem.rule == "empty_todo"
                    else f"{name}: {rule}")
            if label is None:
                self.state.setText(text)
                continue
            label.setText(text)
            label.show()
            if first_widget is None:
                first_widget = {"deadline": self.deadline, "title": self.title, "responsibleId": self.responsible,
                                "pingOffsets": self.reminders.set_button if not self.reminders.known
                                else self.reminders.custom}.get(problem.field)
        self.state.setText(self.tr("Please correct the marked fields."))
        if first_widget is not None:
            first_widget.setFocus()
            self.scroll.ensureWidgetVisible(first_widget)

    def saving_finished(self, ok: bool) -> None:
        """The change was queued (``ok``) or refused. A created to-do leaves the form fresh for the
        next one (:meth:`reset`: nothing typed, default colour, usual reminders, the responsible back
        to the current user); the window closes the form. On failure everything stays as typed."""
        self.set_busy(False)
        if ok and self._editing is not None:
            self.state.setText(self.tr("Saved."))
        elif ok:
            self.reset()
            self.state.setText(self.tr("Saved."))
        else:
            self.state.setText(self.tr("Not saved — your input is kept."))

    def reset(self) -> None:
        """A new, untouched to-do: no title, description or deadline (the next :meth:`prepare`
        proposes the default one), the default colour, the usual reminders (at the time, 15 minutes
        before), the responsible back to the current user at the next :meth:`prepare`."""
        self.title.clear()
        self.description.clear()
        self.deadline.clear()
        self._color_buttons[None].setChecked(True)
        self.reminders.show_offsets([0, 15])
        self._fresh = True
        self.attachments.clear()
        self._clear_errors()

    def _clear_error(self, key: str) -> None:
        label = self._errors.get(key)
        if label is not None:
            label.hide()

    def _clear_errors(self) -> None:
        for label in self._errors.values():
            label.hide()
