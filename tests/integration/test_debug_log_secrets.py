"""A whole session of the real app at ``--log-level DEBUG`` leaves the webhook code in no output and no
file (issue 10, item 2), and a keyring setting naming a missing class does not block the start (item 3).

The app runs in a process of its own (``debug_session_driver.py``: ``desktop_app.app.main`` with a
window that types and clicks as a user would) against the sandbox portal served on loopback with a
known code. httpx and httpcore log at DEBUG there, so the secrets filter — not their pinned level —
is what keeps request URLs clean.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from sandbox_server import start_sandbox_server
from secret_scan import files_holding, isolated_environment

from desktop_app.services.secrets import SecretStore

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("debug_session_driver.py")
CODE = "k9DebugKnownC0de5"
WRONG_CODE = "Wr0ngDebugC0de77"
SECRET_SERVICE_EXPECTED = os.environ.get("ACTIVITY_DESK_TEST_SECRET_SERVICE") == "1"


@pytest.fixture(scope="module")
def webhook_url() -> Iterator[str]:
    with start_sandbox_server("--webhook-code", CODE) as url:
        yield url


def _drive(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, str(DRIVER), "--log-level", "DEBUG"], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout}\n{done.stderr[-4000:]}"
    return done


def _protocol(done: subprocess.CompletedProcess[str]) -> list[str]:
    return [line.split(" ", 1)[0] for line in done.stdout.splitlines()]


def test_a_debug_session_leaves_the_code_in_no_output_and_no_file(tmp_path: Path, webhook_url: str) -> None:
    base = webhook_url.removesuffix(f"{CODE}/")
    env = isolated_environment(tmp_path, ACTIVITY_DESK_TEST_WEBHOOK=webhook_url,
                       ACTIVITY_DESK_TEST_WRONG_WEBHOOK=f"{base}{WRONG_CODE}/")
    first = _drive(env)  # paste a wrong webhook, then the right one; save a todo; close
    assert _protocol(first) == ["DIALOG", "REFUSED", "SESSION", "LOADED", "CONFIRMED", "CLOSING"]
    assert "INVALID_CREDENTIALS" in first.stdout
    runs = [first]
    remembered = first.stdout.startswith("DIALOG keyring")
    assert remembered or not SECRET_SERVICE_EXPECTED, "the Secret Service of the test session was not used"
    try:
        if remembered:  # next start: the code comes back from the keyring, the session reopens
            second = _drive(env)
            assert _protocol(second) == ["SESSION", "LOADED", "CONFIRMED", "CLOSING"]
            runs.append(second)
    finally:
        if remembered:
            previous = keyring.get_keyring()
            try:
                host = webhook_url.split("/")[2]
                SecretStore().delete_webhook_code(host, 1)
            finally:
                keyring.set_keyring(previous)

    for done in runs:
        output = done.stdout + done.stderr
        assert CODE not in output and WRONG_CODE not in output
        # The request lines were logged (httpx at DEBUG) — with the code masked.
        assert "HTTP Request: POST http://127.0.0.1:" in done.stderr
        assert "/rest/1/••••/crm.activity.todo.add" in done.stderr
    assert files_holding(tmp_path, CODE, WRONG_CODE) == []
    assert any(tmp_path.rglob("*.sqlite3")), "the session's store was not written where it was looked for"


def test_a_keyring_class_that_cannot_be_loaded_does_not_block_the_start(tmp_path: Path, webhook_url: str) -> None:
    env = isolated_environment(tmp_path, ACTIVITY_DESK_TEST_WEBHOOK=webhook_url,
                       PYTHON_KEYRING_BACKEND="nonexistent.module.Backend")
    done = _drive(env)
    assert _protocol(done) == ["DIALOG", "SESSION", "LOADED", "CONFIRMED", "CLOSING"]
    assert done.stdout.startswith("DIALOG no-keyring")
    assert "PYTHON_KEYRING_BACKEND names 'nonexistent.module.Backend', a keyring that cannot be loaded" in done.stderr
    assert "Traceback" not in done.stderr
    assert CODE not in done.stdout + done.stderr
    assert files_holding(tmp_path, CODE) == []


def test_the_demo_at_debug_level(tmp_path: Path) -> None:
    """``activity-desk --demo --quit-when-ready --log-level DEBUG``, as a user would type it."""
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--demo", "--quit-when-ready", "--log-level", "DEBUG"],
                          cwd=REPO, env=isolated_environment(tmp_path), capture_output=True, text=True, encoding="utf-8",
                          timeout=120)
    assert done.returncode == 0, done.stderr[-4000:]
    assert done.stdout.splitlines()[-1] == "Ready"
    assert "DEBUG desktop_app.bitrix.transport" in done.stderr
    assert "/rest/1/demo" not in done.stdout + done.stderr
