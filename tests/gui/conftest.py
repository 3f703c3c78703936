"""Fixtures of the window tests over loopback HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from desktop_app.sandbox import SandboxPortal


@pytest.fixture
def ticking_portal(fixed_now: datetime) -> Iterator[SandboxPortal]:
    """Demo portal whose clock starts at FIXED_NOW and ticks, so LAST_UPDATED moves on each write."""
    started = time.monotonic()
    portal = SandboxPortal(":memory:", webhook_code="e2etest", webhook_user_id=1, demo_data=True,
                           now=lambda: fixed_now + timedelta(seconds=time.monotonic() - started))
    yield portal
    portal.close()
