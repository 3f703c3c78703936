"""Files, templates and closing of the layout editor window: a mixin of
:class:`~desktop_app.ui.layout_editor.window.LayoutEditorWindow` (which provides ``editor``,
``notice``, ``path``, ``kind``, ``set_kind``, ``replace_text`` and ``_timer``).

Dialogs are non-blocking (``open()``): the file dialog calls back with the chosen path, the "save
changes?" question answers through ``finished``. Loading a file or template replaces the text as
one undoable step, so the previous text is never lost.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.layout import MAX_LAYOUT_CHARS, parse_layout_text, validate_layout

from .file_io import LayoutFileError, read_layout_file, write_layout_file
from .templates import Template


class FilesMixin:
    """Open/save ``.json`` layouts, start from a template, ask before closing with unsaved changes."""

    path: str | None
    _dialog: QFileDialog | None = None
    _close_prompt: QMessageBox | None = None
    _closing_ok = False

    def load_template(self, template: Template) -> None:
        try:
            text = template.read()
        except OSError as exc:
            self.show_notice(self.tr("Cannot read the template: %1").replace("%1", exc.strerror or str(exc)))
            return
        self.set_kind(template.kind)
        self.path = None
        self.replace_text(text)
        self.show_notice(self.tr("Started from the template “%1”. Undo brings back the previous text.").replace("%1", template.title))

    def load_file(self, path: str) -> bool:
        """Open a layout file (an object with only ``blocks`` selects the additional-blocks kind).
        Text longer than ``MAX_LAYOUT_CHARS`` is not put in the editor; the validator's message says why."""
        try:
            text = read_layout_file(path)
        except LayoutFileError as exc:
            self.show_notice(str(exc))
            return False
        if len(text) > MAX_LAYOUT_CHARS:
            first = validate_layout(text, kind=self.kind).first
            self.show_notice(self.tr("The file was not opened: %1").replace("%1", str(first)))
            return False
        self.path = str(path)
        parsed = parse_layout_text(text)
        if isinstance(parsed.value, dict) and set(parsed.value) == {"blocks"}:
            self.set_kind("rest_app")
        elif isinstance(parsed.value, dict):
            self.set_kind("layout")
        self.replace_text(text)
        self.editor.document().setModified(False)
        self.show_notice("")
        return True

    def save_to(self, path: str) -> bool:
        try:
            write_layout_file(path, self.editor.toPlainText())
        except LayoutFileError as exc:
            self.show_notice(str(exc))
            return False
        self.path = str(path)
        self.editor.document().setModified(False)
        self.show_notice(self.tr("Saved."))
        return True

    def save(self) -> None:
        if self.path is None:
            self.ask_save_as()
        else:
            self.save_to(self.path)

    def ask_open(self) -> None:
        self._file_dialog(QFileDialog.AcceptMode.AcceptOpen, self.load_file)

    def ask_save_as(self) -> None:
        self._file_dialog(QFileDialog.AcceptMode.AcceptSave, self.save_to)

    def _file_dialog(self, mode: QFileDialog.AcceptMode, then: Any) -> None:
        """A non-blocking file dialog (``open()``); ``then(path)`` runs when a file is chosen."""
        dialog = QFileDialog(self, self.tr("Open a layout") if mode == QFileDialog.AcceptMode.AcceptOpen else self.tr("Save the layout"))
        dialog.setAcceptMode(mode)
        dialog.setNameFilters([self.tr("Layout JSON (*.json)"), self.tr("All files (*)")])
        dialog.setDefaultSuffix("json")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile if mode == QFileDialog.AcceptMode.AcceptOpen else QFileDialog.FileMode.AnyFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(then)
        self._dialog = dialog
        dialog.open()

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # -- closing -----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self._closing_ok = False  # shown again: unsaved changes are asked about again
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """The parent (main window) is closing while this window has unsaved changes: its close is
        refused and this window asks (Save / Discard / Cancel); closing the parent again then works."""
        if watched is self.parent() and event.type() == QEvent.Type.Close and self.editor.document().isModified() and not self._closing_ok:
            event.ignore()
            self.show()
            self.raise_()
            self.close()
            return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._closing_ok or not self.editor.document().isModified():
            self._timer.stop()
            event.accept()
            return
        event.ignore()
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Layout editor"), self.tr("Save the changes to the layout?"),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._close_answered(box.standardButton(box.clickedButton())))
        self._close_prompt = box
        box.open()

    def _close_answered(self, button: QMessageBox.StandardButton) -> None:
        self._close_prompt = None
        if button == QMessageBox.StandardButton.Discard or (
            button == QMessageBox.StandardButton.Save and self.path and self.save_to(self.path)
        ):
            self._closing_ok = True
            self.close()
        elif button == QMessageBox.StandardButton.Save:
            self.ask_save_as()
