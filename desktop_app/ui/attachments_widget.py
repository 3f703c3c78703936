"""Attachments in the to-do and activity forms (issue 12 point 2): files to upload and, when editing,
the files the portal already holds.

:class:`AttachmentsWidget` lists the files attached here (name, size) and the portal's files (name
when known, else "File <id>"); **Add files…** opens a non-blocking ``QFileDialog``; files dropped on
the form (:meth:`AttachmentsWidget.accept_drops_on`) are added too; **Remove** takes an attached file
off the list, or marks a portal file to be removed with the edit (``{"id": …, "remove": "Y"}``,
api-spec.md §3.1.5). A file that cannot be attached (unreadable, empty, not a file, larger than
:data:`~desktop_app.services.attachments.MAX_FILE_BYTES`, or past
:data:`~desktop_app.services.attachments.MAX_FILES`) is named with the limit it breaks; the other
files are kept. **Download…** / **Open** on a portal file emit signals; :class:`FormFiles` does the
work through :class:`~desktop_app.services.attachments.AttachmentService` (the widget sends nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.attachments import (
    MAX_FILE_BYTES,
    MAX_FILES,
    AttachmentProblem,
    LocalFile,
    PortalFile,
    read_local_file,
)

from .file_transfers import FileTransfers
from .tasks import TaskRegistry

__all__ = ["AttachmentsWidget", "FormFiles", "size_text"]

_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    """``512 B``, ``12.3 KB``, ``5.0 MB`` (1 KB = 1024 B)."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


class AttachmentsWidget(QWidget):
    """The form's files.

    Attributes:
        list: one row per file (``<name>Files``); the item data is a :class:`LocalFile` or a
            :class:`PortalFile`.
        add_button, remove_button, download_button, open_button: the actions (``<name>AddFiles`` …).
        message: what could not be attached, or a download's outcome (plain text, ``<name>FilesMessage``).
        dialog: the open "Add files" / "Save as" dialog, if any (non-native, opened with ``open()``).

    Signals:
        changed(): files were added or removed.
        downloadRequested(PortalFile, str target): save a portal file where the user chose.
        openRequested(PortalFile): download a portal file to a temporary place and open it.
    """

    changed = Signal()
    downloadRequested = Signal(object, str)
    openRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, name: str = "form",
                 max_files: int = MAX_FILES, max_bytes: int = MAX_FILE_BYTES) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Attachments")
        self._max_files = max_files
        self._max_bytes = max_bytes
        self._removed: list[PortalFile] = []
        self.dialog: QFileDialog | None = None
        self.activity_id: int | None = None

        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}Files")
        self.list.setMaximumHeight(96)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "Proposal…2026.pdf (175.8 KB…)"; tooltip has all
        self.list.setAccessibleName(self.tr("Attached files"))
        self.add_button = QPushButton(self.tr("Add files…"), self)
        self.add_button.setObjectName(f"{name}AddFiles")
        self.add_button.setToolTip(self.tr("Attach files (or drop them on the form); at most %1 files of %2 each")
                                   .replace("%1", str(max_files)).replace("%2", size_text(max_bytes)))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName(f"{name}RemoveFile")
        self.download_button = QPushButton(self.tr("Download…"), self)
        self.download_button.setObjectName(f"{name}DownloadFile")
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName(f"{name}OpenFile")
        for button in (self.add_button, self.remove_button, self.download_button, self.open_button):
            button.setAutoDefault(False)
        self.empty_note = QLabel(self.tr("No files. Add some, or drop them on the form."), self)
        self.empty_note.setObjectName(f"{name}FilesEmpty")
        self.empty_note.setStyleSheet("color: palette(mid);")
        self.empty_note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName(f"{name}FilesMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # file names and portal text
        self.message.setWordWrap(True)
        self.message.hide()

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.download_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.download_button.clicked.connect(self._download_selected)
        self.open_button.clicked.connect(self._open_selected)
        self.list.currentItemChanged.connect(lambda *_a: self._sync_buttons())
        self.accept_drops_on(self)
        self._sync_buttons()

    # -- content -----------------------------------------------------------------------------------

    def files(self) -> tuple[LocalFile, ...]:
        """The files attached here (to upload), in order."""
        return tuple(d for d in self._data() if isinstance(d, LocalFile))

    def portal_files(self) -> list[PortalFile]:
        """The portal's files still listed (not marked for removal)."""
        return [d for d in self._data() if isinstance(d, PortalFile)]

    def removed_ids(self) -> tuple[int, ...]:
        """Ids of the portal files the user removed (sent with the edit)."""
        return tuple(f.id for f in self._removed)

    def has_changes(self) -> bool:
        return bool(self.files() or self._removed)

    def names(self) -> list[str]:
        """The rows as shown."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def clear(self) -> None:
        """No files at all (a new form)."""
        self.list.clear()
        self._removed = []
        self.activity_id = None
        self._show_message("")
        self._sync_buttons()

    def set_portal_files(self, activity_id: int, files: Sequence[PortalFile] | None, *, error: str = "") -> None:
        """Edit mode: list the portal's files of ``activity_id`` (``None``: being listed, or ``error``),
        before the files attached here (which stay)."""
        local = self.files()
        self.list.clear()
        self._removed = []
        self.activity_id = activity_id
        for file in files or ():
            self._add_row(self._portal_text(file), file)
        for file in local:
            self._add_row(self._local_text(file), file)
        if files is None:
            text = (self.tr("The files could not be listed: %1").replace("%1", error) if error
                    else self.tr("Loading the files…"))
            self._show_message(text, error=bool(error))
        else:
            self._show_message("")
        self._sync_buttons()

    def set_file_state(self, file_id: int, text: str, *, error: bool = False) -> None:
        """Say how a download of portal file ``file_id`` went (``text`` may hold portal text)."""
        name = next((self._portal_text(f) for f in self.portal_files() if f.id == file_id), f"#{file_id}")
        self._show_message(f"{name}: {text}", error=error)

    def add_paths(self, paths: Iterable[str]) -> list[AttachmentProblem]:
        """Attach the files at ``paths`` (read now). Files that cannot be attached are named in
        :attr:`message` with the limit they break; the others are kept. Returns the problems."""
        problems: list[AttachmentProblem] = []
        added = False
        for path in paths:
            if len(self.files()) >= self._max_files:
                problems.append(AttachmentProblem("too_many", path, self._max_files))
                continue
            try:
                file = read_local_file(path, max_bytes=self._max_bytes)
            except AttachmentProblem as problem:
                problems.append(problem)
                continue
            self._add_row(self._local_text(file), file)
            added = True
        self._show_message("\n".join(self._problem_text(p) for p in problems), error=True)
        self._sync_buttons()
        if added:
            self.changed.emit()
        return problems

    def remove_selected(self) -> None:
        """Remove the selected row: an attached file is dropped; a portal file is removed with the edit."""
        item = self.list.currentItem()
        if item is None:
            return
        data = item.data(_ROLE)
        if isinstance(data, PortalFile):
            self._removed.append(data)
            self._show_message(self.tr("%1 will be removed from the portal when you save.")
                               .replace("%1", self._portal_text(data)))
        self.list.takeItem(self.list.row(item))
        self._sync_buttons()
        self.changed.emit()

    # -- dialogs, drops ----------------------------------------------------------------------------

    def choose_files(self) -> QFileDialog:
        """The non-blocking "Add files" dialog (several files); the chosen ones are attached."""
        dialog = QFileDialog(self, self.tr("Add files"))
        dialog.setObjectName("addFilesDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.filesSelected.connect(self.add_paths)
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def accept_drops_on(self, widget: QWidget) -> None:
        """Files dropped on ``widget`` (the whole form) are attached here — also when dropped on one
        of its text fields that exist now (they would otherwise paste the file's path as text)."""
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)
        for child in widget.findChildren(QWidget):
            if child.acceptDrops() and child is not self.list:
                child.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and isinstance(event, QDragMoveEvent):
            if self._local_paths(event):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            paths = self._local_paths(event)
            if paths:
                event.acceptProposedAction()
                self.add_paths(paths)
                return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _local_paths(event: Any) -> list[str]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]

    def _download_selected(self) -> None:
        file = self._selected_portal_file()
        if file is None:
            return
        dialog = QFileDialog(self, self.tr("Save the file as"))
        dialog.setObjectName("saveFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        if file.name:
            dialog.selectFile(file.name)
        dialog.fileSelected.connect(lambda path: self.downloadRequested.emit(file, path) if path else None)
        dialog.finished.connect(lambda _r: self._dialog_done(dialog))
        self.dialog = dialog
        dialog.open()

    def _open_selected(self) -> None:
        file = self._selected_portal_file()
        if file is not None:
            self.openRequested.emit(file)

    def _dialog_done(self, dialog: QFileDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- internals ---------------------------------------------------------------------------------

    def _data(self) -> list[Any]:
        return [self.list.item(i).data(_ROLE) for i in range(self.list.count())]

    def _selected_portal_file(self) -> PortalFile | None:
        item = self.list.currentItem()
        data = item.data(_ROLE) if item is not None else None
        return data if isinstance(data, PortalFile) else None

    def _add_row(self, text: str, data: Any) -> None:
        item = QListWidgetItem(text, self.list)
        item.setData(_ROLE, data)
        item.setToolTip(text)
        self.list.setCurrentItem(item)

    def _local_text(self, file: LocalFile) -> str:
        return self.tr("%1 (%2, to upload)").replace("%1", file.name).replace("%2", size_text(file.size))

    def _portal_text(self, file: PortalFile) -> str:
        return file.name or self.tr("File %1").replace("%1", str(file.id))

    def _problem_text(self, problem: AttachmentProblem) -> str:
        name = Path(problem.path).name or problem.path
        if problem.code == "too_large":
            return (self.tr("%1 is not attached: it is larger than the limit of %2 per file.")
                    .replace("%1", name).replace("%2", size_text(problem.limit or self._max_bytes)))
        if problem.code == "too_many":
            return (self.tr("%1 is not attached: at most %2 files can be attached at once.")
                    .replace("%1", name).replace("%2", str(problem.limit or self._max_files)))
        if problem.code == "empty":
            return self.tr("%1 is not attached: the file is empty.").replace("%1", name)
        if problem.code == "not_a_file":
            return self.tr("%1 is not attached: it is not a file (a folder?).").replace("%1", name)
        detail = getattr(problem, "detail", "")
        return (self.tr("%1 is not attached: it cannot be read (%2).").replace("%1", name).replace("%2", detail)
                if detail else self.tr("%1 is not attached: it cannot be read.").replace("%1", name))

    def _show_message(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #c21b16;" if error else "")
        self.message.setVisible(bool(text))

    def _sync_buttons(self) -> None:
        empty = self.list.count() == 0
        self.list.setVisible(not empty)
        self.empty_note.setVisible(empty)
        item = self.list.currentItem()
        data = item.data(_ROLE) if item is not None else None
        self.remove_button.setEnabled(data is not None)
        on_portal = isinstance(data, PortalFile) and data.id > 0
        self.download_button.setEnabled(on_portal)
        self.open_button.setEnabled(on_portal)
        has_portal = self.activity_id is not None
        self.download_button.setVisible(has_portal)
        self.open_button.setVisible(has_portal)


class FormFiles(FileTransfers):
    """Lists a form's portal files and downloads / opens them (:class:`FileTransfers`: ``open_url``,
    ``saved``). Work runs on ``tasks``; errors are shown in the widget in words."""

    def __init__(self, tasks: TaskRegistry, widgets: Sequence[AttachmentsWidget], parent: QObject | None = None) -> None:
        super().__init__(tasks, parent)
        for widget in widgets:
            widget.downloadRequested.connect(lambda file, target, w=widget: self.download(w, file, target))
            widget.openRequested.connect(lambda file, w=widget: self.open(w, file))

    def downloading_text(self) -> str:
        return self.tr("Downloading…")

    def opening_text(self) -> str:
        return self.tr("Opening…")

    def saved_text(self, name: str) -> str:
        return self.tr("Saved as %1").replace("%1", name)

    def load(self, widget: AttachmentsWidget, activity_id: int) -> None:
        """List ``activity_id``'s portal files into ``widget`` (``crm.activity.list`` select FILES)."""
        if self._service is None or activity_id <= 0:
            return
        widget.set_portal_files(activity_id, None)
        self._list(activity_id, lambda files, error: widget.set_portal_files(activity_id, files, error=error or ""),
                   lambda: widget.activity_id == activity_id, key=f"form-files-{widget.objectName()}")

    def download(self, widget: AttachmentsWidget, file: PortalFile, target: str) -> None:
        if widget.activity_id is not None and target:
            self._transfer(widget, file, Path(target))

    def open(self, widget: AttachmentsWidget, file: PortalFile) -> None:
        if widget.activity_id is not None:
            self._transfer(widget, file, None)

    def _transfer(self, widget: AttachmentsWidget, file: PortalFile, target: Path | None) -> None:
        activity_id = widget.activity_id
        self._save(activity_id, file, target,
                   lambda file_id, text, error: widget.set_file_state(file_id, text, error=error),
                   lambda: widget.activity_id == activity_id)
