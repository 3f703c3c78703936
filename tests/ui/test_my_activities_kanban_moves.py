"""Where a kanban drop moves a deadline (services/kanban_moves.py: the web kanban's rule, helpdesk
17263652 — now rounded up to a full hour, plus 0/1/2/7/14 days) and the drops it refuses."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.services.kanban_moves import DropRefused, drop_deadline, move_problem
from desktop_app.services.my_activities import Group, GroupBounds

MSK = timezone(timedelta(hours=3))
MONDAY = datetime(2026, 11, 23, 15, 44, tzinfo=MSK)


@pytest.mark.parametrize(("group", "expected"), [
    (Group.TODAY, datetime(2026, 11, 23, 16, 0, tzinfo=MSK)),      # 3:44 pm → 4:00 pm
    (Group.TOMORROW, datetime(2026, 11, 24, 16, 0, tzinfo=MSK)),
    (Group.THIS_WEEK, datetime(2026, 11, 25, 16, 0, tzinfo=MSK)),  # the day after tomorrow
    (Group.NEXT_WEEK, datetime(2026, 11, 30, 16, 0, tzinfo=MSK)),
    (Group.LATER, datetime(2026, 12, 7, 16, 0, tzinfo=MSK)),
])
def test_each_column_sets_the_web_kanbans_deadline(group: Group, expected: datetime) -> None:
    assert drop_deadline(group, MONDAY, MSK, 1) == expected


def test_a_full_hour_stays_and_midnight_becomes_2359() -> None:
    assert drop_deadline(Group.TODAY, MONDAY.replace(minute=0), MSK) == MONDAY.replace(minute=0)
    late = datetime(2026, 11, 23, 23, 30, tzinfo=MSK)
    assert drop_deadline(Group.TODAY, late, MSK) == datetime(2026, 11, 23, 23, 59, tzinfo=MSK)
    assert drop_deadline(Group.TOMORROW, late, MSK) == datetime(2026, 11, 24, 23, 59, tzinfo=MSK)


@pytest.mark.parametrize(("group", "code"), [(Group.OVERDUE, "overdue"), (Group.NO_DEADLINE, "no_deadline")])
def test_overdue_and_no_deadline_are_refused(group: Group, code: str) -> None:
    with pytest.raises(DropRefused) as refused:
        drop_deadline(group, MONDAY, MSK)
    assert refused.value.code == code and refused.value.group is group


def test_this_week_is_refused_when_nothing_of_it_is_left_after_tomorrow() -> None:
    saturday = datetime(2026, 11, 28, 10, 0, tzinfo=MSK)
    with pytest.raises(DropRefused) as refused:
        drop_deadline(Group.THIS_WEEK, saturday, MSK, 1)
    assert refused.value.code == "column_over"


def test_incoming_activities_stay_in_today() -> None:
    assert move_problem(True, Group.TOMORROW).code == "incoming"
    assert move_problem(False, Group.TOMORROW) is None


def test_the_viewers_zone_decides_the_day_across_dst() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # clocks go back on Sunday, October 25, 2026
    now = datetime(2026, 10, 24, 20, 10, tzinfo=berlin)
    assert drop_deadline(Group.TOMORROW, now, berlin) == datetime(2026, 10, 25, 21, 0, tzinfo=berlin)


@settings(max_examples=200, deadline=None)
@given(minutes=st.integers(0, 60 * 24 * 28), week_start=st.integers(1, 7),
       group=st.sampled_from([Group.TODAY, Group.TOMORROW, Group.THIS_WEEK, Group.NEXT_WEEK, Group.LATER]))
def test_a_drop_lands_in_its_column_or_is_refused(minutes: int, week_start: int, group: Group) -> None:
    now = datetime(2026, 11, 1, tzinfo=MSK) + timedelta(minutes=minutes, seconds=7)
    try:
        when = drop_deadline(group, now, MSK, week_start)
    except DropRefused as refused:
        assert refused.code == "column_over" and group in (Group.THIS_WEEK, Group.TODAY)  # Sat/Sun; 23:59:xx
        return
    assert GroupBounds.at(now, MSK, week_start).classify(when.timestamp(), False) is group
    assert when >= now.replace(second=0) and (when.minute == 0 or (when.hour, when.minute) == (23, 59))
