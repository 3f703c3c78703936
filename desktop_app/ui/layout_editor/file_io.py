"""Reading and writing layout files with messages that say what went wrong (no traceback reaches
the user). A file over :data:`MAX_FILE_BYTES` is not opened at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.layout import MAX_LAYOUT_CHARS

#: Largest file the editor opens (bytes): the validator reads at most MAX_LAYOUT_CHARS characters.
MAX_FILE_BYTES = 4 * MAX_LAYOUT_CHARS


class LayoutFileError(Exception):
    """A file could not be read or written; ``str()`` is a translated, plain-text message."""


def read_layout_file(path: str | os.PathLike[str]) -> str:
    """The text of a layout file (UTF-8, a BOM dropped). Raises :class:`LayoutFileError`."""
    translate = QCoreApplication.translate  # the name pyside6-lupdate reads
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise LayoutFileError(
                translate("LayoutFiles", "“%1” is %2 bytes; the editor opens files up to %3 bytes. Nothing was opened.")
                .replace("%1", path.name)
                .replace("%2", f"{size:,}")
                .replace("%3", f"{MAX_FILE_BYTES:,}")
            )
        data = path.read_bytes()
    except OSError as exc:
        raise LayoutFileError(
            translate("LayoutFiles", "Cannot open “%1”: %2").replace("%1", path.name).replace("%2", exc.strerror or str(exc))
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LayoutFileError(
            translate("LayoutFiles", "“%1” is not UTF-8 text (byte %2). Nothing was opened.")
            .replace("%1", path.name)
            .replace("%2", str(exc.start + 1))
        ) from None


def write_layout_file(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8, replacing the file only once it is complete. Raises :class:`LayoutFileError`."""
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise LayoutFileError(
            QCoreApplication.translate("LayoutFiles", "Cannot save “%1”: %2")
            .replace("%1", path.name)
            .replace("%2", exc.strerror or str(exc))
        ) from None
