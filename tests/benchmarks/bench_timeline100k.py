"""``timeline100k``: 100,000 open activities of one user in the My activities view.

The sandbox portal is seeded with 100,000 extra activities, all open and all the webhook user's
(``--activities 100000 --activities-responsible-share 1 --activities-open-share 1``: "My activities" of
a very busy user). In this process: a ``QApplication`` (offscreen), the qasync loop, the real
``MyActivitiesPanel`` (1200×800, shown) on the real client with the standard rate limit, and the
app's ``settle_garbage_collector()`` once the window exists, as ``activity-desk`` does.

* **Heartbeat**: a 5 ms ``QTimer`` on the qasync loop; a stall is the gap between two ticks minus
  the interval. The longest stall is taken over the load (the count-free walk, 40 requests of up to
  2,500 rows, plus the owner names) and over the scroll: 400 steps from top to bottom of the grouped
  list and back up by pages, each step repainted, then the same in the kanban board's largest column.
* **Memory**: peak resident set size of this process (``ru_maxrss``) after load and scroll.
* Also reported: load time, rows, requests, and the longest stalls while a text filter is typed
  (each keystroke past the search box's debounce) and while switching list ⇄ board (a click).

Targets (issue 4): longest stall ≤ 50 ms during load and scroll; peak RSS ≤ 400 MB.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from typing import Any

from harness import Heartbeat, emit, portal_url

ROWS = 100_000
STEPS = 400
SEED_ARGS = ("--activities", str(ROWS), "--activities-responsible-share", "1", "--activities-open-share", "1")


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # Windows
        import psutil  # type: ignore[import-not-found]

        return psutil.Process().memory_info().peak_wset / 2**20
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


async def _settle(app, seconds: float = 0.02) -> None:  # noqa: ANN001
    await asyncio.sleep(seconds)


async def _scroll(view, beat: Heartbeat) -> int:  # noqa: ANN001
    """Scroll ``view`` top → bottom in ``STEPS`` steps, then back up a page at a time; returns steps."""
    bar = view.verticalScrollBar()
    top, bottom = bar.minimum(), bar.maximum()
    steps = 0
    for i in range(STEPS + 1):
        bar.setValue(top + (bottom - top) * i // STEPS)
        view.viewport().repaint()
        await asyncio.sleep(0)
        steps += 1
    while bar.value() > top and steps < 4 * STEPS:
        bar.setValue(bar.value() - bar.pageStep())
        view.viewport().repaint()
        await asyncio.sleep(0)
        steps += 1
    return steps


async def _run(url: str) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.app import settle_garbage_collector
    from desktop_app.bitrix.auth import Webhook
    from desktop_app.bitrix.client import BitrixClient
    from desktop_app.services.my_activities import MyActivitiesService
    from desktop_app.ui.my_activities.panel import MyActivitiesPanel

    app = QApplication.instance()
    client = BitrixClient.for_webhook(Webhook.parse(url))
    try:
        me = await client.current_user()
        service = MyActivitiesService(client, me_id=me.id)
        panel = MyActivitiesPanel(service, week_start=1)
        panel.set_layout_mode("list")
        panel.resize(1200, 800)
        panel.show()
        await _settle(app)
        settle_garbage_collector(app)  # what the app does once its window exists
        beat = Heartbeat()
        beat.enter("load")
        started = time.perf_counter()
        rows = await panel.load(me.id)
        load_s = time.perf_counter() - started
        beat.enter("scroll")
        steps = await _scroll(panel.view(), beat)
        beat.enter("switch")
        panel.set_layout_mode("board")
        await _settle(app)
        beat.enter("scroll")
        steps += await _scroll(panel.view(), beat)
        beat.enter("switch")
        panel.set_layout_mode("list")
        await _settle(app)
        beat.enter("filter")
        for text in ("c", "ca", "cal", "call"):
            panel.search.setText(text)
            await asyncio.sleep(0.25)  # past the search box's 200 ms debounce: each keystroke filters
        panel.search.clear()
        await asyncio.sleep(0.25)
        beat.enter("idle")
        beat.stop()
        requests = client.stats.requests
        panel.close()
    finally:
        await client.aclose()
    return {"rows": rows, "load_s": round(load_s, 2), "requests": requests, "scroll_steps": steps,
            "stall_load_ms": round(beat.worst["load"], 1), "stall_scroll_ms": round(beat.worst["scroll"], 1),
            "stall_filter_ms": round(beat.worst["filter"], 1), "stall_switch_ms": round(beat.worst["switch"], 1),
            "peak_rss_mb": round(_peak_rss_mb(), 1)}


def measure(webhook: str | None) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with portal_url(webhook, *SEED_ARGS) as url:
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            figures = loop.run_until_complete(_run(url))
    worst = max(figures["stall_load_ms"], figures["stall_scroll_ms"])
    return emit("timeline100k", {**figures, "stall_ms": worst}, {
        "rows>=100000": figures["rows"] >= ROWS,
        "stall_ms<=50": worst <= 50,
        "peak_rss_mb<=400": figures["peak_rss_mb"] <= 400,
    })
