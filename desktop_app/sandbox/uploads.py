"""Files uploaded in a ``multipart/form-data`` request, as the REST core hands them to a method.

PHP puts a file part into ``$_FILES`` and the REST core passes it to the method at the part's key
(``fields[ICON_FILE]`` → ``fields.ICON_FILE``) as the array ``{name, type, tmp_name, error, size}``
[INF: the shape of ``$_FILES`` entries; how the portal maps nested keys is undocumented]. The sandbox
keeps that array and the bytes: :class:`UploadedFile` is a ``dict`` (so every handler sees a PHP array,
as it would on the portal) with the content in :attr:`UploadedFile.data`. Only
``crm.activity.type.add`` (``ICON_FILE``, ``methods/activity_type.py``) reads the bytes.
"""

from __future__ import annotations

from typing import Any, Protocol

__all__ = ["UploadedFile", "form_value"]


class _FormFile(Protocol):  # starlette.datastructures.UploadFile
    filename: str | None
    content_type: str | None

    async def read(self, size: int = -1) -> bytes: ...


class UploadedFile(dict):  # type: ignore[type-arg]
    """A file part: ``{"name", "type", "tmp_name", "error", "size"}`` plus :attr:`data` (the bytes)."""

    __slots__ = ("data",)

    def __init__(self, name: str, content_type: str, data: bytes) -> None:
        super().__init__(name=name, type=content_type, tmp_name="", error=0, size=len(data))
        self.data = data


async def form_value(value: str | Any) -> str | UploadedFile:
    """A multipart form value as a method parameter: text stays text, a file part becomes an
    :class:`UploadedFile`."""
    if isinstance(value, str):
        return value
    upload: _FormFile = value
    return UploadedFile(upload.filename or "", upload.content_type or "", await upload.read())
