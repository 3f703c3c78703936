"""Activity files (``FILES``): the upload encoding and the download of a file's URL (``client.files``).

Wire (api-spec.md §3.1.5): ``crm.activity.add`` / ``crm.activity.update`` take
``FILES: [{"fileData": ["name.ext", "<base64>"]}, …]`` (Base64 without a ``data:`` prefix) to upload
and, on update, ``{"id": <fileId>, "remove": "Y"}`` to remove one; files an update does not name stay.
``crm.activity.list`` answers ``FILES: [{"id": int, "url": str}]`` when ``select`` names ``FILES``
(parsed into :class:`~desktop_app.bitrix.models.ActivityFile`); ``crm.activity.get`` never does.

Download: the URL is ``<portal>/bitrix/tools/crm_show_file.php?fileId=…&ownerTypeId=6&ownerId=…&auth=``.
:meth:`FileMethods.download` fills ``auth`` with the credential (the webhook code for a webhook
connection) **only** when the URL's scheme, host and port are the portal's own
(:func:`check_file_url`); any other URL raises :class:`~desktop_app.bitrix.errors.FileUrlRefused`
and nothing is sent. The body is streamed to a temporary file beside the target (``.<name>.…part``),
renamed onto the target when complete and removed on any failure or cancellation; there is no size
cap beyond the disk, but a download that receives nothing for ``stall_seconds`` is abandoned
(:class:`~desktop_app.bitrix.errors.DownloadStalled`). The file name the portal gives is read from
``Content-Disposition`` (:func:`filename_from_disposition`: RFC 6266 ``filename*`` per RFC 5987 first,
then plain ``filename``). Redirects are not followed.

Errors: 401 / 404 JSON error envelopes map like REST errors (``AuthError`` for ``NO_AUTH_FOUND``,
``NotFound`` for ``NOT_FOUND``); another error status or body → ``BadResponse``; network failures →
``PortalUnreachable`` / ``RequestTimeout`` / ``ConnectionDropped``; a redirect → ``PortalMoved``;
the target not writable → ``DownloadNotSaved``. No text ever contains the credential.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import tempfile
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import unquote

import httpx

from .auth import DEFAULT_PORTS, same_origin
from .errors import (
    BadResponse,
    ConnectionDropped,
    DownloadNotSaved,
    DownloadStalled,
    FileUrlRefused,
    InvalidParameter,
    PortalMoved,
    PortalUnreachable,
    RequestTimeout,
    error_from_envelope,
)
from .exchange import REDIRECTS

if TYPE_CHECKING:
    from .client import BitrixClient

__all__ = [
    "DEFAULT_STALL_SECONDS", "Download", "FileMethods", "NamedBytes", "check_file_url", "encode_files",
    "file_removals", "file_uploads", "filename_from_disposition", "safe_file_name",
]

#: Seconds a download may receive nothing before it is abandoned.
DEFAULT_STALL_SECONDS = 30.0
#: What the errors of a download name as the "method".
DOWNLOAD = "file download"
_ERROR_BODY_BYTES = 64 * 1024
_MAX_NAME_BYTES = 255
_MAX_HEADER = 16 * 1024


class NamedBytes(Protocol):
    """A file to upload: its base ``name`` and its ``data`` (``services.attachments.LocalFile`` is one)."""

    @property
    def name(self) -> str: ...

    @property
    def data(self) -> bytes: ...


# -- upload encoding ------------------------------------------------------------------------------

def encode_files(uploads: Iterable[NamedBytes] = (), remove_ids: Iterable[int] = ()) -> list[dict[str, Any]]:
    """The ``FILES`` value of ``crm.activity.add`` / ``.update`` (api-spec.md §3.1.5).

    Args:
        uploads: files to add, in order: each becomes ``{"fileData": [name, base64]}``.
        remove_ids: portal file ids to remove (update only): ``{"id": N, "remove": "Y"}``.

    Returns:
        The list, uploads first (JSON-ready; Base64 without a ``data:`` prefix).

    Raises:
        InvalidParameter: ``FILES`` ``file_name`` (a blank name, or one with a path separator or a
            control character), ``FILES`` ``positive`` (a removal id that is not a positive whole number).
    """
    out: list[dict[str, Any]] = []
    for item in uploads:
        name = item.name
        if not isinstance(name, str) or safe_file_name(name) != name:
            raise InvalidParameter("FILES", "file_name", "every file needs a plain name (no folder, no control characters)")
        out.append({"fileData": [name, base64.b64encode(bytes(item.data)).decode("ascii")]})
    for file_id in remove_ids:
        if isinstance(file_id, bool) or not isinstance(file_id, int) or file_id <= 0:
            raise InvalidParameter("FILES", "positive", "a file to remove needs its positive portal id")
        out.append({"id": int(file_id), "remove": "Y"})
    return out


def file_uploads(files: Any) -> list[str]:
    """Names of the uploads (``fileData`` items) in a ``FILES`` value, in order (other items skipped)."""
    out: list[str] = []
    for item in files if isinstance(files, list) else ():
        data = item.get("fileData") if isinstance(item, dict) else None
        if isinstance(data, list) and data and isinstance(data[0], str):
            out.append(data[0])
    return out


def file_removals(files: Any) -> list[int]:
    """Ids of the removals (``{"id": N, "remove": "Y"}``) in a ``FILES`` value."""
    out: list[int] = []
    for item in files if isinstance(files, list) else ():
        if isinstance(item, dict) and str(item.get("remove", "")).upper() == "Y":
            with contextlib.suppress(TypeError, ValueError):
                out.append(int(item["id"]))
    return out


# -- names -----------------------------------------------------------------------------------------

def safe_file_name(name: str | None) -> str | None:
    """``name`` as a plain file name, or ``None`` when nothing usable is left.

    Keeps only what follows the last ``/`` or ``\\``; drops control and format characters
    (Unicode ``Cc``/``Cf``, e.g. NUL or a right-to-left override that disguises an extension) and
    surrounding blanks; refuses ``.`` and ``..``; cuts to 255 UTF-8 bytes keeping the extension.
    """
    if not isinstance(name, str):
        return None
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if unicodedata.category(c) not in ("Cc", "Cf", "Cs")).strip()
    if base in ("", ".", ".."):
        return None
    if len(base.encode("utf-8")) > _MAX_NAME_BYTES:
        stem, dot, ext = base.rpartition(".")
        ext = dot + ext if dot and 0 < len(ext) <= 16 else ""
        stem = base[: len(base) - len(ext)] if ext else base
        budget = _MAX_NAME_BYTES - len(ext.encode("utf-8"))
        stem = stem.encode("utf-8")[:budget].decode("utf-8", "ignore").rstrip()
        base = (stem + ext).strip()
        if base in ("", ".", ".."):
            return None
    return base


def _disposition_params(value: str) -> dict[str, str]:
    """``key=value`` parameters after the disposition type; quoted strings may hold ``;`` and ``\\"``."""
    params: dict[str, str] = {}
    i, n = value.find(";"), len(value)
    if i < 0:
        return params
    i += 1
    while i < n:
        eq = value.find("=", i)
        semi = value.find(";", i)
        if eq < 0 or (0 <= semi < eq):
            if semi < 0:
                break
            i = semi + 1
            continue
        key = value[i:eq].strip().lower()
        i = eq + 1
        while i < n and value[i] in " \t":
            i += 1
        if i < n and value[i] == '"':
            i += 1
            chars: list[str] = []
            while i < n and value[i] != '"':
                if value[i] == "\\" and i + 1 < n:
                    i += 1
                chars.append(value[i])
                i += 1
            text = "".join(chars)
            semi = value.find(";", i)
            i = n if semi < 0 else semi + 1
        else:
            semi = value.find(";", i)
            end = n if semi < 0 else semi
            text = value[i:end].strip()
            i = end + 1
        if key and key not in params:
            params[key] = text
    return params


def _ext_value(text: str) -> str | None:
    """RFC 5987 ``charset'language'pct-encoded`` → text, or ``None`` when it does not decode."""
    parts = text.split("'", 2)
    if len(parts) != 3:
        return None
    charset = parts[0].strip().lower()
    if charset not in ("utf-8", "iso-8859-1"):
        return None
    try:
        return unquote(parts[2], encoding=charset, errors="strict")
    except (UnicodeDecodeError, LookupError):
        return None


def filename_from_disposition(value: str | None) -> str | None:
    """The file name a ``Content-Disposition`` header gives (RFC 6266), made safe (:func:`safe_file_name`).

    ``filename*=UTF-8''%E2%82%AC%20rates.pdf`` (RFC 5987; UTF-8 or ISO-8859-1) wins over
    ``filename="plain.pdf"`` (quoted, with ``\\`` escapes) or ``filename=token``. Returns ``None``
    for a missing, empty or unreadable header. Never raises.
    """
    if not isinstance(value, str) or not value or len(value) > _MAX_HEADER:
        return None
    params = _disposition_params(value)
    star = params.get("filename*")
    if star is not None:
        decoded = safe_file_name(_ext_value(star))
        if decoded:
            return decoded
    return safe_file_name(params.get("filename"))


# -- download --------------------------------------------------------------------------------------

def _shown_host(url: httpx.URL) -> str:
    host = url.raw_host.decode("ascii", "replace").lower()
    return f"{host}:{url.port}" if url.port is not None else host


def check_file_url(url: str, base_url: str) -> httpx.URL:
    """``url`` parsed, when it may carry the portal's credential: ``http``/``https``, no user info,
    and the same scheme, host and port as ``base_url`` (the portal, ``scheme://host[:port]``;
    default ports count as written).

    Raises:
        FileUrlRefused: anything else (nothing is sent).
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise FileUrlRefused("it is not a valid web address") from None
    if parsed.scheme.lower() not in DEFAULT_PORTS or not parsed.raw_host:
        raise FileUrlRefused("only http(s) addresses on the portal are opened")
    if parsed.userinfo:
        raise FileUrlRefused("addresses with a user name are not opened", host=_shown_host(parsed))
    if not same_origin(parsed, base_url):
        raise FileUrlRefused("it is not on the portal's own address", host=_shown_host(parsed))
    return parsed


@dataclass(frozen=True)
class Download:
    """A completed download.

    Attributes:
        path: where the file now is (the target).
        size: bytes written.
        name: the name ``Content-Disposition`` gave (made safe), or ``None``.
        content_type: the ``Content-Type`` header, or ``""``.
    """

    path: Path
    size: int
    name: str | None
    content_type: str


class FileMethods:
    """``client.files``: file downloads (see the module docstring)."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    def auth_url(self, url: str) -> httpx.URL:
        """``url`` with ``auth`` set to the credential (secret: never log or show it).

        Raises:
            FileUrlRefused: not the portal's own scheme + host + port (:func:`check_file_url`).
        """
        parsed = check_file_url(url, self._client.base_url)
        return parsed.copy_set_param("auth", self._client.auth.file_credential())

    async def head(self, url: str, *, stall_seconds: float = DEFAULT_STALL_SECONDS) -> tuple[str | None, int | None]:
        """``HEAD`` the file URL: ``(name from Content-Disposition, Content-Length)``; errors as :meth:`download`."""
        target = self.auth_url(url)
        reply = await self._open("HEAD", target, stall_seconds)
        try:
            await self._check_status(reply)
            length = reply.headers.get("content-length", "").strip()
            return (filename_from_disposition(reply.headers.get("content-disposition")),
                    int(length) if length.isdigit() else None)
        finally:
            await reply.aclose()

    async def download(self, url: str, target: str | os.PathLike[str], *,
                       stall_seconds: float = DEFAULT_STALL_SECONDS) -> Download:
        """GET ``url`` (a ``FILES`` item's ``url``) into ``target`` (a file path; its folder must exist).

        Streams to ``.<target name>.<random>.part`` beside ``target``, renames it onto ``target`` when
        the body is complete (replacing an existing file), and removes it on any failure or
        cancellation. The saved file is readable by its owner only (``0600``).

        Args:
            url: the file URL from ``crm.activity.list`` (its ``auth=`` is filled here).
            target: the file to write.
            stall_seconds: abandon when nothing arrives for this long (seconds).

        Returns:
            :class:`Download`.

        Raises:
            FileUrlRefused: not on the portal's scheme + host + port (nothing sent).
            AuthError: 401 ``NO_AUTH_FOUND`` (the credential cannot read this activity).
            NotFound: 404 ``NOT_FOUND`` (no such file on that activity, or the activity is gone).
            BadResponse: another error status, or an error body that is not the JSON envelope.
            PortalMoved: the portal answered a redirect (not followed).
            DownloadStalled: nothing arrived for ``stall_seconds``.
            PortalUnreachable / RequestTimeout / ConnectionDropped: network failures.
            DownloadNotSaved: the target's folder is missing or not writable, or the disk is full.
        """
        source = self.auth_url(url)
        path = Path(target)
        reply = await self._open("GET", source, stall_seconds)
        try:
            await self._check_status(reply)
            size = await self._save(reply, path, stall_seconds)
            return Download(path=path, size=size,
                            name=filename_from_disposition(reply.headers.get("content-disposition")),
                            content_type=reply.headers.get("content-type", ""))
        finally:
            await reply.aclose()

    # -- internals -------------------------------------------------------------------------------

    @property
    def _host(self) -> str:
        return self._client.host

    def _redact(self, text: str) -> str:
        return self._client.auth.redact(text)

    async def _open(self, verb: str, url: httpx.URL, stall_seconds: float) -> httpx.Response:
        http = self._client.http
        timeout = httpx.Timeout(connect=10.0, read=stall_seconds, write=30.0, pool=10.0)
        request = http.build_request(verb, url, timeout=timeout, headers={"Accept": "*/*"})
        try:
            return await http.send(request, stream=True)
        except BaseException as exc:
            raise self._network_error(exc, stall_seconds) from None

    def _network_error(self, exc: BaseException, stall_seconds: float) -> BaseException:
        host = self._host
        if isinstance(exc, httpx.ReadTimeout):
            return DownloadStalled(f"{host} sent nothing for {stall_seconds:g} s; the download was abandoned.",
                                   method=DOWNLOAD, host=host, stall_seconds=stall_seconds)
        if isinstance(exc, httpx.TimeoutException):
            sent = not isinstance(exc, (httpx.ConnectTimeout, httpx.PoolTimeout))
            cls = RequestTimeout if sent else PortalUnreachable
            return cls(f"{host} did not answer the download in time.", method=DOWNLOAD, host=host, sent=sent)
        if isinstance(exc, httpx.ConnectError):
            return PortalUnreachable(f"Cannot connect to {host}: {self._redact(str(exc)) or 'connection failed'}.",
                                     method=DOWNLOAD, host=host, sent=False)
        if isinstance(exc, (httpx.RemoteProtocolError, httpx.ReadError, httpx.DecodingError)):
            return ConnectionDropped(f"The connection to {host} broke during the download: "
                                     f"{self._redact(str(exc)) or type(exc).__name__}.", method=DOWNLOAD, host=host,
                                     sent=True)
        if isinstance(exc, httpx.TransportError):
            return PortalUnreachable(f"The download from {host} could not start: "
                                     f"{self._redact(str(exc)) or type(exc).__name__}.", method=DOWNLOAD, host=host,
                                     sent=False)
        return exc

    async def _check_status(self, reply: httpx.Response) -> None:
        status = reply.status_code
        if status in REDIRECTS:
            raise PortalMoved(f"{self._host} redirected the download (HTTP {status}); it was not followed.",
                              method=DOWNLOAD, host=self._host, sent=False)
        if 200 <= status < 300:
            return
        body = b""
        try:
            async for chunk in reply.aiter_bytes():
                body += chunk
                if len(body) > _ERROR_BODY_BYTES:
                    break
        except httpx.HTTPError:
            pass
        try:
            payload = json.loads(body[:_ERROR_BODY_BYTES])
        except (ValueError, UnicodeDecodeError, RecursionError):
            payload = None
        if isinstance(payload, dict) and "error" in payload:
            raise error_from_envelope(payload, status, DOWNLOAD)
        raise BadResponse(f"{self._host} answered the download with HTTP {status}.", method=DOWNLOAD,
                          host=self._host, status=status,
                          body_start=self._redact(body[:200].decode("utf-8", "replace")))

    async def _save(self, reply: httpx.Response, path: Path, stall_seconds: float) -> int:
        try:
            fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:100]}.", suffix=".part")
        except OSError as exc:
            raise DownloadNotSaved(str(path), exc.strerror or type(exc).__name__) from None
        size = 0
        try:
            with os.fdopen(fd, "wb") as out:
                try:
                    async for chunk in reply.aiter_bytes():
                        out.write(chunk)
                        size += len(chunk)
                except httpx.HTTPError as exc:
                    raise self._network_error(exc, stall_seconds) from None
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        except OSError as exc:
            _remove(temp)
            if isinstance(exc, DownloadNotSaved):
                raise
            raise DownloadNotSaved(str(path), exc.strerror or type(exc).__name__) from None
        except BaseException:
            _remove(temp)
            raise
        return size


def _remove(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)

