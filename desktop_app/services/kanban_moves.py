"""Where a card dropped on a "My activities" kanban column moves its deadline (issue 12 item 5). No Qt.

The rules follow the web kanban's (Bitrix24 helpdesk 17263652, "deadline when a card moves to another
column" of the Activities view): the new deadline is *now rounded up to the next full hour* (3:44 pm →
4:00 pm; exactly 4:00 pm stays), on a day that depends on the column, in the viewer's time zone:

============  =================================================================================
Today         today (a rounding that reaches midnight gives 23:59)
Tomorrow      tomorrow (the web kanban has no Tomorrow column; its "This week" is +1 day)
This week     the day after tomorrow, if that is still this week; else refused (nothing of this
              week is left after tomorrow)
Next week     +7 days (always inside next week)
Later         +14 days ("Over two weeks" on the web)
Overdue       refused: as on the web, a card cannot be moved into Overdue by hand
No deadline   refused: every activity Activity Desk edits needs a deadline on the portal — a
              to-do's ``crm.activity.todo.updateDeadline`` requires ``value`` (api-spec.md §4.9.4),
              a call's or meeting's deadline *is* its ``START_TIME`` and an e-mail's its
              ``END_TIME`` (server-behaviour.md §1.2)
============  =================================================================================

An incoming activity (``IS_INCOMING_CHANNEL``) always sits in Today until it is completed, whatever its
deadline, so moving it is refused too (:func:`move_problem`); so is a configurable activity
(``CONFIGURABLE_REST_APP``): the portal refuses to change it but through the application that created it
(server-behaviour.md §1.7, :mod:`.activity_rules`).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from .my_activities import Group, GroupBounds

__all__ = ["DAYS_AHEAD", "DropRefused", "drop_deadline", "move_problem"]

#: Days after today per column whose deadline a drop sets.
DAYS_AHEAD = {Group.TODAY: 0, Group.TOMORROW: 1, Group.THIS_WEEK: 2, Group.NEXT_WEEK: 7, Group.LATER: 14}


class DropRefused(ValueError):
    """A drop that moves nothing. ``code``: ``overdue`` (dropped on Overdue), ``no_deadline`` (dropped on
    No deadline), ``column_over`` (no moment of that column is left, e.g. This week on a Saturday),
    ``incoming`` (an incoming activity stays in Today), ``application`` (a configurable activity: only its
    application changes it). ``group``: the target column."""

    def __init__(self, code: str, group: Group) -> None:
        super().__init__(f"{group.name}: {code}")
        self.code = code
        self.group = group


def _next_full_hour(local: datetime) -> tuple[int, int]:
    """``(hour, minute)`` of ``local`` rounded up to a full hour; ``(23, 59)`` when that is midnight."""
    exact = local.minute == 0 and local.second == 0 and local.microsecond == 0
    hour = local.hour if exact else local.hour + 1
    return (23, 59) if hour >= 24 else (hour, 0)


def drop_deadline(target: Group, now: datetime, tz: tzinfo, week_start: int = 1) -> datetime:
    """The deadline a card dropped on column ``target`` gets (table in the module docstring).

    Args:
        now: aware current instant.
        tz: the viewer's zone (the columns' days are its days).
        week_start: ISO weekday weeks start on (1 Monday … 7 Sunday).

    Returns:
        an aware datetime in ``tz`` that :meth:`GroupBounds.classify` puts in ``target``.

    Raises:
        DropRefused: ``overdue``, ``no_deadline`` or ``column_over``.
        ValueError: ``now`` is naive.
    """
    target = Group(target)
    if target is Group.OVERDUE:
        raise DropRefused("overdue", target)
    if target is Group.NO_DEADLINE:
        raise DropRefused("no_deadline", target)
    bounds = GroupBounds.at(now, tz, week_start)
    local = now.astimezone(tz)
    hour, minute = _next_full_hour(local)
    day: date = local.date() + timedelta(days=DAYS_AHEAD[target])
    when = datetime.combine(day, time(hour, minute), tzinfo=tz)
    if bounds.classify(when.timestamp(), False) is not target:
        raise DropRefused("column_over", target)
    return when


def move_problem(incoming: bool, target: Group, *, configurable: bool = False) -> DropRefused | None:
    """Why one activity cannot be moved to ``target`` (besides the column itself), or ``None``.
    ``configurable``: it is a configurable activity (:func:`.activity_rules.plain_update_refused`)."""
    if configurable:
        return DropRefused("application", Group(target))
    if incoming:
        return DropRefused("incoming", Group(target))
    return None
