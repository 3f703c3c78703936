"""Fixtures of the layout editor tests: a shown editor window."""

from __future__ import annotations

import pytest

from desktop_app.ui.layout_editor import LayoutEditorWindow


@pytest.fixture
def editor(qtbot) -> LayoutEditorWindow:  # noqa: ANN001
    """A shown :class:`LayoutEditorWindow` with an empty text; nothing saved."""
    window = LayoutEditorWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.editor.document().setModified(False)  # closing asks nothing
