"""``activity-desk --demo --screenshot PATH`` in a real window on a virtual X server (Xvfb)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration


def test_demo_screenshot_shows_entities_and_a_timeline(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: run the tests through `python3 packaging/bootstrap.py test`"
    out = tmp_path / "out.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    proc = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1400x900x24", sys.executable, "-m", "desktop_app", "--demo",
         "--screenshot", str(out)],
        capture_output=True, text=True, timeout=180, env=env,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Screenshot saved" in proc.stdout

    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 1000 and image.height() >= 600
    # A populated window is not one flat colour: sample a grid and count distinct colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 23) for y in range(0, image.height(), 17)}
    assert len(colours) > 20
