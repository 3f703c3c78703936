"""Loading an entity's timeline (optionally filtered) and adding to it.

The timeline of an entity shows every activity bound to it (``BINDINGS`` filter, so a call bound to
a deal and a contact shows in both), in two parts, like the Bitrix24 web timeline:

- planned: open activities (``COMPLETED = N``), nearest deadline first — loaded whole;
- history: completed activities, newest first — loaded page by page as the user scrolls.

A :class:`TimelineFilter` narrows both parts **on the portal** (``crm.activity.list`` filter keys,
api-spec.md §4.6, server-behaviour.md §2.3):

- state: ``COMPLETED = N`` (open), ``COMPLETED = Y`` (completed), overdue = ``COMPLETED = N`` and
  ``<DEADLINE`` the session clock's *now* (activities without a deadline have NULL or the
  ``9999-12-31`` max date, so they never match, like the cards' "Overdue" state);
- kinds: ``@TYPE_ID`` (IN); todos are ``TYPE_ID = 6`` with ``PROVIDER_ID = CRM_TODO`` (api-spec.md §3.4);
- responsible users: ``@RESPONSIBLE_ID`` (IN);
- text: ``%SUBJECT`` / ``%DESCRIPTION`` (LIKE ``%text%``; case-insensitive on the portal's MySQL
  collation). The legacy filter has no OR between fields (``LOGIC`` is dropped silently,
  server-behaviour.md §2.3), so "subject or description" is sent as two **disjoint** queries:
  ``%SUBJECT`` and ``%DESCRIPTION`` + ``!%SUBJECT``. Likewise "todo and other provider activities
  apart" becomes one more disjoint query. :func:`list_filters` gives the list; the rows of the
  queries never overlap, so their union needs no de-duplication and their totals add up.

Description search runs on the stored ``DESCRIPTION`` text, markup included (BB code / HTML tags are
searched too, as on the portal). Every loaded row is also checked with :meth:`TimelineFilter.matches`
(client side, same rules) as a safety net, e.g. against a portal that drops an unknown key.

Every page is checked beyond the client's model (:func:`~desktop_app.services.reply_rows.check_activities`):
a row without a positive ``ID`` or with a datetime lacking its UTC offset is a
:class:`~desktop_app.bitrix.errors.BadResponse` naming the row and field, not a card that cannot be
opened or an "overdue" test that raises ``TypeError``.

Every read selects :data:`TIMELINE_CARD_SELECT`: the scalar fields, ``IS_INCOMING_CHANNEL``,
``COMMUNICATIONS`` (the card's client: name and phone, api-spec.md §3.6) and ``FILES`` (the card's
attachments line, §3.1.5; ``FILES`` and ``COMMUNICATIONS`` come only when named in ``select``).

Sources: api-spec.md §4.6 (filter ``BINDINGS``, prefixes, order, paging), §4.9.1
(``crm.activity.todo.add``); server-behaviour.md §2.3–2.4.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from desktop_app.bitrix import Activity, BitrixClient, Page
from desktop_app.bitrix.client import TIMELINE_SELECT
from desktop_app.bitrix.models import PROVIDER_TODO, ActivityType, format_datetime

from .reply_rows import check_activities, check_activity
from .todo import TodoDraft

__all__ = [
    "HISTORY_ORDER",
    "PLANNED_ORDER",
    "TIMELINE_CARD_SELECT",
    "ActivityKind",
    "EntityRef",
    "StateFilter",
    "TimelineFilter",
    "TimelineQuery",
    "TimelineService",
    "activity_kind",
    "list_filters",
]

#: Planned block order: nearest deadline first.
PLANNED_ORDER = {"DEADLINE": "ASC", "ID": "ASC"}
#: History block order: newest first.
HISTORY_ORDER = {"START_TIME": "DESC", "ID": "DESC"}
#: What a timeline read selects (see the module docstring).
TIMELINE_CARD_SELECT: tuple[str, ...] = (*TIMELINE_SELECT, "COMMUNICATIONS", "FILES")


@dataclass(frozen=True)
class EntityRef:
    """A CRM entity: ``owner_type_id`` (1 lead, 2 deal, 3 contact, 4 company) and ``owner_id``."""

    owner_type_id: int
    owner_id: int


class StateFilter(StrEnum):
    """Which activities by state: all, open (``COMPLETED = N``), completed, overdue (open, deadline < now)."""

    ALL = "all"
    OPEN = "open"
    COMPLETED = "completed"
    OVERDUE = "overdue"


class ActivityKind(StrEnum):
    """The kinds the timeline tells apart (its icons and names): todo (``PROVIDER_ID = CRM_TODO``), call
    (``TYPE_ID`` 2), meeting (1), e-mail (4), task (3), other (0, 5, and provider activities other than
    todos: configurable, REST_APP…)."""

    TODO = "todo"
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    TASK = "task"
    OTHER = "other"


_KIND_TYPE_IDS: dict[ActivityKind, tuple[int, ...]] = {
    ActivityKind.CALL: (int(ActivityType.CALL),),
    ActivityKind.MEETING: (int(ActivityType.MEETING),),
    ActivityKind.EMAIL: (int(ActivityType.EMAIL),),
    ActivityKind.TASK: (int(ActivityType.TASK),),
    ActivityKind.OTHER: (int(ActivityType.UNDEFINED), int(ActivityType.ACTION)),
}
_PROVIDER_TYPE = int(ActivityType.PROVIDER)


def activity_kind(activity: Activity) -> ActivityKind:
    """The :class:`ActivityKind` of ``activity``."""
    if activity.is_todo:
        return ActivityKind.TODO
    for kind, type_ids in _KIND_TYPE_IDS.items():
        if activity.type_id in type_ids:
            return kind
    return ActivityKind.OTHER


@dataclass(frozen=True)
class TimelineFilter:
    """What the user narrowed the timeline to. Empty sets mean "any"; the default matches everything.

    Attributes:
        state: :class:`StateFilter`.
        kinds: the :class:`ActivityKind` values to show (empty: all kinds).
        responsible_ids: ``RESPONSIBLE_ID`` values to show (empty: anyone).
        text: searched in ``SUBJECT`` and ``DESCRIPTION`` (substring, case-insensitive; surrounding
            spaces ignored; empty: no search).
    """

    state: StateFilter = StateFilter.ALL
    kinds: frozenset[ActivityKind] = field(default_factory=frozenset)
    responsible_ids: frozenset[int] = field(default_factory=frozenset)
    text: str = ""

    @property
    def search(self) -> str:
        """The search text without surrounding spaces."""
        return self.text.strip()

    @property
    def is_empty(self) -> bool:
        """True when nothing is filtered (the plain timeline)."""
        return (self.state is StateFilter.ALL and not self.kinds and not self.responsible_ids
                and not self.search)

    @property
    def wants_planned(self) -> bool:
        """Whether open activities can match (the planned block is loaded)."""
        return self.state is not StateFilter.COMPLETED

    @property
    def wants_history(self) -> bool:
        """Whether completed activities can match (the history block is loaded)."""
        return self.state in (StateFilter.ALL, StateFilter.COMPLETED)

    def matches(self, activity: Activity, now: datetime) -> bool:
        """The same rules on one loaded activity (``now``: aware, decides overdue)."""
        if self.state is StateFilter.OPEN and activity.completed:
            return False
        if self.state is StateFilter.COMPLETED and not activity.completed:
            return False
        if self.state is StateFilter.OVERDUE:
            deadline = activity.deadline
            if activity.completed or deadline is None or not deadline < now:
                return False
        if self.kinds and activity_kind(activity) not in self.kinds:
            return False
        if self.responsible_ids and activity.responsible_id not in self.responsible_ids:
            return False
        text = self.search.casefold()
        return not text or text in activity.subject.casefold() or text in activity.description.casefold()


def _kind_filters(kinds: frozenset[ActivityKind]) -> list[dict[str, Any]]:
    """Disjoint ``TYPE_ID``/``PROVIDER_ID`` conditions whose union is ``kinds`` (``[{}]``: any kind)."""
    if not kinds or set(kinds) == set(ActivityKind):
        return [{}]
    type_ids = sorted({t for kind in kinds for t in _KIND_TYPE_IDS.get(kind, ())})
    todo, other = ActivityKind.TODO in kinds, ActivityKind.OTHER in kinds
    parts: list[dict[str, Any]] = []
    if todo and other:
        type_ids = sorted({*type_ids, _PROVIDER_TYPE})
    elif todo:
        parts.append({"TYPE_ID": _PROVIDER_TYPE, "PROVIDER_ID": PROVIDER_TODO})
    elif other:
        parts.append({"TYPE_ID": _PROVIDER_TYPE, "!PROVIDER_ID": PROVIDER_TODO})
    if type_ids:
        parts.insert(0, {"@TYPE_ID": type_ids})
    return parts


def list_filters(entity: EntityRef, flt: TimelineFilter, *, completed: bool, now: datetime) -> list[dict[str, Any]]:
    """The ``crm.activity.list`` filters of one block (``completed``: history, else planned).

    Returns disjoint filters (see the module docstring) — one for a plain timeline, ``[]`` when the
    block cannot match (e.g. history under "overdue"). ``now`` (aware) is the overdue cut-off,
    sent as ``<DEADLINE`` in ISO 8601 with its offset.

    Raises:
        ValueError: ``now`` is naive.
    """
    if (completed and not flt.wants_history) or (not completed and not flt.wants_planned):
        return []
    base: dict[str, Any] = {
        "BINDINGS": [{"OWNER_TYPE_ID": entity.owner_type_id, "OWNER_ID": entity.owner_id}],
        "COMPLETED": "Y" if completed else "N",
    }
    if flt.state is StateFilter.OVERDUE:
        base["<DEADLINE"] = format_datetime(now)
    if flt.responsible_ids:
        base["@RESPONSIBLE_ID"] = sorted(flt.responsible_ids)
    text = flt.search
    text_parts: list[dict[str, Any]] = (
        [{"%SUBJECT": text}, {"%DESCRIPTION": text, "!%SUBJECT": text}] if text else [{}])
    return [{**base, **kind_part, **text_part}
            for kind_part in _kind_filters(flt.kinds) for text_part in text_parts]


class TimelineQuery:
    """One filtered read of an entity's timeline: the planned block whole, then history page by page.

    The history walks each disjoint filter (:func:`list_filters`) with its own ``start``/``next``;
    :meth:`next_history_page` asks every filter that still has rows for its next page (the model
    sorts rows as they arrive).

    Attributes:
        history_total: rows the portal counted in the history block (sum of the ``total`` of every
            filter's first page; 0 before the first page).
    """

    def __init__(self, client: BitrixClient, entity: EntityRef, flt: TimelineFilter, now: datetime) -> None:
        self._client = client
        self.entity = entity
        self.filter = flt
        self.now = now
        self._history = list_filters(entity, flt, completed=True, now=now)
        self._starts: list[int | None] = [0] * len(self._history)
        self.history_total = 0

    @property
    def has_more_history(self) -> bool:
        """Whether another history page may exist."""
        return any(start is not None for start in self._starts)

    def _keep(self, rows: Iterable[Activity]) -> list[Activity]:
        return [a for a in rows if self.filter.matches(a, self.now)]

    async def planned(self) -> list[Activity]:
        """Every matching open activity (``crm.activity.list``, all pages of every filter).

        Raises:
            BitrixClientError subclasses: as :meth:`BitrixClient.list_activities`.
        """
        rows: list[Activity] = []
        for flt in list_filters(self.entity, self.filter, completed=False, now=self.now):
            async for page in self._client.iter_activity_pages(filter=flt, order=PLANNED_ORDER,
                                                               select=TIMELINE_CARD_SELECT):
                rows.extend(_checked(self._client, page).items)
        return self._keep(rows)

    async def next_history_page(self) -> list[Activity]:
        """The next page (≤ 50 per filter) of matching completed activities, newest first per filter.

        Raises:
            BitrixClientError subclasses: as :meth:`BitrixClient.list_activities`; the cursor does
            not move, so calling again retries.
        """
        rows: list[Activity] = []
        for i, flt in enumerate(self._history):
            start = self._starts[i]
            if start is None:
                continue
            page = _checked(self._client, await self._client.list_activities(
                filter=flt, order=HISTORY_ORDER, select=TIMELINE_CARD_SELECT, start=start))
            if start == 0:
                self.history_total += page.total
            self._starts[i] = page.next if page.next is not None and page.next > start else None
            rows.extend(page.items)
        return self._keep(rows)


class TimelineService:
    """Timeline reads and the todo create, over one :class:`BitrixClient`."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    @property
    def client(self) -> BitrixClient:
        """The portal client the reads go through."""
        return self._client

    def query(self, entity: EntityRef, flt: TimelineFilter | None = None,
              now: datetime | None = None) -> TimelineQuery:
        """A :class:`TimelineQuery` of ``entity`` under ``flt`` (default: everything); ``now`` (aware,
        default the real clock) decides "overdue"."""
        return TimelineQuery(self._client, entity, flt or TimelineFilter(), now or datetime.now(UTC))

    async def planned(self, entity: EntityRef) -> list[Activity]:
        """Every open activity bound to ``entity`` (``crm.activity.list``, all pages)."""
        return await self.query(entity).planned()

    async def history_page(self, entity: EntityRef, start: int = 0) -> Page[Activity]:
        """One page (≤ 50) of completed activities, newest first; pass ``next`` of the previous page."""
        (flt,) = list_filters(entity, TimelineFilter(), completed=True, now=datetime.now(UTC))
        return _checked(self._client, await self._client.list_activities(
            filter=flt, order=HISTORY_ORDER, select=TIMELINE_CARD_SELECT, start=start))

    async def history_pages(self, entity: EntityRef) -> AsyncIterator[Page[Activity]]:
        """All history pages in order (for tests and export)."""
        (flt,) = list_filters(entity, TimelineFilter(), completed=True, now=datetime.now(UTC))
        async for page in self._client.iter_activity_pages(filter=flt, order=HISTORY_ORDER,
                                                           select=TIMELINE_CARD_SELECT):
            yield _checked(self._client, page)

    async def add_todo(self, draft: TodoDraft, tz) -> Activity:
        """Create the todo (``crm.activity.todo.add``) and read it back (``crm.activity.get``) so its
        card shows what the portal stored.

        Raises:
            InvalidParameter: the draft has a problem (see :meth:`TodoDraft.problems`); nothing sent.
            BitrixError subclasses / PortalUnreachable: as :meth:`BitrixClient.add_todo`.
        """
        problems = draft.problems(tz)
        if problems:
            raise problems[0].to_error()
        deadline = draft.parse_deadline(tz)
        assert deadline is not None
        new_id = await self._client.add_todo(
            draft.owner_type_id,
            draft.owner_id,
            deadline,
            title=draft.title.strip(),
            description=draft.description,
            responsible_id=draft.responsible_id,
            ping_offsets=sorted(set(draft.ping_offsets)),
            color_id=draft.color_id,
        )
        activity = await self._client.get_activity(new_id)
        return check_activity(self._client.checker, activity, method="crm.activity.get", expected_id=new_id)


def _checked(client: BitrixClient, page: Page[Activity]) -> Page[Activity]:
    """``page`` of ``crm.activity.list`` after :func:`~desktop_app.services.reply_rows.check_activities`."""
    check_activities(client.checker, page.items, method="crm.activity.list")
    return page
