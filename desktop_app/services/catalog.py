"""What the portal says about activities, read once per session: field descriptions and enums.

:class:`PortalCatalog` wraps the describing methods (api-spec.md §4.1, §4.2, §4.15) so that forms
take their labels, required marks and read-only flags from the portal instead of hard-coding them.
Each method makes at most one REST call per session: concurrent callers share one in-flight request,
a result is kept until :meth:`PortalCatalog.invalidate`, and a failed call is not cached (the next
caller tries again). Errors are the client's (:mod:`desktop_app.bitrix.errors`), raised to every
caller that was waiting.

Replies are checked: an enumeration must be a list of ``{ID: whole ≥ 0, NAME: text, SYMBOL_CODE: text |
null}`` rows (:class:`~desktop_app.services.reply_rows.EnumRow`), field descriptions as the client
checks them. A reply that is not is a :class:`~desktop_app.bitrix.errors.BadResponse` naming the method
and the field (``result[2].ID``) — not a shorter list: a form built on a silently shortened enum would
offer the user too few choices, and a failed call is not cached, so the next caller asks again.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop_app.bitrix.activities import FieldInfo

from . import reply_rows
from .reply_rows import EnumRows

if TYPE_CHECKING:
    from desktop_app.bitrix import BitrixClient

__all__ = ["EnumEntry", "FieldInfo", "PortalCatalog"]


@dataclass(frozen=True)
class EnumEntry:
    """One row of a ``crm.enum.*`` reply: ``{ID, NAME, SYMBOL_CODE, SYMBOL_CODE_SHORT}`` (api-spec.md §4.15).

    ``id`` is the numeric value (``TYPE_ID``, ``DIRECTION`` …); ``name`` the portal's (localised) name,
    ``""`` for the "undefined" row 0 of the deprecated activity enums; ``symbol_code`` ``None`` there.
    """

    id: int
    name: str
    symbol_code: str | None = None


class PortalCatalog:
    """Session cache of the portal's activity field descriptions and enumerations.

    Args:
        client: the session's :class:`~desktop_app.bitrix.BitrixClient`.
    """

    def __init__(self, client: BitrixClient) -> None:
        self._client = client
        self._cache: dict[str, asyncio.Future[Any]] = {}
        #: REST calls made so far (one per cached key unless a call failed or :meth:`invalidate` ran).
        self.calls = 0

    # -- field descriptions ----------------------------------------------------------------

    async def activity_fields(self) -> dict[str, FieldInfo]:
        """``crm.activity.fields`` (api-spec.md §4.1, server-behaviour.md §1.1): field name →
        :class:`FieldInfo` (``title`` — localised on real portals —, ``type``, ``is_required``,
        ``is_read_only``, ``is_immutable``, ``is_multiple``)."""
        return await self._once("crm.activity.fields", self._client.activities.fields)

    async def communication_fields(self) -> dict[str, FieldInfo]:
        """``crm.activity.communication.fields`` (api-spec.md §4.2): ``ID``, ``ACTIVITY_ID``,
        ``ENTITY_ID``, ``ENTITY_TYPE_ID``, ``TYPE``, ``VALUE``."""
        return await self._once("crm.activity.communication.fields", self._client.activities.communication_fields)

    # -- enumerations ----------------------------------------------------------------------

    async def activity_types(self) -> list[EnumEntry]:
        """``crm.enum.activitytype`` (api-spec.md §3.3, §4.15): ``TYPE_ID`` 0 undefined, 1 meeting,
        2 call, 3 task, 4 e-mail, 5 action, 6 provider ("User Action")."""
        return await self.enum("crm.enum.activitytype")

    async def owner_types(self) -> list[EnumEntry]:
        """``crm.enum.ownertype`` (api-spec.md §3.2, §4.15): 1 lead, 2 deal, 3 contact, 4 company, …
        with ``symbol_code`` ``LEAD``/``DEAL``/…"""
        return await self.enum("crm.enum.ownertype")

    async def directions(self) -> list[EnumEntry]:
        """``crm.enum.activitydirection`` (api-spec.md §3.3): 0 undefined, 1 incoming, 2 outgoing."""
        return await self.enum("crm.enum.activitydirection")

    async def priorities(self) -> list[EnumEntry]:
        """``crm.enum.activitypriority`` (api-spec.md §3.3): 0 not set, 1 low, 2 medium, 3 high."""
        return await self.enum("crm.enum.activitypriority")

    async def content_types(self) -> list[EnumEntry]:
        """``crm.enum.contenttype`` (api-spec.md §3.3): ``DESCRIPTION_TYPE`` 1 plain text, 2 BB code, 3 HTML."""
        return await self.enum("crm.enum.contenttype")

    async def enum(self, method: str) -> list[EnumEntry]:
        """Any parameterless ``crm.enum.*`` method, cached like the others.

        Raises:
            BadResponse: the reply is not a list of enum rows (``field`` names the value).
        """

        async def load() -> list[EnumEntry]:
            reply = await self._client.call(method)
            rows = reply_rows.check(self._client.checker, EnumRows, reply.result, method=method, status=reply.status)
            return [EnumEntry(row.id, row.name, row.symbol_code or None) for row in rows]

        return await self._once(method, load)

    # -- cache -------------------------------------------------------------------------------

    def invalidate(self) -> None:
        """Forget everything read so far (e.g. after switching portals); in-flight calls still
        finish for their callers but are not kept."""
        self._cache.clear()

    async def _once(self, key: str, load: Callable[[], Awaitable[Any]]) -> Any:
        future = self._cache.get(key)
        if future is None:
            self.calls += 1
            future = asyncio.ensure_future(load())
            self._cache[key] = future

            def forget_failure(done: asyncio.Future[Any], key: str = key) -> None:
                failed = done.cancelled() or done.exception() is not None
                if failed and self._cache.get(key) is done:
                    del self._cache[key]

            future.add_done_callback(forget_failure)
        # shield: one caller giving up must not cancel the request the others wait for.
        return await asyncio.shield(future)
