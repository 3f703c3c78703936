"""Per-row display data of the timeline: card state, sort key and precomputed texts.

Everything a card shows is computed once when rows arrive (``CardBuilder.build``) so that the model's
``data()`` is a single attribute lookup (style.md §6). Rules:

* State (server-behaviour.md §4.2): ``COMPLETED`` for closed activities (history), ``INCOMING`` for
  open incoming ones (``Activity.is_incoming``: incoming channel, or incoming call/e-mail without a
  deadline), ``OVERDUE`` when open with a deadline before *now*, otherwise ``PLANNED``.
* Order (the Bitrix timeline): pinned cards first (newest pin first; pins are kept locally,
  :mod:`desktop_app.store.pins`), then the planned block — incoming, then by deadline ascending,
  activities without a deadline last, ties by id ascending — then history, most recently completed
  first (:func:`history_time`), ties by id descending.
* Completion time: the portal has no "completed at" field; ``LAST_UPDATED`` of a completed activity
  is the time it was completed (completing stamps it, and the portal refuses edits of completed
  to-dos), so history is ordered by it; ``END_TIME`` / ``START_TIME`` / ``DEADLINE`` / ``CREATED``
  stand in when it is missing. The portal's history pages still come by ``START_TIME`` (the cache's
  history edge relies on it); a row of a later page that sorts higher is put in its place.
* Client: the first ``COMMUNICATIONS`` item's person (``ENTITY_SETTINGS``: name, or the company's or
  lead's title) and its first phone (api-spec.md §3.6), else the shown entity's own party
  (``CardBuilder.entity_client``, e.g. the contact whose timeline this is).
* Header date: the deadline for open activities that have one, otherwise ``start_time`` /
  ``created``; history shows its history time. Texts per server-behaviour.md §4.2 (see ``format``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from desktop_app.bitrix.models import MAX_DATE_YEAR, Activity, ActivityType, Direction

from .card_texts import PREVIEW_CHARS as _PREVIEW_CHARS
from .card_texts import SPACE_RE as _SPACE_RE
from .card_texts import client_of, description_preview, description_text, has_breaks
from .format import DateTexts
from .sync import SyncBadge

__all__ = ["CardBadge", "CardBuilder", "CardData", "CardState", "Section", "SortKey", "arrival_time", "client_of",
           "history_time", "sort_key"]


#: A total order over rows; smaller sorts first.
SortKey = tuple[int, int, int, float, int]


class Section(IntEnum):
    """The list's sections, in order (``sort_key[0]``); a header names each one."""

    PINNED = 0
    PLANNED = 1
    HISTORY = 2


class CardState(IntEnum):
    """What a card's icon colour and state pill say (server-behaviour.md §4.2)."""

    COMPLETED = 0
    OVERDUE = 1
    INCOMING = 2
    PLANNED = 3


@dataclass(frozen=True, slots=True)
class CardBadge:
    """A configurable activity's badge on its card (``fields.badgeCode``, api-spec.md §4.13).

    Attributes:
        text: the badge's value in the viewer's language, upper-case (portal text, plain).
        type: ``success`` / ``failure`` / ``warning`` / ``primary`` / ``secondary`` (the pill's colours).
        title: the badge's title in the viewer's language (tooltip and spoken text).
    """

    text: str
    type: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class CardData:
    """Everything the delegate paints for one row (``CardDataRole``); all texts already translated.

    Attributes:
        activity: the row's ``Activity``.
        state: ``CardState``.
        title: subject, or the kind ("To-do", "Incoming call") when it has none, as the web card does.
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
        deadline_pill: the deadline pill's text on a planned card (``Deadline: Mon, February 3, 3:00 pm``
            reads as the pill alone, server-behaviour.md §4.7), ``""`` when none is shown (history, no deadline).
        pinned: pinned locally (:mod:`desktop_app.store.pins`): on top, in the "Pinned" section.
        client: the client's name and phone (``Anna Smith · +1 555 0100``), ``""`` when unknown.
        files_text: the attachments line (``contract.pdf, File 12``), ``""`` without files or when
            files were not selected; ``file_ids`` their ids (``Activity.files``).
        description: the whole description as plain text with its line breaks, made for an expanded
            card only (``""`` otherwise, or when the one-line ``preview`` already is all of it).
        has_more: the description has more than its one line (line breaks, or longer than the preview).
        expanded: "Show more" was clicked: the whole description is shown (the row is re-measured).
        checkable: the card has the "complete" checkbox (open, confirmed, not configurable).
        badge: the configurable activity's badge (:class:`CardBadge`), drawn as a pill in its header.
        blocks: an application's additional content blocks on this (non-configurable) activity (a
            RestAppLayoutDto dict, ``crm.activity.layout.blocks.get``, api-spec.md §4.14), drawn inside
            the card below its own content; ``None`` for none. Not compared or hashed.
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
    deadline_pill: str = ""
    pinned: bool = False
    client: str = ""
    files_text: str = ""
    file_ids: tuple[int, ...] = ()
    description: str = ""
    expanded: bool = False
    checkable: bool = False
    has_more: bool = False
    badge: CardBadge | None = None
    blocks: Mapping[str, Any] | None = field(default=None, compare=False)

    @property
    def section(self) -> Section:
        """The list section the card is in."""
        return Section(self.sort_key[0])

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
    """The time a history card is filed and sorted under: its completion time (``last_updated``, see
    the module docstring), else ``end_time``, ``start_time``, ``deadline``, ``created``."""
    return (_real(activity.last_updated) or _real(activity.end_time) or _real(activity.start_time)
            or activity.deadline or _real(activity.created))


def arrival_time(activity: Activity) -> datetime | None:
    """The time shown for open activities without a deadline: ``start_time``, else ``created``."""
    return _real(activity.start_time) or _real(activity.created)


def sort_key(activity: Activity, pinned_at: datetime | None = None) -> SortKey:
    """Timeline position key (module docstring); independent of *now*. ``pinned_at``: when the card
    was pinned (aware), ``None`` when it is not."""
    if pinned_at is not None:
        return (Section.PINNED, 0, 0, -pinned_at.timestamp(), -activity.id)
    if not activity.completed:
        deadline = activity.deadline
        return (Section.PLANNED, 0 if activity.is_incoming else 1, 0 if deadline is not None else 1,
                deadline.timestamp() if deadline is not None else 0.0, activity.id)
    when = history_time(activity)
    return (Section.HISTORY, 0 if when is not None else 1, 0, -when.timestamp() if when is not None else 0.0,
            -activity.id)


def card_state(activity: Activity, now: datetime) -> CardState:
    """``CardState`` of ``activity`` at ``now`` (an aware datetime)."""
    if activity.completed:
        return CardState.COMPLETED
    if activity.is_incoming:
        return CardState.INCOMING
    if activity.is_overdue(now):
        return CardState.OVERDUE
    return CardState.PLANNED


class _Words:
    """The translated words of the ``TimelineModel`` context, looked up once per builder."""

    def __init__(self) -> None:
        # Literal QCoreApplication.translate calls, so that pyside6-lupdate extracts them.
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
        self.pinned = QCoreApplication.translate("TimelineModel", "Pinned")
        self.spoken_pinned = QCoreApplication.translate("TimelineModel", "Pinned.")
        self.client = QCoreApplication.translate("TimelineModel", "Client: {client}")
        self.file = QCoreApplication.translate("TimelineModel", "File {id}")
        self.files_line = QCoreApplication.translate("TimelineModel", "Files: {names}")
        self.responsible_line = QCoreApplication.translate("TimelineModel", "Responsible: {name}")
        self.badge = QCoreApplication.translate("TimelineModel", "{title}: {value}")

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

    def __init__(self, *, now: datetime, tz: tzinfo | None, locale: QLocale, user_names: dict[int, str],
                 pins: Mapping[int, datetime] | None = None, expanded: frozenset[int] | set[int] = frozenset(),
                 entity_client: tuple[str, str] = ("", ""), file_names: Mapping[int, str] | None = None) -> None:
        self.now = now
        self.dates = DateTexts(tz, locale)
        self.today = self.dates.today(now)
        self.user_names = user_names
        self.words = _Words()
        #: Pinned activity id → when pinned (aware).
        self.pins: Mapping[int, datetime] = pins if pins is not None else {}
        #: Activity ids whose whole description is shown ("Show more").
        self.expanded = expanded
        #: (name, phone) of the shown entity's own party, for cards without ``COMMUNICATIONS``.
        self.entity_client = entity_client
        #: Attachment id → file name, when known (uploaded or downloaded once).
        self.file_names: Mapping[int, str] = file_names if file_names is not None else {}

    def client(self, activity: Activity) -> str:
        """``Name · phone`` of the activity's client (see ``client_of``), else of the shown entity."""
        name, phone = client_of(activity)
        if not name and not phone:
            name, phone = self.entity_client
        return " · ".join(p for p in (name, phone) if p)

    def files(self, activity: Activity) -> tuple[tuple[int, ...], str]:
        """The attachments' ids and their line: names when known (a file waiting to be sent keeps its
        name; others uploaded or downloaded here are in ``file_names``), else ``File <id>``."""
        files = getattr(activity, "files", None)
        if not files:
            return (), ""
        names = self.file_names
        ids: list[int] = []
        shown: list[str] = []
        for item in files:
            file_id = getattr(item, "id", 0)
            ids.append(file_id)
            name = getattr(item, "name", None) or names.get(file_id) or ""
            name = _SPACE_RE.sub(" ", str(name)).strip()[:80]
            shown.append(name or self.words.file.format(id=file_id))
        return tuple(ids), ", ".join(shown)

    def responsible(self, activity: Activity) -> str:
        """The responsible user's name, ``#<id>`` while unknown, ``""`` when nobody is responsible."""
        user_id = activity.responsible_id
        if not user_id:
            return ""
        return self.user_names.get(user_id) or f"#{user_id}"

    def build(self, activity: Activity, key: SortKey | None = None,
              layout: Mapping[str, Any] | None = None, *, badge: CardBadge | None = None,
              blocks: Mapping[str, Any] | None = None) -> CardData:
        """Precompute the ``CardData`` of one row (``key``: its sort key when already known; ``layout``:
        the configurable activity's layout, ``badge`` its badge, ``blocks`` an application's content
        blocks on a plain activity: see ``CardData``)."""
        words, dates, today = self.words, self.dates, self.today
        state = card_state(activity, self.now)
        pinned_at = self.pins.get(activity.id)
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
        title = activity.subject.strip() or kind  # as the web card's header: the kind when no subject
        deadline_text = dates.pill(deadline, today) if deadline is not None else ""
        client = self.client(activity)
        file_ids, files_text = self.files(activity)
        # The whole text only for an expanded card (the regexes are not run for 10,000 rows); a card
        # has more than its line when the text has line breaks or was cut (the painter also offers
        # "Show more" when the line is elided at the card's width).
        expanded = activity.id in self.expanded
        more = bool(preview) and (len(preview) >= _PREVIEW_CHARS or has_breaks(activity.description))
        description = description_text(activity) if preview and expanded else ""
        if description == preview:
            description = ""

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
        if client:
            tooltip_lines.append(words.client.format(client=client))
            accessible = f"{accessible} {words.client.format(client=client)}."
        if files_text:
            tooltip_lines.append(words.files_line.format(names=files_text))
            accessible = f"{accessible} {words.files_line.format(names=files_text)}."
        if badge is not None:
            badge_line = words.badge.format(title=badge.title or badge.type, value=badge.text)
            tooltip_lines.append(badge_line)
            accessible = f"{accessible} {badge_line}."
        if pinned_at is not None:
            accessible = f"{words.spoken_pinned} {accessible}"
        if preview:
            tooltip_lines.append(preview)
        if key is None or (key[0] == Section.PINNED) != (pinned_at is not None):
            key = sort_key(activity, pinned_at)
        return CardData(activity=activity, state=state, title=title, date_text=date_text, pill_text=pill_text,
                        responsible=responsible, preview=preview, accessible_text=accessible,
                        tooltip="\n".join(tooltip_lines), sort_key=key, layout=layout, deadline_text=deadline_text,
                        deadline_pill=deadline_text if state != CardState.COMPLETED else "",
                        pinned=pinned_at is not None, client=client, files_text=files_text, file_ids=file_ids,
                        description=description, expanded=expanded, has_more=more,
                        checkable=not activity.completed and activity.id > 0 and layout is None,
                        badge=badge, blocks=blocks if layout is None else None)
