"""The details pane's files, fetched and downloaded through the session's attachments service.

:class:`DetailsDownloads` lists an activity's files when its details open
(:meth:`AttachmentService.files <desktop_app.services.attachments.AttachmentService.files>`:
``crm.activity.list`` with ``select: ["ID", "FILES"]``, api-spec.md §3.1.5), saves one where the
user chose (Download…) and opens one with the system's viewer after downloading it to a private
temporary folder (Open). Downloads go only to the portal's own address (the client refuses any
other host) and are written to a temporary file renamed when complete. Errors are shown beside the
file in words (:func:`desktop_app.ui.messages.describe`); nothing is raised to the user.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from desktop_app.services.attachments import PortalFile

from .details_pane import DetailsPane
from .file_transfers import FileTransfers
from .tasks import TaskRegistry


class DetailsDownloads(FileTransfers):
    """Files of the activity shown in ``pane``; work runs on ``tasks`` (:class:`FileTransfers`:
    ``open_url``, ``saved``)."""

    def __init__(self, pane: DetailsPane, tasks: TaskRegistry, parent: QObject | None = None) -> None:
        super().__init__(tasks, parent)
        self._pane = pane
        pane.downloadRequested.connect(self.download)
        pane.openFileRequested.connect(self.open)

    def downloading_text(self) -> str:
        return self.tr("Downloading…")

    def opening_text(self) -> str:
        return self.tr("Opening…")

    def saved_text(self, name: str) -> str:
        return self.tr("Saved as %1").replace("%1", name)

    def load(self, activity_id: int) -> None:
        """List the files of ``activity_id`` into the pane (it says "Loading…" meanwhile)."""
        if self._service is None:
            return
        self._pane.set_files(None)
        self._list(activity_id, lambda files, error: self._pane.set_files(files, error=error),
                   lambda: self._shown(activity_id), key="details-files")

    def download(self, file: PortalFile, target: str) -> None:
        """Save ``file`` of the activity shown at ``target`` (the path the user chose)."""
        activity = self._pane.activity
        if activity is not None and target:
            self._save(activity.id, file, Path(target), self._state, lambda: self._shown(activity.id))

    def open(self, file: PortalFile) -> None:
        """Download ``file`` to a private temporary folder and open it with the system's viewer."""
        activity = self._pane.activity
        if activity is not None:
            self._save(activity.id, file, None, self._state, lambda: self._shown(activity.id))

    def _state(self, file_id: int, text: str, _error: bool) -> None:
        self._pane.files.set_file_state(file_id, text)

    def _shown(self, activity_id: int) -> bool:
        activity = self._pane.activity
        return activity is not None and activity.id == activity_id
