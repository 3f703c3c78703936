"""The people and companies behind an entity, with their phones and e-mails, for ``COMMUNICATIONS``.

A call needs a phone, an e-mail an address and a meeting a contact (api-spec.md §3.6, §4.3). The
portal keeps them in the ``PHONE`` / ``EMAIL`` multifields of leads, contacts and companies, read with
the legacy list methods (``crm.contact.list``, ``crm.company.list``, ``crm.lead.list`` with the
multifields named in ``select``; Bitrix24 REST docs "Multiple fields"). A deal's contacts and company
come from ``crm.item.list`` (``contactIds``, ``companyId``).

Who is offered, per owner type (``OWNER_TYPE_ID``):

* deal (2) → its contacts (deal order) and its company;
* lead (1) → the lead itself (its own phones/e-mails);
* contact (3) → the contact itself;
* company (4) → the company itself, then its contacts (``COMPANY_ID``).

Every row is checked (:class:`~desktop_app.services.reply_rows.PartyRow`,
:class:`~desktop_app.services.reply_rows.DealLinks`): a reply that is not a list of rows with positive
whole ``ID`` s, text names and ``PHONE`` / ``EMAIL`` lists raises
:class:`~desktop_app.bitrix.errors.BadResponse` naming the method and the field (``result[2].ID``).
Errors are the client's (:mod:`desktop_app.bitrix.errors`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.bitrix.activities import CommunicationInput
from desktop_app.bitrix.models import ActivityType, OwnerType

from . import reply_rows
from .reply_rows import DealLinks, PartyRow, PartyRows

if TYPE_CHECKING:
    from desktop_app.bitrix import BitrixClient

__all__ = ["Channel", "ContactDirectory", "Party", "channel_type_for"]

_PERSON_SELECT = ["ID", "HONORIFIC", "NAME", "SECOND_NAME", "LAST_NAME", "PHONE", "EMAIL"]
_SELECT: dict[int, list[str]] = {
    OwnerType.LEAD: ["ID", "TITLE", *_PERSON_SELECT[1:]],
    OwnerType.CONTACT: _PERSON_SELECT,
    OwnerType.COMPANY: ["ID", "TITLE", "PHONE", "EMAIL"],
}
_CHANNEL_TYPE = {int(ActivityType.CALL): "PHONE", int(ActivityType.EMAIL): "EMAIL", int(ActivityType.MEETING): ""}
_LIST_METHOD = {OwnerType.LEAD: "crm.lead.list", OwnerType.CONTACT: "crm.contact.list",
                OwnerType.COMPANY: "crm.company.list"}


def channel_type_for(type_id: int) -> str | None:
    """The ``COMMUNICATIONS.TYPE`` an activity type needs: ``PHONE`` (call), ``EMAIL`` (e-mail),
    ``""`` (meeting: the contact itself), ``None`` for types ``crm.activity.add`` does not create."""
    return _CHANNEL_TYPE.get(int(type_id))


@dataclass(frozen=True)
class Channel:
    """One phone or e-mail: ``type`` ``PHONE``/``EMAIL``, ``value``, ``value_type`` (``WORK``, ``MOBILE``, …)."""

    type: str
    value: str
    value_type: str = ""


@dataclass(frozen=True)
class Party:
    """A lead, contact or company that can be the counterpart of an activity.

    Attributes:
        entity_type_id: 1 lead, 3 contact, 4 company (``ENTITY_TYPE_ID`` of a communication).
        entity_id: its id (``ENTITY_ID``).
        name: what a person calls it ("Anna Smith", the company's or lead's title).
        channels: its phones and e-mails in the portal's order.
    """

    entity_type_id: int
    entity_id: int
    name: str
    channels: tuple[Channel, ...] = field(default_factory=tuple)

    def communications(self, type_id: int) -> list[CommunicationInput]:
        """Every communication this party offers for an activity of ``type_id``: its phones for a
        call, its e-mails for an e-mail, itself (by name) for a meeting; ``[]`` otherwise."""
        wanted = channel_type_for(type_id)
        if wanted is None:
            return []
        if wanted == "":
            return [CommunicationInput(self.name, self.entity_type_id, self.entity_id, "")]
        return [CommunicationInput(c.value, self.entity_type_id, self.entity_id, c.type)
                for c in self.channels if c.type == wanted and c.value.strip()]


def _party(entity_type_id: int, row: PartyRow) -> Party:
    person = " ".join(p for p in (row.name.strip(), row.last_name.strip()) if p)
    name = person or row.title.strip() or f"#{row.id}"
    channels = [Channel(type_id, item.value, item.value_type)
                for type_id, items in (("PHONE", row.phone), ("EMAIL", row.email))
                for item in items if item.value.strip()]
    return Party(entity_type_id, row.id, name, tuple(channels))


class ContactDirectory:
    """Reads the parties of an owner entity (see the module docstring)."""

    def __init__(self, client: BitrixClient) -> None:
        self._client = client

    async def parties(self, owner_type_id: int, owner_id: int) -> list[Party]:
        """The counterparts an activity of ``(owner_type_id, owner_id)`` can have, in the order
        the form offers them. Owner types other than 1–4 have none (``[]``).

        Raises:
            BadResponse: a reply that does not have the documented shape (``field`` names the value).
            BitrixClientError: as the client's calls.
        """
        if owner_id <= 0:
            return []
        if owner_type_id == OwnerType.DEAL:
            page = await self._client.list_items(OwnerType.DEAL, filter={"id": owner_id},
                                                 select=["id", "companyId", "contactIds"])
            if not page.items:
                return []
            deal = reply_rows.check(self._client.checker, DealLinks, page.items[0].raw, method="crm.item.list",
                                    path="result.items[0]")
            contact_ids = list(dict.fromkeys(deal.contact_ids))
            contacts = await self._list(OwnerType.CONTACT, {"@ID": contact_ids}) if contact_ids else []
            by_id = {p.entity_id: p for p in contacts}
            out = [by_id[i] for i in contact_ids if i in by_id]
            if deal.company_id:
                out.extend(await self._list(OwnerType.COMPANY, {"ID": deal.company_id}))
            return out
        if owner_type_id in (OwnerType.LEAD, OwnerType.CONTACT):
            return await self._list(OwnerType(owner_type_id), {"ID": owner_id})
        if owner_type_id == OwnerType.COMPANY:
            company = await self._list(OwnerType.COMPANY, {"ID": owner_id})
            return company + await self._list(OwnerType.CONTACT, {"COMPANY_ID": owner_id})
        return []

    async def _list(self, entity_type_id: OwnerType, filter_: dict[str, Any]) -> list[Party]:
        """All pages of ``crm.<type>.list`` with ``PHONE``/``EMAIL`` selected."""
        out: list[Party] = []
        start: int | None = 0
        while start is not None:
            method = _LIST_METHOD[entity_type_id]
            reply = await self._client.call(method, {
                "filter": filter_, "select": _SELECT[entity_type_id], "order": {"ID": "ASC"}, "start": start})
            rows = reply_rows.check(self._client.checker, PartyRows, reply.result, method=method, status=reply.status)
            out.extend(_party(int(entity_type_id), r) for r in rows)
            start = reply.next if reply.next is not None and reply.next > start else None
        return out
