"""The forms' attachments list (ui/attachments_widget.py) on its own: limits named per file with the
other files kept, removal of attached and portal files, what edit mode offers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.services.attachments import PortalFile
from desktop_app.ui.attachments_widget import AttachmentsWidget, size_text


@pytest.fixture
def widget(qtbot) -> AttachmentsWidget:
    w = AttachmentsWidget(name="t", max_files=2, max_bytes=1000)
    qtbot.addWidget(w)
    w.show()
    return w


def _file(tmp_path: Path, name: str, size: int) -> Path:
    path = tmp_path / name
    path.write_bytes(b"x" * size)
    return path


def test_each_file_that_cannot_be_attached_is_named_with_its_limit(widget, tmp_path: Path) -> None:
    paths = [_file(tmp_path, "a.txt", 10), _file(tmp_path, "big.bin", 1001), _file(tmp_path, "empty.txt", 0),
             tmp_path, _file(tmp_path, "b.txt", 20), _file(tmp_path, "c.txt", 30)]
    problems = widget.add_paths([str(p) for p in paths])
    assert [p.code for p in problems] == ["too_large", "empty", "not_a_file", "too_many"]
    assert [f.name for f in widget.files()] == ["a.txt", "b.txt"]  # the others are kept
    assert widget.message.text().splitlines() == [
        "big.bin is not attached: it is larger than the limit of 1000 B per file.",
        "empty.txt is not attached: the file is empty.",
        f"{tmp_path.name} is not attached: it is not a file (a folder?).",
        "c.txt is not attached: at most 2 files can be attached at once.",
    ]


def test_remove_an_attached_file_and_a_portal_file(qtbot, widget, tmp_path: Path) -> None:
    widget.set_portal_files(44, [PortalFile(7, "http://p/x?fileId=7", None), PortalFile(8, "http://p/x?fileId=8", "a.pdf")])
    widget.add_paths([str(_file(tmp_path, "new.txt", 5))])
    assert widget.names() == ["File 7", "a.pdf", "new.txt (5 B, to upload)"]
    assert widget.download_button.isVisible() and not widget.download_button.isEnabled()  # the new file is selected
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert widget.files() == () and widget.removed_ids() == ()
    widget.list.setCurrentRow(0)
    assert widget.download_button.isEnabled() and widget.open_button.isEnabled()
    with qtbot.waitSignal(widget.openRequested) as opened:
        qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert opened.args[0].id == 7
    qtbot.mouseClick(widget.remove_button, Qt.MouseButton.LeftButton)
    assert widget.removed_ids() == (7,) and widget.names() == ["a.pdf"]
    assert widget.message.text() == "File 7 will be removed from the portal when you save."
    widget.clear()
    assert widget.names() == [] and widget.removed_ids() == () and not widget.download_button.isVisible()


def test_sizes_read_as_a_user_reads_them() -> None:
    assert [size_text(n) for n in (0, 1023, 1024, 5 * 1024 * 1024)] == ["0 B", "1023 B", "1.0 KB", "5.0 MB"]
