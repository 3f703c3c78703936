"""``client.files`` and ``FILES`` parsing without the sandbox: the URL rule (the credential goes to the
portal's own address only), the Content-Disposition parser, the upload encoding, reply shapes, and
downloads from servers that refuse, lie, drop or stall (hand-written: the sandbox does not misbehave)."""

from __future__ import annotations

import base64
import json
import logging
import string
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import AuthError, BadResponse, BitrixClient, NotFound, PortalMoved, Webhook
from desktop_app.bitrix.errors import ConnectionDropped, DownloadNotSaved, DownloadStalled, FileUrlRefused, InvalidParameter
from desktop_app.bitrix.files import check_file_url, encode_files, file_removals, file_uploads, filename_from_disposition
from desktop_app.bitrix.models import Activity
from desktop_app.bitrix.redaction import install, redact
from desktop_app.services.attachments import LocalFile

CODE = "f1lesSecretCode"
HOOK = Webhook(base_url="https://acme.bitrix24.com", user_id=1, code=CODE)
FILE_URL = "https://acme.bitrix24.com/bitrix/tools/crm_show_file.php?fileId=7&ownerTypeId=6&ownerId=5&auth="


def _recording_client(handler: Callable[[httpx.Request], httpx.Response], webhook: Webhook = HOOK
                      ) -> tuple[BitrixClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    return BitrixClient.for_webhook(webhook, transport=httpx.MockTransport(record), rate_plan=None), seen


def _file_reply(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"%PDF-1.7 hello", headers={
        "Content-Type": "application/pdf",
        "Content-Disposition": "attachment; filename=\"offer.pdf\"; filename*=UTF-8''%C3%9Cbersicht%20%E2%82%AC.pdf"})


# -- the URL rule ---------------------------------------------------------------------------------

@pytest.mark.parametrize("url", [
    "https://evil.example.com/bitrix/tools/crm_show_file.php?fileId=7&auth=",
    "http://acme.bitrix24.com/bitrix/tools/crm_show_file.php?fileId=7&auth=",        # https → http
    "https://acme.bitrix24.com:8443/bitrix/tools/crm_show_file.php?fileId=7&auth=",  # another port
    "https://acme.bitrix24.com.evil.example/x?auth=",
    "https://user:pw@acme.bitrix24.com/x?auth=",
    "ftp://acme.bitrix24.com/x",
    "file:///etc/passwd",
    "/bitrix/tools/crm_show_file.php?fileId=7",
    "not a url at all",
    "",
])
async def test_a_url_off_the_portal_is_refused_and_nothing_is_sent(tmp_path: Path, url: str) -> None:
    client, seen = _recording_client(_file_reply)
    async with client:
        with pytest.raises(FileUrlRefused) as info:
            await client.files.download(url, tmp_path / "x.pdf")
    assert seen == []  # no request at all: neither the credential nor anything else left
    assert CODE not in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_the_portal_origin_matches_with_default_ports_and_any_case() -> None:
    assert check_file_url("https://ACME.bitrix24.com:443/f?auth=", "https://acme.bitrix24.com")
    assert check_file_url("http://127.0.0.1:8000/f", "http://127.0.0.1:8000")
    with pytest.raises(FileUrlRefused):
        check_file_url("http://127.0.0.1:8001/f", "http://127.0.0.1:8000")


async def test_the_download_fills_auth_and_saves_the_bytes_under_the_target(tmp_path: Path) -> None:
    client, seen = _recording_client(_file_reply)
    async with client:
        done = await client.files.download(FILE_URL, tmp_path / "offer.pdf")
    assert (tmp_path / "offer.pdf").read_bytes() == b"%PDF-1.7 hello"
    assert done.size == 14 and done.name == "Übersicht €.pdf" and done.content_type == "application/pdf"
    assert [r.url.params.get("auth") for r in seen] == [CODE]
    assert [r.method for r in seen] == ["GET"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offer.pdf"]  # no temporary left


@pytest.mark.parametrize(("status", "body", "error"), [
    (401, {"error": "NO_AUTH_FOUND", "error_description": "Wrong authorization data"}, AuthError),
    (404, {"error": "NOT_FOUND", "error_description": "File not found."}, NotFound),
])
async def test_error_envelopes_become_the_client_errors(tmp_path: Path, status: int, body: dict, error: type) -> None:
    client, _ = _recording_client(lambda r: httpx.Response(status, json=body))
    async with client:
        with pytest.raises(error) as info:
            await client.files.download(FILE_URL, tmp_path / "a.bin")
    assert info.value.status == status and info.value.description == body["error_description"]
    assert list(tmp_path.iterdir()) == []


async def test_an_html_error_page_is_a_bad_response_and_a_redirect_is_not_followed(tmp_path: Path) -> None:
    client, _ = _recording_client(lambda r: httpx.Response(502, text="<html>Bad gateway " + CODE + "</html>"))
    async with client:
        with pytest.raises(BadResponse) as info:
            await client.files.download(FILE_URL, tmp_path / "a.bin")
    assert info.value.status == 502 and CODE not in info.value.body_start
    client, seen = _recording_client(lambda r: httpx.Response(302, headers={"Location": "https://evil.example/x"}))
    async with client:
        with pytest.raises(PortalMoved):
            await client.files.download(FILE_URL, tmp_path / "a.bin")
    assert len(seen) == 1 and list(tmp_path.iterdir()) == []


async def test_a_missing_folder_is_download_not_saved(tmp_path: Path) -> None:
    client, _ = _recording_client(_file_reply)
    async with client:
        with pytest.raises(DownloadNotSaved) as info:
            await client.files.download(FILE_URL, tmp_path / "nope" / "a.pdf")
    assert "nope" in info.value.path


# -- a real loopback server that drops or stalls ------------------------------------------------

class _Quiet(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001 - the client hung up: expected
        pass


@contextmanager
def _serve(behaviour: Callable[[BaseHTTPRequestHandler, threading.Event], None]) -> Iterator[str]:
    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            behaviour(self, stop)

        def log_message(self, *args: object) -> None:
            pass

    server = _Quiet(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        stop.set()
        server.shutdown()
        server.server_close()
        thread.join(5)


def _stall(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", "1000000")
    handler.end_headers()
    handler.wfile.write(b"x" * 1000)
    handler.wfile.flush()
    stop.wait(10)


def _drop(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    handler.send_response(200)
    handler.send_header("Content-Length", "1000000")
    handler.end_headers()
    handler.wfile.write(b"x" * 5000)
    handler.wfile.flush()
    handler.close_connection = True


@pytest.mark.parametrize(("behaviour", "error"), [(_stall, DownloadStalled), (_drop, ConnectionDropped)])
async def test_a_stalled_or_dropped_download_leaves_no_partial_file(tmp_path: Path, behaviour, error) -> None:  # noqa: ANN001
    with _serve(behaviour) as base:
        hook = Webhook(base_url=base, user_id=1, code=CODE)
        started = time.monotonic()
        async with BitrixClient.for_webhook(hook, rate_plan=None) as client:
            with pytest.raises(error):
                await client.files.download(f"{base}/bitrix/tools/crm_show_file.php?fileId=1&auth=",
                                            tmp_path / "big.bin", stall_seconds=0.3)
        assert time.monotonic() - started < 5
    assert list(tmp_path.iterdir()) == []


# -- redaction of the filled URL ------------------------------------------------------------------

def test_redaction_masks_the_auth_value_of_a_file_url() -> None:
    text = f"HTTP Request: GET {FILE_URL}{CODE} \"HTTP/1.1 200 OK\""
    masked = redact(text)
    assert CODE not in masked and "auth=••••" in masked
    assert "fileId=7" in masked  # the rest stays readable


async def test_httpx_logs_of_a_download_never_show_the_code(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    install()
    client, _ = _recording_client(_file_reply)
    with caplog.at_level(logging.DEBUG):
        async with client:
            await client.files.download(FILE_URL, tmp_path / "offer.pdf")
    assert "crm_show_file.php" in caplog.text  # httpx did log the request …
    assert CODE not in caplog.text  # … with the credential masked


# -- upload encoding --------------------------------------------------------------------------------

def test_files_encode_as_file_data_and_removals() -> None:
    files = encode_files([LocalFile("a.txt", b"hello"), LocalFile("Ærø €.pdf", b"\x00\xff")], remove_ids=[31])
    assert files == [{"fileData": ["a.txt", "aGVsbG8="]}, {"fileData": ["Ærø €.pdf", "AP8="]},
                     {"id": 31, "remove": "Y"}]
    assert file_uploads(files) == ["a.txt", "Ærø €.pdf"] and file_removals(files) == [31]
    json.dumps(files)  # survives the outbox


@pytest.mark.parametrize("name", ["", "  ", "../etc/passwd", "a/b.txt", "nul\x00.txt", "."])
def test_a_bad_file_name_is_refused_before_sending(name: str) -> None:
    with pytest.raises(InvalidParameter) as info:
        encode_files([LocalFile(name, b"x")])
    assert (info.value.field, info.value.code) == ("FILES", "file_name")


@pytest.mark.parametrize("bad", [0, -3, True, "7"])
def test_a_bad_removal_id_is_refused(bad: object) -> None:
    with pytest.raises(InvalidParameter):
        encode_files(remove_ids=[bad])  # type: ignore[list-item]


# -- Content-Disposition ----------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "name"), [
    ("attachment; filename=\"plain.pdf\"", "plain.pdf"),
    ("attachment; filename=token.txt", "token.txt"),
    ("attachment; filename*=UTF-8''%E2%82%AC%20rates.pdf", "€ rates.pdf"),
    ("attachment; filename=\"fallback.pdf\"; filename*=UTF-8''%C3%A6r%C3%B8.pdf", "ærø.pdf"),
    ("attachment; filename*=utf-8'en'a%3Bb.txt; filename=\"x\"", "a;b.txt"),
    ("attachment; filename*=iso-8859-1''%E6r%F8.txt", "ærø.txt"),
    ("attachment; filename=\"a \\\"quoted\\\" ; name.txt\"", 'a "quoted" ; name.txt'),
    ("attachment; filename*=UTF-8''%FF%FE; filename=\"ok.txt\"", "ok.txt"),  # bad UTF-8 → the plain one
    ("attachment; filename=\"../../etc/passwd\"", "passwd"),
    ("attachment; filename=\"C:\\\\Windows\\\\evil.exe\"", "evil.exe"),
    ("attachment; filename=\"invoice\u202efdp.exe\"", "invoicefdp.exe"),
    ("attachment; filename=\"..\"", None),
    ("attachment", None),
    ("", None),
    (None, None),
])
def test_content_disposition_names(header: str | None, name: str | None) -> None:
    assert filename_from_disposition(header) == name


_NAME_CHARS = st.characters(blacklist_categories=("Cc", "Cf", "Cs"), blacklist_characters="/\\")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(_NAME_CHARS, min_size=1, max_size=60).filter(lambda s: s.strip() not in ("", ".", "..")))
def test_an_rfc5987_name_round_trips(name: str) -> None:
    header = f"attachment; filename=\"fallback\"; filename*=UTF-8''{quote(name, safe='')}"
    assert filename_from_disposition(header) == name.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.text(alphabet=string.printable + "\"';=*%", max_size=300))
def test_any_header_gives_a_safe_name_or_none(header: str) -> None:
    name = filename_from_disposition("attachment; " + header)
    assert name is None or (name and "/" not in name and "\\" not in name and "\x00" not in name
                            and name not in (".", "..") and len(name.encode("utf-8")) <= 255)


# -- FILES in replies --------------------------------------------------------------------------------

def _list_client(files: object) -> BitrixClient:
    row = {"ID": "5", "OWNER_TYPE_ID": "2", "OWNER_ID": "1", "FILES": files}
    body = {"result": [row], "total": 1, "time": {}}
    return BitrixClient.for_webhook(HOOK, transport=httpx.MockTransport(lambda r: httpx.Response(200, json=body)),
                                    rate_plan=None)


async def test_files_are_none_when_not_selected_and_a_tuple_when_selected() -> None:
    assert Activity.from_api({"ID": "5"}).files is None
    assert Activity.from_api({"ID": "5", "FILES": []}).files == ()
    async with _list_client([{"id": "3101820", "url": FILE_URL}, {"id": 9, "url": FILE_URL}]) as client:
        page = await client.list_activities(filter={"ID": 5}, select=["ID", "FILES"])
    assert [(f.id, f.url) for f in page.items[0].files] == [(3101820, FILE_URL), (9, FILE_URL)]


# JSON carries no NaN or infinity (the fake portal encodes with allow_nan=False, as a real one can only send numbers).
_GARBAGE_ITEM = st.one_of(
    st.none(), st.integers(), st.text(max_size=5), st.lists(st.integers(), max_size=2),
    st.fixed_dictionaries({"id": st.one_of(st.none(), st.booleans(), st.text(alphabet="abc", min_size=1),
                                           st.integers(max_value=0), st.integers(min_value=2**63),
                                           st.floats(allow_nan=False, allow_infinity=False)),
                           "url": st.text(max_size=10)}),
    st.fixed_dictionaries({"id": st.integers(min_value=1, max_value=10**6),
                           "url": st.one_of(st.none(), st.integers(), st.just(""), st.lists(st.text(), max_size=1))}),
    st.fixed_dictionaries({"url": st.just(FILE_URL)}),
)


@settings(max_examples=80, deadline=None)
@given(st.one_of(st.lists(_GARBAGE_ITEM, min_size=1, max_size=3), st.integers(), st.just(True),
                 st.text(min_size=1, max_size=5)))
async def test_garbage_files_are_a_bad_response_naming_the_field(files: object) -> None:
    async with _list_client(files) as client:
        with pytest.raises(BadResponse) as info:
            await client.list_activities(filter={"ID": 5}, select=["ID", "FILES"])
    assert info.value.field is not None and info.value.field.startswith("result[0].FILES")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.fixed_dictionaries({"id": st.one_of(st.integers(1, 2**63 - 1), st.integers(1, 10**9).map(str)),
                                       "url": st.text(min_size=1, max_size=50)}), max_size=5))
async def test_well_formed_files_always_parse(files: list[dict]) -> None:
    activity = Activity.from_api({"ID": "5", "FILES": files})
    assert [f.id for f in activity.files] == [int(f["id"]) for f in files]


def test_base64_of_the_encoding_decodes_to_the_bytes() -> None:
    data = bytes(range(256)) * 3
    [item] = encode_files([LocalFile("b.bin", data)])
    assert base64.b64decode(item["fileData"][1], validate=True) == data
