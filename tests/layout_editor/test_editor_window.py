"""The layout editor window: files, undo/redo, the structured panel, messages, huge input, the menu entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop_app.layout import MAX_LAYOUT_CHARS
from desktop_app.ui.layout_editor import LayoutEditorWindow
from desktop_app.ui.layout_editor.window import DEBOUNCE_MS

from .helpers import problem_rows, put_cursor_after, template


def load(qtbot, editor: LayoutEditorWindow, name: str) -> str:  # noqa: ANN001
    with qtbot.waitSignal(editor.validated):
        editor.load_template(template(name))
    return editor.editor.toPlainText()


def test_open_save_round_trip_keeps_the_text_byte_for_byte(qtbot, editor: LayoutEditorWindow, tmp_path: Path) -> None:  # noqa: ANN001
    original = load(qtbot, editor, "signed_contract")
    target = tmp_path / "contract.json"
    assert editor.save_to(str(target))
    assert target.read_text(encoding="utf-8") == original
    assert not editor.isWindowModified()

    put_cursor_after(editor, '"title": {"en": "Contract signed')
    qtbot.keyClicks(editor.editor, " today")
    assert editor.isWindowModified()
    editor.save()  # has a path now: saves there without asking
    assert json.loads(target.read_text(encoding="utf-8"))["header"]["title"]["en"] == "Contract signed today"

    with qtbot.waitSignal(editor.validated):
        editor.load_template(template("delivery"))
    assert editor.load_file(str(target))
    assert editor.editor.toPlainText() == target.read_text(encoding="utf-8")
    assert editor.path == str(target) and not editor.isWindowModified()
    assert editor.report.ok


def test_open_and_save_as_through_the_non_blocking_file_dialog(qtbot, editor: LayoutEditorWindow, tmp_path: Path) -> None:  # noqa: ANN001
    source = tmp_path / "blocks.json"
    source.write_text(template("rest_app_call_summary").read(), encoding="utf-8")
    editor.open_action.trigger()
    dialog = editor.findChild(QFileDialog)
    assert dialog is not None and dialog.isVisible()  # open(): the window goes on while it is shown
    with qtbot.waitSignal(editor.validated):
        dialog.selectFile(str(source))
        dialog.accept()
    assert editor.kind == "rest_app" and editor.report.ok  # a bare {"blocks": …} is a RestAppLayoutDto
    assert not editor.panel.header_box.isVisibleTo(editor.panel) and editor.panel.blocks.keys() == ["summary", "transcript", "links"]

    target = tmp_path / "copy.json"
    editor.save_as_action.trigger()
    dialog = next(d for d in editor.findChildren(QFileDialog) if d.isVisible())
    dialog.selectFile(str(target))
    dialog.accept()
    assert target.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")
    assert editor.path == str(target)


def test_unreadable_files_are_told_and_nothing_is_lost(qtbot, editor: LayoutEditorWindow, tmp_path: Path) -> None:  # noqa: ANN001
    text = load(qtbot, editor, "call_summary")
    binary = tmp_path / "bad.json"
    binary.write_bytes(b'{"icon": "\xff\xfe"}')
    assert not editor.load_file(str(binary))
    assert "not UTF-8" in editor.notice.text() and editor.notice.isVisible()
    big = tmp_path / "big.json"
    big.write_text('{"a": "' + "x" * (MAX_LAYOUT_CHARS + 10) + '"}', encoding="utf-8")
    assert not editor.load_file(str(big))
    assert "LAYOUT_TOO_LARGE" in editor.notice.text()
    assert not editor.load_file(str(tmp_path / "missing.json"))
    assert "Cannot open" in editor.notice.text()
    assert not editor.save_to(str(tmp_path / "no-such-dir" / "x.json"))
    assert "Cannot save" in editor.notice.text()
    assert editor.editor.toPlainText() == text


def test_undo_redo_cover_typing_templates_and_panel_edits(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    assert not editor.undo_action.isEnabled()
    first = load(qtbot, editor, "docs_seed_001_incoming_call")
    put_cursor_after(editor, '"title": "Incoming Call')
    qtbot.keyClicks(editor.editor, "!")
    typed = editor.editor.toPlainText()
    assert '"Incoming Call!"' in typed
    with qtbot.waitSignal(editor.validated):
        editor.panel.blocks.add_buttons["text"].click()
    added = editor.editor.toPlainText()
    assert "text1" in json.loads(added)["body"]["blocks"]

    assert editor.undo_action.isEnabled()
    editor.undo_action.trigger()
    assert editor.editor.toPlainText() == typed  # the panel edit is one undo step
    editor.undo_action.trigger()
    assert editor.editor.toPlainText() == first
    editor.undo_action.trigger()
    assert editor.editor.toPlainText() == ""  # the template itself can be undone: nothing typed before is lost
    assert editor.redo_action.isEnabled()
    for _ in range(3):
        editor.redo_action.trigger()
    assert editor.editor.toPlainText() == added
    qtbot.waitUntil(lambda: editor.panel.blocks.keys() == ["responsible", "text1"])  # the panel follows the redone text


def test_structured_panel_edits_the_same_json_and_follows_the_text(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    original = load(qtbot, editor, "docs_complete_example")
    panel = editor.panel
    assert panel.title_edit.text() == "Incoming call"
    assert panel.tags.keys() == ["status2"] and panel.buttons.keys() == ["startCall"]
    assert panel.blocks.keys() == ["client", "deadline", "responsible", "note"]

    qtbot.keyClicks(panel.title_edit, " from Berlin")
    text = editor.editor.toPlainText()
    assert json.loads(text)["header"]["title"] == "Incoming call from Berlin"
    # Only the edited value changed: every other line is as the user wrote it.
    assert [line for line in text.splitlines() if "Berlin" not in line] == [
        line for line in original.splitlines() if '"title": "Incoming call"' not in line
    ]

    panel.tags.add_buttons["tag"].click()
    assert list(json.loads(editor.editor.toPlainText())["header"]["tags"]) == ["status2", "tag1"]
    panel.tags.select("tag1")
    type_box = panel.tags.editor("type")
    type_box.setCurrentText("success")
    type_box.activated.emit(type_box.currentIndex())
    assert json.loads(editor.editor.toPlainText())["header"]["tags"]["tag1"] == {"title": "new", "type": "success"}

    panel.blocks.select("note")
    panel.blocks.up_button.click()
    assert list(json.loads(editor.editor.toPlainText())["body"]["blocks"]) == ["client", "deadline", "note", "responsible"]
    panel.blocks.select("client")
    inner = panel.blocks.editor("value")  # withTitle → its text block's value
    inner.selectAll()
    qtbot.keyClicks(inner, "Schmidt AG")
    assert json.loads(editor.editor.toPlainText())["body"]["blocks"]["client"]["properties"]["block"]["properties"]["value"] == "Schmidt AG"
    panel.blocks.add_buttons["link"].click()
    panel.blocks.select("link1")
    uri = panel.blocks.editor("uri")
    uri.selectAll()
    qtbot.keyClicks(uri, "/crm/deal/details/9/")
    link = json.loads(editor.editor.toPlainText())["body"]["blocks"]["link1"]["properties"]["action"]
    assert link == {"type": "redirect", "uri": "/crm/deal/details/9/"}
    panel.blocks.select("deadline")
    panel.blocks.remove_button.click()
    assert "deadline" not in json.loads(editor.editor.toPlainText())["body"]["blocks"]

    panel.buttons.select("startCall")
    button_type = panel.buttons.editor("type")
    button_type.setCurrentText("secondary")
    button_type.activated.emit(button_type.currentIndex())
    assert json.loads(editor.editor.toPlainText())["footer"]["buttons"]["startCall"]["type"] == "secondary"
    assert editor.report.ok, problem_rows(editor)  # panel edits are validated at once

    # The panel follows the text typed in the editor.
    put_cursor_after(editor, '"title": "Incoming call from Berlin')
    with qtbot.waitSignal(editor.validated):
        qtbot.keyClicks(editor.editor, " and Bonn")
    assert panel.title_edit.text() == "Incoming call from Berlin and Bonn"
    # While the text is not JSON, the panel is disabled (it never writes over text it cannot read).
    with qtbot.waitSignal(editor.validated):
        qtbot.keyClicks(editor.editor, '"')
    assert not panel.header_box.isEnabled() and panel.status.text()


def test_translated_title_is_edited_in_the_preview_language(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    load(qtbot, editor, "delivery")
    editor.options_bar.language.setCurrentText("de")
    assert editor.panel.title_edit.text() == "Lieferung geplant"
    qtbot.keyClicks(editor.panel.title_edit, " (Express)")
    title = json.loads(editor.editor.toPlainText())["header"]["title"]
    assert title == {"en": "Delivery scheduled", "de": "Lieferung geplant (Express)"}


def test_invalid_json_marked_at_the_parsers_line_and_the_message_selects_it(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    load(qtbot, editor, "docs_seed_001_incoming_call")
    before = editor.preview.grab().toImage()
    put_cursor_after(editor, '"header": {"title": "Incoming Call"}')
    with qtbot.waitSignal(editor.validated) as signal:
        qtbot.keyClicks(editor.editor, " oops")
    [problem] = signal.args[0].problems
    assert problem.code == "INVALID_JSON"
    [(severity, code, path, line)] = problem_rows(editor)
    assert (severity, code, path, line) == ("Error", "INVALID_JSON", "(layout)", "3")
    assert editor.editor.highlighter.error_lines == {2}
    assert "last readable text" in editor.summary.text()
    assert editor.preview.grab().toImage() == before  # the preview keeps the last layout it could read
    editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
    editor.problems_view.activated.emit(editor.problems.index(0, 0))
    cursor = editor.editor.textCursor()
    assert cursor.blockNumber() == 2 and cursor.selectedText() == "o"


def test_missing_field_is_shown_at_the_object_that_lacks_it(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    with qtbot.waitSignal(editor.validated):
        editor.replace_text('{\n  "icon": {"code": "info"},\n  "header": {},\n  "body": {"logo": {"code": "document"}, "blocks": {}}\n}')
    # header.title is missing: shown at "header" (line 3); the empty blocks map warns at line 4.
    assert problem_rows(editor) == [
        ("Error", "FIELD_IS_REQUIRED", "header.title", "3"),
        ("Warning", "FIELD_IS_REQUIRED", "body.blocks", "4"),
    ]
    assert editor.editor.highlighter.error_lines == {2} and editor.editor.highlighter.warning_lines == {3}
    editor.problems_view.activated.emit(editor.problems.index(0, 3))
    assert editor.editor.textCursor().selectedText() == '"header"'
    editor.problems_view.activated.emit(editor.problems.index(1, 3))
    assert editor.editor.textCursor().selectedText() == '"blocks"'


def test_a_10_mb_paste_is_refused_with_the_validators_message_and_never_freezes(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    text = load(qtbot, editor, "call_summary")
    mime = QMimeData()
    mime.setText('{"blocks": "' + "x" * 10_000_000 + '"}')
    QApplication.clipboard().setMimeData(mime)
    editor.editor.setFocus()
    editor.editor.selectAll()
    try:
        qtbot.keyClick(editor.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    finally:
        # The clipboard owns the mime data now; let it free them while the application lives (left
        # to interpreter exit, the clipboard's teardown crashed the test process with SIGSEGV).
        QApplication.clipboard().clear()
    assert editor.editor.toPlainText() == text
    assert "LAYOUT_TOO_LARGE" in editor.notice.text() and "10,000,014" in editor.notice.text()
    assert editor.notice.isVisible()


def test_text_over_the_limit_is_refused_before_parsing(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    with qtbot.waitSignal(editor.validated) as signal:
        editor.replace_text("[" * (MAX_LAYOUT_CHARS + 1))
    assert [p.code for p in signal.args[0].problems] == ["LAYOUT_TOO_LARGE"]
    assert problem_rows(editor) == [("Error", "LAYOUT_TOO_LARGE", "(layout)", "")]
    assert not editor.editor.highlighting()  # the highlighter is off for text this long
    with qtbot.waitSignal(editor.validated):
        editor.replace_text("[" * 10_000)
    assert [p.code for p in editor.report.problems] == ["NESTING_TOO_DEEP"]
    assert editor.editor.highlighting()


def test_closing_with_unsaved_changes_asks_without_blocking(qtbot, editor: LayoutEditorWindow, tmp_path: Path) -> None:  # noqa: ANN001
    load(qtbot, editor, "delivery")
    editor.close()
    box = editor.findChild(QMessageBox)
    assert editor.isVisible() and box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert editor.isVisible()
    editor.path = str(tmp_path / "kept.json")
    editor.close()
    box = next(b for b in editor.findChildren(QMessageBox) if b.isVisible())
    box.button(QMessageBox.StandardButton.Save).click()
    assert not editor.isVisible()
    assert json.loads((tmp_path / "kept.json").read_text(encoding="utf-8"))["icon"] == {"code": "store"}


@pytest.mark.usefixtures("qloop")
def test_main_window_tools_menu_opens_one_editor(qtbot) -> None:  # noqa: ANN001
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.layout_editor_action.shortcut().toString() == "Ctrl+Shift+Y"
    window.layout_editor_action.trigger()
    first = window.findChild(LayoutEditorWindow)
    assert first is not None and first.isVisible() and first.isWindow()
    window.layout_editor_action.trigger()
    assert window.findChildren(LayoutEditorWindow) == [first]


def test_a_burst_of_typing_is_validated_once_not_per_keystroke(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    load(qtbot, editor, "docs_seed_001_incoming_call")
    runs: list[object] = []
    editor.validated.connect(runs.append)
    put_cursor_after(editor, '"title": "Incoming Call')
    qtbot.keyClicks(editor.editor, " from the reception desk")  # 24 keystrokes, no event loop between them
    qtbot.waitUntil(lambda: len(runs) == 1)
    assert editor.panel.title_edit.text() == "Incoming Call from the reception desk"
    with qtbot.assertNotEmitted(editor.validated, wait=2 * DEBOUNCE_MS):
        pass


@pytest.mark.usefixtures("qloop")
def test_closing_the_main_window_asks_about_the_editors_unsaved_layout(qtbot) -> None:  # noqa: ANN001
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.layout_editor_action.trigger()
    editor = window.findChild(LayoutEditorWindow)
    with qtbot.waitSignal(editor.validated):
        editor.load_template(template("signed_contract"))
    window.close()
    box = next(b for b in editor.findChildren(QMessageBox) if b.isVisible())
    assert window.isVisible() and editor.isVisible()  # nothing closed while the question is open
    box.button(QMessageBox.StandardButton.Discard).click()
    assert not editor.isVisible()
    window.layout_editor_action.trigger()  # shown again: the text is still there, and closing asks again
    assert "Contract signed" in editor.editor.toPlainText()
    editor.close()
    box = next(b for b in editor.findChildren(QMessageBox) if b.isVisible())
    box.button(QMessageBox.StandardButton.Discard).click()
    window.close()
    assert not window.isVisible()


def test_markup_the_user_typed_is_shown_as_text(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    load(qtbot, editor, "docs_complete_example")
    editor.apply_edit(("header", "tags", "status2", "type"), "<b>bold</b>")
    row = next(r for r in range(editor.problems.rowCount()) if editor.problems.index(r, 1).data() == "ENUM_FIELD")
    assert "<b>bold</b>" in editor.problems.index(row, 3).data()  # the view shows the message as text
    tooltip = editor.problems.index(row, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;bold&lt;/b&gt;" in tooltip and "<b>bold" not in tooltip


def test_undo_inside_a_panel_field_keeps_the_text_in_step(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    load(qtbot, editor, "docs_seed_001_incoming_call")
    field = editor.panel.title_edit
    field.setFocus()
    field.end(False)
    qtbot.keyClicks(field, "!!")
    assert json.loads(editor.editor.toPlainText())["header"]["title"] == "Incoming Call!!"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == json.loads(editor.editor.toPlainText())["header"]["title"]
    assert field.text() != "Incoming Call!!"


def test_ten_thousand_blocks_and_unknown_block_types_get_messages_not_a_frozen_editor(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    blocks = {f"b{i}": {"type": "text", "properties": {"value": f"v{i}"}} for i in range(10_000)}
    blocks["b3"] = {"type": "hologram", "properties": {}}
    layout = {"icon": {"code": "info"}, "header": {"title": "T"}, "body": {"logo": {"code": "document"}, "blocks": blocks}}
    with qtbot.waitSignal(editor.validated) as signal:
        editor.replace_text(json.dumps(layout))  # one line of ~600,000 characters
    assert signal.args[0].first.code == "TOO_MANY_ITEMS"
    rows = problem_rows(editor)
    assert rows[0] == ("Error", "TOO_MANY_ITEMS", "body.blocks", "1")
    assert ("Error", "ENUM_FIELD", "body.blocks.b3.type", "1") in rows
    assert not editor.editor.highlighting()  # too long to highlight
    assert editor.preview.card_tree() is not None  # the preview draws what it can


def test_highlighting_stays_on_its_tokens_after_characters_beyond_the_bmp(qtbot, editor: LayoutEditorWindow) -> None:  # noqa: ANN001
    text = '{"😀😀": "x", "key": 12}'
    with qtbot.waitSignal(editor.validated):
        editor.replace_text(text)
    ranges = {(r.start, r.length): r.format.foreground().color().name() for r in editor.editor.document().firstBlock().layout().formats()}
    key_at = len(text[: text.index('"key"')].encode("utf-16-le")) // 2  # Qt's position: each emoji counts twice
    assert key_at == text.index('"key"') + 2
    formats = editor.editor.highlighter.formats
    assert ranges[(key_at, 5)] == formats["key"].foreground().color().name()
    assert ranges[(key_at + 7, 2)] == formats["number"].foreground().color().name()
