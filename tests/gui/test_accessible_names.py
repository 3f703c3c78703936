"""Accessible names (issue 14 item 5): every focusable control of the main window, the to-do form,
the activity form, the connect dialog, the details pane, My activities and the layout editor has a
name a screen reader can say — its own accessible name, its label buddy's text or its visible text,
as Qt's accessibility interface reports it (``QAccessible.Name``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)
from window_helpers import window_on

from desktop_app.bitrix import ActivityType
from desktop_app.services.session import open_demo_session
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit,
            QPlainTextEdit, QSlider)


def _name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    said = iface.text(QAccessible.Text.Name) if iface is not None else ""
    return (said or widget.accessibleName()).strip()


def _unnamed(root: QWidget) -> list[str]:
    """The focusable controls shown in ``root`` that a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue  # the editor inside a combo box or spin box: named by its owner
        if _name(widget):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


@pytest.fixture
def window(qtbot, arun, fixed_now) -> Iterator[MainWindow]:  # noqa: ANN001
    session = arun(open_demo_session(now=lambda: fixed_now))
    win = window_on(qtbot, session, (1400, 900))
    yield win
    arun(win.tasks.cancel_all())
    arun(session.aclose())


def test_every_control_of_the_window_forms_and_panes_has_a_name(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    unnamed = _unnamed(window)

    window.open_todo_form()
    assert window.todo_form.isVisible()
    unnamed += _unnamed(window.todo_form)

    window.open_new_activity(ActivityType.CALL)
    assert window.activity_form.isVisible()
    unnamed += _unnamed(window.activity_form)

    model = window.timeline.model
    activity = next(a for a in (model.activity_at(r) for r in range(model.rowCount())) if a is not None)
    window.activity_actions.open_details(activity)
    pane = window.details
    qtbot.waitUntil(lambda: pane.details is not None and pane.details.activity.id == activity.id, timeout=15000)
    qtbot.waitUntil(lambda: any(w.isVisibleTo(pane) for w in pane.findChildren(QLabel, "field_TYPE")), timeout=15000)
    unnamed += _unnamed(pane)

    with qtbot.waitSignal(window.my_activities.loaded, timeout=15000):
        window.my_activities_action.setChecked(True)
    unnamed += _unnamed(window.my_activities)
    window.my_activities_action.setChecked(False)

    dialog = window.open_connect_dialog()
    qtbot.waitExposed(dialog)
    unnamed += _unnamed(dialog)
    dialog.reject()

    window.open_layout_editor()
    qtbot.waitExposed(window.layout_editor)
    unnamed += _unnamed(window.layout_editor)
    window.layout_editor.close()
    assert unnamed == []
