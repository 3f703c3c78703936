"""``page_slices``: the GUI thread's cost of one My-activities walk page at 95,000 rows.

One page of 2,500 rows lands in the grouped list (shown in a view, 600×800) in the panel's slices
(``SLICE_ROWS``) on top of 95,000 rows; each slice's ``ActivitySource.append`` is timed. The panel
yields to the event loop between slices, so a slice is the longest the window can stall for it.

Target: median slice ≤ 30 ms (also reported: the longest slice, the slice count). The default suite
checks the same append for what the user sees (rows in their groups, no model reset) without timing
it (tests/ui/test_my_activities_model.py).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from harness import emit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the shared row maker

from my_activities_batches import NOW, TZ, make_batch  # noqa: E402


def measure(_webhook: str | None) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.my_activities import GroupBounds, RowBatch
    from desktop_app.ui.my_activities.model import grouped_model
    from desktop_app.ui.my_activities.panel import SLICE_ROWS
    from desktop_app.ui.my_activities.source import ActivitySource
    from desktop_app.ui.my_activities.views import ActivityListView

    app = QApplication.instance() or QApplication([])
    source = ActivitySource(TZ)
    source.reset(GroupBounds.at(NOW, TZ, 1), NOW)
    view = ActivityListView(grouped_model(source))
    view.resize(600, 800)
    view.show()
    for page in range(38):
        source.append(make_batch(1 + page * 2500, 2500, seed=page))
    app.processEvents()
    page = make_batch(95001, 2500, seed=99)
    spent = []
    for start in range(0, 2500, SLICE_ROWS):
        piece = RowBatch(*(getattr(page, f)[start:start + SLICE_ROWS] for f in RowBatch.__dataclass_fields__))
        began = time.perf_counter()
        source.append(piece)
        spent.append(time.perf_counter() - began)
        app.processEvents()
    median = sorted(spent)[len(spent) // 2]
    figures = {"rows": len(source.rows), "slices": len(spent), "median_slice_ms": round(median * 1000, 1),
               "longest_slice_ms": round(max(spent) * 1000, 1)}
    view.close()
    return emit("page_slices", figures, {"median_slice_le_30ms": median <= 0.030})
