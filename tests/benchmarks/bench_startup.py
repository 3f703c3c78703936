"""``startup``: from launching ``activity-desk --demo`` to an interactive window.

The app is started with ``--quit-when-ready``: it prints ``Ready`` once the main window is shown and
the first entity's timeline has loaded from the built-in demo portal (the user can work), then quits.
The time is measured here, from ``Popen`` to that line, so it includes the interpreter start and
every import. The first launch warms the OS file cache and Python's bytecode cache and is reported
as ``cold_s``; the target applies to the median of the next three (``warm_s``): ≤ 1.5 s.
A ``--webhook`` portal changes nothing here (the measure is defined on the demo portal).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Any

from harness import REPO, emit

RUNS = 4
TIMEOUT_S = 60


def _launch() -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="activity-desk-bench-") as tmp:
        env["ACTIVITY_DESK_CONFIG_DIR"] = os.path.join(tmp, "config")
        env["ACTIVITY_DESK_DATA_DIR"] = os.path.join(tmp, "data")
        started = time.perf_counter()
        process = subprocess.Popen([sys.executable, "-m", "desktop_app", "--demo", "--quit-when-ready"],
                                   cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert process.stdout is not None
        line = process.stdout.readline()
        ready = time.perf_counter() - started
        _out, err = process.communicate(timeout=TIMEOUT_S)
        if not line.startswith("Ready") or process.returncode != 0:
            raise RuntimeError(f"activity-desk did not report Ready (exit {process.returncode}): {line!r} {err[-1500:]}")
        return ready


def measure(webhook: str | None) -> dict[str, Any]:
    times = [_launch() for _ in range(RUNS)]
    warm = statistics.median(times[1:])
    figures = {"cold_s": round(times[0], 3), "warm_s": round(warm, 3), "runs_s": [round(t, 3) for t in times]}
    return emit("startup", figures, {"warm_s<=1.5": warm <= 1.5})
