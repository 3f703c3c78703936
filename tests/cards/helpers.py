"""Shared parts of the card and preview tests: the documentation layouts, rendering to a QImage,
a tolerant image comparison and colour probes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.ui.cards import CardTree, PreviewOptions

TESTS = Path(__file__).resolve().parents[1]
VALID = TESTS / "layout" / "corpus" / "valid"
REFERENCE = Path(__file__).resolve().parent / "reference"


def corpus_layout(name: str) -> dict[str, Any]:
    """A layout of tests/layout/corpus/valid (``spec_5_13_complete_example``, ``seed_001_configurable_add`` …)."""
    return json.loads((VALID / f"{name}.json").read_text(encoding="utf-8"))


def paint(tree: CardTree, width: int = 560) -> QImage:
    """``tree`` painted ``width`` px wide on a white image of its measured height."""
    height = tree.measure(width)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    tree.paint(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


def _rgb32_bytes(image: QImage) -> bytes:
    """The pixels as bytes (B, G, R, A each). The converted image is kept in a name until the bytes
    are copied: ``constBits()`` of a temporary points into freed memory."""
    converted = image.convertToFormat(QImage.Format.Format_RGB32)
    data = bytes(converted.constBits())
    del converted
    return data


def mean_abs_difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel (0–255) of two images of the same size."""
    assert (a.width(), a.height()) == (b.width(), b.height()), f"sizes differ: {a.size()} vs {b.size()}"
    x, y = _rgb32_bytes(a), _rgb32_bytes(b)
    return sum(abs(p - q) for p, q in zip(x, y, strict=True)) / len(x)


def count_color(image: QImage, color: str, rect: QRectF | None = None, tolerance: int = 8) -> int:
    """Pixels of ``image`` (within ``rect``) within ``tolerance`` per channel of ``color``."""
    target = QColor(color)
    r = (rect or QRectF(0, 0, image.width(), image.height())).toAlignedRect().intersected(image.rect())
    if r.isEmpty():
        return 0
    pixels = _rgb32_bytes(image.copy(r))  # B, G, R, A per pixel
    tr, tg, tb = target.red(), target.green(), target.blue()
    return sum(
        1
        for b, g, rr in zip(pixels[0::4], pixels[1::4], pixels[2::4], strict=True)
        if abs(rr - tr) <= tolerance and abs(g - tg) <= tolerance and abs(b - tb) <= tolerance
    )


def tree_of(name: str, **options: Any) -> CardTree:
    return CardTree.from_layout(corpus_layout(name), PreviewOptions(**options))
