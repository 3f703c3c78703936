"""Card date texts as the Bitrix24 web timeline writes them (server-behaviour.md §4.2, §4.7)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale

from desktop_app.ui.timeline import card_date_text, deadline_pill_text

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2025, 2, 3, 15, 0), "today, 3:00 pm"),
        (datetime(2025, 2, 3, 0, 5), "today, 12:05 am"),
        (datetime(2025, 2, 4, 9, 30), "tomorrow, 9:30 am"),
        (datetime(2025, 2, 2, 18, 45), "yesterday, 6:45 pm"),
        (datetime(2025, 3, 14, 15, 0), "March 14, 3:00 pm"),
        (datetime(2025, 2, 5, 15, 0), "February 5, 3:00 pm"),
        (datetime(2024, 2, 3, 15, 0), "February 3, 2024, 3:00 pm"),
        (datetime(2026, 1, 1, 8, 0), "January 1, 2026, 8:00 am"),
    ],
)
def test_card_date_text_in_english(qapp, viewer_tz, now, value, expected):
    assert card_date_text(value.replace(tzinfo=viewer_tz), now=now, tz=viewer_tz, locale=ENGLISH) == expected


def test_times_are_shown_in_the_viewers_zone(qapp, viewer_tz, now):
    # 22:30 UTC on Feb 3 is 01:30 on Feb 4 for a viewer at UTC+03:00: "tomorrow", not "today".
    late_utc = datetime(2025, 2, 3, 22, 30, tzinfo=UTC)
    assert card_date_text(late_utc, now=now, tz=viewer_tz, locale=ENGLISH) == "tomorrow, 1:30 am"
    # The same instant for a viewer in UTC-05:00 is 5:30 pm today.
    new_york = timezone(timedelta(hours=-5))
    assert card_date_text(late_utc, now=now, tz=new_york, locale=ENGLISH) == "today, 5:30 pm"


def test_year_boundary_is_decided_in_the_viewers_zone(qapp, viewer_tz):
    new_year_eve = datetime(2025, 12, 31, 23, 0, tzinfo=viewer_tz)
    # On Jan 5, 2026 the Dec 31 card carries its year.
    later = datetime(2026, 1, 5, 12, 0, tzinfo=viewer_tz)
    assert card_date_text(new_year_eve, now=later, tz=viewer_tz, locale=ENGLISH) == "December 31, 2025, 11:00 pm"


def test_deadline_pill_names_the_weekday(qapp, viewer_tz, now):
    assert deadline_pill_text(datetime(2025, 2, 7, 15, 0, tzinfo=viewer_tz), now=now, tz=viewer_tz,
                              locale=ENGLISH) == "Fri, February 7, 3:00 pm"
    assert deadline_pill_text(datetime(2024, 12, 2, 10, 0, tzinfo=viewer_tz), now=now, tz=viewer_tz,
                              locale=ENGLISH) == "Mon, December 2, 2024, 10:00 am"
    assert deadline_pill_text(datetime(2025, 2, 3, 17, 0, tzinfo=viewer_tz), now=now, tz=viewer_tz,
                              locale=ENGLISH) == "today, 5:00 pm"


def test_german_locale_uses_day_first_and_24_hour_time(qapp, viewer_tz, now):
    assert card_date_text(datetime(2024, 2, 3, 15, 0, tzinfo=viewer_tz), now=now, tz=viewer_tz,
                          locale=GERMAN) == "3. Februar 2024, 15:00"
    assert card_date_text(datetime(2025, 3, 14, 9, 5, tzinfo=viewer_tz), now=now, tz=viewer_tz,
                          locale=GERMAN) == "14. März, 09:05"


def test_no_zone_means_the_systems_local_zone(qapp, now):
    value = datetime(2025, 7, 1, 15, 0, tzinfo=UTC)  # a summer date: DST applies where the system has it
    local = value.astimezone()
    assert card_date_text(value, now=now, tz=None, locale=ENGLISH) == card_date_text(
        local, now=now, tz=local.tzinfo, locale=ENGLISH)
