"""What only an application connection may do, for the window (issue 13 item 4; no Qt).

:class:`ApplicationFeatures` wraps the application's client (``PortalSession.app_client``, an OAuth
connection) for the four application-only families (api-spec.md §4.11–4.14): custom activity types and
``REST_APP`` activities, badges, configurable activities, and layout blocks; and it gathers what the
timeline's cards need (:meth:`ApplicationFeatures.card_extras`, read by :mod:`.app_card_extras`) in one
``batch`` request per 50 calls.

Application actions are sent at once, not queued in the outbox: they need the application connection
online, and failures raise the client's typed errors (the UI keeps what the user typed and says why):
:class:`~desktop_app.bitrix.errors.ApplicationContextRequired` (a webhook where an application is needed),
:class:`~desktop_app.bitrix.errors.WrongApplication` (a configurable activity of another application),
:class:`~desktop_app.bitrix.errors.AdminRequired` / ``AccessDenied``, ``InvalidParameter`` (refused before
sending), :class:`~desktop_app.services.app_icons.IconRefused` (an icon file), ``ReconnectNeeded``,
``PortalUnreachable`` … Without an application connection every method raises
:class:`ApplicationUnavailable` (nothing sent), except :meth:`ApplicationFeatures.badges` and
:meth:`ApplicationFeatures.card_extras`, which fall back to the webhook client when one is given (badges
work with a webhook, and a configurable activity's layout is in its ``PROVIDER_DATA``).

Which configurable activities are this application's (:attr:`CardExtras.own`, "update allowed"): the
portal keeps the creator's ``client_id`` in ``PROVIDER_PARAMS.clientId`` of the activity's
``crm.activity.list`` row (server-behaviour.md §1.7 step 2; the sandbox portal answers it the same way),
compared with the application client's ``client_id``. A row without ``PROVIDER_PARAMS`` (not selected)
is not counted as own; an update of another application's activity is refused by the portal with
``ERROR_WRONG_APPLICATION`` anyway, which the UI shows. ``REST_APP`` activities keep the creator's numeric
application id in ``ASSOCIATED_ENTITY_ID``, which the client cannot map to its ``client_id``: they are
never in :attr:`CardExtras.own` (the portal answers ``Access denied.`` to another application's change).
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.bitrix.app_types import AppActivityType
from desktop_app.bitrix.badges import Badge, BadgeType
from desktop_app.bitrix.configurable import (
    CONFIGURABLE_PROVIDER,
    ConfigurableActivity,
    ConfigurableFields,
    creator_client_id,
)
from desktop_app.bitrix.errors import (
    AuthError,
    BitrixClientError,
    BitrixError,
    InvalidParameter,
    PortalUnreachable,
)
from desktop_app.bitrix.oauth import ReconnectNeeded

from .app_card_extras import CardExtras, badges_by_activity, card_commands, read_card_batch, rows_layouts
from .app_icons import IconRefused, IconRule, LocalIcon, read_icon

if TYPE_CHECKING:
    from desktop_app.bitrix import BitrixClient
    from desktop_app.bitrix.models import Activity

__all__ = ["AppActivityType", "AppUnavailable", "ApplicationFeatures", "ApplicationUnavailable", "Badge",
           "BadgeType", "CardExtras", "ConfigurableActivity", "ConfigurableFields", "IconRefused", "IconRule",
           "LocalIcon"]


class AppUnavailable(StrEnum):
    """Why the application features cannot be used now."""

    WEBHOOK_ONLY = "webhook_only"  # the profile has no application connection (a webhook only)
    OFFLINE = "offline"            # the portal could not be reached the last time (nothing was sent)
    RECONNECT = "reconnect"        # the portal refused the saved authorization: connect the application again


class ApplicationUnavailable(BitrixClientError, RuntimeError):
    """An application feature was asked for without an application connection. Nothing was sent.
    (A :class:`~desktop_app.bitrix.errors.BitrixClientError`, so a handler of the client's errors catches it.)

    Attributes:
        reason: :class:`AppUnavailable` (``WEBHOOK_ONLY``).
    """

    def __init__(self, reason: AppUnavailable) -> None:
        super().__init__("This needs an application connection (OAuth): the portal answers these methods "
                         "only to an application, never to an incoming webhook.")
        self.reason = reason


class ApplicationFeatures:
    """The application-only families for the window (module docstring).

    Args:
        app_client: the application's client (``PortalSession.app_client``), or ``None`` for a
            webhook-only profile (then :attr:`unavailable` is ``WEBHOOK_ONLY``).
        lang: the user's language for badge texts (``en``, ``de``, ``ru`` …).
        webhook_client: the profile's webhook client, used for what a webhook may do when there is no
            application connection (``crm.activity.badge.list``, configurable layouts from ``PROVIDER_DATA``).
    """

    def __init__(self, app_client: BitrixClient | None, *, lang: str = "en",
                 webhook_client: BitrixClient | None = None) -> None:
        self.app_client = app_client
        self.webhook_client = webhook_client
        self.lang = lang
        self._state: AppUnavailable | None = None
        self._admin: bool | None = None
        self._badges: list[Badge] | None = None

    # -- state -------------------------------------------------------------------------------------

    @property
    def unavailable(self) -> AppUnavailable | None:
        """``None`` when the application connection is there and worked the last time; else why not:
        ``WEBHOOK_ONLY`` (no application client), ``RECONNECT`` (its authorization was refused: connect
        again), ``OFFLINE`` (the last call could not reach the portal; cleared by the next success)."""
        if self.app_client is None:
            return AppUnavailable.WEBHOOK_ONLY
        auth = self.app_client.auth
        if getattr(auth, "reconnect_needed", None) is not None:
            return AppUnavailable.RECONNECT
        return self._state

    @property
    def client_id(self) -> str | None:
        """The application's ``client_id`` (not secret), or ``None`` without an application connection."""
        if self.app_client is None:
            return None
        value = getattr(self.app_client.auth, "client_id", None)
        return value if isinstance(value, str) and value else None

    def is_own(self, activity: Activity) -> bool:
        """``activity`` is a configurable one this application created (it alone may update it): its row's
        ``PROVIDER_PARAMS.clientId`` is this application's ``client_id`` (module docstring). ``False``
        without an application connection or when the row did not carry ``PROVIDER_PARAMS``."""
        mine = self.client_id
        return (mine is not None and activity.provider_id == CONFIGURABLE_PROVIDER
                and creator_client_id(activity) == mine)

    def _app(self) -> BitrixClient:
        if self.app_client is None:
            raise ApplicationUnavailable(AppUnavailable.WEBHOOK_ONLY)
        return self.app_client

    def _any_client(self) -> BitrixClient:
        client = self.app_client or self.webhook_client
        if client is None:
            raise ApplicationUnavailable(AppUnavailable.WEBHOOK_ONLY)
        return client

    def _note(self, error: BaseException | None) -> None:
        """Track :attr:`unavailable` from a call's outcome (``None`` = success)."""
        if error is None:
            self._state = None
        elif isinstance(error, ReconnectNeeded):
            self._state = AppUnavailable.RECONNECT
        elif isinstance(error, PortalUnreachable):
            self._state = AppUnavailable.OFFLINE

    async def _run(self, client: BitrixClient, coro: Any) -> Any:
        try:
            result = await coro
        except BaseException as exc:
            if client is self.app_client:
                self._note(exc)
            raise
        if client is self.app_client:
            self._note(None)
        return result

    # -- admin ---------------------------------------------------------------------------------------

    async def is_admin(self) -> bool:
        """``user.admin``: the user is a portal administrator (types and badges need one). Cached for the
        life of this object once answered.

        Asked through the application; when its token lacks the ``user`` scope (401 ``insufficient_scope``)
        and a webhook client is given, through the webhook.

        Raises:
            ApplicationUnavailable: neither an application nor a webhook client.
            AuthError: ``insufficient_scope`` on every connection at hand.
            BadResponse: a reply that is not ``true`` / ``false``.
        """
        if self._admin is not None:
            return self._admin
        clients = [c for c in (self.app_client, self.webhook_client) if c is not None]
        if not clients:
            raise ApplicationUnavailable(AppUnavailable.WEBHOOK_ONLY)
        for client in clients:
            try:
                reply = await self._run(client, client.call("user.admin"))
            except AuthError as exc:
                if exc.code == "insufficient_scope" and client is not clients[-1]:
                    continue
                raise
            if not isinstance(reply.result, bool):
                raise client.checker.bad("user.admin", reply.status, "result", "true or false is expected",
                                         reply.result)
            self._admin = reply.result
            break
        return bool(self._admin)

    # -- custom types --------------------------------------------------------------------------------

    async def types(self) -> list[AppActivityType]:
        """``crm.activity.type.list``: this application's custom types (an administrator only).

        Raises:
            ApplicationUnavailable, ApplicationContextRequired, AdminRequired, and the client's errors.
        """
        client = self._app()
        return await self._run(client, client.activity_types.list())

    def read_icon(self, path: Path) -> LocalIcon:
        """Read and check an icon file (PNG, JPEG or GIF by its bytes, at most 1 MiB, not empty).

        Raises:
            IconRefused: ``field`` ``"icon"``, ``reason`` (:class:`IconRule`), ``rule`` in plain English.
        """
        return read_icon(path)

    async def add_type(self, type_id: str, name: str, icon: LocalIcon | None, *, configurable: bool) -> None:
        """``crm.activity.type.add``: register a custom type (``TYPE_ID`` ≤ 100 characters, ``NAME`` ≤ 255).

        Args:
            icon: from :meth:`read_icon` (already checked), or ``None``.
            configurable: usable as a configurable activity's ``typeId`` (then not for ``REST_APP``).

        Raises:
            ApplicationUnavailable; InvalidParameter (``TYPE_ID``, ``NAME``, ``ICON_FILE``; nothing sent);
            ApplicationContextRequired, AdminRequired, InvalidArgument (already registered …).
        """
        client = self._app()
        await self._run(client, client.activity_types.add(type_id, name, icon, configurable=configurable))

    async def delete_type(self, type_id: str) -> None:
        """``crm.activity.type.delete``: remove one of this application's types (its activities stay).

        Raises:
            ApplicationUnavailable; ApplicationContextRequired, AdminRequired, InvalidArgument (no such type).
        """
        client = self._app()
        await self._run(client, client.activity_types.delete(type_id))

    async def add_rest_app_activity(self, owner_type_id: int, owner_id: int, type_id: str, subject: str, *,
                                    description: str = "", deadline: datetime | None = None,
                                    responsible_id: int | None = None) -> int:
        """``crm.activity.add`` with ``PROVIDER_ID=REST_APP`` and ``PROVIDER_TYPE_ID=type_id`` (seed 002): an
        activity of one of this application's (non-configurable) types. Returns its id.

        Raises:
            ApplicationUnavailable; InvalidParameter (nothing sent); ApplicationContextRequired; the legacy
            method's errors.
        """
        client = self._app()
        return await self._run(client, client.activity_types.add_activity(
            owner_type_id, owner_id, type_id, subject, description=description, deadline=deadline,
            responsible_id=responsible_id))

    # -- badges --------------------------------------------------------------------------------------

    async def badges(self) -> list[Badge]:
        """``crm.activity.badge.list``: every badge of the portal (works with a webhook too); remembered for
        :meth:`create_configurable`'s ``badgeCode`` check.

        Raises:
            ApplicationUnavailable: neither an application nor a webhook client.
        """
        client = self._any_client()
        self._badges = await self._run(client, client.badges.list())
        return list(self._badges)

    async def add_badge(self, code: str, title: str | Mapping[str, str], value: str | Mapping[str, str],
                        type: BadgeType | str) -> Badge:
        """``crm.activity.badge.add`` (an administrator only; with the application connection, else the
        webhook: badges need no application context, api-spec.md §4.13, server-behaviour.md §1.10): returns
        the badge as stored.

        Raises:
            ApplicationUnavailable (neither connection); InvalidParameter (``code``, ``title``, ``value``,
            ``type``; nothing sent); AccessDenied (not an administrator); BitrixError (a duplicate code …).
        """
        client = self._any_client()
        badge = await self._run(client, client.badges.add(code, title, value, type))
        if self._badges is not None:
            self._badges = [b for b in self._badges if b.code != badge.code] + [badge]
        return badge

    async def delete_badge(self, code: str) -> None:
        """``crm.activity.badge.delete`` (an administrator only; application connection or webhook, as
        :meth:`add_badge`).

        Raises:
            ApplicationUnavailable (neither connection); AccessDenied; NotFound; BitrixError
            ``ENTITY_WITH_BADGE_EXISTS``.
        """
        client = self._any_client()
        await self._run(client, client.badges.delete(code))
        if self._badges is not None:
            self._badges = [b for b in self._badges if b.code != code]

    async def _check_badge(self, code: str) -> None:
        """Refuse a ``badgeCode`` no badge has, before sending (the portal's ``WRONG_FIELD_VALUE`` names
        the field but not why)."""
        if not code:
            return
        if self._badges is None or all(b.code != code for b in self._badges):
            await self.badges()  # the list may be stale: ask once
        if all(b.code != code for b in self._badges or ()):
            raise InvalidParameter("badgeCode", "unknown_badge",
                                   f"“{code}” is not a badge registered on the portal")

    # -- configurable activities ---------------------------------------------------------------------

    async def create_configurable(self, owner_type_id: int, owner_id: int, layout: dict[str, Any],
                                  fields: ConfigurableFields) -> int:
        """``crm.activity.configurable.add``: returns the new activity's id.

        Raises:
            ApplicationUnavailable; InvalidParameter (ids, ``layout``, ``deadline``, ``pingOffsets``,
            ``badgeCode`` ``unknown_badge`` …; nothing sent); ApplicationContextRequired; AccessDenied;
            BitrixError (the layout's codes, ``WRONG_FIELD_VALUE``).
        """
        client = self._app()
        client.configurable.prepare_add(owner_type_id, owner_id, layout, fields)  # local checks first
        await self._check_badge(fields.badge_code)
        return await self._run(client, client.configurable.add(owner_type_id, owner_id, layout, fields))

    async def update_configurable(self, activity_id: int, layout: dict[str, Any] | None,
                                  fields: ConfigurableFields | None) -> None:
        """``crm.activity.configurable.update`` (only by the creating application): a given ``layout``
        replaces the stored one (``None``: kept); of ``fields`` only those given when it was made are sent
        (``ConfigurableFields(completed=True)`` changes ``completed`` alone), the others stay as stored.

        Raises:
            ApplicationUnavailable; InvalidParameter (nothing sent); ApplicationContextRequired;
            WrongApplication (another application created it); NotFound; BitrixError.
        """
        client = self._app()
        client.configurable.prepare_update(activity_id, layout, fields)
        if fields is not None and "badge_code" in fields.model_fields_set:
            await self._check_badge(fields.badge_code)
        await self._run(client, client.configurable.update(activity_id, layout, fields))

    async def get_configurable(self, activity_id: int) -> ConfigurableActivity:
        """``crm.activity.configurable.get``: fields and layout.

        Raises:
            ApplicationUnavailable; ApplicationContextRequired; NotFound.
        """
        client = self._app()
        return await self._run(client, client.configurable.get(activity_id))

    # -- layout blocks -------------------------------------------------------------------------------

    async def set_layout_blocks(self, owner_type_id: int, owner_id: int, activity_id: int,
                                layout: dict[str, Any]) -> None:
        """``crm.activity.layout.blocks.set``: this application's blocks on an activity bound to the owner.

        Raises:
            ApplicationUnavailable; InvalidParameter; ApplicationContextRequired; NotFound
            (``OWNER_NOT_FOUND`` / ``NOT_FOUND``); BitrixError (``UNSUITABLE_ACTIVITY_TYPE_ERROR``, the layout's codes).
        """
        client = self._app()
        await self._run(client, client.layout_blocks.set(owner_type_id, owner_id, activity_id, layout))

    async def get_layout_blocks(self, owner_type_id: int, owner_id: int, activity_id: int) -> dict[str, Any] | None:
        """``crm.activity.layout.blocks.get``: ``{"blocks": {…}}`` or ``None`` (none stored by this application)."""
        client = self._app()
        return await self._run(client, client.layout_blocks.get(owner_type_id, owner_id, activity_id))

    async def delete_layout_blocks(self, owner_type_id: int, owner_id: int, activity_id: int) -> None:
        """``crm.activity.layout.blocks.delete``. Raises NotFound when this application stored none."""
        client = self._app()
        await self._run(client, client.layout_blocks.delete(owner_type_id, owner_id, activity_id))

    # -- the timeline's cards ------------------------------------------------------------------------

    async def card_extras(self, owner_type_id: int, owner_id: int, activities: Sequence[Activity]) -> CardExtras:
        """Layouts, layout blocks, badges and ownership for the cards of one timeline, in one ``batch``
        request per 50 calls.

        Calls: ``crm.activity.configurable.get`` for each configurable activity (``PROVIDER_ID``
        ``CONFIGURABLE_REST_APP``), ``crm.activity.layout.blocks.get`` for each other activity bound to the
        owner (skipped: ids ≤ 0 — not yet on the portal — duplicates, and legacy types 3 and 5, which take
        no blocks), and one ``crm.activity.badge.list`` when a configurable activity is there (further
        badge pages, past 50 badges, cost one request each). Without an application connection, the
        layouts come from ``PROVIDER_DATA`` and the badges from the webhook client, if given (one request,
        only when a badge is named); no blocks. The same, without any request, when the application
        connection must be renewed (``RECONNECT``) or its ``batch`` request found the portal unreachable
        or the authorization refused (``unavailable`` then says so): cards stay drawn from their rows.

        Args:
            owner_type_id, owner_id: the timeline's entity (every activity given is bound to it).
            activities: the timeline's rows (``crm.activity.list`` with ``PROVIDER_PARAMS`` for ``own``).

        Returns:
            :class:`CardExtras`; a call refused for one activity is in ``failed`` (a missing one is left out).

        Raises:
            The ``batch`` request's other failures (``BadResponse``, ``RequestTimeout``, ``RateLimited`` …).
        """
        if self.app_client is None:
            return await self._rows_extras(activities, network=True)
        client = self.app_client
        commands, configurable = card_commands(client, owner_type_id, owner_id, activities)
        if not commands:
            return CardExtras()
        if self.unavailable is AppUnavailable.RECONNECT:
            return await self._rows_extras(activities, network=False)
        try:
            reply = await self._run(client, client.batch(commands))
        except (ReconnectNeeded, PortalUnreachable):  # nothing was read: draw what the rows themselves hold
            return await self._rows_extras(activities, network=False)
        read = read_card_batch(client, reply)
        requests = reply.requests
        if read.badges is not None:
            if read.more_badges:  # more than one page: read them all
                before = client.stats.requests
                read.badges = await self._run(client, client.badges.list())
                requests += client.stats.requests - before
            self._badges = read.badges
        own = {a.id for a in configurable if self.is_own(a)}
        return CardExtras(layouts=read.layouts, blocks=read.blocks, own=own, failed=read.failed, requests=requests,
                          badges=badges_by_activity(read.codes, self._badges))

    async def _rows_extras(self, activities: Sequence[Activity], *, network: bool) -> CardExtras:
        """:meth:`card_extras` from the rows themselves (``PROVIDER_DATA``, ``PROVIDER_PARAMS.badgeCode``);
        the badges asked through the webhook client when ``network`` allows and one is given."""
        layouts, codes = rows_layouts(activities)
        requests = 0
        if codes and network and self.webhook_client is not None:
            before = self.webhook_client.stats.requests
            with contextlib.suppress(BitrixError, PortalUnreachable):
                await self.badges()
            requests = self.webhook_client.stats.requests - before
        return CardExtras(layouts=layouts, requests=requests, badges=badges_by_activity(codes, self._badges))
