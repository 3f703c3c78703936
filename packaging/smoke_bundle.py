"""Smoke test of a frozen Activity Desk, the same on Linux, Windows and macOS (packaging/linux/smoke.sh
and .github/workflows/package.yml run it):

    python packaging/smoke_bundle.py screenshot EXE OUT.png   # EXE --demo --screenshot OUT.png, then check the PNG
    python packaging/smoke_bundle.py check OUT.png            # only check a PNG made elsewhere
    python packaging/smoke_bundle.py ready EXE [EXE_ARGS …]   # best-of-3 seconds of EXE … --demo --quit-when-ready

A PNG passes when it is at least 1024x640, has at least 200 colours and no single colour covers
more than 85 % of it (an empty or half-drawn window fails). ``ready`` judges by the exit status (a
windowed Windows build has no stdout to print ``Ready`` to) and prints the seconds. Exit status 1
with the reason on stderr on failure. Runs in the build venv (needs PySide6 for reading the PNG).
Under Linux without a display, wrap it in ``xvfb-run``. A plain script: ``packaging/`` is never an
importable package.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

TIMEOUT_S = 120


def check_png(path: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(str(path))
    if image.isNull():
        raise SystemExit(f"{path}: not a readable image")
    w, h = image.width(), image.height()
    colours = Counter(image.pixel(x, y) for y in range(0, h, 2) for x in range(0, w, 2))
    background = colours.most_common(1)[0][1] / sum(colours.values())
    summary = f"{path}: {w}x{h}, {len(colours)} colours, the commonest colour on {background:.0%} of pixels"
    if w < 1024 or h < 640 or len(colours) < 200 or background > 0.85:
        raise SystemExit(f"{summary}: does not show a populated window")
    return summary


def run(command: list[str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, timeout=TIMEOUT_S, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr[-2000:]}")
    return elapsed


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "screenshot":
        out = Path(argv[2])
        out.unlink(missing_ok=True)
        run([argv[1], "--demo", "--screenshot", str(out)])
        print(check_png(out))
    elif len(argv) == 2 and argv[0] == "check":
        print(check_png(Path(argv[1])))
    elif len(argv) >= 2 and argv[0] == "ready":
        best = min(run([*argv[1:], "--demo", "--quit-when-ready"]) for _ in range(3))
        print(f"{best:.2f}")
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
