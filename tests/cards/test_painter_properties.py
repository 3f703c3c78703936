"""Property-based: random and mutated layouts (the tests/layout corpus mutated as tests/layout does)
go through validation, the card tree, measuring and painting on a QImage with their errors marked;
no exception escapes, and every card has a height."""

from __future__ import annotations

import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layout.test_properties import JSON, mutated
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter

from desktop_app.layout import validate_layout
from desktop_app.ui.cards import CardTree, PreviewOptions

EXAMPLES = int(os.environ.get("CARDS_HYPOTHESIS_EXAMPLES", "30"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                              HealthCheck.function_scoped_fixture])
OPTIONS = st.builds(PreviewOptions, lang=st.sampled_from(["en", "de", "xx"]), readonly=st.booleans(),
                    scope=st.sampled_from(["web", "mobile"]), completed=st.booleans(), dark=st.booleans())
_IMAGE: list[QImage] = []


def _render(layout: Any, kind: str, options: PreviewOptions, width: int) -> None:
    report = validate_layout(layout, kind=kind)
    marks = {p.path: p.code for p in report.errors}
    tree = CardTree.from_layout(layout if isinstance(layout, dict) else None, options, invalid_paths=marks, kind=kind)
    height = tree.measure(width)
    assert height > 0
    if not _IMAGE:
        _IMAGE.append(QImage(900, 2000, QImage.Format.Format_ARGB32_Premultiplied))
    painter = QPainter(_IMAGE[0])
    tree.paint(painter, QRectF(0, 0, width, height))
    painter.end()
    tree.toggle_menu()
    tree.measure(width)
    for x, y in ((60, 20), (200, 60), (width - 30, height - 20), (width / 2, height / 2)):
        action = tree.hit_test(QPointF(x, y))
        if action is not None:
            assert isinstance(action.describe(), str) and action.describe()


@SETTINGS
@given(case=mutated(), options=OPTIONS, width=st.integers(1, 900))
def test_mutated_documentation_layouts_paint(qapp, case: tuple[Any, str], options: PreviewOptions, width: int) -> None:  # noqa: ANN001
    layout, kind = case
    _render(layout, kind, options, width)


@SETTINGS
@given(data=JSON, kind=st.sampled_from(["layout", "rest_app"]), options=OPTIONS)
def test_random_values_paint(qapp, data: Any, kind: str, options: PreviewOptions) -> None:  # noqa: ANN001
    _render(data, kind, options, 560)


def test_ten_thousand_blocks_and_huge_texts_paint(qapp) -> None:  # noqa: ANN001
    blocks = {"huge": {"type": "largeText", "properties": {"value": "word " * 200_000}},
              "long": {"type": "text", "properties": {"value": "y" * 200_000, "multiline": True}}}
    blocks.update({f"b{i}": {"type": "text", "properties": {"value": "x" * 50}} for i in range(10_000)})
    layout = {"icon": {"code": "info"}, "header": {"title": "t" * 100_000}, "body": {"logo": {"code": "document"}, "blocks": blocks}}
    _render(layout, "layout", PreviewOptions(), 560)
