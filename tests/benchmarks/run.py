#!/usr/bin/env python3
"""Activity Desk benchmarks: ``python tests/benchmarks/run.py [--only NAME] [--webhook URL] [--json-out F]``.

Each measure runs in a child process of its own (fresh memory figures, one Qt application at most)
against a sandbox portal it starts on loopback with the standard rate limit (burst 50, 2 requests
per second) — or, with ``--webhook URL``, against the portal that URL points at. Measures that
write (``refresh`` edits one activity, ``bulk1000`` completes 1,000) are skipped on a ``--webhook``
portal unless ``--allow-writes`` is given.

Output: one JSON line per measure (its figures, ``targets`` with a boolean per target, and ``ok``),
then a summary line. Exit status 0 when every target was met, 1 otherwise.

Measures and targets (issue 4):

* ``list10k`` — 10,000 activities through the count-free walk: ≤ 5 HTTP requests, 0 counted list
  calls, the first 50 rows in ≤ 10 % of the full load time.
* ``refresh`` — refreshing an entity timeline after one edit: 1 request.
* ``bulk1000`` — bulk-complete 1,000 activities: ≤ 21 requests, zero 503 replies.
* ``timeline100k`` — 100,000 activities in the My activities view: longest event-loop stall during
  load and scroll ≤ 50 ms (a 5 ms heartbeat timer on the qasync loop), peak resident memory ≤ 400 MB.
* ``startup`` — start to interactive window on the demo portal (warm): ≤ 1.5 s.
* ``preview`` — validate + lay out + paint a 20-block configurable-activity layout: median ≤ 16 ms
  (issue 11; no portal). ``--only preview`` also runs the two below.
* ``timeline_cards`` — an entity timeline of 10,000 cards of mixed kinds, a third configurable
  (layouts of tests/layout/corpus/valid), scrolled top to bottom and back: longest event-loop
  stall ≤ 50 ms (issue 11; no portal).
* ``editor_keystroke`` — the layout editor: keystroke to updated preview ≤ 100 ms (single
  keystrokes and the last key of fast bursts; issue 11; no portal).
* ``modeltest`` — Qt's model tester on the My-activities grouped model and kanban columns through
  pages, a collapsed group and a filter at 3,000 rows, then 20,000 more: no tester failure, every
  row shown (the default suite runs pytest-qt's tester on the same churn at 300 rows; no portal).
* ``page_slices`` — one 2,500-row walk page appended in the panel's slices onto 95,000 rows in the
  grouped list: median slice ≤ 30 ms (the GUI thread's longest stall for it; no portal).

``python3 packaging/bootstrap.py bench`` sets up ``.venv`` first and runs this with its interpreter.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
MEASURES = ("list10k", "refresh", "bulk1000", "timeline100k", "startup", "preview", "timeline_cards",
            "editor_keystroke", "modeltest", "page_slices")
#: ``--only NAME`` runs these measures (each in its own child process).
GROUPS = {"preview": ("preview", "timeline_cards", "editor_keystroke")}
WRITES = {"refresh", "bulk1000"}
CHILD_TIMEOUT_S = 900


def _reexec_in_venv() -> None:
    """Run under the project's ``.venv`` when this interpreter lacks the dependencies."""
    try:
        import httpx  # noqa: F401
        import PySide6  # noqa: F401
    except ImportError:
        venv = REPO / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
        if venv.exists() and Path(sys.executable).resolve() != venv.resolve():
            os.execv(str(venv), [str(venv), *sys.argv])
        sys.exit("benchmarks: the dependencies are missing; run `python3 packaging/bootstrap.py bench`")


def _inner(name: str, webhook: str | None) -> int:
    sys.path.insert(0, str(HERE))
    module = __import__(f"bench_{name}")
    line = module.measure(webhook)
    return 0 if line.get("ok") else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="run.py", description="Activity Desk benchmarks (JSON lines).")
    parser.add_argument("--only", action="append", choices=MEASURES, metavar="NAME",
                        help=f"run only this measure (repeatable): {', '.join(MEASURES)}")
    parser.add_argument("--webhook", metavar="URL", help="measure against this portal instead of a sandbox")
    parser.add_argument("--allow-writes", action="store_true",
                        help="with --webhook: also run the measures that change activities")
    parser.add_argument("--json-out", metavar="FILE", help="also write the JSON lines to FILE")
    parser.add_argument("--inner", choices=MEASURES, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    _reexec_in_venv()
    if args.inner:
        return _inner(args.inner, args.webhook)

    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    lines: list[dict] = []
    names = list(dict.fromkeys(n for only in (args.only or MEASURES) for n in GROUPS.get(only, (only,))))
    if not args.only:
        names = list(MEASURES)
    for name in names:
        if args.webhook and name in WRITES and not args.allow_writes:
            line = {"name": name, "skipped": "changes activities on that portal; pass --allow-writes", "ok": True}
            print(json.dumps(line), flush=True)
            lines.append(line)
            continue
        command = [sys.executable, str(HERE / "run.py"), "--inner", name]
        if args.webhook:
            command += ["--webhook", args.webhook]
        started = time.perf_counter()
        try:
            child = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True,
                                   timeout=CHILD_TIMEOUT_S)
            out, err, code = child.stdout, child.stderr, child.returncode
        except subprocess.TimeoutExpired as exc:
            out, err, code = exc.stdout or "", f"timed out after {CHILD_TIMEOUT_S} s", -1
        found = [json.loads(s) for s in (out or "").splitlines() if s.startswith("{")]
        if not found:
            found = [{"name": name, "error": f"exit {code}: {(err or '').strip()[-2000:]}", "ok": False}]
            print(json.dumps(found[0]), flush=True)
        else:
            for line in found:
                print(json.dumps(line, ensure_ascii=False), flush=True)
        for line in found:
            line.setdefault("wall_s", round(time.perf_counter() - started, 1))
        lines.extend(found)
    summary = {"name": "summary", "ok": all(line.get("ok") for line in lines),
               "missed": [line["name"] for line in lines if not line.get("ok")]}
    print(json.dumps(summary), flush=True)
    if args.json_out:
        Path(args.json_out).write_text("".join(json.dumps(line, ensure_ascii=False) + "\n"
                                               for line in [*lines, summary]), encoding="utf-8")
    return 0 if summary["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
