"""``preview``: validate + lay out + paint a 20-block configurable-activity layout (issue 11).

One run = ``validate_layout`` on the JSON text (as the editor and ``activity-desk preview`` get it),
``CardTree.from_layout`` with the errors marked, ``measure(560)`` and ``paint`` on a 584 px wide
``QImage`` (offscreen). The layout has every block type (text in all sizes and colours, multiline,
links, withTitle inline and stacked, lineOfBlocks, deadline, a largeText taller than its "Show
more" limit), two tags, two buttons and a menu; a new tree each run, so no layout is reused (fonts
and glyph pixmaps are cached, as in the app). Warm-up runs first, then ``RUNS`` timed ones.

Target (issue 11): median ≤ 16 ms. Also reported: p95, the slowest run, and the share of each step.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from typing import Any

from harness import emit

RUNS = 300
WARMUP = 20
TARGET_MS = 16.0


def twenty_block_layout() -> dict[str, Any]:
    """A realistic, valid 20-block LayoutDto."""
    blocks: dict[str, Any] = {}
    sizes, colors = ["xs", "sm", "md"], ["base_50", "base_60", "base_70", "base_90"]
    for i in range(6):
        blocks[f"text{i}"] = {"type": "text", "properties": {
            "value": {"en": f"Line {i}: the parcel left the warehouse and is on its way", "de": f"Zeile {i}: unterwegs"},
            "size": sizes[i % 3], "color": colors[i % 4], "bold": i % 2 == 0, "multiline": i == 0}}
    for i in range(4):
        blocks[f"field{i}"] = {"type": "withTitle", "properties": {"title": f"Field {i}", "inline": i % 2 == 0,
                               "block": {"type": "text", "properties": {"value": f"Value number {i} of the order"}}}}
    for i in range(3):
        blocks[f"link{i}"] = {"type": "link", "properties": {"text": f"Open document {i}", "bold": i == 0,
                              "action": {"type": "redirect", "uri": f"/crm/deal/details/{i}/"}}}
    for i in range(3):
        blocks[f"line{i}"] = {"type": "lineOfBlocks", "properties": {"blocks": {
            "name": {"type": "text", "properties": {"value": "Anna Schmidt", "bold": True}},
            "phone": {"type": "link", "properties": {"text": "+49 30 1234567",
                                                     "action": {"type": "restEvent", "id": "call", "actionParams": {"n": i}}}},
            "when": {"type": "deadline"}}}}
    blocks["due"] = {"type": "withTitle", "properties": {"title": "Deadline", "inline": True, "block": {"type": "deadline"}}}
    blocks["plain"] = {"type": "deadline", "properties": {"readonly": True}}
    blocks["story"] = {"type": "largeText", "properties": {"value": "\n".join(f"Paragraph {i} of the call summary." for i in range(12))}}
    blocks["small"] = {"type": "text", "properties": {"value": "Updated by the carrier", "size": "xs", "color": "base_50"}}
    assert len(blocks) == 20
    return {
        "icon": {"code": "store"},
        "header": {"title": {"en": "Delivery scheduled", "de": "Lieferung geplant"},
                   "titleAction": {"type": "redirect", "uri": "/crm/deal/details/1/"},
                   "tags": {"state": {"title": "in transit", "type": "warning"}, "carrier": {"title": "DHL", "type": "secondary"}}},
        "body": {"logo": {"code": "shop"}, "blocks": blocks},
        "footer": {"buttons": {"ok": {"title": "Confirm delivery", "type": "primary",
                                      "action": {"type": "restEvent", "id": "confirm", "animationType": "disable"}},
                               "more": {"title": "Details", "type": "secondary",
                                        "action": {"type": "openRestApp", "actionParams": {"parcel": 17}}}},
                   "menu": {"showPinItem": True, "items": {"cancel": {"title": "Cancel delivery",
                                                                      "action": {"type": "restEvent", "id": "cancel"}}}}},
    }


def measure(webhook: str | None) -> dict[str, Any]:  # noqa: ARG001 - no portal needed
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QApplication

    from desktop_app.layout import validate_layout
    from desktop_app.ui.cards import CardTree, PreviewOptions

    app = QApplication.instance() or QApplication(["bench"])
    text = json.dumps(twenty_block_layout())
    options = PreviewOptions()
    image = QImage(584, 1400, QImage.Format.Format_ARGB32_Premultiplied)
    steps = {"validate": [], "build": [], "measure": [], "paint": []}
    totals: list[float] = []
    height = 0
    for run in range(WARMUP + RUNS):
        t0 = time.perf_counter()
        report = validate_layout(text)
        t1 = time.perf_counter()
        tree = CardTree.from_layout(report.normalised, options, invalid_paths={p.path: p.code for p in report.errors})
        t2 = time.perf_counter()
        height = tree.measure(560)
        t3 = time.perf_counter()
        painter = QPainter(image)
        tree.paint(painter, QRectF(12, 12, 560, height))
        painter.end()
        t4 = time.perf_counter()
        if run >= WARMUP:
            for name, seconds in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
                steps[name].append(seconds * 1000)
            totals.append((t4 - t0) * 1000)
    assert report.ok and height > 0
    totals.sort()
    median = statistics.median(totals)
    figures = {
        "blocks": 20,
        "runs": RUNS,
        "median_ms": round(median, 2),
        "p95_ms": round(totals[int(len(totals) * 0.95) - 1], 2),
        "max_ms": round(totals[-1], 2),
        "median_step_ms": {name: round(statistics.median(values), 2) for name, values in steps.items()},
        "card_height_px": height,
    }
    del app
    return emit("preview", figures, {"median_le_16ms": median <= TARGET_MS})
