"""What the change-service tests share: the portal fixture's clock, a ticking clock from it, deal 1,
a call's fields and a ChangeService on a client and store (tests/services/test_changes*.py,
tests/services/conftest.py)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.activities import CommunicationInput, SystemActivityFields
from desktop_app.bitrix.models import ActivityType, Direction
from desktop_app.services.changes import ChangeService
from desktop_app.services.outbox import Backoff
from desktop_app.services.timeline import EntityRef
from desktop_app.store import Store

TZ = timezone(timedelta(hours=3))
FIXED_NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the portal fixture's clock
DEAL = EntityRef(2, 1)


def ticking(start: datetime) -> Callable[[], datetime]:
    """A clock starting at the portal's fixed "now" and running at real speed."""
    t0 = time.monotonic()
    return lambda: start.astimezone(UTC) + timedelta(seconds=time.monotonic() - t0)


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 12, day, hour, 0, tzinfo=TZ)


def call_fields(subject: str) -> SystemActivityFields:
    return SystemActivityFields(
        type_id=ActivityType.CALL, subject=subject, owner_type_id=2, owner_id=1,
        communications=[CommunicationInput("+1 555 666 5116", 4, 1, "PHONE")],
        start_time=at(3, 11), end_time=at(3, 12), direction=Direction.OUTGOING)


def change_service(client: BitrixClient, store: Store, *, backoff_cap: float = 0.02) -> ChangeService:
    """A :class:`ChangeService` on ``client`` and ``store`` with a :func:`ticking` clock from
    :data:`FIXED_NOW` and a fast backoff (1 ms, at most ``backoff_cap`` seconds)."""
    return ChangeService(client, store, clock=ticking(FIXED_NOW), backoff=Backoff(0.001, backoff_cap))
