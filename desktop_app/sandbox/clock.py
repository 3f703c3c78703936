"""The portal's clock and time zone: "now", and datetime parsing/formatting as the server does it.

The store keeps datetimes as Unix seconds (``int``). Output is ISO 8601 with the portal's UTC offset,
e.g. ``2025-02-03T15:00:00+03:00`` (api-spec.md §3.1, server-behaviour.md §1.0.4). Input is read the
way PHP's ``strtotime`` reads the usual forms (server-behaviour.md §1.0.2): ISO 8601 with or without
an offset, ``T`` or a space between date and time, seconds optional, a bare date (midnight), and the
portal's own ``DD.MM.YYYY [HH:MM[:SS]]``; a value without an offset is in the portal's time zone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

__all__ = ["MAX_DATE_TEXT", "PortalClock"]

#: The server's "no deadline" date, ``9999-12-31 00:00:00`` in the portal zone (server-behaviour.md §1.2).
MAX_DATE_TEXT = "9999-12-31 00:00:00"

_ISO_RE = re.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?"
    r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$",
    re.IGNORECASE,
)
_RU_RE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$")


class PortalClock:
    """The portal's notion of time.

    Args:
        now: returns the current moment as an aware ``datetime``; ``None`` = the real clock.
        tz_offset_minutes: the portal's UTC offset in minutes (180 = ``+03:00``).
    """

    def __init__(self, now: Callable[[], datetime] | None = None, tz_offset_minutes: int = 180) -> None:
        self.tz = timezone(timedelta(minutes=tz_offset_minutes))
        self.offset_minutes = tz_offset_minutes
        self._now = now

    def now(self) -> datetime:
        """The current moment in the portal zone (aware, microseconds dropped)."""
        value = self._now() if self._now else datetime.now(UTC)
        if value.tzinfo is None:
            raise ValueError("the portal's now() must return an aware datetime")
        return value.astimezone(self.tz).replace(microsecond=0)

    def now_float(self) -> float:
        """The current moment as Unix seconds with a fraction (for the reply's ``time`` block)."""
        value = self._now() if self._now else datetime.now(UTC)
        return value.timestamp()

    def now_ts(self) -> int:
        """The current moment as Unix seconds."""
        return int(self.now().timestamp())

    def today_start(self) -> datetime:
        """Midnight at the start of "today" in the portal zone."""
        return self.now().replace(hour=0, minute=0, second=0)

    def max_date_ts(self) -> int:
        """Unix seconds of the "max date" ``9999-12-31 00:00:00`` in the portal zone."""
        return int(datetime(9999, 12, 31, tzinfo=self.tz).timestamp())

    def format(self, ts: int | None) -> str | None:
        """Unix seconds → ``YYYY-MM-DDThh:mm:ss±hh:mm`` in the portal zone (``None`` stays ``None``)."""
        if ts is None:
            return None
        return datetime.fromtimestamp(ts, self.tz).isoformat()

    def parse(self, text: object) -> int | None:
        """Read a datetime the way the portal does; ``None`` when it cannot be read.

        Accepts the forms listed in the module docstring; a value without an offset is taken in the
        portal zone. Returns Unix seconds.
        """
        if not isinstance(text, str):
            return None
        match = _ISO_RE.match(text)
        if match:
            year, month, day, hour, minute, second, offset = match.groups()
        else:
            match = _RU_RE.match(text)
            if not match:
                return None
            day, month, year, hour, minute, second = match.groups()
            offset = None
        try:
            tz = self.tz if offset is None else _parse_offset(offset)
            value = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                             int(second or 0), tzinfo=tz)
            return int(value.timestamp())
        except (ValueError, OverflowError):
            return None


def _parse_offset(text: str) -> timezone:
    if text.upper() == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise ValueError("offset out of range")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))
