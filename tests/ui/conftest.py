"""Fixtures for the Qt UI tests: offscreen platform, a fixed clock/zone/locale, activity builders.

Activities are built like the portal sends them: legacy ``crm.activity.list`` items with string
numbers, ``Y``/``N`` flags and ISO 8601 datetimes with an offset (api-spec.md §1.4, §4.6).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from datetime import datetime, timedelta, timezone  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from desktop_app.bitrix.models import Activity  # noqa: E402

#: The viewer's zone in these tests (Moscow time, no DST).
VIEWER_TZ = timezone(timedelta(hours=3))
#: "Now" in these tests: Monday, February 3, 2025, 12:00 viewer time.
NOW = datetime(2025, 2, 3, 12, 0, tzinfo=VIEWER_TZ)


def legacy(value: datetime | None) -> str:
    """A datetime the way the portal writes it (``2025-02-03T15:00:00+03:00``); ``""`` for none."""
    return value.isoformat() if value is not None else ""


@pytest.fixture
def viewer_tz() -> timezone:
    """The viewer's time zone (UTC+03:00)."""
    return VIEWER_TZ


@pytest.fixture
def now() -> datetime:
    """The fixed "now": Monday, February 3, 2025, 12:00 at UTC+03:00."""
    return NOW


@pytest.fixture
def make_activity() -> Callable[..., Activity]:
    """``make_activity(id, subject=..., deadline=datetime|None|"max", completed=False, type_id=2, ...)``."""

    def make(activity_id: int, subject: str = "", *, deadline: datetime | str | None = None,
             completed: bool = False, type_id: int = 2, direction: int = 2, responsible_id: int = 1,
             start_time: datetime | None = None, created: datetime | None = None, todo: bool = False,
             color: str | None = None, description: str = "", description_type: int = 1,
             incoming_channel: bool = False) -> Activity:
        if deadline == "max":  # the server's "no deadline" (server-behaviour.md §1.2)
            deadline_text = "9999-12-31T00:00:00+03:00"
        else:
            assert deadline is None or isinstance(deadline, datetime)
            deadline_text = legacy(deadline)
        data: dict[str, Any] = {
            "ID": str(activity_id),
            "OWNER_ID": "7",
            "OWNER_TYPE_ID": "2",
            "TYPE_ID": "6" if todo else str(type_id),
            "PROVIDER_ID": "CRM_TODO" if todo else ("CRM_EMAIL" if type_id == 4 else "VOXIMPLANT_CALL"),
            "PROVIDER_TYPE_ID": "TODO" if todo else "CALL",
            "SUBJECT": subject,
            "DEADLINE": deadline_text,
            "START_TIME": legacy(start_time if start_time is not None else
                                 deadline if isinstance(deadline, datetime) else None),
            "CREATED": legacy(created or datetime(2025, 1, 10, 9, 0, tzinfo=VIEWER_TZ)),
            "COMPLETED": "Y" if completed else "N",
            "STATUS": "2" if completed else "1",
            "RESPONSIBLE_ID": str(responsible_id),
            "DIRECTION": str(0 if todo else direction),
            "DESCRIPTION": description,
            "DESCRIPTION_TYPE": str(description_type),
            "IS_INCOMING_CHANNEL": "Y" if incoming_channel else "N",
            "SETTINGS": {"COLOR": color} if color else [],
        }
        return Activity.from_api(data)

    return make
