"""Activity files (``FILES`` / ``WEBDAV_ELEMENTS``): storage, the add/update wire format, list output.

Wire (api-spec.md §3.1.5, §4.3/§4.4; server-behaviour.md §1.2 step 14, §1.3, §2.2):

* ``crm.activity.add`` / ``crm.activity.update`` take ``fields.FILES`` — or, when ``FILES`` is absent or
  PHP-empty, ``fields.WEBDAV_ELEMENTS`` (the deprecated alias) — as a list of items:
  ``{"fileData": ["name.ext", "<base64>"]}`` uploads a file; ``{"id": <fileId>, "remove": "Y"}`` (update)
  removes one. ``remove`` is ``Y`` in any letter case; ``{"id": N}`` without it keeps the file (no-op).
  Files an update does not name stay. A single item object instead of a list counts as a one-item list
  (as the portal's ``isIndexedArray`` test does); a PHP-empty value (``[]``, ``""``, ``0``) changes nothing.
* ``crm.activity.list`` returns ``FILES: [{"id": <int>, "url": <str>}]`` only when ``select`` names
  ``FILES``, ``STORAGE_ELEMENT_IDS`` or ``WEBDAV_ELEMENTS``; an activity without files has **no** ``FILES``
  key (the portal's ``externalizeFields`` unsets an empty diskfile field). ``crm.activity.get`` never
  returns ``FILES`` (api-spec.md §4.5). ``url`` =
  ``<scheme>://<host>[:port]/bitrix/tools/crm_show_file.php?fileId=<id>&ownerTypeId=6&ownerId=<activityId>&auth=``
  with the scheme and host of the request that listed it; ``auth=`` is empty as the portal sends it to a
  webhook (the caller appends its credential, see ``show_file.py``).

Validation — a sandbox choice [INF]: the portal skips an item it cannot read **silently**
(``tryInternalizeDiskFileField`` / ``CRestUtil::saveFile`` drop non-objects, a missing or non-list
``fileData``, empty or undecodable content, and invent a random name for a nameless file), so a client
bug would look like "the portal lost my attachment". The sandbox instead refuses the whole call with a
legacy error (HTTP 400, ``"error": ""``, server-behaviour.md §1.0.4) whose text names the field, the item
and the rule, e.g. ``The field FILES is not valid: item 0: fileData must be ["name", "<base64>"].``
Nothing is stored then. Rules: each item is an object; an upload's ``fileData`` is a list of exactly two
values; the name is a non-blank string (numbers are cast) of at most 255 characters, not ``.`` or ``..``,
without ``/``, ``\\`` or control characters (C0, DEL, C1); the content is standard Base64 (RFC 4648
alphabet, ``=`` padding, line breaks allowed, no ``data:`` prefix) of at least one byte (the portal stores
no empty file); a removal's ``id`` is a positive integer. Removing an id the activity does not (or no longer) have is ignored, so a replayed
update succeeds. There is no size limit per file (the cloud's limit is the 2 GB request, api-spec.md §1.2).

Storage: table ``activity_file`` (``schema.py``): id from the ``file`` sequence (own numbering, api-spec.md
Appendix A), owner activity, name, content type (guessed from the name with Python's built-in table,
``application/octet-stream`` when unknown), size in bytes, the bytes. Deleting an activity deletes its
files.
"""

from __future__ import annotations

import base64
import binascii
import mimetypes
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from .db import SandboxDB
from .errors import LegacyError
from .wire import is_php_array, php_empty, php_intval, php_items, php_str

__all__ = [
    "ACTIVITY_OWNER_TYPE_ID",
    "FILE_FIELDS",
    "MAX_NAME_LENGTH",
    "SELECT_NAMES",
    "SHOW_FILE_PATH",
    "FileChanges",
    "StoredFile",
    "Upload",
    "activity_files",
    "apply_file_changes",
    "delete_files_of",
    "file_ids_by_activity",
    "files_output",
    "guess_content_type",
    "read_file_changes",
    "show_file_url",
    "stored_file",
]

#: Path of the portal's download script for CRM files (api-spec.md §3.1.5).
SHOW_FILE_PATH = "/bitrix/tools/crm_show_file.php"
#: ``ownerTypeId`` of an activity in file URLs (api-spec.md §3.2).
ACTIVITY_OWNER_TYPE_ID = 6
#: Input fields carrying files, in the order the portal reads them (server-behaviour.md §1.2 step 14).
FILE_FIELDS = ("FILES", "WEBDAV_ELEMENTS")
#: ``select`` names that produce the ``FILES`` key in ``crm.activity.list`` (api-spec.md §3.1.5).
SELECT_NAMES = frozenset({"FILES", "STORAGE_ELEMENT_IDS", "WEBDAV_ELEMENTS"})
#: Longest file name accepted, in characters (the portal's disk object name limit).
MAX_NAME_LENGTH = 255

_ITEM_SHAPE = '{"fileData": ["name", "<base64>"]} or {"id": <fileId>, "remove": "Y"}'
_BAD_NAME_CHARS = re.compile(r"[/\\\x00-\x1f\x7f-\x9f]")
_LINE_BREAKS = str.maketrans("", "", "\r\n")
#: Python's built-in extension table only (no /etc/mime.types): the same answer on every machine.
_MIME = mimetypes.MimeTypes()


@dataclass(frozen=True)
class Upload:
    """A file to store: ``name`` (as sent), ``data`` (the decoded bytes), ``content_type`` (guessed)."""

    name: str
    data: bytes
    content_type: str


@dataclass(frozen=True)
class FileChanges:
    """What an add/update does to an activity's files: new ``uploads`` and file ids to remove."""

    uploads: tuple[Upload, ...] = ()
    remove_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class StoredFile:
    """A stored file: ``id``, owner ``activity_id``, ``name``, ``content_type``, ``size`` (bytes) and
    ``data`` (the bytes; ``b""`` when read without content)."""

    id: int
    activity_id: int
    name: str
    content_type: str
    size: int
    data: bytes = b""


def guess_content_type(name: str) -> str:
    """The MIME type for a file name (``report.pdf`` → ``application/pdf``), else ``application/octet-stream``."""
    guessed, _ = _MIME.guess_type(name, strict=False)
    return guessed or "application/octet-stream"


# ---------------------------------------------------------------------------- input


def _invalid(field: str, key: str, rule: str) -> LegacyError:
    return LegacyError(f"The field {field} is not valid: item {key}: {rule}.")


def _indexed(value: Any) -> bool:
    """PHP ``isIndexedArray``: a list, or a map keyed ``0..n-1`` in order."""
    if isinstance(value, (list, tuple)):
        return True
    return isinstance(value, dict) and list(value) == [str(i) for i in range(len(value))]


def _file_name(raw: Any, field: str, key: str) -> str:
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        raise _invalid(field, key, "the file name (fileData[0]) must be a string")
    name = php_str(raw)
    if not name.strip():
        raise _invalid(field, key, "the file name (fileData[0]) is empty")
    if len(name) > MAX_NAME_LENGTH:
        raise _invalid(field, key, f"the file name (fileData[0]) is longer than {MAX_NAME_LENGTH} characters")
    if _BAD_NAME_CHARS.search(name) or name in (".", ".."):
        raise _invalid(field, key, 'the file name (fileData[0]) must not contain "/", "\\" or control characters, '
                                   'nor be "." or ".."')
    return name


def _file_content(raw: Any, field: str, key: str, name: str) -> bytes:
    where = f'{key} ("{name}")'
    if not isinstance(raw, str):
        raise _invalid(field, where, "the content (fileData[1]) must be a Base64 string")
    text = raw.translate(_LINE_BREAKS)
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        hint = " (a \"+\" sent unencoded in a query or form arrives as a space)" if " " in text else ""
        raise _invalid(field, where, 'the content (fileData[1]) is not valid Base64 (RFC 4648 alphabet, "=" '
                                     f'padding, no "data:" prefix){hint}') from None
    if not data:
        raise _invalid(field, where, "the file is empty (the portal stores no empty file)")
    return data


def _read_item(item: Any, field: str, key: str, uploads: list[Upload], removals: list[int]) -> None:
    if not isinstance(item, dict) or (_indexed(item) and item):
        raise _invalid(field, key, f"each item must be an object {_ITEM_SHAPE}")
    if "fileData" in item and item["fileData"] is not None:
        file_data = item["fileData"]
        values = [value for _, value in php_items(file_data)] if _indexed(file_data) else None
        if values is None or len(values) != 2:
            raise _invalid(field, key, 'fileData must be ["name", "<base64>"]')
        name = _file_name(values[0], field, key)
        uploads.append(Upload(name, _file_content(values[1], field, key, name), guess_content_type(name)))
        return
    if "id" not in item or item["id"] is None:
        raise _invalid(field, key, f"the item has neither fileData nor id; expected {_ITEM_SHAPE}")
    raw_id = item["id"]
    file_id = php_intval(raw_id) if not is_php_array(raw_id) else 0
    if file_id <= 0:
        raise _invalid(field, key, '"id" must be a positive file id')
    remove = item.get("remove")
    if isinstance(remove, str) and remove.upper() == "Y":
        removals.append(file_id)


def read_file_changes(fields: dict[str, Any]) -> FileChanges | None:
    """Read ``FILES`` (or ``WEBDAV_ELEMENTS``) of internalised add/update ``fields`` (module docstring).

    Returns ``None`` when neither field carries anything (PHP-empty or absent), else the changes.

    Raises:
        LegacyError: an item breaks a rule; the message names the field, the item key and the rule.
    """
    field = next((name for name in FILE_FIELDS if not php_empty(fields.get(name))), None)
    if field is None:
        return None
    value = fields[field]
    if not is_php_array(value):
        raise LegacyError(f"The field {field} must be a list of {_ITEM_SHAPE} items.")
    items = php_items(value) if _indexed(value) else [("0", value)]
    uploads: list[Upload] = []
    removals: list[int] = []
    for key, item in items:
        _read_item(item, field, key, uploads, removals)
    return FileChanges(tuple(uploads), tuple(dict.fromkeys(removals)))


# ---------------------------------------------------------------------------- storage


def apply_file_changes(db: SandboxDB, activity_id: int, changes: FileChanges) -> list[int]:
    """Store ``changes.uploads`` for ``activity_id`` and delete its files named in ``changes.remove_ids``
    (ids of other activities or unknown ids are ignored). Returns the new file ids, in upload order.
    Runs in one transaction (nests inside the caller's)."""
    new_ids: list[int] = []
    with db.transaction():
        for file_id in changes.remove_ids:
            db.execute("DELETE FROM activity_file WHERE id = ? AND activity_id = ?", (file_id, activity_id))
        for upload in changes.uploads:
            file_id = db.next_id("file")
            db.insert_row("activity_file", {"id": file_id, "activity_id": activity_id, "name": upload.name,
                                            "content_type": upload.content_type, "size": len(upload.data),
                                            "data": upload.data})
            new_ids.append(file_id)
    return new_ids


def delete_files_of(db: SandboxDB, activity_id: int) -> None:
    """Delete every file of ``activity_id`` (the activity was deleted)."""
    db.execute("DELETE FROM activity_file WHERE activity_id = ?", (activity_id,))


def file_ids_by_activity(db: SandboxDB, activity_ids: Iterable[int]) -> dict[int, list[int]]:
    """``{activity_id: [file ids in upload order]}`` for the activities that have files."""
    ids = sorted(set(activity_ids))
    result: dict[int, list[int]] = {}
    for chunk_start in range(0, len(ids), 500):  # stays below SQLite's bound-parameter limit
        chunk = ids[chunk_start:chunk_start + 500]
        marks = ", ".join("?" for _ in chunk)
        for row in db.query(f"SELECT activity_id, id FROM activity_file WHERE activity_id IN ({marks}) "
                            "ORDER BY activity_id, id", chunk):
            result.setdefault(int(row[0]), []).append(int(row[1]))
    return result


def stored_file(db: SandboxDB, file_id: int, *, with_data: bool = True) -> StoredFile | None:
    """The file ``file_id`` (with its bytes unless ``with_data`` is False), or ``None``."""
    data_column = "data" if with_data else "x''"
    row = db.query_one(f"SELECT id, activity_id, name, content_type, size, {data_column} AS data "
                       "FROM activity_file WHERE id = ?", (file_id,))
    if row is None:
        return None
    return StoredFile(int(row["id"]), int(row["activity_id"]), row["name"], row["content_type"],
                      int(row["size"]), bytes(row["data"]))


def activity_files(db: SandboxDB, activity_id: int) -> list[StoredFile]:
    """The files of ``activity_id`` with their bytes, in upload order (for tests and the demo)."""
    rows = db.query("SELECT id, activity_id, name, content_type, size, data FROM activity_file "
                    "WHERE activity_id = ? ORDER BY id", (activity_id,))
    return [StoredFile(int(r["id"]), int(r["activity_id"]), r["name"], r["content_type"], int(r["size"]),
                       bytes(r["data"])) for r in rows]


# ---------------------------------------------------------------------------- output


def show_file_url(base_url: str, file_id: int, activity_id: int) -> str:
    """``<base_url>/bitrix/tools/crm_show_file.php?fileId=…&ownerTypeId=6&ownerId=…&auth=`` (§3.1.5)."""
    return (f"{base_url.rstrip('/')}{SHOW_FILE_PATH}?fileId={file_id}"
            f"&ownerTypeId={ACTIVITY_OWNER_TYPE_ID}&ownerId={activity_id}&auth=")


def files_output(base_url: str, activity_id: int, file_ids: Sequence[int]) -> list[dict[str, Any]]:
    """``FILES`` items of one activity: ``[{"id": int, "url": str}]`` (api-spec.md §3.1.5)."""
    return [{"id": file_id, "url": show_file_url(base_url, file_id, activity_id)} for file_id in file_ids]
