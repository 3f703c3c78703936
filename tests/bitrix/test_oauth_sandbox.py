"""An application connection against the in-process sandbox portal (its real OAuth server): calls run as
the token's user, expiry → refresh → replay, one refresh for concurrent callers, ReconnectNeeded.

The portal's clock and the client's clock are separate lists here, so a test can make the portal think a
token expired while the client still thinks it fresh (the reactive path), or the other way round."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import pytest
from app_helpers import Clock, exchanged_tokens

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.oauth import OAuthAuth, OAuthTokens, ReconnectNeeded

from ..conftest import FIXED_NOW

CLIENT_ID = "local.sandbox-test"
SECRET = "s3cr3t-client-value"
BASE = "http://127.0.0.1:8765"  # in-process (ASGI): the host is never dialled


@pytest.fixture
def portal_clock() -> Clock:
    return Clock(FIXED_NOW)


@pytest.fixture
def app_portal(portal_clock: Clock) -> Iterator[object]:
    from desktop_app.sandbox import SandboxPortal
    from desktop_app.sandbox.oauth import SandboxApp

    p = SandboxPortal(":memory:", webhook_code="demo", webhook_user_id=1, demo_data=True, now=portal_clock,
                      apps=[SandboxApp(CLIENT_ID, SECRET)], token_lifetime=3600)
    yield p
    p.close()


class Connection:
    def __init__(self, portal, client: BitrixClient, auth: OAuthAuth, clock: Clock, stored: list) -> None:  # noqa: ANN001
        self.portal, self.client, self.auth, self.clock, self.stored = portal, client, auth, clock, stored

    @property
    def refreshes_served(self) -> int:
        return self.portal.oauth.grants["refresh_token"]


async def _first_tokens(portal, transport=None) -> OAuthTokens:  # noqa: ANN001
    return await exchanged_tokens(portal, BASE, CLIENT_ID, SECRET, now=FIXED_NOW, transport=transport)


@pytest.fixture
async def conn(app_portal) -> AsyncIterator[Connection]:  # noqa: ANN001
    transport = app_portal.transport()
    tokens = await _first_tokens(app_portal, transport)
    clock, stored, refused = Clock(FIXED_NOW), [], []
    auth = OAuthAuth(tokens, client_id=CLIENT_ID, client_secret=SECRET, base_url=BASE, on_tokens=stored.append,
                     on_reconnect_needed=refused.append, clock=clock)
    client = BitrixClient.for_auth(auth, transport=transport, rate_plan=None)
    connection = Connection(app_portal, client, auth, clock, stored)
    connection.refused = refused
    yield connection
    await client.aclose()


async def test_calls_run_as_the_tokens_user(conn: Connection) -> None:
    me = await conn.client.current_user()
    assert me.id == 1 == conn.client.user_id
    assert conn.refreshes_served == 0 and conn.stored == []


async def test_expired_on_the_portal_is_refreshed_and_the_call_replayed_once(conn: Connection, portal_clock: Clock) -> None:
    before = conn.portal.db.count_activities()
    portal_clock.now += timedelta(hours=2)  # the portal says expired; the client still thinks it fresh
    new_id = await conn.client.add_todo(2, 1, FIXED_NOW + timedelta(days=3), title="After expiry")
    assert conn.portal.db.count_activities() == before + 1 and new_id > 0  # applied once, not twice
    assert conn.refreshes_served == 1 and [t.access_token for t in conn.stored] == [conn.auth.tokens.access_token]
    assert (await conn.client.current_user()).id == 1 and conn.refreshes_served == 1


async def test_near_expiry_the_token_is_renewed_before_the_call(conn: Connection, portal_clock: Clock) -> None:
    portal_clock.now += timedelta(minutes=59, seconds=30)
    conn.clock.now = portal_clock.now  # 30 s left < the 60 s margin
    await conn.client.current_user()
    assert conn.refreshes_served == 1 and len(conn.stored) == 1


async def test_two_concurrent_callers_cause_exactly_one_refresh(conn: Connection, portal_clock: Clock) -> None:
    portal_clock.now += timedelta(hours=2)
    users, page = await asyncio.gather(conn.client.current_user(), conn.client.list_activities(
        filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1}))
    assert users.id == 1 and page.items
    assert conn.refreshes_served == 1 and len(conn.stored) == 1
    conn.clock.now = portal_clock.now + timedelta(minutes=59, seconds=30)  # now both renew proactively
    portal_clock.now = conn.clock.now
    await asyncio.gather(*(conn.client.current_user() for _ in range(5)))
    assert conn.refreshes_served == 2


async def test_a_revoked_refresh_token_asks_to_reconnect_and_sends_nothing_more(conn: Connection,
                                                                             portal_clock: Clock) -> None:
    before = conn.portal.db.count_activities()
    conn.portal.oauth.revoke_all()
    portal_clock.now += timedelta(hours=2)
    with pytest.raises(ReconnectNeeded) as info:
        await conn.client.add_todo(2, 1, FIXED_NOW + timedelta(days=3), title="Kept for later")
    assert info.value.code == "invalid_grant" and info.value.sent is False
    assert SECRET not in str(info.value) and conn.auth.tokens.refresh_token not in str(info.value)
    assert len(conn.refused) == 1 and conn.portal.db.count_activities() == before
    asked = conn.auth.refreshes
    with pytest.raises(ReconnectNeeded):
        await conn.client.current_user()
    assert conn.auth.refreshes == asked  # fails fast: the token endpoint is not asked again

    conn.auth.set_tokens(await _first_tokens(conn.portal))  # the user connected again
    assert (await conn.client.current_user()).id == 1


async def test_a_wrong_client_secret_asks_to_reconnect(app_portal, portal_clock: Clock) -> None:  # noqa: ANN001
    tokens = await _first_tokens(app_portal)
    auth = OAuthAuth(tokens, client_id=CLIENT_ID, client_secret="not-the-secret", base_url=BASE,
                     clock=lambda: portal_clock.now + timedelta(hours=2))
    async with BitrixClient.for_auth(auth, transport=app_portal.transport(), rate_plan=None) as client:
        with pytest.raises(ReconnectNeeded) as info:
            await client.current_user()
    assert info.value.code == "invalid_client" and "not-the-secret" not in str(info.value)


async def test_a_file_download_carries_the_token_in_its_query(conn: Connection) -> None:
    files = [f async for page in conn.client.walk(filter={"TYPE_ID": 4}, select=["ID", "FILES"])
             for row in page.rows for f in (row.get("FILES") or [])]
    assert files, "the demo e-mails carry attachments"
    url = conn.client.files.auth_url(files[0]["url"])
    assert url.params["auth"] == conn.auth.tokens.access_token
    _name, length = await conn.client.files.head(files[0]["url"])
    assert length and length > 0


async def test_two_windows_one_keyring_the_second_uses_the_first_ones_renewal(app_portal, portal_clock: Clock) -> None:  # noqa: ANN001
    keyring: dict[str, OAuthTokens] = {"set": await _first_tokens(app_portal)}
    windows = [OAuthAuth(keyring["set"], client_id=CLIENT_ID, client_secret=SECRET, base_url=BASE,
                         on_tokens=lambda t: keyring.update(set=t), load_tokens=lambda: keyring["set"],
                         clock=lambda: FIXED_NOW) for _ in range(2)]
    clients = [BitrixClient.for_auth(w, transport=app_portal.transport(), rate_plan=None) for w in windows]
    try:
        portal_clock.now += timedelta(hours=2)
        assert (await clients[0].current_user()).id == 1  # window 1 renews (the refresh token rotates)
        assert (await clients[1].current_user()).id == 1  # window 2: invalid_grant → the stored set, no reconnect
        assert app_portal.oauth.grants["refresh_token"] == 1
        assert windows[1].reconnect_needed is None and windows[1].tokens == keyring["set"]
    finally:
        for client in clients:
            await client.aclose()


async def test_a_batch_runs_in_the_applications_context(conn: Connection) -> None:
    from desktop_app.bitrix.prepared import PreparedCall

    reply = await conn.client.batch({"me": PreparedCall("user.current", {}),
                                     "types": PreparedCall("crm.activity.type.list", {})})
    assert reply.results["me"].ok and reply.results["me"].result["ID"] in ("1", 1)
    assert reply.results["types"].ok  # application-only: a webhook would be refused
