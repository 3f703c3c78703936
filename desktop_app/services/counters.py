"""Activity counters on CRM items (no Qt): red = open overdue activities, green = open incoming ones.

The web UI shows these on leads, deals, contacts and companies (anchors.md §6, helpdesk 18438954:
"green = incoming, red = planned and overdue, both when mixed"; ``DIRECTION = 1`` drives the incoming
counter). For one page of items the app sends ONE :meth:`BitrixClient.batch` call with two counted
``crm.activity.list`` commands per item (``select: ["ID"]``, ``start: 0``), and reads each command's
``total`` (api-spec.md §2.4; server-behaviour.md §2.4). The batch client chunks the commands by 50.

Filters (``BINDINGS`` also matches secondary bindings, api-spec.md §4.6):

* overdue: ``{"BINDINGS": [{OWNER_TYPE_ID, OWNER_ID}], "COMPLETED": "N", "<DEADLINE": now}`` — the
  portal's "no deadline" max date (9999) is never before now;
* incoming: ``{"BINDINGS": [...], "COMPLETED": "N", "DIRECTION": 1, ">=DEADLINE": now}`` — waiting
  incoming calls and e-mails that are not already overdue (overdue wins, as in My activities).

Each answered command must be a list of rows with a ``total`` count (checked by the batch client) or,
without ``total``, a list of rows to count; anything else is a
:class:`~desktop_app.bitrix.errors.BadResponse` naming the command (``result.result.o12``) — a wrong
badge is worse than none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.batch import CommandResult
from desktop_app.bitrix.models import format_datetime
from desktop_app.bitrix.prepared import PreparedCall

from . import reply_rows
from .reply_rows import IdRows

__all__ = ["CountersService", "EntityCounters"]


@dataclass(frozen=True)
class EntityCounters:
    """Open activity counts of one CRM item: ``overdue`` (red badge) and ``incoming`` (green badge)."""

    overdue: int = 0
    incoming: int = 0


class CountersService:
    """Counts overdue / incoming open activities for pages of CRM items.

    Args:
        client: the REST client (must provide ``batch``).
        clock: ``() -> aware datetime``; ``None`` = the real clock.
    """

    def __init__(self, client: BitrixClient, clock: Any = None) -> None:
        self.client = client
        self._clock = clock

    def _now(self) -> datetime:
        return self._clock() if self._clock is not None else datetime.now(UTC)

    @staticmethod
    def commands(entity_type_id: int, ids: Iterable[int], now: datetime) -> dict[str, PreparedCall]:
        """The batch commands for ``ids`` of ``entity_type_id``: ``o<id>`` (overdue), ``i<id>`` (incoming)."""
        stamp = format_datetime(now)
        commands: dict[str, PreparedCall] = {}
        for item_id in dict.fromkeys(int(i) for i in ids if int(i) > 0):
            binding = [{"OWNER_TYPE_ID": int(entity_type_id), "OWNER_ID": item_id}]
            commands[f"o{item_id}"] = PreparedCall("crm.activity.list", {
                "filter": {"BINDINGS": binding, "COMPLETED": "N", "<DEADLINE": stamp},
                "select": ["ID"], "start": 0})
            commands[f"i{item_id}"] = PreparedCall("crm.activity.list", {
                "filter": {"BINDINGS": binding, "COMPLETED": "N", "DIRECTION": 1, ">=DEADLINE": stamp},
                "select": ["ID"], "start": 0})
        return commands

    async def counters(self, entity_type_id: int, ids: Iterable[int]) -> dict[int, EntityCounters]:
        """Counters of the items ``ids`` (ownerTypeId ``entity_type_id``), one ``batch`` call.

        Returns:
            item id → :class:`EntityCounters`; an item one of whose two commands failed is absent.

        Raises:
            BadResponse: a command's answer is not a list of rows (``field`` ``result.result.<name>``).
            BitrixClientError: the batch request itself failed (no counters at all).
        """
        commands = self.commands(entity_type_id, ids, self._now())
        if not commands:
            return {}
        reply = await self.client.batch(commands)
        found: dict[int, EntityCounters] = {}
        for name in commands:
            if not name.startswith("o"):
                continue
            item_id = int(name[1:])
            overdue, incoming = reply.results.get(name), reply.results.get(f"i{item_id}")
            if overdue is None or incoming is None or not overdue.ok or not incoming.ok:
                continue
            found[item_id] = EntityCounters(self._total(overdue), self._total(incoming))
        return found

    def _total(self, result: CommandResult) -> int:
        """A counted command's ``total`` (without one, the number of rows it returned); its rows
        must be ``{ID}`` rows either way."""
        rows = reply_rows.check(self.client.checker, IdRows, result.result, method="batch",
                                path=f"result.result.{result.name}")
        return int(result.total) if result.total is not None else len(rows)
