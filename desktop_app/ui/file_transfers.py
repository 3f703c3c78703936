"""Listing, downloading and opening an activity's portal files for a widget that shows them: the one
mechanism behind the details pane's files (:class:`~desktop_app.ui.details_downloads.DetailsDownloads`)
and the forms' (:class:`~desktop_app.ui.attachments_widget.FormFiles`).

Work runs on the window's task registry through :class:`AttachmentService` (``crm.activity.list``
with ``select: ["ID", "FILES"]``; downloads only to the portal's own address, written to a temporary
file renamed when complete; api-spec.md §3.1.5). "Open" downloads into one private temporary folder
per window, then hands the file to the system's viewer. Errors are shown beside the file in words
(:func:`~desktop_app.ui.messages.describe`); nothing is raised to the user. A result is shown only
while the widget still shows that activity.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services.attachments import AttachmentService, PortalFile

from .messages import describe
from .tasks import TaskRegistry

#: ``show(files, error)``: the listed files (``None`` with an error text when they could not be listed).
ShowFiles = Callable[[Sequence[PortalFile] | None, str | None], None]
#: ``show(file_id, text, error)``: a line beside one file.
ShowState = Callable[[int, str, bool], None]


class FileTransfers(QObject):
    """The shared mechanism; subclasses connect their widget and give the texts in their own
    translation context (:meth:`downloading_text`, :meth:`opening_text`, :meth:`saved_text`).

    Attributes:
        open_url: hands a downloaded file to the system (default ``QDesktopServices.openUrl``).

    Signals:
        saved(int file_id, str path): a file was written (Download… or Open).
    """

    saved = Signal(int, str)

    def __init__(self, tasks: TaskRegistry, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._service: AttachmentService | None = None
        self._open_dir: Path | None = None
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl

    def set_session(self, session: Any) -> None:
        """Use ``session``'s client (and its store's remembered file names)."""
        self._service = AttachmentService.of(session)

    # -- texts (each subclass in its own translation context) -------------------------------------

    def downloading_text(self) -> str:
        raise NotImplementedError

    def opening_text(self) -> str:
        raise NotImplementedError

    def saved_text(self, name: str) -> str:
        raise NotImplementedError

    # -- the mechanism ------------------------------------------------------------------------------

    def _list(self, activity_id: int, show: ShowFiles, shown: Callable[[], bool], key: str) -> bool:
        """Start listing ``activity_id``'s files into ``show`` (False without a session)."""
        if self._service is None:
            return False
        self._tasks.start(self._listed(self._service, activity_id, show, shown), key=key)
        return True

    @staticmethod
    async def _listed(service: AttachmentService, activity_id: int, show: ShowFiles,
                      shown: Callable[[], bool]) -> None:
        try:
            files = await service.files(activity_id)
        except BitrixClientError as exc:
            if shown():
                show(None, describe(exc).text)
            return
        if shown():
            show(files, None)

    def _save(self, activity_id: int, file: PortalFile, target: Path | None, show: ShowState,
              shown: Callable[[], bool]) -> None:
        """Download ``file`` to ``target`` (the path the user chose), or with ``target=None`` into the
        private folder and then open it."""
        if self._service is None:
            return
        then_open = target is None
        if target is None:
            if self._open_dir is None or not self._open_dir.is_dir():
                self._open_dir = Path(tempfile.mkdtemp(prefix="activity-desk-files-"))
            target = self._open_dir
        show(file.id, self.opening_text() if then_open else self.downloading_text(), False)
        self._tasks.start(self._saved(self._service, activity_id, file, target, then_open, show, shown))

    async def _saved(self, service: AttachmentService, activity_id: int, file: PortalFile, target: Path,
                     then_open: bool, show: ShowState, shown: Callable[[], bool]) -> None:
        try:
            path = await service.download(activity_id, file, target)
        except BitrixClientError as exc:
            if shown():
                show(file.id, describe(exc).text, True)
            return
        self.saved.emit(file.id, str(path))
        if shown():
            show(file.id, self.saved_text(path.name), False)
        if then_open:
            self.open_url(QUrl.fromLocalFile(str(path)))
