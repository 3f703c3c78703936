"""Icon files for custom activity types (``crm.activity.type.add`` ``ICON_FILE``): checked before any request.

Rules (the portal's limits are undocumented, api-spec.md §4.11; the sandbox portal accepts PNG, JPEG,
GIF, WebP and BMP up to 1 MiB, ``sandbox/methods/activity_type.py``):

* the bytes must be a **PNG, JPEG or GIF** image, recognised by its signature (the file's name or
  extension is not trusted): PNG ``89 50 4E 47 0D 0A 1A 0A`` + an ``IHDR`` chunk, JPEG ``FF D8 FF``, GIF
  ``GIF87a`` / ``GIF89a``. SVG is refused: it is text that may carry scripts and external references, the
  portal shows type icons as raster images, and the sandbox refuses it too. WebP and BMP are refused
  as well, to stay within what every portal and the card painter handle [INF];
* at most :data:`MAX_ICON_BYTES` (1 MiB) [INF: the sandbox's limit; a type icon is a small picture];
* not empty, and readable.

A refusal raises :class:`IconRefused` with the field (``"icon"``), a machine :class:`IconRule` for the UI to
translate, and the rule in plain English. Nothing is sent. No Qt here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from desktop_app.bitrix.files import safe_file_name

__all__ = ["ICON_TYPES", "MAX_ICON_BYTES", "IconRefused", "IconRule", "LocalIcon", "icon_from_bytes", "read_icon",
           "sniff_image"]

#: Largest icon file accepted, in bytes (1 MiB) [INF].
MAX_ICON_BYTES = 1024 * 1024
#: Accepted image types → the file extension used when the file's own name is unusable.
ICON_TYPES = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif"}


class IconRule(StrEnum):
    """Why an icon file was refused (the UI maps each to a translated sentence)."""

    EMPTY = "empty"
    UNREADABLE = "unreadable"
    NOT_IMAGE = "not_image"
    TOO_LARGE = "too_large"


#: The rules in plain English (logs, tests, and the fallback text).
RULE_TEXT = {
    IconRule.EMPTY: "the file is empty",
    IconRule.UNREADABLE: "the file could not be read",
    IconRule.NOT_IMAGE: "not a PNG, JPEG or GIF image",
    IconRule.TOO_LARGE: f"larger than {MAX_ICON_BYTES // 1024} KiB",
}


class IconRefused(ValueError):
    """An icon file that is not sent. ``str(exc)`` is ``"icon: <rule>"``.

    Attributes:
        field: always ``"icon"`` (the form field).
        reason: the :class:`IconRule` broken.
        rule: the rule in plain English (``not a PNG, JPEG or GIF image``).
        size: the file's size in bytes when known, else ``None``.
        limit: :data:`MAX_ICON_BYTES` for ``TOO_LARGE``, else ``None``.
    """

    def __init__(self, reason: IconRule, *, size: int | None = None, limit: int | None = None) -> None:
        self.field = "icon"
        self.reason = reason
        self.rule = RULE_TEXT[reason]
        self.size = size
        self.limit = limit
        super().__init__(f"{self.field}: {self.rule}")


@dataclass(frozen=True)
class LocalIcon:
    """An icon file read and checked: ``name`` (a plain file name), ``data`` (the bytes), ``content_type``
    (``image/png``, ``image/jpeg`` or ``image/gif``). Passes as ``NamedBytes`` to
    ``client.activity_types.add``."""

    name: str
    data: bytes
    content_type: str

    def __repr__(self) -> str:  # never dump the bytes into a log line
        return f"LocalIcon(name={self.name!r}, {len(self.data)} bytes, {self.content_type})"


def sniff_image(data: bytes) -> str | None:
    """The MIME type of ``data`` by its signature: ``image/png``, ``image/jpeg``, ``image/gif``, or ``None``."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    return None


def icon_from_bytes(name: str, data: bytes, *, max_bytes: int = MAX_ICON_BYTES) -> LocalIcon:
    """``data`` checked as an icon (module docstring); ``name`` made a plain file name (its extension
    replaced when it does not match the image type, so the portal stores what it is).

    Raises:
        IconRefused: ``EMPTY``, ``TOO_LARGE`` or ``NOT_IMAGE``.
    """
    data = bytes(data)
    if not data:
        raise IconRefused(IconRule.EMPTY, size=0)
    if len(data) > max_bytes:
        raise IconRefused(IconRule.TOO_LARGE, size=len(data), limit=max_bytes)
    content_type = sniff_image(data)
    if content_type is None:
        raise IconRefused(IconRule.NOT_IMAGE, size=len(data))
    ext = ICON_TYPES[content_type]
    base = safe_file_name(name) or "icon"
    stem, dot, given = base.rpartition(".")
    allowed = {".jpg", ".jpeg"} if content_type == "image/jpeg" else {ext}
    if not (dot and stem and f".{given.lower()}" in allowed):
        base = f"{stem if dot and stem else base}{ext}"
    return LocalIcon(name=base, data=data, content_type=content_type)


def read_icon(path: str | os.PathLike[str], *, max_bytes: int = MAX_ICON_BYTES) -> LocalIcon:
    """Read and check the icon file at ``path``; a file over the limit is refused without reading it all.

    Raises:
        IconRefused: ``UNREADABLE`` (missing, a folder, no permission, an I/O error), ``EMPTY``,
            ``TOO_LARGE``, ``NOT_IMAGE``.
    """
    file = Path(path)
    try:
        with file.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError:
        raise IconRefused(IconRule.UNREADABLE) from None
    if len(data) > max_bytes:
        try:
            size: int | None = file.stat().st_size
        except OSError:
            size = None
        raise IconRefused(IconRule.TOO_LARGE, size=size, limit=max_bytes)
    return icon_from_bytes(file.name, data, max_bytes=max_bytes)
