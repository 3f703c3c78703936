"""A reply's ``time`` block that lies about the operating-limit reset (api-spec.md §2.2) cannot stall
a method for longer than the portal's 10-minute window, nor crash the tracker."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.bitrix.limits import OPERATING_WINDOW, OperatingTracker


@pytest.mark.parametrize("reset_at", [float("inf"), float("nan"), 1e300, 32503680000, "3000-01-01T00:00:00+00:00",
                                      "0001-01-01T00:00:00", "soon", None, [], {"a": 1}, True])
def test_a_far_or_unreadable_reset_is_not_believed(reset_at: object) -> None:
    now = [1000.0]
    tracker = OperatingTracker(fallback_wait=60.0, clock=lambda: now[0])
    tracker.observe("crm.activity.list", {"operating_reset_at": reset_at, "finish": 1_700_000_000.0, "operating": reset_at})
    tracker.block("crm.activity.list")
    assert 0 < tracker.delay(["crm.activity.list"]) <= OPERATING_WINDOW


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["operating_reset_at", "finish", "operating"]),
                       st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)))
def test_any_time_block_keeps_the_wait_within_the_window(block: dict[str, object]) -> None:
    tracker = OperatingTracker(limit=480.0, clock=lambda: 50.0)
    tracker.observe("crm.activity.todo.add", block)
    tracker.block("crm.activity.todo.add")
    assert 0 <= tracker.delay(["crm.activity.todo.add"]) <= OPERATING_WINDOW
