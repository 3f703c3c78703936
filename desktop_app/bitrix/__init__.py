"""Async Bitrix24 REST client (httpx). No Qt.

Public API::

    from desktop_app.bitrix import BitrixClient, Webhook
    async with BitrixClient.for_webhook(Webhook.parse(url)) as client:
        me = await client.current_user()
"""

from .auth import Webhook
from .batch import MAX_BATCH_COMMANDS, BatchReply, CommandResult
from .client import PAGE_SIZE, BitrixClient
from .errors import (
    AccessDenied,
    AuthError,
    BadResponse,
    BitrixClientError,
    BitrixError,
    InvalidArgument,
    InvalidParameter,
    InvalidWebhookUrl,
    MethodNotFound,
    NotFound,
    OperationTimeLimit,
    PortalMoved,
    PortalUnreachable,
    RateLimited,
    RequestTimeout,
    ServerError,
    TransportError,
)
from .limits import RatePlan, RetryPolicy, TransportStats
from .models import Activity, ActivityType, CrmItem, Direction, OwnerType, Page, User
from .paging import CursorStalled, WalkPage
from .transport import BitrixTransport, Response

__all__ = [
    "MAX_BATCH_COMMANDS", "PAGE_SIZE", "AccessDenied", "Activity", "ActivityType", "AuthError", "BadResponse",
    "BatchReply", "BitrixClient", "BitrixClientError", "BitrixError", "BitrixTransport", "CommandResult", "CrmItem",
    "CursorStalled", "Direction", "InvalidArgument", "InvalidParameter", "InvalidWebhookUrl", "MethodNotFound",
    "NotFound", "OperationTimeLimit", "OwnerType", "Page", "PortalMoved", "PortalUnreachable", "RateLimited",
    "RatePlan", "RequestTimeout", "Response", "RetryPolicy", "ServerError", "TransportError", "TransportStats",
    "User", "WalkPage", "Webhook",
]
