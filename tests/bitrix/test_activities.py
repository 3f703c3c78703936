"""``client.activities`` (legacy add/update/delete/fields) against the sandbox portal."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from desktop_app.bitrix import BitrixClient, InvalidArgument, InvalidParameter, NotFound
from desktop_app.bitrix.activities import CommunicationInput, SystemActivityFields
from desktop_app.bitrix.models import ActivityType, Direction

TZ = timezone(timedelta(hours=3))


def _call(**kw) -> SystemActivityFields:  # noqa: ANN003
    base = dict(type_id=ActivityType.CALL, subject="Discuss the renewal", owner_type_id=2, owner_id=1,
                communications=[CommunicationInput("+1 555 123 4567", 3, 1, "PHONE")],
                start_time=datetime(2026, 12, 4, 11, 0, tzinfo=TZ), end_time=datetime(2026, 12, 4, 11, 30, tzinfo=TZ),
                direction=Direction.OUTGOING, origin_id="desk-42", originator_id="activity-desk")
    base.update(kw)
    return SystemActivityFields(**base)


async def test_add_a_call_and_read_it_back(client: BitrixClient) -> None:
    new_id = await client.activities.add(_call())
    activity = await client.get_activity(new_id)
    assert activity.kind == ActivityType.CALL
    assert activity.subject == "Discuss the renewal"
    assert activity.deadline == datetime(2026, 12, 4, 11, 0, tzinfo=TZ)  # calls: DEADLINE = START_TIME
    assert activity.direction == Direction.OUTGOING and not activity.completed
    assert activity.origin_id == "desk-42" and activity.originator_id == "activity-desk"
    page = await client.list_activities(filter={"ORIGIN_ID": "desk-42", "ORIGINATOR_ID": "activity-desk"})
    assert [a.id for a in page.items] == [new_id]


async def test_local_checks_follow_the_portal_rules(client: BitrixClient) -> None:
    with pytest.raises(InvalidParameter) as info:
        await client.activities.add(_call(subject="  "))
    assert (info.value.field, info.value.code) == ("SUBJECT", "required")
    with pytest.raises(InvalidParameter) as info:
        await client.activities.add(_call(type_id=ActivityType.TASK))
    assert (info.value.field, info.value.code) == ("TYPE_ID", "type")
    two = [CommunicationInput("+1 555 000 0001", 3, 1, "PHONE"), CommunicationInput("+1 555 000 0002", 3, 2, "PHONE")]
    with pytest.raises(InvalidParameter) as info:
        await client.activities.add(_call(communications=two))
    assert (info.value.field, info.value.code) == ("COMMUNICATIONS", "only_one")
    with pytest.raises(InvalidParameter) as info:
        await client.activities.add(_call(communications=[CommunicationInput("ann@example.com", 3, 1, "EMAIL")]))
    assert (info.value.field, info.value.code) == ("COMMUNICATIONS", "required")


async def test_portal_still_has_the_last_word(client: BitrixClient) -> None:
    with pytest.raises(NotFound) as info:
        await client.activities.add(_call(owner_id=999999))
    assert info.value.code == "" and info.value.description == "Could not find 'DEAL' with ID: 999999"
    with pytest.raises(InvalidArgument) as info:
        await client.call("crm.activity.add", {"fields": {"TYPE_ID": 2, "OWNER_TYPE_ID": 2, "OWNER_ID": 1}})
    assert info.value.description == "The field SUBJECT is not defined or empty."


async def test_complete_reopen_update_and_delete(client: BitrixClient) -> None:
    new_id = await client.activities.add(_call())
    await client.activities.set_completed(new_id, True)
    assert (await client.get_activity(new_id)).completed
    await client.activities.set_completed(new_id, False)
    assert not (await client.get_activity(new_id)).completed
    await client.activities.update(new_id, {"DESCRIPTION": "Agreed on 12 months", "START_TIME": datetime(2026, 12, 5, 9, 0, tzinfo=TZ)})
    updated = await client.get_activity(new_id)
    assert updated.description == "Agreed on 12 months" and updated.subject == "Discuss the renewal"
    assert updated.deadline == datetime(2026, 12, 5, 9, 0, tzinfo=TZ)
    await client.activities.delete(new_id)
    with pytest.raises(NotFound):
        await client.get_activity(new_id)
    with pytest.raises(NotFound):
        await client.activities.delete(new_id)


async def test_field_descriptions_drive_forms(client: BitrixClient) -> None:
    fields = await client.activities.fields()
    assert fields["SUBJECT"].is_required and fields["SUBJECT"].title == "Subject"
    assert fields["ID"].is_read_only and fields["TYPE_ID"].is_immutable
    assert fields["COMMUNICATIONS"].is_multiple and fields["WEBDAV_ELEMENTS"].is_deprecated
    comm = await client.activities.communication_fields()
    assert set(comm) == {"ID", "ACTIVITY_ID", "ENTITY_ID", "ENTITY_TYPE_ID", "TYPE", "VALUE"}
