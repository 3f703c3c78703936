"""Issue 11 Done-when: open a template in the editor, type an error and see it marked at its line,
fix it and see the preview change, switch language, read-only, completed and dark."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from desktop_app.ui.layout_editor import LayoutEditorWindow

from .helpers import line_of, mean_lightness, preview_image, problem_rows, put_cursor_after, template


def underline_styles(window: LayoutEditorWindow, line: int) -> set[QTextCharFormat.UnderlineStyle]:
    block = window.editor.document().findBlockByNumber(line)
    return {r.format.underlineStyle() for r in block.layout().formats()}


def test_template_error_marked_at_its_line_fixed_and_preview_options(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    with qtbot.waitSignal(editor.validated) as signal:
        editor.load_template(template("delivery"))
    assert signal.args[0].ok and not signal.args[0].problems
    assert "Delivery scheduled" in editor.editor.toPlainText()
    assert editor.problems.rowCount() == 0
    valid_image = preview_image(editor)

    # Type an error: the tag type "warning" becomes "warningX" (not a tag type).
    error_line = line_of(editor, '"type": "warning"')
    put_cursor_after(editor, '"type": "warning')
    editor.editor.setFocus()
    with qtbot.waitSignal(editor.validated, timeout=2000) as signal:
        qtbot.keyClicks(editor.editor, "X")
    report = signal.args[0]
    assert not report.ok
    assert ("Error", "ENUM_FIELD", "header.tags.state.type", str(error_line + 1)) in problem_rows(editor)
    assert "ENUM_FIELD" in editor.summary.text() and "header.tags.state.type" in editor.summary.text()
    # The line is marked: underlined in the text, and the line-number area knows it.
    assert error_line in editor.editor.highlighter.error_lines
    assert QTextCharFormat.UnderlineStyle.WaveUnderline in underline_styles(editor, error_line)
    assert QTextCharFormat.UnderlineStyle.WaveUnderline not in underline_styles(editor, 0)
    error_image = preview_image(editor)
    tree = editor.preview.card_tree()  # the preview marks the invalid tag with the code
    assert any(node.mark and "ENUM_FIELD" in node.mark for node in tree.parts.tags) or "ENUM_FIELD" in (tree.card_mark or "")

    # Clicking the message moves the cursor to the line and selects the key.
    row = next(r for r in range(editor.problems.rowCount()) if editor.problems.index(r, 1).data() == "ENUM_FIELD")
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.Start)
    view = editor.problems_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(editor.problems.index(row, 2)).center())
    cursor = editor.editor.textCursor()
    assert cursor.blockNumber() == error_line
    assert cursor.selectedText() == '"type"'

    # Fix it with another valid type: the message and the mark go, the preview changes.
    put_cursor_after(editor, '"type": "warningX')
    for _ in "warningX":
        qtbot.keyClick(editor.editor, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(editor.validated, timeout=2000) as signal:
        qtbot.keyClicks(editor.editor, "success")
    assert signal.args[0].ok
    assert editor.problems.rowCount() == 0
    assert not editor.editor.highlighter.error_lines
    assert QTextCharFormat.UnderlineStyle.WaveUnderline not in underline_styles(editor, error_line)
    assert json.loads(editor.editor.toPlainText())["header"]["tags"]["state"]["type"] == "success"
    fixed_image = preview_image(editor)
    assert not any(node.mark for node in editor.preview.card_tree().parts.tags) and not editor.preview.card_tree().card_mark
    assert fixed_image != error_image
    assert fixed_image != valid_image

    # Preview options: each one reaches the preview and changes what it draws.
    bar = editor.options_bar
    before = preview_image(editor)
    bar.language.setCurrentText("de")
    assert editor.preview.options().lang == "de"
    german = preview_image(editor)
    assert german != before

    assert "footer.buttons.details" in editor.preview.card_tree().visible_paths()
    bar.readonly.click()
    assert editor.preview.options().readonly
    assert "footer.buttons.details" not in editor.preview.card_tree().visible_paths()
    readonly = preview_image(editor)
    assert readonly != german  # the "Details" button is hidden for a read-only viewer (hideIfReadonly)

    bar.completed.click()
    assert editor.preview.options().completed
    completed = preview_image(editor)
    assert completed != readonly

    light = mean_lightness(completed)
    bar.dark.click()
    assert editor.preview.options().dark
    dark = preview_image(editor)
    assert dark != completed
    assert mean_lightness(dark) < light - 40

    options = editor.preview.options()
    assert (options.lang, options.readonly, options.completed, options.dark, options.scope) == ("de", True, True, True, "web")
