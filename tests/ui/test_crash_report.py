"""An exception nobody handled writes a crash report with no secret in it and the window offers to
open its folder (issue 14, Bad input; ``desktop_app/crash.py``, ``desktop_app/ui/crash_dialog.py``)."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.bitrix.redaction import register_secret
from desktop_app.crash import CRASH_DIR_NAME, CrashHandler
from desktop_app.ui.crash_dialog import CrashDialog, show_crash_dialog

CODE = "Cr4shWebhookC0de"
TOKEN = "Cr4shRegisteredT0ken77"


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path))
    register_secret(TOKEN)
    return tmp_path


@pytest.fixture
def handler(data_dir: Path) -> Iterator[tuple[CrashHandler, list[CrashDialog]]]:
    dialogs: list[CrashDialog] = []
    crashes = CrashHandler(lambda path, text: dialogs.append(show_crash_dialog(path, text))).install()
    yield crashes, dialogs
    crashes.uninstall()
    for dialog in dialogs:
        dialog.close()


def _leak() -> None:
    raise ConnectionError(f"reset by https://acme.bitrix24.com/rest/1/{CODE}/crm.activity.list "
                          f"with access_token={TOKEN} ({TOKEN})")


def _reports(data_dir: Path) -> list[Path]:
    return sorted((data_dir / CRASH_DIR_NAME).glob("crash-*.txt"))


def test_an_uncaught_exception_writes_a_masked_report_and_shows_the_dialog(
        qtbot, data_dir: Path, handler: tuple[CrashHandler, list[CrashDialog]]) -> None:  # noqa: ANN001
    crashes, dialogs = handler
    try:
        _leak()
    except ConnectionError:
        sys.excepthook(*sys.exc_info())  # what Python / PySide do with an exception nobody caught

    [report] = _reports(data_dir)
    assert crashes.reports == [report]
    text = report.read_text(encoding="utf-8")
    assert CODE not in text and TOKEN not in text
    assert "ConnectionError: reset by https://acme.bitrix24.com/rest/1/••••/crm.activity.list" in text
    assert f"Version: {__version__}" in text and "Platform: " in text and "Time: " in text
    assert "Where: main thread" in text and "Traceback (most recent call last)" in text

    [dialog] = dialogs
    qtbot.waitUntil(dialog.isVisible)
    assert str(report.parent) in dialog.text()
    assert "Traceback" not in dialog.text() and CODE not in dialog.text()
    assert dialog.detailedText() == text  # the "Show Details…" expander: the masked report only
    assert dialog.open_folder_button.isVisible()
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    dialogs.clear()


def test_open_folder_opens_the_crash_folder(qtbot, data_dir: Path) -> None:  # noqa: ANN001
    class Catcher(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.urls: list[QUrl] = []

        @Slot(QUrl)
        def catch(self, url: QUrl) -> None:
            self.urls.append(url)

    catcher = Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "catch")  # instead of the real file manager
    try:
        report = data_dir / CRASH_DIR_NAME / "crash-x.txt"
        dialog = show_crash_dialog(report, "masked text")
        qtbot.waitUntil(dialog.isVisible)
        dialog.open_folder_button.click()
        assert [url.toLocalFile() for url in catcher.urls] == [str(report.parent)]
        qtbot.waitUntil(lambda: not dialog.isVisible())
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_a_thread_that_dies_writes_a_masked_report(data_dir: Path) -> None:
    crashes = CrashHandler().install()
    try:
        worker = threading.Thread(target=_leak, name="sync-worker")
        worker.start()
        worker.join()
    finally:
        crashes.uninstall()
    [report] = _reports(data_dir)
    text = report.read_text(encoding="utf-8")
    assert "Where: thread sync-worker" in text
    assert CODE not in text and TOKEN not in text


def test_an_exception_in_a_loop_callback_writes_a_report_and_notifies_on_the_loop(data_dir: Path) -> None:
    loop = asyncio.new_event_loop()
    notified: list[tuple[Path, str, int]] = []
    crashes = CrashHandler(lambda path, text: notified.append((path, text, threading.get_ident())),
                           loop=loop).install()
    try:
        loop.call_soon(_leak)
        loop.run_until_complete(asyncio.sleep(0.01))
        loop.run_until_complete(asyncio.sleep(0))
    finally:
        crashes.uninstall()
        loop.close()
    [report] = _reports(data_dir)
    assert [(path, ident) for path, _text, ident in notified] == [(report, threading.get_ident())]
    text = report.read_text(encoding="utf-8")
    assert "Where: event loop: Exception in callback" in text
    assert CODE not in text and TOKEN not in text


def test_a_folder_that_cannot_be_written_is_logged_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "blocked"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(blocker))
    notified: list[Path] = []
    crashes = CrashHandler(lambda path, _text: notified.append(path))
    try:
        _leak()
    except ConnectionError:
        assert crashes.handle(*sys.exc_info(), where="test") is None
    assert notified == []
    assert not QApplication.topLevelWidgets() or not any(
        isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets())
