"""The window's Follow button saves the move (issue 10 item 1): after the user follows a portal to a
host the client did not trust by itself, the settings hold the new address, the real keyring (Secret
Service) holds the webhook code under the new host only, the status bar shows the new host, and the
change that waited is sent there.

Real pieces: the window, ``restore_session`` with ``SecretStore()`` on the test session's Secret
Service, the settings file, the outbox, the sandbox portal in-process behind a hand-written ``302``
(``tests/moving_transport.py``).
"""

from __future__ import annotations

import os
import secrets as token_source

import keyring
import pytest
from changes_helpers import DEAL, at
from moving_transport import MovingTransport
from PySide6.QtCore import Qt

from desktop_app.bitrix import OwnerType
from desktop_app.services import settings as settings_file
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import restore_session
from desktop_app.store import EntryState
from desktop_app.store.db import DATA_DIR_ENV
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")

WAIT_MS = 15000


def test_follow_saves_the_new_address_and_moves_the_keyring_entry(qtbot, arun, portal, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    if os.environ.get("ACTIVITY_DESK_TEST_SECRET_SERVICE") != "1":
        pytest.skip("needs a Secret Service session: run via packaging/bootstrap.py test")
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    tag = token_source.token_hex(4)
    old, new = f"old-{tag}.example.com", f"crm-{tag}.example.net"
    previous = keyring.get_keyring()
    secrets = SecretStore()
    assert secrets.backend_name() == "keyring.backends.SecretService.Keyring"
    settings_file.save(settings_file.Settings(portal_url=f"https://{old}", user_id=1))
    secrets.store_webhook_code(old, 1, "demo")
    transport = MovingTransport(portal.transport(), old, f"https://{new}")
    session = arun(restore_session(secrets=secrets, transport=transport))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    try:
        with qtbot.waitSignal(win.timeline.loaded, timeout=WAIT_MS):
            win.set_session(session, OwnerType.DEAL)
        assert old in win.portal_label.text()
        transport.moved = True
        entry = session.changes.add_todo(DEAL, at(5), title="Waited for the Follow button")
        qtbot.waitUntil(win.portal_move.isVisible, timeout=WAIT_MS)
        assert settings_file.load().portal_url == f"https://{old}"  # asked, not yet saved

        qtbot.mouseClick(win.portal_move.follow_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: session.changes.entry(entry.id).state is EntryState.DONE, timeout=WAIT_MS)
        arun(session.moves.wait_saved())

        assert settings_file.load().portal_url == f"https://{new}"
        assert secrets.load_webhook_code(new, 1) == "demo" and secrets.load_webhook_code(old, 1) is None
        assert new in win.portal_label.text() and old not in win.portal_label.text()
        assert portal.db.count_activities(subject="Waited for the Follow button") == 1
    finally:
        arun(win.tasks.cancel_all())
        arun(session.aclose())
        secrets.delete_webhook_code(old, 1)
        secrets.delete_webhook_code(new, 1)
        keyring.set_keyring(previous)
