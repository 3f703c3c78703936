"""The entity browser's data: leads, deals, contacts and companies, searchable, page by page.

Source: ``crm.item.list`` (filters with Bitrix prefixes; ``%`` = substring, case-insensitive on the
portal's collation). Items are typed by the client and checked here for a positive ``id`` and
offset-aware times (:func:`~desktop_app.services.reply_rows.check_items`): a lying reply is a
:class:`~desktop_app.bitrix.errors.BadResponse` naming the item and field.

With an :class:`~desktop_app.store.entity_cache.EntityListCache` the unfiltered pages the portal
returned are saved per entity type; :meth:`EntityService.saved` gives them back when the portal
cannot be reached, searched locally with the same fields and the portal's rule (case-insensitive
substring in every script: ``str.casefold``).
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from desktop_app.bitrix import BitrixClient, CrmItem, OwnerType, Page
from desktop_app.store.entity_cache import EntityListCache

from .reply_rows import check_items

log = logging.getLogger(__name__)

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


def search_fields(entity_type_id: int) -> tuple[str, ...]:
    """The item fields :func:`search_filter` searches (``CrmItem`` attribute names)."""
    if entity_type_id == OwnerType.CONTACT:
        return ("name", "last_name")
    if entity_type_id == OwnerType.LEAD:
        return ("title", "name", "last_name")
    return ("title",)


def matches(item: CrmItem, text: str) -> bool:
    """True when ``text`` (stripped) is empty or a case-insensitive substring (``str.casefold``, any
    script) of one of the fields the portal search looks at — the portal's ``%`` filter, locally."""
    needle = text.strip().casefold()
    if not needle:
        return True
    return any(needle in (getattr(item, name) or "").casefold() for name in search_fields(item.entity_type_id))


@dataclass(frozen=True)
class SavedPage:
    """The saved list of one entity type, filtered: ``items``, ``seen_at`` (aware UTC, when its first
    page arrived from the portal) and ``total_saved`` (rows saved before filtering)."""

    items: list[CrmItem]
    seen_at: datetime
    total_saved: int


class EntityService:
    """Pages of CRM items for the browser; with ``cache``, the unfiltered pages are saved for
    offline use."""

    def __init__(self, client: BitrixClient, cache: EntityListCache | None = None) -> None:
        self._client = client
        self._cache = cache

    @property
    def has_cache(self) -> bool:
        return self._cache is not None

    def saved(self, entity_type_id: int, search: str = "") -> SavedPage | None:
        """The saved list of ``entity_type_id`` filtered by ``search`` (:func:`matches`), or ``None``
        when nothing was saved (or the cache cannot be read). Rows that no longer validate are left out."""
        if self._cache is None:
            return None
        try:
            saved = self._cache.load(entity_type_id)
        except sqlite3.Error as exc:
            log.warning("saved entity list unreadable: %s", exc)
            return None
        if saved is None:
            return None
        items: list[CrmItem] = []
        for row in saved.rows:
            try:
                items.append(CrmItem.from_api(entity_type_id, row))
            except ValidationError:
                continue
        return SavedPage([i for i in items if matches(i, search)], saved.seen_at, len(items))

    async def page(self, entity_type_id: int, search: str = "", start: int = 0) -> Page[CrmItem]:
        """One page (≤ 50) of items of ``entity_type_id``, the most recently updated first (what a
        manager worked on last), ties by id."""
        page = await self._client.list_items(
            entity_type_id, filter=search_filter(entity_type_id, search),
            order={"updatedTime": "DESC", "id": "DESC"}, start=start,
        )
        check_items(self._client.checker, page.items)
        if self._cache is not None and not search.strip():
            try:
                self._cache.save_page(entity_type_id, start, [i.raw for i in page.items], page.total)
            except sqlite3.Error as exc:  # a full disk or locked file never breaks the list
                log.warning("entity list not saved: %s", exc)
        return page
