"""Attachments (``FILES`` of an activity): files the user attaches, files the portal holds, limits.

Wire format (api-spec.md §3.1.5): ``crm.activity.add`` / ``crm.activity.update`` take
``FILES: [{"fileData": ["name.ext", "<base64>"]}, …]`` to upload and ``{"id": <fileId>, "remove": "Y"}``
to remove one (update only; files not mentioned stay). ``crm.activity.list`` returns
``FILES: [{"id": int, "url": str}]`` only when ``select`` names ``FILES`` (``get`` never does). The
portal gives no file names: names of files this app uploaded or downloaded are remembered locally.

Public API (the forms and the details pane build on it):

* :class:`LocalFile` – a file the user attached, read into memory (``name``, ``data``, ``size``).
* :class:`PortalFile` – a file the portal holds (``id``, ``url``, ``name`` or ``None``).
* :class:`AttachmentProblem` – ``ValueError`` with ``.code`` in :data:`PROBLEM_CODES`, ``.path``,
  ``.limit`` (bytes for ``too_large``, count for ``too_many``, else ``None``).
* :func:`read_local_file` (path → :class:`LocalFile`), :func:`check_files` (limits, raises),
  :func:`file_problems` (all limits broken, as a list). The drafts' ``problems`` report them as
  ``FieldProblem("FILES", code)`` (``too_many`` / ``too_large`` / ``empty``).
* :data:`MAX_FILE_BYTES` (20 MiB per file), :data:`MAX_FILES` (10 per activity change).
* Drafts: ``TodoDraft.files``, ``ActivityDraft.files`` (tuples of :class:`LocalFile`) and
  ``ActivityDraft.remove_file_ids`` (portal file ids to remove on edit).
* Downloads and listing: :class:`AttachmentService`, built for a session with
  ``AttachmentService.of(session)`` (client + the store's file names; cheap, build it when needed):
  ``await files(activity_id) -> list[PortalFile]`` (``crm.activity.list``, ``select: ["ID", "FILES"]``),
  ``await download(activity_id, file, target) -> Path`` (``target`` a file path, or an existing
  folder: saved there under the file's name), and ``portal_files(activity) -> list[PortalFile] | None``
  (no I/O: an activity's ``files`` with the names known locally; pending uploads keep their name).
  They raise the client's errors (:mod:`desktop_app.bitrix.errors`: ``NotFound``, ``AuthError``,
  ``FileUrlRefused``, ``DownloadStalled``, ``DownloadNotSaved``, ``PortalUnreachable`` …).
* Changes with files: ``ChangeService.add_activity`` (``SystemActivityFields.files``),
  ``ChangeService.update_activity`` (``fields["FILES"]`` from ``ActivityDraft.to_update``) and
  ``ChangeService.add_todo(..., files=draft.files)``, and ``ChangeService.update_files(activity,
  add, remove_ids)`` for a files-only edit of any activity, to-dos included (see
  :mod:`desktop_app.services.outbox_files`).
"""

from __future__ import annotations

import asyncio
import logging
import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.bitrix.client import BitrixClient
from desktop_app.bitrix.errors import BitrixClientError, NotFound
from desktop_app.bitrix.files import DEFAULT_STALL_SECONDS, safe_file_name
from desktop_app.bitrix.models import Activity, ActivityFile

from .outbox_files import FileTracker

log = logging.getLogger(__name__)

__all__ = [
    "MAX_FILES",
    "MAX_FILE_BYTES",
    "PROBLEM_CODES",
    "AttachmentProblem",
    "AttachmentService",
    "LocalFile",
    "PortalFile",
    "check_files",
    "display_name",
    "file_problems",
    "read_local_file",
]

#: Largest file the app attaches, in bytes (20 MiB). Base64 in JSON makes the request ~4/3 of it.
MAX_FILE_BYTES = 20 * 1024 * 1024
#: Most files added in one activity change (one add or one edit).
MAX_FILES = 10

#: The codes :class:`AttachmentProblem` carries.
PROBLEM_CODES = frozenset({"unreadable", "too_large", "too_many", "empty", "not_a_file"})


@dataclass(frozen=True)
class LocalFile:
    """A file the user attached, read into memory.

    Attributes:
        name: the base name shown and sent (``fileData[0]``), no directory part.
        data: the file's bytes (sent as base64, ``fileData[1]``).
    """

    name: str
    data: bytes = field(repr=False)

    @property
    def size(self) -> int:
        """Size in bytes."""
        return len(self.data)


@dataclass(frozen=True)
class PortalFile:
    """A file the portal holds for an activity (``FILES`` item of ``crm.activity.list``).

    Attributes:
        id: the portal's file id (used for removal, ``{"id": id, "remove": "Y"}``).
        url: the download URL (``…/bitrix/tools/crm_show_file.php?fileId=…&ownerId=…&auth=``).
        name: the file name when known (we uploaded it, or downloaded it once), else ``None``.
    """

    id: int
    url: str
    name: str | None = None


def display_name(file: PortalFile) -> str:
    """The name to show: the known name, else ``"File <id>"`` (untranslated fallback; UI may
    translate its own)."""
    return file.name or f"File {file.id}"


class AttachmentProblem(ValueError):
    """A file that cannot be attached.

    Attributes:
        code: ``unreadable`` (cannot be opened/read), ``too_large`` (over :data:`MAX_FILE_BYTES`),
            ``too_many`` (more than :data:`MAX_FILES`), ``empty`` (0 bytes), ``not_a_file``
            (a directory, device, …).
        path: the path or name concerned (``""`` for ``too_many``).
        limit: the limit broken: bytes for ``too_large``, a count for ``too_many``; else ``None``.
    """

    def __init__(self, code: str, path: str, limit: int | None = None, detail: str = "") -> None:
        if code not in PROBLEM_CODES:
            raise ValueError(f"unknown attachment problem code {code!r}")
        self.code = code
        self.path = path
        self.limit = limit
        self.detail = detail
        super().__init__(self._english())

    def _english(self) -> str:
        name = os.path.basename(self.path) or self.path
        if self.code == "too_large":
            return f"{name}: larger than the limit of {_mib(self.limit)} MB"
        if self.code == "too_many":
            return f"at most {self.limit} files can be attached at once"
        if self.code == "empty":
            return f"{name}: the file is empty"
        if self.code == "not_a_file":
            return f"{name}: not a regular file"
        return f"{name}: cannot be read" + (f" ({self.detail})" if self.detail else "")


def _mib(limit: int | None) -> int:
    return (limit or 0) // (1024 * 1024)


def read_local_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_FILE_BYTES) -> LocalFile:
    """Read a file the user chose (or dropped) into a :class:`LocalFile`.

    Args:
        path: a local file path.
        max_bytes: size limit in bytes (default :data:`MAX_FILE_BYTES`).

    Raises:
        AttachmentProblem: ``not_a_file``, ``unreadable``, ``empty`` or ``too_large`` (checked before
            the content is read, and again on the bytes read, as the file may grow meanwhile).
    """
    text = os.fspath(path)
    try:
        st = os.stat(text)
    except OSError as exc:
        raise AttachmentProblem("unreadable", text, detail=exc.strerror or type(exc).__name__) from None
    if not stat.S_ISREG(st.st_mode):
        raise AttachmentProblem("not_a_file", text)
    if st.st_size > max_bytes:
        raise AttachmentProblem("too_large", text, max_bytes)
    try:
        with open(text, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise AttachmentProblem("unreadable", text, detail=exc.strerror or type(exc).__name__) from None
    if len(data) > max_bytes:
        raise AttachmentProblem("too_large", text, max_bytes)
    if not data:
        raise AttachmentProblem("empty", text)
    return LocalFile(name=Path(text).name, data=data)


def file_problems(files: Sequence[LocalFile]) -> list[AttachmentProblem]:
    """Every limit the attachments break (``too_many``, then each ``too_large`` / ``empty`` file),
    for a form that shows them all; ``[]`` when :func:`check_files` would pass."""
    out: list[AttachmentProblem] = []
    if len(files) > MAX_FILES:
        out.append(AttachmentProblem("too_many", "", MAX_FILES))
    for f in files:
        if f.size > MAX_FILE_BYTES:
            out.append(AttachmentProblem("too_large", f.name, MAX_FILE_BYTES))
        elif f.size == 0:
            out.append(AttachmentProblem("empty", f.name))
    return out


def check_files(files: Sequence[LocalFile], *, max_files: int = MAX_FILES,
                max_bytes: int = MAX_FILE_BYTES) -> None:
    """Check the limits of one activity change's attachments.

    Raises:
        AttachmentProblem: ``too_many`` (more than ``max_files``), ``too_large`` (a file over
            ``max_bytes``, named), ``empty`` (a 0-byte file).
    """
    if len(files) > max_files:
        raise AttachmentProblem("too_many", "", max_files)
    for f in files:
        if f.size > max_bytes:
            raise AttachmentProblem("too_large", f.name, max_bytes)
        if f.size == 0:
            raise AttachmentProblem("empty", f.name)


class AttachmentService:
    """Listing and downloading an activity's files (api-spec.md §3.1.5).

    Args:
        client: the portal.
        names: ``Store.files`` (:class:`~desktop_app.store.file_names.FileNameStore`) or ``None``:
            names of files uploaded or downloaded from here.
    """

    def __init__(self, client: BitrixClient, names: Any = None) -> None:
        self._client = client
        self._names = names

    @classmethod
    def of(cls, session: Any) -> AttachmentService:
        """The service for a ``PortalSession`` (its client, and its store's names when open)."""
        store = getattr(session, "store", None)
        return cls(session.client, getattr(store, "files", None))

    def _known(self, file_ids: Sequence[int]) -> dict[int, str]:
        if self._names is None or not file_ids:
            return {}
        try:
            return dict(self._names.names(file_ids))
        except Exception:  # noqa: BLE001 - a store problem must not hide the files themselves
            return {}

    def portal_files(self, activity: Activity) -> list[PortalFile] | None:
        """``activity.files`` as :class:`PortalFile` with the names known here (no I/O); ``None`` when
        the activity was read without ``FILES``. Pending uploads (``ActivityFile.pending``) keep their
        name and have ``id`` 0."""
        if activity.files is None:
            return None
        return self._named(activity.files)

    def _named(self, files: Sequence[ActivityFile]) -> list[PortalFile]:
        known = self._known([f.id for f in files if not f.pending])
        return [PortalFile(f.id, f.url, f.name if f.pending else known.get(f.id)) for f in files]

    async def files(self, activity_id: int) -> list[PortalFile]:
        """``crm.activity.list`` with ``filter: {"ID": activity_id}`` and ``select: ["ID", "FILES"]``:
        the activity's files, in the portal's order, named when known.

        Raises:
            NotFound: no such activity (or not visible to this user).
            BadResponse, PortalUnreachable, AuthError …: the client's errors.
        """
        listed = await FileTracker(self._client).list_files(activity_id)
        if listed is None:
            raise NotFound("NOT_FOUND", "Activity is not found.", 404, method="crm.activity.list")
        return self._named(listed)

    async def download(self, activity_id: int, file: PortalFile, target: str | os.PathLike[str], *,
                       stall_seconds: float = DEFAULT_STALL_SECONDS) -> Path:
        """Download ``file`` of activity ``activity_id`` (``client.files.download``: ``auth`` only to
        the portal's own address, streamed to a temporary file, renamed when complete).

        Args:
            target: the file to write, or an existing folder: then the file goes there under its
                known name, else the name the portal gives (``Content-Disposition``), else
                ``file-<id>``; an existing file of that name is not overwritten (``name (1).ext`` …).
            stall_seconds: abandon when nothing arrives for this long.

        Returns:
            The path written. The name learnt is remembered for cards and details.

        Raises:
            FileUrlRefused, AuthError, NotFound, DownloadStalled, DownloadNotSaved, BadResponse,
            PortalUnreachable, ConnectionDropped: see ``client.files.download``.
        """
        path = Path(target)
        folder = path if path.is_dir() else None
        name = file.name or self._known([file.id]).get(file.id)
        if folder is not None:
            path = _free_path(folder, safe_file_name(name) or f"file-{file.id}")
        done = await self._client.files.download(file.url, path, stall_seconds=stall_seconds)
        if folder is not None and name is None and done.name and done.name != path.name:
            wanted = _free_path(folder, done.name)
            try:
                os.replace(path, wanted)
                path = wanted
            except OSError:
                pass  # keep it under the provisional name
        learnt = name or done.name
        if learnt and self._names is not None and not file.name:
            try:
                self._names.remember(int(activity_id), {file.id: learnt})
            except Exception:  # noqa: BLE001 - the file is saved; only its name is not kept
                pass
        return path


    async def learn_names(self, files: Sequence[tuple[int, int, str]], *, limit: int = 4,
                          stall_seconds: float = 10.0) -> dict[int, str]:
        """Ask the portal the names of files not known here: one ``HEAD`` of each file URL (the name
        comes from ``Content-Disposition``; no body is read; not a REST call, so no request budget is
        used), at most ``limit`` at once. Names learnt are remembered for cards and details.

        Args:
            files: ``(activity_id, file_id, url)`` of each file (``url`` from ``crm.activity.list``).
            limit: requests in flight at once.
            stall_seconds: give up on one file after this long without an answer.

        Returns:
            ``{file_id: name}`` of the files whose name the portal gave. A file that cannot be asked
            (no answer, refused, gone) is left out and keeps showing as ``File <id>``; never raises
            for one file (only cancellation propagates).
        """
        semaphore = asyncio.Semaphore(max(1, limit))
        learnt: dict[int, str] = {}

        async def one(activity_id: int, file_id: int, url: str) -> None:
            async with semaphore:
                try:
                    name, _size = await self._client.files.head(url, stall_seconds=stall_seconds)
                except (BitrixClientError, OSError) as exc:
                    log.info("the name of file %s could not be read (%s)", file_id, type(exc).__name__)
                    return
            if name:
                learnt[file_id] = name
                if self._names is not None:
                    try:
                        self._names.remember(int(activity_id), {file_id: name})
                    except Exception:  # noqa: BLE001 - shown now, only not kept for the next time
                        log.info("the name of file %s could not be kept", file_id)

        await asyncio.gather(*(one(a, f, u) for a, f, u in files if f > 0 and u))
        return learnt


def _free_path(folder: Path, name: str) -> Path:
    """``folder / name``, or ``name (1).ext``, ``name (2).ext`` … when taken."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 1
    while candidate.exists():
        candidate = folder / f"{stem} ({n}){suffix}"
        n += 1
    return candidate
