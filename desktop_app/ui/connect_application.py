"""The "Application (OAuth)" tab of the connect dialog: portal address, client id and secret, the redirect URI
to register, "Authorize in browser" (with a waiting state and Cancel), and the paste-the-address fallback.

All the work is :mod:`desktop_app.services.app_connect`'s; this tab only collects input, opens the browser
(``QDesktopServices.openUrl``) and puts each failure under the field it concerns, keeping what was typed.
The client secret is echoed as a password and never shown in any label or message.
"""

from __future__ import annotations

import asyncio
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop_app.bitrix.errors import BitrixClientError, PortalUnreachable
from desktop_app.bitrix.oauth import ReconnectNeeded
from desktop_app.services import profiles
from desktop_app.services import settings as settings_file
from desktop_app.services.app_connect import (
    DEFAULT_REDIRECT_PORT,
    AppConnectInvalid,
    AppCredentials,
    ApplicationAuthorization,
    check_credentials,
    finish_connection,
    redirect_uri,
)
from desktop_app.services.oauth_flow import DEFAULT_TIMEOUT, AuthorizationRefused, AuthorizationTimedOut
from desktop_app.services.secrets import SecretStore

from . import messages
from .app_features.fields import error_label
from .plain_text import plain
from .tasks import TaskRegistry


class ApplicationConnectTab(QWidget):
    """Connect an application (OAuth 2.0 authorization code in the system browser).

    Signals:
        connected(PortalSession): the application is connected; the session is open.

    Attributes:
        timeout: seconds to wait for the portal's answer (default 300).
    """

    connected = Signal(object)

    def __init__(self, tasks: TaskRegistry, secrets: SecretStore, parent: QWidget | None = None, *,
                 transport: Any = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationTab")
        self._tasks = tasks
        self._secrets = secrets
        self._transport = transport
        self._attempt: ApplicationAuthorization | None = None
        self._task: asyncio.Task[None] | None = None
        self.timeout = DEFAULT_TIMEOUT

        intro = QLabel(self.tr(
            "Register a local application in your portal (Developer resources → Other → Local application, with "
            "the crm and user scopes) and enter the redirect URI below as its handler address. Then enter its "
            "client id and client secret and authorize Activity Desk in your browser."), self)
        intro.setWordWrap(True)

        self.portal_edit = QLineEdit(self)
        self.portal_edit.setObjectName("appPortal")
        self.portal_edit.setPlaceholderText("https://your-company.bitrix24.com")
        self.portal_edit.setAccessibleName(self.tr("Portal address"))
        self.portal_error = error_label(self, "appPortalError")
        self.client_id_edit = QLineEdit(self)
        self.client_id_edit.setObjectName("appClientId")
        self.client_id_edit.setPlaceholderText("local.5f3c0a1b2c3d4e.12345678")
        self.client_id_edit.setAccessibleName(self.tr("Client id"))
        self.client_id_error = error_label(self, "appClientIdError")
        self.client_secret_edit = QLineEdit(self)
        self.client_secret_edit.setObjectName("appClientSecret")
        self.client_secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.client_secret_edit.setAccessibleName(self.tr("Client secret"))
        self.client_secret_error = error_label(self, "appClientSecretError")
        self.port_spin = QSpinBox(self)
        self.port_spin.setObjectName("appRedirectPort")
        self.port_spin.setRange(1024, 65535)
        self.port_spin.setValue(DEFAULT_REDIRECT_PORT)
        self.port_spin.setAccessibleName(self.tr("Redirect port"))
        self.port_error = error_label(self, "appPortError")
        self.redirect_edit = QLineEdit(self)
        self.redirect_edit.setObjectName("appRedirectUri")
        self.redirect_edit.setReadOnly(True)
        self.redirect_edit.setAccessibleName(self.tr("Redirect URI to register in the portal"))
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("appCopyRedirect")
        self.copy_button.setAccessibleName(self.tr("Copy the redirect URI"))
        self.copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.redirect_edit.text()))
        self.port_spin.valueChanged.connect(self._show_redirect_uri)
        self._show_redirect_uri()
        self._prefill()

        self.authorize_button = QPushButton(self.tr("&Authorize in browser"), self)
        self.authorize_button.setObjectName("appAuthorize")
        self.authorize_button.clicked.connect(self.authorize)
        self.cancel_button = QPushButton(self.tr("Cancel authorization"), self)
        self.cancel_button.setObjectName("appCancelAuthorize")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.waiting = plain(QLabel(self))
        self.waiting.setObjectName("appWaiting")
        self.waiting.setWordWrap(True)
        self.waiting.hide()

        self.paste_edit = QLineEdit(self)
        self.paste_edit.setObjectName("appPaste")
        self.paste_edit.setPlaceholderText("http://127.0.0.1:…/activity-desk/oauth/?code=…&state=…")
        self.paste_edit.setAccessibleName(self.tr("Address the browser ended on, or the code"))
        self.paste_button = QPushButton(self.tr("Use"), self)
        self.paste_button.setObjectName("appUsePaste")
        self.paste_button.setAccessibleName(self.tr("Use the pasted address or code"))
        self.paste_button.clicked.connect(self.use_paste)
        self.paste_edit.returnPressed.connect(self.use_paste)
        self.paste_edit.setEnabled(False)
        self.paste_button.setEnabled(False)
        self.paste_error = error_label(self, "appPasteError")
        self.error = error_label(self, "appError")

        form = QFormLayout()
        form.addRow(self.tr("&Portal address:"), self.portal_edit)
        form.addRow("", self.portal_error)
        form.addRow(self.tr("Client &id:"), self.client_id_edit)
        form.addRow("", self.client_id_error)
        form.addRow(self.tr("Client &secret:"), self.client_secret_edit)
        form.addRow("", self.client_secret_error)
        form.addRow(self.tr("Redirect p&ort:"), self.port_spin)
        form.addRow("", self.port_error)
        redirect_row = QHBoxLayout()
        redirect_row.addWidget(self.redirect_edit, 1)
        redirect_row.addWidget(self.copy_button)
        form.addRow(self.tr("Redirect URI:"), redirect_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.authorize_button)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.paste_edit, 1)
        paste_row.addWidget(self.paste_button)
        paste_label = QLabel(self.tr("…or paste the address the browser ended on (or the code):"), self)
        paste_label.setWordWrap(True)
        paste_label.setBuddy(self.paste_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.waiting)
        layout.addWidget(paste_label)
        layout.addLayout(paste_row)
        layout.addWidget(self.paste_error)
        layout.addWidget(self.error)
        layout.addStretch(1)

    # -- state ------------------------------------------------------------------------------------

    @property
    def is_waiting(self) -> bool:
        """True while an authorization attempt is open (the browser's answer is awaited)."""
        return self._task is not None and not self._task.done()

    def _prefill(self) -> None:
        """The current profile's portal and client id (connecting again after the portal refused the saved
        authorization); the secret is never filled in."""
        if not settings_file.settings_path().exists():
            return  # nothing saved yet (and reading profiles must not write a first settings file)
        try:
            profile = profiles.current_profile()
        except (OSError, ValueError):
            return
        if profile is not None:
            self.portal_edit.setText(profile.portal_url)
            self.client_id_edit.setText(profile.app_client_id or "")

    def _show_redirect_uri(self) -> None:
        self.redirect_edit.setText(redirect_uri(self.port_spin.value()))

    def _clear_errors(self) -> None:
        for label in (self.portal_error, self.client_id_error, self.client_secret_error, self.port_error,
                      self.paste_error, self.error):
            label.clear()
            label.hide()

    def _set_waiting(self, waiting: bool, text: str = "") -> None:
        for widget in (self.portal_edit, self.client_id_edit, self.client_secret_edit, self.port_spin):
            widget.setEnabled(not waiting)
        self.authorize_button.setEnabled(not waiting)
        self.cancel_button.setVisible(waiting)
        self.paste_edit.setEnabled(waiting)
        self.paste_button.setEnabled(waiting)
        self.waiting.setText(text)
        self.waiting.setVisible(waiting and bool(text))

    def _show(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.show()

    # -- actions ----------------------------------------------------------------------------------

    def authorize(self) -> None:
        """Check the fields, then start the authorization (async): the browser opens the portal's page."""
        if self.is_waiting:
            return
        self._clear_errors()
        try:
            credentials = check_credentials(self.portal_edit.text(), self.client_id_edit.text(),
                                             self.client_secret_edit.text())
        except AppConnectInvalid as exc:
            self._show_invalid(exc)
            return
        self._set_waiting(True, self.tr("Checking the portal…"))
        self._task = self._tasks.start(self._run(credentials, self.port_spin.value()), key="connect-app")

    def cancel(self) -> None:
        """Stop waiting for the browser's answer (nothing is saved; the input stays)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def use_paste(self) -> None:
        """Take the pasted address or code for the open attempt; a bad paste is explained under the field."""
        self.paste_error.hide()
        if self._attempt is None:
            return
        try:
            self._attempt.paste(self.paste_edit.text())
        except AppConnectInvalid as exc:
            self._show_invalid(exc)

    async def _run(self, credentials: AppCredentials, port: int) -> None:
        try:
            async with ApplicationAuthorization(credentials, port=port, transport=self._transport) as attempt:
                self._attempt = attempt
                self._set_waiting(True, self.tr(
                    "Waiting for the portal's answer in your browser… Allow access there; if the browser cannot "
                    "come back to Activity Desk, paste the address it ended on below."))
                url = QUrl.fromEncoded(attempt.authorize_url.encode("ascii"))
                if not QDesktopServices.openUrl(url):
                    self._show(self.error, self.tr("No browser could be opened. Open this address in a browser "
                                                   "yourself: %1").replace("%1", attempt.authorize_url))
                code = await attempt.code(self.timeout)
                self._set_waiting(True, self.tr("Connecting…"))
                session = await finish_connection(credentials, code, secrets=self._secrets,
                                                  redirect_uri=attempt.redirect_uri, transport=self._transport)
        except AppConnectInvalid as exc:
            self._show_invalid(exc)
        except AuthorizationTimedOut:
            self._show(self.error, self.tr(
                "No answer came back from the portal's sign-in page (it was closed, or the browser could not reach "
                "Activity Desk). Nothing was saved. Authorize again, or paste the address the browser shows."))
        except AuthorizationRefused as exc:
            self._show(self.error, self._refusal_text(exc))
        except ReconnectNeeded as exc:
            if exc.code == "invalid_client":
                self._show(self.client_secret_error, self.tr(
                    "The portal refused this client id or client secret (invalid_client). Copy both again from "
                    "the application's settings in the portal."))
            else:
                self._show(self.error, self.tr(
                    "The authorization code expired or was already used (%1). Nothing was saved; authorize "
                    "again.").replace("%1", exc.code))
        except PortalUnreachable as exc:
            self._show(self.portal_error, messages.describe(exc).line)
        except BitrixClientError as exc:
            self._show(self.error, messages.describe(exc).line)
        except asyncio.CancelledError:
            if isValid(self):
                self._show(self.error, self.tr("Authorization cancelled; nothing was saved."))
            raise
        except (OSError, ValueError) as exc:  # the keyring's or the settings file's failure: said, not raised
            self._show(self.error, self.tr("Connecting failed (%1); nothing was saved.").replace("%1", type(exc).__name__))
        else:
            self.connected.emit(session)
        finally:
            self._attempt = None
            if isValid(self):
                self._set_waiting(False)

    def _refusal_text(self, exc: AuthorizationRefused) -> str:
        if "state does not match" in str(exc):
            return self.tr("The answer does not belong to this sign-in attempt (state does not match), so it was "
                           "refused and nothing was saved. Authorize again.")
        return self.tr("The portal's answer was refused: %1 Nothing was saved.").replace("%1", str(exc))

    def _show_invalid(self, exc: AppConnectInvalid) -> None:
        label, edit = {
            "portal": (self.portal_error, self.portal_edit),
            "client_id": (self.client_id_error, self.client_id_edit),
            "client_secret": (self.client_secret_error, self.client_secret_edit),
            "port": (self.port_error, self.port_spin),
            "code": (self.paste_error, self.paste_edit),
        }.get(exc.field, (self.error, None))
        names = {"portal": self.tr("Portal address"), "client_id": self.tr("Client id"),
                 "client_secret": self.tr("Client secret"), "port": self.tr("Redirect port"),
                 "code": self.tr("Pasted address or code")}
        self._show(label, self.tr("%1: %2").replace("%1", names.get(exc.field, exc.field)).replace("%2", exc.rule))
        if edit is not None and edit.isEnabled():
            edit.setFocus()
