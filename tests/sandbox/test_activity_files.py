"""Activity files on the sandbox portal: ``FILES`` in add/update/list/batch and the download URL.

api-spec.md §3.1.5, §4.3–§4.6; server-behaviour.md §1.2 step 14, §1.3, §2.2; the download rule of
the issue-12 plan (``auth`` = the webhook code; 401 / 404 envelopes).
"""

from __future__ import annotations

import base64
import random
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.calls import invoke
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.sandbox.files import activity_files

from .helpers import BASE_URL, NOW, Call

TODO = {"OWNER_TYPE_ID": 2, "OWNER_ID": 1, "TYPE_ID": 6, "PROVIDER_ID": "CRM_TODO", "SUBJECT": "Send the offer"}
SHOW = f"{BASE_URL}/bitrix/tools/crm_show_file.php"
PDF = b"%PDF-1.4\n% a tiny test file\n%%EOF\n"
CSV = "Item;Price\nSeats;20 €\n".encode()
NOT_FOUND = {"error": "NOT_FOUND", "error_description": "File not found."}
NO_AUTH = {"error": "NO_AUTH_FOUND", "error_description": "Wrong authorization data"}


def upload(name: Any, data: bytes) -> dict[str, Any]:
    return {"fileData": [name, base64.b64encode(data).decode("ascii")]}


def legacy(message: str) -> dict[str, str]:
    return {"error": "", "error_description": message}


async def add(call: Call, *files: tuple[str, bytes], field: str = "FILES", **fields: Any) -> int:
    body = {**TODO, **fields}
    if files:
        body[field] = [upload(name, data) for name, data in files]
    response = await call("crm.activity.add", {"fields": body})
    assert response.status_code == 200, response.text
    return response.json()["result"]


async def listed(call: Call, activity_id: int, select: list[str]) -> dict[str, Any]:
    reply = (await call("crm.activity.list", {"filter": {"ID": activity_id}, "select": select})).json()
    [row] = reply["result"]
    return row


async def file_ids(call: Call, activity_id: int) -> list[int]:
    return [item["id"] for item in (await listed(call, activity_id, ["FILES"])).get("FILES", [])]


async def download(client: httpx.AsyncClient, url: str, auth: str | None = "demo",
                   method: str = "GET") -> httpx.Response:
    return await client.request(method, url + (quote(auth) if auth is not None else ""))


# ---------------------------------------------------------------------------- list / get


@pytest.mark.parametrize("select", [["FILES"], ["STORAGE_ELEMENT_IDS"], ["WEBDAV_ELEMENTS"], ["*", "FILES"],
                                    ["SUBJECT", "storage_element_ids"]])
async def test_list_returns_files_for_each_select_synonym(call: Call, select: list[str]) -> None:
    activity_id = await add(call, ("offer.pdf", PDF), ("prices.csv", CSV))
    row = await listed(call, activity_id, select)
    files = row["FILES"]
    assert [sorted(item) for item in files] == [["id", "url"], ["id", "url"]]
    assert files[0]["id"] < files[1]["id"] and all(isinstance(item["id"], int) for item in files)
    assert [item["url"] for item in files] == [
        f"{SHOW}?fileId={item['id']}&ownerTypeId=6&ownerId={activity_id}&auth=" for item in files]
    assert list(row)[-1] == "FILES" and row["ID"] == str(activity_id)


async def test_files_only_when_selected_and_present(call: Call) -> None:
    with_files = await add(call, ("offer.pdf", PDF))
    without = await add(call)
    assert "FILES" not in await listed(call, with_files, ["*", "COMMUNICATIONS"])
    assert "FILES" not in await listed(call, with_files, [])
    assert "FILES" not in await listed(call, without, ["*", "FILES"])  # the portal unsets an empty field


async def test_get_never_returns_files(call: Call) -> None:
    activity_id = await add(call, ("offer.pdf", PDF))
    reply = (await call("crm.activity.get", {"id": activity_id, "select": ["FILES"]})).json()
    assert reply["result"]["ID"] == str(activity_id) and "FILES" not in reply["result"]


async def test_url_follows_the_request_host(portal: SandboxPortal) -> None:
    base = "https://crm.example.test:8443"
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=portal.app), base_url=base) as client:
        hook = portal.webhook_url(base)
        activity_id = (await client.post(hook + "crm.activity.add", json={
            "fields": {**TODO, "FILES": [upload("a.txt", b"a")]}})).json()["result"]
        row = (await client.post(hook + "crm.activity.list", json={
            "filter": {"ID": activity_id}, "select": ["FILES"]})).json()["result"][0]
        assert row["FILES"][0]["url"].startswith(f"{base}/bitrix/tools/crm_show_file.php?fileId=")
        assert (await client.get(row["FILES"][0]["url"] + "demo")).content == b"a"


# ---------------------------------------------------------------------------- add / update


async def test_webdav_elements_is_an_alias_when_files_is_empty(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, ("notes.txt", b"notes"), field="WEBDAV_ELEMENTS", FILES=[])
    assert [(f.name, f.data, f.content_type) for f in activity_files(portal.db, activity_id)] == [
        ("notes.txt", b"notes", "text/plain")]


async def test_a_single_item_object_counts_as_a_list(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, FILES=upload("one.txt", b"1"))
    assert [f.name for f in activity_files(portal.db, activity_id)] == ["one.txt"]


async def test_update_adds_and_removes_and_keeps_unnamed_files(call: Call, portal: SandboxPortal) -> None:
    activity_id = await add(call, ("a.txt", b"A"), ("b.txt", b"B"))
    other = await add(call, ("other.txt", b"O"))
    a_id, b_id = await file_ids(call, activity_id)
    [other_id] = await file_ids(call, other)
    response = await call("crm.activity.update", {"id": activity_id, "fields": {"FILES": [
        {"id": a_id, "remove": "y"}, {"id": b_id}, upload("c.txt", b"C"),
        {"id": other_id, "remove": "Y"}, {"id": 999_999, "remove": "Y"}]}})
    assert response.json()["result"] is True
    assert [(f.name, f.data) for f in activity_files(portal.db, activity_id)] == [("b.txt", b"B"), ("c.txt", b"C")]
    assert await file_ids(call, other) == [other_id]  # another activity's file is not touched
    # an update without FILES leaves the files alone
    await call("crm.activity.update", {"id": activity_id, "fields": {"SUBJECT": "Renamed"}})
    assert len(await file_ids(call, activity_id)) == 2


async def test_update_sets_files_on_todos_open_and_completed(call: Call, portal: SandboxPortal) -> None:
    todo = (await call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 1, "title": "Call back",
                                                 "deadline": "2025-02-05T10:00:00"})).json()["result"]["id"]
    await call("crm.activity.update", {"id": todo, "fields": {"FILES": [upload("brief.txt", b"x")]}})
    await call("crm.activity.update", {"id": todo, "fields": {"COMPLETED": "Y"}})
    reply = await call("crm.activity.update", {"id": todo, "fields": {"FILES": [upload("after.txt", b"y")]}})
    assert reply.json()["result"] is True
    assert [f.name for f in activity_files(portal.db, todo)] == ["brief.txt", "after.txt"]


BAD_ITEM = '{"fileData": ["name", "<base64>"]} or {"id": <fileId>, "remove": "Y"}'
BAD_NAME = ('the file name (fileData[0]) must not contain "/", "\\" or control characters, nor be "." '
            'or ".."')
BAD_BASE64 = ('the content (fileData[1]) is not valid Base64 (RFC 4648 alphabet, "=" padding, no "data:" '
              'prefix)')


@pytest.mark.parametrize(("files", "message"), [
    ("abc", f"The field FILES must be a list of {BAD_ITEM} items."),
    (7, f"The field FILES must be a list of {BAD_ITEM} items."),
    ([["a.txt", "YQ=="]], f"The field FILES is not valid: item 0: each item must be an object {BAD_ITEM}."),
    (["YQ=="], f"The field FILES is not valid: item 0: each item must be an object {BAD_ITEM}."),
    ([{"fileData": "YQ=="}], 'The field FILES is not valid: item 0: fileData must be ["name", "<base64>"].'),
    ([{"fileData": ["YQ=="]}], 'The field FILES is not valid: item 0: fileData must be ["name", "<base64>"].'),
    ([upload("a.txt", b"a"), {"fileData": [" ", "YQ=="]}],
     "The field FILES is not valid: item 1: the file name (fileData[0]) is empty."),
    ([{"fileData": [None, "YQ=="]}],
     "The field FILES is not valid: item 0: the file name (fileData[0]) must be a string."),
    ([{"fileData": ["../etc/passwd", "YQ=="]}], f"The field FILES is not valid: item 0: {BAD_NAME}."),
    ([{"fileData": ["..", "YQ=="]}], f"The field FILES is not valid: item 0: {BAD_NAME}."),
    ([{"fileData": ["a\u0085b.txt", "YQ=="]}], f"The field FILES is not valid: item 0: {BAD_NAME}."),
    ([{"fileData": ["x" * 256, "YQ=="]}],
     "The field FILES is not valid: item 0: the file name (fileData[0]) is longer than 255 characters."),
    ([{"fileData": ["a.txt", "data:text/plain;base64,YQ=="]}], f'The field FILES is not valid: item 0 ("a.txt"): '
                                                               f"{BAD_BASE64}."),
    ([{"fileData": ["a.txt", "YQ="]}], f'The field FILES is not valid: item 0 ("a.txt"): {BAD_BASE64}.'),
    ([{"fileData": ["a.txt", "a b="]}], f'The field FILES is not valid: item 0 ("a.txt"): {BAD_BASE64} (a "+" '
                                        "sent unencoded in a query or form arrives as a space)."),
    ([{"fileData": ["a.txt", 5]}],
     'The field FILES is not valid: item 0 ("a.txt"): the content (fileData[1]) must be a Base64 string.'),
    ([{"fileData": ["empty.txt", ""]}],
     'The field FILES is not valid: item 0 ("empty.txt"): the file is empty (the portal stores no empty file).'),
    ([{"remove": "Y"}], f"The field FILES is not valid: item 0: the item has neither fileData nor id; expected "
                        f"{BAD_ITEM}."),
    ([{"id": "abc", "remove": "Y"}], 'The field FILES is not valid: item 0: "id" must be a positive file id.'),
])
async def test_unreadable_files_fail_the_call_and_store_nothing(
        call: Call, portal: SandboxPortal, files: Any, message: str) -> None:
    before = portal.db.count_activities()
    response = await call("crm.activity.add", {"fields": {**TODO, "FILES": files}})
    assert (response.status_code, response.json()) == (400, legacy(message))
    assert portal.db.count_activities() == before
    activity_id = await add(call, ("keep.txt", b"k"))
    response = await call("crm.activity.update", {"id": activity_id, "fields": {"SUBJECT": "New", "FILES": files}})
    assert (response.status_code, response.json()) == (400, legacy(message))
    assert [f.name for f in activity_files(portal.db, activity_id)] == ["keep.txt"]
    assert portal.db.activity(activity_id)["subject"] == "Send the offer"


async def test_base64_with_line_breaks_is_read(call: Call, portal: SandboxPortal) -> None:
    data = bytes(range(256)) * 3
    wrapped = base64.encodebytes(data).decode("ascii").replace("\n", "\r\n")
    activity_id = await add(call, FILES=[{"fileData": ["bin.dat", wrapped]}])
    assert activity_files(portal.db, activity_id)[0].data == data


# ---------------------------------------------------------------------------- download


async def test_download_gives_exact_bytes_and_headers(call: Call, client: httpx.AsyncClient) -> None:
    name = 'Angebot "Ærø" – 2026.pdf'
    activity_id = await add(call, (name, PDF), ("prices.csv", CSV), ("blob", b"\x00\xff"))
    urls = [item["url"] for item in (await listed(call, activity_id, ["FILES"]))["FILES"]]
    pdf = await download(client, urls[0])
    assert pdf.status_code == 200 and pdf.content == PDF
    assert pdf.headers["content-type"] == "application/pdf"
    assert pdf.headers["content-length"] == str(len(PDF))
    assert pdf.headers["content-disposition"] == (
        "attachment; filename=\"Angebot __r__ _ 2026.pdf\"; "
        "filename*=UTF-8''Angebot%20%22%C3%86r%C3%B8%22%20%E2%80%93%202026.pdf")
    csv = await download(client, urls[1])
    assert (csv.content, csv.headers["content-type"]) == (CSV, "text/csv")  # no charset invented
    blob = await download(client, urls[2])
    assert (blob.content, blob.headers["content-type"]) == (b"\x00\xff", "application/octet-stream")


async def test_head_answers_headers_without_body(call: Call, client: httpx.AsyncClient) -> None:
    activity_id = await add(call, ("offer.pdf", PDF))
    [item] = (await listed(call, activity_id, ["FILES"]))["FILES"]
    head = await download(client, item["url"], method="HEAD")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-length"] == str(len(PDF))
    assert head.headers["content-type"] == "application/pdf"
    assert (await download(client, item["url"], auth="nope", method="HEAD")).status_code == 401


@pytest.mark.parametrize("auth", [None, "", "wrong", "DEMO", "demo "])
async def test_download_without_the_webhook_code_is_401(call: Call, client: httpx.AsyncClient,
                                                         auth: str | None) -> None:
    activity_id = await add(call, ("offer.pdf", PDF))
    [item] = (await listed(call, activity_id, ["FILES"]))["FILES"]
    url = item["url"] if auth is not None else item["url"].removesuffix("&auth=")
    response = await download(client, url, auth=auth)
    assert (response.status_code, response.json()) == (401, NO_AUTH)


async def test_a_code_that_is_not_this_webhooks_is_401(call: Call, client: httpx.AsyncClient) -> None:
    """The sandbox has one webhook and no permission model: only its code is a credential."""
    activity_id = await add(call, ("offer.pdf", PDF))
    [item] = (await listed(call, activity_id, ["FILES"]))["FILES"]
    for auth in ("other", "1/demo", "demo\x00"):
        response = await download(client, item["url"], auth=auth)
        assert (response.status_code, response.json()) == (401, NO_AUTH), auth


async def test_unknown_or_foreign_files_are_404(call: Call, client: httpx.AsyncClient) -> None:
    first = await add(call, ("a.txt", b"a"))
    second = await add(call, ("b.txt", b"b"))
    [a_id] = await file_ids(call, first)
    cases = [
        f"{SHOW}?fileId={a_id}&ownerTypeId=6&ownerId={second}&auth=",   # file of another activity
        f"{SHOW}?fileId=999999&ownerTypeId=6&ownerId={first}&auth=",    # no such file
        f"{SHOW}?fileId={a_id}&ownerTypeId=2&ownerId={first}&auth=",    # not an activity owner type
        f"{SHOW}?ownerTypeId=6&ownerId={first}&auth=",                  # no fileId
        f"{SHOW}?fileId=x{a_id}&ownerTypeId=6&ownerId={first}&auth=",   # not a number
        f"{SHOW}?fileId={a_id}&ownerTypeId=6&auth=",                    # no ownerId
    ]
    for url in cases:
        response = await download(client, url)
        assert (response.status_code, response.json()) == (404, NOT_FOUND), url
    assert (await client.post(f"{SHOW}?fileId={a_id}&ownerTypeId=6&ownerId={first}&auth=demo")).status_code == 404


async def test_deleting_the_activity_deletes_its_files(call: Call, client: httpx.AsyncClient,
                                                       portal: SandboxPortal) -> None:
    activity_id = await add(call, ("a.txt", b"a"))
    [item] = (await listed(call, activity_id, ["FILES"]))["FILES"]
    assert (await download(client, item["url"])).status_code == 200
    assert (await call("crm.activity.delete", {"id": activity_id})).json()["result"] is True
    response = await download(client, item["url"])
    assert (response.status_code, response.json()) == (404, NOT_FOUND)
    assert activity_files(portal.db, activity_id) == []


async def test_removed_file_is_404(call: Call, client: httpx.AsyncClient) -> None:
    activity_id = await add(call, ("a.txt", b"a"))
    [item] = (await listed(call, activity_id, ["FILES"]))["FILES"]
    await call("crm.activity.update", {"id": activity_id, "fields": {"FILES": [{"id": item["id"], "remove": "Y"}]}})
    assert (await download(client, item["url"])).status_code == 404
    assert "FILES" not in await listed(call, activity_id, ["FILES"])


async def test_plain_http_from_another_host_is_refused(portal: SandboxPortal) -> None:
    transport = httpx.ASGITransport(app=portal.app, client=("203.0.113.7", 40000))
    async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as client:
        response = await client.get(f"{SHOW}?fileId=1&ownerTypeId=6&ownerId=1&auth=demo")
    assert (response.status_code, response.json()) == (
        400, {"error": "INVALID_REQUEST", "error_description": "Https required."})


@pytest.mark.parametrize("method", ["PUT", "DELETE", "OPTIONS", "PATCH"])
async def test_other_http_methods_get_the_404_envelope(client: httpx.AsyncClient, method: str) -> None:
    response = await client.request(method, f"{SHOW}?fileId=1&ownerTypeId=6&ownerId=1&auth=demo")
    assert (response.status_code, response.json()["error"]) == (404, "ERROR_METHOD_NOT_FOUND")


_QUERY_VALUE = st.one_of(st.text(max_size=24), st.integers(-(2**70), 2**70).map(str), st.sampled_from(["6", "demo"]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=st.dictionaries(st.sampled_from(["fileId", "ownerTypeId", "ownerId", "auth", "x"]), _QUERY_VALUE,
                             max_size=5))
async def test_hostile_download_queries_answer_an_envelope(client: httpx.AsyncClient, query: dict[str, str]) -> None:
    response = await client.get(SHOW, params=query)
    if response.status_code == 200:
        assert query.get("auth") == "demo"
        return
    assert response.status_code in (401, 404)
    assert response.json() == (NO_AUTH if response.status_code == 401 else NOT_FOUND)
    assert response.status_code == 404 or query.get("auth") != "demo"


FIVE_MB = random.Random(12).randbytes(5 * 1024 * 1024)


async def test_a_5_mb_file_round_trips_in_process(call: Call, client: httpx.AsyncClient) -> None:
    activity_id = await add(call, ("scan.pdf", FIVE_MB))
    [item] = (await listed(call, activity_id, ["FILES"]))["FILES"]
    response = await download(client, item["url"])
    assert response.content == FIVE_MB and response.headers["content-length"] == str(len(FIVE_MB))


def test_a_5_mb_file_round_trips_over_http(portal: SandboxPortal) -> None:
    with serve_in_thread(portal) as hook, httpx.Client(timeout=30) as client:
        body = {"fields": {**TODO, "FILES": [upload("Präsentation.pdf", FIVE_MB)]}}
        activity_id = client.post(hook + "crm.activity.add", json=body).json()["result"]
        [item] = client.post(hook + "crm.activity.list", json={
            "filter": {"ID": activity_id}, "select": ["FILES"]}).json()["result"][0]["FILES"]
        assert item["url"].startswith(hook.split("/rest/")[0] + "/bitrix/tools/crm_show_file.php?")
        response = client.get(item["url"] + "demo")
        assert response.content == FIVE_MB
        assert response.headers["content-disposition"].endswith("filename*=UTF-8''Pr%C3%A4sentation.pdf")
        head = client.head(item["url"] + "demo")
        assert (head.status_code, head.content, head.headers["content-length"]) == (200, b"", str(len(FIVE_MB)))
        assert client.get(item["url"] + "wrong").status_code == 401


# ---------------------------------------------------------------------------- batch


async def test_files_inside_batch_commands(call: Call, portal: SandboxPortal) -> None:
    data = b"\xfb\xff\xfe batch"  # Base64 with "+" and "/"
    encoded = base64.b64encode(data).decode("ascii")
    assert "+" in encoded and "/" in encoded
    fields = "&".join(f"fields[{k}]={quote(str(v))}" for k, v in TODO.items())
    good = f"crm.activity.add?{fields}&fields[FILES][0][fileData][0]=b.bin&fields[FILES][0][fileData][1]={quote(encoded, safe='')}"
    raw_plus = f"crm.activity.add?{fields}&fields[FILES][0][fileData][0]=b.bin&fields[FILES][0][fileData][1]={encoded}"
    listing = "crm.activity.list?filter[ID]=$result[good]&select[]=FILES"
    reply = (await call("batch", {"cmd": {"good": good, "plus": raw_plus, "list": listing}})).json()["result"]
    activity_id = reply["result"]["good"]
    assert activity_files(portal.db, activity_id)[0].data == data
    assert reply["result_error"]["plus"]["error_description"].endswith(
        '(a "+" sent unencoded in a query or form arrives as a space).')
    assert reply["result"]["list"][0]["FILES"][0]["url"].startswith(SHOW)


# ---------------------------------------------------------------------------- garbage


_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(2**63), 2**63 - 1),
                     st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=12),
                     st.binary(max_size=12).map(lambda b: base64.b64encode(b).decode("ascii")))
_KEYS = st.sampled_from(["fileData", "id", "remove", "0", "1", "name"])
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(_KEYS, inner, max_size=3)), max_leaves=8)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=_VALUES, field=st.sampled_from(["FILES", "WEBDAV_ELEMENTS"]))
def test_garbage_files_values_answer_a_legacy_error_or_success(portal: SandboxPortal, files: Any,
                                                               field: str) -> None:
    add_reply = invoke(portal, "crm.activity.add", {"fields": {**TODO, field: files}}, 0)
    update_reply = invoke(portal, "crm.activity.update", {"id": 1, "fields": {field: files}}, 0)
    for reply in (add_reply, update_reply):
        if reply.ok:
            continue
        assert reply.status == 400 and reply.body["error"] == ""
        assert reply.body["error_description"].startswith((f"The field {field} is not valid: item ",
                                                           f"The field {field} must be a list of "))


# ---------------------------------------------------------------------------- demo data


def _check_pdf(data: bytes) -> None:
    """Structural PDF check: header, trailer, and every xref offset pointing at its object."""
    assert data.startswith(b"%PDF-1.4\n") and data.endswith(b"%%EOF\n")
    xref_at = int(data.rsplit(b"startxref\n", 1)[1].split(b"\n", 1)[0])
    assert data[xref_at:].startswith(b"xref\n")
    entries = data[xref_at:].split(b"\n")[3:]
    offsets = [int(line[:10]) for line in entries if line.endswith(b" n ")]
    assert offsets and all(data[offset:].startswith(b"%d 0 obj\n" % number)
                           for number, offset in enumerate(offsets, start=1))


async def test_demo_emails_that_name_a_document_carry_it(call: Call, client: httpx.AsyncClient,
                                                         portal: SandboxPortal) -> None:
    rows = (await call("crm.activity.list", {"filter": {"TYPE_ID": 4, "%SUBJECT": "Invoice for"},
                                             "select": ["SUBJECT", "FILES"]})).json()["result"]
    assert rows and all(len(row["FILES"]) == 2 for row in rows)
    pdf = await download(client, rows[0]["FILES"][0]["url"])
    csv = await download(client, rows[0]["FILES"][1]["url"])
    assert pdf.headers["content-type"] == "application/pdf" and csv.headers["content-type"] == "text/csv"
    assert "filename*=UTF-8''Invoice%20INV-" in csv.headers["content-disposition"]
    assert csv.headers["content-disposition"].endswith("%20%E2%80%93%20items.csv")  # "… – items.csv"
    assert csv.content.decode("utf-8").startswith("Item;Quantity;Price, €\r\n")
    _check_pdf(pdf.content)
    stored = portal.db.query("SELECT name, data FROM activity_file")
    names = {row["name"] for row in stored}
    assert {"Price list.csv", "Meeting notes.txt"} <= names
    assert any(name.startswith("Proposal – ") for name in names)
    for row in stored:
        if row["name"].endswith(".pdf"):
            _check_pdf(bytes(row["data"]))
    # calls carry no files: only documents named in e-mails (and one to-do's notes) are attached
    calls = (await call("crm.activity.list", {"filter": {"TYPE_ID": 2}, "select": ["FILES"]})).json()["result"]
    assert calls and not any("FILES" in row for row in calls)


def test_demo_files_are_deterministic() -> None:
    def files(portal: SandboxPortal) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in portal.db.query(
            "SELECT id, activity_id, name, content_type, size, data FROM activity_file ORDER BY id")]

    with SandboxPortal(now=lambda: NOW) as first, SandboxPortal(now=lambda: NOW) as second:
        assert files(first) == files(second) and len(files(first)) > 10
