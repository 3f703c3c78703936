"""Both forms in a small side panel (issue 12 point 8, the forms' part): the fields scroll, the
Save / Close row stays in view, and a refused field is scrolled into view with the focus on it."""

from __future__ import annotations

from datetime import UTC

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.activity_form import ActivityForm
from desktop_app.ui.todo_form import TodoForm


@pytest.mark.parametrize("cls", [TodoForm, ActivityForm])
def test_save_stays_in_view_and_the_fields_scroll(qtbot, cls) -> None:
    form = cls()
    qtbot.addWidget(form)
    form.resize(form.minimumSizeHint().width(), 300)
    form.show()
    qtbot.waitExposed(form)
    assert form.rect().contains(form.save_button.geometry())
    assert form.scroll.verticalScrollBar().maximum() > 0  # the fields scroll instead of being crushed
    assert form.scroll.horizontalScrollBar().maximum() == 0  # nothing cut on the right


def test_a_refused_field_is_scrolled_into_view(qtbot) -> None:
    form = TodoForm()
    qtbot.addWidget(form)
    form.prepare(2, 1, "Deal", {}, 1, UTC)
    form.resize(form.minimumSizeHint().width(), 300)
    form.show()
    form.activateWindow()
    qtbot.waitActive(form)
    form.scroll.verticalScrollBar().setValue(form.scroll.verticalScrollBar().maximum())
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # empty: no title, no description
    assert form.error_text("title"), form.state.text()
    assert form.focusWidget() is form.title  # the focus goes to the field named
    assert not form.title.visibleRegion().isEmpty()
