"""The files of an activity in the details pane (issue 12 point 2): one row per file the portal
holds (``FILES`` of ``crm.activity.list``, api-spec.md §3.1.5), its name when known, with
Download… and Open.

The list sends nothing itself: Download… asks where to save (a non-blocking ``QFileDialog.open()``)
and emits :attr:`FilesList.downloadRequested`; Open emits :attr:`FilesList.openRequested`; the
window downloads through ``session.attachments`` (:mod:`desktop_app.services.attachments`) and
reports back with :meth:`FilesList.set_file_state`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QPushButton, QWidget

from desktop_app.services.attachments import PortalFile

from .plain_text import plain


class FilesList(QWidget):
    """The files, or a line saying there are none / they are loading / they could not be listed.

    Signals:
        downloadRequested(PortalFile, str target): save the file at ``target`` (a path the user chose).
        openRequested(PortalFile): download to a temporary place and open with the system's viewer.
    """

    downloadRequested = Signal(object, str)
    openRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filesList")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._widgets: list[QWidget] = []
        self._files: list[PortalFile] = []
        self._states: dict[int, QLabel] = {}
        self._dialog: QFileDialog | None = None
        self.note = plain(QLabel(self))
        self.note.setObjectName("filesNote")
        self.note.setWordWrap(True)
        self._grid.addWidget(self.note, 0, 0, 1, 4)
        self.set_files([])

    @property
    def dialog(self) -> QFileDialog | None:
        """The open "save as" dialog, if any."""
        return self._dialog

    def files(self) -> list[PortalFile]:
        """The files listed, in order."""
        return list(self._files)

    def names(self) -> list[str]:
        """The names shown, in order."""
        return [self._name(f) for f in self._files]

    def set_loading(self) -> None:
        """Say the files are being listed."""
        self._clear()
        self.note.setText(self.tr("Loading the files…"))
        self.note.show()

    def set_error(self, text: str) -> None:
        """Say why the files could not be listed (``text`` may hold portal text: shown plain)."""
        self._clear()
        self.note.setText(self.tr("The files could not be listed: %1").replace("%1", text))
        self.note.show()

    def set_files(self, files: Sequence[PortalFile]) -> None:
        """List ``files`` (``[]``: "No files.")."""
        self._clear()
        self._files = list(files)
        self.note.setText(self.tr("No files."))
        self.note.setVisible(not self._files)
        for index, file in enumerate(self._files):
            row = 1 + 2 * index  # the name on a line of its own (long names wrap, never squeezed), then the actions
            name = plain(QLabel(self._name(file), self))
            name.setObjectName(f"file_{file.id}")
            name.setWordWrap(True)
            state = plain(QLabel(self))
            state.setObjectName(f"fileState_{file.id}")
            download = QPushButton(self.tr("Download…"), self)
            download.setObjectName(f"download_{file.id}")
            download.setToolTip(self.tr("Save “%1” on this computer").replace("%1", self._name(file)))
            download.clicked.connect(lambda _=False, f=file: self.ask_target(f))
            open_ = QPushButton(self.tr("Open"), self)
            open_.setObjectName(f"open_{file.id}")
            open_.setToolTip(self.tr("Open “%1” with the system's viewer").replace("%1", self._name(file)))
            open_.clicked.connect(lambda _=False, f=file: self.openRequested.emit(f))
            self._grid.addWidget(name, row, 0, 1, 4)
            self._grid.addWidget(state, row + 1, 0, 1, 2)
            self._grid.addWidget(download, row + 1, 2)
            self._grid.addWidget(open_, row + 1, 3)
            self._widgets.extend((name, state, download, open_))
            self._states[file.id] = state

    def set_file_state(self, file_id: int, text: str) -> None:
        """A short note beside file ``file_id`` ("Downloading…", "Saved.", an error)."""
        label = self._states.get(file_id)
        if label is not None:
            label.setText(text)

    def ask_target(self, file: PortalFile) -> None:
        """Ask where to save ``file`` (non-blocking); emits :attr:`downloadRequested` when chosen."""
        if self._dialog is not None:
            return
        dialog = QFileDialog(self, self.tr("Save file"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(self._name(file))
        dialog.fileSelected.connect(lambda path: self.downloadRequested.emit(file, path))
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self._dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QFileDialog) -> None:
        self._dialog = None
        dialog.deleteLater()

    def _name(self, file: PortalFile) -> str:
        return file.name or self.tr("File %1").replace("%1", str(file.id))

    def _clear(self) -> None:
        for widget in self._widgets:
            widget.hide()
            widget.setObjectName("")
            widget.deleteLater()
        self._widgets = []
        self._files = []
        self._states = {}
