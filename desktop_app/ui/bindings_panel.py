"""The bindings panel of the details pane: the CRM entities in whose timelines an activity appears.

Lists the bindings (``crm.activity.binding.list``) and offers Add, Move and Remove. Every change is
checked with the rules of :mod:`desktop_app.services.details` (mirroring
``crm.activity.binding.*``, api-spec.md §4.10, server-behaviour.md §1.8) before a signal is
emitted; the window sends it and shows the portal's answer. The picker is inline (no modal
dialog): it offers the entities given with :meth:`BindingsPanel.set_candidates` and, when a search
callback is set, what the portal finds for the typed text; a typed number is taken as an id.
Moving offers only entities of the source's type.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services.details import (
    BINDABLE_TYPES,
    BindingProblem,
    check_add,
    check_move,
    check_remove,
)

from . import messages

#: ``search(entity_type_id, text)`` → ``[(entity id, display name), …]``, e.g.
#: :meth:`DetailsService.search_entities <desktop_app.services.details.DetailsService.search_entities>`.
SearchCallback = Callable[[int, str], Awaitable[Sequence[tuple[int, str]]]]

#: Milliseconds of typing pause before the search callback runs.
SEARCH_DELAY_MS = 250

_ROLE = Qt.ItemDataRole.UserRole


#: Singular names of the CRM entity types (api-spec.md §3.2), for translation.
TYPE_NAMES = {
    1: QT_TRANSLATE_NOOP("BindingsPanel", "Lead"),
    2: QT_TRANSLATE_NOOP("BindingsPanel", "Deal"),
    3: QT_TRANSLATE_NOOP("BindingsPanel", "Contact"),
    4: QT_TRANSLATE_NOOP("BindingsPanel", "Company"),
}


def type_name(entity_type_id: int) -> str:
    """Translated singular name of a CRM entity type (api-spec.md §3.2)."""
    name = TYPE_NAMES.get(int(entity_type_id))
    if name is None:
        return QCoreApplication.translate("BindingsPanel", "Type %1").replace("%1", str(entity_type_id))
    return QCoreApplication.translate("BindingsPanel", name)


class BindingsPanel(QWidget):
    """List of bindings with Add / Move / Remove and an inline picker.

    Signals:
        addRequested(Binding): bind the activity to this entity (passed :func:`check_add`).
        moveRequested(Binding from_, Binding to): same type, passed :func:`check_move`.
        removeRequested(Binding): passed :func:`check_remove` (never the last binding).
    """

    addRequested = Signal(object)
    moveRequested = Signal(object, object)
    removeRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bindingsPanel")
        self._bindings: list[Binding] = []
        self._names: dict[tuple[int, int], str] = {}
        self._candidates: dict[int, list[tuple[int, str]]] = {}
        self._search: SearchCallback | None = None
        self._search_task: asyncio.Task[None] | None = None
        self._found: list[tuple[int, str]] = []
        self._mode = ""  # "add" / "move" while the picker is open
        self._move_source: Binding | None = None

        self.list = QListWidget(self)
        self.list.setObjectName("bindingsList")
        self.list.setAccessibleName(self.tr("Bindings"))
        # Long names are elided (full text in the tooltip), never scrolled sideways: a horizontal
        # scroll bar would eat the height of the rows it is there for.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addBindingButton")
        self.add_button.setToolTip(self.tr("Show this activity in another entity's timeline too"))
        self.add_button.clicked.connect(lambda: self.open_picker("add"))
        self.move_button = QPushButton(self.tr("&Move…"), self)
        self.move_button.setObjectName("moveBindingButton")
        self.move_button.clicked.connect(lambda: self.open_picker("move"))
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.setObjectName("removeBindingButton")
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.move_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.picker = QFrame(self)
        self.picker.setObjectName("bindingPicker")
        self.picker.setFrameShape(QFrame.Shape.StyledPanel)
        self.picker_title = QLabel(self.picker)
        self.picker_title.setTextFormat(Qt.TextFormat.PlainText)  # an entity's title: portal text
        self.type_combo = QComboBox(self.picker)
        self.type_combo.setObjectName("bindingType")
        self.type_combo.setAccessibleName(self.tr("Entity type"))
        self.type_combo.currentIndexChanged.connect(lambda *_: self._type_changed())
        self.search_edit = QLineEdit(self.picker)
        self.search_edit.setObjectName("bindingSearch")
        self.search_edit.setPlaceholderText(self.tr("Name or ID"))
        self.search_edit.setAccessibleName(self.tr("Entity"))
        self.search_edit.textChanged.connect(self._text_changed)
        self.search_edit.returnPressed.connect(self._confirm)
        self.results = QListWidget(self.picker)
        self.results.setObjectName("bindingResults")
        self.results.setAccessibleName(self.tr("Matching entities"))
        self.results.itemDoubleClicked.connect(lambda *_: self._confirm())
        self.problem = QLabel(self.picker)
        self.problem.setObjectName("bindingProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # may hold a portal's error_description
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c21b16;")
        self.problem.hide()
        self.confirm_button = QPushButton(self.picker)
        self.confirm_button.setObjectName("confirmBindingButton")
        self.confirm_button.setDefault(True)
        self.confirm_button.clicked.connect(self._confirm)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.picker)
        self.cancel_button.clicked.connect(self.close_picker)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.type_combo)
        picker_row.addWidget(self.search_edit, 1)
        picker_buttons = QHBoxLayout()
        picker_buttons.addStretch(1)
        picker_buttons.addWidget(self.cancel_button)
        picker_buttons.addWidget(self.confirm_button)
        picker_layout = QVBoxLayout(self.picker)
        picker_layout.addWidget(self.picker_title)
        picker_layout.addLayout(picker_row)
        picker_layout.addWidget(self.results)
        picker_layout.addWidget(self.problem)
        picker_layout.addLayout(picker_buttons)
        self.picker.hide()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._start_search)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.picker)
        self._update_buttons()

    # -- data -----------------------------------------------------------------------------------

    def set_bindings(self, bindings: Sequence[Binding], names: Mapping[tuple[int, int], str] | None = None) -> None:
        """Show ``bindings``; ``names`` maps ``(entityTypeId, entityId)`` to display names
        (:attr:`ActivityDetails.entity_names <desktop_app.services.details.ActivityDetails.entity_names>`).
        Closes the picker."""
        self._bindings = sorted(set(bindings))
        self._names.update(names or {})
        self.list.clear()
        for binding in self._bindings:
            item = QListWidgetItem(self._label(binding.entity_type_id, binding.entity_id), self.list)
            item.setData(_ROLE, binding)
            item.setToolTip(item.text())
        if self._bindings:
            self.list.setCurrentRow(0)
        # As tall as its rows (2 to 8 of them), not a tall empty box under one or two bindings.
        rows = min(max(len(self._bindings), 2), 8)
        self.list.setFixedHeight(rows * max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 4)
                                 + 2 * self.list.frameWidth() + 2)
        self.close_picker()
        self._update_buttons()

    def bindings(self) -> list[Binding]:
        """The bindings shown, sorted by type and id."""
        return list(self._bindings)

    def set_candidates(self, entity_type_id: int, items: Sequence[tuple[int, str]]) -> None:
        """Entities of ``entity_type_id`` the picker offers without a search: ``(id, name)`` pairs."""
        self._candidates[int(entity_type_id)] = list(items)
        self._names.update({(int(entity_type_id), int(i)): n for i, n in items})
        if self._mode:
            self._refresh_results()

    def set_search(self, search: SearchCallback | None) -> None:
        """Coroutine function the picker calls (after a pause in typing) to find entities on the portal."""
        self._search = search

    def current_binding(self) -> Binding | None:
        item = self.list.currentItem()
        return item.data(_ROLE) if item is not None else None

    def _label(self, entity_type_id: int, entity_id: int) -> str:
        name = self._names.get((entity_type_id, entity_id))
        kind = type_name(entity_type_id)
        if name:
            return self.tr("%1: %2 (#%3)").replace("%1", kind).replace("%2", name).replace("%3", str(entity_id))
        return self.tr("%1 #%2").replace("%1", kind).replace("%2", str(entity_id))

    def _update_buttons(self) -> None:
        current = self.current_binding()
        self.move_button.setEnabled(current is not None)
        self.move_button.setToolTip(self.tr("Move the activity from this entity's timeline to another "
                                            "entity of the same type"))
        problem = check_remove(self._bindings, current) if current is not None else None
        self.remove_button.setEnabled(current is not None and problem is None)
        if problem is not None and problem.rule == "last_binding":
            self.remove_button.setToolTip(self.tr(
                "This is the activity's only binding: an activity always stays in at least one timeline. "
                "Add another binding first, or move this one."))
        else:
            self.remove_button.setToolTip(self.tr("Remove the activity from this entity's timeline"))

    # -- picker ---------------------------------------------------------------------------------

    def open_picker(self, mode: str) -> None:
        """Open the inline picker: ``"add"`` (any bindable type) or ``"move"`` (the selected
        binding's type only)."""
        source = self.current_binding()
        if mode == "move" and source is None:
            return
        self._mode = mode
        self._move_source = source if mode == "move" else None
        types = [source.entity_type_id] if mode == "move" and source is not None else list(BINDABLE_TYPES)
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        for type_id in types:
            self.type_combo.addItem(type_name(type_id), type_id)
        self.type_combo.blockSignals(False)
        self.type_combo.setEnabled(len(types) > 1)
        if mode == "move" and source is not None:
            self.picker_title.setText(self.tr("Move from %1 to:").replace(
                "%1", self._label(source.entity_type_id, source.entity_id)))
            self.confirm_button.setText(self.tr("Move &here"))
        else:
            self.picker_title.setText(self.tr("Bind to:"))
            self.confirm_button.setText(self.tr("&Bind"))
        self.search_edit.clear()
        self._found = []
        self.problem.hide()
        self.picker.show()
        self._refresh_results()
        self.search_edit.setFocus()

    def close_picker(self) -> None:
        self._mode = ""
        self._move_source = None
        self._search_timer.stop()
        if self._search_task is not None:
            self._search_task.cancel()
            self._search_task = None
        self.picker.hide()

    def picker_types(self) -> list[int]:
        """Entity type ids the open picker offers."""
        return [int(self.type_combo.itemData(i)) for i in range(self.type_combo.count())]

    def picked_type(self) -> int:
        data = self.type_combo.currentData()
        return int(data) if data is not None else 0

    def _type_changed(self) -> None:
        self._found = []
        self._refresh_results()
        self._text_changed(self.search_edit.text())

    def _text_changed(self, text: str) -> None:
        self.problem.hide()
        self._refresh_results()
        if self._search is not None and self._mode:
            self._search_timer.start()

    def _start_search(self) -> None:
        if self._search is None or not self._mode:
            return
        if self._search_task is not None:
            self._search_task.cancel()
        self._search_task = asyncio.ensure_future(self._run_search(self.picked_type(), self.search_edit.text()))

    async def _run_search(self, entity_type_id: int, text: str) -> None:
        assert self._search is not None
        try:
            found = list(await self._search(entity_type_id, text))
        except BitrixClientError as exc:  # shown under the picker; the user can type again
            self._show_text(messages.describe(exc).text)
            return
        if entity_type_id != self.picked_type() or text != self.search_edit.text():
            return
        self._names.update({(entity_type_id, int(i)): n for i, n in found})
        self._found = found
        self._refresh_results()

    def _refresh_results(self) -> None:
        type_id = self.picked_type()
        text = self.search_edit.text().strip()
        needle = text.casefold()
        rows: dict[int, str] = {}
        if text.isdigit() and int(text) > 0:
            rows[int(text)] = self._names.get((type_id, int(text)), "")
        for entity_id, name in self._candidates.get(type_id, []) + self._found:
            if not needle or needle in name.casefold() or needle == str(entity_id):
                rows.setdefault(int(entity_id), name)
        self.results.clear()
        for entity_id, name in rows.items():
            label = self._label(type_id, entity_id) if name else self.tr("ID %1").replace("%1", str(entity_id))
            item = QListWidgetItem(label, self.results)
            item.setData(_ROLE, Binding(type_id, entity_id))
        if self.results.count():
            self.results.setCurrentRow(0)

    def picked(self) -> Binding:
        """The entity chosen in the picker (``entity_id`` 0 when nothing is chosen)."""
        item = self.results.currentItem()
        if item is not None:
            return item.data(_ROLE)
        return Binding(self.picked_type(), 0)

    def _confirm(self) -> None:
        target = self.picked()
        if self._mode == "move" and self._move_source is not None:
            source = self._move_source
            problem = check_move(source, target, self._bindings)
            if problem is None:
                self.close_picker()
                self.moveRequested.emit(source, target)
        elif self._mode == "add":
            problem = check_add(self._bindings, target)
            if problem is None:
                self.close_picker()
                self.addRequested.emit(target)
        else:
            return
        if problem is not None:
            self.show_problem(problem)

    def _remove(self) -> None:
        current = self.current_binding()
        if current is None:
            return
        problem = check_remove(self._bindings, current)
        if problem is not None:
            self.show_problem(problem)
            return
        self.removeRequested.emit(current)

    # -- messages -------------------------------------------------------------------------------

    def problem_text(self, problem: BindingProblem) -> str:
        """``"<field>: <rule>"``, translated."""
        fields = {
            "entityTypeId": self.tr("Entity type"), "targetEntityTypeId": self.tr("Entity type"),
            "entityId": self.tr("Entity"), "targetEntityId": self.tr("Entity"),
            "sourceEntityId": self.tr("Entity"),
        }
        rules = {
            "required": self.tr("pick one from the list or type its ID."),
            "type_not_allowed": self.tr("only leads, deals, contacts and companies can be bound here."),
            "already_bound": self.tr("the activity is already bound to this entity."),
            "too_many": self.tr("an activity can be bound to at most 100 entities."),
            "not_bound": self.tr("the activity is not bound to this entity."),
            "last_binding": self.tr("the last binding of an activity cannot be removed; add another first."),
            "same_type": self.tr("a binding can only move to an entity of the same type; to change the "
                                 "type, add the new binding, then remove the old one."),
            "same_entity": self.tr("pick an entity other than the one it is bound to now."),
        }
        field = fields.get(problem.field, problem.field)
        return f"{field}: {rules.get(problem.rule, problem.text)}"

    def show_problem(self, problem: BindingProblem) -> None:
        """Show why a change was not sent, under the picker (which is opened if needed)."""
        self._show_text(self.problem_text(problem))

    def _show_text(self, text: str) -> None:
        self.picker.show()
        self.problem.setText(text)
        self.problem.show()
