"""Typed dates and times → an aware datetime in the portal user's time zone. No Qt.

Every deadline, start and end field of Activity Desk accepts what a manager types
(issue 12 point 9). :func:`parse_datetime_input` reads:

* ISO: ``2026-12-03 14:30``, ``2026-12-03T14:30[:ss]``, with a UTC offset too
  (``2026-12-03T14:30+03:00``, ``…Z``: converted into the user's zone);
* numeric dates in the user's locale order (:class:`LocaleForms`): ``3.12.2026`` (day first),
  ``12/3/2026`` (month first), ``2026/12/03``; two-digit years (``3.12.26``) and no year
  (``3.12``: this year, or the next one when that day has passed);
* English month names: ``3 Dec 2026``, ``December 3``, ``Dec 3rd, 2026``;
* words: ``now``, ``today``, ``tomorrow``, ``day after tomorrow``, ``yesterday``, weekdays
  (``friday`` / ``next friday``: the next one after today; ``this friday``: today or later this week);
* relative: ``in 1h``, ``in 90 min``, ``in 2 hours``, ``+3d``, ``in a week`` (``in …`` minutes and
  hours count from now, to the minute; days and weeks keep the current time of day);
* times: ``18:00``, ``9``, ``9:30``, ``2:30 PM``, ``9am``, ``18h``, ``18h30``, ``noon``, ``midnight``;
* a date and a time together in either order, optionally joined by ``at``, ``@`` or a comma:
  ``tomorrow 9``, ``next monday at 9:00``, ``3.12.2026 14:30``, ``14:30 tomorrow``.

A date without a time gets ``default_time`` (09:00 unless the caller says otherwise); a time
without a date means today. The result is wall time in ``tz`` — the **portal user's** zone
(:func:`user_zone`, from ``user.current``'s ``TIME_ZONE``), not necessarily the machine's. A wall
time that does not exist there (a DST gap) moves forward by the gap, as the clock does.

Text that cannot be read gives an :class:`InputProblem` naming the part not understood; nothing
raises for any input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

__all__ = [
    "DEFAULT_TIME",
    "InputProblem",
    "LocaleForms",
    "ParsedInput",
    "machine_zone",
    "parse_datetime_input",
    "quick_choices",
    "same_zone",
    "user_zone",
    "zone_text",
]

#: The time of day a date typed without a time gets.
DEFAULT_TIME = time(9, 0)
#: Longest text read (characters); longer text is "not understood" as a whole.
MAX_INPUT = 80
_MAX_YEAR = 9999

_WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_UNITS = {
    "m": "minutes", "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days",
    "w": "weeks", "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
}
_LIMITS = {"minutes": 10_000_000, "hours": 200_000, "days": 10_000, "weeks": 1_500}

_ISO_OFFSET = re.compile(r"\d{4}-\d{2}-\d{2}[t ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})")
_RELATIVE = re.compile(r"(?:in\s+|\+\s*)(\d{1,8}|an?)\s*([a-z]+)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NUMERIC_DATE = re.compile(r"(\d{1,4})([./-])(\d{1,2})(?:\2(\d{2}|\d{4}))?\.?")
_DAY_MONTH = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\.?\s*(?:of\s+)?([a-z]+)\.?(?:\s+(\d{4}))?")
_MONTH_DAY = re.compile(r"([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s+(\d{4}))?")
_TIME = re.compile(r"(\d{1,2})(?:(?::|h)(\d{2})(?::(\d{2}))?|h)?\s*(am|pm|a\.m\.|p\.m\.)?")


@dataclass(frozen=True)
class LocaleForms:
    """How the user's locale writes numeric dates.

    Attributes:
        date_order: ``"DMY"`` (``3.12.2026``, most of Europe), ``"MDY"`` (``12/3/2026``, US) or
            ``"YMD"`` (``2026/12/03``). A 4-digit first number is always read as the year.
    """

    date_order: str = "DMY"


@dataclass(frozen=True)
class InputProblem:
    """Why typed text gave no date and time.

    Attributes:
        code: ``empty`` (nothing typed), ``not_understood`` (``fragment`` is not a date or time form
            we read), ``no_such_date`` (``fragment`` reads as a date that does not exist, e.g.
            ``31.02.2026``, or lies outside the years 1900–9999), ``no_such_time`` (``fragment`` reads as a time
            that does not exist, e.g. ``25:00``, ``13 pm``).
        fragment: the part of the text concerned, as typed (trimmed, lower-cased).
    """

    code: str
    fragment: str = ""


@dataclass(frozen=True)
class ParsedInput:
    """The result: ``value`` (aware, in the zone asked for) or ``problem``; exactly one is set."""

    value: datetime | None = None
    problem: InputProblem | None = None

    @property
    def ok(self) -> bool:
        return self.value is not None


class _Bad(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# -- zones --------------------------------------------------------------------------------------


def machine_zone() -> tzinfo:
    """The computer's local zone (a fixed offset when the system names none)."""
    return datetime.now().astimezone().tzinfo or UTC


def user_zone(time_zone: str | None, fallback: tzinfo | None = None) -> tzinfo:
    """The portal user's zone from ``user.current``'s ``TIME_ZONE`` (an IANA name such as
    ``Europe/Berlin``). An empty or unknown name means the user follows the portal's own zone,
    which REST does not tell: ``fallback`` (default: the machine's zone) is used.

    (``TIME_ZONE_OFFSET`` is the user's offset **relative to the portal server** in seconds, not to
    UTC, so it cannot give a zone on its own.)"""
    name = (time_zone or "").strip()
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    return fallback if fallback is not None else machine_zone()


def same_zone(a: tzinfo, b: tzinfo, at: datetime) -> bool:
    """Both zones have the same UTC offset around ``at`` (aware) and half a year later (DST)."""
    later = at + timedelta(days=182)
    return all(moment.astimezone(a).utcoffset() == moment.astimezone(b).utcoffset() for moment in (at, later))


def zone_text(tz: tzinfo, at: datetime) -> str:
    """``"Europe/Berlin (UTC+01:00)"`` or ``"UTC+03:00"`` for a zone without a name, at ``at``."""
    offset = at.astimezone(tz).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    utc = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    key = getattr(tz, "key", None)
    return f"{key} ({utc})" if key else utc


# -- helpers ------------------------------------------------------------------------------------


def _in_zone(day: date, clock: time, tz: tzinfo) -> datetime:
    """Wall time ``day`` ``clock`` in ``tz``; a time in a DST gap moves forward by the gap."""
    value = datetime.combine(day, clock).replace(tzinfo=tz)
    try:
        return value.astimezone(UTC).astimezone(tz)
    except OverflowError:  # past 9999-12-31 in UTC
        raise _Bad("no_such_date") from None


def _make_date(year: int, month: int, day: int) -> date:
    if not 1900 <= year <= _MAX_YEAR:
        raise _Bad("no_such_date")
    try:
        return date(year, month, day)
    except ValueError:
        raise _Bad("no_such_date") from None


def _year(text: str | None, today: date) -> int | None:
    if not text:
        return None
    value = int(text)
    return 2000 + value if len(text) == 2 else value


def _fill_year(month: int, day: int, year: int | None, today: date) -> date:
    if year is not None:
        return _make_date(year, month, day)
    candidate = _make_date(today.year, month, day) if not (month == 2 and day == 29) else None
    if candidate is None:  # 29 February without a year: the next leap year's
        for y in range(today.year, today.year + 8):
            try:
                candidate = date(y, 2, 29)
            except ValueError:
                continue
            if candidate >= today:
                return candidate
        raise _Bad("no_such_date")
    return candidate if candidate >= today else _make_date(today.year + 1, month, day)


def _parse_date(text: str, today: date, forms: LocaleForms) -> date | None:
    """A date part, or ``None`` when ``text`` is no date form; raises ``_Bad`` for an impossible one."""
    if text in ("today", "tod"):
        return today
    if text in ("tomorrow", "tmrw", "tmr"):
        return today + timedelta(days=1)
    if text in ("day after tomorrow", "the day after tomorrow", "overmorrow"):
        return today + timedelta(days=2)
    if text == "yesterday":
        return today - timedelta(days=1)
    words = text.split()
    if words and words[-1] in _WEEKDAYS and len(words) <= 2:
        target = _WEEKDAYS[words[-1]]
        lead = words[0] if len(words) == 2 else ""
        if lead not in ("", "next", "this", "on", "coming", "the"):
            return None
        ahead = (target - today.weekday()) % 7
        if lead != "this" and ahead == 0:
            ahead = 7
        return today + timedelta(days=ahead)
    if m := _ISO_DATE.fullmatch(text):
        return _make_date(int(m[1]), int(m[2]), int(m[3]))
    if m := _NUMERIC_DATE.fullmatch(text):
        first, sep, second, third = m[1], m[2], m[3], m[4]
        if len(first) == 4:  # 2026/12/03
            if third is None:
                return None
            return _make_date(int(first), int(second), int(third))
        if len(first) == 3:
            return None
        if sep == "-" and third is None:
            return None
        a, b = int(first), int(second)
        if forms.date_order == "MDY":
            month, day = a, b
        else:  # DMY, and YMD locales still write a day-first short date when the year is missing or last
            day, month = a, b
        return _fill_year(month, day, _year(third, today), today)
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        if (m := pattern.fullmatch(text)) and m[month_group] in _MONTHS:
            return _fill_year(_MONTHS[m[month_group]], int(m[day_group]), _year(m[3], today), today)
    return None


def _parse_time(text: str) -> time | None:
    """A time part, or ``None`` when ``text`` is no time form; raises ``_Bad`` for an impossible one."""
    if text in ("noon", "midday"):
        return time(12, 0)
    if text == "midnight":
        return time(0, 0)
    m = _TIME.fullmatch(text)
    if m is None:
        return None
    hour, minute, second = int(m[1]), int(m[2] or 0), int(m[3] or 0)
    meridiem = (m[4] or "").replace(".", "")
    if meridiem:
        if not 1 <= hour <= 12:
            raise _Bad("no_such_time")
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        raise _Bad("no_such_time")
    return time(hour, minute, second)


def _normalise(text: str) -> str:
    value = " ".join(text.strip().lower().split())
    value = re.sub(r"(\d{4}-\d{1,2}-\d{1,2})t(\d)", r"\1 \2", value)
    value = value.replace(",", " ").replace("@", " at ")
    value = re.sub(r"(\d)\s+(am|pm|a\.m\.|p\.m\.)\b", r"\1\2", value)
    return " ".join(w for w in value.split() if w != "at")


def _relative(text: str, now: datetime, tz: tzinfo) -> datetime | None:
    m = _RELATIVE.fullmatch(text)
    if m is None or m[2] not in _UNITS:
        return None
    amount = 1 if m[1] in ("a", "an") else int(m[1])
    unit = _UNITS[m[2]]
    if amount > _LIMITS[unit]:
        raise _Bad("no_such_date")
    local = now.astimezone(tz).replace(second=0, microsecond=0)
    try:
        if unit in ("minutes", "hours"):
            moved = (local.astimezone(UTC) + timedelta(**{unit: amount})).astimezone(tz)
        else:
            day = local.date() + timedelta(**{unit: amount})
            if day.year > _MAX_YEAR:
                raise _Bad("no_such_date")
            moved = _in_zone(day, local.time(), tz)
    except OverflowError:
        raise _Bad("no_such_date") from None
    if moved.year > _MAX_YEAR:
        raise _Bad("no_such_date")
    return moved


# -- the parser ---------------------------------------------------------------------------------


def parse_datetime_input(text: str, *, now: datetime, tz: tzinfo, forms: LocaleForms = LocaleForms(),
                         default_time: time = DEFAULT_TIME) -> ParsedInput:
    """Read ``text`` as typed into a date-and-time field.

    Args:
        text: what the user typed (any string; never raises).
        now: the current moment (aware), for relative forms and missing dates/years.
        tz: the portal user's zone (:func:`user_zone`): the result's wall time is in it.
        forms: the user's locale order of numeric dates.
        default_time: the time given to a date typed without one.

    Returns:
        :class:`ParsedInput` with ``value`` (aware, ``tzinfo`` = ``tz``) or ``problem``
        (:class:`InputProblem`: ``empty``, ``not_understood``, ``no_such_date``, ``no_such_time``).
    """
    raw = " ".join((text or "").strip().lower().split())
    if not raw:
        return ParsedInput(problem=InputProblem("empty"))
    if len(raw) > MAX_INPUT:
        return ParsedInput(problem=InputProblem("not_understood", raw[:MAX_INPUT] + "…"))
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    try:
        return ParsedInput(value=_parse(raw, now, tz, forms, default_time))
    except _Bad as bad:
        return ParsedInput(problem=InputProblem(bad.code, getattr(bad, "fragment", raw)))


def _parse(raw: str, now: datetime, tz: tzinfo, forms: LocaleForms, default_time: time) -> datetime:
    if _ISO_OFFSET.fullmatch(raw):
        try:
            parsed = datetime.fromisoformat(raw.replace("z", "+00:00").replace("t", "T"))
        except ValueError:
            raise _fragment(_Bad("no_such_date"), raw) from None
        if not 1900 <= parsed.year <= _MAX_YEAR:
            raise _fragment(_Bad("no_such_date"), raw)
        return parsed.astimezone(tz)
    text = _normalise(raw)
    if text == "now":
        return now.astimezone(tz).replace(second=0, microsecond=0)
    try:
        moved = _relative(text, now, tz)
    except _Bad as bad:
        raise _fragment(bad, raw) from None
    if moved is not None:
        return moved
    today = now.astimezone(tz).date()
    words = text.split()
    best: _Bad | None = None  # the most telling failure: a recognised part beside one not understood
    for date_first in (True, False):
        for cut in range(len(words) + 1):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            date_text, time_text = (head, tail) if date_first else (tail, head)
            day_ok = time_ok = False
            try:
                day = _parse_date(date_text, today, forms) if date_text else today
                day_ok = day is not None
                clock = _parse_time(time_text) if time_text else (default_time if date_text else None)
                time_ok = clock is not None
            except _Bad as bad:
                fragment = time_text if day_ok else date_text
                candidate = _fragment(bad, fragment)
                if best is None or best.code == "not_understood":
                    best = candidate
                continue
            if day_ok and time_ok:
                assert day is not None and clock is not None
                return _in_zone(day, clock, tz)
            if (day_ok and date_text) or (time_ok and time_text):
                missing = time_text if day_ok and date_text else date_text
                if missing and (best is None or (best.code == "not_understood"
                                                 and len(missing) < len(getattr(best, "fragment", raw)))):
                    best = _fragment(_Bad("not_understood"), missing)
    raise best if best is not None else _fragment(_Bad("not_understood"), raw)


def _fragment(bad: _Bad, fragment: str) -> _Bad:
    bad.fragment = fragment  # type: ignore[attr-defined]
    return bad


# -- quick choices ------------------------------------------------------------------------------


def quick_choices(now: datetime, tz: tzinfo) -> list[tuple[str, datetime]]:
    """The date-and-time field's quick choices, aware in ``tz``: ``today_18`` (today 18:00),
    ``tomorrow_9`` (tomorrow 9:00), ``in_1_hour`` (now + 1 h, to the minute) and ``next_monday_9``
    (the next Monday after today, 9:00)."""
    local = now.astimezone(tz)
    today = local.date()
    in_hour = (local.replace(second=0, microsecond=0).astimezone(UTC) + timedelta(hours=1)).astimezone(tz)
    monday = today + timedelta(days=7 - today.weekday())
    return [
        ("today_18", _in_zone(today, time(18, 0), tz)),
        ("tomorrow_9", _in_zone(today + timedelta(days=1), time(9, 0), tz)),
        ("in_1_hour", in_hour),
        ("next_monday_9", _in_zone(monday, time(9, 0), tz)),
    ]
