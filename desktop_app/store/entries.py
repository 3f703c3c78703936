"""What one outbox entry is: a user's change, kept until the portal has confirmed it.

The shared vocabulary of the store (which persists entries), the outbox processor in
``desktop_app/services`` (which sends them) and the UI (which shows them on cards). No Qt.

Life of an entry (issue 3, "no edit lost"):

``pending`` → ``sending`` → ``done``; from ``sending`` it may go to

- ``pending`` again (portal unreachable, 5xx, 503 ``QUERY_LIMIT_EXCEEDED``, ``expired_token``:
  nothing was applied, retried after a backoff delay);
- ``unknown`` (timeout or dropped connection after the request left, or a reply that cannot be
  read: the outcome is not known; it is reconciled against the portal before anything is resent —
  never a blind resend);
- ``failed`` (the portal refused it for good, a 4xx with a code: kept with the reason until the
  user retries or discards it; never dropped silently);
- ``conflict`` (the activity changed on the portal since the user loaded it, ``LAST_UPDATED``:
  the user chooses keep mine / take theirs).

A **bulk change** (issue 4 item 5: complete, reassign, move the deadline of, or delete many
activities at once) is one entry per activity, all written in one transaction before anything is
sent and sharing a ``bulk_id``; the processor sends a bulk's entries in ``batch`` calls of ≤ 50
(:mod:`desktop_app.services.outbox_batch`). Cancelling a bulk discards the entries not yet sent.

``discarded`` is never stored: the store deletes a discarded entry, and subscribers are told once
with a copy in that state (for "take theirs" it carries the portal's version in ``theirs``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class EntryState(StrEnum):
    """Where an outbox entry is in its life (see the module docstring)."""

    PENDING = "pending"
    SENDING = "sending"
    UNKNOWN = "unknown"
    DONE = "done"
    FAILED = "failed"
    CONFLICT = "conflict"
    DISCARDED = "discarded"

    @property
    def is_open(self) -> bool:
        """Still the user's business: not yet confirmed by the portal (and not discarded)."""
        return self not in (EntryState.DONE, EntryState.DISCARDED)


@dataclass(frozen=True)
class OutboxEntry:
    """One change as stored in the outbox.

    - ``method`` / ``params``: the REST call exactly as it will be sent (JSON-serialisable),
      e.g. ``"crm.activity.todo.updateDeadline"`` with ``{"id": 7, "ownerTypeId": 2, "ownerId": 1,
      "value": "2026-11-24T10:00:00+03:00"}``. Creates carry their ``ORIGIN_ID``/``originId``.
    - ``owner_type_id`` / ``owner_id``: the timeline the change shows on.
    - ``activity_id``: the activity the change is about; ``None`` for a create until the portal
      has confirmed it (then the new id). ``after_entry_id``: a create this change waits for
      (an edit of an activity that is itself still in the outbox).
    - ``base_last_updated``: the activity's ``LAST_UPDATED`` when the user loaded it (aware), for
      the conflict check; ``None`` for creates.
    - ``attempts``: sends so far; ``next_attempt_at``: not before this time (aware, UTC).
    - ``error_code`` / ``error_text``: the last failure (Bitrix24 code such as
      ``QUERY_LIMIT_EXCEEDED``, or ``""`` for legacy errors; text for the user, no secrets).
    - ``theirs``: for ``conflict``, the portal's current activity fields (``crm.activity.get``).
    - ``sent_at``: when the last attempt left (aware, UTC) — a todo create whose outcome is unknown
      is looked for among activities created since then.
    - ``result_last_updated``: the activity's ``LAST_UPDATED`` read back after this change was
      confirmed (our own write), so later changes of the same activity are not taken for conflicts.
    - ``verify_first``: an attempt may have been applied (set while sending; kept after a
      timeout/drop/unreadable reply after sending, or a 5xx; cleared once the portal confirmed the
      change): the portal is checked before the call is sent again, also on the user's "Retry".
      Bulk entries so marked are checked together in one request before their batch is resent.
    - ``bulk_id``: the bulk change this entry belongs to (an opaque string such as
      ``"bulk-3f2a…"``), or ``None`` for a single change.
    - ``before``: the activity's API dict as the user saw it when the change was queued. Bulk
      entries: the portal still holds it while the entry is unsent, so cancelling the bulk puts
      the card back from it without reading the portal. Single updates: the base of the
      field-by-field merge before sending (``desktop_app.services.change_merge``).
    """

    id: int
    method: str
    params: dict[str, Any]
    owner_type_id: int
    owner_id: int
    state: EntryState
    created_at: datetime
    activity_id: int | None = None
    after_entry_id: int | None = None
    base_last_updated: datetime | None = None
    origin_id: str | None = None
    attempts: int = 0
    next_attempt_at: datetime | None = None
    error_code: str | None = None
    error_text: str | None = None
    theirs: dict[str, Any] | None = field(default=None, compare=False)
    sent_at: datetime | None = None
    result_last_updated: datetime | None = None
    verify_first: bool = False
    bulk_id: str | None = None
    before: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def is_create(self) -> bool:
        """A change that makes a new activity (``crm.activity.add``, ``crm.activity.todo.add``)."""
        return self.method in ("crm.activity.add", "crm.activity.todo.add")

    @property
    def placeholder_id(self) -> int:
        """The id a not-yet-confirmed create shows under in the timeline: ``-entry id``."""
        return -self.id
