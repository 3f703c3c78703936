"""The todo form's checks, before anything is sent (api-spec.md §4.9.1)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from desktop_app.services.todo import FieldProblem, TodoDraft, default_deadline, parse_deadline_text

TZ = timezone(timedelta(hours=3))


def test_typed_deadlines_are_read_in_the_users_zone() -> None:
    assert parse_deadline_text("2026-11-25 15:00", TZ) == datetime(2026, 11, 25, 15, 0, tzinfo=TZ)
    assert parse_deadline_text("25.11.2026 15:00", TZ) == datetime(2026, 11, 25, 15, 0, tzinfo=TZ)
    utc = parse_deadline_text("2026-11-25T12:00:00+00:00", TZ)
    assert utc == datetime(2026, 11, 25, 15, 0, tzinfo=TZ)
    assert parse_deadline_text("tomorrow", TZ) is None
    assert parse_deadline_text("2026-13-40 10:00", TZ) is None


def test_problems_name_the_field_and_the_rule() -> None:
    assert TodoDraft(2, 1, deadline_text="").problems(TZ) == [FieldProblem("deadline", "required")]
    assert TodoDraft(2, 1, deadline_text="soon").problems(TZ) == [FieldProblem("deadline", "format")]
    assert TodoDraft(0, 0, deadline_text="2026-11-25 15:00").problems(TZ) == [FieldProblem("ownerId", "required")]
    assert TodoDraft(2, 1, deadline_text="2026-11-25 15:00", color_id="8").problems(TZ) == [
        FieldProblem("colorId", "palette")]
    assert TodoDraft(2, 1, deadline_text="2026-11-25 15:00", ping_offsets=[-1]).problems(TZ) == [
        FieldProblem("pingOffsets", "negative")]
    assert TodoDraft(2, 1, deadline_text="2026-11-25 15:00", ping_offsets=[0, 15], color_id="7").problems(TZ) == []


def test_default_deadline_is_three_working_days_ahead_on_the_hour() -> None:
    friday = datetime(2026, 11, 27, 10, 20, tzinfo=TZ)
    assert default_deadline(friday) == datetime(2026, 12, 2, 11, 0, tzinfo=TZ)
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
    assert default_deadline(monday) == datetime(2026, 11, 26, 9, 0, tzinfo=TZ)
