"""A whole scripted session with known secrets leaves none of them in any file it wrote nor in its
output (issue 14 item 2): webhook code, client secret, OAuth authorization code, access and refresh
tokens before and after a renewal — only the OS keyring (a real Secret Service) holds them.

``secret_scan_driver.py`` runs the session in a process of its own (webhook connect, list, a to-do
sent through the outbox, restart from the keyring; an application connection authorized against the
served sandbox, calls, the access token left to expire and renewed; a crash report), logging at DEBUG
to the console and to a file. Then every file under the run's config, data, cache, state, home and
temp folders, and its stdout and stderr, are searched for each secret in several encodings
(``tests/secret_scan.py``). The same search finds a planted value, so a zero is a real zero.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sandbox_server import start_sandbox_server
from secret_scan import files_holding, isolated_environment, run_driver, text_holding
from secret_service import secret_service_store

pytestmark = pytest.mark.integration

DRIVER = Path(__file__).with_name("secret_scan_driver.py")
CODE = "sc4nWebhookKnownC0de"
CLIENT_ID = "local.secret-scan"
CLIENT_SECRET = "sc4nClientSecretKnown9f2"
PROTOCOL = ["CONNECTED", "LISTED", "SENT", "RESTORED", "AUTHORIZED", "CALLED", "REFRESHED", "STORED",
            "CRASHED", "DONE"]


@pytest.fixture(scope="module")
def portal() -> Iterator[str]:
    """The served sandbox: a webhook with :data:`CODE` and the application :data:`CLIENT_ID` whose access
    tokens live 1 s. Yields the webhook URL."""
    with start_sandbox_server("--webhook-code", CODE, "--app-client-id", CLIENT_ID,
                              "--app-client-secret", CLIENT_SECRET, "--token-lifetime", "1") as url:
        yield url


@pytest.fixture
def keyring_entries(portal: str) -> Iterator[None]:
    """Needs the test session's Secret Service; forgets the run's keyring entries afterwards."""
    for store in secret_service_store():  # skips outside that session; the previous backend put back
        yield
        host = urlsplit(portal).netloc
        store.delete_webhook_code(host, 1)
        store.delete_application(host, CLIENT_ID)


def _run_session(root: Path, webhook: str) -> tuple[subprocess.CompletedProcess[str], dict[str, str]]:
    parts = urlsplit(webhook)
    env = isolated_environment(root, SCAN_WEBHOOK=webhook, SCAN_BASE=f"{parts.scheme}://{parts.netloc}",
                               SCAN_CLIENT_ID=CLIENT_ID, SCAN_CLIENT_SECRET=CLIENT_SECRET)
    return run_driver(DRIVER, env)


def test_a_whole_session_leaves_no_secret_in_any_file_or_output(tmp_path: Path, portal: str,
                                                                keyring_entries: None) -> None:
    done, tokens = _run_session(tmp_path, portal)
    assert [line.split(" ", 1)[0] for line in done.stdout.splitlines()] == PROTOCOL
    secrets = [CODE, CLIENT_SECRET, *tokens.values()]
    assert len(set(secrets)) == 7 and all(len(s) >= 8 for s in secrets)

    # The run really wrote what is scanned: settings, the store, the DEBUG log with the masked
    # request lines of the webhook, the token renewal and the crash report.
    written = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()}
    assert any(name.endswith("settings.json") for name in written), written
    assert any(name.endswith(".sqlite3") for name in written), written
    [log_file] = tmp_path.rglob("activity-desk-debug.log")
    log_text = log_file.read_text(encoding="utf-8")
    assert "DEBUG httpcore" in log_text and "HTTP Request: POST" in log_text
    assert "/rest/1/••••/crm.activity.todo.add" in log_text
    assert "renewed the access token of the application local.secret-scan" in log_text
    [report] = tmp_path.rglob("crash-*.txt")
    assert "ConnectionError: reset by http://127.0.0.1:" in report.read_text(encoding="utf-8")

    assert files_holding(tmp_path, *secrets) == []
    assert text_holding(done.stdout + done.stderr, *secrets) == []

    # The search can fail: a value planted in the data folder (as UTF-16, as a careless writer might)
    # and one in the output are found.
    planted = next(tmp_path.rglob("*.sqlite3")).parent / "planted.txt"
    planted.write_bytes(f"token: {tokens['refresh_after']}".encode("utf-16-le"))
    assert files_holding(tmp_path, *secrets) == [str(planted.relative_to(tmp_path))]
    assert text_holding(done.stderr + CODE, *secrets) == [CODE]
