"""PortalCatalog (crm.activity.fields, crm.enum.*) and ContactDirectory (crm.contact/company/lead.list)
against the sandbox portal."""

from __future__ import annotations

import asyncio

import pytest

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.errors import MethodNotFound
from desktop_app.bitrix.models import ActivityType
from desktop_app.services.catalog import PortalCatalog
from desktop_app.services.contacts import ContactDirectory


async def test_fields_describe_labels_and_required_marks(client: BitrixClient) -> None:
    catalog = PortalCatalog(client)
    fields = await catalog.activity_fields()
    assert fields["SUBJECT"].title == "Subject" and fields["SUBJECT"].is_required
    assert fields["COMMUNICATIONS"].is_required and fields["COMMUNICATIONS"].is_multiple
    assert fields["TYPE_ID"].is_immutable and fields["ID"].is_read_only
    assert not fields["LOCATION"].is_required
    comm = await catalog.communication_fields()
    assert comm["VALUE"].title == "Value" and comm["ID"].is_read_only


async def test_enums_for_the_form(client: BitrixClient) -> None:
    catalog = PortalCatalog(client)
    types = {e.id: e.name for e in await catalog.activity_types()}
    assert types[ActivityType.CALL] == "Call" and types[ActivityType.EMAIL] == "E-mail"
    assert [e.name for e in await catalog.directions()] == ["", "Incoming", "Outgoing"]
    assert [e.id for e in await catalog.priorities()] == [0, 1, 2, 3]
    assert [e.name for e in await catalog.content_types()][1:] == ["Plain text", "bbCode", "HTML"]
    owners = await catalog.owner_types()
    assert (owners[1].id, owners[1].symbol_code) == (2, "DEAL")


async def test_one_request_per_session_shared_by_concurrent_callers(client: BitrixClient, portal) -> None:
    catalog = PortalCatalog(client)
    results = await asyncio.gather(*(catalog.activity_fields() for _ in range(5)), catalog.activity_types(),
                                   catalog.activity_types())
    assert all(r is results[0] for r in results[:5])
    await catalog.activity_fields()
    assert catalog.calls == 2
    catalog.invalidate()
    again = await catalog.activity_fields()
    assert again == results[0] and again is not results[0] and catalog.calls == 3


async def test_a_failed_call_is_not_cached(client: BitrixClient) -> None:
    catalog = PortalCatalog(client)
    for _ in range(2):  # the second call asks the portal again instead of replaying a cached failure
        with pytest.raises(MethodNotFound):
            await catalog.enum("crm.enum.nosuchthing")
    assert catalog.calls == 2


def stored(portal, entity_type_id: int, entity_id: int) -> list[str]:
    return [r["value"] for r in portal.db.query(
        "SELECT value FROM crm_multifield WHERE entity_type_id = ? AND entity_id = ? ORDER BY id",
        (entity_type_id, entity_id))]


async def test_a_deals_parties_are_its_contacts_then_its_company(client: BitrixClient, portal) -> None:
    contact_ids = [r["contact_id"] for r in portal.db.query(
        "SELECT contact_id FROM deal_contact WHERE deal_id = 1 ORDER BY sort")]
    company_id = portal.db.item(2, 1)["company_id"]
    parties = await ContactDirectory(client).parties(2, 1)
    assert [(p.entity_type_id, p.entity_id) for p in parties] == [(3, i) for i in contact_ids] + [(4, company_id)]
    first = parties[0]
    assert [c.value for c in first.channels] == stored(portal, 3, contact_ids[0])
    contact = portal.db.item(3, contact_ids[0])
    assert first.name == f"{contact['name']} {contact['last_name']}"
    call_comms = first.communications(ActivityType.CALL)
    assert len(call_comms) == 1 and call_comms[0].type == "PHONE" and call_comms[0].entity_id == contact_ids[0]
    assert first.communications(ActivityType.EMAIL)[0].value.endswith(".example")
    assert first.communications(ActivityType.MEETING)[0].value == first.name
    assert first.communications(ActivityType.TASK) == []


async def test_lead_contact_and_company_parties(client: BitrixClient, portal) -> None:
    directory = ContactDirectory(client)
    lead = await directory.parties(1, 3)
    assert [(p.entity_type_id, p.entity_id) for p in lead] == [(1, 3)]
    assert [c.value for c in lead[0].channels] == stored(portal, 1, 3)
    assert [(p.entity_type_id, p.entity_id) for p in await directory.parties(3, 5)] == [(3, 5)]
    company = await directory.parties(4, 1)
    staff = sorted(r["id"] for r in portal.db.query("SELECT id FROM crm_item WHERE entity_type_id = 3 AND company_id = 1"))
    assert [(p.entity_type_id, p.entity_id) for p in company] == [(4, 1)] + [(3, i) for i in staff]
    assert await directory.parties(2, 999) == []
