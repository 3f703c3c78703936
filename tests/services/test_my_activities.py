"""My activities (service side): the six groups at their edges (today 23:59, Sunday/Monday with either
week start, another viewer zone, a DST change, no deadline, incoming), a load over the sandbox
portal that agrees with the activities themselves, owner names in one batch, and the red/green
entity counters."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from desktop_app.bitrix import BitrixClient, BitrixClientError
from desktop_app.bitrix.models import Activity, Direction, OwnerType
from desktop_app.sandbox.faults import FaultKind
from desktop_app.services.counters import CountersService, EntityCounters
from desktop_app.services.my_activities import Group, GroupBounds, MyActivitiesService, parse_rows

MSK = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=MSK)  # Monday 10:00, the sandbox fixtures' FIXED_NOW


def at(day: int, hour: int = 12, minute: int = 0, month: int = 11, tz=MSK) -> float:  # noqa: ANN001
    return datetime(2026, month, day, hour, minute, tzinfo=tz).timestamp()


@pytest.mark.parametrize(("deadline", "incoming", "group"), [
    (at(23, 9, 59), False, Group.OVERDUE),          # a minute before now
    (at(23, 10, 0), False, Group.TODAY),            # exactly now is not overdue yet
    (at(23, 23, 59), False, Group.TODAY),           # today 23:59
    (at(24, 0, 0), False, Group.TOMORROW),          # tomorrow 00:00
    (at(24, 23, 59), False, Group.TOMORROW),        # tomorrow 23:59
    (at(25, 0, 0), False, Group.THIS_WEEK),         # the day after tomorrow
    (at(29, 23, 59), False, Group.THIS_WEEK),       # Sunday 23:59 ends a Monday week
    (at(30, 0, 0), False, Group.NEXT_WEEK),         # next Monday 00:00
    (at(6, 23, 59, month=12), False, Group.NEXT_WEEK),
    (at(7, 0, 0, month=12), False, Group.LATER),
    (math.inf, False, Group.NO_DEADLINE),           # the 9999 max date
    (math.inf, True, Group.TODAY),                  # incoming always lands in Today
    (at(2, month=12), True, Group.TODAY),
    (at(20), True, Group.OVERDUE),                  # overdue wins over everything
])
def test_groups_at_their_edges_with_a_monday_week(deadline: float, incoming: bool, group: Group) -> None:
    assert GroupBounds.at(NOW, MSK, week_start=1).classify(deadline, incoming) is group


def test_a_sunday_week_start_moves_sunday_into_next_week() -> None:
    bounds = GroupBounds.at(NOW, MSK, week_start=7)
    assert bounds.classify(at(28, 23, 59), False) is Group.THIS_WEEK   # Saturday
    assert bounds.classify(at(29, 0, 0), False) is Group.NEXT_WEEK     # Sunday starts the next week
    assert bounds.classify(at(5, 23, 59, month=12), False) is Group.NEXT_WEEK
    assert bounds.classify(at(6, 0, 0, month=12), False) is Group.LATER


def test_on_the_last_day_of_the_week_tomorrow_is_next_week() -> None:
    sunday = datetime(2026, 11, 29, 18, 0, tzinfo=MSK)
    bounds = GroupBounds.at(sunday, MSK, week_start=1)
    assert bounds.classify(at(29, 23, 59), False) is Group.TODAY
    assert bounds.classify(at(30, 9, 0), False) is Group.TOMORROW      # tomorrow wins over next week
    assert bounds.classify(at(1, 9, 0, month=12), False) is Group.NEXT_WEEK


def test_today_is_the_viewers_day_not_the_portals() -> None:
    viewer = timezone(timedelta(hours=-5))  # Mon 02:00 at the portal is still Sunday 18:00 here
    now = datetime(2026, 11, 23, 2, 0, tzinfo=MSK)
    bounds = GroupBounds.at(now, viewer, week_start=1)
    assert bounds.classify(at(23, 3, 0), False) is Group.TODAY        # Sunday 19:00 for the viewer
    assert bounds.classify(at(23, 17, 0), False) is Group.TOMORROW    # Monday 09:00 for the viewer
    assert bounds.classify(at(24, 17, 0), False) is Group.NEXT_WEEK   # Tuesday 09:00 for the viewer


def test_week_end_is_a_local_midnight_across_a_dst_change() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # clocks go back on Sunday, October 25, 2026
    bounds = GroupBounds.at(datetime(2026, 10, 23, 12, 0, tzinfo=berlin), berlin, week_start=1)
    assert bounds.classify(at(25, 23, 30, month=10, tz=berlin), False) is Group.THIS_WEEK
    assert bounds.classify(at(26, 0, 30, month=10, tz=berlin), False) is Group.NEXT_WEEK


def test_bad_bounds_arguments_are_refused() -> None:
    with pytest.raises(ValueError):
        GroupBounds.at(datetime(2026, 11, 23, 10, 0), MSK)
    with pytest.raises(ValueError):
        GroupBounds.at(NOW, MSK, week_start=0)


def test_parse_rows_reads_the_portals_strings() -> None:
    batch = parse_rows([
        {"ID": "7", "OWNER_TYPE_ID": "2", "OWNER_ID": "3", "TYPE_ID": "2", "SUBJECT": "Call back",
         "DEADLINE": "9999-12-31T00:00:00+03:00", "DIRECTION": "1", "IS_INCOMING_CHANNEL": "N"},
        {"ID": "8", "OWNER_TYPE_ID": "1", "OWNER_ID": "4", "TYPE_ID": "6", "PROVIDER_ID": "CRM_TODO",
         "DEADLINE": "2026-11-23T23:59:00+03:00", "DIRECTION": "0", "IS_INCOMING_CHANNEL": "Y",
         "START_TIME": "2026-11-23T23:59:00+03:00", "LAST_UPDATED": ""},
        {"ID": "", "SUBJECT": "no id"},
    ])
    assert batch.id == [7, 8]
    assert batch.deadline[0] == math.inf and batch.deadline[1] == at(23, 23, 59)
    assert batch.incoming == [True, True]
    assert batch.start[1] == at(23, 23, 59) and math.isnan(batch.start[0]) and math.isnan(batch.updated[1])


def _expected_group(activity: Activity, now: datetime) -> Group:
    """The web UI's rule, written out on full activities (not the code under test)."""
    deadline = activity.deadline
    incoming = activity.is_incoming_channel or activity.direction == Direction.INCOMING
    local = now.astimezone(MSK)
    if deadline is not None and deadline < now:
        return Group.OVERDUE
    if incoming or (deadline is not None and deadline.astimezone(MSK).date() == local.date()):
        return Group.TODAY
    if deadline is None:
        return Group.NO_DEADLINE
    days = (deadline.astimezone(MSK).date() - local.date()).days
    if days == 1:
        return Group.TOMORROW
    until_sunday = 7 - local.isoweekday()
    if days <= until_sunday:
        return Group.THIS_WEEK
    return Group.NEXT_WEEK if days <= until_sunday + 7 else Group.LATER


async def test_load_over_the_sandbox_groups_every_open_activity_of_the_user(client: BitrixClient) -> None:
    for deadline in (datetime(2026, 11, 23, 23, 59, tzinfo=MSK), datetime(2026, 11, 29, 23, 59, tzinfo=MSK),
                     datetime(2026, 11, 30, 0, 0, tzinfo=MSK)):
        await client.add_todo(OwnerType.DEAL, 2, deadline, title=f"Edge {deadline:%a %H:%M}", responsible_id=1)
    await client.add_todo(OwnerType.DEAL, 2, NOW + timedelta(days=1), title="Colleague's", responsible_id=2)
    service = MyActivitiesService(client, me_id=1, tz=MSK, clock=lambda: NOW)
    bounds = service.bounds(week_start=1)
    got: dict[int, Group] = {}
    subjects: dict[int, str] = {}
    async for page in service.pages(1):
        batch = parse_rows(page.rows)
        for i, activity_id in enumerate(batch.id):
            got[activity_id] = bounds.classify(batch.deadline[i], batch.incoming[i])
            subjects[activity_id] = batch.subject[i]

    expected: dict[int, Group] = {}
    start: int | None = 0
    while start is not None:
        page = await client.list_activities(filter={"RESPONSIBLE_ID": 1, "COMPLETED": "N"}, start=start)
        expected.update({a.id: _expected_group(a, NOW) for a in page.items})
        start = page.next
    assert got == expected
    assert {Group.OVERDUE, Group.TODAY, Group.THIS_WEEK, Group.NEXT_WEEK, Group.LATER} <= set(got.values())
    by_subject = {subjects[i]: g for i, g in got.items()}
    assert by_subject["Edge Mon 23:59"] is Group.TODAY
    assert by_subject["Edge Sun 23:59"] is Group.THIS_WEEK
    assert by_subject["Edge Mon 00:00"] is Group.NEXT_WEEK
    assert "Colleague's" not in by_subject


async def test_owner_names_come_in_one_batch_request(client: BitrixClient) -> None:
    service = MyActivitiesService(client, me_id=1, tz=MSK, clock=lambda: NOW)
    deals = (await client.list_items(OwnerType.DEAL)).items[:3]
    contacts = (await client.list_items(OwnerType.CONTACT)).items[:2]
    before = client.stats.requests
    names = await service.entity_names([(OwnerType.DEAL, d.id) for d in deals]
                                       + [(OwnerType.CONTACT, c.id) for c in contacts] + [(OwnerType.DEAL, 999999)])
    assert client.stats.requests - before == 1
    assert names == {**{(OwnerType.DEAL, d.id): d.display_name for d in deals},
                     **{(OwnerType.CONTACT, c.id): c.display_name for c in contacts}}


async def _bound_open(client: BitrixClient, deal_id: int) -> list[Activity]:
    rows, start = [], 0
    while start is not None:
        page = await client.list_activities(filter={"BINDINGS": [{"OWNER_TYPE_ID": 2, "OWNER_ID": deal_id}],
                                                    "COMPLETED": "N"}, start=start)
        rows.extend(page.items)
        start = page.next
    return rows


async def test_counters_of_a_page_of_deals_match_their_activities(client: BitrixClient) -> None:
    deals = (await client.list_items(OwnerType.DEAL)).items
    service = CountersService(client, clock=lambda: NOW)
    before = client.stats.requests
    counters = await service.counters(OwnerType.DEAL, [d.id for d in deals])
    assert client.stats.requests - before <= math.ceil(2 * len(deals) / 50)  # one batch call, chunks of 50
    assert set(counters) == {d.id for d in deals}
    for deal in deals[:12]:
        activities = await _bound_open(client, deal.id)
        overdue = sum(1 for a in activities if a.deadline is not None and a.deadline < NOW)
        incoming = sum(1 for a in activities if a.direction == Direction.INCOMING
                       and (a.deadline is None or a.deadline >= NOW))
        assert counters[deal.id] == EntityCounters(overdue, incoming), deal.id
    assert counters[1].overdue > 0 and counters[1].incoming > 0  # deal 1: red and green


async def test_counters_fail_as_a_whole_when_the_batch_request_fails(client: BitrixClient, portal) -> None:  # noqa: ANN001
    portal.faults.force_next(FaultKind.EXPIRED_TOKEN, method="batch", count=5)
    with pytest.raises(BitrixClientError):
        await CountersService(client, clock=lambda: NOW).counters(OwnerType.DEAL, [1, 2])
