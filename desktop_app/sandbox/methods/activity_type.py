"""Custom activity types of an application (legacy ``Bitrix\\Crm\\Activity\\Rest\\TypeProxy``):
``crm.activity.type.add``, ``.list``, ``.delete`` (api-spec.md §4.11, server-behaviour.md §1.9), and the
application rules of ``REST_APP`` activities that ``crm.activity.add/update/delete`` apply (§1.2, §1.4, §1.5).

Every operation first needs a portal administrator, then an application context, both answered with
HTTP 403 ``ACCESS_DENIED``: ``Access denied! Admin permissions required`` /
``Access denied! Application context required`` (a webhook of an administrator gets the second).
Types belong to the registering application; ``list`` shows only the caller's, ``delete`` removes only
the caller's.

``crm.activity.type.add`` — ``fields`` (name in any letter case, keys upper-case): ``TYPE_ID``* (≤ 100
characters), ``NAME`` (≤ 255), ``ICON_FILE``, ``IS_CONFIGURABLE_TYPE`` (``Y`` / else ``N``). Errors after
the two above, in this order: ``INVALID_ARG_VALUE`` / ``Field TYPE_ID is required`` (missing or empty) →
``""`` / ``Type ID "CONFIGURABLE" is reserved`` (``CONFIGURABLE`` with ``IS_CONFIGURABLE_TYPE=Y``) →
``INVALID_ARG_VALUE`` / ``Type is already registered`` → ``INVALID_ARG_VALUE`` for a ``TYPE_ID``/``NAME``
over its length → ``INVALID_ARG_VALUE`` for an ``ICON_FILE`` that is not a file, not Base64, not an image
or too large (messages name the field and the rule). The codes are the docs' (the source read answers
code-less messages, §1.9 [src≠docs]); the texts are the source's.

``ICON_FILE`` forms: ``["name.png", "<base64>"]``, ``{"fileData": ["name.png", "<base64>"]}``, or a
multipart file part ``fields[ICON_FILE]`` (an :class:`~desktop_app.sandbox.uploads.UploadedFile`).
Sandbox rules [INF — the portal's limits are undocumented]: an image is PNG, JPEG, GIF, WebP or BMP by its
signature; at most :data:`MAX_ICON_BYTES`.
"""

from __future__ import annotations

import base64
import binascii
import sqlite3
from typing import Any

from ..app_store import rest_app_id
from ..errors import ControllerError, LegacyError, access_denied
from ..params import MISSING, legacy_param
from ..registry import MethodContext, rest_method
from ..wire import is_php_array, php_items, php_str

__all__ = ["MAX_ICON_BYTES", "check_rest_app_owner", "image_type", "rest_app_values"]

#: Largest ``ICON_FILE`` the sandbox accepts, in bytes (1 MiB) [INF].
MAX_ICON_BYTES = 1024 * 1024
_TYPE_ID_MAX, _NAME_MAX = 100, 255
_APP_CONTEXT = "Application context required."


def _invalid(message: str) -> ControllerError:
    return ControllerError("INVALID_ARG_VALUE", message)


def _text(value: Any) -> str:
    """A scalar parameter as the legacy proxy reads it (``php_str``); ``""`` for a missing value or an array."""
    return "" if value is None or is_php_array(value) else php_str(value)


def _caller(ctx: MethodContext) -> str:
    """The administrator-and-application gate of every operation; returns the application's client id."""
    if not ctx.principal.is_admin:
        raise access_denied("Admin permissions required")
    client_id = ctx.principal.app_client_id
    if client_id is None:
        raise access_denied("Application context required")
    return client_id


def image_type(data: bytes) -> str | None:
    """The MIME type of an image by its signature (PNG, JPEG, GIF, WebP, BMP), or ``None``."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    if data[:2] == b"BM" and len(data) >= 26:
        return "image/bmp"
    return None


def _icon_bytes(value: Any) -> tuple[str, bytes]:
    """``(name, bytes)`` of an ``ICON_FILE`` value; raises ``INVALID_ARG_VALUE`` naming the rule."""
    data = getattr(value, "data", None)  # a multipart part handed over by the REST core
    if isinstance(data, bytes):
        return php_str(value.get("name", "")) if isinstance(value, dict) else "", data
    if isinstance(value, dict) and "fileData" in value:
        value = value["fileData"]
    pair = [item for _, item in php_items(value)] if is_php_array(value) else []
    if len(pair) < 2 or not all(isinstance(item, str) for item in pair[:2]):
        raise _invalid('ICON_FILE must be a file: ["name.png", "<base64>"], {"fileData": [...]} or an uploaded file.')
    name, encoded = pair[0], pair[1]
    try:
        raw = base64.b64decode("".join(encoded.split()), validate=True)
    except (binascii.Error, ValueError):
        raise _invalid("ICON_FILE is not valid Base64.") from None
    return name, raw


def _read_icon(value: Any) -> tuple[str, str, bytes]:
    name, data = _icon_bytes(value)
    if len(data) > MAX_ICON_BYTES:
        raise _invalid(f"ICON_FILE is too large: {len(data)} bytes; at most {MAX_ICON_BYTES} bytes (1 MiB).")
    content_type = image_type(data)
    if content_type is None:
        raise _invalid("ICON_FILE is not an image: PNG, JPEG, GIF, WebP or BMP expected.")
    return name or "icon", content_type, data


@rest_method("crm.activity.type.add")
def type_add(ctx: MethodContext) -> bool:
    """Register a custom type for the calling application; ``true``. Errors: module docstring."""
    client_id = _caller(ctx)
    raw = legacy_param(ctx.params, "fields")
    fields = dict(php_items(raw)) if raw is not MISSING and is_php_array(raw) else {}
    type_id = _text(fields.get("TYPE_ID"))
    if type_id == "":
        raise _invalid("Field TYPE_ID is required")
    configurable = fields.get("IS_CONFIGURABLE_TYPE") == "Y"
    if type_id == "CONFIGURABLE" and configurable:
        raise LegacyError('Type ID "CONFIGURABLE" is reserved')
    if ctx.db.scalar("SELECT 1 FROM activity_app_type WHERE client_id = ? AND type_id = ?",
                     (client_id, type_id)) is not None:
        raise _invalid("Type is already registered")
    if len(type_id) > _TYPE_ID_MAX:
        raise _invalid(f"TYPE_ID is longer than {_TYPE_ID_MAX} characters.")
    name = _text(fields.get("NAME"))
    if len(name) > _NAME_MAX:
        raise _invalid(f"NAME is longer than {_NAME_MAX} characters.")
    icon = _read_icon(fields["ICON_FILE"]) if fields.get("ICON_FILE") not in (None, "") else None
    with ctx.db.transaction():
        icon_id = 0
        if icon is not None:
            icon_id = int(ctx.db.execute("INSERT INTO app_type_icon (name, content_type, data) VALUES (?, ?, ?)",
                                         icon).lastrowid)
        try:
            ctx.db.execute("INSERT INTO activity_app_type (client_id, type_id, name, is_configurable, icon_id) "
                           "VALUES (?, ?, ?, ?, ?)", (client_id, type_id, name, "Y" if configurable else "N", icon_id))
        except sqlite3.IntegrityError:  # registered meanwhile
            raise _invalid("Type is already registered") from None
    return True


@rest_method("crm.activity.type.list")
def type_list(ctx: MethodContext) -> list[dict[str, str]]:
    """The calling application's types, in the order registered:
    ``[{"TYPE_ID", "NAME", "IS_CONFIGURABLE_TYPE": "Y"|"N", "ICON_ID": "<id>"|"0"}]`` (strings)."""
    client_id = _caller(ctx)
    rows = ctx.db.query("SELECT type_id, name, is_configurable, icon_id FROM activity_app_type "
                        "WHERE client_id = ? ORDER BY id", (client_id,))
    return [{"TYPE_ID": r["type_id"], "NAME": r["name"], "IS_CONFIGURABLE_TYPE": r["is_configurable"],
             "ICON_ID": str(r["icon_id"])} for r in rows]


@rest_method("crm.activity.type.delete")
def type_delete(ctx: MethodContext) -> bool:
    """Remove one of the calling application's types (``TYPE_ID`` at the top level, key in any case);
    ``true``; ``INVALID_ARG_VALUE`` / ``Type not found`` when it has none of that id. Activities of the
    type stay [INF]."""
    client_id = _caller(ctx)
    value = next((v for k, v in ctx.params.items() if str(k).upper() == "TYPE_ID"), None)
    type_id = _text(value)
    row = ctx.db.query_one("SELECT id, icon_id FROM activity_app_type WHERE client_id = ? AND type_id = ?",
                           (client_id, type_id))
    if row is None:
        raise _invalid("Type not found")
    with ctx.db.transaction():
        ctx.db.execute("DELETE FROM activity_app_type WHERE id = ?", (row["id"],))
        ctx.db.execute("DELETE FROM app_type_icon WHERE id = ?", (row["icon_id"],))
    return True


# ------------------------------------------------------------ REST_APP activities (crm.activity.*)


def rest_app_values(ctx: MethodContext, fields: dict[str, Any]) -> dict[str, Any]:
    """``crm.activity.add`` with ``PROVIDER_ID=REST_APP`` (server-behaviour.md §1.2 step 8): the columns the
    application sets — ``ASSOCIATED_ENTITY_ID`` = the application's numeric id, ``PROVIDER_TYPE_ID`` as
    given (a type of ``crm.activity.type.add``) or ``LINK``.

    Raises:
        LegacyError: ``Application context required.`` for a webhook call.
    """
    client_id = ctx.principal.app_client_id
    if client_id is None:
        raise LegacyError(_APP_CONTEXT)
    provider_type = _text(fields.get("PROVIDER_TYPE_ID"))
    return {"associated_entity_id": rest_app_id(ctx.db, client_id), "provider_type_id": provider_type or "LINK"}


def check_rest_app_owner(ctx: MethodContext, row: sqlite3.Row) -> None:
    """Only the creating application may update or delete a ``REST_APP`` activity (§1.4 step 3, §1.5).

    Raises:
        LegacyError: ``Application context required.`` (webhook) or ``Access denied.`` (another application).
    """
    client_id = ctx.principal.app_client_id
    if client_id is None:
        raise LegacyError(_APP_CONTEXT)
    if int(row["associated_entity_id"] or 0) != rest_app_id(ctx.db, client_id):
        raise LegacyError("Access denied.")
