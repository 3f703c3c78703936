"""A keyring backend for child processes of integration tests: entries in a JSON file named by
``ACTIVITY_DESK_TEST_KEYRING``.

Only for tests that start the real ``activity-desk`` command against a loopback portal and need
``restore_session`` to find a webhook code without a desktop Secret Service (the keyring itself is
tested against a real one in ``test_keyring_secret_service.py``). Selected in the child with
``PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring`` (``tests`` on ``PYTHONPATH``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    """``{"<service>|<username>": password}`` in ``$ACTIVITY_DESK_TEST_KEYRING``."""

    priority = 1.0  # type: ignore[assignment]  # "recommended" for keyring, so the app accepts it

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["ACTIVITY_DESK_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}|{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}|{username}"] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}|{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data), encoding="utf-8")
