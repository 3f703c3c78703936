"""Documentation screenshots: the timeline, "My activities", a to-do form with attachments and the
details view, at 1280×800 and 1024×640, on the built-in demo portal.

Usage (needs a display; on a headless machine run it under Xvfb)::

    xvfb-run -a .venv/bin/python packaging/screenshots.py [--out docs/screenshots] [--only timeline,details]

Each picture is one ``activity-desk --screenshot PATH --window-size WxH --show VIEW`` run (a fresh
demo portal each time, so the pictures do not depend on one another), written as
``<out>/<name>-<W>x<H>.png``. Exits 1 when any run failed, naming it.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Picture name → the app's ``--show`` view.
VIEWS = {"timeline": "timeline", "my-activities": "my-activities", "form-attachments": "form-attachments",
         "details": "details", "application": "application"}
SIZES = ((1280, 800), (1024, 640))
RUN_TIMEOUT_S = 120


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="output folder")
    parser.add_argument("--only", default="", help="comma-separated picture names (default: all)")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(VIEWS)
    unknown = [n for n in names if n not in VIEWS]
    if unknown:
        parser.error(f"unknown picture(s): {', '.join(unknown)}; known: {', '.join(VIEWS)}")
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("screenshots: no display; run under xvfb-run -a", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb" if os.environ.get("DISPLAY") else os.environ.get(
        "QT_QPA_PLATFORM", "wayland"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    data = tempfile.TemporaryDirectory(prefix="activity-desk-shots-")
    env["ACTIVITY_DESK_DATA_DIR"] = data.name  # anything the demo writes is thrown away, the user's data untouched
    failed: list[str] = []
    for name in names:
        for width, height in SIZES:
            target = args.out / f"{name}-{width}x{height}.png"
            command = [sys.executable, "-m", "desktop_app.app", "--screenshot", str(target),
                       "--window-size", f"{width}x{height}", "--show", VIEWS[name]]
            try:
                result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                                        timeout=RUN_TIMEOUT_S, check=False)
            except subprocess.TimeoutExpired:
                failed.append(f"{target.name}: no picture within {RUN_TIMEOUT_S} s")
                continue
            if result.returncode != 0 or not target.exists():
                reason = (result.stderr.strip().splitlines() or ["no output"])[-1]
                failed.append(f"{target.name}: exit {result.returncode}: {reason}")
            else:
                print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    data.cleanup()
    for line in failed:
        print(f"screenshots: {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
