"""One scripted application (OAuth) session with known secrets, for ``test_secret_scan_application.py``: run as a
script in a process of its own whose settings, data, cache, home and temp folders the test points at a scratch root.

What it does, through the app's own code and the real keyring (``SecretStore()``), logging at DEBUG (httpx and
httpcore too) to the console and to ``<data dir>/activity-desk-debug.log``:

1. ``services.app_connect.connect_application`` against the served sandbox: a "browser" GETs the authorization
   page and follows the portal's redirect to the loopback listener; the code is exchanged, ``user.current``
   checked, the client secret and tokens stored in the keyring, the connection remembered in the settings;
2. calls through ``session.app_client``: a list of activities, ``crm.activity.type.list``, a to-do created,
   and a to-do queued in the local store's outbox and sent (``drain``) through ``session.client``;
3. access tokens living 1 s (``--token-lifetime 1``), so calls renew them through ``OAuthAuth``; each renewed
   set is stored in the keyring (``on_tokens``) and the last one is read back; then the session is closed and
   reopened as the next start would (``restore_session``: the profile, secrets from the keyring), and its first
   call renews the token again;
4. an unexpected exception carrying the client secret and a token goes through the crash handler.

Environment: ``SCAN_BASE`` (the portal), ``SCAN_CLIENT_ID``, ``SCAN_CLIENT_SECRET``, ``SCAN_PORT`` (the redirect
listener's port). Protocol on stdout: ``CONNECTED``, ``CALLED``, ``SENT``, ``REFRESHED``, ``STORED``, ``RESTORED``,
``CRASHED``, ``DONE``. The authorization code and every token any token reply brought (all generations: the
token requests' reply parser is wrapped) are written as JSON to the file descriptor ``SCAN_WITNESS_FD`` (a pipe
to the test, never a file).
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx
from scan_driver import crash_with, log_at_debug_to_file, say

from desktop_app.bitrix import oauth_tokens
from desktop_app.services.app_connect import connect_application
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import restore_session
from desktop_app.services.timeline import EntityRef

BASE = os.environ["SCAN_BASE"]
CLIENT_ID = os.environ["SCAN_CLIENT_ID"]
CLIENT_SECRET = os.environ["SCAN_CLIENT_SECRET"]
PORT = int(os.environ["SCAN_PORT"])
DEADLINE = datetime(2031, 5, 6, 7, 30, tzinfo=UTC)
FILTER = {"OWNER_TYPE_ID": 2, "OWNER_ID": 1}


#: Every access and refresh token any token reply brought (all generations), in order.
RECEIVED: list[str] = []
_parse_token_reply = oauth_tokens.parse_token_reply


def _witnessed_parse(*args: object, **kwargs: object) -> oauth_tokens.OAuthTokens:
    tokens = _parse_token_reply(*args, **kwargs)
    RECEIVED.extend((tokens.access_token, tokens.refresh_token))
    return tokens


oauth_tokens.parse_token_reply = _witnessed_parse  # request_tokens, the one way tokens arrive, calls it


class Browser:
    """Opens the authorization page and follows the redirect to the listener; keeps the code it carried."""

    def __init__(self) -> None:
        self.tasks: list[asyncio.Task[None]] = []
        self.code = ""

    def __call__(self, url: str) -> None:
        self.tasks.append(asyncio.get_running_loop().create_task(self._visit(url)))

    async def _visit(self, url: str) -> None:
        async with httpx.AsyncClient(follow_redirects=True) as http:
            page = await http.get(url)
        assert page.status_code == 200, page.status_code
        [hop] = page.history
        self.code = parse_qs(urlsplit(hop.headers["location"]).query)["code"][0]


async def application_session(secrets: SecretStore) -> str:
    browser = Browser()
    session = await connect_application(BASE, CLIENT_ID, CLIENT_SECRET, secrets=secrets, open_browser=browser,
                                        redirect_port=PORT, timeout=15)
    await asyncio.gather(*browser.tasks)
    assert session.secret_remembered and session.app_client is not None
    say("CONNECTED")
    app = session.app_client
    auth = app.auth
    try:
        await app.list_activities(filter=FILTER)
        await app.call("crm.activity.type.list")
        await app.add_todo(2, 1, DEADLINE, title="Scan: written by the application")
        say("CALLED")
        changes = session.open_store()
        changes.add_todo(EntityRef(2, 1), DEADLINE, title="Scan: queued through the outbox")
        await changes.processor.drain()
        assert not changes.open_entries(), "the queued to-do was not confirmed"
        say("SENT")
        before = auth.refreshes
        for _ in range(2):  # tokens living 1 s are renewed before each call (OAuthAuth's refresh margin)
            await app.list_activities(filter=FILTER)
        assert auth.refreshes >= before + 2, auth.refreshes
        say("REFRESHED")
        host = urlsplit(BASE).netloc
        kept = await asyncio.to_thread(secrets.load_tokens, host, CLIENT_ID)
        assert kept is not None and kept.refresh_token == auth.tokens.refresh_token, "renewed tokens not stored"
        say("STORED")
    finally:
        await session.aclose()
    again = await restore_session(secrets=secrets)  # the next start: the profile, its secrets from the keyring
    assert again is not None and again.app_client is not None and again.client is again.app_client
    try:
        await again.app_client.list_activities(filter=FILTER)  # the stored set, renewed once more
        assert again.app_client.auth.refreshes >= 1
        say("RESTORED")
    finally:
        await again.aclose()
    return browser.code


async def main() -> None:
    secrets = SecretStore()
    assert secrets.available, secrets.unavailable_message()
    code = await application_session(secrets)
    with os.fdopen(int(os.environ["SCAN_WITNESS_FD"]), "w") as witness:
        json.dump({"authorization_code": code, "tokens": RECEIVED}, witness)
    crash_with(f"reset with client_secret={CLIENT_SECRET}&auth={RECEIVED[-1]}")
    say("DONE")


if __name__ == "__main__":
    log_at_debug_to_file()
    asyncio.run(main())
