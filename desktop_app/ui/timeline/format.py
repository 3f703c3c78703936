"""Date texts of timeline cards, the way the Bitrix24 web timeline writes them.

Source: server-behaviour.md §4.2 (card header date, ``crm/timeline/tools/datetime-converter.js``) and
§4.7 (deadline pill). The default ``en`` culture gives::

    today, 3:00 pm            tomorrow, 3:00 pm            yesterday, 3:00 pm
    February 3, 3:00 pm       (same year)
    February 3, 2024, 3:00 pm (another year)
    Mon, February 3, 3:00 pm  (deadline pill: day of week first)

Times are shown in the viewer's time zone: every function takes an aware ``datetime`` and a ``tz``
(``datetime.tzinfo``; ``None`` = the system's local zone, DST-correct per date) and converts with
``value.astimezone(tz)``, so tests can fix the zone. Month and
day names come from ``QLocale``; the layout stays Bitrix's: 12-hour locales use ``g:i a`` (``3:00 pm``),
24-hour locales ``H:i`` (``15:00``); month-first locales write ``February 3``, the others ``3 February``
(``3. Februar`` in German). The words "today"/"tomorrow"/"yesterday" are translated in the
``TimelineFormat`` context with a ``{time}`` placeholder.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

__all__ = ["DateTexts", "card_date_text", "deadline_pill_text", "time_text"]

class _Patterns:
    """QLocale format patterns in the Bitrix layout for one locale (cached per locale name)."""

    __slots__ = ("day_month", "day_month_year", "time")

    def __init__(self, locale: QLocale) -> None:
        short_time = locale.timeFormat(QLocale.FormatType.ShortFormat)
        self.time = "h:mm ap" if ("a" in short_time.lower()) else "HH:mm"
        long_date = locale.dateFormat(QLocale.FormatType.LongFormat)
        month_at = long_date.find("MMMM")
        day_at = _day_token_index(long_date)
        if month_at != -1 and day_at != -1 and month_at < day_at:
            self.day_month, self.day_month_year = "MMMM d", "MMMM d, yyyy"
        elif "d. MMMM" in long_date:
            self.day_month, self.day_month_year = "d. MMMM", "d. MMMM yyyy"
        else:
            self.day_month, self.day_month_year = "d MMMM", "d MMMM yyyy"


def _day_token_index(pattern: str) -> int:
    """Index of the day-of-month token (``d``/``dd``, not ``ddd``/``dddd``) in a QLocale pattern."""
    i = 0
    while i < len(pattern):
        if pattern[i] == "'":  # quoted literal
            end = pattern.find("'", i + 1)
            i = len(pattern) if end == -1 else end + 1
            continue
        if pattern[i] == "d":
            j = i
            while j < len(pattern) and pattern[j] == "d":
                j += 1
            if j - i <= 2:
                return i
            i = j
            continue
        i += 1
    return -1


_patterns_cache: dict[str, _Patterns] = {}


def _patterns(locale: QLocale) -> _Patterns:
    key = locale.name()
    found = _patterns_cache.get(key)
    if found is None:
        found = _patterns_cache[key] = _Patterns(locale)
    return found


class DateTexts:
    """Formats card and pill dates for one locale and viewer zone, caching QLocale results.

    Formatting 100,000 rows calls QLocale a few times per distinct day and minute only (style.md §6:
    texts are computed when rows arrive). Build a new instance when the locale, zone or translation
    changes.

    Args:
        tz: the viewer's time zone; ``None`` = the system's local zone.
        locale: month/day names and 12/24-hour style; default ``QLocale()``.
    """

    def __init__(self, tz: tzinfo | None, locale: QLocale | None = None) -> None:
        self.tz = tz
        self.locale = locale or QLocale()
        self._patterns = _patterns(self.locale)
        self._times: dict[tuple[int, int], str] = {}
        self._days: dict[tuple[date, bool], str] = {}
        self._weekdays: dict[int, str] = {}
        self._relative = (
            QCoreApplication.translate("TimelineFormat", "yesterday, {time}"),
            QCoreApplication.translate("TimelineFormat", "today, {time}"),
            QCoreApplication.translate("TimelineFormat", "tomorrow, {time}"),
        )

    def time(self, local: datetime) -> str:
        """``3:00 pm`` / ``15:00`` for a datetime already in the viewer's zone."""
        key = (local.hour, local.minute)
        text = self._times.get(key)
        if text is None:
            text = self._times[key] = self.locale.toString(QTime(local.hour, local.minute), self._patterns.time)
        return text

    def _day(self, day: date, with_year: bool) -> str:
        key = (day, with_year)
        text = self._days.get(key)
        if text is None:
            pattern = self._patterns.day_month_year if with_year else self._patterns.day_month
            text = self._days[key] = self.locale.toString(QDate(day.year, day.month, day.day), pattern)
        return text

    def _weekday(self, iso_weekday: int) -> str:
        text = self._weekdays.get(iso_weekday)
        if text is None:
            text = self._weekdays[iso_weekday] = self.locale.dayName(iso_weekday, QLocale.FormatType.ShortFormat)
        return text

    def today(self, now: datetime) -> date:
        """The viewer's current date."""
        return now.astimezone(self.tz).date()

    def card(self, value: datetime, today: date) -> str:
        """Card header date (server-behaviour.md §4.2); ``today`` from :meth:`today`."""
        local = value.astimezone(self.tz)
        day = local.date()
        delta = (day - today).days
        if -1 <= delta <= 1:
            return self._relative[delta + 1].format(time=self.time(local))
        return f"{self._day(day, day.year != today.year)}, {self.time(local)}"

    def pill(self, value: datetime, today: date) -> str:
        """Deadline pill text (server-behaviour.md §4.7): the card text with the short day name first."""
        local = value.astimezone(self.tz)
        day = local.date()
        delta = (day - today).days
        if -1 <= delta <= 1:
            return self._relative[delta + 1].format(time=self.time(local))
        return f"{self._weekday(day.isoweekday())}, {self._day(day, day.year != today.year)}, {self.time(local)}"


def time_text(value: datetime, tz: tzinfo | None, locale: QLocale | None = None) -> str:
    """The time of ``value`` in ``tz``: ``3:00 pm`` (12-hour locales) or ``15:00``."""
    return DateTexts(tz, locale).time(value.astimezone(tz))


def card_date_text(value: datetime, *, now: datetime, tz: tzinfo | None, locale: QLocale | None = None) -> str:
    """Card header date (server-behaviour.md §4.2): ``today, 3:00 pm`` … ``February 3, 2024, 3:00 pm``.

    Args:
        value: aware datetime to show.
        now: aware "current" datetime; decides today/tomorrow/yesterday and the current year.
        tz: the viewer's time zone; both datetimes are converted to it first.
        locale: month names and time style; default ``QLocale()``.
    """
    texts = DateTexts(tz, locale)
    return texts.card(value, texts.today(now))


def deadline_pill_text(value: datetime, *, now: datetime, tz: tzinfo | None, locale: QLocale | None = None) -> str:
    """Deadline pill text (server-behaviour.md §4.7): ``Mon, February 3, 3:00 pm``.

    Same rules as :func:`card_date_text` (relative words, year only when not the current one), with
    the short day name in front of absolute dates.
    """
    texts = DateTexts(tz, locale)
    return texts.pill(value, texts.today(now))
