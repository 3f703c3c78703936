"""Reference PNGs of the documentation's layouts (api-spec.md §5.13, seed 001), compared with a
tolerant image comparison: same size, mean absolute difference per channel ≤ 0.5 (font hinting
and antialiasing may move a few pixels; a moved block, a changed height or a wrong card colour does
not pass — white instead of #FFFEEF alone is ≈ 3.4). Small text changes are below the tolerance:
the texts are checked in test_card_tree.py.

Regenerate after an intended change, then look at them: ``ACTIVITY_DESK_UPDATE_REFERENCE=1 pytest tests/cards``.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtGui import QImage

from desktop_app.ui.cards import PreviewOptions
from desktop_app.ui.preview import render_layout_image

from .helpers import REFERENCE, corpus_layout, mean_abs_difference

#: name → options: seed 001 adds its activity with ``completed: true`` (a history card); the §5.13
#: example is shown open (scheduled), so its deadline pill can be changed.
CASES = {"spec_5_13_complete_example": PreviewOptions(), "seed_001_configurable_add": PreviewOptions(completed=True)}
TOLERANCE = 0.5


@pytest.mark.parametrize("name", list(CASES))
def test_documentation_layout_matches_its_reference_png(qapp, name: str) -> None:  # noqa: ANN001
    image = render_layout_image(corpus_layout(name), CASES[name], width=560)
    reference = REFERENCE / f"{name}.png"
    if os.environ.get("ACTIVITY_DESK_UPDATE_REFERENCE"):
        assert image.save(str(reference), "PNG")
    expected = QImage(str(reference))
    assert not expected.isNull(), f"missing reference {reference}"
    assert mean_abs_difference(image, expected) <= TOLERANCE


def test_a_wrong_card_colour_would_fail_the_comparison(qapp) -> None:  # noqa: ANN001
    """The tolerance is tight enough to catch a changed card state (white instead of #FFFEEF)."""
    open_card = render_layout_image(corpus_layout("spec_5_13_complete_example"), PreviewOptions(), width=560)
    completed = render_layout_image(corpus_layout("spec_5_13_complete_example"), PreviewOptions(completed=True), width=560)
    assert mean_abs_difference(open_card, completed) > TOLERANCE
