"""Connecting a portal with a webhook URL, over real HTTP to the sandbox portal on loopback."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path

import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt

from desktop_app.services import settings as settings_file
from desktop_app.services.secrets import SecretStore
from desktop_app.ui.connect_dialog import ConnectDialog
from desktop_app.ui.tasks import TaskRegistry

pytestmark = pytest.mark.usefixtures("qloop")


@pytest.fixture
def no_keyring() -> SecretStore:
    return SecretStore(keyring.backends.fail.Keyring())


def _dialog(qtbot, secrets: SecretStore) -> ConnectDialog:  # noqa: ANN001
    errors: list[BaseException] = []
    dialog = ConnectDialog(TaskRegistry(errors.append), secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._errors = errors  # surfaced in asserts below
    return dialog


def _type_and_connect(qtbot, dialog: ConnectDialog, url: str) -> None:  # noqa: ANN001
    dialog.url_edit.clear()
    qtbot.keyClicks(dialog.url_edit, url)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)


def test_malformed_url_is_explained_before_any_call(qtbot, no_keyring: SecretStore) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, no_keyring)
    _type_and_connect(qtbot, dialog, "https://acme.bitrix24.com/crm/deal/details/5/")
    assert dialog.error.isVisible()
    assert "/rest/<user id>/<webhook code>/" in dialog.error.text()
    assert dialog.url_edit.text() == "https://acme.bitrix24.com/crm/deal/details/5/"
    assert dialog.isVisible()


def test_wrong_code_shows_the_bitrix_error_code(qtbot, no_keyring: SecretStore, sandbox_url: str) -> None:  # noqa: ANN001
    dialog = _dialog(qtbot, no_keyring)
    wrong = sandbox_url.replace("/rest/1/", "/rest/1/").rsplit("/", 2)[0] + "/notthecode1/"
    _type_and_connect(qtbot, dialog, wrong)
    qtbot.waitUntil(dialog.error.isVisible, timeout=15000)
    assert "INVALID_CREDENTIALS" in dialog.error.text() and "HTTP 401" in dialog.error.text()
    assert "notthecode1" not in dialog.error.text()
    assert dialog.url_edit.text() == wrong
    assert dialog.connect_button.isEnabled()
    assert dialog._errors == []


def test_unreachable_portal_is_explained(qtbot, no_keyring: SecretStore) -> None:  # noqa: ANN001
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog = _dialog(qtbot, no_keyring)
    _type_and_connect(qtbot, dialog, f"http://127.0.0.1:{port}/rest/1/abcdef12/")
    qtbot.waitUntil(dialog.error.isVisible, timeout=15000)
    assert f"Cannot reach 127.0.0.1:{port}" in dialog.error.text()


def test_without_a_keyring_it_connects_but_stores_nothing(
    qtbot, arun, no_keyring: SecretStore, sandbox_url: str  # noqa: ANN001
) -> None:
    dialog = _dialog(qtbot, no_keyring)
    assert dialog.keyring_notice.isVisible()
    assert "will not be remembered" in dialog.keyring_notice.text()
    with qtbot.waitSignal(dialog.connected, timeout=15000) as connected:
        _type_and_connect(qtbot, dialog, sandbox_url)
    session = connected.args[0]
    assert session.me.id == 1 and session.secret_remembered is False
    config = Path(os.environ["ACTIVITY_DESK_CONFIG_DIR"])
    assert not any(config.rglob("*")), "nothing may be written without a keyring"
    arun(session.aclose())


@pytest.mark.integration
def test_with_a_secret_service_the_code_goes_to_the_keyring_only(qtbot, arun, sandbox_url: str) -> None:  # noqa: ANN001
    if os.environ.get("ACTIVITY_DESK_TEST_SECRET_SERVICE") != "1":
        pytest.skip("needs the Secret Service session that `python3 packaging/bootstrap.py test` starts")
    secrets = SecretStore()
    assert secrets.available, f"no Secret Service in the test session: {secrets.backend_name()}"
    dialog = _dialog(qtbot, secrets)
    with qtbot.waitSignal(dialog.connected, timeout=15000) as connected:
        _type_and_connect(qtbot, dialog, sandbox_url)
    session = connected.args[0]
    code = sandbox_url.rstrip("/").rsplit("/", 1)[1]
    host = session.portal_host
    try:
        assert session.secret_remembered
        assert SecretStore().load_webhook_code(host, 1) == code
        saved = settings_file.load()
        assert saved.portal_url == f"http://{host}" and saved.user_id == 1
        raw = settings_file.settings_path().read_text(encoding="utf-8")
        assert code not in raw
        assert set(json.loads(raw)) <= {"portal_url", "user_id", "last_entity_type", "profiles", "current_profile"}
    finally:
        secrets.delete_webhook_code(host, 1)
        arun(session.aclose())
