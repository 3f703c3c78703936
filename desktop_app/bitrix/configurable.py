"""``crm.activity.configurable.*``: activities an application draws with its own layout (``client.configurable``).

Source: api-spec.md §4.12, server-behaviour.md §1.7. Only **in an application's context** (an OAuth
connection): a webhook gets ``ERROR_WRONG_CONTEXT``
(:class:`~desktop_app.bitrix.errors.ApplicationContextRequired`); ``update`` only by the application
that created the activity (``ERROR_WRONG_APPLICATION`` →
:class:`~desktop_app.bitrix.errors.WrongApplication`). Stored with ``TYPE_ID`` 6 and ``PROVIDER_ID``
:data:`CONFIGURABLE_PROVIDER`; the creator's ``client_id`` is in ``PROVIDER_PARAMS.clientId`` of
``crm.activity.list`` / ``.get`` (server-behaviour.md §1.7 step 2; see :func:`creator_client_id`).

Wire: ``add`` ``{"ownerTypeId", "ownerId", "fields": {…camelCase…}, "layout": LayoutDto}`` and ``update``
``{"id", "fields"?, "layout"?}`` answer ``{"activity": {"id": N}}``; ``get`` ``{"id"}`` answers
``{"activity": {"id", "ownerTypeId", "ownerId", "fields", "layout"}}``. ``fields``: ``typeId``,
``completed``, ``deadline`` (ISO 8601 with the UTC offset), ``pingOffsets`` (minutes before the
deadline), ``isIncomingChannel``, ``responsibleId``, ``badgeCode``, ``originatorId``, ``originId``.

The portal's other errors (first one only): ``100`` (a missing parameter), ``WRONG_FIELD_VALUE`` /
``The value of <field> is incorrect.`` (``badgeCode`` of no badge, a ``typeId`` of no configurable type of
this application …), ``INCOMING_ACTIVITY_CAN_NOT_BE_WITH_DEADLINE``, ``ERROR_EMPTY_LAYOUT`` and the layout
validator's codes (``FIELD_IS_REQUIRED`` …), ``WRONG_DATETIME_FORMAT``, ``ACCESS_DENIED`` (no right on
the owner), ``NOT_FOUND`` (update/get of no configurable activity), ``CANT_CHANGE_PROVIDER_TYPE_ID``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from .bindings import check_positive
from .errors import InvalidParameter
from .prepared import PreparedCall
from .replies import Count, PositiveId
from .todo import check_deadline, check_ping_offsets

if TYPE_CHECKING:
    from .client import BitrixClient
    from .models import Activity

__all__ = ["CONFIGURABLE_PROVIDER", "DEFAULT_TYPE_ID", "ConfigurableActivity", "ConfigurableFields",
           "ConfigurableMethods", "creator_client_id"]

#: ``PROVIDER_ID`` of configurable activities in ``crm.activity.list`` (api-spec.md §4.12).
CONFIGURABLE_PROVIDER = "CONFIGURABLE_REST_APP"
#: ``typeId`` of a configurable activity of no custom type.
DEFAULT_TYPE_ID = "CONFIGURABLE"


def _none_if_blank(value: Any) -> Any:
    return None if value in ("", [], {}) else value


def _text(value: Any) -> Any:
    return "" if value is None else value


def _ids(value: Any) -> Any:
    if value in (None, 0, "0", ""):
        return None
    return value


class ConfigurableFields(BaseModel):
    """The ``fields`` of a configurable activity, in Python names (``to_api`` / ``from_api`` convert).

    Attributes:
        type_id: ``typeId``: ``CONFIGURABLE`` or a configurable type of the same application.
        completed: ``completed``.
        deadline: ``deadline``, timezone-aware (sent as ISO 8601 with its UTC offset); ``None`` = none.
            On update ``None`` keeps the stored deadline (the portal cannot clear it).
        ping_offsets: ``pingOffsets``, reminders in minutes before the deadline (≥ 0, no duplicates).
        is_incoming_channel: ``isIncomingChannel`` (then no deadline).
        responsible_id: ``responsibleId``; ``None`` = the calling user (add) / unchanged (update).
        badge_code: ``badgeCode`` of a badge (``crm.activity.badge.*``); ``""`` = none.
        originator_id, origin_id: ``originatorId`` / ``originId`` (external source and element); ``None``
            = not set (add) / unchanged (update).
    """

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    type_id: Annotated[str, BeforeValidator(lambda v: v or DEFAULT_TYPE_ID), Field(alias="typeId")] = DEFAULT_TYPE_ID
    completed: bool = False
    deadline: Annotated[datetime | None, BeforeValidator(_none_if_blank)] = None
    ping_offsets: Annotated[list[Count], BeforeValidator(lambda v: [] if v in (None, {}) else v),
                            Field(alias="pingOffsets")] = Field(default_factory=list)
    is_incoming_channel: Annotated[bool, Field(alias="isIncomingChannel")] = False
    responsible_id: Annotated[PositiveId | None, BeforeValidator(_ids), Field(alias="responsibleId")] = None
    badge_code: Annotated[str, BeforeValidator(_text), Field(alias="badgeCode")] = ""
    originator_id: Annotated[str | None, Field(alias="originatorId")] = None
    origin_id: Annotated[str | None, Field(alias="originId")] = None

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> ConfigurableFields:
        """From the ``fields`` of ``crm.activity.configurable.get`` (camelCase); raises ``ValidationError``."""
        return cls.model_validate(dict(data))

    def to_api(self, *, partial: bool = False) -> dict[str, Any]:
        """The camelCase ``fields`` to send, checked; ``None`` values are left out (= not set / unchanged).
        ``partial``: only the fields given when this object was made (``ConfigurableFields(completed=True)``
        sends ``completed`` alone): for an update, where a field not sent keeps its stored value
        (server-behaviour.md §1.7) — a default sent instead would clear the badge and the reminders.

        Raises:
            InvalidParameter: ``typeId`` ``required``, ``deadline`` ``utc_offset`` / ``incoming_deadline``,
                ``pingOffsets`` ``negative``, ``responsibleId`` ``positive``.
        """
        if not self.type_id.strip():
            raise InvalidParameter("typeId", "required")
        if self.is_incoming_channel and self.deadline is not None:
            raise InvalidParameter("deadline", "incoming_deadline")
        out: dict[str, Any] = {
            "typeId": self.type_id,
            "completed": self.completed,
            "pingOffsets": check_ping_offsets(self.ping_offsets),
            "isIncomingChannel": self.is_incoming_channel,
            "badgeCode": self.badge_code,
        }
        if self.deadline is not None:
            out["deadline"] = check_deadline(self.deadline)
        if self.responsible_id is not None:
            if self.responsible_id <= 0:
                raise InvalidParameter("responsibleId", "positive")
            out["responsibleId"] = self.responsible_id
        if self.originator_id is not None:
            out["originatorId"] = self.originator_id
        if self.origin_id is not None:
            out["originId"] = self.origin_id
        if partial:
            given = {type(self).model_fields[name].alias or name for name in self.model_fields_set}
            out = {key: value for key, value in out.items() if key in given}
        return out


def _layout(value: Any) -> Any:
    return {} if value in (None, []) else value


class ConfigurableActivity(BaseModel):
    """What ``crm.activity.configurable.get`` answers (``result.activity``).

    Attributes:
        id: the activity id.
        owner_type_id, owner_id: ``ownerTypeId`` / ``ownerId``, the entity it was created in.
        fields: :class:`ConfigurableFields`.
        layout: the stored LayoutDto (normalised by the portal), a JSON object.
    """

    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    id: PositiveId
    owner_type_id: Annotated[PositiveId, Field(alias="ownerTypeId")]
    owner_id: Annotated[PositiveId, Field(alias="ownerId")]
    fields: ConfigurableFields
    layout: Annotated[dict[str, Any], BeforeValidator(_layout)] = Field(default_factory=dict)


class _ActivityIdReply(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    class _Id(BaseModel):
        model_config = ConfigDict(extra="ignore", frozen=True)
        id: PositiveId

    activity: _Id


class _ActivityReply(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)

    activity: ConfigurableActivity


def _check_layout(layout: Any, *, required: bool) -> dict[str, Any] | None:
    if layout is None and not required:
        return None
    if not isinstance(layout, Mapping) or not layout:
        raise InvalidParameter("layout", "required", "a layout (header, body …) is required")
    return dict(layout)


def creator_client_id(activity: Activity) -> str | None:
    """The ``client_id`` of the application that created a configurable activity, from
    ``PROVIDER_PARAMS.clientId`` of its ``crm.activity.list`` / ``.get`` row (kept in ``Activity.raw``);
    ``None`` when the row did not carry it (not selected, or not a configurable activity)."""
    params = activity.raw.get("PROVIDER_PARAMS") if activity.raw else None
    if not isinstance(params, Mapping):
        return None
    value = params.get("clientId")
    return value if isinstance(value, str) and value else None


class ConfigurableMethods:
    """``client.configurable``: ``crm.activity.configurable.add`` / ``.update`` / ``.get`` (module docstring)."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    def prepare_add(self, owner_type_id: int, owner_id: int, layout: Mapping[str, Any],
                    fields: ConfigurableFields | None = None) -> PreparedCall:
        """The ``crm.activity.configurable.add`` call of :meth:`add`, checked, not sent.

        Raises:
            InvalidParameter: ``ownerTypeId`` / ``ownerId`` ``positive``, ``layout`` ``required``, and
                :meth:`ConfigurableFields.to_api`'s.
        """
        return PreparedCall("crm.activity.configurable.add", {
            "ownerTypeId": check_positive("ownerTypeId", owner_type_id), "ownerId": check_positive("ownerId", owner_id),
            "fields": (fields or ConfigurableFields()).to_api(), "layout": _check_layout(layout, required=True)})

    async def add(self, owner_type_id: int, owner_id: int, layout: Mapping[str, Any],
                  fields: ConfigurableFields | None = None) -> int:
        """``crm.activity.configurable.add``: create a configurable activity in an entity's timeline.

        Args:
            owner_type_id, owner_id: ``ownerTypeId`` (1 lead, 2 deal, 3 contact, 4 company …), ``ownerId``.
            layout: the LayoutDto (api-spec.md §5; the portal validates it).
            fields: :class:`ConfigurableFields` (default: all defaults).

        Returns:
            The new activity id (``result.activity.id``).

        Raises:
            InvalidParameter: see :meth:`prepare_add` (nothing sent).
            ApplicationContextRequired: a webhook connection (``ERROR_WRONG_CONTEXT``).
            AccessDenied: ``ACCESS_DENIED`` (no right on the owner, or the owner does not exist).
            InvalidArgument: ``100``, ``WRONG_DATETIME_FORMAT``.
            BitrixError: ``WRONG_FIELD_VALUE`` (e.g. ``The value of badgeCode is incorrect.``), the layout's
                codes (``ERROR_EMPTY_LAYOUT``, ``FIELD_IS_REQUIRED`` …).
        """
        prepared = self.prepare_add(owner_type_id, owner_id, layout, fields)
        return self.read_id(prepared.method, await self._client.send(prepared))

    def prepare_update(self, activity_id: int, layout: Mapping[str, Any] | None = None,
                       fields: ConfigurableFields | None = None) -> PreparedCall:
        """The ``crm.activity.configurable.update`` call of :meth:`update`, checked, not sent.

        Raises:
            InvalidParameter: ``id`` ``positive``, ``layout`` ``required`` (an empty one), ``fields``
                ``empty`` (neither layout nor fields), and :meth:`ConfigurableFields.to_api`'s.
        """
        params: dict[str, Any] = {"id": check_positive("id", activity_id)}
        checked = _check_layout(layout, required=False)
        if checked is not None:
            params["layout"] = checked
        sent = fields.to_api(partial=True) if fields is not None else {}
        # typeId is never sent on update: it cannot change (CANT_CHANGE_PROVIDER_TYPE_ID), and the real
        # server checks it without the application, so any non-default typeId would be refused with
        # WRONG_FIELD_VALUE (server-behaviour.md §1.7, the update quirk; the sandbox does not reproduce it).
        sent.pop("typeId", None)
        if sent:
            params["fields"] = sent
        if len(params) == 1:
            raise InvalidParameter("fields", "empty")
        return PreparedCall("crm.activity.configurable.update", params)

    async def update(self, activity_id: int, layout: Mapping[str, Any] | None = None,
                     fields: ConfigurableFields | None = None) -> None:
        """``crm.activity.configurable.update``: a given ``layout`` replaces the stored one; of ``fields``
        only those given when it was made are sent (:meth:`ConfigurableFields.to_api` ``partial``), never
        ``typeId`` (the type cannot change; see :meth:`prepare_update`); the others, and ``None`` values,
        stay as stored.

        Raises:
            InvalidParameter: see :meth:`prepare_update` (nothing sent).
            ApplicationContextRequired: a webhook connection.
            WrongApplication: ``ERROR_WRONG_APPLICATION`` (another application created it).
            NotFound: ``NOT_FOUND`` (no configurable activity with that id).
            BitrixError: as :meth:`add`, and ``CANT_CHANGE_PROVIDER_TYPE_ID``.
        """
        prepared = self.prepare_update(activity_id, layout, fields)
        self.read_id(prepared.method, await self._client.send(prepared))

    def prepare_get(self, activity_id: int) -> PreparedCall:
        """The ``crm.activity.configurable.get`` call (for a batch), checked, not sent."""
        return PreparedCall("crm.activity.configurable.get", {"id": check_positive("id", activity_id)})

    async def get(self, activity_id: int) -> ConfigurableActivity:
        """``crm.activity.configurable.get``: the activity's ``fields`` and ``layout``.

        Raises:
            InvalidParameter: ``id`` not positive (nothing sent).
            ApplicationContextRequired: a webhook connection.
            NotFound: ``NOT_FOUND`` / ``Item was not found.`` (missing, or not a configurable activity).
        """
        prepared = self.prepare_get(activity_id)
        reply = await self._client.send(prepared)
        return self.read_activity(reply.result, status=reply.status)

    def read_activity(self, result: Any, *, status: int = 200) -> ConfigurableActivity:
        """The :class:`ConfigurableActivity` in a ``get`` result (a batch command's); raises ``BadResponse``."""
        return self._client.checker.check(_ActivityReply, result, method="crm.activity.configurable.get",
                                          status=status).activity

    def read_id(self, method: str, reply: Any) -> int:
        """``result.activity.id`` of an ``add`` / ``update`` reply; raises ``BadResponse``."""
        return self._client.checker.check(_ActivityIdReply, reply.result, method=method,
                                          status=reply.status).activity.id
