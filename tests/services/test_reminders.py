"""services/reminders: which to-do reminders (pingOffsets, minutes before the deadline) are due."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.bitrix.models import Activity
from desktop_app.services.reminders import STALE_AFTER, ReminderSchedule, reminders_of

DEADLINE = datetime(2026, 11, 26, 14, 30, tzinfo=UTC)


def _todo(activity_id: int = 7, deadline: datetime = DEADLINE, completed: bool = False) -> Activity:
    return Activity.from_api({"ID": str(activity_id), "OWNER_TYPE_ID": "2", "OWNER_ID": "1", "TYPE_ID": "6",
                              "PROVIDER_ID": "CRM_TODO", "SUBJECT": "Call back", "COMPLETED": "Y" if completed else "N",
                              "DEADLINE": deadline.isoformat()})


def test_each_offset_comes_due_before_the_deadline_once() -> None:
    now = [DEADLINE - timedelta(minutes=30)]
    schedule = ReminderSchedule(lambda: now[0])
    todos = [(_todo(), [0, 15, 15, -5])]
    assert schedule.next_due_at(todos) == DEADLINE - timedelta(minutes=15)
    assert schedule.due(todos) == []
    now[0] = DEADLINE - timedelta(minutes=15)
    assert [r.offset_minutes for r in schedule.due(todos)] == [15]
    assert schedule.due(todos) == []
    assert schedule.next_due_at(todos) == DEADLINE
    now[0] = DEADLINE + timedelta(minutes=1)
    assert [r.offset_minutes for r in schedule.due(todos)] == [0]
    assert schedule.next_due_at(todos) is None


def test_a_moved_deadline_reminds_again_and_closed_or_stale_ones_never() -> None:
    now = [DEADLINE]
    schedule = ReminderSchedule(lambda: now[0])
    assert len(schedule.due([(_todo(), [0])])) == 1
    later = DEADLINE + timedelta(hours=1)
    now[0] = later
    assert len(schedule.due([(_todo(deadline=later), [0])])) == 1
    assert reminders_of(_todo(completed=True), [0]) == []
    now[0] = DEADLINE + STALE_AFTER + timedelta(minutes=1)
    assert schedule.due([(_todo(activity_id=8), [0])]) == []
    assert schedule.next_due_at([(_todo(activity_id=8), [0])]) is None  # skipped, not kept for later
