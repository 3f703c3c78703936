"""``activity-desk preview`` in a subprocess, as an integrator's CI runs it: exit 0 with a PNG, 1 with
``CODE path: message`` lines, 2 with the line and column of bad JSON; a 10 MB file is refused before
parsing; never a traceback. No display: the command picks Qt's offscreen platform itself."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cards.helpers import VALID, corpus_layout
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO)
    return subprocess.run([sys.executable, "-m", "desktop_app", "preview", *args], capture_output=True, text=True,
                          env=env, cwd=REPO, timeout=60)


def _no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr


def test_valid_documentation_layout_renders_a_png(qapp, tmp_path: Path) -> None:  # noqa: ANN001
    out = tmp_path / "card.png"
    result = _run(str(VALID / "spec_5_13_complete_example.json"), "-o", str(out), "--lang", "de", "--completed")
    assert result.returncode == 0, result.stdout + result.stderr
    _no_traceback(result)
    image = QImage(str(out))
    assert image.width() == 560 and image.height() > 150
    assert len({image.pixel(x, y) for x in range(0, 560, 7) for y in range(0, image.height(), 7)}) > 20  # not blank


def test_rest_app_blocks_with_options(tmp_path: Path) -> None:
    out = tmp_path / "blocks.png"
    result = _run(str(VALID / "rest_app_call_summary.json"), "--blocks", "-o", str(out), "--dark", "--scope", "mobile",
                  "--readonly")
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.stat().st_size > 2000


def test_invalid_layout_prints_each_error_and_exits_1(tmp_path: Path) -> None:
    layout = corpus_layout("spec_5_13_complete_example")
    layout["header"]["tags"]["status2"]["type"] = "lavender"
    layout["footer"]["buttons"]["startCall"]["scope"] = "desktop"
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(layout), encoding="utf-8")
    result = _run(str(source), "-o", str(tmp_path / "bad.png"))
    assert result.returncode == 1
    _no_traceback(result)
    lines = result.stdout.splitlines()
    assert lines[0].startswith("ENUM_FIELD header.tags.status2.type: ")
    assert lines[1].startswith("ENUM_FIELD footer.buttons.startCall.scope: ")
    assert (tmp_path / "bad.png").exists()  # drawn with the invalid parts marked


def test_bad_json_exits_2_with_line_and_column(tmp_path: Path) -> None:
    source = tmp_path / "broken.json"
    source.write_text('{"icon": {"code": "info"},\n  "header": {"title": oops}}\n', encoding="utf-8")
    result = _run(str(source), "-o", str(tmp_path / "x.png"))
    assert result.returncode == 2
    _no_traceback(result)
    assert result.stdout.startswith(f"INVALID_JSON {source}:2:23: ")
    assert not (tmp_path / "x.png").exists()


def test_unreadable_and_huge_files_exit_2_without_a_traceback(tmp_path: Path) -> None:
    missing = _run(str(tmp_path / "nope.json"), "-o", str(tmp_path / "x.png"))
    assert missing.returncode == 2 and missing.stdout.startswith("UNREADABLE_FILE ")
    huge = tmp_path / "huge.json"
    huge.write_bytes(b'{"icon": "' + b"x" * 10_000_000 + b'"}')
    result = _run(str(huge), "-o", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert result.stdout.startswith(f"LAYOUT_TOO_LARGE {huge}: the file is 10,000,012 bytes")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 10_000 + "]" * 10_000, encoding="utf-8")
    nested = _run(str(deep), "-o", str(tmp_path / "x.png"))
    assert nested.returncode == 2 and nested.stdout.startswith("NESTING_TOO_DEEP ")
    for each in (missing, result, nested):
        _no_traceback(each)


def test_unwritable_output_exits_2(tmp_path: Path) -> None:
    result = _run(str(VALID / "seed_001_configurable_add.json"), "-o", str(tmp_path / "no" / "such" / "dir" / "c.png"))
    assert result.returncode == 2 and result.stdout.startswith("UNWRITABLE_FILE ")
    _no_traceback(result)


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    result = _run(str(VALID / "seed_001_configurable_add.json"))  # no -o
    assert result.returncode == 2 and "-o" in result.stderr
    _no_traceback(result)


def test_findings_stay_one_line_each_on_a_latin1_console(tmp_path: Path) -> None:
    source = tmp_path / "keys.json"
    source.write_text(json.dumps({"icon": {"code": "info", "a\nb\u2028c": 1}, "header": {"title": "t"},
                                  "body": {"logo": {"code": "document"}, "blocks": {"a": {"type": "deadline"}}}}),
                      encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(PYTHONPATH=str(REPO), PYTHONIOENCODING="latin-1")
    result = subprocess.run([sys.executable, "-m", "desktop_app", "preview", str(source), "-o", str(tmp_path / "k.png")],
                            capture_output=True, env=env, cwd=REPO, timeout=60)
    assert result.returncode == 1
    lines = result.stdout.decode("latin-1").split("\n")
    assert lines[0].startswith('FIELD_IS_REDUNDANT icon["a\\nb\\u2028c"]: ') and lines[1:] == [""]
    assert b"Traceback" not in result.stderr
