"""Attachments in the forms through the real window over loopback (issue 12 point 2, forms' part):
files added with the dialog and by dropping them on the form reach the portal's database; a file
too large is named with the limit and the others are kept; editing lists the portal's files,
downloads one byte-identical, and a removal is sent with the edit."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from window_helpers import CONFIRM_MS, confirmed, served_window

from desktop_app.bitrix.models import ActivityType
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.files import activity_files
from desktop_app.services.attachments import MAX_FILE_BYTES
from desktop_app.ui.main_window import MainWindow

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]


@pytest.fixture
def portal(ticking_portal: SandboxPortal) -> SandboxPortal:
    return ticking_portal


@pytest.fixture
def window(qtbot, arun, portal, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    with served_window(qtbot, arun, portal, tmp_path, monkeypatch) as win:
        yield win


def _drop(widget, paths: list[Path]) -> None:
    """Drop files on ``widget`` as a file manager does (enter, then drop)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    pos = QPointF(widget.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the form takes files"
    drop = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    assert drop.isAccepted()


def _choose_in_dialog(qtbot, attachments, paths: list[Path]) -> None:
    qtbot.mouseClick(attachments.add_button, Qt.MouseButton.LeftButton)
    dialog = attachments.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.setDirectory(str(paths[0].parent))
    dialog.selectFile(" ".join(f'"{p.name}"' for p in paths) if len(paths) > 1 else paths[0].name)
    assert [Path(f) for f in dialog.selectedFiles()] == paths
    dialog.accept()


def test_a_call_with_two_files_one_of_5_mb_reaches_the_portal(qtbot, window: MainWindow, portal: SandboxPortal,
                                                               tmp_path: Path) -> None:
    big = tmp_path / "price list.pdf"
    big.write_bytes(os.urandom(5 * 1024 * 1024))
    small = tmp_path / "notes.txt"
    small.write_bytes("Call notes — ärger über lieferung\n".encode())
    window.activity_actions.open_new_activity(int(ActivityType.CALL))
    form = window.activity_form
    qtbot.waitUntil(lambda: form.isVisible() and form.communications.count() > 0, timeout=CONFIRM_MS)
    qtbot.keyClicks(form.subject, "Call about the price list")
    form.communications.item(0).setCheckState(Qt.CheckState.Checked)

    _choose_in_dialog(qtbot, form.attachments, [big])  # Add files… (the non-native dialog)
    _drop(form, [small])  # and one dropped on the form
    assert form.attachments.names() == ["price list.pdf (5.0 MB, to upload)", "notes.txt (38 B, to upload)"]

    [entry] = confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    stored = activity_files(portal.db, entry.activity_id)
    assert [(f.name, f.data) for f in stored] == [("price list.pdf", big.read_bytes()),
                                                   ("notes.txt", small.read_bytes())]
    assert not form.isVisible()

    # Editing it lists the portal's files by name; Download… saves one byte-identical.
    model = window.timeline.model
    qtbot.waitUntil(lambda: model.row_of(entry.activity_id) is not None, timeout=CONFIRM_MS)
    menu = window.timeline.open_card_menu(model.row_of(entry.activity_id))
    menu.action_named("cardEdit").trigger()  # Edit… from the card's menu
    menu.close()
    files = form.attachments
    qtbot.waitUntil(lambda: len(files.portal_files()) == 2, timeout=CONFIRM_MS)
    assert files.names() == ["price list.pdf", "notes.txt"]
    files.list.setCurrentRow(0)
    qtbot.mouseClick(files.download_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "saved" / "copy.pdf"
    target.parent.mkdir()
    with qtbot.waitSignal(window.activity_actions.form_files.saved, timeout=CONFIRM_MS):
        files.dialog.selectFile(str(target))
        files.dialog.accept()
    assert target.read_bytes() == big.read_bytes()
    assert "Saved as copy.pdf" in files.message.text()

    # Remove the small one: it is removed on the portal with the edit, the big one stays.
    files.list.setCurrentRow(1)
    qtbot.mouseClick(files.remove_button, Qt.MouseButton.LeftButton)
    assert files.names() == ["price list.pdf"] and "will be removed" in files.message.text()
    confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    assert [f.name for f in activity_files(portal.db, entry.activity_id)] == ["price list.pdf"]


def test_an_oversized_or_unreadable_file_is_named_and_the_others_are_kept(qtbot, window: MainWindow,
                                                                          portal: SandboxPortal, tmp_path: Path) -> None:
    huge = tmp_path / "video.mp4"
    with huge.open("wb") as fh:  # sparse: no 20 MB written
        fh.truncate(MAX_FILE_BYTES + 1)
    fine = tmp_path / "agenda.txt"
    fine.write_text("1. Prices\n")
    missing = tmp_path / "gone.docx"
    qtbot.mouseClick(window.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = window.todo_form
    _drop(form.description.viewport(), [huge, fine, missing])  # on the description: attached, not pasted
    assert form.description.toPlainText() == ""
    assert form.attachments.names() == ["agenda.txt (10 B, to upload)"]
    message = form.attachments.message.text()
    assert "video.mp4 is not attached: it is larger than the limit of 20.0 MB per file." in message
    assert "gone.docx is not attached: it cannot be read" in message

    # The to-do is created with the file that was fine (todo.add, then crm.activity.update {FILES}).
    qtbot.keyClicks(form.title, "Prepare the meeting")
    done = confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton), count=2)
    todo_id = done[0].activity_id
    assert [(f.name, f.data) for f in activity_files(portal.db, todo_id)] == [("agenda.txt", b"1. Prices\n")]

    # Editing the to-do: its file is listed; swapping it for another is one crm.activity.update {FILES}.
    model = window.timeline.model
    qtbot.waitUntil(lambda: model.row_of(todo_id) is not None, timeout=CONFIRM_MS)
    menu = window.timeline.open_card_menu(model.row_of(todo_id))
    menu.action_named("cardEdit").trigger()
    menu.close()
    files = form.attachments
    qtbot.waitUntil(lambda: files.names() == ["agenda.txt"], timeout=CONFIRM_MS)
    files.list.setCurrentRow(0)
    qtbot.mouseClick(files.remove_button, Qt.MouseButton.LeftButton)
    minutes = tmp_path / "minutes.txt"
    minutes.write_text("Agreed: 5 % off\n")
    _drop(form, [minutes])
    confirmed(qtbot, window, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    assert [(f.name, f.data) for f in activity_files(portal.db, todo_id)] == [("minutes.txt", b"Agreed: 5 % off\n")]
    assert portal.db.activity(todo_id)["subject"] == "Prepare the meeting"  # nothing else changed
