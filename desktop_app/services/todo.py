"""The todo (universal activity) form's data and its checks, before anything is sent.

The checks mirror what ``crm.activity.todo.add`` accepts (api-spec.md §4.9.1,
server-behaviour.md §1.6) so that a bad form is caught with a message naming the field, and the
server's own error is still shown if it disagrees. Problems are returned as codes; the UI turns
them into translated sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from desktop_app.bitrix.models import TODO_COLOR_IDS, Activity

#: Reminder choices the form offers, in minutes before the deadline (``pingOffsets``).
PING_CHOICES: tuple[int, ...] = (0, 15, 30, 60, 120, 1440)

_DEADLINE_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%d.%m.%Y %H:%M",
)
_OFFSET_RE = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with a form field.

    Attributes:
        field: the REST parameter name (``deadline``, ``title``, ``colorId``, ``pingOffsets``,
            ``responsibleId``, ``ownerId``).
        rule: a stable code: ``required``, ``format``, ``past`` (warning only), ``palette``,
            ``negative``, ``too_long``.
    """

    field: str
    rule: str


@dataclass
class TodoDraft:
    """What the user typed into the todo form, kept as typed until it is sent.

    Attributes:
        owner_type_id / owner_id: the entity whose timeline gets the todo.
        deadline_text: the deadline as typed (``2026-11-25 15:00``; ISO with an offset also accepted).
        title, description: plain text.
        responsible_id: user id, or ``None`` for the webhook's user.
        color_id: ``"1"``…``"7"`` or ``None`` (default colour).
        ping_offsets: minutes before the deadline.
    """

    owner_type_id: int
    owner_id: int
    deadline_text: str = ""
    title: str = ""
    description: str = ""
    responsible_id: int | None = None
    color_id: str | None = None
    ping_offsets: list[int] = field(default_factory=list)

    def parse_deadline(self, tz: tzinfo) -> datetime | None:
        """The deadline as an aware datetime; text without an offset is read in ``tz``.

        Returns ``None`` when the text is empty or not in one of the accepted forms.
        """
        return parse_deadline_text(self.deadline_text, tz)

    def problems(self, tz: tzinfo) -> list[FieldProblem]:
        """Every problem that would make ``crm.activity.todo.add`` fail or surprise the user."""
        out: list[FieldProblem] = []
        if self.owner_type_id <= 0 or self.owner_id <= 0:
            out.append(FieldProblem("ownerId", "required"))
        if not self.deadline_text.strip():
            out.append(FieldProblem("deadline", "required"))
        elif self.parse_deadline(tz) is None:
            out.append(FieldProblem("deadline", "format"))
        if len(self.title) > 255:
            out.append(FieldProblem("title", "too_long"))
        if self.color_id is not None and self.color_id not in TODO_COLOR_IDS:
            out.append(FieldProblem("colorId", "palette"))
        if any(p < 0 for p in self.ping_offsets):
            out.append(FieldProblem("pingOffsets", "negative"))
        if self.responsible_id is not None and self.responsible_id <= 0:
            out.append(FieldProblem("responsibleId", "required"))
        return out


@dataclass(frozen=True)
class TodoUpdate:
    """The full-update intent of the todo form's edit mode (``crm.activity.todo.update``,
    api-spec.md §4.9.2, server-behaviour.md §1.6).

    Every content field is carried, because the portal **blanks** ``title`` and ``description`` when
    they are omitted and replaces the reminders with ``ping_offsets`` (empty = none). ``activity`` is
    the todo as loaded (its ``id``, owner and ``last_updated`` for conflict checks).

    Attributes:
        activity: the loaded todo.
        deadline: aware datetime.
        title, description: plain text (may be empty, but always sent).
        responsible_id: user id, or ``None`` to keep the current one (the portal ignores 0).
        color_id: ``"1"``…``"7"`` or ``None`` (default colour).
        ping_offsets: minutes before the deadline.
    """

    activity: Activity
    deadline: datetime
    title: str
    description: str
    responsible_id: int | None
    color_id: str | None
    ping_offsets: tuple[int, ...]

    @property
    def is_completed(self) -> bool:
        """The portal refuses completed todos (``CAN_NOT_UPDATE_COMPLETED_TODO``)."""
        return self.activity.completed


def todo_update(draft: TodoDraft, activity: Activity, tz: tzinfo) -> TodoUpdate:
    """The edit-mode intent for ``activity`` from what the form holds.

    Raises:
        ValueError: the draft has problems (:meth:`TodoDraft.problems`), or the todo is completed
            (``CAN_NOT_UPDATE_COMPLETED_TODO``: "Cannot edit completed activity.").
    """
    if activity.completed:
        raise ValueError("CAN_NOT_UPDATE_COMPLETED_TODO: a completed todo cannot be edited")
    problems = draft.problems(tz)
    deadline = draft.parse_deadline(tz)
    if problems or deadline is None:
        raise ValueError(f"draft has problems: {problems}")
    return TodoUpdate(activity=activity, deadline=deadline, title=draft.title, description=draft.description,
                      responsible_id=draft.responsible_id, color_id=draft.color_id,
                      ping_offsets=tuple(draft.ping_offsets))


def parse_deadline_text(text: str, tz: tzinfo) -> datetime | None:
    """Parse a typed deadline. Accepted: ``YYYY-MM-DD HH:MM[:SS]``, ``YYYY-MM-DDTHH:MM[:SS]``,
    ``DD.MM.YYYY HH:MM``, and ISO 8601 with a UTC offset. Text without an offset is local to ``tz``."""
    value = (text or "").strip()
    if not value:
        return None
    if _OFFSET_RE.search(value):
        try:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
        return parsed if parsed.tzinfo is not None else None
    for fmt in _DEADLINE_FORMATS:
        try:
            naive = datetime.strptime(value, fmt)
        except ValueError:
            continue
        return naive.replace(tzinfo=tz)
    return None


def default_deadline(now: datetime) -> datetime:
    """The web UI's default for a new activity: three working days ahead, rounded up to the next
    full hour (anchors.md §6). ``now`` is aware; the result keeps its zone."""
    day = now
    added = 0
    while added < 3:
        day = day + timedelta(days=1)
        if day.weekday() < 5:
            added += 1
    rounded = day.replace(minute=0, second=0, microsecond=0)
    if rounded < day:
        rounded += timedelta(hours=1)
    return rounded
