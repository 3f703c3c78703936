"""Loading an entity's timeline and adding to it.

The timeline of an entity shows every activity bound to it (``BINDINGS`` filter, so a call bound to
a deal and a contact shows in both), in two parts, like the Bitrix24 web timeline:

- planned: open activities (``COMPLETED = N``), nearest deadline first — loaded whole;
- history: completed activities, newest first — loaded page by page as the user scrolls.

Sources: api-spec.md §4.6 (filter ``BINDINGS``, order, paging), §4.9.1 (``crm.activity.todo.add``).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

from desktop_app.bitrix import Activity, BitrixClient, Page
from desktop_app.bitrix.errors import InvalidParameter

from .todo import TodoDraft


@dataclass(frozen=True)
class EntityRef:
    """A CRM entity: ``owner_type_id`` (1 lead, 2 deal, 3 contact, 4 company) and ``owner_id``."""

    owner_type_id: int
    owner_id: int


class TimelineService:
    """Timeline reads and the todo create, over one :class:`BitrixClient`."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    @staticmethod
    def _bindings(entity: EntityRef) -> dict[str, object]:
        return {"BINDINGS": [{"OWNER_TYPE_ID": entity.owner_type_id, "OWNER_ID": entity.owner_id}]}

    async def planned(self, entity: EntityRef) -> list[Activity]:
        """Every open activity bound to ``entity`` (``crm.activity.list``, all pages)."""
        rows: list[Activity] = []
        async for page in self._client.iter_activity_pages(
            filter={**self._bindings(entity), "COMPLETED": "N"},
            order={"DEADLINE": "ASC", "ID": "ASC"},
        ):
            rows.extend(page.items)
        return rows

    async def history_page(self, entity: EntityRef, start: int = 0) -> Page[Activity]:
        """One page (≤ 50) of completed activities, newest first; pass ``next`` of the previous page."""
        return await self._client.list_activities(
            filter={**self._bindings(entity), "COMPLETED": "Y"},
            order={"START_TIME": "DESC", "ID": "DESC"},
            start=start,
        )

    async def history_pages(self, entity: EntityRef) -> AsyncIterator[Page[Activity]]:
        """All history pages in order (for tests and export)."""
        async for page in self._client.iter_activity_pages(
            filter={**self._bindings(entity), "COMPLETED": "Y"},
            order={"START_TIME": "DESC", "ID": "DESC"},
        ):
            yield page

    async def add_todo(self, draft: TodoDraft, tz) -> Activity:  # noqa: ANN001 - tzinfo
        """Create the todo (``crm.activity.todo.add``) and read it back (``crm.activity.get``) so its
        card shows what the portal stored.

        Raises:
            InvalidParameter: the draft has a problem (see :meth:`TodoDraft.problems`); nothing sent.
            BitrixError subclasses / PortalUnreachable: as :meth:`BitrixClient.add_todo`.
        """
        problems = draft.problems(tz)
        if problems:
            first = problems[0]
            raise InvalidParameter(first.field, first.rule)
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
        return activity
