"""Helpers for the tests that run the app with known secrets and then look for them in everything the
run wrote (tests/integration/test_debug_log_secrets.py, tests/integration/test_secret_scan*.py).

``isolated_environment(root)`` points the app's settings, data, cache, state, home and temp folders
under ``root``; ``run_driver(driver, env)`` runs a scripted session and reads what it witnessed through a
pipe; ``files_holding(root, *secrets)`` lists the files under ``root`` holding any of the
secrets in any of the forms a careless writer could use (plain UTF-8, UTF-16, base64, percent-encoded,
hex).
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import quote

__all__ = ["encoded_forms", "files_holding", "isolated_environment", "run_driver", "text_holding"]

REPO = Path(__file__).resolve().parents[1]


def isolated_environment(root: Path, **extra: str) -> dict[str, str]:
    """The app's settings, data, cache, state, home and temp folders all under ``root`` (scanned afterwards)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    for name, sub in (("HOME", "home"), ("ACTIVITY_DESK_CONFIG_DIR", "app-config"), ("XDG_CONFIG_HOME", "config"),
                      ("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state"),
                      ("TMPDIR", "tmp")):
        (root / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(root / sub)
    env.pop("PYTHON_KEYRING_BACKEND", None)
    env.pop("ACTIVITY_DESK_DATA_DIR", None)
    env.update(extra)
    return env


def run_driver(driver: Path, env: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], Any]:
    """Run the script ``driver`` with ``env`` (its exit status must be 0) and return its completed process and
    the JSON it wrote to the file descriptor named by ``SCAN_WITNESS_FD`` (a pipe, never a file); 90 s at most."""
    env = dict(env)
    read_end, write_end = os.pipe()
    env["SCAN_WITNESS_FD"] = str(write_end)
    try:
        process = subprocess.Popen([sys.executable, str(driver)], cwd=REPO, env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True, encoding="utf-8", pass_fds=(write_end,))
    finally:
        os.close(write_end)
    with os.fdopen(read_end) as witness:
        try:
            out, err = process.communicate(timeout=90)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
        witnessed = witness.read()
    done = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    assert done.returncode == 0, f"exit {done.returncode}\n{out}\n{err[-4000:]}"
    return done, json.loads(witnessed)


def encoded_forms(secret: str) -> list[bytes]:
    """``secret`` as bytes in every form looked for."""
    raw = secret.encode()
    return [raw, secret.encode("utf-16-le"), secret.encode("utf-16-be"), base64.b64encode(raw),
            base64.urlsafe_b64encode(raw), quote(secret, safe="").encode(), raw.hex().encode()]


def files_holding(root: Path, *secrets: str) -> list[str]:
    """Paths (relative to ``root``) of the files under ``root`` that hold any of ``secrets``."""
    needles = [form for s in secrets for form in encoded_forms(s)]

    def holds(path: Path) -> bool:
        data = path.read_bytes()
        return any(n in data for n in needles)

    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and not p.is_symlink() and holds(p))


def text_holding(text: str, *secrets: str) -> list[str]:
    """Which of ``secrets`` appear in ``text`` (output of a run), in any of the forms looked for."""
    data = text.encode()
    return [s for s in secrets if any(form in data for form in encoded_forms(s))]
