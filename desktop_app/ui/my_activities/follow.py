"""Keep My activities in step with the outbox: every change queued anywhere in the window (a drop, the
card menu here, the timeline, the details pane, a bulk change) moves, removes or restores its row at
once, so the cards and the column counters are current without a reload.

``follow_entry(source, entry, user_id)`` reads what ``entry`` does off its stored REST call
(:func:`~desktop_app.services.change_effects.optimistic_activity` applied to the row's current values):

* pending / sending / unknown / done: a delete or ``COMPLETED = Y`` or a new responsible other than the
  user shown takes the row out; a new deadline (to-do ``DEADLINE``, a call's or meeting's
  ``START_TIME``, an e-mail's ``END_TIME``) moves it to its new group;
* discarded / failed / conflict: the portal holds something else than what was queued — the row goes
  back to the portal's version (``entry.theirs``, else ``entry.before``).

Rows not loaded here (another user's activities, creates) are left alone. No Qt beyond the source.
"""

from __future__ import annotations

import math

from desktop_app.bitrix.models import Activity
from desktop_app.services.change_effects import optimistic_activity
from desktop_app.store.entries import EntryState, OutboxEntry

from .source import ActivitySource

__all__ = ["follow_entry"]

_BACK = (EntryState.DISCARDED, EntryState.FAILED, EntryState.CONFLICT)


def _place(source: ActivitySource, row: int, activity: Activity, user_id: int | None) -> None:
    responsible = activity.responsible_id
    mine = user_id is None or not responsible or responsible == user_id
    deadline = activity.deadline.timestamp() if activity.deadline is not None else math.inf
    source.update_row(row, deadline, shown=mine and not activity.completed)


def follow_entry(source: ActivitySource, entry: OutboxEntry, user_id: int | None) -> bool:
    """Apply ``entry`` to its row (module docstring); ``True`` when the row is loaded here."""
    activity_id = entry.activity_id
    if not activity_id or activity_id <= 0 or entry.is_create:
        return False
    rows = source.rows
    row = rows.row_of(activity_id)
    if row is None:
        return False
    if entry.state in _BACK:
        raw = entry.theirs or entry.before
        if raw:
            _place(source, row, Activity.from_api(raw), user_id)
        return True
    current = rows.activity(row, user_id or 0)
    changed = optimistic_activity(entry, current)
    if changed is None:  # deleted
        source.update_row(row, rows.deadline[row], shown=False)
    else:
        _place(source, row, changed, user_id)
    return True
