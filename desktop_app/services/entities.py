"""The entity browser's data: leads, deals, contacts and companies, searchable, page by page.

Source: ``crm.item.list`` (filters with Bitrix prefixes; ``%`` = substring, case-insensitive on the
portal's collation). Items are typed by the client and checked here for a positive ``id`` and
offset-aware times (:func:`~desktop_app.services.reply_rows.check_items`): a lying reply is a
:class:`~desktop_app.bitrix.errors.BadResponse` naming the item and field.
"""

from __future__ import annotations

from typing import Any

from desktop_app.bitrix import BitrixClient, CrmItem, OwnerType, Page

from .reply_rows import check_items

#: Entity types the browser offers, in its order.
BROWSER_TYPES: tuple[OwnerType, ...] = (OwnerType.LEAD, OwnerType.DEAL, OwnerType.CONTACT, OwnerType.COMPANY)


def search_filter(entity_type_id: int, text: str) -> dict[str, Any] | None:
    """The ``crm.item.list`` filter for a search box text: title for leads, deals and companies
    (and the person's name for leads), first or last name for contacts. ``None`` for no text."""
    needle = text.strip()
    if not needle:
        return None
    if entity_type_id == OwnerType.CONTACT:
        return {"0": {"logic": "OR", "%name": needle, "%lastName": needle}}
    if entity_type_id == OwnerType.LEAD:
        return {"0": {"logic": "OR", "%title": needle, "%name": needle, "%lastName": needle}}
    return {"%title": needle}


class EntityService:
    """Pages of CRM items for the browser."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    async def page(self, entity_type_id: int, search: str = "", start: int = 0) -> Page[CrmItem]:
        """One page (≤ 50) of items of ``entity_type_id``, the most recently updated first (what a
        manager worked on last), ties by id."""
        page = await self._client.list_items(
            entity_type_id, filter=search_filter(entity_type_id, search),
            order={"updatedTime": "DESC", "id": "DESC"}, start=start,
        )
        check_items(self._client.checker, page.items)
        return page
