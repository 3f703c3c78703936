"""When a to-do's reminders come due (issue 14 item 5), for the desktop notifications shown while
the app runs (``desktop_app.ui.reminders_tray``). No Qt.

A to-do's reminders are its ``pingOffsets``: minutes **before** its ``DEADLINE`` (api-spec.md
§4.9, ``crm.activity.todo.add``/``.update``; ``0`` = at the deadline). The portal does not return
them through ``crm.activity.get``/``.list`` (server-behaviour.md §1.6), so the ones known are those
Activity Desk set, kept in the store's ``cache_ping`` table beside the cached activity
(:meth:`desktop_app.store.cache.CacheStore.reminded_activities`).

:class:`ReminderSchedule` keeps which reminders were already shown (per activity, offset and
deadline: a moved deadline reminds again) and, given the open to-dos and the current time
(``clock``: an aware ``datetime`` in UTC or any offset), yields the ones due; a reminder more than
:data:`STALE_AFTER` late (the app was not running) is dropped silently rather than shown late.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop_app.bitrix.models import Activity

#: A reminder not shown within this long after it came due is skipped (the app was closed then).
STALE_AFTER = timedelta(hours=12)


@dataclass(frozen=True)
class DueReminder:
    """A reminder to show.

    Attributes:
        activity: the to-do (its ``SUBJECT``, ``OWNER_TYPE_ID``/``OWNER_ID``, ``DEADLINE``).
        offset_minutes: the ``pingOffsets`` entry (minutes before the deadline, ≥ 0).
        due_at: ``deadline - offset_minutes``, timezone-aware.
    """

    activity: Activity
    offset_minutes: int
    due_at: datetime

    @property
    def key(self) -> tuple[int, int, str]:
        deadline = self.activity.deadline
        return self.activity.id, self.offset_minutes, deadline.isoformat() if deadline else ""


def reminders_of(activity: Activity, offsets: Iterable[int]) -> list[DueReminder]:
    """The reminders of an open to-do with a deadline, earliest first; none for a completed one,
    one without a deadline or a negative offset (not a valid ``pingOffsets`` value)."""
    deadline = activity.deadline
    if activity.completed or deadline is None:
        return []
    found = {int(m) for m in offsets if int(m) >= 0}
    return sorted((DueReminder(activity, m, deadline - timedelta(minutes=m)) for m in found),
                  key=lambda r: r.due_at)


class ReminderSchedule:
    """Which reminders are due now, each given once.

    Args:
        clock: the current time, timezone-aware (default ``datetime.now(UTC)``).
    """

    def __init__(self, clock: Callable[[], datetime] | None = None) -> None:
        self._clock = clock or (lambda: datetime.now(UTC))
        self._given: set[tuple[int, int, str]] = set()

    def due(self, todos: Iterable[tuple[Activity, Iterable[int]]]) -> list[DueReminder]:
        """The reminders of ``todos`` (to-do, its ``pingOffsets``) due at or before now and not given
        before, earliest first; they count as given from now on. Reminders more than
        :data:`STALE_AFTER` late are marked given without being returned."""
        now = self._clock()
        out = []
        for activity, offsets in todos:
            for reminder in reminders_of(activity, offsets):
                if reminder.due_at > now or reminder.key in self._given:
                    continue
                self._given.add(reminder.key)
                if now - reminder.due_at <= STALE_AFTER:
                    out.append(reminder)
        return sorted(out, key=lambda r: r.due_at)

    def next_due_at(self, todos: Iterable[tuple[Activity, Iterable[int]]]) -> datetime | None:
        """When the next reminder not given yet comes due (``None``: none is planned)."""
        times = [r.due_at for activity, offsets in todos for r in reminders_of(activity, offsets)
                 if r.key not in self._given]
        return min(times, default=None)
