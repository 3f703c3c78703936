"""A partial install (a file of ``resources/`` missing) fails with a message naming the file — in a
dialog on a normal start, on stderr for the headless runs — never with a traceback (issue 14, Bad
input; ``desktop_app.app._report_missing_resource``)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import app as desktop
from desktop_app import resource_paths

REPO = Path(__file__).resolve().parents[2]


def test_a_missing_icon_is_said_in_a_dialog(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(resource_paths, "resources_dir", lambda: tmp_path / "resources")
    monkeypatch.setattr(desktop, "_setup_logging", lambda _level: None)
    monkeypatch.setattr(desktop, "_install_translators", lambda _app: None)
    seen: list[tuple[str, QMessageBox.Icon, Qt.TextFormat]] = []

    def dismiss() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.text(), box.icon(), box.textFormat()))
            box.reject()
        else:
            QTimer.singleShot(10, dismiss)

    qapp = QApplication.instance()
    before = qapp.applicationName(), qapp.organizationName(), qapp.quitOnLastWindowClosed()
    QTimer.singleShot(0, dismiss)
    try:
        assert desktop.main([]) == 1
    finally:
        qapp.setApplicationName(before[0])
        qapp.setOrganizationName(before[1])
        qapp.setQuitOnLastWindowClosed(before[2])

    [(text, icon, text_format)] = seen
    assert "icons/activity-desk.svg is missing" in text
    assert str(tmp_path / "resources" / "icons" / "activity-desk.svg") in text
    assert "Please reinstall Activity Desk." in text and "Traceback" not in text
    assert icon == QMessageBox.Icon.Critical and text_format == Qt.TextFormat.PlainText


def test_a_headless_start_says_it_on_stderr(tmp_path: Path) -> None:
    script = ("import sys; from pathlib import Path; from desktop_app import resource_paths, app; "
              f"resource_paths.resources_dir = lambda: Path({str(tmp_path)!r}); "
              "sys.exit(app.main(['--demo', '--quit-when-ready']))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), ACTIVITY_DESK_DATA_DIR=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=60)
    assert done.returncode == 1
    assert "activity-desk: Activity Desk cannot start: the file icons/activity-desk.svg is missing" in done.stderr
    assert "Traceback" not in done.stderr and "Ready" not in done.stdout


def test_missing_qt_platform_plugins_are_said_before_qt_aborts(tmp_path: Path) -> None:
    """Without ``plugins/platforms`` Qt would abort the process with no window: the start says why."""
    script = ("import sys; from PySide6.QtCore import QLibraryInfo; from desktop_app import app; "
              f"QLibraryInfo.path = lambda _which: {str(tmp_path)!r}; "
              "sys.exit(app.main(['--demo', '--quit-when-ready']))")
    env = dict(os.environ, PYTHONPATH=str(REPO), HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               ACTIVITY_DESK_DATA_DIR=str(tmp_path / "data"))
    env.pop("QT_QPA_PLATFORM_PLUGIN_PATH", None)
    env.pop("QT_PLUGIN_PATH", None)
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=60)
    assert done.returncode == 1
    assert ("activity-desk: Activity Desk cannot start: the Qt platform plugins are missing "
            f"(looked in {tmp_path / 'platforms'})") in done.stderr
    assert "Traceback" not in done.stderr and "Ready" not in done.stdout


def test_installed_qt_platform_plugins_pass_the_check() -> None:
    assert desktop._platform_plugin_problem() is None
