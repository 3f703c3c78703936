"""The demo's application connection: OAuth tokens obtained in-process from the demo sandbox portal.

``activity-desk --demo`` is connected both ways (issue 13 item 6): the in-process sandbox portal
registers the local application :data:`DEMO_APP_CLIENT_ID` with a random client secret made for this
run (:func:`demo_app_credentials`), and :func:`connect_demo_app` runs the authorization-code flow
(api-spec.md §1.3) against it through the same ASGI transport as the webhook calls:

1. ``GET /oauth/authorize/?client_id=…&state=…&redirect_uri=…`` — the sandbox auto-approves and
   answers HTTP 302 to the loopback redirect URI with ``code`` and ``state`` (the redirect is read,
   never followed: nothing listens there);
2. the reply is checked as a real one (:func:`~desktop_app.services.oauth_flow.reply_from_query`:
   same ``state``, the portal's ``domain``);
3. ``POST /oauth/token/`` ``grant_type=authorization_code`` (form body) →
   :class:`~desktop_app.bitrix.oauth.OAuthTokens` (:func:`~desktop_app.services.oauth_flow.exchange_code`).

Tokens and the secret stay in memory for this run (the demo portal forgets them when it closes):
nothing is written to a file or the keyring. No Qt here.
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

import httpx

from desktop_app.bitrix import BitrixClient, RatePlan
from desktop_app.bitrix.oauth import OAuthAuth
from desktop_app.bitrix.redaction import register_secret

from .oauth_flow import AuthorizationRefused, authorize_url, exchange_code, new_state, reply_from_query

__all__ = ["DEMO_APP_BASE_URL", "DEMO_APP_CLIENT_ID", "DEMO_REDIRECT_URI", "connect_demo_app", "demo_app_credentials"]

#: The demo application's ``client_id`` (the sandbox's ``demo_apps`` data is created for it).
DEMO_APP_CLIENT_ID = "local.activitydesk.demo"
#: The address the application client uses for the in-process demo portal: loopback, because an OAuth
#: portal address must be HTTPS or loopback (``split_portal_url``); never dialled (ASGI transport).
DEMO_APP_BASE_URL = "http://127.0.0.1"
#: The registered redirect URI: loopback, never dialled (the 302 is read in-process).
DEMO_REDIRECT_URI = "http://127.0.0.1/activitydesk-demo/"


def demo_app_credentials() -> tuple[str, str]:
    """``(client_id, client_secret)`` for this run's demo application; the secret is random (32
    URL-safe characters) and registered for redaction."""
    secret = secrets.token_urlsafe(24)
    register_secret(secret)
    return DEMO_APP_CLIENT_ID, secret


async def connect_demo_app(client_id: str, client_secret: str, *, transport: httpx.AsyncBaseTransport,
                           base_url: str = DEMO_APP_BASE_URL, rate_plan: RatePlan | None = None) -> BitrixClient:
    """Authorize ``client_id`` on the in-process portal at ``base_url`` and return its application client.

    Args:
        client_id, client_secret: as registered on the portal (``SandboxApp``).
        transport: the portal's ASGI transport (the same the webhook client uses).
        base_url: the address the calls carry (:data:`DEMO_APP_BASE_URL`).
        rate_plan: the client's request-rate plan (``None``: no client-side limit).

    Raises:
        AuthorizationRefused: the portal did not redirect with a code for this ``state``.
        ReconnectNeeded: the portal refused the code or the client (``invalid_grant`` / ``invalid_client``).
        BadResponse / PortalUnreachable: the token reply could not be read.
    """
    state = new_state()
    async with httpx.AsyncClient(transport=transport, follow_redirects=False) as http:
        reply = await http.get(authorize_url(base_url, client_id, state, DEMO_REDIRECT_URI))
        location = reply.headers.get("location", "")
        if reply.status_code != 302 or not location.startswith(DEMO_REDIRECT_URI):
            raise AuthorizationRefused(f"The demo portal did not authorize the application (HTTP {reply.status_code}).")
        answer = reply_from_query(urlsplit(location).query, state, urlsplit(base_url).netloc)
        tokens = await exchange_code(http, base_url, client_id, client_secret, answer.code,
                                     redirect_uri=DEMO_REDIRECT_URI)
    auth = OAuthAuth(tokens, client_id=client_id, client_secret=client_secret, base_url=base_url)
    return BitrixClient.for_auth(auth, transport=transport, rate_plan=rate_plan)
