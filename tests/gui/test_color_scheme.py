"""Dark mode (issue 14 item 5): Settings → Appearance → Dark turns the application palette and the
timeline's cards dark at once (by pixel), is saved, and System colours gives back the light cards
(the offscreen system is light)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from window_helpers import window_on

from desktop_app.services import settings as settings_file
from desktop_app.services.session import open_demo_session
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")


@pytest.fixture
def window(qtbot, arun, fixed_now) -> Iterator[MainWindow]:  # noqa: ANN001
    session = arun(open_demo_session(now=lambda: fixed_now))
    win = window_on(qtbot, session)
    yield win
    win.color_scheme.set_preference(None)  # the application as other tests expect it
    arun(win.tasks.cancel_all())
    arun(session.aclose())


def _card_lightness(win: MainWindow) -> int:
    """Lightness (0–255) of a plain card's fill, left of its text."""
    view, model = win.timeline.view, win.timeline.model
    row = next(r for r in range(model.rowCount()) if model.card_at(r) is not None and model.card_at(r).layout is None)
    rect = view.visualRect(model.index(row, 0))
    image = view.viewport().grab().toImage()
    tree = win.timeline.delegate.tree(model.card_at(row))
    card = tree.part_rects(rect.width())["card"]
    return image.pixelColor(rect.left() + card.left() + 6, rect.top() + card.center().y()).lightness()


def test_dark_makes_the_cards_and_the_window_dark_and_is_saved(window: MainWindow) -> None:
    texts = [a.text().replace("&", "") for a in window.color_scheme_actions]
    assert texts == ["System colours", "Light", "Dark"] and window.color_scheme_actions[0].isChecked()
    assert _card_lightness(window) > 200

    window.color_scheme_actions[2].trigger()
    assert window.color_scheme_actions[2].isChecked()
    assert _card_lightness(window) < 80
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 80
    assert json.loads(settings_file.settings_path().read_text(encoding="utf-8"))["color_scheme"] == "dark"

    window.color_scheme_actions[0].trigger()
    assert _card_lightness(window) > 200
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150
    assert "color_scheme" not in json.loads(settings_file.settings_path().read_text(encoding="utf-8"))
