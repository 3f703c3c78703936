"""Words for an activity's fields, as a manager reads them (issue 12 point 4): no type codes, no
``Y``/``N``, no JSON.

Shared by the details pane's summary (:mod:`.details_summary`) and its conflict view
(:mod:`.details_conflict`). Enum values follow api-spec.md §3.3 (``TYPE_ID``, ``DIRECTION``,
``PRIORITY``, ``NOTIFY_TYPE``); ``PROVIDER_ID`` names the kind of a provider activity (``CRM_TODO`` =
a to-do, server-behaviour.md §4). Texts are translated in the ``DetailsTexts`` context.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QTextDocumentFragment

from desktop_app.bitrix.models import Activity, ActivityType, Direction, parse_datetime

from .quick_edit import color_name
from .timeline.format import DateTexts
from .todo_reminders import reminders_text

_C = "DetailsTexts"

#: ``TYPE_ID`` → what the activity is (api-spec.md §3.3).
TYPE_WORDS: dict[int, str] = {
    ActivityType.MEETING: QT_TRANSLATE_NOOP("DetailsTexts", "Meeting"),
    ActivityType.CALL: QT_TRANSLATE_NOOP("DetailsTexts", "Call"),
    ActivityType.TASK: QT_TRANSLATE_NOOP("DetailsTexts", "Task"),
    ActivityType.EMAIL: QT_TRANSLATE_NOOP("DetailsTexts", "E-mail"),
    ActivityType.ACTION: QT_TRANSLATE_NOOP("DetailsTexts", "Action"),
}
#: ``PROVIDER_ID`` of a provider activity (``TYPE_ID`` 6) → what it is.
PROVIDER_WORDS: dict[str, str] = {
    "CRM_TODO": QT_TRANSLATE_NOOP("DetailsTexts", "To-do"),
    "CRM_MEETING": QT_TRANSLATE_NOOP("DetailsTexts", "Meeting"),
    "VOXIMPLANT_CALL": QT_TRANSLATE_NOOP("DetailsTexts", "Call"),
    "CRM_CALL_TRACKER": QT_TRANSLATE_NOOP("DetailsTexts", "Call"),
    "CRM_EMAIL": QT_TRANSLATE_NOOP("DetailsTexts", "E-mail"),
    "REST_APP": QT_TRANSLATE_NOOP("DetailsTexts", "App activity"),
    "CRM_WEBFORM": QT_TRANSLATE_NOOP("DetailsTexts", "Web form"),
    "IMOPENLINES_SESSION": QT_TRANSLATE_NOOP("DetailsTexts", "Chat"),
    "CRM_SMS": QT_TRANSLATE_NOOP("DetailsTexts", "SMS"),
}
DIRECTION_WORDS: dict[int, str] = {
    Direction.INCOMING: QT_TRANSLATE_NOOP("DetailsTexts", "Incoming"),
    Direction.OUTGOING: QT_TRANSLATE_NOOP("DetailsTexts", "Outgoing"),
}
#: ``PRIORITY``: 2 (medium) is Bitrix24's "normal"; 0 (not set) reads as normal too.
PRIORITY_WORDS: dict[int, str] = {
    0: QT_TRANSLATE_NOOP("DetailsTexts", "Normal"), 1: QT_TRANSLATE_NOOP("DetailsTexts", "Low"),
    2: QT_TRANSLATE_NOOP("DetailsTexts", "Normal"), 3: QT_TRANSLATE_NOOP("DetailsTexts", "High"),
}
#: Legacy field names (and ``pingOffsets``) as labels, e.g. in the conflict view.
FIELD_LABELS: dict[str, str] = {
    "SUBJECT": QT_TRANSLATE_NOOP("DetailsTexts", "Subject"),
    "DESCRIPTION": QT_TRANSLATE_NOOP("DetailsTexts", "Description"),
    "DEADLINE": QT_TRANSLATE_NOOP("DetailsTexts", "Deadline"),
    "START_TIME": QT_TRANSLATE_NOOP("DetailsTexts", "Start"),
    "END_TIME": QT_TRANSLATE_NOOP("DetailsTexts", "End"),
    "RESPONSIBLE_ID": QT_TRANSLATE_NOOP("DetailsTexts", "Responsible"),
    "COLOR": QT_TRANSLATE_NOOP("DetailsTexts", "Colour"),
    "COMPLETED": QT_TRANSLATE_NOOP("DetailsTexts", "Status"),
    "PRIORITY": QT_TRANSLATE_NOOP("DetailsTexts", "Priority"),
    "LOCATION": QT_TRANSLATE_NOOP("DetailsTexts", "Location"),
    "DIRECTION": QT_TRANSLATE_NOOP("DetailsTexts", "Direction"),
    "TYPE_ID": QT_TRANSLATE_NOOP("DetailsTexts", "Type"),
    "NOTIFY": QT_TRANSLATE_NOOP("DetailsTexts", "Reminders"),
    "pingOffsets": QT_TRANSLATE_NOOP("DetailsTexts", "Reminders"),
    "FILES": QT_TRANSLATE_NOOP("DetailsTexts", "Files"),
}
_NOTIFY_UNITS = {1: 1, 2: 60, 3: 1440}  # NOTIFY_TYPE → minutes per unit
_BBCODE = re.compile(r"\[/?[a-zA-Z*]+(?:=[^\]]*)?\]")
_DATETIME_FIELDS = ("DEADLINE", "START_TIME", "END_TIME")


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def tr(text: str) -> str:
    """``text`` translated in the ``DetailsTexts`` context."""
    return QCoreApplication.translate(_C, text)


def plain_description(text: str, description_type: int) -> str:
    """The description as plain text: HTML (``DESCRIPTION_TYPE`` 3) and BB code (2) markup removed."""
    if description_type == 3:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    if description_type == 2:
        return _BBCODE.sub("", text)
    return text


def type_text(activity: Activity) -> str:
    """"Call", "Meeting", "E-mail", "To-do", "App activity"… (never a code)."""
    if activity.kind is ActivityType.PROVIDER or activity.is_todo:
        word = PROVIDER_WORDS.get(activity.provider_id or "")
        return tr(word) if word else translate("DetailsTexts", "Activity")
    word = TYPE_WORDS.get(activity.kind)
    return tr(word) if word else translate("DetailsTexts", "Activity")


def direction_text(activity: Activity) -> str | None:
    """"Incoming" / "Outgoing" for calls and e-mails (and other kinds that set one); ``None`` when
    the activity has no direction (to-dos, meetings)."""
    word = DIRECTION_WORDS.get(activity.direction)
    if word is None or activity.is_todo:
        return None
    return tr(word)


def priority_text(priority: int) -> str:
    """"High" / "Normal" / "Low"."""
    word = PRIORITY_WORDS.get(int(priority))
    return tr(word) if word else translate("DetailsTexts", "Normal")


def status_text(activity: Activity, now: datetime) -> str:
    """"Completed", "Overdue" (open, past its deadline at ``now``, aware) or "Open"."""
    if activity.completed:
        return translate("DetailsTexts", "Completed")
    if activity.is_overdue(now):
        return translate("DetailsTexts", "Overdue")
    return translate("DetailsTexts", "Open")


def notify_text(activity: Activity, ping_offsets: Sequence[int] | None) -> str:
    """The reminders in words: a to-do's ``pingOffsets`` ("At the time, 15 minutes before"), another
    activity's ``NOTIFY_TYPE`` / ``NOTIFY_VALUE`` ("15 minutes before"), "None"."""
    if activity.is_todo:
        return reminders_text(ping_offsets)
    unit = _NOTIFY_UNITS.get(activity.notify_type)
    if unit is None:
        return reminders_text([])
    return reminders_text([max(0, activity.notify_value) * unit])


def field_label(field: str) -> str:
    """A legacy field name (``DEADLINE``) as a label ("Deadline"); unknown names stay as they are."""
    label = FIELD_LABELS.get(field)
    return tr(label) if label else field


def value_text(field: str, value: str, texts: DateTexts, today: date,
               user_names: Mapping[int, str] | None = None, description_type: int = 1) -> str:
    """One field's value as text (``""`` = empty) in words: dates in the viewer's zone and locale
    with the day name ("Fri, December 4, 10:00 am"), users by name, colours by name, ``Y``/``N`` as
    Completed / Open, reminders as words, descriptions without markup."""
    if field == "pingOffsets":
        if value == "":
            return reminders_text(None)
        try:
            return reminders_text([int(v) for v in re.findall(r"-?\d+", value)])
        except ValueError:
            return value
    if field == "COLOR":
        return color_name(value if value else None)
    if value == "":
        return translate("DetailsTexts", "(empty)")
    if field in _DATETIME_FIELDS:
        try:
            moment = parse_datetime(value)
        except ValueError:
            return value
        if moment.year >= 9999:
            return translate("DetailsTexts", "No deadline")
        return texts.pill(moment, today)
    if field in ("RESPONSIBLE_ID", "AUTHOR_ID", "EDITOR_ID") and value.isdigit():
        return (user_names or {}).get(int(value)) or translate("DetailsTexts", "User #%1").replace("%1", value)
    if field == "COMPLETED":
        return translate("DetailsTexts", "Completed") if value.upper() in ("Y", "TRUE", "1") else translate("DetailsTexts", "Open")
    if field == "PRIORITY" and value.isdigit():
        return priority_text(int(value))
    if field == "DIRECTION" and value.isdigit():
        word = DIRECTION_WORDS.get(int(value))
        return tr(word) if word else translate("DetailsTexts", "Not set")
    if field == "DESCRIPTION":
        return plain_description(value, description_type) or translate("DetailsTexts", "(empty)")
    return value
