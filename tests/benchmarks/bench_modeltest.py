"""``modeltest``: Qt's model tester on the My-activities models at thousands of rows.

The default suite runs pytest-qt's model tester on the grouped model through the churn of
``tests/my_activities_batches.py`` at 300 rows (tests/ui/test_my_activities_model.py): it checks
every row on every signal, so 3,000 rows took 18 s on an idle core and over 100 s on a busy one.
Here Qt's own ``QAbstractItemModelTester`` watches the grouped model and the six kanban columns
through the same churn at 3,000 rows (pages of 600) and then 20,000 more rows (pages of 2,500).

Targets: no tester failure (its warnings are counted through a Qt message handler) and every model
shows all rows afterwards. Also reported: the seconds each size took.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from harness import emit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/: the shared row maker

from my_activities_batches import NOW, TZ, churn, make_batch  # noqa: E402


def measure(_webhook: str | None) -> dict[str, Any]:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtTest import QAbstractItemModelTester
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.my_activities import GroupBounds
    from desktop_app.ui.my_activities.model import column_model, grouped_model
    from desktop_app.ui.my_activities.rows import GROUPS
    from desktop_app.ui.my_activities.source import ActivitySource

    app = QApplication.instance() or QApplication([])
    failures: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and ("modeltest" in message.lower() or "FAIL" in message):
            failures.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        source = ActivitySource(TZ)
        source.reset(GroupBounds.at(NOW, TZ, 1), NOW)
        grouped = grouped_model(source)
        columns = [column_model(source, group) for group in GROUPS]
        mode = QAbstractItemModelTester.FailureReportingMode.Warning
        testers = [QAbstractItemModelTester(model, mode) for model in (grouped, *columns)]
        started = time.perf_counter()
        rows = churn(source, grouped, page=600)
        churn_s = time.perf_counter() - started
        started = time.perf_counter()
        for n in range(8):
            source.append(make_batch(rows + 1 + n * 2500, 2500, seed=100 + n))
        rows += 8 * 2500
        pages_s = time.perf_counter() - started
        app.processEvents()
        shown_grouped = grouped.rowCount() - len(GROUPS)
        shown_columns = sum(column.rowCount() for column in columns)
        del testers
    finally:
        qInstallMessageHandler(previous)
    figures = {"rows": rows, "churn_3000_s": round(churn_s, 2), "pages_20000_s": round(pages_s, 2),
               "failures": len(failures), "first_failures": failures[:5]}
    return emit("modeltest", figures, {"no_tester_failure": not failures,
                                       "every_row_shown": shown_grouped == shown_columns == rows})
