"""Rows for the My-activities model tests and the ``modeltest`` benchmark: pages of calls with
deadlines spread over ±30 days (a tenth without one, some incoming), and the churn a model goes
through while the model tester watches (pages arriving, a group collapsed, a filter, owner names)."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta, timezone

from desktop_app.services.my_activities import RowBatch

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # a Monday


def make_batch(first_id: int, count: int, *, seed: int = 1) -> RowBatch:
    """``count`` rows with ids from ``first_id``: deadlines spread over ±30 days, some none, some incoming."""
    rng = random.Random(seed)
    batch = RowBatch()
    for activity_id in range(first_id, first_id + count):
        kind = rng.random()
        deadline = math.inf if kind < 0.1 else NOW.timestamp() + rng.randint(-30 * 86400, 30 * 86400)
        batch.id.append(activity_id)
        batch.owner_type.append(2)
        batch.owner_id.append(activity_id % 97 + 1)
        batch.type_id.append(2)
        batch.provider.append("VOXIMPLANT_CALL")
        batch.subject.append(f"Call {'Acme' if activity_id % 10 == 0 else 'Globex'} #{activity_id}")
        batch.deadline.append(deadline)
        batch.incoming.append(0.1 <= kind < 0.15)
    return batch


def churn(source, grouped=None, *, page: int = 600) -> int:  # noqa: ANN001 - ActivitySource, GroupedModel
    """Four pages of ``page`` rows arrive, group 1 collapses (``grouped``), a filter and owner names
    apply, a fifth page arrives under the filter, the group expands, the filter clears. Returns the
    number of rows added (``5 * page``)."""
    for n in range(4):
        source.append(make_batch(1 + n * page, page, seed=n))
    if grouped is not None:
        grouped.set_expanded(1, False)
    source.set_filter("acme")
    source.set_names({(2, 5): "Acme Holdings"})
    source.append(make_batch(1 + 4 * page, page, seed=9))
    if grouped is not None:
        grouped.set_expanded(1, True)
    source.set_filter("")
    return 5 * page
