""""My activities": one user's open activities across every CRM entity, grouped by deadline (no Qt).

Loading (issue 4 item 6): ``crm.activity.list`` with ``filter = {"RESPONSIBLE_ID": uid, "COMPLETED": "N"}``
and only :data:`ROW_SELECT`, walked count-free through :meth:`BitrixClient.walk` (order ``ID``,
``>ID`` cursor, ``start=-1``, 50 pages chained per ``batch`` = 2,500 rows per HTTP request; api-spec.md
§2.3–§2.4, server-behaviour.md §2.4). Rows stay raw dicts until :func:`parse_rows` turns a page into
compact parallel columns (no ``Activity`` object per row: a 100,000-row load must stay cheap).

Groups (anchors.md §6, the web UI's Activities view), judged in the viewer's time zone:

=============  ==============================================================================
Overdue        a deadline before *now* — overdue wins over everything
Today          incoming (``IS_INCOMING_CHANNEL = Y`` or ``DIRECTION = 1``), or a deadline from now
               to the end of today (23:59:59.999…)
Tomorrow       the next local day (issue 12 item 5; the web kanban folds it into This week)
This week      after tomorrow, before the first day of next week (the locale's week start)
Next week      the following seven days
Later          after next week
No deadline    no deadline: missing, or the portal's max date ``9999-12-31`` (server-behaviour.md §1.2;
               ``models.Activity.deadline`` is ``None`` for it)
=============  ==============================================================================

Times: deadlines are kept as UTC Unix timestamps in seconds (``float``; ``math.inf`` = no deadline).
Owner names for display and search come from ``crm.item.list`` (``filter: {"@id": [...]}``), up to 50
ids per command, all commands of a page in one ``batch`` call (api-spec.md §2.4).

Replies are checked before a row is used: every walked row against
:class:`~desktop_app.services.reply_rows.ActivityRow` (whole numbers, text, datetimes with their
offset, ``Y``/``N``; checked in Rust, in slices of :data:`CHECK_SLICE` rows so the window stays
responsive), every named item as the client's ``CrmItem``. A reply that lies is one
:class:`~desktop_app.bitrix.errors.BadResponse` naming the method and the field (``result[7].DEADLINE``).
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import IntEnum
from typing import Any

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.configurable import CONFIGURABLE_PROVIDER
from desktop_app.bitrix.models import MAX_DATE_YEAR, CrmItem, OwnerType, User
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.bitrix.replies import ItemList

from . import reply_rows
from .reply_rows import ActivityRows

__all__ = ["ROW_SELECT", "Group", "GroupBounds", "MyActivitiesService", "RowBatch", "parse_rows"]

#: The only fields a My-activities row needs (``crm.activity.list`` ``select``; IS_INCOMING_CHANNEL is
#: returned only when named, server-behaviour.md §2.2; PROVIDER_PARAMS for the creating application of a
#: configurable activity, ``clientId``, §1.7).
ROW_SELECT = ["ID", "OWNER_TYPE_ID", "OWNER_ID", "TYPE_ID", "PROVIDER_ID", "SUBJECT", "DEADLINE", "DIRECTION",
              "IS_INCOMING_CHANNEL", "START_TIME", "END_TIME", "LAST_UPDATED", "PROVIDER_PARAMS"]

#: ``crm.item.list`` fields a display name needs, per ``entityTypeId``.
NAME_SELECT: dict[int, list[str]] = {
    OwnerType.LEAD: ["id", "title", "name", "lastName"],
    OwnerType.DEAL: ["id", "title"],
    OwnerType.CONTACT: ["id", "name", "secondName", "lastName"],
    OwnerType.COMPANY: ["id", "title"],
}

#: Ids per ``crm.item.list`` command (one page, api-spec.md §2.3).
NAMES_PER_COMMAND = 50

#: Rows checked per turn of the event loop (~1 ms each; a walk request brings up to 2,500).
CHECK_SLICE = 250


class Group(IntEnum):
    """The six columns of the Activities view, in display order."""

    OVERDUE = 0
    TODAY = 1
    TOMORROW = 2
    THIS_WEEK = 3
    NEXT_WEEK = 4
    LATER = 5
    NO_DEADLINE = 6


@dataclass(frozen=True)
class GroupBounds:
    """Group boundaries as UTC Unix timestamps (seconds) for one "now", zone and week start.

    Attributes:
        now: the instant deadlines are compared with.
        today_end: the viewer's next local midnight.
        tomorrow_end: the local midnight after that.
        week_end: local midnight starting the next week.
        next_week_end: seven local days later.
    """

    now: float
    today_end: float
    week_end: float
    next_week_end: float
    tomorrow_end: float = math.nan

    @classmethod
    def at(cls, now: datetime, tz: tzinfo, week_start: int = 1) -> GroupBounds:
        """Bounds for ``now`` (aware) in ``tz``; ``week_start`` is the ISO weekday weeks begin on
        (1 Monday … 7 Sunday, as ``QLocale.firstDayOfWeek()``). Local midnights are found with the
        zone's own offset for that date, so DST changes are respected.

        Raises:
            ValueError: ``now`` is naive or ``week_start`` is not 1–7.
        """
        if now.tzinfo is None or now.utcoffset() is None:
            raise ValueError("now must be timezone-aware")
        if not 1 <= int(week_start) <= 7:
            raise ValueError("week_start must be an ISO weekday, 1-7")
        today = now.astimezone(tz).date()
        days_left = (int(week_start) - today.isoweekday() - 1) % 7 + 1  # 1..7 days to the next week start
        week_end = today + timedelta(days=days_left)

        def midnight(day: date) -> float:
            return datetime.combine(day, time(0), tzinfo=tz).timestamp()

        return cls(now.timestamp(), midnight(today + timedelta(days=1)), midnight(week_end),
                   midnight(week_end + timedelta(days=7)), midnight(today + timedelta(days=2)))

    def classify(self, deadline: float, incoming: bool) -> Group:
        """The group of an open activity with ``deadline`` (UTC seconds; ``math.inf`` = none)."""
        if deadline < self.now:
            return Group.OVERDUE
        if incoming or deadline < self.today_end:
            return Group.TODAY
        if deadline == math.inf:
            return Group.NO_DEADLINE
        if deadline < self.tomorrow_end:  # (NaN, bounds built by hand without it: never)
            return Group.TOMORROW
        if deadline < self.week_end:
            return Group.THIS_WEEK
        if deadline < self.next_week_end:
            return Group.NEXT_WEEK
        return Group.LATER


@dataclass
class RowBatch:
    """Parallel columns of one page of rows (index *i* of each list is one activity).

    ``deadline`` is UTC seconds or ``math.inf``; ``start``/``end``/``updated`` (``START_TIME``,
    ``END_TIME``, ``LAST_UPDATED``; bulk actions need them) are UTC seconds or ``math.nan`` when missing;
    ``owner_type`` is ``OWNER_TYPE_ID``; ``incoming`` is ``IS_INCOMING_CHANNEL = Y`` or ``DIRECTION = 1``;
    ``subject`` is as sent (may be empty); ``creator`` is the creating application's ``client_id`` of a
    configurable activity (``PROVIDER_PARAMS.clientId``), ``""`` for every other row.
    """

    id: list[int] = field(default_factory=list)
    owner_type: list[int] = field(default_factory=list)
    owner_id: list[int] = field(default_factory=list)
    type_id: list[int] = field(default_factory=list)
    provider: list[str] = field(default_factory=list)
    subject: list[str] = field(default_factory=list)
    deadline: list[float] = field(default_factory=list)
    incoming: list[bool] = field(default_factory=list)
    start: list[float] = field(default_factory=list)
    end: list[float] = field(default_factory=list)
    updated: list[float] = field(default_factory=list)
    creator: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.id)


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def deadline_seconds(text: Any) -> float:
    """A legacy ``DEADLINE`` (ISO 8601 with offset) as UTC seconds; ``math.inf`` for none, the
    ``9999`` max date (server-behaviour.md §1.2), or text that does not parse."""
    if not text or not isinstance(text, str) or text.startswith(str(MAX_DATE_YEAR)):
        return math.inf
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return math.inf
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.timestamp()


def _seconds(text: Any) -> float:
    """An optional ISO 8601 datetime as UTC seconds, ``math.nan`` when missing or unreadable."""
    value = deadline_seconds(text)
    return math.nan if value == math.inf else value


def parse_rows(rows: Iterable[Mapping[str, Any]]) -> RowBatch:
    """Raw ``crm.activity.list`` dicts (:data:`ROW_SELECT` fields) → a :class:`RowBatch`. Rows without a
    positive ``ID`` are skipped."""
    batch = RowBatch()
    for row in rows:
        activity_id = _int(row.get("ID"))
        if activity_id <= 0:
            continue
        batch.id.append(activity_id)
        batch.owner_type.append(_int(row.get("OWNER_TYPE_ID")))
        batch.owner_id.append(_int(row.get("OWNER_ID")))
        batch.type_id.append(_int(row.get("TYPE_ID")))
        batch.provider.append(str(row.get("PROVIDER_ID") or ""))
        batch.subject.append(str(row.get("SUBJECT") or ""))
        batch.deadline.append(deadline_seconds(row.get("DEADLINE")))
        batch.incoming.append(str(row.get("IS_INCOMING_CHANNEL") or "").upper() == "Y"
                              or _int(row.get("DIRECTION")) == 1)
        batch.start.append(_seconds(row.get("START_TIME")))
        batch.end.append(_seconds(row.get("END_TIME")))
        batch.updated.append(_seconds(row.get("LAST_UPDATED")))
        params = row.get("PROVIDER_PARAMS") if row.get("PROVIDER_ID") == CONFIGURABLE_PROVIDER else None
        creator = params.get("clientId") if isinstance(params, Mapping) else None
        batch.creator.append(creator if isinstance(creator, str) else "")
    return batch


class MyActivitiesService:
    """Loads one user's open activities and the names of their owners.

    Args:
        client: the portal's REST client (must provide ``walk`` and ``batch``).
        users: the portal's employees by id (for the user picker; ``user.get``); may be empty.
        me_id: the current user's id (the default user); ``None`` = ``user.current`` on first use.
        tz: the viewer's zone; ``None`` = the system's local zone.
        clock: ``() -> aware datetime``; ``None`` = the real clock.
    """

    def __init__(self, client: BitrixClient, *, users: Mapping[int, User] | None = None, me_id: int | None = None,
                 tz: tzinfo | None = None, clock: Any = None) -> None:
        self.client = client
        self.users: dict[int, User] = dict(users or {})
        self.me_id = me_id
        self.tz = tz or datetime.now().astimezone().tzinfo or UTC
        self._clock = clock

    def now(self) -> datetime:
        """The current instant (aware)."""
        return self._clock() if self._clock is not None else datetime.now(UTC)

    def bounds(self, week_start: int = 1) -> GroupBounds:
        """:class:`GroupBounds` for now, in :attr:`tz`, weeks starting on ISO weekday ``week_start``."""
        return GroupBounds.at(self.now(), self.tz, week_start)

    async def current_user_id(self) -> int:
        """:attr:`me_id`, asking ``user.current`` once when it is unknown."""
        if self.me_id is None:
            me = await self.client.current_user()
            self.me_id = me.id
            self.users.setdefault(me.id, me)
        return self.me_id

    async def pages(self, user_id: int) -> AsyncIterator[Any]:
        """``user_id``'s open activities, page by page (``WalkPage``: ``rows`` raw dicts, ``rows_so_far``,
        ``total`` — ``None``, no count is asked —, ``requests``). Stop iterating to cancel.

        Raises:
            BitrixClientError: a request failed (rows already yielded stay valid).
            BadResponse: a row does not have :class:`~desktop_app.services.reply_rows.ActivityRow`'s
                shape (``field`` ``result[i].NAME``, ``i`` counted in the page as yielded).
            CursorStalled: the ``>ID`` cursor stopped advancing.
        """
        async for page in self.client.walk("crm.activity.list",
                                           filter={"RESPONSIBLE_ID": int(user_id), "COMPLETED": "N"},
                                           select=ROW_SELECT):
            for start in range(0, len(page.rows), CHECK_SLICE):
                if start:
                    await asyncio.sleep(0)
                reply_rows.check(self.client.checker, ActivityRows, page.rows[start:start + CHECK_SLICE],
                                 method="crm.activity.list", offset=start)
            yield page

    async def entity_names(self, keys: Iterable[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """Display names of CRM items, ``(ownerTypeId, ownerId) → name``, in one ``batch`` call.

        Only leads, deals, contacts and companies are asked (other owner types get no name). Items
        that no longer exist or that a command failed for are simply absent.

        Raises:
            BadResponse: a command's answer is not ``{"items": [item, …]}`` (``field``
                ``result.result.<command>.items[3].id``).
            BitrixClientError: the batch request itself failed.
        """
        by_type: dict[int, list[int]] = {}
        for owner_type, owner_id in set(keys):
            if owner_type in NAME_SELECT and owner_id > 0:
                by_type.setdefault(owner_type, []).append(owner_id)
        commands: dict[str, PreparedCall] = {}
        for owner_type, ids in sorted(by_type.items()):
            ids.sort()
            for start in range(0, len(ids), NAMES_PER_COMMAND):
                chunk = ids[start:start + NAMES_PER_COMMAND]
                commands[f"t{owner_type}_{start}"] = PreparedCall("crm.item.list", {
                    "entityTypeId": owner_type, "filter": {"@id": chunk},
                    "select": NAME_SELECT[owner_type], "start": -1})
        if not commands:
            return {}
        reply = await self.client.batch(commands)
        names: dict[tuple[int, int], str] = {}
        checker = self.client.checker
        for name, result in reply.results.items():
            if not result.ok:  # e.g. no right to read that type: those names stay unknown
                continue
            owner_type = int(name[1:name.index("_")])
            path = f"result.result.{name}"
            listed = checker.check(ItemList, result.result, method="batch", path=path)
            items = checker.build_list(lambda raw, t=owner_type: CrmItem.from_api(t, raw), listed.items,
                                       method="batch", path=f"{path}.items")
            for item in reply_rows.check_items(checker, items, method="batch", path=f"{path}.items"):
                names[(owner_type, item.id)] = item.display_name
        return names

