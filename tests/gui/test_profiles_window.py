"""Profiles in the real window (issue 14 item 3): two sandbox portals (in-process, each behind its own
address), switched from the Portal menu, each showing its own deals; removing the open one asks first,
then deletes its keyring entry (real Secret Service) and its local store, the menu no longer lists it,
and the window shows the other portal."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from changes_helpers import DEAL, at, change_service
from PySide6.QtWidgets import QMessageBox
from secret_service import secret_service_store
from window_helpers import CONFIRM_MS

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.services import profiles
from desktop_app.services.connection import open_profile_ids
from desktop_app.services.profiles import Profile
from desktop_app.services.secrets import SecretStore
from desktop_app.store.db import Store
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")

ALPHA, BETA = "http://127.0.0.1:8701", "http://127.0.0.1:8702"  # in-process (ASGI): never dialled


def _portal(code: str, prefix: str, fixed_now) -> SandboxPortal:  # noqa: ANN001
    portal = SandboxPortal(":memory:", webhook_code=code, webhook_user_id=1, demo_data=True, now=lambda: fixed_now)
    portal.db.execute("UPDATE crm_item SET title = ? || id WHERE entity_type_id = 2", (prefix,))
    return portal


@pytest.fixture
def keyring_store() -> Iterator[SecretStore]:
    yield from secret_service_store()


@pytest.fixture
def portals(fixed_now) -> Iterator[dict[str, SandboxPortal]]:  # noqa: ANN001
    found = {"127.0.0.1:8701": _portal("alpha-code", "Alpha deal ", fixed_now),
             "127.0.0.1:8702": _portal("beta-code", "Beta deal ", fixed_now)}
    yield found
    for portal in found.values():
        portal.close()


@pytest.fixture
def window(qtbot, arun, keyring_store: SecretStore, portals, tmp_path, monkeypatch) -> Iterator[MainWindow]:  # noqa: ANN001
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path / "data"))
    keyring_store.store_webhook_code("127.0.0.1:8701", 1, "alpha-code")
    keyring_store.store_webhook_code("127.0.0.1:8702", 1, "beta-code")
    profiles.save_profile(Profile(id=profiles.profile_id(ALPHA, 1), portal_url=ALPHA, user_id=1, label="Alpha user",
                                  webhook=True))
    profiles.save_profile(Profile(id=profiles.profile_id(BETA, 1), portal_url=BETA, user_id=1, webhook=True),
                          make_current=False)
    win = MainWindow(secrets=keyring_store)
    win.profiles_menu.transport_for = lambda profile: portals[profile.portal_host].transport()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        yield win
    finally:
        arun(win.tasks.cancel_all())
        if win.session is not None:
            arun(win.session.aclose())
        keyring_store.delete_webhook_code("127.0.0.1:8701", 1)
        keyring_store.delete_webhook_code("127.0.0.1:8702", 1)


def _menu(win: MainWindow) -> list[tuple[str, bool]]:
    win.profiles_menu.refresh()
    return [(a.text(), a.isChecked()) for a in win.profiles_menu.actions]


def _deal_titles(win: MainWindow) -> list[str]:
    model = win.browser.model
    return [model.item_at(row).display_name for row in range(model.rowCount())]


def _choose(qtbot, win: MainWindow, row: int) -> None:  # noqa: ANN001
    with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
        win.profiles_menu.actions[row].trigger()


def test_switch_between_two_portals_and_remove_one(qtbot, window: MainWindow, keyring_store: SecretStore) -> None:  # noqa: ANN001
    alpha_id, beta_id = profiles.profile_id(ALPHA, 1), profiles.profile_id(BETA, 1)
    assert _menu(window) == [("127.0.0.1:8701 — Alpha user", False), ("127.0.0.1:8702 — #1", False)]
    assert not window.profiles_menu.remove_action.isEnabled()  # nothing open yet

    _choose(qtbot, window, 0)
    titles = _deal_titles(window)
    assert titles and all(t.startswith("Alpha deal ") for t in titles)
    assert _menu(window) == [("127.0.0.1:8701 — Alpha user", True), ("127.0.0.1:8702 — #1", False)]
    assert "127.0.0.1:8701" in window.portal_label.text()

    _choose(qtbot, window, 1)
    titles = _deal_titles(window)
    assert titles and all(t.startswith("Beta deal ") for t in titles)
    assert _menu(window)[1] == ("127.0.0.1:8702 — #1", True) and not _menu(window)[0][1]
    assert profiles.current_profile().id == beta_id  # the next start opens it
    qtbot.waitUntil(lambda: open_profile_ids() == {beta_id}, timeout=CONFIRM_MS)  # Alpha's session closed

    _choose(qtbot, window, 0)
    assert all(t.startswith("Alpha deal ") for t in _deal_titles(window))
    alpha_store = window.session.connection.store_path
    assert alpha_store.exists()

    question = window.profiles_menu.confirm_remove()
    assert question is not None and question.isVisible()
    assert "127.0.0.1:8701 — Alpha user" in question.text() and "saved connection" in question.text()
    assert "local data" in question.text()
    remove = next(b for b in question.buttons()
                  if question.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
    with qtbot.waitSignal(window.timeline.loaded, timeout=CONFIRM_MS):
        remove.click()  # Alpha closes, is removed, and Beta (the one left) opens

    assert all(t.startswith("Beta deal ") for t in _deal_titles(window))
    assert _menu(window) == [("127.0.0.1:8702 — #1", True)]
    assert keyring_store.load_webhook_code("127.0.0.1:8701", 1) is None
    assert keyring_store.load_webhook_code("127.0.0.1:8702", 1) == "beta-code"
    assert not any(alpha_store.parent.glob(alpha_store.name + "*"))  # store + entity cache, -wal, -shm
    assert [p.id for p in profiles.list_profiles()] == [beta_id]
    assert alpha_id not in open_profile_ids()


def test_removing_a_portal_with_unsent_changes_says_how_many_and_cancel_keeps_everything(
        qtbot, window: MainWindow, portals, arun) -> None:  # noqa: ANN001
    """A portal that does not answer (nothing listens on its port) opens offline with its queued change;
    the removal question counts it, and Cancel deletes nothing."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    gamma = profiles.save_profile(Profile(id=profiles.profile_id(url, 1), portal_url=url, user_id=1, label="Gamma",
                                          webhook=True), make_current=False)
    window.profiles_menu._secrets().store_webhook_code(f"127.0.0.1:{port}", 1, "gamma-code")
    path = profiles.profile_store_paths(gamma)[0]
    path.parent.mkdir(parents=True, exist_ok=True)
    store = Store.open(path)
    client = BitrixClient.for_webhook(Webhook.parse(f"{url}/rest/1/gamma-code/"),
                                      transport=portals["127.0.0.1:8701"].transport())
    try:
        change_service(client, store).add_todo(DEAL, at(4), title="Written before the portal went away")
    finally:
        store.close()
        arun(client.aclose())
    previous = window.profiles_menu.transport_for
    window.profiles_menu.transport_for = lambda p: None if p.id == gamma.id else previous(p)
    try:
        with qtbot.waitSignal(window.session_changed, timeout=CONFIRM_MS):
            window.profiles_menu.switch_to(gamma.id)
        assert window.offline and window.session.connection.profile.id == gamma.id

        question = window.profiles_menu.confirm_remove()
        assert "1 change(s) not yet sent to the portal will be lost" in question.text()
        question.button(QMessageBox.StandardButton.Cancel).click()

        qtbot.waitUntil(lambda: window.profiles_menu.question is None)
        assert path.exists() and gamma.id in [p.id for p in profiles.list_profiles()]
        assert len(window.session.changes.open_entries()) == 1  # still queued
    finally:
        window.profiles_menu._secrets().delete_webhook_code(f"127.0.0.1:{port}", 1)
