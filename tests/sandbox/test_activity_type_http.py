"""Application methods over HTTP with an OAuth access token (issue 13 items 3–4): ICON_FILE as a
multipart file part, JSON bodies with ``auth``, and what the webhook URL answers for the same calls."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.oauth import SandboxApp

from .helpers import BASE_URL, NOW
from .test_activity_type import PNG

CLIENT_ID, SECRET = "local.test.http", "http-secret"


@pytest.fixture
def app_portal() -> Iterator[SandboxPortal]:
    with SandboxPortal(now=lambda: NOW, apps=[SandboxApp(CLIENT_ID, SECRET)]) as portal:
        yield portal


@pytest.fixture
async def http(app_portal: SandboxPortal) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app_portal.app), base_url=BASE_URL) as client:
        yield client


@pytest.fixture
async def token(app_portal: SandboxPortal, http: httpx.AsyncClient) -> str:
    code = app_portal.oauth.issue_code(CLIENT_ID, 1)
    reply = await http.post("/oauth/token/", data={"grant_type": "authorization_code", "client_id": CLIENT_ID,
                                                   "client_secret": SECRET, "code": code})
    assert reply.status_code == 200, reply.text
    return str(reply.json()["access_token"])


async def test_icon_file_as_a_multipart_part(http: httpx.AsyncClient, token: str, app_portal: SandboxPortal) -> None:
    reply = await http.post("/rest/crm.activity.type.add",
                            data={"fields[TYPE_ID]": "ICONIC", "fields[NAME]": "With icon", "auth": token},
                            files={"fields[ICON_FILE]": ("icon.png", PNG, "image/png")})
    assert reply.json()["result"] is True, reply.text
    listed = (await http.post("/rest/crm.activity.type.list", json={"auth": token})).json()["result"]
    icon = app_portal.db.query_one("SELECT name, data FROM app_type_icon WHERE id = ?", (int(listed[0]["ICON_ID"]),))
    assert (icon["name"], icon["data"]) == ("icon.png", PNG)


async def test_a_multipart_part_that_is_not_an_image_is_refused(http: httpx.AsyncClient, token: str) -> None:
    reply = await http.post("/rest/crm.activity.type.add", data={"fields[TYPE_ID]": "BAD", "auth": token},
                            files={"fields[ICON_FILE]": ("icon.png", b"MZ\x90\x00 an executable", "image/png")})
    assert (reply.status_code, reply.json()) == (400, {
        "error": "INVALID_ARG_VALUE", "error_description": "ICON_FILE is not an image: PNG, JPEG, GIF, WebP or BMP expected."})
    listed = (await http.post("/rest/crm.activity.type.list", json={"auth": token})).json()["result"]
    assert listed == []


async def test_a_file_part_elsewhere_gets_an_error_envelope(http: httpx.AsyncClient, app_portal: SandboxPortal) -> None:
    reply = await http.post(app_portal.webhook_url(BASE_URL) + "crm.activity.add",
                            data={"fields[SUBJECT]": "s", "fields[TYPE_ID]": "2", "fields[OWNER_TYPE_ID]": "2",
                                  "fields[OWNER_ID]": "1", "fields[COMMUNICATIONS][0][VALUE]": "+1 555 0100"},
                            files={"fields[FILES][0]": ("a.txt", b"hello", "text/plain"),
                                   "fields[SUBJECT]": ("s.txt", b"x", "text/plain")})
    assert reply.status_code == 400 and reply.json()["error_description"], reply.text


async def test_the_webhook_url_answers_the_documented_context_errors(http: httpx.AsyncClient,
                                                                     app_portal: SandboxPortal, token: str) -> None:
    hook = app_portal.webhook_url(BASE_URL)
    layout = {"icon": {"code": "info"}, "header": {"title": "t"},
              "body": {"logo": {"code": "comment"}, "blocks": {"b": {"type": "text", "properties": {"value": "v"}}}}}
    params = {"ownerTypeId": 2, "ownerId": 1, "fields": {}, "layout": layout}
    reply = await http.post(hook + "crm.activity.configurable.add", json=params)
    assert (reply.status_code, reply.json()["error"]) == (400, "ERROR_WRONG_CONTEXT")
    reply = await http.post(hook + "crm.activity.type.list", json={})
    assert (reply.status_code, reply.json()["error_description"]) == (403, "Access denied! Application context required")
    reply = await http.post("/rest/crm.activity.configurable.add", json={**params, "auth": token})
    assert reply.status_code == 200 and reply.json()["result"]["activity"]["id"] > 0, reply.text


_METHODS = [f"crm.activity.{name}" for name in (
    "configurable.add", "configurable.update", "configurable.get", "type.add", "type.list", "type.delete",
    "badge.add", "badge.get", "badge.list", "badge.delete", "layout.blocks.set", "layout.blocks.get",
    "layout.blocks.delete")]
_KEYS = st.sampled_from(["ownerTypeId", "ownerId", "id", "fields[typeId]", "fields[deadline]", "fields[pingOffsets][]",
                         "fields[TYPE_ID]", "fields[ICON_FILE][0]", "fields[ICON_FILE][1]", "FIELDS[NAME]", "TYPE_ID",
                         "code", "title[en]", "value", "type", "entityTypeId", "entityId", "activityId",
                         "layout[blocks][a][type]", "layout[icon][code]", "layout[header][title]", "layout[]", "x[[y"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(method=st.sampled_from(_METHODS), pairs=st.lists(st.tuples(_KEYS, st.text(max_size=12)), max_size=8),
       upload=st.one_of(st.none(), st.binary(max_size=64)))
async def test_form_bodies_as_an_application_get_an_envelope(http: httpx.AsyncClient, token: str, method: str,
                                                             pairs: list[tuple[str, str]], upload: bytes | None) -> None:
    files = {"fields[ICON_FILE]": ("f.png", upload, "image/png")} if upload is not None else None
    reply = await http.post(f"/rest/{method}", data={**dict(pairs), "auth": token}, files=files)
    body = reply.json()
    assert reply.status_code in (200, 400, 403), body
    assert ("result" in body) == (reply.status_code == 200), body
