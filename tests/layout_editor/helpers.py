"""Helpers of the layout editor tests."""

from __future__ import annotations

from PySide6.QtGui import QImage

from desktop_app.ui.layout_editor import LayoutEditorWindow
from desktop_app.ui.layout_editor.templates import Template, list_templates


def template(name: str) -> Template:
    return next(t for t in list_templates() if t.name == name)


def put_cursor_after(window: LayoutEditorWindow, needle: str) -> None:
    """Place the editor's cursor right after the first ``needle`` (ASCII text before it)."""
    text = window.editor.toPlainText()
    cursor = window.editor.textCursor()
    cursor.setPosition(text.index(needle) + len(needle))
    window.editor.setTextCursor(cursor)


def line_of(window: LayoutEditorWindow, needle: str) -> int:
    """0-based line of the first ``needle`` in the editor's text."""
    text = window.editor.toPlainText()
    return text.count("\n", 0, text.index(needle))


def preview_image(window: LayoutEditorWindow) -> QImage:
    """What the preview draws now."""
    return window.preview.grab().toImage()


def mean_lightness(image: QImage) -> float:
    step = max(1, min(image.width(), image.height()) // 40)
    values = [image.pixelColor(x, y).lightness() for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(values) / len(values)


def problem_rows(window: LayoutEditorWindow) -> list[tuple[str, str, str, str]]:
    """(severity, code, path, line) of each row of the messages list, as shown."""
    model = window.problems
    return [tuple(model.index(r, c).data() for c in (0, 1, 2, 4)) for r in range(model.rowCount())]
