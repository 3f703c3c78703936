"""Async Bitrix24 REST client (httpx). No Qt.

Public API::

    from desktop_app.bitrix import BitrixClient, Webhook
    async with BitrixClient.for_webhook(Webhook.parse(url)) as client:
        me = await client.current_user()
"""

from .auth import Webhook
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
from .models import Activity, ActivityType, CrmItem, Direction, OwnerType, Page, User
from .transport import BitrixTransport, Response

__all__ = [
    "AccessDenied", "Activity", "ActivityType", "AuthError", "BadResponse", "BitrixClient", "BitrixClientError",
    "BitrixError", "BitrixTransport", "CrmItem", "Direction", "InvalidArgument", "InvalidParameter",
    "InvalidWebhookUrl", "MethodNotFound", "NotFound", "OperationTimeLimit", "OwnerType", "PAGE_SIZE", "Page",
    "PortalMoved", "PortalUnreachable", "RateLimited", "RequestTimeout", "Response", "ServerError",
    "TransportError", "User", "Webhook",
]
