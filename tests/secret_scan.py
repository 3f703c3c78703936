"""Helpers for the tests that run the app with known secrets and then look for them in everything the
run wrote (tests/integration/test_debug_log_secrets.py, tests/integration/test_secret_scan.py).

``isolated_environment(root)`` points the app's settings, data, cache, state, home and temp folders
under ``root``; ``files_holding(root, *secrets)`` lists the files under ``root`` holding any of the
secrets in any of the forms a careless writer could use (plain UTF-8, UTF-16, base64, percent-encoded,
hex).
"""

from __future__ import annotations

import base64
import os
from pathlib import Path
from urllib.parse import quote

__all__ = ["encoded_forms", "files_holding", "isolated_environment", "text_holding"]

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


def encoded_forms(secret: str) -> list[bytes]:
    """``secret`` as bytes in every form looked for."""
    raw = secret.encode()
    return [raw, secret.encode("utf-16-le"), secret.encode("utf-16-be"), base64.b64encode(raw),
            base64.urlsafe_b64encode(raw), quote(secret, safe="").encode(), raw.hex().encode()]


def files_holding(root: Path, *secrets: str) -> list[str]:
    """Paths (relative to ``root``) of the files under ``root`` that hold any of ``secrets``."""
    needles = [form for s in secrets for form in encoded_forms(s)]
    return sorted(str(p.relative_to(root)) for p in root.rglob("*")
                  if p.is_file() and not p.is_symlink() and any(n in p.read_bytes() for n in needles))


def text_holding(text: str, *secrets: str) -> list[str]:
    """Which of ``secrets`` appear in ``text`` (output of a run), in any of the forms looked for."""
    data = text.encode()
    return [s for s in secrets if any(form in data for form in encoded_forms(s))]
