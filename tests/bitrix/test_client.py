"""The REST client against the sandbox portal (in-process), and against hand-written replies only
for what the sandbox cannot produce (non-JSON bodies, redirects, dropped connections)."""

from __future__ import annotations

import socket
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from desktop_app.bitrix import (
    Activity,
    AuthError,
    BadResponse,
    BitrixClient,
    InvalidArgument,
    InvalidParameter,
    MethodNotFound,
    NotFound,
    OwnerType,
    PortalUnreachable,
    RequestTimeout,
    Webhook,
)
from desktop_app.bitrix.models import ActivityType

PORTAL_TZ = timezone(timedelta(hours=3))


async def test_current_user_is_the_webhook_owner(client: BitrixClient) -> None:
    me = await client.current_user()
    assert me.id == 1
    assert me.display_name and not me.display_name.startswith("#")


async def test_users_are_listed_with_names(client: BitrixClient) -> None:
    users = await client.get_users()
    assert len(users) >= 5
    assert {u.id for u in users} >= {1}
    only = await client.get_users([2])
    assert [u.id for u in only] == [2]


async def test_list_items_of_every_browser_type(client: BitrixClient) -> None:
    for entity_type in (OwnerType.LEAD, OwnerType.DEAL, OwnerType.CONTACT, OwnerType.COMPANY):
        page = await client.list_items(entity_type)
        assert page.items, entity_type
        assert len(page.items) <= 50
        assert all(i.entity_type_id == entity_type for i in page.items)
        assert all(i.display_name and not i.display_name.startswith("#") for i in page.items)
        assert page.total >= len(page.items)


async def test_list_items_pages_follow_next(client: BitrixClient) -> None:
    first = await client.list_items(OwnerType.CONTACT)
    assert first.total > 0
    seen = [i.id for i in first.items]
    nxt = first.next
    while nxt is not None:
        page = await client.list_items(OwnerType.CONTACT, start=nxt)
        seen.extend(i.id for i in page.items)
        nxt = page.next
    assert len(seen) == len(set(seen)) == first.total


async def test_search_filter_finds_by_title(client: BitrixClient) -> None:
    deals = (await client.list_items(OwnerType.DEAL)).items
    word = deals[0].title.split()[0]
    found = await client.list_items(OwnerType.DEAL, filter={"%title": word})
    assert found.items
    assert all(word.lower() in (d.title or "").lower() for d in found.items)


async def test_activity_paging_walks_every_row_once(client: BitrixClient) -> None:
    ids: list[int] = []
    totals = set()
    async for page in client.iter_activity_pages(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1}, order={"ID": "ASC"}):
        ids.extend(a.id for a in page.items)
        totals.add(page.total)
    assert len(totals) == 1
    assert len(ids) == totals.pop() > 50  # deal 1 has more than one page
    assert ids == sorted(set(ids))


async def test_activities_are_typed_and_timezone_aware(client: BitrixClient) -> None:
    page = await client.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1})
    assert page.items
    for activity in page.items:
        assert isinstance(activity.id, int)
        assert activity.start_time is None or activity.start_time.tzinfo is not None
        assert activity.created is not None and activity.created.utcoffset() is not None
    kinds = {a.kind for a in page.items}
    assert kinds & {ActivityType.CALL, ActivityType.EMAIL, ActivityType.MEETING, ActivityType.PROVIDER}


async def test_add_todo_then_get_returns_what_was_stored(client: BitrixClient) -> None:
    deadline = datetime(2026, 12, 1, 15, 30, tzinfo=PORTAL_TZ)
    new_id = await client.add_todo(
        OwnerType.DEAL, 1, deadline, title="Send the offer", description="With the discount",
        ping_offsets=[0, 15], color_id="3",
    )
    activity = await client.get_activity(new_id)
    assert isinstance(activity, Activity)
    assert activity.id == new_id
    assert activity.subject == "Send the offer"
    assert activity.is_todo and activity.kind == ActivityType.PROVIDER
    assert activity.deadline == deadline
    assert activity.color_id == "3"
    assert not activity.completed
    assert (activity.owner_type_id, activity.owner_id) == (2, 1)


async def test_add_todo_refuses_bad_input_before_sending(client: BitrixClient) -> None:
    deadline = datetime(2026, 12, 1, 15, 30, tzinfo=PORTAL_TZ)
    with pytest.raises(InvalidParameter) as info:
        await client.add_todo(2, 1, None)  # type: ignore[arg-type]
    assert (info.value.field, info.value.code) == ("deadline", "required")
    with pytest.raises(InvalidParameter) as info:
        await client.add_todo(2, 1, datetime(2026, 12, 1, 15, 30))
    assert (info.value.field, info.value.code) == ("deadline", "utc_offset")
    assert str(info.value) == "deadline: must carry a UTC offset (time zone)"  # what logs and the outbox keep
    with pytest.raises(InvalidParameter) as info:
        await client.add_todo(2, 1, deadline, color_id="9")
    assert (info.value.field, info.value.code) == ("colorId", "palette")
    with pytest.raises(InvalidParameter) as info:
        await client.add_todo(2, 1, deadline, ping_offsets=[-5])
    assert (info.value.field, info.value.code) == ("pingOffsets", "negative")


async def test_portal_errors_become_typed_exceptions(client: BitrixClient) -> None:
    deadline = datetime(2026, 12, 1, 15, 30, tzinfo=PORTAL_TZ)
    with pytest.raises(NotFound) as info:
        await client.add_todo(2, 999999, deadline)
    assert info.value.code == "OWNER_NOT_FOUND" and info.value.status == 400
    with pytest.raises(InvalidArgument) as info:
        await client.call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 1, "deadline": "next tuesday-ish"})
    assert info.value.code == "WRONG_DATETIME_FORMAT"
    with pytest.raises(InvalidArgument) as info:
        await client.call("crm.activity.todo.add", {"ownerId": 1, "deadline": "2026-12-01T10:00:00"})
    assert info.value.code == "100" and "ownerTypeId" in info.value.description
    with pytest.raises(NotFound) as info:
        await client.get_activity(987654)
    assert info.value.code == "" and info.value.description == "Activity is not found."
    with pytest.raises(MethodNotFound) as info:
        await client.call("crm.activity.nosuchthing")
    assert info.value.status == 404 and info.value.code == "ERROR_METHOD_NOT_FOUND"


async def test_wrong_webhook_code_is_an_auth_error_without_the_secret(portal) -> None:  # noqa: ANN001
    secret = "wrongcode42"
    bad = BitrixClient.for_webhook(Webhook("http://sandbox.local", 1, secret),
                                   transport=httpx.ASGITransport(app=portal.app))
    async with bad:
        with pytest.raises(AuthError) as info:
            await bad.current_user()
    assert info.value.status == 401
    assert info.value.code == "INVALID_CREDENTIALS"
    assert secret not in str(info.value) and secret not in repr(info.value)


def _client_with(handler) -> BitrixClient:  # noqa: ANN001
    return BitrixClient.for_webhook(Webhook("https://acme.bitrix24.com", 7, "s3cr3tc0de"),
                                    transport=httpx.MockTransport(handler))


async def test_non_json_reply_is_a_bad_response() -> None:
    async with _client_with(lambda request: httpx.Response(200, text="<html>Welcome to nginx</html>")) as c:
        with pytest.raises(BadResponse) as info:
            await c.current_user()
    assert info.value.status == 200
    assert "acme.bitrix24.com" in str(info.value) and "s3cr3tc0de" not in str(info.value)


async def test_read_timeout_is_reported_as_possibly_sent() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    async with _client_with(handler) as c:
        with pytest.raises(RequestTimeout) as info:
            await c.current_user()
    assert info.value.sent is True
    assert "s3cr3tc0de" not in str(info.value)


async def test_renamed_portal_redirect_is_followed_with_the_body() -> None:
    seen: list[tuple[str, bytes]] = []
    moved_to: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append((request.url.host, request.content))
        if request.url.host == "acme.bitrix24.com":
            return httpx.Response(302, headers={"Location": "https://acme-new.bitrix24.com/rest/7/s3cr3tc0de/user.current"})
        return httpx.Response(200, json={"result": {"ID": "7", "NAME": "Ann"}, "time": {}})

    client = BitrixClient.for_webhook(Webhook("https://acme.bitrix24.com", 7, "s3cr3tc0de"),
                                      transport=httpx.MockTransport(handler), on_portal_moved=moved_to.append)
    async with client:
        me = await client.current_user()
    assert me.id == 7
    assert [h for h, _ in seen] == ["acme.bitrix24.com", "acme-new.bitrix24.com"]
    assert moved_to == ["https://acme-new.bitrix24.com"]
    assert client.host == "acme-new.bitrix24.com"


async def test_unreachable_host_is_portal_unreachable() -> None:
    with socket.socket() as s:  # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    client = BitrixClient.for_webhook(Webhook(f"http://127.0.0.1:{port}", 1, "abcdef12"))
    async with client:
        with pytest.raises(PortalUnreachable) as info:
            await client.current_user()
    assert info.value.sent is False
    assert f"127.0.0.1:{port}" in str(info.value) and "abcdef12" not in str(info.value)
