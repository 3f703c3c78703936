"""Typed models of what the Bitrix24 REST methods return.

Legacy methods (``crm.activity.*``, ``user.*``) send numbers as strings, ``Y``/``N`` flags and
ISO 8601 datetimes with an offset (api-spec.md §1.4, §3.1); controllers (``crm.item.*``) send native
JSON types with camelCase keys. The models below accept both and expose Python types: ``int``,
``bool``, timezone-aware ``datetime``. Every model keeps the raw dict it was built from in ``raw``.

Sources: api-spec.md §3 (enums, owner types), §4.5–4.6 (activity fields), §4.9.1 (todo colours);
server-behaviour.md §1.2 (DEADLINE ``9999-12-31`` "max date" for incoming-channel activities).
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import IntEnum
from typing import Annotated, Any, Generic, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator

T = TypeVar("T")


class OwnerType(IntEnum):
    """CRM object types that own activities (``OWNER_TYPE_ID`` / ``entityTypeId``, api-spec.md §3.2)."""

    LEAD = 1
    DEAL = 2
    CONTACT = 3
    COMPANY = 4

    @property
    def symbol(self) -> str:
        """``LEAD`` / ``DEAL`` / ``CONTACT`` / ``COMPANY`` (``SYMBOL_CODE``)."""
        return self.name


class ActivityType(IntEnum):
    """``TYPE_ID`` (``crm.enum.activitytype``, api-spec.md §3.3)."""

    UNDEFINED = 0
    MEETING = 1
    CALL = 2
    TASK = 3
    EMAIL = 4
    ACTION = 5
    PROVIDER = 6


class Direction(IntEnum):
    """``DIRECTION``: meaningful for calls and e-mails only."""

    UNDEFINED = 0
    INCOMING = 1
    OUTGOING = 2


class Status(IntEnum):
    """``STATUS``."""

    UNDEFINED = 0
    WAITING = 1
    COMPLETED = 2
    AUTO_COMPLETED = 3


class Priority(IntEnum):
    """``PRIORITY``."""

    NONE = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class DescriptionType(IntEnum):
    """``DESCRIPTION_TYPE`` (``crm.enum.contenttype``; api-spec.md §6 #2: 2 = BB code, 3 = HTML)."""

    UNDEFINED = 0
    PLAIN = 1
    BBCODE = 2
    HTML = 3


#: Valid todo ``colorId`` values (api-spec.md §4.9.1); ``None`` means the default colour.
TODO_COLOR_IDS: tuple[str, ...] = ("1", "2", "3", "4", "5", "6", "7")

#: Providers (api-spec.md §3.4).
PROVIDER_TODO = "CRM_TODO"
PROVIDER_CONFIGURABLE = "CONFIGURABLE_REST_APP"
PROVIDER_REST_APP = "REST_APP"

#: The server's "no deadline" value (server-behaviour.md §1.2): ``9999-12-31 00:00:00``.
MAX_DATE_YEAR = 9999


def _blank_to_none(value: Any) -> Any:
    if value is None or value == "" or value == [] or value is False:
        return None
    return value


def _to_int(value: Any) -> Any:
    if value is None or value == "":
        return 0
    if isinstance(value, str):
        try:
            return int(value)
        except ValueError:
            return value
    return value


def _to_optional_int(value: Any) -> Any:
    if value is None or value == "":
        return None
    return _to_int(value)


def _yn_to_bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if value is None or value == "":
        return False
    return str(value).upper() in ("Y", "1", "TRUE")


def _dict_or_empty(value: Any) -> Any:
    # PHP serialises an empty array as [] where a map is meant (api-spec.md §1.4).
    if isinstance(value, dict):
        return value
    return {}


#: PHP_INT_MAX bounds: a portal cannot send a larger number, and SQLite could not store it.
_Int64 = Annotated[int, Field(ge=-(2**63), le=2**63 - 1)]

Int = Annotated[_Int64, BeforeValidator(_to_int)]
OptionalInt = Annotated[_Int64 | None, BeforeValidator(_to_optional_int)]
Text = Annotated[str, BeforeValidator(lambda v: "" if v is None else v)]
Flag = Annotated[bool, BeforeValidator(_yn_to_bool)]
OptionalDatetime = Annotated[datetime | None, BeforeValidator(_blank_to_none)]
OptionalStr = Annotated[str | None, BeforeValidator(lambda v: None if v is None else str(v))]
Settings = Annotated[dict[str, Any], BeforeValidator(_dict_or_empty)]


class _Model(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="ignore", frozen=True)


class Communication(_Model):
    """One item of ``COMMUNICATIONS`` (api-spec.md §3.6)."""

    id: OptionalInt = Field(None, alias="ID")
    type: Text = Field("", alias="TYPE")
    value: Text = Field("", alias="VALUE")
    entity_id: OptionalInt = Field(None, alias="ENTITY_ID")
    entity_type_id: OptionalInt = Field(None, alias="ENTITY_TYPE_ID")


def _file_id(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("a file id is a whole number, not a boolean")
    if isinstance(value, float):
        raise ValueError("a file id is a whole number")
    return value.strip() if isinstance(value, str) else value


class ActivityFile(_Model):
    """One item of ``FILES`` in ``crm.activity.list`` (api-spec.md §3.1.5): ``{"id": int, "url": str}``.

    Attributes:
        id: the portal's file id (positive; digits in a string accepted). ``0`` only for a file
            still waiting in the outbox (``pending``).
        url: the download URL (``…/bitrix/tools/crm_show_file.php?fileId=…&ownerTypeId=6&ownerId=…&auth=``);
            ``""`` while pending. Download it with ``client.files.download`` (fills ``auth`` only for
            the portal's own host).
        name: never sent by the portal (``None``); set on pending files and by the services when the
            name is known locally.
        pending: ``True`` for a file queued in the outbox and not yet on the portal (set by the
            optimistic view of a change, :mod:`desktop_app.services.change_effects`).
    """

    id: Annotated[int, BeforeValidator(_file_id), Field(ge=0, le=2**63 - 1)]
    url: Annotated[str, Field(max_length=8192)] = ""
    name: str | None = None
    pending: bool = False

    @model_validator(mode="after")
    def _portal_file_has_id_and_url(self) -> ActivityFile:
        if not self.pending and (self.id <= 0 or not self.url):
            raise ValueError("a file needs a positive id and a url")
        return self


def _files(value: Any) -> Any:
    """``FILES`` as sent: a list (or PHP's list-as-map), ``null``/``false``/``""`` = no files."""
    if value is None or value is False or value == "":
        return ()
    if isinstance(value, dict):
        return list(value.values())
    return value


Files = Annotated[tuple[ActivityFile, ...] | None, BeforeValidator(_files)]


class Activity(_Model):
    """A CRM activity as returned by ``crm.activity.get`` / ``crm.activity.list`` (legacy fields).

    Datetimes are timezone-aware (the portal's offset as sent). ``deadline`` is ``None`` when the
    server stores its "max date" (``9999-12-31``), which it does for incoming-channel activities.
    ``files`` is ``None`` when ``FILES`` was not in the reply (not selected; ``crm.activity.get``
    never returns it), else the attached files (api-spec.md §3.1.5).
    """

    id: Int = Field(alias="ID")
    owner_id: Int = Field(0, alias="OWNER_ID")
    owner_type_id: Int = Field(0, alias="OWNER_TYPE_ID")
    type_id: Int = Field(0, alias="TYPE_ID")
    provider_id: OptionalStr = Field(None, alias="PROVIDER_ID")
    provider_type_id: OptionalStr = Field(None, alias="PROVIDER_TYPE_ID")
    associated_entity_id: OptionalInt = Field(None, alias="ASSOCIATED_ENTITY_ID")
    subject: Text = Field("", alias="SUBJECT")
    created: OptionalDatetime = Field(None, alias="CREATED")
    last_updated: OptionalDatetime = Field(None, alias="LAST_UPDATED")
    start_time: OptionalDatetime = Field(None, alias="START_TIME")
    end_time: OptionalDatetime = Field(None, alias="END_TIME")
    deadline_raw: OptionalDatetime = Field(None, alias="DEADLINE")
    completed: Flag = Field(False, alias="COMPLETED")
    status: Int = Field(0, alias="STATUS")
    responsible_id: Int = Field(0, alias="RESPONSIBLE_ID")
    priority: Int = Field(0, alias="PRIORITY")
    notify_type: Int = Field(0, alias="NOTIFY_TYPE")
    notify_value: Int = Field(0, alias="NOTIFY_VALUE")
    description: Text = Field("", alias="DESCRIPTION")
    description_type: Int = Field(1, alias="DESCRIPTION_TYPE")
    direction: Int = Field(0, alias="DIRECTION")
    location: Text = Field("", alias="LOCATION")
    settings: Settings = Field(default_factory=dict, alias="SETTINGS")
    origin_id: OptionalStr = Field(None, alias="ORIGIN_ID")
    originator_id: OptionalStr = Field(None, alias="ORIGINATOR_ID")
    author_id: Int = Field(0, alias="AUTHOR_ID")
    editor_id: Int = Field(0, alias="EDITOR_ID")
    is_incoming_channel: Flag = Field(False, alias="IS_INCOMING_CHANNEL")
    communications: list[Communication] = Field(default_factory=list, alias="COMMUNICATIONS")
    files: Files = Field(None, alias="FILES")
    raw: dict[str, Any] = Field(default_factory=dict, exclude=True, repr=False)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> Activity:
        """Build from one item of a legacy reply; keeps ``data`` in ``raw``."""
        model = cls.model_validate({**data, "raw": data})
        return model

    @property
    def deadline(self) -> datetime | None:
        """The deadline, or ``None`` for "no deadline" (missing or the server's 9999 max date)."""
        d = self.deadline_raw
        if d is None or d.year >= MAX_DATE_YEAR:
            return None
        return d

    @property
    def kind(self) -> ActivityType:
        """``TYPE_ID`` as an enum (unknown ids map to ``UNDEFINED``)."""
        try:
            return ActivityType(self.type_id)
        except ValueError:
            return ActivityType.UNDEFINED

    @property
    def is_todo(self) -> bool:
        """A universal activity (``PROVIDER_ID = CRM_TODO``)."""
        return self.provider_id == PROVIDER_TODO

    @property
    def is_incoming(self) -> bool:
        """Incoming and still waiting to be handled: drives the green "incoming" state (server-behaviour.md §4.2)."""
        return not self.completed and (self.is_incoming_channel or (
            self.direction == Direction.INCOMING and self.kind in (ActivityType.CALL, ActivityType.EMAIL)
            and self.deadline is None))

    @property
    def color_id(self) -> str | None:
        """Todo colour ``"1"``…``"7"``, or ``None`` for the default (stored in ``SETTINGS.COLOR``)."""
        color = self.settings.get("COLOR") if self.settings else None
        return str(color) if color and str(color) in TODO_COLOR_IDS else None

    def is_overdue(self, now: datetime) -> bool:
        """Open, not incoming, with a deadline before ``now`` (an aware datetime)."""
        d = self.deadline
        return not self.completed and not self.is_incoming and d is not None and d < now


class Page(BaseModel, Generic[T]):
    """One page of a list method: ``items`` (≤ 50), ``total`` (0 when ``start=-1``), ``next`` offset."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    items: list[T]
    total: int = 0
    next: int | None = None


class CrmItem(_Model):
    """A lead, deal, contact or company as returned by ``crm.item.list`` (camelCase, native types)."""

    entity_type_id: int = 0
    id: Int
    title: OptionalStr = None
    name: OptionalStr = None
    second_name: OptionalStr = Field(None, alias="secondName")
    last_name: OptionalStr = Field(None, alias="lastName")
    assigned_by_id: OptionalInt = Field(None, alias="assignedById")
    created_time: OptionalDatetime = Field(None, alias="createdTime")
    updated_time: OptionalDatetime = Field(None, alias="updatedTime")
    stage_id: OptionalStr = Field(None, alias="stageId")
    opportunity: float | None = Field(None, allow_inf_nan=False)
    currency_id: OptionalStr = Field(None, alias="currencyId")
    company_id: OptionalInt = Field(None, alias="companyId")
    raw: dict[str, Any] = Field(default_factory=dict, exclude=True, repr=False)

    @classmethod
    def from_api(cls, entity_type_id: int, data: dict[str, Any]) -> CrmItem:
        """Build from one element of ``result.items``."""
        return cls.model_validate({**data, "entity_type_id": entity_type_id, "raw": data})

    @property
    def display_name(self) -> str:
        """What a person calls it: the title, or for people "Name Last name"."""
        if self.title:
            return self.title
        parts = [p for p in (self.name, self.second_name, self.last_name) if p]
        return " ".join(parts) if parts else f"#{self.id}"


class User(_Model):
    """An employee (``user.current`` / ``user.get``; legacy UPPER_CASE string fields)."""

    id: Int = Field(alias="ID")
    active: Flag = Field(True, alias="ACTIVE")
    name: OptionalStr = Field(None, alias="NAME")
    last_name: OptionalStr = Field(None, alias="LAST_NAME")
    second_name: OptionalStr = Field(None, alias="SECOND_NAME")
    email: OptionalStr = Field(None, alias="EMAIL")
    work_position: OptionalStr = Field(None, alias="WORK_POSITION")
    time_zone: OptionalStr = Field(None, alias="TIME_ZONE")
    time_zone_offset: OptionalInt = Field(None, alias="TIME_ZONE_OFFSET")
    raw: dict[str, Any] = Field(default_factory=dict, exclude=True, repr=False)

    @classmethod
    def from_api(cls, data: dict[str, Any]) -> User:
        return cls.model_validate({**data, "raw": data})

    @property
    def display_name(self) -> str:
        parts = [p for p in (self.name, self.last_name) if p]
        return " ".join(parts) if parts else (self.email or f"#{self.id}")


def parse_datetime(text: str) -> datetime:
    """Parse a Bitrix24 datetime (``YYYY-MM-DDThh:mm:ss±hh:mm``) to an aware ``datetime``.

    Raises:
        ValueError: the text is not ISO 8601 or has no UTC offset.
    """
    value = datetime.fromisoformat(text)
    if value.tzinfo is None:
        raise ValueError(f"datetime without UTC offset: {text!r}")
    return value


def format_datetime(value: datetime) -> str:
    """Format an aware ``datetime`` the way Bitrix24 expects: ``2025-02-03T15:00:00+03:00``.

    Raises:
        ValueError: ``value`` is naive (no tzinfo): the portal would read it in its own time zone.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("datetime must be timezone-aware")
    return value.replace(microsecond=0).isoformat()


UTC = UTC
