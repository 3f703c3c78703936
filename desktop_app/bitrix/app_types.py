"""``crm.activity.type.*``: an application's custom activity types (``client.activity_types``).

Source: api-spec.md §4.11, server-behaviour.md §1.9. Every method needs a portal **administrator**
calling **in an application's context** (an OAuth connection): a webhook gets HTTP 403
``ACCESS_DENIED`` / ``Access denied! Application context required``
(:class:`~desktop_app.bitrix.errors.ApplicationContextRequired`), a non-administrator
``Access denied! Admin permissions required`` (:class:`~desktop_app.bitrix.errors.AdminRequired`).
Types belong to the registering application: ``list`` shows only the caller's, ``delete`` removes only
the caller's, and an activity of a type is created with ``crm.activity.add`` ``PROVIDER_ID=REST_APP`` +
``PROVIDER_TYPE_ID=<TYPE_ID>`` (seed 002) or, for a configurable type, used as ``typeId`` of
``crm.activity.configurable.add``.

Wire: ``crm.activity.type.add`` ``{"fields": {"TYPE_ID", "NAME", "ICON_FILE": ["name.png", "<base64>"],
"IS_CONFIGURABLE_TYPE": "Y"|"N"}}`` → ``true``; ``crm.activity.type.list`` → ``[{"TYPE_ID", "NAME",
"IS_CONFIGURABLE_TYPE": "Y"|"N", "ICON_ID": "<digits>"}]``; ``crm.activity.type.delete``
``{"TYPE_ID": …}`` → ``true``. The portal's own errors: ``INVALID_ARG_VALUE`` (``TYPE_ID`` empty, already
registered, too long; an ``ICON_FILE`` it refuses; ``Type not found`` on delete) →
:class:`~desktop_app.bitrix.errors.InvalidArgument`; ``Type ID "CONFIGURABLE" is reserved`` (legacy,
no code) → :class:`~desktop_app.bitrix.errors.BitrixError`.
"""

from __future__ import annotations

import base64
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, TypeAdapter

from .bindings import check_positive
from .errors import InvalidParameter
from .files import NamedBytes, safe_file_name
from .models import format_datetime
from .prepared import PreparedCall
from .replies import Count

if TYPE_CHECKING:
    from .client import BitrixClient

__all__ = ["MAX_NAME_CHARS", "MAX_TYPE_ID_CHARS", "RESERVED_TYPE_ID", "REST_APP_PROVIDER", "ActivityTypeMethods",
           "AppActivityType", "check_type_id"]

#: Longest ``TYPE_ID`` the portal stores (characters; server-behaviour.md §1.9).
MAX_TYPE_ID_CHARS = 100
#: Longest ``NAME`` the portal stores (characters).
MAX_NAME_CHARS = 255
#: The ``typeId`` of a plain configurable activity: a configurable custom type may not take it.
RESERVED_TYPE_ID = "CONFIGURABLE"
#: ``PROVIDER_ID`` of an activity of a custom (non-configurable) type (seed 002).
REST_APP_PROVIDER = "REST_APP"


def _text(value: Any) -> Any:
    return "" if value is None else value


def _yes(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    return isinstance(value, str) and value.upper() == "Y"


def _icon_id(value: Any) -> Any:
    if value in (None, "", False):
        return 0
    return value.strip() if isinstance(value, str) else value


class AppActivityType(BaseModel):
    """One custom type of the calling application (a row of ``crm.activity.type.list``).

    Attributes:
        type_id: ``TYPE_ID`` (≤ 100 characters): ``PROVIDER_TYPE_ID`` of its ``REST_APP`` activities, or
            ``typeId`` of its configurable activities.
        name: ``NAME`` (may be ``""``).
        is_configurable: ``IS_CONFIGURABLE_TYPE`` ``Y``: usable as a configurable activity's ``typeId``
            (then not for ``REST_APP`` activities).
        icon_id: ``ICON_ID``, the portal's file id of the icon; ``0`` = no icon.
    """

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    type_id: Annotated[str, Field(min_length=1, alias="TYPE_ID")]
    name: Annotated[str, BeforeValidator(_text), Field(alias="NAME")] = ""
    is_configurable: Annotated[bool, BeforeValidator(_yes), Field(alias="IS_CONFIGURABLE_TYPE")] = False
    icon_id: Annotated[Count, BeforeValidator(_icon_id), Field(alias="ICON_ID")] = 0


_TypeRows = TypeAdapter(list[AppActivityType])


def check_type_id(type_id: str) -> str:
    """``TYPE_ID``: non-blank text of at most :data:`MAX_TYPE_ID_CHARS` characters.

    Raises:
        InvalidParameter: ``TYPE_ID`` ``required`` / ``not_text`` / ``too_long``.
    """
    if not isinstance(type_id, str):
        raise InvalidParameter("TYPE_ID", "not_text")
    if not type_id.strip():
        raise InvalidParameter("TYPE_ID", "required")
    if len(type_id) > MAX_TYPE_ID_CHARS:
        raise InvalidParameter("TYPE_ID", "too_long", f"must be at most {MAX_TYPE_ID_CHARS} characters")
    return type_id


class ActivityTypeMethods:
    """``client.activity_types``: ``crm.activity.type.add`` / ``.list`` / ``.delete`` (module docstring)."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    def prepare_add(self, type_id: str, name: str = "", icon: NamedBytes | None = None, *,
                    configurable: bool = False) -> PreparedCall:
        """The ``crm.activity.type.add`` call of :meth:`add`, checked, not sent.

        ``icon`` travels as ``ICON_FILE: ["<name>", "<base64>"]``; its bytes are not judged here
        (``services.app_icons`` sniffs them before this is called; the portal judges them again).

        Raises:
            InvalidParameter: ``TYPE_ID`` ``required`` / ``too_long`` / ``reserved`` (``CONFIGURABLE``
                with ``configurable=True``), ``NAME`` ``not_text`` / ``too_long``, ``ICON_FILE``
                ``file_name`` / ``required`` (no name, or no bytes).
        """
        check_type_id(type_id)
        if configurable and type_id == RESERVED_TYPE_ID:
            raise InvalidParameter("TYPE_ID", "reserved",
                                   f"“{RESERVED_TYPE_ID}” is reserved for the default configurable type")
        if not isinstance(name, str):
            raise InvalidParameter("NAME", "not_text")
        if len(name) > MAX_NAME_CHARS:
            raise InvalidParameter("NAME", "too_long", f"must be at most {MAX_NAME_CHARS} characters")
        fields: dict[str, Any] = {"TYPE_ID": type_id, "NAME": name,
                                  "IS_CONFIGURABLE_TYPE": "Y" if configurable else "N"}
        if icon is not None:
            icon_name = icon.name
            if not isinstance(icon_name, str) or safe_file_name(icon_name) != icon_name:
                raise InvalidParameter("ICON_FILE", "file_name")
            data = bytes(icon.data)
            if not data:
                raise InvalidParameter("ICON_FILE", "required", "the icon file is empty")
            fields["ICON_FILE"] = [icon_name, base64.b64encode(data).decode("ascii")]
        return PreparedCall("crm.activity.type.add", {"fields": fields})

    async def add(self, type_id: str, name: str = "", icon: NamedBytes | None = None, *,
                  configurable: bool = False) -> None:
        """``crm.activity.type.add``: register a custom type for the calling application.

        Args:
            type_id: ``TYPE_ID`` (≤ 100 characters).
            name: ``NAME`` shown by the portal (≤ 255 characters).
            icon: the icon file (``name`` + ``data``), or ``None``.
            configurable: ``IS_CONFIGURABLE_TYPE`` ``Y``.

        Raises:
            InvalidParameter: see :meth:`prepare_add` (nothing sent).
            ApplicationContextRequired: a webhook connection.
            AdminRequired: the user is not a portal administrator.
            InvalidArgument: ``INVALID_ARG_VALUE`` (already registered, an icon the portal refuses …).
            BitrixError: ``Type ID "CONFIGURABLE" is reserved``.
        """
        prepared = self.prepare_add(type_id, name, icon, configurable=configurable)
        await self._client.send_expecting_true(prepared)

    async def list(self) -> list[AppActivityType]:
        """``crm.activity.type.list``: the calling application's types, in the order registered.

        Raises:
            ApplicationContextRequired / AdminRequired: as :meth:`add`.
            BadResponse: a row without ``TYPE_ID`` or a reply that is not a list (``field`` names it).
        """
        method = "crm.activity.type.list"
        reply = await self._client.call(method)
        result = [] if reply.result in ({}, None) else reply.result
        return self._client.checker.check(_TypeRows, result, method=method, status=reply.status)

    def prepare_add_activity(self, owner_type_id: int, owner_id: int, type_id: str, subject: str, *,
                             description: str = "", deadline: datetime | None = None,
                             responsible_id: int | None = None) -> PreparedCall:
        """The ``crm.activity.add`` call of :meth:`add_activity`, checked, not sent.

        Raises:
            InvalidParameter: ``OWNER_TYPE_ID`` / ``OWNER_ID`` / ``RESPONSIBLE_ID`` ``positive``,
                ``PROVIDER_TYPE_ID`` as ``TYPE_ID`` in :func:`check_type_id`, ``SUBJECT`` ``required``,
                ``END_TIME`` ``utc_offset`` (a naive deadline).
        """
        fields: dict[str, Any] = {
            "OWNER_TYPE_ID": check_positive("OWNER_TYPE_ID", owner_type_id),
            "OWNER_ID": check_positive("OWNER_ID", owner_id),
            "PROVIDER_ID": REST_APP_PROVIDER,
        }
        try:
            fields["PROVIDER_TYPE_ID"] = check_type_id(type_id)
        except InvalidParameter as exc:
            raise InvalidParameter("PROVIDER_TYPE_ID", exc.code, exc.message) from None
        if not isinstance(subject, str) or not subject.strip():
            raise InvalidParameter("SUBJECT", "required")
        fields.update(SUBJECT=subject, COMPLETED="N", DESCRIPTION=str(description or ""), DESCRIPTION_TYPE=1)
        if deadline is not None:
            if not isinstance(deadline, datetime) or deadline.tzinfo is None or deadline.utcoffset() is None:
                raise InvalidParameter("END_TIME", "utc_offset")
            fields["START_TIME"] = fields["END_TIME"] = format_datetime(deadline)
        if responsible_id is not None:
            fields["RESPONSIBLE_ID"] = check_positive("RESPONSIBLE_ID", responsible_id)
        return PreparedCall("crm.activity.add", {"fields": fields})

    async def add_activity(self, owner_type_id: int, owner_id: int, type_id: str, subject: str, *,
                           description: str = "", deadline: datetime | None = None,
                           responsible_id: int | None = None) -> int:
        """``crm.activity.add`` with ``PROVIDER_ID=REST_APP`` + ``PROVIDER_TYPE_ID=type_id`` (seed 002's
        second example): an activity of one of this application's custom types; the portal shows the
        type's name and icon. Only this application may update or delete it later.

        Args:
            owner_type_id, owner_id: the entity (``OWNER_TYPE_ID`` 1 lead, 2 deal, 3 contact, 4 company).
            type_id: the custom type's ``TYPE_ID`` (not a configurable one).
            subject: ``SUBJECT`` (required); description: ``DESCRIPTION`` (plain text).
            deadline: ``START_TIME`` = ``END_TIME`` (aware; sent with its UTC offset); ``None`` = none.
            responsible_id: ``RESPONSIBLE_ID``; ``None`` = the calling user.

        Returns:
            The new activity id.

        Raises:
            InvalidParameter: see :meth:`prepare_add_activity` (nothing sent).
            ApplicationContextRequired: a webhook connection (``Application context required.``).
            BitrixError / NotFound: the legacy method's errors (api-spec.md §4.3).
        """
        prepared = self.prepare_add_activity(owner_type_id, owner_id, type_id, subject, description=description,
                                             deadline=deadline, responsible_id=responsible_id)
        return self._client.new_id(prepared.method, await self._client.send(prepared))

    def prepare_delete(self, type_id: str) -> PreparedCall:
        """The ``crm.activity.type.delete`` call (top-level ``TYPE_ID``), checked, not sent."""
        return PreparedCall("crm.activity.type.delete", {"TYPE_ID": check_type_id(type_id)})

    async def delete(self, type_id: str) -> None:
        """``crm.activity.type.delete``: remove one of the calling application's types (its activities stay).

        Raises:
            InvalidParameter: a blank or too long ``type_id`` (nothing sent).
            ApplicationContextRequired / AdminRequired: as :meth:`add`.
            InvalidArgument: ``INVALID_ARG_VALUE`` / ``Type not found`` (not a type of this application).
        """
        prepared = self.prepare_delete(type_id)
        await self._client.send_expecting_true(prepared)
