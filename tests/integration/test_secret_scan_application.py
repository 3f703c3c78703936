"""A scripted application (OAuth) session with known secrets leaves none of them in any file it wrote nor in its
output (issue 13 "Done when", issue 14 item 2): the client secret, the authorization code, and the access and
refresh tokens of every generation (two renewals) — only the OS keyring (a real Secret Service) holds them.

``secret_scan_app_driver.py`` connects the application with ``services.app_connect.connect_application`` (the
loopback redirect, the code exchanged, secrets to the keyring, the connection to the settings), lists, creates,
sends a to-do through the outbox, lets the access token expire twice, reopens the profile as the next start
would (its first call renews the token again), and writes a crash report — logging at
DEBUG to the console and to a file. Every file under the run's config, data, cache, state, home and temp
folders and its output are then searched (``tests/secret_scan.py``, several encodings); a planted value is found.
"""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sandbox_server import start_sandbox_server
from secret_scan import files_holding, isolated_environment, run_driver, text_holding
from secret_service import secret_service_store

from desktop_app.services.app_connect import redirect_uri

pytestmark = pytest.mark.integration

DRIVER = Path(__file__).with_name("secret_scan_app_driver.py")
CLIENT_ID = "local.secret-scan-app"
CLIENT_SECRET = "sc4nAppClientSecret7Q"
PROTOCOL = ["CONNECTED", "CALLED", "SENT", "REFRESHED", "STORED", "RESTORED", "CRASHED", "DONE"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[str, int]]:
    """The served sandbox with :data:`CLIENT_ID` registered for a loopback redirect URI (access tokens live
    1 s). Yields ``(portal base URL, redirect port)``."""
    port = _free_port()
    with start_sandbox_server("--app-client-id", CLIENT_ID, "--app-client-secret", CLIENT_SECRET,
                              "--app-redirect-uri", redirect_uri(port), "--token-lifetime", "1") as url:
        parts = urlsplit(url)
        yield f"{parts.scheme}://{parts.netloc}", port


@pytest.fixture
def keyring_entries(served: tuple[str, int]) -> Iterator[None]:
    """Needs the test session's Secret Service; forgets the run's keyring entries afterwards."""
    for store in secret_service_store():  # skips outside that session; the previous backend put back
        yield
        store.delete_application(urlsplit(served[0]).netloc, CLIENT_ID)


def _run_session(root: Path, base: str, port: int) -> tuple[subprocess.CompletedProcess[str], dict]:
    env = isolated_environment(root, SCAN_BASE=base, SCAN_CLIENT_ID=CLIENT_ID, SCAN_CLIENT_SECRET=CLIENT_SECRET,
                               SCAN_PORT=str(port))
    return run_driver(DRIVER, env)


def test_an_application_session_leaves_no_secret_in_any_file_or_output(tmp_path: Path, served: tuple[str, int],
                                                                       keyring_entries: None) -> None:
    base, port = served
    done, seen = _run_session(tmp_path, base, port)
    assert [line.split(" ", 1)[0] for line in done.stdout.splitlines()] == PROTOCOL
    secrets = [CLIENT_SECRET, seen["authorization_code"], *seen["tokens"]]
    # the code and every token pair: the first set, the renewals of the session and one after the restart
    tokens = seen["tokens"]
    assert len(tokens) >= 2 * 4 and len(set(secrets)) == len(secrets) and all(len(s) >= 8 for s in secrets)

    # The run really wrote what is scanned: the settings (the connection), the store with the outbox, the DEBUG
    # log with the token requests and renewals, and the crash report.
    written = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()}
    [settings] = [p for p in tmp_path.rglob("settings.json")]
    assert base in settings.read_text(encoding="utf-8")
    assert any(name.endswith(".sqlite3") for name in written), written
    [log_file] = tmp_path.rglob("activity-desk-debug.log")
    log_text = log_file.read_text(encoding="utf-8")
    assert "DEBUG httpcore" in log_text and 'HTTP Request: POST ' + base + '/oauth/token/' in log_text
    assert log_text.count(f"renewed the access token of the application {CLIENT_ID}") == len(tokens) // 2 - 1
    assert f"application {CLIENT_ID} connected to" in log_text
    [report] = tmp_path.rglob("crash-*.txt")
    assert "ConnectionError: reset with client_secret=" in report.read_text(encoding="utf-8")

    assert files_holding(tmp_path, *secrets) == []
    assert text_holding(done.stdout + done.stderr, *secrets) == []

    # The search can fail: a renewed refresh token planted beside the store (as UTF-16) and a secret in the
    # output are found.
    planted = next(tmp_path.rglob("*.sqlite3")).parent / "planted.txt"
    planted.write_bytes(f"token: {tokens[-1]}".encode("utf-16-le"))
    assert files_holding(tmp_path, *secrets) == [str(planted.relative_to(tmp_path))]
    assert text_holding(done.stderr + CLIENT_SECRET, *secrets) == [CLIENT_SECRET]
