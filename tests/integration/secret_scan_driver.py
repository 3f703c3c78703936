"""One scripted session with known secrets, for ``test_secret_scan.py``: run as a script in a process of
its own whose settings, data, cache, home and temp folders the test points at a scratch root.

What it does, through the app's own code and the real keyring (``SecretStore()``):

1. the app's logging set-up at DEBUG (``desktop_app.app._setup_logging``) with httpx/httpcore at DEBUG
   too, and a DEBUG log file ``<data dir>/activity-desk-debug.log``;
2. webhook: ``connect_webhook`` (code to the keyring, address to the settings), ``user.current``, a list
   of activities, the local store opened and a to-do queued in the outbox and sent (``drain``), then the
   session closed and reopened with ``restore_session`` (code back from the keyring);
3. application (OAuth): ``oauth_flow.authorize`` against the served sandbox (a "browser" GETs the
   authorization page and follows its redirect to the loopback listener), ``exchange_code``, the client
   secret and tokens stored with ``SecretStore``; calls (user, list, create); the access token left to
   expire (the portal's lifetime is ``--token-lifetime`` seconds), so the next call renews it through
   ``OAuthAuth`` and the renewed set is stored in the keyring (``on_tokens``) and read back;
4. an unexpected exception carrying the webhook URL goes through the crash handler (a report file).

Environment: ``SCAN_WEBHOOK`` (the webhook URL), ``SCAN_BASE`` (the portal), ``SCAN_CLIENT_ID``,
``SCAN_CLIENT_SECRET``. Protocol on stdout: ``CONNECTED``, ``LISTED <n>``, ``SENT``, ``RESTORED``,
``AUTHORIZED``, ``CALLED``, ``REFRESHED``, ``STORED``, ``CRASHED``, ``DONE``. The token values (not
known before the run) are written as JSON to the file descriptor ``SCAN_WITNESS_FD`` — a pipe to the
test, never a file.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import httpx
from scan_driver import crash_with, log_at_debug_to_file, say

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.oauth import OAuthAuth
from desktop_app.services.oauth_flow import authorize, exchange_code
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import connect_webhook, restore_session
from desktop_app.services.timeline import EntityRef

WEBHOOK = os.environ["SCAN_WEBHOOK"]
BASE = os.environ["SCAN_BASE"]
CLIENT_ID = os.environ["SCAN_CLIENT_ID"]
CLIENT_SECRET = os.environ["SCAN_CLIENT_SECRET"]
DEADLINE = datetime(2031, 5, 6, 7, 30, tzinfo=UTC)


async def webhook_part(secrets: SecretStore) -> None:
    session = await connect_webhook(WEBHOOK, secrets=secrets)
    assert session.secret_remembered, "the webhook code was not kept in the keyring"
    say("CONNECTED")
    page = await session.client.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1})
    say("LISTED", len(page.items))
    changes = session.open_store()
    changes.add_todo(EntityRef(2, 1), DEADLINE, title="Scan: call back about the offer")
    await changes.processor.drain()
    assert not changes.open_entries(), "the queued to-do was not confirmed"
    say("SENT")
    await session.aclose()
    again = await restore_session(secrets=secrets)
    assert again is not None, "the saved webhook did not reopen"
    await again.client.current_user()
    say("RESTORED")
    await again.aclose()


async def _browse(url: str) -> None:
    async with httpx.AsyncClient() as http:
        asked = await http.get(url)
        assert asked.status_code == 302, asked.status_code
        page = await http.get(asked.headers["location"])
        assert page.status_code == 200, page.status_code


async def application_part(secrets: SecretStore) -> dict[str, str]:
    host = httpx.URL(BASE).netloc.decode()
    browsing: list[asyncio.Task[None]] = []
    reply, redirect_uri = await authorize(
        BASE, CLIENT_ID, lambda url: browsing.append(asyncio.get_running_loop().create_task(_browse(url))),
        timeout=15)
    await asyncio.gather(*browsing)
    async with httpx.AsyncClient() as http:
        first = await exchange_code(http, BASE, CLIENT_ID, CLIENT_SECRET, reply.code, redirect_uri=redirect_uri)
    await asyncio.to_thread(secrets.store_client_secret, host, CLIENT_ID, CLIENT_SECRET)
    await asyncio.to_thread(secrets.store_tokens, host, CLIENT_ID, first)
    say("AUTHORIZED")

    stored = await asyncio.to_thread(secrets.load_tokens, host, CLIENT_ID)
    client_secret = await asyncio.to_thread(secrets.load_client_secret, host, CLIENT_ID)
    assert stored is not None and client_secret == CLIENT_SECRET
    auth = OAuthAuth(stored, client_id=CLIENT_ID, client_secret=client_secret, base_url=BASE, refresh_margin=0,
                     on_tokens=lambda tokens: asyncio.to_thread(secrets.store_tokens, host, CLIENT_ID, tokens),
                     load_tokens=lambda: asyncio.to_thread(secrets.load_tokens, host, CLIENT_ID))
    async with BitrixClient.for_auth(auth, rate_plan=None) as client:
        await client.current_user()
        await client.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1})
        await client.add_todo(2, 1, DEADLINE, title="Scan: written by the application")
        say("CALLED")
        # The access token's lifetime (--token-lifetime) is wall time in the portal's process.
        wait = (first.expires_at - datetime.now(UTC) + timedelta(seconds=0.3)).total_seconds()
        await asyncio.sleep(max(wait, 0))
        await client.list_activities(filter={"OWNER_TYPE_ID": 2, "OWNER_ID": 1})
        assert auth.refreshes == 1, auth.refreshes
        renewed = auth.tokens
        assert renewed.access_token != first.access_token and renewed.refresh_token != first.refresh_token
        say("REFRESHED")
    kept = await asyncio.to_thread(secrets.load_tokens, host, CLIENT_ID)
    assert kept is not None and kept.refresh_token == renewed.refresh_token, "the renewed tokens were not stored"
    say("STORED")
    return {"access_before": first.access_token, "refresh_before": first.refresh_token,
            "access_after": renewed.access_token, "refresh_after": renewed.refresh_token,
            "authorization_code": reply.code}


async def main() -> None:
    secrets = SecretStore()
    assert secrets.available, secrets.unavailable_message()
    await webhook_part(secrets)
    tokens = await application_part(secrets)
    with os.fdopen(int(os.environ["SCAN_WITNESS_FD"]), "w") as witness:
        json.dump(tokens, witness)
    crash_with(f"reset by {WEBHOOK}crm.activity.list with client_secret={CLIENT_SECRET}")
    say("DONE")


if __name__ == "__main__":
    log_at_debug_to_file()
    asyncio.run(main())
