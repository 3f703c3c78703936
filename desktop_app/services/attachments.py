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
* :func:`read_local_file` (path → :class:`LocalFile`), :func:`check_files` (limits).
* :data:`MAX_FILE_BYTES` (20 MiB per file), :data:`MAX_FILES` (10 per activity change).
* Drafts: ``TodoDraft.files``, ``ActivityDraft.files`` (tuples of :class:`LocalFile`) and
  ``ActivityDraft.remove_file_ids`` (portal file ids to remove on edit).
* Downloads and listing: ``session.attachments`` (:class:`AttachmentService`):
  ``await files(activity_id) -> list[PortalFile]`` and
  ``await download(activity_id, file, target) -> Path``; both raise the client's errors
  (:mod:`desktop_app.bitrix.errors`).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "MAX_FILES",
    "MAX_FILE_BYTES",
    "PROBLEM_CODES",
    "AttachmentProblem",
    "LocalFile",
    "PortalFile",
    "check_files",
    "display_name",
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
