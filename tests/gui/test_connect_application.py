"""Connecting an application (OAuth) from the real window and connect dialog, against the sandbox portal served
over loopback HTTP with an application registered (its redirect URI the dialog's loopback address).

The "browser" is the test: ``QDesktopServices.setUrlHandler("http", …)`` catches the address the dialog opens,
and httpx GETs it — following the portal's redirect to the dialog's loopback listener, or (paste path) only
reading where the portal redirects and pasting that into the dialog. Secrets go to a real Secret Service
(``python3 packaging/bootstrap.py test``)."""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import Iterator
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import keyring.backends.fail
import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAccessible, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLabel, QLineEdit, QWidget
from sandbox_server import start_sandbox_server
from shiboken6 import isValid

from desktop_app.services import profiles
from desktop_app.services import settings as settings_file
from desktop_app.services.app_connect import redirect_uri
from desktop_app.services.secrets import SecretStore
from desktop_app.ui.connect_dialog import ConnectDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tasks import TaskRegistry

pytestmark = [pytest.mark.integration, pytest.mark.usefixtures("qloop")]

CLIENT_ID = "local.connect-window"
SECRET = "c0nnectWindowSecret7x"
WAIT_MS = 15000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PORT = _free_port()


@pytest.fixture(scope="module")
def webhook_url() -> Iterator[str]:
    """The served sandbox portal with :data:`CLIENT_ID` registered for the dialog's redirect URI; its webhook URL."""
    with start_sandbox_server("--app-client-id", CLIENT_ID, "--app-client-secret", SECRET,
                              "--app-redirect-uri", redirect_uri(PORT)) as url:
        yield url


@pytest.fixture(scope="module")
def base_url(webhook_url: str) -> str:
    parts = urlsplit(webhook_url)
    return f"{parts.scheme}://{parts.netloc}"


@pytest.fixture
def secrets(base_url: str) -> Iterator[SecretStore]:
    """The real Secret Service of the test session; the application's entries are forgotten afterwards."""
    if os.environ.get("ACTIVITY_DESK_TEST_SECRET_SERVICE") != "1":
        pytest.skip("needs the Secret Service session that `python3 packaging/bootstrap.py test` starts")
    store = SecretStore()
    assert store.available, store.backend_name()
    yield store
    store.delete_application(urlsplit(base_url).netloc, CLIENT_ID)


class Browser(QObject):
    """The system browser as Qt sees it: ``QDesktopServices.openUrl`` of an http address lands in :meth:`open`.

    ``follow``: GET the address and follow the portal's redirect (to the dialog's listener); else only read
    the redirect's ``Location`` (:attr:`ended_on`, what the address bar would show). ``forge_state``: change
    the ``state`` of the address first (an answer that is not the dialog's)."""

    def __init__(self, *, follow: bool = True, forge_state: bool = False) -> None:
        super().__init__()
        self.follow = follow
        self.forge_state = forge_state
        self.opened: list[str] = []
        self.pages: list[httpx.Response] = []
        self.ended_on = ""
        self.tasks: list[asyncio.Task[None]] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
        self.opened.append(text)
        if self.forge_state:
            parts = urlsplit(text)
            query = {k: v[0] for k, v in parse_qs(parts.query).items()} | {"state": "forged-state-value"}
            text = parts._replace(query=urlencode(query)).geturl()
        self.tasks.append(asyncio.get_running_loop().create_task(self._visit(text)))

    async def _visit(self, url: str) -> None:
        async with httpx.AsyncClient(follow_redirects=self.follow) as http:
            reply = await http.get(url)
            self.pages.append(reply)
            self.ended_on = reply.headers.get("location", "")

    async def done(self) -> None:
        await asyncio.gather(*self.tasks)


@pytest.fixture
def browser() -> Iterator[Browser]:
    handler = Browser()
    QDesktopServices.setUrlHandler("http", handler, "open")
    yield handler
    QDesktopServices.unsetUrlHandler("http")


@pytest.fixture
def window(qtbot, arun, tmp_path, monkeypatch, secrets: SecretStore) -> Iterator[MainWindow]:  # noqa: ANN001
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path / "data"))
    win = MainWindow(secrets=secrets)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    arun(win.tasks.cancel_all())
    if win.session is not None:
        arun(win.session.aclose())


def _fill(qtbot, win: MainWindow, base_url: str, secret: str = SECRET):  # noqa: ANN001, ANN202
    dialog = win.open_connect_dialog(application=True)
    tab = dialog.application
    assert dialog.tabs.currentWidget() is tab
    dialog.prefilled = (tab.portal_edit.text(), tab.client_id_edit.text(), tab.client_secret_edit.text())
    tab.portal_edit.clear()
    tab.client_id_edit.clear()
    qtbot.keyClicks(tab.portal_edit, base_url)
    qtbot.keyClicks(tab.client_id_edit, CLIENT_ID)
    qtbot.keyClicks(tab.client_secret_edit, secret)
    tab.port_spin.setValue(PORT)
    assert tab.redirect_edit.text() == redirect_uri(PORT) and tab.redirect_edit.isReadOnly()
    return dialog


def _dialog_texts(dialog) -> str:  # noqa: ANN001
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    shown = [w.text() for w in dialog.findChildren(QLineEdit) if w.echoMode() == QLineEdit.EchoMode.Normal]
    return "\n".join(labels + shown)


def _nothing_saved(secrets: SecretStore, base_url: str) -> None:
    host = urlsplit(base_url).netloc
    assert secrets.load_client_secret(host, CLIENT_ID) is None
    assert secrets.load_tokens(host, CLIENT_ID) is None
    assert not settings_file.settings_path().exists() or SECRET not in settings_file.settings_path().read_text()


def test_authorize_in_the_browser_connects_the_window(qtbot, arun, window: MainWindow, browser: Browser,  # noqa: ANN001
                                                     secrets: SecretStore, base_url: str) -> None:
    dialog = _fill(qtbot, window, base_url)
    tab = dialog.application
    qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT_MS)
    arun(browser.done())
    [opened] = browser.opened
    assert opened.startswith(f"{base_url}/oauth/authorize/?client_id={CLIENT_ID}&state=") and SECRET not in opened
    assert browser.pages[0].status_code == 200 and "You can close this tab" in browser.pages[0].text

    session = window.session
    host = urlsplit(base_url).netloc
    assert window.portal_label.text().startswith(f"{host} · ")
    assert not isValid(dialog) or not dialog.isVisible()  # accepted, closed (and deleted)
    assert session.app_client is not None and session.me.id == 1
    assert arun(session.app_client.call("crm.activity.type.list")).result == []

    tokens = session.app_client.auth.tokens
    assert secrets.load_client_secret(host, CLIENT_ID) == SECRET
    kept = secrets.load_tokens(host, CLIENT_ID)
    assert kept is not None and kept.refresh_token == tokens.refresh_token and kept.access_token == tokens.access_token
    raw = settings_file.settings_path().read_text(encoding="utf-8")
    profile = profiles.current_profile()
    assert profile is not None and (profile.portal_url, profile.user_id) == (base_url, 1)
    assert profile.app_client_id == CLIENT_ID and not profile.webhook
    for value in (SECRET, tokens.access_token, tokens.refresh_token):
        assert value not in raw


def test_the_pasted_address_connects_when_the_browser_cannot_come_back(qtbot, arun, window: MainWindow,  # noqa: ANN001
                                                                      browser: Browser, secrets: SecretStore,
                                                                      base_url: str) -> None:
    browser.follow = False  # the portal's redirect is not followed: the listener never hears from it
    dialog = _fill(qtbot, window, base_url)
    tab = dialog.application
    qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(browser.ended_on), timeout=WAIT_MS)
    assert tab.cancel_button.isVisible() and tab.waiting.isVisible() and not tab.authorize_button.isEnabled()

    qtbot.keyClicks(tab.paste_edit, "not a code at all!")
    qtbot.mouseClick(tab.paste_button, Qt.MouseButton.LeftButton)
    assert tab.paste_error.isVisible() and "Pasted address or code" in tab.paste_error.text()
    assert tab.is_waiting  # a bad paste does not end the attempt

    tab.paste_edit.clear()
    qtbot.keyClicks(tab.paste_edit, browser.ended_on)
    qtbot.mouseClick(tab.paste_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT_MS)
    arun(browser.done())
    assert window.session.app_client is not None
    assert secrets.load_client_secret(urlsplit(base_url).netloc, CLIENT_ID) == SECRET


def test_an_answer_with_another_state_is_refused_and_nothing_is_saved(qtbot, arun, window: MainWindow,  # noqa: ANN001
                                                                     browser: Browser, secrets: SecretStore,
                                                                     base_url: str) -> None:
    browser.forge_state = True
    dialog = _fill(qtbot, window, base_url)
    tab = dialog.application
    qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.error.isVisible, timeout=WAIT_MS)
    arun(browser.done())
    assert "state does not match" in tab.error.text() and "nothing was saved" in tab.error.text()
    assert browser.pages[0].status_code == 400
    assert window.session is None and dialog.isVisible()
    assert tab.portal_edit.text() == base_url and tab.client_secret_edit.text() == SECRET  # input kept
    assert tab.authorize_button.isEnabled() and not tab.is_waiting
    _nothing_saved(secrets, base_url)
    assert SECRET not in _dialog_texts(dialog)


def test_a_wrong_client_secret_is_explained_under_its_field(qtbot, arun, window: MainWindow, browser: Browser,  # noqa: ANN001
                                                           secrets: SecretStore, base_url: str) -> None:
    wrong = "NotTheSecret12345"
    dialog = _fill(qtbot, window, base_url, secret=wrong)
    tab = dialog.application
    qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.client_secret_error.isVisible, timeout=WAIT_MS)
    arun(browser.done())
    assert "invalid_client" in tab.client_secret_error.text()
    assert window.session is None and tab.client_secret_edit.text() == wrong
    _nothing_saved(secrets, base_url)
    assert wrong not in _dialog_texts(dialog)


def test_closed_page_cancel_unreachable_portal_and_bad_input(qtbot, window: MainWindow, browser: Browser,  # noqa: ANN001
                                                            secrets: SecretStore, base_url: str) -> None:
    browser.follow = False
    dialog = _fill(qtbot, window, base_url)
    tab = dialog.application

    tab.timeout = 0.3  # the page is "closed": the redirect never reaches the listener
    qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.error.isVisible, timeout=WAIT_MS)
    assert "No answer came back" in tab.error.text() and tab.authorize_button.isEnabled()

    tab.timeout = 300
    qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.cancel_button.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(browser.opened) == 2, timeout=WAIT_MS)
    qtbot.mouseClick(tab.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.is_waiting, timeout=WAIT_MS)
    assert "cancelled" in tab.error.text() and not tab.cancel_button.isVisible()
    assert not tab.paste_edit.isEnabled()

    tab.portal_edit.clear()
    qtbot.keyClicks(tab.portal_edit, "http://acme.bitrix24.com")
    qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
    assert tab.portal_error.isVisible() and "https" in tab.portal_error.text()

    dead = f"http://127.0.0.1:{_free_port()}"
    tab.portal_edit.clear()
    qtbot.keyClicks(tab.portal_edit, dead)
    qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(tab.portal_error.isVisible, timeout=WAIT_MS)
    assert "Cannot reach 127.0.0.1" in tab.portal_error.text() and tab.portal_edit.text() == dead

    tab.client_id_edit.clear()
    qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
    assert tab.client_id_error.isVisible() and "client id is required" in tab.client_id_error.text()
    assert len(browser.opened) == 2 and window.session is None
    _nothing_saved(secrets, base_url)


def test_a_webhook_and_an_application_of_the_same_user_work_together(qtbot, arun, window: MainWindow,  # noqa: ANN001
                                                                    browser: Browser, secrets: SecretStore,
                                                                    webhook_url: str, base_url: str) -> None:
    host = urlsplit(base_url).netloc
    dialog = window.open_connect_dialog()
    assert dialog.tabs.currentIndex() == 0 and dialog.connect_button.isVisible()
    qtbot.keyClicks(dialog.url_edit, webhook_url)
    try:
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session is not None, timeout=WAIT_MS)
        first = window.session
        assert first.app_client is None

        dialog = _fill(qtbot, window, base_url)
        assert dialog.prefilled == (base_url, "", "")  # the current profile's portal; never a secret
        assert not dialog.connect_button.isVisible()  # the Application tab has its own button
        qtbot.mouseClick(dialog.application.authorize_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.session is not first, timeout=WAIT_MS)
        arun(browser.done())
        session = window.session
        # REST calls go through the webhook; what only an application may do, through the application
        assert session.client.webhook.user_id == 1 and session.client is not session.app_client
        assert session.app_client.auth.client_id == CLIENT_ID
        assert arun(session.client.current_user()).id == arun(session.app_client.current_user()).id == 1
        assert window.portal_label.text().startswith(f"{host} · ")
        [profile] = profiles.list_profiles()  # one profile holding both connections
        assert profile.webhook and profile.app_client_id == CLIENT_ID
    finally:
        secrets.delete_webhook_code(host, 1)


def test_a_redirect_port_another_program_holds_is_explained(qtbot, window: MainWindow, browser: Browser,  # noqa: ANN001
                                                           secrets: SecretStore, base_url: str) -> None:
    dialog = _fill(qtbot, window, base_url)
    tab = dialog.application
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        tab.port_spin.setValue(taken.getsockname()[1])
        qtbot.mouseClick(tab.authorize_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(tab.port_error.isVisible, timeout=WAIT_MS)
    assert f"port {tab.port_spin.value()} cannot be used" in tab.port_error.text()
    assert "register the new redirect URI" in tab.port_error.text()
    assert browser.opened == [] and window.session is None and tab.authorize_button.isEnabled()


def test_every_control_of_the_application_tab_has_a_name_and_the_secret_is_hidden(qtbot) -> None:  # noqa: ANN001
    errors: list[BaseException] = []
    dialog = ConnectDialog(TaskRegistry(errors.append), SecretStore(keyring.backends.fail.Keyring()),
                           application=True)
    qtbot.addWidget(dialog)
    dialog.show()
    tab = dialog.application
    assert dialog.tabs.currentWidget() is tab and "application will not be remembered" in dialog.keyring_notice.text()
    unnamed = []
    for widget in tab.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QLineEdit, QAbstractSpinBox)) and widget.isVisibleTo(tab) \
                and not isinstance(widget.parent(), QAbstractSpinBox):
            iface = QAccessible.queryAccessibleInterface(widget)
            if not ((iface.text(QAccessible.Text.Name) if iface else "") or widget.accessibleName()).strip():
                unnamed.append(widget.objectName())
    assert unnamed == []
    assert tab.client_secret_edit.echoMode() == QLineEdit.EchoMode.Password
    assert tab.redirect_edit.text() == "http://127.0.0.1:47652/activity-desk/oauth/"
    tab.copy_button.click()
    assert QGuiApplication.clipboard().text() == tab.redirect_edit.text()
    assert errors == []
