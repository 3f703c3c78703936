"""REST core of the sandbox: URLs, auth, parameter encodings, envelopes, PHP-style JSON."""

from __future__ import annotations

import httpx

from desktop_app.sandbox import SandboxPortal

from .helpers import BASE_URL, DEAL_1_TOTAL, Call

TIME_KEYS = ["start", "finish", "duration", "processing", "date_start", "date_finish",
             "operating_reset_at", "operating"]


async def test_success_envelope_has_result_and_time_block(call: Call) -> None:
    response = await call("user.current")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json; charset=utf-8"
    body = response.json()
    assert list(body) == ["result", "time"]
    assert list(body["time"]) == TIME_KEYS
    assert body["time"]["date_start"] == "2025-02-03T12:30:00+03:00"
    assert body["time"]["finish"] >= body["time"]["start"]


async def test_list_envelope_orders_result_next_total_time(call: Call) -> None:
    body = (await call("crm.activity.list", {"filter": {"OWNER_TYPE_ID": 2, "OWNER_ID": 1}})).json()
    assert list(body) == ["result", "next", "total", "time"]


async def test_errors_have_no_time_block(call: Call) -> None:
    response = await call("crm.activity.get", {"id": 0})
    assert response.status_code == 400
    assert response.json() == {"error": "", "error_description": "ID is not defined or invalid."}


async def test_json_is_escaped_like_php(call: Call) -> None:
    title = "<b>Tom & Jerry's</b> \"quote\" / ünïcode"
    created = (await call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 1,
                                                    "deadline": "2025-02-05T15:00:00", "title": title})).json()
    response = await call("crm.activity.get", {"id": created["result"]["id"]})
    assert ('"SUBJECT":"\\u003Cb\\u003ETom \\u0026 Jerry\\u0027s\\u003C\\/b\\u003E \\u0022quote\\u0022 '
            '\\/ ünïcode"') in response.text
    assert response.json()["result"]["SUBJECT"] == title


async def test_empty_php_arrays_are_json_lists(call: Call) -> None:
    response = await call("crm.activity.get", {"id": 1})
    assert '"SETTINGS":[]' in response.text or '"SETTINGS":{"COLOR"' in response.text
    assert '"PROVIDER_PARAMS":[]' in response.text


async def test_query_string_with_bracket_notation(client: httpx.AsyncClient, portal: SandboxPortal) -> None:
    url = portal.webhook_url(BASE_URL) + "crm.activity.list?filter[OWNER_TYPE_ID]=2&filter[OWNER_ID]=1" \
                                         "&select[]=ID&select[]=SUBJECT&order[ID]=desc"
    body = (await client.get(url)).json()
    assert body["total"] == DEAL_1_TOTAL
    assert list(body["result"][0]) == ["ID", "SUBJECT"]
    ids = [int(row["ID"]) for row in body["result"]]
    assert ids == sorted(ids, reverse=True)


async def test_urlencoded_body_with_nested_brackets(client: httpx.AsyncClient, portal: SandboxPortal) -> None:
    form = {"filter[BINDINGS][0][OWNER_TYPE_ID]": "3", "filter[BINDINGS][0][OWNER_ID]": "1", "select[]": "ID"}
    body = (await client.post(portal.webhook_url(BASE_URL) + "crm.activity.list", data=form)).json()
    assert body["total"] == portal.db.count_activities(bound_to=(3, 1))


async def test_multipart_body_is_read(client: httpx.AsyncClient, portal: SandboxPortal) -> None:
    files = {"title": (None, "From a multipart form"), "ownerTypeId": (None, "2"), "ownerId": (None, "1"),
             "deadline": (None, "2025-02-06 10:00"), "pingOffsets[]": (None, "15")}
    body = (await client.post(portal.webhook_url(BASE_URL) + "crm.activity.todo.add", files=files)).json()
    stored = portal.db.activity(body["result"]["id"])
    assert stored["subject"] == "From a multipart form"
    assert stored["ping_offsets"] == [15]


async def test_body_keys_override_query_keys(client: httpx.AsyncClient, portal: SandboxPortal) -> None:
    url = portal.webhook_url(BASE_URL) + "crm.activity.get?id=2"
    body = (await client.post(url, json={"id": 3})).json()
    assert body["result"]["ID"] == "3"
    assert (await client.post(url, json={})).json()["result"]["ID"] == "2"


async def test_invalid_json_body_counts_as_no_parameters(client: httpx.AsyncClient, portal: SandboxPortal) -> None:
    response = await client.post(portal.webhook_url(BASE_URL) + "crm.activity.get", content=b"{not json",
                                 headers={"content-type": "application/json"})
    assert response.json()["error_description"] == "ID is not defined or invalid."


async def test_method_names_are_case_insensitive_and_accept_json_suffix(call: Call) -> None:
    assert (await call("USER.Current")).json()["result"]["ID"] == "1"
    assert (await call("crm.activity.get.json", {"id": 1})).json()["result"]["ID"] == "1"
    assert (await call("crm.activity.todo.ADD", {"ownerTypeId": 2, "ownerId": 1,
                                                 "deadline": "2025-02-05"})).status_code == 200


async def test_xml_suffix_is_refused(call: Call) -> None:
    response = await call("user.current.xml")
    assert response.status_code == 400
    assert response.json()["error"] == "UNSUPPORTED_FORMAT"


async def test_wrong_webhook_code_is_401(client: httpx.AsyncClient) -> None:
    response = await client.post(f"{BASE_URL}/rest/1/wrong/user.current")
    assert response.status_code == 401
    assert response.json() == {"error": "INVALID_CREDENTIALS", "error_description": "Invalid request credentials"}


async def test_wrong_user_id_is_401(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{BASE_URL}/rest/2/demo/user.current")
    assert response.status_code == 401
    assert response.json()["error"] == "INVALID_CREDENTIALS"


async def test_call_without_webhook_is_401_no_auth(client: httpx.AsyncClient) -> None:
    response = await client.get(f"{BASE_URL}/rest/user.current")
    assert response.status_code == 401
    assert response.json() == {"error": "NO_AUTH_FOUND", "error_description": "Wrong authorization data"}


async def test_unknown_method_is_404(call: Call) -> None:
    response = await call("crm.activity.frobnicate")
    assert response.status_code == 404
    assert response.json() == {"error": "ERROR_METHOD_NOT_FOUND", "error_description": "Method not found!"}


async def test_other_webhook_settings_change_the_url_and_the_caller() -> None:
    portal = SandboxPortal(webhook_code="s3cr3t", webhook_user_id=3)
    try:
        assert portal.webhook_url("http://127.0.0.1:8000/") == "http://127.0.0.1:8000/rest/3/s3cr3t/"
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=portal.app), base_url=BASE_URL) as client:
            body = (await client.get(portal.webhook_url(BASE_URL) + "user.current")).json()
        assert body["result"]["ID"] == "3"
        assert body["result"]["NAME"] == "Daniel"
    finally:
        portal.close()
