"""A keyring setting that names a class which cannot be loaded means "no secure store", never a
crash at start-up (issue 10, item 3)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from desktop_app.services import session as sessions
from desktop_app.services import settings as settings_file
from desktop_app.services.secrets import KeyringUnavailable, SecretStore

REPO = Path(__file__).resolve().parents[2]
HOST = "acme.bitrix24.com"
CODE = "b4ckendC0deXyz"


@pytest.fixture
def restore_global_keyring():
    """``SecretStore()`` re-detects the process-wide keyring; put the previous one back."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.mark.usefixtures("restore_global_keyring")
@pytest.mark.parametrize(
    ("configured", "error"),
    [
        ("nonexistent.module.Backend", "ModuleNotFoundError"),
        ("keyring.backends.fail.NoSuchKeyring", "AttributeError"),
        ("Backend", "ValueError"),  # no module part at all
        ("", "ValueError"),
    ],
)
def test_a_backend_that_cannot_be_loaded_is_no_secure_store(
    monkeypatch: pytest.MonkeyPatch, configured: str, error: str
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", configured)

    store = SecretStore()

    assert store.available is False
    message = store.unavailable_message()
    assert message.startswith("No secure password store is available (PYTHON_KEYRING_BACKEND names ")
    assert f"{configured!r}, a keyring that cannot be loaded ({error})" in message
    assert "cannot be saved and you will be asked for it again next time" in message
    if sys.platform.startswith("linux"):
        assert "GNOME Keyring (package gnome-keyring)" in message
    with pytest.raises(KeyringUnavailable) as raised:
        store.store_webhook_code(HOST, 1, CODE)
    assert str(raised.value) == message
    assert CODE not in message
    with pytest.raises(KeyringUnavailable):
        store.load_webhook_code(HOST, 1)
    store.delete_webhook_code(HOST, 1)  # nothing stored there, nothing to fail


@pytest.mark.usefixtures("restore_global_keyring")
def test_a_keyringrc_naming_a_missing_class_is_no_secure_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    config = tmp_path / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir()
    config.write_text("[backend]\ndefault-keyring=nonexistent.module.Backend\n")

    store = SecretStore()

    assert store.available is False
    assert "keyringrc.cfg) names a keyring that cannot be loaded (ModuleNotFoundError)" in store.unavailable_message()


@pytest.mark.usefixtures("restore_global_keyring")
def test_the_saved_portal_is_not_reopened_but_nothing_crashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start-up with a saved portal: no code can be read, so the app asks for the webhook again."""
    settings_file.save(settings_file.Settings(portal_url=f"https://{HOST}", user_id=3))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "nonexistent.module.Backend")

    assert asyncio.run(sessions.restore_session(secrets=SecretStore())) is None


def test_the_app_starts_with_a_missing_backend_class(tmp_path: Path) -> None:
    """``activity-desk --demo --quit-when-ready`` in a process of its own, as a user would start it.

    The start that does open the keyring (no demo: restore, then the connect dialog) is driven in
    ``tests/integration/test_debug_log_secrets.py``."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="nonexistent.module.Backend", QT_QPA_PLATFORM="offscreen",
               ACTIVITY_DESK_CONFIG_DIR=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "xdg-config"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--demo", "--quit-when-ready"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "Ready"
    assert "Traceback" not in done.stderr
