"""Typed async methods of the Bitrix24 REST API used by Activity Desk.

Each method names its REST method, the parameter shapes and units, and the errors it raises. All
of them raise, besides what is listed: :class:`~desktop_app.bitrix.errors.AuthError` (bad webhook or
token, HTTP 401/403), :class:`~desktop_app.bitrix.oauth.ReconnectNeeded` (an application connection whose
refresh token or client the portal refused: nothing sent, connect again), :class:`~desktop_app.bitrix.errors.PortalUnreachable` /
:class:`~desktop_app.bitrix.errors.RequestTimeout` / ``DeadlineExceeded`` / ``ConnectionDropped`` (no
complete answer), :class:`~desktop_app.bitrix.errors.BadResponse` (not a Bitrix24 reply, or a reply
whose content does not have the documented shape — every reply is checked by its pydantic model
here, :mod:`desktop_app.bitrix.replies`; ``field`` names the JSON path), ``ReplyTooLarge``,
``PortalMoved`` / ``PortalMoveUnconfirmed`` (see :meth:`BitrixClient.confirm_portal_move`) and
:class:`~desktop_app.bitrix.errors.RateLimited` / ``ServerError``. Nothing else escapes: no
``ValidationError``, ``ValueError``, ``TypeError`` or ``KeyError`` from a reply.

Source: api-spec.md §4.5 (get), §4.6 (list), §4.9.1 (todo.add), §2.3 (paging); ``crm.item.list``,
``user.current`` and ``user.get`` follow the portal's documented reply shapes.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, Self

import httpx

from .activities import ActivityMethods
from .app_types import ActivityTypeMethods
from .auth import PortalAuth, Webhook
from .badges import BadgeMethods
from .batch import BatchReply, run_batch
from .bindings import BindingMethods
from .configurable import ConfigurableMethods
from .errors import InvalidParameter
from .files import FileMethods
from .layout_blocks import LayoutBlockMethods
from .limits import DEFAULT_RETRY, RatePlan, RetryPolicy, TransportStats
from .models import Activity, CrmItem, OwnerType, Page, User
from .paging import WalkPage, walk
from .prepared import PreparedCall
from .replies import Checker, ItemList, NewId
from .todo import TodoMethods, check_color, check_deadline, check_ping_offsets
from .transport import DEFAULT_DEADLINE, DEFAULT_TIMEOUT, MAX_REPLY_BYTES, BitrixTransport, Response

#: Fixed page size of list methods (api-spec.md §2.3).
PAGE_SIZE = 50

#: Fields the timeline reads: every scalar field plus the incoming-channel flag (api-spec.md §4.6).
TIMELINE_SELECT = ["*", "IS_INCOMING_CHANNEL"]

#: crm.item.list fields the entity browser shows, per entityTypeId.
ITEM_SELECT: dict[int, list[str]] = {
    OwnerType.LEAD: ["id", "title", "name", "lastName", "secondName", "assignedById", "updatedTime", "opportunity", "currencyId"],
    OwnerType.DEAL: ["id", "title", "stageId", "assignedById", "updatedTime", "opportunity", "currencyId", "companyId"],
    OwnerType.CONTACT: ["id", "name", "secondName", "lastName", "assignedById", "updatedTime", "companyId"],
    OwnerType.COMPANY: ["id", "title", "assignedById", "updatedTime"],
}


class BitrixClient:
    """Typed calls on top of a :class:`BitrixTransport`.

    Build with :meth:`for_webhook` or :meth:`for_auth` (any :class:`~desktop_app.bitrix.auth.PortalAuth`,
    e.g. an application's :class:`~desktop_app.bitrix.oauth.OAuthAuth`); close with :meth:`aclose`
    (or ``async with``).
    """

    def __init__(self, transport: BitrixTransport) -> None:
        self._transport = transport
        #: ``crm.activity.todo.update*`` (:class:`~desktop_app.bitrix.todo.TodoMethods`).
        self.todo = TodoMethods(self)
        #: ``crm.activity.binding.*`` (:class:`~desktop_app.bitrix.bindings.BindingMethods`).
        self.bindings = BindingMethods(self)
        #: legacy ``crm.activity.add/update/delete/fields`` (:class:`~desktop_app.bitrix.activities.ActivityMethods`).
        self.activities = ActivityMethods(self)
        #: file downloads and the ``FILES`` encoding (:class:`~desktop_app.bitrix.files.FileMethods`).
        self.files = FileMethods(self)
        #: application-only families (api-spec.md §4.11–4.14): ``crm.activity.type.*``, ``crm.activity.badge.*``
        #: (works with a webhook too), ``crm.activity.configurable.*``, ``crm.activity.layout.blocks.*``.
        self.activity_types = ActivityTypeMethods(self)
        self.badges = BadgeMethods(self)
        self.configurable = ConfigurableMethods(self)
        self.layout_blocks = LayoutBlockMethods(self)

    @classmethod
    def for_webhook(
        cls,
        webhook: Webhook,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        on_portal_moved: Any = None,
        rate_plan: RatePlan | None = RatePlan.STANDARD,
        retry: RetryPolicy = DEFAULT_RETRY,
        operating_limit: float | None = None,
        deadline: float | None = DEFAULT_DEADLINE,
        max_reply_bytes: int = MAX_REPLY_BYTES,
    ) -> BitrixClient:
        """A client for an incoming webhook. ``transport`` replaces the network (ASGI sandbox, mocks).

        ``rate_plan`` (default standard 50 / 2 per s; ``None`` = no client-side limiter), ``retry``
        (idempotent calls only) and ``operating_limit`` (seconds per 10 minutes, when known) are the
        limits of :mod:`desktop_app.bitrix.limits` (api-spec.md §2). ``deadline`` (seconds one HTTP
        request may take in all, default 70) and ``max_reply_bytes`` (default 32 MiB) bound a hostile
        or broken server (:mod:`desktop_app.bitrix.transport`). ``on_portal_moved(new_base_url)`` is
        called when a renamed cloud portal is followed, and by :meth:`confirm_portal_move`.
        """
        return cls(BitrixTransport(webhook, transport=transport, timeout=timeout, on_portal_moved=on_portal_moved,
                                   rate_plan=rate_plan, retry=retry, operating_limit=operating_limit,
                                   deadline=deadline, max_reply_bytes=max_reply_bytes))

    @classmethod
    def for_auth(cls, auth: PortalAuth, **options: Any) -> BitrixClient:
        """A client for any connection (``OAuthAuth`` for an application, ``WebhookAuth``); ``options``
        as for :meth:`for_webhook` (``transport``, ``timeout``, ``rate_plan``, ``retry``, …)."""
        return cls(BitrixTransport(auth, **options))

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    @property
    def webhook(self) -> Webhook:
        """The webhook of a webhook connection (its current address).

        Raises:
            AttributeError: an application (OAuth) connection has no webhook; use :attr:`user_id`,
                :attr:`auth`, :attr:`base_url`.
        """
        webhook = self._transport.webhook
        if webhook is None:
            raise AttributeError("an application connection has no webhook (use client.user_id / client.auth)")
        return webhook

    @property
    def auth(self) -> PortalAuth:
        """The connection's credential (:class:`~desktop_app.bitrix.auth.PortalAuth`, an ``httpx.Auth``)."""
        return self._transport.auth

    @property
    def user_id(self) -> int | None:
        """The employee the calls run as: the webhook's user, or the application token's ``user_id``
        (``None`` until known)."""
        return self._transport.auth.user_id

    @property
    def base_url(self) -> str:
        """``scheme://host[:port]`` of the portal the calls go to now."""
        return self._transport.auth.base_url

    @property
    def host(self) -> str:
        return self._transport.host

    @property
    def http(self) -> httpx.AsyncClient:
        """The pooled ``httpx.AsyncClient`` (same network/ASGI transport as the REST calls; no
        redirects followed). For :class:`~desktop_app.bitrix.files.FileMethods` only."""
        return self._transport.http

    @property
    def stats(self) -> TransportStats:
        """Requests sent, 503/429 replies, retries and seconds waited so far (:class:`TransportStats`)."""
        return self._transport.stats

    @property
    def checker(self) -> Checker:
        """Checks replies against their models and builds :class:`BadResponse` (:mod:`desktop_app.bitrix.replies`)."""
        return self._transport.checker

    def confirm_portal_move(self, new_base_url: str) -> str:
        """The user confirmed the move shown by :class:`~desktop_app.bitrix.errors.PortalMoveUnconfirmed`:
        send every call to ``new_base_url`` (its :attr:`new_base_url`, ``scheme://host[:port]``) from now
        on, and call ``on_portal_moved(new_base_url)`` so the caller persists the address. Sends nothing.

        Returns:
            The normalised base URL now in use.

        Raises:
            InvalidWebhookUrl: not a portal address (a path, no host, plain http to a non-loopback host).
        """
        return self._transport.confirm_move(new_base_url)

    async def aclose(self) -> None:
        await self._transport.aclose()

    async def call(self, method: str, params: dict[str, Any] | None = None) -> Response:
        """Any REST method, untyped: see :meth:`BitrixTransport.call`."""
        return await self._transport.call(method, params)

    async def send(self, prepared: PreparedCall) -> Response:
        """Send a call made by a ``prepare_*`` method (or read back from the outbox) as it is."""
        return await self._transport.call(prepared.method, prepared.params)

    async def batch(self, commands: Mapping[str, PreparedCall], *, halt: bool = False) -> BatchReply:
        """``batch``: run ``{name: PreparedCall}`` in as few HTTP requests as possible (50 commands each).

        Parameters may hold references to earlier commands (``"$result[add][id]"``,
        ``"$result[page][49][ID]"``); a reference into an earlier chunk is resolved before sending.
        With ``halt`` the portal stops at the first failing command; the rest are listed in
        :attr:`BatchReply.halted`. Source: api-spec.md §2.4, server-behaviour.md §5.5; see
        :mod:`desktop_app.bitrix.batch` for the encoding.

        Returns:
            :class:`~desktop_app.bitrix.batch.BatchReply`; a failed command's error (mapped like a plain
            call's) is in its :class:`~desktop_app.bitrix.batch.CommandResult`, not raised.

        Raises:
            ValueError: a bad command name or a nested ``batch``.
            BitrixError / TransportError: the ``batch`` request itself failed.
        """
        return await run_batch(self._transport, commands, halt=halt)

    def walk(
        self,
        method: str = "crm.activity.list",
        *,
        filter: Mapping[str, Any] | None = None,
        select: Sequence[str] | None = None,
        with_total: bool = False,
        descending: bool = False,
    ) -> AsyncIterator[WalkPage]:
        """Every row of a list method, count-free: ``order ID``, ``>ID`` cursor, ``start=-1``, the first
        page alone, then 50 pages chained per batch (2,500 rows a request); one
        :class:`~desktop_app.bitrix.paging.WalkPage` per HTTP request. ``descending`` walks ``<ID`` from
        the top; ``with_total`` adds one counted call to the first request. Rows are raw API dicts
        (``Activity.from_api`` turns them into activities). Source: api-spec.md §2.3; details and
        errors (:class:`~desktop_app.bitrix.paging.CursorStalled`) in :mod:`desktop_app.bitrix.paging`.
        """
        return walk(self, method, filter=filter, select=select, with_total=with_total, descending=descending)

    def new_id(self, method: str, reply: Response) -> int:
        """The new activity id in a create's reply: ``{"id": N}`` (``crm.activity.todo.add``) or
        ``N`` (``crm.activity.add``), a positive whole number (digits accepted). Raises
        :class:`BadResponse` (``field`` ``result`` or ``result.id``) when there is none."""
        if isinstance(reply.result, dict):
            if "id" not in reply.result:
                raise self.checker.bad(method, reply.status, "result.id", "the new id is missing", reply.result)
            return self.checker.check(NewId, reply.result["id"], method=method, status=reply.status, path="result.id")
        return self.checker.check(NewId, reply.result, method=method, status=reply.status)

    async def send_expecting_true(self, prepared: PreparedCall) -> None:
        """:meth:`send` a call whose method answers ``true`` (``crm.activity.type.add`` / ``.delete``,
        ``crm.activity.badge.delete``); any other result raises :class:`BadResponse` (``field`` ``result``)."""
        reply = await self.send(prepared)
        if reply.result is not True:
            raise self.checker.bad(prepared.method, reply.status, "result", "true is expected", reply.result)

    # -- users -------------------------------------------------------------------------------

    async def current_user(self) -> User:
        """``user.current``: the employee the webhook acts as. Used to check a webhook URL."""
        reply = await self.call("user.current")
        return self.checker.build(User.from_api, reply.result, method="user.current", status=reply.status)

    async def get_users(self, ids: Iterable[int] | None = None) -> list[User]:
        """``user.get``: employees, all pages (50 per request).

        Args:
            ids: only these user ids (``filter: {"ID": [...]}``); ``None`` = every active employee.

        Returns:
            Users in the portal's order. A ``next`` that does not advance ends the walk.
        """
        params: dict[str, Any] = {"filter": {"ACTIVE": True}}
        if ids is not None:
            wanted = sorted({int(i) for i in ids if int(i) > 0})
            if not wanted:
                return []
            params = {"filter": {"ID": wanted}}
        users: list[User] = []
        start: int | None = 0
        while start is not None:
            reply = await self.call("user.get", {**params, "start": start})
            users.extend(self.checker.build_list(User.from_api, reply.result, method="user.get", status=reply.status))
            start = reply.next if reply.next is not None and reply.next > start else None
        return users

    # -- CRM items (entity browser) ----------------------------------------------------------

    async def list_items(
        self,
        entity_type_id: int,
        *,
        filter: dict[str, Any] | None = None,
        order: dict[str, str] | None = None,
        select: Sequence[str] | None = None,
        start: int = 0,
    ) -> Page[CrmItem]:
        """``crm.item.list``: one page (≤ 50) of leads (1), deals (2), contacts (3) or companies (4).

        Args:
            entity_type_id: ``entityTypeId`` (api-spec.md §3.2).
            filter: camelCase field filter with Bitrix prefixes (``{"%title": "acme"}``).
            order: e.g. ``{"id": "DESC"}``; default the portal's (``id`` ascending).
            select: field names; default :data:`ITEM_SELECT` for the type.
            start: offset taken from a previous page's ``next``.

        Raises:
            InvalidParameter: ``entity_type_id`` is not positive.
        """
        if int(entity_type_id) <= 0:
            raise InvalidParameter("entityTypeId", "positive", "must be a positive CRM object type id")
        params: dict[str, Any] = {
            "entityTypeId": int(entity_type_id),
            "select": list(select) if select is not None else ITEM_SELECT.get(int(entity_type_id), ["*"]),
            "start": int(start),
        }
        if filter:
            params["filter"] = filter
        if order:
            params["order"] = order
        reply = await self.call("crm.item.list", params)
        listed = self.checker.check(ItemList, reply.result, method="crm.item.list", status=reply.status)
        items = self.checker.build_list(lambda i: CrmItem.from_api(int(entity_type_id), i), listed.items,
                                        method="crm.item.list", status=reply.status, path="result.items")
        return Page(items=items, total=reply.total or 0, next=reply.next)

    # -- activities --------------------------------------------------------------------------

    async def list_activities(
        self,
        *,
        filter: dict[str, Any] | None = None,
        order: dict[str, str] | None = None,
        select: Sequence[str] | None = None,
        start: int = 0,
    ) -> Page[Activity]:
        """``crm.activity.list``: one page (≤ 50 rows) of activities.

        Args:
            filter: UPPER_CASE field filter with Bitrix prefixes (``{"OWNER_TYPE_ID": 2, "OWNER_ID": 1,
                "COMPLETED": "N"}``); ``BINDINGS`` matches secondary bindings (api-spec.md §4.6).
            order: e.g. ``{"DEADLINE": "ASC", "ID": "ASC"}``; the portal's default is ``START_TIME`` ascending.
            select: field names; default :data:`TIMELINE_SELECT`.
            start: offset from a previous page's ``next`` (multiples of 50), or ``-1`` for no count.
        """
        params: dict[str, Any] = {
            "select": list(select) if select is not None else TIMELINE_SELECT,
            "start": int(start),
        }
        if filter:
            params["filter"] = filter
        if order:
            params["order"] = order
        reply = await self.call("crm.activity.list", params)
        items = self.checker.build_list(Activity.from_api, reply.result, method="crm.activity.list", status=reply.status)
        return Page(items=items, total=reply.total or 0, next=reply.next)

    async def iter_activity_pages(
        self,
        *,
        filter: dict[str, Any] | None = None,
        order: dict[str, str] | None = None,
        select: Sequence[str] | None = None,
    ) -> AsyncIterator[Page[Activity]]:
        """Walk ``crm.activity.list`` page by page through ``start``/``next`` (one request a page).

        Yields each page as it arrives, so a view can show the first rows at once. Stops when a page
        has no ``next``. A ``next`` that does not advance ends the walk instead of looping.
        """
        start = 0
        while True:
            page = await self.list_activities(filter=filter, order=order, select=select, start=start)
            yield page
            if page.next is None or page.next <= start:
                return
            start = page.next

    async def get_activity(self, activity_id: int) -> Activity:
        """``crm.activity.get``: one activity with every scalar field.

        Raises:
            InvalidParameter: ``activity_id`` is not positive.
            NotFound: ``Activity is not found.``
        """
        if int(activity_id) <= 0:
            raise InvalidParameter("id", "positive", "must be a positive activity id")
        reply = await self.call("crm.activity.get", {"id": int(activity_id)})
        return self.checker.build(Activity.from_api, reply.result, method="crm.activity.get", status=reply.status)

    async def add_todo(
        self,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime,
        *,
        title: str = "",
        description: str = "",
        responsible_id: int | None = None,
        parent_activity_id: int | None = None,
        ping_offsets: Sequence[int] = (),
        color_id: str | None = None,
    ) -> int:
        """``crm.activity.todo.add``: create a universal activity (todo) in an entity's timeline.

        Args:
            owner_type_id: ``ownerTypeId`` (1 lead, 2 deal, 3 contact, 4 company).
            owner_id: ``ownerId``.
            deadline: timezone-aware deadline; sent as ISO 8601 with its UTC offset.
            title, description: plain text (the portal stores the description as BB code).
            responsible_id: ``responsibleId``; ``None`` = the webhook's user.
            parent_activity_id: ``parentActivityId``; creating the todo completes that activity.
            ping_offsets: ``pingOffsets``, reminder offsets in **minutes before** the deadline
                (``[0, 15]`` = at the deadline and 15 minutes before); empty = no reminders.
            color_id: ``colorId`` ``"1"``…``"7"``, or ``None`` for the default colour.

        Returns:
            The new activity id.

        Raises:
            InvalidParameter: a missing/naive deadline, non-positive ids, a colour outside the palette or a
                negative ping offset — checked before sending (api-spec.md §4.9.1).
            NotFound: ``OWNER_NOT_FOUND`` / ``NOT_FOUND`` from the portal.
            InvalidArgument: code ``100`` or ``WRONG_DATETIME_FORMAT`` from the portal.
            AccessDenied: no right to edit the owner entity.
        """
        prepared = self.prepare_add_todo(
            owner_type_id, owner_id, deadline, title=title, description=description,
            responsible_id=responsible_id, parent_activity_id=parent_activity_id,
            ping_offsets=ping_offsets, color_id=color_id,
        )
        return self.new_id(prepared.method, await self.send(prepared))

    def prepare_add_todo(
        self,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime,
        *,
        title: str = "",
        description: str = "",
        responsible_id: int | None = None,
        parent_activity_id: int | None = None,
        ping_offsets: Sequence[int] = (),
        color_id: str | None = None,
    ) -> PreparedCall:
        """The ``crm.activity.todo.add`` call of :meth:`add_todo`, checked, not sent.

        ``crm.activity.todo.add`` takes no ``originId``/``originatorId`` (api-spec.md §4.9.1 lists
        none; only ``crm.activity.configurable.add`` has them), so none is sent: a todo create whose
        outcome is unknown is reconciled by looking for a matching new activity instead.
        """
        if int(owner_type_id) <= 0:
            raise InvalidParameter("ownerTypeId", "positive",
                                   "must be a CRM object type id (1 lead, 2 deal, 3 contact, 4 company)")
        if int(owner_id) <= 0:
            raise InvalidParameter("ownerId", "positive", "must be a positive entity id")
        formatted = check_deadline(deadline)
        color_id = check_color(color_id)
        offsets = check_ping_offsets(ping_offsets)
        params: dict[str, Any] = {
            "ownerTypeId": int(owner_type_id),
            "ownerId": int(owner_id),
            "deadline": formatted,
            "title": title,
            "description": description,
            "pingOffsets": offsets,
        }
        if responsible_id is not None:
            if int(responsible_id) <= 0:
                raise InvalidParameter("responsibleId", "positive", "must be a positive user id")
            params["responsibleId"] = int(responsible_id)
        if parent_activity_id is not None:
            params["parentActivityId"] = int(parent_activity_id)
        if color_id is not None:
            params["colorId"] = str(color_id)
        return PreparedCall("crm.activity.todo.add", params)
