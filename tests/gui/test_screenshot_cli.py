"""``activity-desk --screenshot PATH --window-size WxH --show VIEW`` (documentation screenshots,
``packaging/screenshots.py``): the run succeeds and the picture has the asked size; bad sizes are
refused with a usage message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from desktop_app.app import parse_args

ROOT = Path(__file__).resolve().parents[2]


def test_window_size_and_view_are_parsed() -> None:
    args = parse_args(["--screenshot", "x.png", "--window-size", "1024x640", "--show", "my-activities"])
    assert args.window_size == (1024, 640) and args.show == "my-activities"
    assert parse_args(["--screenshot", "x.png"]).show == "timeline"


@pytest.mark.parametrize("size", ["1024", "1024x", "axb", "10x10", "99999x640"])
def test_bad_window_size_is_a_usage_error(size: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--screenshot", "x.png", "--window-size", size])
    assert exit_info.value.code == 2
    assert "window size" in capsys.readouterr().err


@pytest.mark.integration
def test_screenshot_of_the_todo_form_at_1024x640(tmp_path: Path) -> None:
    target = tmp_path / "form.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ACTIVITY_DESK_DATA_DIR": str(tmp_path / "data")}
    result = subprocess.run([sys.executable, "-m", "desktop_app.app", "--screenshot", str(target),
                             "--window-size", "1024x640", "--show", "form-attachments"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1024, 640)
