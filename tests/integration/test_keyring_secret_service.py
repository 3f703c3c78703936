"""The webhook code round-trips through a real freedesktop Secret Service (GNOME Keyring).

``python3 packaging/bootstrap.py test`` runs pytest inside a private D-Bus session with an
unlocked gnome-keyring-daemon and sets ``ACTIVITY_DESK_TEST_SECRET_SERVICE=1``. With that
variable set, a missing Secret Service is a failure, not a skip.
"""

from __future__ import annotations

import os
import secrets as token_source

import keyring
import pytest
from keyring.backends import SecretService, chainer

from desktop_app.services.secrets import SecretStore

pytestmark = pytest.mark.integration

SECRET_SERVICE_EXPECTED = os.environ.get("ACTIVITY_DESK_TEST_SECRET_SERVICE") == "1"
SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"


def _why_secret_service_is_missing() -> str:
    try:
        SecretService.Keyring.priority  # noqa: B018 - raises with the reason when not viable
    except Exception as exc:  # noqa: BLE001 - any reason is worth showing
        return f"{type(exc).__name__}: {exc}"
    return "the Secret Service backend is viable but another backend was chosen"


@pytest.fixture
def secret_service_store():
    """A ``SecretStore()`` built the way the app builds it, on the real Secret Service."""
    if not SECRET_SERVICE_EXPECTED:
        pytest.skip("needs a Secret Service session: run via packaging/bootstrap.py test")
    previous = keyring.get_keyring()
    try:
        store = SecretStore()
        if store.backend_name() != SECRET_SERVICE_BACKEND:
            chained = ""
            if isinstance(keyring.get_keyring(), chainer.ChainerBackend):
                names = [type(b).__module__ + "." + type(b).__name__ for b in chainer.ChainerBackend.backends]
                chained = f" chaining {names}"
            pytest.fail(
                "ACTIVITY_DESK_TEST_SECRET_SERVICE=1 but no Secret Service answered: keyring chose "
                f"{store.backend_name()}{chained}; {_why_secret_service_is_missing()}. "
                "Run the suite with 'python3 packaging/bootstrap.py test' (D-Bus session + "
                "unlocked gnome-keyring-daemon)."
            )
        yield store
    finally:
        keyring.set_keyring(previous)


def test_code_saved_by_one_session_is_read_by_the_next(secret_service_store: SecretStore) -> None:
    host = f"it-{token_source.token_hex(4)}.bitrix24.test:8443"
    code = token_source.token_hex(12)
    assert secret_service_store.available is True

    secret_service_store.store_webhook_code(host, 5, code)
    try:
        reopened = SecretStore()  # what the app does on its next start
        assert reopened.backend_name() == SECRET_SERVICE_BACKEND
        assert reopened.load_webhook_code(host, 5) == code
        # Another user on the same portal, or the same user on another portal, has no code.
        assert reopened.load_webhook_code(host, 6) is None
        assert reopened.load_webhook_code(f"other-{host}", 5) is None
        # Stored under the documented service/username, so other tools can find and remove it.
        raw = SecretService.Keyring().get_password(SecretStore.SERVICE, f"webhook:5@{host}")
        assert raw == code
    finally:
        SecretStore().delete_webhook_code(host, 5)

    assert SecretStore().load_webhook_code(host, 5) is None
    SecretStore().delete_webhook_code(host, 5)  # deleting twice is harmless


def test_saving_again_replaces_the_code(secret_service_store: SecretStore) -> None:
    host = f"it-{token_source.token_hex(4)}.bitrix24.test"
    try:
        secret_service_store.store_webhook_code(host, 1, "firstcode1")
        secret_service_store.store_webhook_code(host, 1, "secondcode2")

        assert SecretStore().load_webhook_code(host, 1) == "secondcode2"
    finally:
        secret_service_store.delete_webhook_code(host, 1)
