"""The empty-state overlay on a real list view: shown while the model has no rows, follows the
model's resets, inserts and removals, and lets clicks and focus reach the view underneath."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QListView

from desktop_app.ui.empty_state import EmptyStateOverlay


def _view(qtbot, rows: list[str]) -> tuple[QListView, QStringListModel]:  # noqa: ANN001
    view = QListView()
    model = QStringListModel(rows, view)
    view.setModel(model)
    view.resize(320, 240)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view, model


def test_shown_while_empty_and_follows_the_model(qtbot) -> None:  # noqa: ANN001
    view, model = _view(qtbot, [])
    overlay = EmptyStateOverlay(view, "No to-dos yet", "Press Ctrl+N to plan one.")
    assert overlay.isVisible()
    assert overlay.title_label.text() == "No to-dos yet"
    assert overlay.geometry() == view.viewport().rect()
    model.insertRows(0, 1)
    assert not overlay.isVisible()
    model.removeRows(0, 1)
    assert overlay.isVisible()
    model.setStringList(["a", "b"])  # a reset
    assert not overlay.isVisible()
    model.setStringList([])
    assert overlay.isVisible()
    view.resize(500, 300)
    qtbot.waitUntil(lambda: overlay.geometry() == view.viewport().rect())


def test_texts_are_plain_and_can_change(qtbot) -> None:  # noqa: ANN001
    view, _model = _view(qtbot, [])
    overlay = EmptyStateOverlay(view, "x")
    overlay.set_texts('No match for "<b>Ærø</b>"', "")
    assert overlay.title_label.textFormat() == Qt.TextFormat.PlainText
    assert overlay.title() == 'No match for "<b>Ærø</b>"'
    assert not overlay.hint_label.isVisible()
    overlay.set_suppressed(True)
    assert not overlay.isVisible()
    overlay.set_suppressed(False)
    assert overlay.isVisible()


def test_clicks_and_focus_reach_the_view(qtbot) -> None:  # noqa: ANN001
    view, model = _view(qtbot, [])
    overlay = EmptyStateOverlay(view, "Empty", "hint")
    assert overlay.focusPolicy() == Qt.FocusPolicy.NoFocus
    # The mouse goes through the overlay: no child of the viewport takes a click in its middle.
    assert overlay.isVisible()
    assert view.viewport().childAt(view.viewport().rect().center()) is None
    view.setFocus()
    assert not overlay.hasFocus()
    # A new model set on the view is followed too.
    other = QStringListModel(["row"], view)
    view.setModel(other)
    overlay.refresh()
    assert not overlay.isVisible()
    other.setStringList([])
    assert overlay.isVisible()
    del model
