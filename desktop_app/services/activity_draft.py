"""The system-activity form's data (call, meeting, e-mail) and its checks, before anything is sent.

What the user typed is kept as typed in an :class:`ActivityDraft`; :meth:`ActivityDraft.problems`
names every field the portal would refuse or silently drop, mirroring ``crm.activity.add`` /
``crm.activity.update`` (server-behaviour.md §1.2 order, §1.4; api-spec.md §3.3, §3.6, §4.3, §4.4):

========================  =====================  ==============================================================
field                     rule                   why
========================  =====================  ==============================================================
``OWNER_ID``              ``required``           no owner and no communication entity → "Could not build binding"
``SUBJECT``               ``required``           "The field SUBJECT is not defined or empty."
``TYPE_ID``               ``type``               only 1 meeting, 2 call, 4 e-mail are created without an app
``COMMUNICATIONS``        ``required``           "The field COMMUNICATIONS is not defined or invalid."
``COMMUNICATIONS``        ``type_mismatch``      a phone on an e-mail / an e-mail on a call is dropped silently
``COMMUNICATIONS``        ``empty_value``        a call/e-mail communication without a value is dropped
``COMMUNICATIONS``        ``only_one``           "The only one communication is allowed for activity of specified type."
``START_TIME``            ``format``             an unreadable date is dropped silently by the portal (§1.0.4)
``END_TIME``              ``format``             same
``END_TIME``              ``before_start``       the end lies before the start
``START_TIME``            ``incoming_deadline``  an open incoming call gets its deadline from START_TIME, which
                                                 takes it out of "incoming" (incoming activities have no deadline)
``END_TIME``              ``incoming_deadline``  same for an open incoming e-mail (its deadline is END_TIME)
``DIRECTION``             ``enum``               not 0/1/2 (``crm.enum.activitydirection``)
``DIRECTION``             ``calls_emails_only``  direction is meaningful for calls and e-mails only (§3.3)
``PRIORITY``              ``enum``               not 0–3 (``crm.enum.activitypriority``)
``DESCRIPTION_TYPE``      ``enum``               not 1 plain, 2 BB code, 3 HTML (``crm.enum.contenttype``)
``RESPONSIBLE_ID``        ``required``           a non-positive id (``None`` lets the portal choose: owner's
                                                 responsible, then the caller)
``FILES``                 ``too_many``           more than 10 files in one change (``services.attachments``)
``FILES``                 ``too_large``          a file over 20 MiB
``FILES``                 ``empty``              a 0-byte file
========================  =====================  ==============================================================

In edit mode (``crm.activity.update``) ``TYPE_ID`` and the owner are immutable (the portal ignores
them), and ``COMMUNICATIONS`` is optional: ``None`` keeps the activity's communications (and bindings).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from desktop_app.bitrix.activities import (
    CREATABLE_TYPES,
    CommunicationInput,
    SystemActivityFields,
)
from desktop_app.bitrix.files import encode_files
from desktop_app.bitrix.models import (
    Activity,
    ActivityType,
    DescriptionType,
    Direction,
    Priority,
    format_datetime,
)

from .attachments import LocalFile, file_problems
from .contacts import channel_type_for
from .todo import FieldProblem, parse_deadline_text

__all__ = ["ActivityDraft", "ActivityUpdate", "FieldProblem"]


def _lines(text: str) -> str:
    """Text with its line endings as a plain-text editor gives them back (LF only)."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


@dataclass(frozen=True)
class ActivityUpdate:
    """What ``crm.activity.update`` needs: the activity as loaded (its ``last_updated`` tells whether
    it changed on the portal meanwhile) and the UPPER_CASE ``fields`` that differ (partial update)."""

    activity: Activity
    fields: dict[str, Any]


@dataclass
class ActivityDraft:
    """What the user typed into the system-activity form.

    Attributes:
        owner_type_id / owner_id: the entity whose timeline gets the activity.
        type_id: ``TYPE_ID`` (1 meeting, 2 call, 4 e-mail).
        subject: ``SUBJECT``.
        communications: chosen counterparts (``COMMUNICATIONS``); ``None`` = unchanged (edit mode).
        start_text / end_text: ``START_TIME`` / ``END_TIME`` as typed (``2026-11-25 15:00``, ISO with an
            offset also accepted); empty = not set. Text without an offset is read in the user's zone.
        direction, priority, description_type: the enum values (``Direction``, ``Priority``,
            ``DescriptionType``).
        description, location: text.
        responsible_id: user id, or ``None`` for the portal's fallback.
        completed: ``COMPLETED`` (an outgoing e-mail saved as completed is **sent** by the portal).
        files: attachments to upload with the add/update (``FILES`` ``fileData``, api-spec.md §3.1.5).
        remove_file_ids: edit mode: portal file ids to remove (``{"id": …, "remove": "Y"}``).
    """

    owner_type_id: int
    owner_id: int
    type_id: int = int(ActivityType.CALL)
    subject: str = ""
    communications: list[CommunicationInput] | None = field(default_factory=list)
    start_text: str = ""
    end_text: str = ""
    direction: int = int(Direction.OUTGOING)
    priority: int = int(Priority.MEDIUM)
    description: str = ""
    description_type: int = int(DescriptionType.PLAIN)
    location: str = ""
    responsible_id: int | None = None
    completed: bool = False
    files: tuple[LocalFile, ...] = ()
    remove_file_ids: tuple[int, ...] = ()

    # -- checks ------------------------------------------------------------------------------

    def problems(self, tz: tzinfo, *, editing: bool = False) -> list[FieldProblem]:
        """Every problem, in the portal's order of checks (see the module table)."""
        out: list[FieldProblem] = []
        if not editing and (self.owner_type_id <= 0 or self.owner_id <= 0):
            out.append(FieldProblem("OWNER_ID", "required"))
        if not self.subject.strip():
            out.append(FieldProblem("SUBJECT", "required"))
        if self.responsible_id is not None and self.responsible_id <= 0:
            out.append(FieldProblem("RESPONSIBLE_ID", "required"))
        type_ok = self.type_id in [int(t) for t in CREATABLE_TYPES]
        if not editing and not type_ok:
            out.append(FieldProblem("TYPE_ID", "type"))
        if type_ok:
            out.extend(self._communication_problems(editing))
        start, end = self._times(tz, out)
        if start is not None and end is not None and end < start:
            out.append(FieldProblem("END_TIME", "before_start"))
        if self.direction not in [int(d) for d in Direction]:
            out.append(FieldProblem("DIRECTION", "enum"))
        elif self.type_id == ActivityType.MEETING and self.direction != Direction.UNDEFINED:
            out.append(FieldProblem("DIRECTION", "calls_emails_only"))
        elif self.direction == Direction.INCOMING and not self.completed:
            deadline_field = "END_TIME" if self.type_id == ActivityType.EMAIL else "START_TIME"
            # The portal fills START_TIME from END_TIME and back (§1.2), so either one sets the deadline.
            if start is not None or end is not None:
                out.append(FieldProblem(deadline_field, "incoming_deadline"))
        if self.priority not in [int(p) for p in Priority]:
            out.append(FieldProblem("PRIORITY", "enum"))
        if self.description_type not in (DescriptionType.PLAIN, DescriptionType.BBCODE, DescriptionType.HTML):
            out.append(FieldProblem("DESCRIPTION_TYPE", "enum"))
        out.extend(FieldProblem("FILES", p.code, str(p)) for p in file_problems(self.files))
        return out

    def _communication_problems(self, editing: bool) -> list[FieldProblem]:
        comms = self.communications
        if comms is None or (editing and not comms):
            return []
        if not comms:
            return [FieldProblem("COMMUNICATIONS", "required")]
        wanted = channel_type_for(self.type_id)
        out: list[FieldProblem] = []
        if wanted and any(c.type and c.type != wanted for c in comms):
            out.append(FieldProblem("COMMUNICATIONS", "type_mismatch"))
        elif wanted and any(not c.value.strip() for c in comms):
            out.append(FieldProblem("COMMUNICATIONS", "empty_value"))
        if len(comms) > 1 and self.type_id in (ActivityType.CALL, ActivityType.MEETING):
            out.append(FieldProblem("COMMUNICATIONS", "only_one"))
        return out

    def _times(self, tz: tzinfo, out: list[FieldProblem]) -> tuple[datetime | None, datetime | None]:
        parsed: list[datetime | None] = []
        for name, text in (("START_TIME", self.start_text), ("END_TIME", self.end_text)):
            value = parse_deadline_text(text, tz) if text.strip() else None
            if text.strip() and value is None:
                out.append(FieldProblem(name, "format"))
            parsed.append(value)
        return parsed[0], parsed[1]

    # -- results -------------------------------------------------------------------------------

    def to_fields(self, tz: tzinfo) -> SystemActivityFields:
        """The ``crm.activity.add`` fields. Raises ``ValueError`` when :meth:`problems` is not empty."""
        problems = self.problems(tz)
        if problems:
            raise ValueError(f"draft has problems: {problems}")
        start, end = self._times(tz, [])
        return SystemActivityFields(
            type_id=ActivityType(self.type_id), subject=self.subject.strip(),
            owner_type_id=self.owner_type_id, owner_id=self.owner_id,
            communications=list(self.communications or []), start_time=start, end_time=end,
            responsible_id=self.responsible_id, completed=self.completed,
            direction=Direction(self.direction), priority=Priority(self.priority),
            description=self.description, description_type=DescriptionType(self.description_type),
            location=self.location, files=tuple(self.files),
        )

    def to_update(self, original: Activity, tz: tzinfo) -> ActivityUpdate:
        """The ``crm.activity.update`` intent: only the fields the user changed from ``original``
        (nothing else is sent, so a colleague's change to another field stays; issue 10 item 10).
        What the form re-displays of an unchanged value — a time without its seconds, a subject
        without surrounding blanks — is not a change.

        ``COMMUNICATIONS`` is sent only when the chosen ones differ (sending it rebuilds the bindings,
        api-spec.md §4.4). A time cleared in the form is sent as ``""``. Raises ``ValueError`` when
        :meth:`problems` (edit mode) is not empty.
        """
        problems = self.problems(tz, editing=True)
        if problems:
            raise ValueError(f"draft has problems: {problems}")
        start, end = self._times(tz, [])
        changes: dict[str, Any] = {}
        subject = self.subject.strip()
        wanted: dict[str, tuple[Any, Any]] = {
            # A subject the form shows unchanged is not a change, even with blanks the portal kept.
            "SUBJECT": (original.subject if subject == original.subject.strip() else subject, original.subject),
            "DIRECTION": (self.direction, original.direction),
            "PRIORITY": (self.priority, original.priority),
            "DESCRIPTION": (original.description if _lines(self.description) == _lines(original.description)
                            else self.description, original.description),
            "DESCRIPTION_TYPE": (self.description_type, original.description_type),
            "LOCATION": (self.location, original.location),
            "COMPLETED": ("Y" if self.completed else "N", "Y" if original.completed else "N"),
        }
        if self.responsible_id is not None:
            wanted["RESPONSIBLE_ID"] = (self.responsible_id, original.responsible_id)
        for name, (new, old) in wanted.items():
            if new != old:
                changes[name] = new
        for name, new, old in (("START_TIME", start, original.start_time), ("END_TIME", end, original.end_time)):
            # The form shows minutes: a time whose seconds it did not show is unchanged.
            shown = old.astimezone(tz).replace(second=0, microsecond=0) if old is not None else None
            if new != old and new != shown:
                changes[name] = format_datetime(new) if new is not None else ""
        if self.communications:
            before = {(c.type, c.value, c.entity_type_id, c.entity_id) for c in original.communications}
            after = {(c.type, c.value, c.entity_type_id, c.entity_id) for c in self.communications}
            if before != after:
                changes["COMMUNICATIONS"] = [c.to_api() for c in self.communications]
        if self.files or self.remove_file_ids:
            # Only what changed: new uploads and removals; files not named stay (§3.1.5).
            changes["FILES"] = encode_files(self.files, self.remove_file_ids)
        return ActivityUpdate(original, changes)

    @classmethod
    def from_activity(cls, activity: Activity, tz: tzinfo) -> ActivityDraft:
        """A draft holding an existing activity's values (times shown in ``tz``)."""

        def text(value: datetime | None) -> str:
            return value.astimezone(tz).strftime("%Y-%m-%d %H:%M") if value is not None else ""

        comms = [CommunicationInput(c.value, c.entity_type_id or 0, c.entity_id or 0, c.type)
                 for c in activity.communications]
        return cls(
            owner_type_id=activity.owner_type_id, owner_id=activity.owner_id, type_id=activity.type_id,
            subject=activity.subject, communications=comms, start_text=text(activity.start_time),
            end_text=text(activity.end_time), direction=activity.direction, priority=activity.priority,
            description=activity.description, description_type=activity.description_type or 1,
            location=activity.location, responsible_id=activity.responsible_id or None,
            completed=activity.completed,
        )
