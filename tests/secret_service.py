"""The app's ``SecretStore`` on the test session's real Secret Service, for tests that save a webhook
code the way the app does (tests/integration/test_corrupt_store.py,
tests/services/test_portal_move_persist.py). ``packaging/bootstrap.py test`` sets
``ACTIVITY_DESK_TEST_SECRET_SERVICE=1`` once its D-Bus session and unlocked keyring are up."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import pytest

from desktop_app.services.secrets import SecretStore

SECRET_SERVICE_EXPECTED = os.environ.get("ACTIVITY_DESK_TEST_SECRET_SERVICE") == "1"
SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"


def secret_service_store() -> Iterator[SecretStore]:
    """For a fixture to ``yield from``: ``SecretStore()`` as the app builds it, on the real Secret
    Service; skips the test outside a Secret Service session, fails it if another backend answers,
    and puts the previous keyring backend back afterwards."""
    if not SECRET_SERVICE_EXPECTED:
        pytest.skip("needs a Secret Service session: run via packaging/bootstrap.py test")
    previous = keyring.get_keyring()
    try:
        store = SecretStore()
        assert store.backend_name() == SECRET_SERVICE_BACKEND, "the test session's Secret Service did not answer"
        yield store
    finally:
        keyring.set_keyring(previous)
