"""The REST client against a real ``activity-desk-sandbox serve`` process over HTTP on loopback."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.bitrix import AuthError, BitrixClient, NotFound, OwnerType, Webhook

pytestmark = pytest.mark.integration


async def test_browse_read_and_add_over_real_http(sandbox_url: str) -> None:
    webhook = Webhook.parse(sandbox_url)
    async with BitrixClient.for_webhook(webhook) as client:
        me = await client.current_user()
        assert me.id == webhook.user_id
        deals = await client.list_items(OwnerType.DEAL)
        assert deals.items and deals.total >= len(deals.items)
        pages = [p async for p in client.iter_activity_pages(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1})]
        rows = [a.id for p in pages for a in p.items]
        assert len(pages) >= 2 and len(rows) == len(set(rows)) == pages[0].total

        deadline = datetime(2026, 12, 3, 11, 0, tzinfo=timezone(timedelta(hours=5)))
        new_id = await client.add_todo(2, 1, deadline, title="Loopback todo", ping_offsets=[15], color_id="2")
        stored = await client.get_activity(new_id)
        assert stored.subject == "Loopback todo" and stored.deadline == deadline and stored.color_id == "2"

        with pytest.raises(NotFound) as info:
            await client.add_todo(2, 424242, deadline)
        assert info.value.code == "OWNER_NOT_FOUND"


async def test_wrong_code_over_real_http(sandbox_url: str) -> None:
    webhook = Webhook.parse(sandbox_url)
    wrong = Webhook(webhook.base_url, webhook.user_id, "definitelywrong")
    async with BitrixClient.for_webhook(wrong) as client:
        with pytest.raises(AuthError) as info:
            await client.current_user()
    assert (info.value.status, info.value.code) == (401, "INVALID_CREDENTIALS")
    assert "definitelywrong" not in str(info.value)
