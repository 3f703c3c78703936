"""Per-row display data of the timeline: card state, sort key and precomputed texts.

Everything a card shows is computed once when rows arrive (``CardBuilder.build``) so that the model's
``data()`` is a single attribute lookup (style.md §6). Rules:

* State (server-behaviour.md §4.2): ``COMPLETED`` for closed activities (history), ``INCOMING`` for
  open incoming ones (``Activity.is_incoming``: incoming channel, or incoming call/e-mail without a
  deadline), ``OVERDUE`` when open with a deadline before *now*, otherwise ``PLANNED``.
* Order (the Bitrix timeline): the planned block first — incoming, then by deadline ascending,
  activities without a deadline last, ties by id ascending — then history, newest first by
  ``start_time`` / ``deadline`` / ``created`` (the first that is set), ties by id descending.
* Header date: the deadline for open activities that have one, otherwise ``start_time`` /
  ``created``; history shows its history time. Texts per server-behaviour.md §4.2 (see ``format``).
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.bitrix.models import MAX_DATE_YEAR, Activity, ActivityType, Direction

from .format import DateTexts
from .sync import SyncBadge

__all__ = ["CardBuilder", "CardData", "CardState", "SortKey", "arrival_time", "history_time", "sort_key"]

_PREVIEW_CHARS = 300

#: A total order over rows; smaller sorts first.
SortKey = tuple[int, int, int, float, int]


class CardState(IntEnum):
    """What a card's icon colour and state pill say (server-behaviour.md §4.2)."""

    COMPLETED = 0
    OVERDUE = 1
    INCOMING = 2
    PLANNED = 3


@dataclass(frozen=True, slots=True)
class CardData:
    """Everything the delegate paints for one row (``CardDataRole``); all texts already translated.

    Attributes:
        activity: the row's ``Activity``.
        state: ``CardState``.
        title: subject, or "(no subject)".
        date_text: header date (``today, 3:00 pm``), ``""`` when the activity has no time at all.
        pill_text: state pill ("Overdue", "Incoming", "Completed", "Planned").
        responsible: the responsible user's name (``#id`` until names are known, ``""`` for none).
        preview: one-line plain-text description (BB code / HTML stripped), ``""`` for none.
        accessible_text: spoken sentence: kind, subject, state, deadline, responsible.
        tooltip: title, date and deadline lines plus the preview.
        sort_key: position key (see module docstring).
        sync: the sync pill (``sync.SyncBadge``) of a change not yet confirmed by the portal, or ``None``.
        layout: the configurable activity's layout (a LayoutDto dict as the portal stores it,
            api-spec.md §5; ``crm.activity.configurable.get``), or ``None`` for a plain activity. A card
            with a layout is drawn as its preview (``CardTree.from_layout``); not compared or hashed.
        deadline_text: the deadline as its pill reads (``tomorrow, 3:00 pm``), ``""`` without one; a
            configurable card's ``deadline`` block shows it.
    """

    activity: Activity
    state: CardState
    title: str
    date_text: str
    pill_text: str
    responsible: str
    preview: str
    accessible_text: str
    tooltip: str
    sort_key: SortKey
    sync: SyncBadge | None = None
    layout: Mapping[str, Any] | None = field(default=None, compare=False)
    deadline_text: str = ""

    @property
    def is_placeholder(self) -> bool:
        """A create the portal has not confirmed yet (negative id, ``OutboxEntry.placeholder_id``)."""
        return self.activity.id < 0

    def with_sync(self, badge: SyncBadge | None) -> CardData:
        """This card with ``badge`` (tooltip and spoken text name the sync state too)."""
        if badge is None and self.sync is None:
            return self
        tooltip, spoken = self.tooltip, self.accessible_text
        if self.sync is not None:  # drop the previous badge's lines
            tooltip = tooltip.removesuffix("\n" + self.sync.detail)
            spoken = spoken.removesuffix(" " + self.sync.text + ".")
        if badge is not None:
            tooltip = f"{tooltip}\n{badge.detail}"
            spoken = f"{spoken} {badge.text}."
        return replace(self, sync=badge, tooltip=tooltip, accessible_text=spoken)


def _real(value: datetime | None) -> datetime | None:
    """``value`` unless it is the server's "max date" (``9999-12-31``, server-behaviour.md §1.2)."""
    return value if value is not None and value.year < MAX_DATE_YEAR else None


def history_time(activity: Activity) -> datetime | None:
    """The time a history card is filed under: ``start_time``, else ``deadline``, else ``created``."""
    return _real(activity.start_time) or activity.deadline or _real(activity.created)


def arrival_time(activity: Activity) -> datetime | None:
    """The time shown for open activities without a deadline: ``start_time``, else ``created``."""
    return _real(activity.start_time) or _real(activity.created)


def sort_key(activity: Activity) -> SortKey:
    """Timeline position key (module docstring); independent of *now*."""
    if not activity.completed:
        deadline = activity.deadline
        return (0, 0 if activity.is_incoming else 1, 0 if deadline is not None else 1,
                deadline.timestamp() if deadline is not None else 0.0, activity.id)
    when = history_time(activity)
    return (1, 0 if when is not None else 1, 0, -when.timestamp() if when is not None else 0.0, -activity.id)


def card_state(activity: Activity, now: datetime) -> CardState:
    """``CardState`` of ``activity`` at ``now`` (an aware datetime)."""
    if activity.completed:
        return CardState.COMPLETED
    if activity.is_incoming:
        return CardState.INCOMING
    if activity.is_overdue(now):
        return CardState.OVERDUE
    return CardState.PLANNED


_TAG_RE = re.compile(r"<[^>]*>")
_BB_RE = re.compile(r"\[/?[a-zA-Z*][^\]]*\]")
_SPACE_RE = re.compile(r"\s+")


def description_preview(activity: Activity) -> str:
    """The description as one plain-text line (at most 300 characters; the delegate elides further)."""
    text = activity.description or ""
    if not text:
        return ""
    if activity.description_type == 3 or ("<" in text and _TAG_RE.search(text)):  # HTML
        text = html.unescape(_TAG_RE.sub(" ", text))
    if activity.description_type == 2 or _BB_RE.search(text):  # BB code
        text = _BB_RE.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()[:_PREVIEW_CHARS]


class _Words:
    """The translated words of the ``TimelineModel`` context, looked up once per builder."""

    def __init__(self) -> None:
        # Literal QCoreApplication.translate calls, so that pyside6-lupdate extracts them.
        self.no_subject = QCoreApplication.translate("TimelineModel", "(no subject)")
        self.pill = {
            CardState.OVERDUE: QCoreApplication.translate("TimelineModel", "Overdue"),
            CardState.INCOMING: QCoreApplication.translate("TimelineModel", "Incoming"),
            CardState.COMPLETED: QCoreApplication.translate("TimelineModel", "Completed"),
            CardState.PLANNED: QCoreApplication.translate("TimelineModel", "Planned"),
        }
        self.spoken = {  # the state inside a sentence
            CardState.OVERDUE: QCoreApplication.translate("TimelineModel", "overdue"),
            CardState.INCOMING: QCoreApplication.translate("TimelineModel", "incoming"),
            CardState.COMPLETED: QCoreApplication.translate("TimelineModel", "completed"),
            CardState.PLANNED: QCoreApplication.translate("TimelineModel", "planned"),
        }
        self.todo = QCoreApplication.translate("TimelineModel", "To-do")
        self.call = (
            QCoreApplication.translate("TimelineModel", "Call"),
            QCoreApplication.translate("TimelineModel", "Incoming call"),
            QCoreApplication.translate("TimelineModel", "Outgoing call"),
        )
        self.email = (
            QCoreApplication.translate("TimelineModel", "E-mail"),
            QCoreApplication.translate("TimelineModel", "Incoming e-mail"),
            QCoreApplication.translate("TimelineModel", "Outgoing e-mail"),
        )
        self.meeting = QCoreApplication.translate("TimelineModel", "Meeting")
        self.task = QCoreApplication.translate("TimelineModel", "Task")
        self.activity = QCoreApplication.translate("TimelineModel", "Activity")
        self.deadline = QCoreApplication.translate("TimelineModel", "deadline {date}")
        self.no_deadline = QCoreApplication.translate("TimelineModel", "no deadline")
        self.responsible = QCoreApplication.translate("TimelineModel", "responsible: {name}")
        self.no_responsible = QCoreApplication.translate("TimelineModel", "no responsible user")
        self.sentence = QCoreApplication.translate(
            "TimelineModel", "{kind} “{subject}”, {state}, {deadline}, {responsible}.")
        self.kind_state = QCoreApplication.translate("TimelineModel", "{kind} · {state}")
        self.deadline_line = QCoreApplication.translate("TimelineModel", "Deadline: {date}")
        self.responsible_line = QCoreApplication.translate("TimelineModel", "Responsible: {name}")

    def kind(self, activity: Activity) -> str:
        """"To-do", "Incoming call", "Outgoing e-mail", "Meeting", "Task", "Activity"."""
        if activity.is_todo:
            return self.todo
        kind = activity.type_id  # an int: cheaper than the ``kind`` enum for 100k rows
        if kind == ActivityType.CALL or kind == ActivityType.EMAIL:
            names = self.call if kind == ActivityType.CALL else self.email
            direction = activity.direction
            return names[1] if direction == Direction.INCOMING else names[2] if direction == Direction.OUTGOING \
                else names[0]
        if kind == ActivityType.MEETING:
            return self.meeting
        if kind == ActivityType.TASK:
            return self.task
        return self.activity


class CardBuilder:
    """Builds ``CardData`` for one "now", viewer zone, locale, user-name map and translation.

    Make a new builder whenever one of those changes (``TimelineModel`` does).

    Args:
        now: aware datetime deciding overdue and today/tomorrow.
        tz: the viewer's time zone for every shown time (``None``: the system's local zone).
        locale: month/day names and time style.
        user_names: responsible user id → display name (``#<id>`` is shown until known).
    """

    def __init__(self, *, now: datetime, tz: tzinfo | None, locale: QLocale, user_names: dict[int, str]) -> None:
        self.now = now
        self.dates = DateTexts(tz, locale)
        self.today = self.dates.today(now)
        self.user_names = user_names
        self.words = _Words()

    def responsible(self, activity: Activity) -> str:
        """The responsible user's name, ``#<id>`` while unknown, ``""`` when nobody is responsible."""
        user_id = activity.responsible_id
        if not user_id:
            return ""
        return self.user_names.get(user_id) or f"#{user_id}"

    def build(self, activity: Activity, key: SortKey | None = None,
              layout: Mapping[str, Any] | None = None) -> CardData:
        """Precompute the ``CardData`` of one row (``key``: its sort key when already known; ``layout``:
        the configurable activity's layout, see ``CardData.layout``)."""
        words, dates, today = self.words, self.dates, self.today
        state = card_state(activity, self.now)
        title = activity.subject.strip() or words.no_subject
        deadline = activity.deadline
        if state == CardState.COMPLETED:
            when = history_time(activity)
        elif deadline is not None and state != CardState.INCOMING:
            when = deadline
        else:
            when = arrival_time(activity)
        date_text = dates.card(when, today) if when is not None else ""
        pill_text = words.pill[state]
        responsible = self.responsible(activity)
        preview = description_preview(activity)
        kind = words.kind(activity)
        deadline_text = dates.pill(deadline, today) if deadline is not None else ""

        accessible = words.sentence.format(
            kind=kind, subject=title, state=words.spoken[state],
            deadline=words.deadline.format(date=deadline_text) if deadline_text else words.no_deadline,
            responsible=words.responsible.format(name=responsible) if responsible else words.no_responsible)
        tooltip_lines = [title, words.kind_state.format(kind=kind, state=pill_text)]
        if date_text:
            tooltip_lines.append(date_text)
        if deadline_text and state != CardState.COMPLETED:
            tooltip_lines.append(words.deadline_line.format(date=deadline_text))
        if responsible:
            tooltip_lines.append(words.responsible_line.format(name=responsible))
        if preview:
            tooltip_lines.append(preview)
        return CardData(activity=activity, state=state, title=title, date_text=date_text, pill_text=pill_text,
                        responsible=responsible, preview=preview, accessible_text=accessible,
                        tooltip="\n".join(tooltip_lines), sort_key=key if key is not None else sort_key(activity),
                        layout=layout, deadline_text=deadline_text)
