"""The structured panel: the common parts of a layout — header title, tags, content blocks, footer
buttons — as form fields that edit the SAME JSON text. It never holds a copy of its own: it shows
what the text says (:meth:`StructurePanel.set_data` after each parse) and asks for changes by path
(:attr:`StructurePanel.edit_requested`), which the window writes through the text document (so
undo/redo covers them). All texts are plain text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.layout import resolve_text

from ..plain_text import plain
from .json_edit import DELETE
from .structure_specs import (
    BLOCK_FIELDS,
    BUTTON_FIELDS,
    NEW_BLOCKS,
    NEW_BUTTON,
    NEW_TAG,
    TAG_FIELDS,
    FieldSpec,
    as_entries,
    get_path,
    reordered,
    text_value,
    unique_key,
)


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:  # keeps the cursor of the field being typed in
        edit.setText(text)


class MapSection(QGroupBox):
    """One map of the layout (tags, blocks or buttons): a list of its entries, add/remove/move
    buttons, and the fields of the selected entry. Emits ``edit_requested(path, value)``."""

    edit_requested = Signal(tuple, object)

    def __init__(self, title: str, fields: tuple[FieldSpec, ...], new_entries: list[tuple[str, str, dict]],
                 field_labels: dict[str, str], parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(title, parent)
        self.fields = fields
        self.path: tuple[str, ...] = ()
        self.lang = "en"
        self.value: Any = None
        self._loading = False
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.currentRowChanged.connect(lambda _row: self._show_entry())
        buttons = QHBoxLayout()
        self.add_buttons: dict[str, QPushButton] = {}
        for name, label, template in new_entries:
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, n=name, t=template: self._add(n, t))
            self.add_buttons[name] = button
            buttons.addWidget(button)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        buttons.addStretch(1)
        moves = QHBoxLayout()
        for button in (self.remove_button, self.up_button, self.down_button):
            moves.addWidget(button)
        moves.addStretch(1)
        self.form = QFormLayout()
        self.editors: list[tuple[FieldSpec, QWidget, QLabel]] = []
        for spec in fields:
            if spec.kind == "choice":
                editor: QWidget = QComboBox()
                editor.addItems(list(spec.choices))
                editor.activated.connect(lambda _i, s=spec, e=editor: self._write(s, e.currentText()))
            else:
                editor = QLineEdit()
                editor.textChanged.connect(lambda text, s=spec: self._write(s, text))  # typing and the field's own undo
            label = QLabel(field_labels.get(spec.name, spec.name))
            self.form.addRow(label, editor)
            self.editors.append((spec, editor, label))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(moves)
        layout.addLayout(self.form)

    # -- from the text ---------------------------------------------------------------------------
    def set_value(self, path: tuple[str, ...], value: Any, lang: str) -> None:
        """Show the map at ``path`` (``value`` as parsed from the text; ``None`` when absent)."""
        self.path, self.value, self.lang = path, value, lang
        entries = as_entries(value)
        labels = [self._label(key, entry) for key, entry in entries]
        self._loading = True
        try:
            current = self.list.currentRow()
            if [self.list.item(i).text() for i in range(self.list.count())] != labels:
                self.list.clear()
                self.list.addItems(labels)
            if entries:
                self.list.setCurrentRow(min(max(current, 0), len(entries) - 1))
        finally:
            self._loading = False
        self._show_entry()

    def keys(self) -> list[str]:
        return [key for key, _ in as_entries(self.value)]

    def current_key(self) -> str | None:
        keys, row = self.keys(), self.list.currentRow()
        return keys[row] if 0 <= row < len(keys) else None

    def select(self, key: str) -> None:
        if key in self.keys():
            self.list.setCurrentRow(self.keys().index(key))

    def editor(self, name: str) -> QWidget | None:
        """The visible field ``name`` (``title``, ``type``, ``uri``, ``value``, ``text``) of the selected entry."""
        return next((e for s, e, _ in self.editors if s.name == name and e.isVisibleTo(self)), None)

    def _label(self, key: str, entry: Any) -> str:
        if not isinstance(entry, dict):
            return key
        detail = entry.get("type") if "title" not in entry else resolve_text(entry.get("title"), self.lang)
        return f"{key} — {detail}" if isinstance(detail, str) and detail else key

    def _show_entry(self) -> None:
        if self._loading:
            return
        key = self.current_key()
        entry = dict(as_entries(self.value)).get(key) if key is not None else None
        entry = entry if isinstance(entry, dict) else None
        self._loading = True
        try:
            for spec, editor, label in self.editors:
                shown = entry is not None and spec.applies(entry)
                editor.setVisible(shown)
                label.setVisible(shown)
                if not shown:
                    continue
                value = get_path(entry, spec.path)
                if isinstance(editor, QComboBox):
                    editor.setCurrentIndex(editor.findText(value) if isinstance(value, str) else -1)
                elif spec.kind == "redirect":
                    is_redirect = isinstance(value, dict) and value.get("type") == "redirect"
                    _set_text(editor, str(value.get("uri", "")) if is_redirect else "")
                    editor.setPlaceholderText(
                        "" if is_redirect or value is None else self.tr("Typing replaces the current action with a redirect")
                    )
                else:
                    _set_text(editor, text_value(value, self.lang)[0])
        finally:
            self._loading = False
        has = key is not None
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and self.list.currentRow() > 0)
        self.down_button.setEnabled(has and self.list.currentRow() < self.list.count() - 1)

    # -- to the text -----------------------------------------------------------------------------
    def _write(self, spec: FieldSpec, text: str) -> None:
        key = self.current_key()
        if self._loading or key is None:
            return
        entry = dict(as_entries(self.value)).get(key)
        where = (*self.path, key, *spec.path)
        if spec.kind == "redirect":
            self.edit_requested.emit(where, {"type": "redirect", "uri": text})
        elif spec.kind == "choice":
            self.edit_requested.emit(where, text)
        else:
            extra = text_value(get_path(entry, spec.path), self.lang)[1]
            self.edit_requested.emit((*where, *extra), text)

    def _add(self, stem: str, template: dict) -> None:
        key = unique_key(self.keys(), stem)
        if isinstance(self.value, list):
            key = str(len(self.value))
        self.edit_requested.emit((*self.path, key), template)

    def _remove(self) -> None:
        key = self.current_key()
        if key is not None:
            self.edit_requested.emit((*self.path, key), DELETE)

    def _move(self, step: int) -> None:
        key = self.current_key()
        moved = reordered(self.value, key, step) if key is not None else None
        if moved is not None:
            self.edit_requested.emit(self.path, moved)
            self.list.setCurrentRow(self.list.currentRow() + step)


class StructurePanel(QWidget):
    """Header title, tags, blocks and buttons of the layout in the text (``kind="rest_app"``: blocks only).

    Signals:
        edit_requested(tuple, object): set the JSON path to the value (:data:`~.json_edit.DELETE` removes it).
    """

    edit_requested = Signal(tuple, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = "en"
        self._loading = False
        self._title_translated = False
        labels = {"title": self.tr("Title"), "type": self.tr("Type"), "uri": self.tr("Redirect URI"),
                  "value": self.tr("Text"), "text": self.tr("Link text")}  # fmt: skip
        self.header_box = QGroupBox(self.tr("Header"))
        self.title_edit = QLineEdit()
        self.title_edit.textChanged.connect(self._write_title)  # typing and the field's own undo
        self.title_note = plain(QLabel())
        header_form = QFormLayout(self.header_box)
        header_form.addRow(self.tr("Title"), self.title_edit)
        header_form.addRow(self.title_note)
        self.tags = MapSection(self.tr("Tags"), TAG_FIELDS, [("tag", self.tr("Add tag"), NEW_TAG)], labels)
        self.blocks = MapSection(
            self.tr("Blocks"),
            BLOCK_FIELDS,
            [(name, self.tr("Add %1").replace("%1", name), template) for name, template in NEW_BLOCKS.items()],
            labels,
        )
        self.buttons = MapSection(self.tr("Buttons"), BUTTON_FIELDS, [("button", self.tr("Add button"), NEW_BUTTON)], labels)
        self.status = plain(QLabel())
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widget in (self.status, self.header_box, self.tags, self.blocks, self.buttons):
            layout.addWidget(widget)
        layout.addStretch(1)
        for section in (self.tags, self.blocks, self.buttons):
            section.edit_requested.connect(self.edit_requested)
        self.set_data(None, "layout", "en")

    def set_data(self, data: Any, kind: str, lang: str) -> None:
        """Show the parsed layout ``data`` (``None`` when the text does not parse: the panel is then
        disabled until it does, so it never writes over text it cannot read)."""
        self.lang = lang
        usable = isinstance(data, dict)
        for widget in (self.header_box, self.tags, self.blocks, self.buttons):
            widget.setEnabled(usable)
        self.status.setText("" if usable else self.tr("Fix the JSON text to edit the layout here."))
        is_layout = kind == "layout"
        for widget in (self.header_box, self.tags, self.buttons):
            widget.setVisible(is_layout)
        if not usable:
            return
        header = data.get("header") if isinstance(data.get("header"), dict) else {}
        title = header.get("title")
        self._loading = True
        try:
            _set_text(self.title_edit, text_value(title, lang)[0])
        finally:
            self._loading = False
        self._title_translated = isinstance(title, dict)
        self.title_note.setText(self.tr("Translated title: editing the “%1” text.").replace("%1", lang) if self._title_translated else "")
        self.title_note.setVisible(self._title_translated)
        if is_layout:
            body = data.get("body") if isinstance(data.get("body"), dict) else {}
            footer = data.get("footer") if isinstance(data.get("footer"), dict) else {}
            self.tags.set_value(("header", "tags"), header.get("tags"), lang)
            self.blocks.set_value(("body", "blocks"), body.get("blocks"), lang)
            self.buttons.set_value(("footer", "buttons"), footer.get("buttons"), lang)
        else:
            self.blocks.set_value(("blocks",), data.get("blocks"), lang)

    def _write_title(self, text: str) -> None:
        if self._loading:
            return
        self.edit_requested.emit(("header", "title", *((self.lang,) if self._title_translated else ())), text)
