"""The todo (universal activity) form's data and its checks, before anything is sent.

The checks mirror what ``crm.activity.todo.add`` accepts (api-spec.md §4.9.1,
server-behaviour.md §1.6) so that a bad form is caught with a message naming the field, and the
server's own error is still shown if it disagrees. Problems are returned as codes; the UI turns
them into translated sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from dataclasses import field as dataclass_field
from datetime import datetime, timedelta, tzinfo

from desktop_app.bitrix.errors import InvalidParameter
from desktop_app.bitrix.models import TODO_COLOR_IDS, Activity

from .attachments import LocalFile, file_problems

#: The portal's reminder presets, in minutes before the deadline (``pingOffsets``): at the time,
#: 15 min, 30 min, 1 h, 1 day. Other values are typed as custom minutes.
PING_CHOICES: tuple[int, ...] = (0, 15, 30, 60, 1440)

#: What the todo edit form sends as the ``pingOffsets`` of a todo whose reminders were not changed.
KEEP_REMINDERS = None

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

    The codes are one vocabulary with :attr:`InvalidParameter.code
    <desktop_app.bitrix.errors.InvalidParameter>` (:data:`~desktop_app.bitrix.errors.PARAMETER_RULES`),
    so a check made here and the same check refused by the client read the same way in the UI
    (``desktop_app.ui.messages.RULES`` maps ``(field, rule)`` to the translated sentence).

    Attributes:
        field: the REST parameter name (``deadline``, ``title``, ``colorId``, ``pingOffsets``,
            ``responsibleId``, ``ownerId``; ``SUBJECT``, ``START_TIME`` … for system activities).
        rule: a stable code: ``required``, ``format``, ``past`` (warning only), ``palette``,
            ``negative``, ``too_long``; the activity form's ``type``, ``only_one``, ``enum`` … .
        message: the rule in plain English, shown when the UI has no sentence for the code
            (e.g. a problem the client refused, :meth:`from_error`); not part of equality.
    """

    field: str
    rule: str
    message: str = dataclass_field(default="", compare=False)

    @classmethod
    def from_error(cls, error: InvalidParameter) -> FieldProblem:
        """The form's view of a value the client refused (same field, code and English message)."""
        return cls(error.field, error.code, error.message)

    def to_error(self) -> InvalidParameter:
        """This problem as the error the client raises for it (nothing sent)."""
        return InvalidParameter(self.field, self.rule, self.message or None)


@dataclass
class TodoDraft:
    """What the user typed into the todo form, kept as typed until it is sent.

    Attributes:
        owner_type_id / owner_id: the entity whose timeline gets the todo.
        deadline_text: the deadline as typed (``2026-11-25 15:00``; ISO with an offset also accepted).
        title, description: plain text.
        responsible_id: user id, or ``None`` for the webhook's user.
        color_id: ``"1"``…``"7"`` or ``None`` (default colour).
        ping_offsets: the ticked presets, minutes before the deadline.
        ping_text: custom reminders as typed: whole minutes before the deadline, separated by
            commas or spaces (``"90, 2880"``); empty = none.
        keep_pings: edit mode only — the reminders are not known here and the user chose to leave
            them as they are on the portal (nothing about them is sent).
        files: attachments to upload (:class:`~desktop_app.services.attachments.LocalFile`);
            ``crm.activity.todo.add`` has no ``FILES``, so they follow as a dependent
            ``crm.activity.update {FILES}`` once the to-do exists (api-spec.md §3.1.5).
    """

    owner_type_id: int
    owner_id: int
    deadline_text: str = ""
    title: str = ""
    description: str = ""
    responsible_id: int | None = None
    color_id: str | None = None
    ping_offsets: list[int] = field(default_factory=list)
    ping_text: str = ""
    keep_pings: bool = False
    files: tuple[LocalFile, ...] = ()

    def all_ping_offsets(self) -> list[int]:
        """Presets and custom minutes together, ascending, without duplicates (``pingOffsets``).
        Unreadable custom text counts as none (:meth:`problems` names it)."""
        return sorted(set(self.ping_offsets) | set(parse_ping_text(self.ping_text) or []))

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
        custom = parse_ping_text(self.ping_text)
        if custom is None:
            out.append(FieldProblem("pingOffsets", "format"))
        elif any(p < 0 for p in [*self.ping_offsets, *custom]):
            out.append(FieldProblem("pingOffsets", "negative"))
        if self.responsible_id is not None and self.responsible_id <= 0:
            out.append(FieldProblem("responsibleId", "required"))
        out.extend(FieldProblem("FILES", p.code, str(p)) for p in file_problems(self.files))
        return out


@dataclass(frozen=True)
class TodoUpdate:
    """The todo form's edit intent (api-spec.md §4.9.2–4.9.6, server-behaviour.md §1.6).

    Fields the user did not change hold the todo's values **as loaded** (never the form's
    re-typed version of them, e.g. a deadline cut to minutes), so :attr:`changed` names exactly
    what the user changed; only that is sent: by the narrow ``crm.activity.todo.update*`` calls
    when they suffice, else by ``crm.activity.todo.update`` whose other fields are then filled
    with the portal's values at send time (:mod:`desktop_app.services.change_merge`).

    Attributes:
        activity: the loaded todo (its ``id``, owner and the base of the merge).
        deadline: aware datetime.
        title, description: plain text.
        responsible_id: user id (the loaded one when unchanged).
        color_id: ``"1"``…``"7"`` or ``None`` (default colour).
        ping_offsets: the reminders to set, minutes before the deadline, ascending; ``None`` = leave
            them as they are (unknown here and not chosen by the user).
        changed: the ``crm.activity.todo.update`` parameter names the user changed (``title``,
            ``description``, ``deadline``, ``responsibleId``, ``colorId``, ``pingOffsets``).
    """

    activity: Activity
    deadline: datetime
    title: str
    description: str
    responsible_id: int | None
    color_id: str | None
    ping_offsets: tuple[int, ...] | None
    changed: frozenset[str] = frozenset()

    @property
    def is_completed(self) -> bool:
        """The portal refuses completed todos (``CAN_NOT_UPDATE_COMPLETED_TODO``)."""
        return self.activity.completed

    @property
    def needs_full_update(self) -> bool:
        """Only ``crm.activity.todo.update`` sets a title or reminders (no narrow method does)."""
        return bool(self.changed & {"title", "pingOffsets"})


def _same_text(typed: str, loaded: str) -> bool:
    return typed.replace("\r\n", "\n") == (loaded or "").replace("\r\n", "\n")


def todo_update(draft: TodoDraft, activity: Activity, tz: tzinfo,
                known_ping_offsets: list[int] | None = None) -> TodoUpdate:
    """The edit intent for ``activity`` from what the form holds.

    ``known_ping_offsets`` are the reminders the form showed (``None``: not known here; then they
    change only when the draft does not keep them, ``keep_pings``). A field counts as changed when
    its text differs from what the form showed for the loaded value: a deadline whose seconds the
    form does not show, line endings and a title past the 255 characters the form holds are not
    changes.

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
    changed: set[str] = set()
    loaded = activity.deadline
    shown = loaded.astimezone(tz).replace(second=0, microsecond=0) if loaded is not None else None
    if loaded is not None and deadline in (loaded, shown):
        deadline = loaded
    else:
        changed.add("deadline")
    title = draft.title
    if title in (activity.subject, activity.subject[:255]):
        title = activity.subject
    else:
        changed.add("title")
    description = draft.description
    if _same_text(description, activity.description):
        description = activity.description
    else:
        changed.add("description")
    responsible = draft.responsible_id
    if responsible is not None and responsible != activity.responsible_id:
        changed.add("responsibleId")
    else:
        responsible = activity.responsible_id or None
    if (draft.color_id or None) != (activity.color_id or None):
        changed.add("colorId")
    pings: tuple[int, ...] | None
    if known_ping_offsets is None and draft.keep_pings:
        pings = KEEP_REMINDERS
    else:
        pings = tuple(draft.all_ping_offsets())
        if known_ping_offsets is None or set(pings) != set(known_ping_offsets):
            changed.add("pingOffsets")
    return TodoUpdate(activity=activity, deadline=deadline, title=title, description=description,
                      responsible_id=responsible, color_id=draft.color_id, ping_offsets=pings,
                      changed=frozenset(changed))


def parse_ping_text(text: str) -> list[int] | None:
    """Custom reminders as typed: whole minutes (0 or more) separated by commas, semicolons or
    spaces (``"90, 2880"``). Returns them in typed order, or ``None`` when a piece is not a whole
    number of minutes (negative ones are returned, for :meth:`TodoDraft.problems` to name)."""
    pieces = [p for p in re.split(r"[\s,;]+", text or "") if p]
    out: list[int] = []
    for piece in pieces:
        if not re.fullmatch(r"-?\d{1,6}", piece):
            return None
        out.append(int(piece))
    return out


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
