"""Legacy ``crm.activity.*`` write methods and field descriptions (``client.activities``).

``crm.activity.add`` / ``crm.activity.update`` are **deprecated** (development stopped; the docs
point to ``crm.activity.todo.*``), yet they remain the only way to create calls, meetings and
e-mails (api-spec.md §3.5, §4.3, §6 #30). Legacy errors carry an empty code and the message in
``error_description`` (api-spec.md §1.5), mapped by :func:`~desktop_app.bitrix.errors.error_from_envelope`.

The client refuses, before sending, what the portal would refuse (server-behaviour.md §1.2 order):
an empty SUBJECT, a TYPE_ID other than 1 (meeting), 2 (call) or 4 (e-mail), no communication, more
than one communication for a call or meeting, a communication whose TYPE does not fit the activity
(PHONE for calls, EMAIL for e-mails), and no owner.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import InvalidParameter
from .files import NamedBytes, encode_files
from .models import ActivityType, DescriptionType, Direction, Priority, format_datetime
from .prepared import PreparedCall
from .replies import FieldDescriptions

if TYPE_CHECKING:
    from .client import BitrixClient

#: TYPE_IDs crm.activity.add accepts without an application provider (api-spec.md §3.3).
CREATABLE_TYPES = (ActivityType.MEETING, ActivityType.CALL, ActivityType.EMAIL)
_COMMUNICATION_TYPE = {ActivityType.CALL: "PHONE", ActivityType.EMAIL: "EMAIL", ActivityType.MEETING: ""}


@dataclass(frozen=True)
class CommunicationInput:
    """One ``COMMUNICATIONS`` item to send: ``value`` (phone, e-mail or name), ``type``
    (``PHONE``/``EMAIL``/``""``), and the contact/company it belongs to."""

    value: str
    entity_type_id: int
    entity_id: int
    type: str = ""

    def to_api(self) -> dict[str, Any]:
        return {"VALUE": self.value, "ENTITY_TYPE_ID": self.entity_type_id, "ENTITY_ID": self.entity_id,
                "TYPE": self.type}


@dataclass
class SystemActivityFields:
    """Fields of a call, meeting or e-mail for ``crm.activity.add`` (api-spec.md §4.3).

    Times are aware datetimes; ``start_time`` is what the portal takes as the deadline of calls
    and meetings, ``end_time`` for e-mails (the portal recomputes ``DEADLINE`` itself).
    ``origin_id`` / ``originator_id`` tie the activity to an external record: Activity Desk sets
    them so that a create whose outcome is unknown can be found again instead of sent twice.
    ``files`` (objects with ``name`` and ``data``) are sent as ``FILES`` ``fileData`` items
    (api-spec.md §3.1.5; :func:`~desktop_app.bitrix.files.encode_files`).
    """

    type_id: ActivityType
    subject: str
    owner_type_id: int
    owner_id: int
    communications: list[CommunicationInput]
    start_time: datetime | None = None
    end_time: datetime | None = None
    responsible_id: int | None = None
    completed: bool = False
    direction: Direction = Direction.UNDEFINED
    priority: Priority = Priority.MEDIUM
    description: str = ""
    description_type: DescriptionType = DescriptionType.PLAIN
    location: str = ""
    origin_id: str | None = None
    originator_id: str | None = None
    files: Sequence[NamedBytes] = ()
    extra: dict[str, Any] = field(default_factory=dict)

    def problems(self) -> list[InvalidParameter]:
        """What the portal would refuse, in its order (server-behaviour.md §1.2)."""
        out: list[InvalidParameter] = []
        if not self.subject.strip():
            out.append(InvalidParameter("SUBJECT", "required"))
        if self.type_id not in CREATABLE_TYPES:
            out.append(InvalidParameter("TYPE_ID", "type"))
        if self.owner_type_id <= 0 or self.owner_id <= 0:
            out.append(InvalidParameter("OWNER_ID", "required", "the activity needs an owner entity"))
        wanted = _COMMUNICATION_TYPE.get(self.type_id)
        usable = [c for c in self.communications if c.value.strip() and (not c.type or wanted in (None, "", c.type))]
        if not usable:
            out.append(InvalidParameter("COMMUNICATIONS", "required", "needs a phone (calls), an e-mail address "
                                                                      "(e-mails) or a contact (meetings)"))
        elif len(self.communications) > 1 and self.type_id in (ActivityType.CALL, ActivityType.MEETING):
            out.append(InvalidParameter("COMMUNICATIONS", "only_one"))
        for time_field, value in (("START_TIME", self.start_time), ("END_TIME", self.end_time)):
            if value is not None and (value.tzinfo is None or value.utcoffset() is None):
                out.append(InvalidParameter(time_field, "utc_offset"))
        return out

    def to_api(self) -> dict[str, Any]:
        """The ``fields`` object (UPPER_CASE keys, Y/N flags, ISO datetimes)."""
        fields: dict[str, Any] = {
            "TYPE_ID": int(self.type_id),
            "SUBJECT": self.subject.strip(),
            "OWNER_TYPE_ID": self.owner_type_id,
            "OWNER_ID": self.owner_id,
            "COMMUNICATIONS": [c.to_api() for c in self.communications],
            "COMPLETED": "Y" if self.completed else "N",
            "DIRECTION": int(self.direction),
            "PRIORITY": int(self.priority),
            "DESCRIPTION": self.description,
            "DESCRIPTION_TYPE": int(self.description_type),
            "LOCATION": self.location,
        }
        if self.start_time is not None:
            fields["START_TIME"] = format_datetime(self.start_time)
        if self.end_time is not None:
            fields["END_TIME"] = format_datetime(self.end_time)
        if self.responsible_id:
            fields["RESPONSIBLE_ID"] = self.responsible_id
        if self.origin_id:
            fields["ORIGIN_ID"] = self.origin_id
        if self.originator_id:
            fields["ORIGINATOR_ID"] = self.originator_id
        if self.files:
            fields["FILES"] = encode_files(self.files)
        fields.update(self.extra)
        return fields


@dataclass(frozen=True)
class FieldInfo:
    """One entry of ``crm.activity.fields`` / ``crm.activity.communication.fields``."""

    name: str
    type: str
    title: str
    is_required: bool
    is_read_only: bool
    is_immutable: bool
    is_multiple: bool
    is_deprecated: bool = False


def _positive_id(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise InvalidParameter("id", "positive", "must be a positive activity id")
    return value


class ActivityMethods:
    """``client.activities``: legacy writes and field descriptions."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    def prepare_add(self, fields: SystemActivityFields) -> PreparedCall:
        """The ``crm.activity.add`` call of :meth:`add`, checked, not sent (first local problem raised
        as :class:`InvalidParameter`)."""
        problems = fields.problems()
        if problems:
            raise problems[0]
        return PreparedCall("crm.activity.add", {"fields": fields.to_api()})

    async def add(self, fields: SystemActivityFields) -> int:
        """``crm.activity.add`` (deprecated, still the only way for calls/meetings/e-mails).

        Returns the new id. Raises :class:`InvalidParameter` (the first local problem, nothing sent),
        or the portal's legacy errors (``InvalidArgument``, ``NotFound`` "Could not find 'DEAL' …",
        ``AccessDenied``); :class:`~desktop_app.bitrix.errors.BadResponse` when the reply holds no
        positive id (the activity may exist: outcome unknown).
        """
        prepared = self.prepare_add(fields)
        return self._client.new_id(prepared.method, await self._client.send(prepared))

    def prepare_update(self, activity_id: int, fields: dict[str, Any]) -> PreparedCall:
        """The ``crm.activity.update`` call of :meth:`update`, checked, not sent (datetimes formatted)."""
        if not fields:
            raise InvalidParameter("fields", "empty")
        if "SUBJECT" in fields and not str(fields["SUBJECT"]).strip():
            raise InvalidParameter("SUBJECT", "required")
        payload = {k: (format_datetime(v) if isinstance(v, datetime) else v) for k, v in fields.items()}
        return PreparedCall("crm.activity.update", {"id": _positive_id(activity_id), "fields": payload})

    async def update(self, activity_id: int, fields: dict[str, Any]) -> None:
        """``crm.activity.update`` (deprecated): a partial update of UPPER_CASE ``fields``.

        ``TYPE_ID``, ``OWNER_*`` and read-only fields are ignored by the portal; change owners with
        ``client.bindings.move``. Datetimes may be given as aware ``datetime`` values.
        """
        await self._client.send(self.prepare_update(activity_id, fields))

    def prepare_set_completed(self, activity_id: int, completed: bool) -> PreparedCall:
        """The ``crm.activity.update`` ``COMPLETED=Y|N`` call, not sent."""
        return self.prepare_update(activity_id, {"COMPLETED": "Y" if completed else "N"})

    async def set_completed(self, activity_id: int, completed: bool) -> None:
        """Complete or reopen any activity (``crm.activity.update`` ``COMPLETED=Y|N``)."""
        await self._client.send(self.prepare_set_completed(activity_id, completed))

    def prepare_delete(self, activity_id: int) -> PreparedCall:
        """The ``crm.activity.delete`` call, checked, not sent."""
        return PreparedCall("crm.activity.delete", {"id": _positive_id(activity_id)})

    async def delete(self, activity_id: int) -> None:
        """``crm.activity.delete``: delete an activity of any kind (to the recycle bin on real portals)."""
        await self._client.send(self.prepare_delete(activity_id))

    async def fields(self) -> dict[str, FieldInfo]:
        """``crm.activity.fields``: every field with its type, title and flags (``{name: {"type",
        "title", "isRequired", …}}``; a reply of another shape raises ``BadResponse``)."""
        return await self._fields("crm.activity.fields")

    async def communication_fields(self) -> dict[str, FieldInfo]:
        """``crm.activity.communication.fields``."""
        return await self._fields("crm.activity.communication.fields")

    async def _fields(self, method: str) -> dict[str, FieldInfo]:
        reply = await self._client.call(method)
        described = self._client.checker.check(FieldDescriptions, reply.result, method=method, status=reply.status)
        return {
            name: FieldInfo(
                name=name, type=info.type, title=info.title if info.title is not None else name,
                is_required=info.is_required, is_read_only=info.is_read_only, is_immutable=info.is_immutable,
                is_multiple=info.is_multiple, is_deprecated=info.is_deprecated,
            )
            for name, info in described.items()
        }
