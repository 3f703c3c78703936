"""Async Bitrix24 REST client (httpx). No Qt.

Public API::

    from desktop_app.bitrix import BitrixClient, Webhook
    async with BitrixClient.for_webhook(Webhook.parse(url)) as client:
        me = await client.current_user()

    # an application connection (OAuth, bitrix/oauth.py)
    async with BitrixClient.for_auth(OAuthAuth(tokens, client_id=…, client_secret=…)) as client:
        ...
"""

from .auth import PortalAuth, Webhook, WebhookAuth
from .batch import MAX_BATCH_COMMANDS, BatchReply, CommandResult
from .client import PAGE_SIZE, BitrixClient
from .errors import (
    AccessDenied,
    AuthError,
    BadResponse,
    BitrixClientError,
    BitrixError,
    ConnectionDropped,
    DeadlineExceeded,
    InvalidArgument,
    InvalidParameter,
    InvalidWebhookUrl,
    MethodNotFound,
    NotFound,
    OperationTimeLimit,
    PortalMoved,
    PortalMoveUnconfirmed,
    PortalUnreachable,
    RateLimited,
    ReplyTooLarge,
    RequestTimeout,
    ServerError,
    TransportError,
    outcome_unknown,
)
from .limits import RatePlan, RetryPolicy, TransportStats
from .models import Activity, ActivityType, CrmItem, Direction, OwnerType, Page, User
from .oauth import OAuthAuth, OAuthTokens, ReconnectNeeded
from .paging import CursorStalled, WalkPage
from .transport import DEFAULT_DEADLINE, MAX_REPLY_BYTES, BitrixTransport, Response

__all__ = [
    "DEFAULT_DEADLINE", "MAX_BATCH_COMMANDS", "MAX_REPLY_BYTES", "PAGE_SIZE", "AccessDenied", "Activity",
    "ActivityType", "AuthError", "BadResponse", "BatchReply", "BitrixClient", "BitrixClientError", "BitrixError",
    "BitrixTransport", "CommandResult", "ConnectionDropped", "CrmItem", "CursorStalled", "DeadlineExceeded",
    "Direction", "InvalidArgument", "InvalidParameter", "InvalidWebhookUrl", "MethodNotFound", "NotFound",
    "OAuthAuth", "OAuthTokens", "OperationTimeLimit", "OwnerType", "Page", "PortalAuth", "PortalMoveUnconfirmed",
    "PortalMoved", "PortalUnreachable", "RateLimited", "RatePlan", "ReconnectNeeded", "ReplyTooLarge",
    "RequestTimeout", "Response", "RetryPolicy", "ServerError", "TransportError", "TransportStats", "User",
    "WalkPage", "Webhook", "WebhookAuth", "outcome_unknown",
]
