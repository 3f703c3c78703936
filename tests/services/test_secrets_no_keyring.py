"""Without a secure keyring the webhook code is refused, never written anywhere in plain text."""

from __future__ import annotations

import base64
import sys
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from desktop_app.services import settings as settings_file
from desktop_app.services.secrets import KeyringUnavailable, SecretStore

CODE = "w3bh00kS3cr3tCode"
HOST = "acme.bitrix24.com"


class PlaintextFileKeyring(keyring.backend.KeyringBackend):
    """Like keyrings.alt's PlaintextKeyring: base64 in a file, priority 0.5.

    The constructor takes a path, so keyring's backend discovery (which builds every registered
    class without arguments) never picks this class up in other tests.
    """

    priority = 0.5

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def get_password(self, service: str, username: str) -> str | None:
        if not self.path.exists():
            return None
        return base64.b64decode(self.path.read_text()).decode()

    def set_password(self, service: str, username: str, password: str) -> None:
        self.path.write_text(base64.b64encode(password.encode()).decode())

    def delete_password(self, service: str, username: str) -> None:
        self.path.unlink(missing_ok=True)


class AltModuleKeyring(PlaintextFileKeyring):
    """A keyrings.alt backend that claims a recommended priority: still refused."""

    __module__ = "keyrings.alt.file"
    priority = 1


@pytest.fixture
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every place a keyring or the app could write to into ``tmp_path``."""
    for name, sub in (
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("ACTIVITY_DESK_CONFIG_DIR", "app-config"),
    ):
        (tmp_path / sub).mkdir()
        monkeypatch.setenv(name, str(tmp_path / sub))
    return tmp_path


@pytest.fixture
def restore_global_keyring():
    """``SecretStore()`` re-detects the process-wide keyring; put the previous one back."""
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def files_containing(root: Path, needle: str) -> list[Path]:
    encoded = {needle.encode(), base64.b64encode(needle.encode())}
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and any(blob in path.read_bytes() for blob in encoded)
    ]


def test_fail_backend_refuses_the_code_and_writes_nothing(isolated_home: Path) -> None:
    store = SecretStore(fail.Keyring())

    assert store.available is False
    assert store.backend_name() == "keyring.backends.fail.Keyring"
    with pytest.raises(KeyringUnavailable) as raised:
        store.store_webhook_code(HOST, 1, CODE)
    message = str(raised.value)
    assert message.startswith("No secure password store is available")
    assert "cannot be saved" in message
    if sys.platform.startswith("linux"):
        assert "gnome-keyring" in message
    assert CODE not in message
    with pytest.raises(KeyringUnavailable):
        store.load_webhook_code(HOST, 1)
    store.delete_webhook_code(HOST, 1)  # nothing stored, nothing to fail

    # The app still remembers which portal to open; the code is not in that file either.
    written = settings_file.save(settings_file.Settings(portal_url=f"https://{HOST}", user_id=1))
    assert written.is_relative_to(isolated_home)
    assert files_containing(isolated_home, CODE) == []


def test_plaintext_backend_below_recommended_priority_is_refused(isolated_home: Path) -> None:
    secret_file = isolated_home / "data" / "keyring_pass.cfg"
    store = SecretStore(PlaintextFileKeyring(secret_file))

    assert store.available is False
    with pytest.raises(KeyringUnavailable, match="not a recommended"):
        store.store_webhook_code(HOST, 7, CODE)
    assert not secret_file.exists()
    assert files_containing(isolated_home, CODE) == []


def test_keyrings_alt_backend_is_refused_even_with_high_priority(isolated_home: Path) -> None:
    secret_file = isolated_home / "data" / "keyring_pass.cfg"
    store = SecretStore(AltModuleKeyring(secret_file))

    assert store.available is False
    with pytest.raises(KeyringUnavailable, match="plain file"):
        store.store_webhook_code(HOST, 7, CODE)
    assert files_containing(isolated_home, CODE) == []


def test_default_detection_honours_an_explicit_null_backend(
    isolated_home: Path, monkeypatch: pytest.MonkeyPatch, restore_global_keyring: None
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

    store = SecretStore()

    assert store.backend_name() == "keyring.backends.null.Keyring"
    assert store.available is False
    with pytest.raises(KeyringUnavailable):
        store.store_webhook_code(HOST, 1, CODE)
    assert files_containing(isolated_home, CODE) == []


@pytest.mark.parametrize(
    ("host", "user_id"),
    [("", 1), ("acme.bitrix24.com/rest", 1), (HOST, 0), (HOST, True)],
)
def test_bad_keys_are_rejected_without_echoing_the_code(host: str, user_id: int) -> None:
    store = SecretStore(fail.Keyring())

    with pytest.raises(ValueError) as raised:
        store.store_webhook_code(host, user_id, CODE)
    assert CODE not in str(raised.value)
