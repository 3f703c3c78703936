"""``crm.activity.todo.*`` update methods: full update and the narrow ones the timeline's quick
edits call (deadline, description, colour, responsible).

Every method identifies the todo by ``id`` **and** an owner it is bound to (``ownerTypeId``,
``ownerId``): the portal answers ``NOT_FOUND`` when the pair is not one of its bindings, or when the
activity is not a todo (api-spec.md §4.9.2–4.9.6, server-behaviour.md §1.6). A completed todo cannot
be edited (``CAN_NOT_UPDATE_COMPLETED_TODO`` and its siblings); reopen it first with
``crm.activity.update`` ``COMPLETED=N``.

All return the todo's id (the reply ``{"id": N}`` is checked by
:class:`~desktop_app.bitrix.replies.TodoId`; another shape raises
:class:`~desktop_app.bitrix.errors.BadResponse`). Errors: see :mod:`desktop_app.bitrix.client`, plus
:class:`~desktop_app.bitrix.errors.InvalidParameter` for values refused before sending. Each has a
pure ``prepare_*`` twin returning the :class:`~desktop_app.bitrix.prepared.PreparedCall` (same
checks, nothing sent) for the outbox.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from .errors import InvalidParameter
from .models import TODO_COLOR_IDS, format_datetime
from .prepared import PreparedCall
from .replies import TodoId

if TYPE_CHECKING:
    from .client import BitrixClient

#: What ``crm.activity.todo.updateColor`` takes for the default colour (server-behaviour.md §4.9).
DEFAULT_COLOR = "default"


def check_ids(activity_id: int, owner_type_id: int, owner_id: int) -> dict[str, int]:
    """The identifying triple every todo method takes, checked: all must be positive ints."""
    for name, value in (("id", activity_id), ("ownerTypeId", owner_type_id), ("ownerId", owner_id)):
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise InvalidParameter(name, "positive")
    return {"id": activity_id, "ownerTypeId": owner_type_id, "ownerId": owner_id}


def check_deadline(value: datetime, name: str = "deadline") -> str:
    """An aware datetime as the portal wants it; raises :class:`InvalidParameter` otherwise."""
    if not isinstance(value, datetime):
        raise InvalidParameter(name, "required", "is required (a date and time)")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidParameter(name, "utc_offset")
    return format_datetime(value)


def check_ping_offsets(values: Sequence[int]) -> list[int]:
    """``pingOffsets``: whole minutes ≥ 0 before the deadline, duplicates dropped, order kept."""
    out: list[int] = []
    for value in values:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise InvalidParameter("pingOffsets", "negative")
        if value not in out:
            out.append(value)
    return out


def check_color(color_id: str | None) -> str | None:
    """``colorId``: ``"1"``…``"7"`` or ``None`` (default colour)."""
    if color_id is not None and str(color_id) not in TODO_COLOR_IDS:
        raise InvalidParameter("colorId", "palette")
    return None if color_id is None else str(color_id)


class TodoMethods:
    """``client.todo``: updates of universal activities (todos)."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    async def _send(self, prepared: PreparedCall) -> int:
        reply = await self._client.send(prepared)
        return self._client.checker.check(TodoId, reply.result, method=prepared.method, status=reply.status).id

    def prepare_update(
        self,
        activity_id: int,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime,
        *,
        title: str,
        description: str,
        responsible_id: int | None = None,
        parent_activity_id: int | None = None,
        ping_offsets: Sequence[int] = (),
        color_id: str | None = None,
    ) -> PreparedCall:
        """The ``crm.activity.todo.update`` call of :meth:`update`, checked, not sent."""
        params: dict[str, Any] = {
            **check_ids(activity_id, owner_type_id, owner_id),
            "deadline": check_deadline(deadline),
            "title": title,
            "description": description,
            "pingOffsets": check_ping_offsets(ping_offsets),
        }
        if responsible_id is not None:
            if responsible_id <= 0:
                raise InvalidParameter("responsibleId", "positive", "must be a positive user id")
            params["responsibleId"] = responsible_id
        if parent_activity_id is not None:
            params["parentActivityId"] = parent_activity_id
        # Always sent: an omitted colorId would keep the todo's current colour, not reset it.
        params["colorId"] = check_color(color_id) or DEFAULT_COLOR
        return PreparedCall("crm.activity.todo.update", params)

    async def update(
        self,
        activity_id: int,
        owner_type_id: int,
        owner_id: int,
        deadline: datetime,
        *,
        title: str,
        description: str,
        responsible_id: int | None = None,
        parent_activity_id: int | None = None,
        ping_offsets: Sequence[int] = (),
        color_id: str | None = None,
    ) -> int:
        """``crm.activity.todo.update``: replace a todo's content.

        ``title`` and ``description`` are required here on purpose: the portal blanks them when they
        are omitted (server-behaviour.md §1.6). ``ping_offsets`` are minutes before the deadline
        (empty = no reminders); ``color_id`` ``None`` sets the default colour.

        Raises:
            InvalidParameter: bad ids, naive deadline, colour or offsets (nothing sent).
            NotFound: ``NOT_FOUND`` (not a todo, or not bound to that owner).
            BitrixError: ``CAN_NOT_UPDATE_COMPLETED_TODO``, ``WRONG_DATETIME_FORMAT`` …
        """
        return await self._send(self.prepare_update(
            activity_id, owner_type_id, owner_id, deadline, title=title, description=description,
            responsible_id=responsible_id, parent_activity_id=parent_activity_id, ping_offsets=ping_offsets,
            color_id=color_id))

    def prepare_update_deadline(self, activity_id: int, owner_type_id: int, owner_id: int,
                                value: datetime) -> PreparedCall:
        """The ``crm.activity.todo.updateDeadline`` call, checked, not sent."""
        params = {**check_ids(activity_id, owner_type_id, owner_id), "value": check_deadline(value, "value")}
        return PreparedCall("crm.activity.todo.updateDeadline", params)

    async def update_deadline(self, activity_id: int, owner_type_id: int, owner_id: int, value: datetime) -> int:
        """``crm.activity.todo.updateDeadline``: move the deadline (reminders move with it)."""
        return await self._send(self.prepare_update_deadline(activity_id, owner_type_id, owner_id, value))

    def prepare_update_description(self, activity_id: int, owner_type_id: int, owner_id: int,
                                   value: str) -> PreparedCall:
        """The ``crm.activity.todo.updateDescription`` call, checked, not sent."""
        if not isinstance(value, str):
            raise InvalidParameter("value", "not_text")
        params = {**check_ids(activity_id, owner_type_id, owner_id), "value": value}
        return PreparedCall("crm.activity.todo.updateDescription", params)

    async def update_description(self, activity_id: int, owner_type_id: int, owner_id: int, value: str) -> int:
        """``crm.activity.todo.updateDescription``: replace the description (plain text)."""
        return await self._send(self.prepare_update_description(activity_id, owner_type_id, owner_id, value))

    def prepare_update_color(self, activity_id: int, owner_type_id: int, owner_id: int,
                             color_id: str | None) -> PreparedCall:
        """The ``crm.activity.todo.updateColor`` call, checked, not sent."""
        color = check_color(color_id)
        params = {**check_ids(activity_id, owner_type_id, owner_id), "colorId": color or DEFAULT_COLOR}
        return PreparedCall("crm.activity.todo.updateColor", params)

    async def update_color(self, activity_id: int, owner_type_id: int, owner_id: int, color_id: str | None) -> int:
        """``crm.activity.todo.updateColor``: ``"1"``…``"7"``, or ``None`` for the default colour."""
        return await self._send(self.prepare_update_color(activity_id, owner_type_id, owner_id, color_id))

    def prepare_update_responsible_user(self, activity_id: int, owner_type_id: int, owner_id: int,
                                        responsible_id: int) -> PreparedCall:
        """The ``crm.activity.todo.updateResponsibleUser`` call, checked, not sent."""
        if isinstance(responsible_id, bool) or not isinstance(responsible_id, int) or responsible_id <= 0:
            raise InvalidParameter("responsibleId", "positive", "must be greater than 0")
        params = {**check_ids(activity_id, owner_type_id, owner_id), "responsibleId": responsible_id}
        return PreparedCall("crm.activity.todo.updateResponsibleUser", params)

    async def update_responsible_user(
        self, activity_id: int, owner_type_id: int, owner_id: int, responsible_id: int
    ) -> int:
        """``crm.activity.todo.updateResponsibleUser``: hand the todo to another employee."""
        return await self._send(self.prepare_update_responsible_user(
            activity_id, owner_type_id, owner_id, responsible_id))
