"""The typed date-and-time parser (services/datetime_input.py): the usual forms, the user's locale
order, relative words, the portal user's zone, and a named problem for anything else."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.services.datetime_input import (
    LocaleForms,
    parse_datetime_input,
    quick_choices,
    same_zone,
    user_zone,
    zone_text,
)

MSK = timezone(timedelta(hours=3))
#: Thursday, 3 December 2026, 14:05 at UTC+03:00.
NOW = datetime(2026, 12, 3, 14, 5, tzinfo=MSK)
DMY, MDY, YMD = LocaleForms("DMY"), LocaleForms("MDY"), LocaleForms("YMD")


def parse(text: str, forms: LocaleForms = DMY, tz=MSK, now: datetime = NOW):
    return parse_datetime_input(text, now=now, tz=tz, forms=forms)


def at(y: int, mo: int, d: int, h: int = 9, mi: int = 0, tz=MSK) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz)


@pytest.mark.parametrize(("text", "forms", "expected"), [
    ("18:00", DMY, at(2026, 12, 3, 18)),
    ("tomorrow 9", DMY, at(2026, 12, 4, 9)),
    ("Tomorrow 9:00", DMY, at(2026, 12, 4, 9)),
    ("tomorrow at 9am", DMY, at(2026, 12, 4, 9)),
    ("3.12.2026 14:30", DMY, at(2026, 12, 3, 14, 30)),
    ("03.12.26 14:30", DMY, at(2026, 12, 3, 14, 30)),
    ("2026-12-03 14:30", DMY, at(2026, 12, 3, 14, 30)),
    ("2026-12-03T14:30:00", DMY, at(2026, 12, 3, 14, 30)),
    ("12/3/2026 2:30 PM", MDY, at(2026, 12, 3, 14, 30)),
    ("3/12/2026 14:30", DMY, at(2026, 12, 3, 14, 30)),
    ("2026/12/03 14:30", MDY, at(2026, 12, 3, 14, 30)),
    ("in 1h", DMY, at(2026, 12, 3, 15, 5)),
    ("in 90 min", DMY, at(2026, 12, 3, 15, 35)),
    ("+2d", DMY, at(2026, 12, 5, 14, 5)),
    ("in a week", DMY, at(2026, 12, 10, 14, 5)),
    ("next monday", DMY, at(2026, 12, 7, 9)),
    ("next Monday 9:00", DMY, at(2026, 12, 7, 9)),
    ("thursday 10", DMY, at(2026, 12, 10, 10)),  # the next Thursday after today
    ("this thursday 18:00", DMY, at(2026, 12, 3, 18)),
    ("3 Dec 2026 5pm", DMY, at(2026, 12, 3, 17)),
    ("Dec 3rd, 2026 at 17:00", DMY, at(2026, 12, 3, 17)),
    ("14:30 tomorrow", DMY, at(2026, 12, 4, 14, 30)),
    ("day after tomorrow 18h30", DMY, at(2026, 12, 5, 18, 30)),
    ("3.1", DMY, at(2027, 1, 3, 9)),  # that day has passed this year: next year
    ("noon", DMY, at(2026, 12, 3, 12)),
    ("2026-12-03T14:30Z", DMY, at(2026, 12, 3, 17, 30)),  # converted into the user's zone
])
def test_the_usual_forms(text: str, forms: LocaleForms, expected: datetime) -> None:
    result = parse(text, forms)
    assert result.problem is None, result.problem
    assert result.value == expected and result.value.utcoffset() == timedelta(hours=3)


@pytest.mark.parametrize(("text", "code", "fragment"), [
    ("", "empty", ""),
    ("   ", "empty", ""),
    ("soon", "not_understood", "soon"),
    ("tomorrow xyz", "not_understood", "xyz"),
    ("blah 9:00", "not_understood", "blah"),
    ("31.02.2026", "no_such_date", "31.02.2026"),
    ("25:00", "no_such_time", "25:00"),
    ("tomorrow 13pm", "no_such_time", "13pm"),
    ("in 99999999 days", "no_such_date", "in 99999999 days"),
])
def test_what_is_not_understood_is_named(text: str, code: str, fragment: str) -> None:
    result = parse(text)
    assert result.value is None and result.problem is not None
    assert (result.problem.code, result.problem.fragment) == (code, fragment)


def test_result_is_in_the_portal_users_zone_not_the_machines() -> None:
    berlin = user_zone("Europe/Berlin", fallback=MSK)
    assert isinstance(berlin, ZoneInfo) and berlin.key == "Europe/Berlin"
    value = parse("tomorrow 9:00", tz=berlin).value
    assert value is not None and value.tzinfo is berlin and (value.hour, value.utcoffset()) == (9, timedelta(hours=1))
    assert user_zone("", fallback=MSK) is MSK and user_zone("Not/AZone", fallback=MSK) is MSK
    assert zone_text(berlin, NOW) == "Europe/Berlin (UTC+01:00)" and zone_text(MSK, NOW) == "UTC+03:00"
    assert not same_zone(berlin, MSK, NOW) and same_zone(MSK, timezone(timedelta(hours=3)), NOW)


def test_a_time_in_the_dst_gap_moves_forward() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    value = parse("29.3.2026 2:30", tz=berlin).value  # clocks jump 02:00 → 03:00
    assert value is not None and (value.hour, value.minute) == (3, 30)


def test_quick_choices() -> None:
    choices = dict(quick_choices(NOW, MSK))
    assert choices == {"today_18": at(2026, 12, 3, 18), "tomorrow_9": at(2026, 12, 4, 9),
                       "in_1_hour": at(2026, 12, 3, 15, 5), "next_monday_9": at(2026, 12, 7, 9)}


# -- property-based -------------------------------------------------------------------------------

_zones = st.sampled_from([MSK, UTC, timezone(timedelta(hours=-5)), ZoneInfo("Europe/Berlin"),
                          ZoneInfo("America/New_York"), ZoneInfo("Asia/Kolkata")])
_moments = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 12, 31))
_PROPS = settings(max_examples=150, deadline=None)


@_PROPS
@given(st.text(max_size=40), _zones)
def test_any_text_gives_a_value_in_the_zone_or_a_named_problem(text: str, tz) -> None:
    result = parse(text, tz=tz)
    assert (result.value is None) != (result.problem is None)
    if result.value is not None:
        assert result.value.tzinfo is tz
    else:
        assert result.problem.code in {"empty", "not_understood", "no_such_date", "no_such_time"}
        assert result.problem.code == "empty" or result.problem.fragment


@_PROPS
@given(st.lists(st.sampled_from(["tomorrow", "next", "monday", "9", ":", "30", "pm", "in", "1h", "at", "3.12",
                                 "2026", "-", "/", "dec", "noon", "+", "x", " ", "."]), max_size=8), _zones)
def test_word_salad_never_raises(words: list[str], tz) -> None:
    result = parse(" ".join(words), tz=tz)
    assert (result.value is None) != (result.problem is None)


@_PROPS
@given(_moments, _zones)
def test_written_forms_read_back_to_the_same_wall_time(moment: datetime, tz) -> None:
    moment = moment.replace(second=0, microsecond=0)
    expected = parse_datetime_input(moment.strftime("%Y-%m-%d %H:%M"), now=NOW, tz=tz).value
    assert expected is not None
    if expected.replace(tzinfo=None) != moment:  # a wall time in a DST gap: moved forward
        assert isinstance(tz, ZoneInfo)
        return
    hour12 = moment.hour % 12 or 12
    meridiem = "AM" if moment.hour < 12 else "PM"
    for text, forms in ((f"{moment.day}.{moment.month}.{moment.year} {moment:%H:%M}", DMY),
                        (f"{moment.month}/{moment.day}/{moment.year} {hour12}:{moment:%M} {meridiem}", MDY),
                        (f"{moment:%Y/%m/%d %H:%M}", YMD),
                        (f"{moment:%H:%M} {moment.day} {moment:%b} {moment.year}", DMY),
                        (expected.isoformat(), DMY)):
        assert parse_datetime_input(text, now=NOW, tz=tz, forms=forms).value == expected, text


@_PROPS
@given(st.integers(min_value=0, max_value=5000), st.sampled_from(["min", "h", "hours", "minutes"]), _moments, _zones)
def test_in_n_units_counts_from_now(amount: int, unit: str, moment: datetime, tz) -> None:
    now = moment.replace(tzinfo=UTC)
    value = parse_datetime_input(f"in {amount} {unit}", now=now, tz=tz).value
    step = timedelta(hours=amount) if unit.startswith("h") else timedelta(minutes=amount)
    assert value is not None and value == now.replace(second=0, microsecond=0) + step


@_PROPS
@given(_moments, _zones, st.sampled_from(["today", "tomorrow", "next monday", "friday"]))
def test_day_words_land_on_the_default_time_from_today(moment: datetime, tz, word: str) -> None:
    now = moment.replace(tzinfo=UTC)
    value = parse_datetime_input(word, now=now, tz=tz, default_time=time(9, 0)).value
    assert value is not None and value.time() in (time(9, 0), time(10, 0))  # 10:00 only in a DST gap
    days = (value.date() - now.astimezone(tz).date()).days
    assert {"today": days == 0, "tomorrow": days == 1, "next monday": 1 <= days <= 7 and value.weekday() == 0,
            "friday": 1 <= days <= 7 and value.weekday() == 4}[word]
