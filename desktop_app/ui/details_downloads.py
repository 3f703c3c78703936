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

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services.attachments import AttachmentService, PortalFile

from .details_pane import DetailsPane
from .messages import describe
from .tasks import TaskRegistry


class DetailsDownloads(QObject):
    """Files of the activity shown in ``pane``; work runs on ``tasks``.

    Attributes:
        open_url: hands a downloaded file to the system (default ``QDesktopServices.openUrl``).

    Signals:
        saved(int file_id, str path): a file was written (Download… or Open).
    """

    saved = Signal(int, str)

    def __init__(self, pane: DetailsPane, tasks: TaskRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pane = pane
        self._tasks = tasks
        self._service: AttachmentService | None = None
        self._open_dir: Path | None = None
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        pane.downloadRequested.connect(self.download)
        pane.openFileRequested.connect(self.open)

    def set_session(self, session: Any) -> None:
        """Use ``session``'s client (and its store's remembered file names)."""
        self._service = AttachmentService.of(session)

    def load(self, activity_id: int) -> None:
        """List the files of ``activity_id`` into the pane (it says "Loading…" meanwhile)."""
        if self._service is None:
            return
        self._pane.set_files(None)
        self._tasks.start(self._load(self._service, activity_id), key="details-files")

    async def _load(self, service: AttachmentService, activity_id: int) -> None:
        try:
            files = await service.files(activity_id)
        except BitrixClientError as exc:
            if self._shown(activity_id):
                self._pane.set_files(None, error=describe(exc).text)
            return
        if self._shown(activity_id):
            self._pane.set_files(files)

    def download(self, file: PortalFile, target: str) -> None:
        """Save ``file`` of the activity shown at ``target`` (the path the user chose)."""
        activity = self._pane.activity
        if self._service is None or activity is None or not target:
            return
        self._pane.files.set_file_state(file.id, self.tr("Downloading…"))
        self._tasks.start(self._download(self._service, activity.id, file, Path(target), False))

    def open(self, file: PortalFile) -> None:
        """Download ``file`` to a private temporary folder and open it with the system's viewer."""
        activity = self._pane.activity
        if self._service is None or activity is None:
            return
        if self._open_dir is None or not self._open_dir.is_dir():
            self._open_dir = Path(tempfile.mkdtemp(prefix="activity-desk-files-"))
        self._pane.files.set_file_state(file.id, self.tr("Opening…"))
        self._tasks.start(self._download(self._service, activity.id, file, self._open_dir, True))

    async def _download(self, service: AttachmentService, activity_id: int, file: PortalFile, target: Path,
                        then_open: bool) -> None:
        try:
            path = await service.download(activity_id, file, target)
        except BitrixClientError as exc:
            if self._shown(activity_id):
                self._pane.files.set_file_state(file.id, describe(exc).text)
            return
        self.saved.emit(file.id, str(path))
        if self._shown(activity_id):
            self._pane.files.set_file_state(file.id, self.tr("Saved as %1").replace("%1", path.name))
        if then_open:
            self.open_url(QUrl.fromLocalFile(str(path)))

    def _shown(self, activity_id: int) -> bool:
        activity = self._pane.activity
        return activity is not None and activity.id == activity_id
