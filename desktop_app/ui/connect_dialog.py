"""Connect a portal: paste an incoming-webhook URL, check it with ``user.current``, keep the code in
the OS keyring (tab "Webhook"); or connect an application with OAuth in the browser (tab "Application
(OAuth)", :mod:`desktop_app.ui.connect_application`). Or open the built-in demo portal instead.

The dialog is window-modal but opened with ``open()`` (never ``exec()``, which would freeze the
qasync loop, style.md §2.4); the check runs as a task and the dialog stays responsive.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix import Webhook
from desktop_app.bitrix.errors import BitrixClientError, InvalidWebhookUrl
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import connect_webhook

from . import messages
from .connect_application import ApplicationConnectTab
from .tasks import TaskRegistry


class ConnectDialog(QDialog):
    """Webhook URL → checked session, or an application connected with OAuth → session with ``app_client``.

    Args:
        application: open on the "Application (OAuth)" tab.

    Signals:
        connected(PortalSession): the webhook works, or the application is connected; the session is open.
        demo_requested: the user chose the demo portal.
    """

    connected = Signal(object)
    demo_requested = Signal()

    def __init__(
        self,
        tasks: TaskRegistry,
        secrets: SecretStore,
        parent: QWidget | None = None,
        *,
        transport: Any = None,
        application: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect a Bitrix24 portal"))
        self.setMinimumWidth(520)
        self._tasks = tasks
        self._secrets = secrets
        self._transport = transport

        intro = QLabel(self.tr(
            "Paste the URL of an incoming webhook of your portal (Bitrix24 → Developer resources → Other → "
            "Incoming webhook, with the <b>crm</b> and <b>user</b> scopes). It looks like "
            "<tt>https://your-company.bitrix24.com/rest/1/abc123xyz/</tt>."), self)
        intro.setWordWrap(True)
        label = QLabel(self.tr("Webhook &URL:"), self)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("webhookUrl")
        self.url_edit.setPlaceholderText("https://your-company.bitrix24.com/rest/1/…/")
        self.url_edit.setAccessibleName(self.tr("Webhook URL"))
        label.setBuddy(self.url_edit)
        self.error = QLabel(self)
        self.error.setObjectName("connectError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)  # the portal's error_description: never markup
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c21b16;")
        self.error.hide()
        self.keyring_notice = QLabel(self)
        self.keyring_notice.setObjectName("keyringNotice")
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setStyleSheet("color: #7a5100;")
        self.keyring_notice.hide()
        if not secrets.available:
            self.keyring_notice.setText(self.tr(
                "No secure password store (system keyring) is available. You can connect, but the webhook or "
                "application will not be remembered and nothing is written to disk: on Linux install and unlock "
                "GNOME Keyring or KWallet to have it remembered."))
            self.keyring_notice.show()

        self.buttons = QDialogButtonBox(self)
        self.connect_button = QPushButton(self.tr("&Connect"), self)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the &demo portal"), self)
        self.demo_button.setObjectName("demoButton")
        self.buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.demo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.connect_button.clicked.connect(self.check)
        self.demo_button.clicked.connect(self._on_demo)

        webhook_tab = QWidget(self)
        webhook_tab.setObjectName("webhookTab")
        webhook_layout = QVBoxLayout(webhook_tab)
        webhook_layout.addWidget(intro)
        webhook_layout.addWidget(label)
        webhook_layout.addWidget(self.url_edit)
        webhook_layout.addWidget(self.error)
        webhook_layout.addStretch(1)
        self.application = ApplicationConnectTab(tasks, secrets, self, transport=transport)
        self.application.connected.connect(self._on_application_connected)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("connectTabs")
        self.tabs.addTab(webhook_tab, self.tr("&Webhook"))
        self.tabs.addTab(self.application, self.tr("Application (&OAuth)"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.rejected.connect(self.application.cancel)  # closed while waiting for the browser: stop listening

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.keyring_notice)
        layout.addWidget(self.buttons)
        if application:
            self.tabs.setCurrentWidget(self.application)

    def check(self) -> None:
        """Validate the URL locally, then check it against the portal (async)."""
        self.error.hide()
        try:
            Webhook.parse(self.url_edit.text())
        except InvalidWebhookUrl as exc:
            self._show_error(messages.describe(exc))
            self.url_edit.setFocus()
            return
        self.connect_button.setEnabled(False)
        self.connect_button.setText(self.tr("Checking…"))
        self._tasks.start(self._check(self.url_edit.text()), key="connect")

    async def _check(self, url: str) -> None:
        try:
            session = await connect_webhook(
                url, secrets=self._secrets, transport=self._transport
            )
        except BitrixClientError as exc:
            self._show_error(messages.describe(exc))
            return
        finally:
            self.connect_button.setEnabled(True)
            self.connect_button.setText(self.tr("&Connect"))
        self.connected.emit(session)
        self.accept()

    def _show_error(self, message: messages.UserMessage) -> None:
        self.error.setText(message.line)
        self.error.show()

    def _on_tab_changed(self, _index: int) -> None:
        on_webhook = self.tabs.currentWidget() is not self.application
        self.connect_button.setVisible(on_webhook)
        self.connect_button.setDefault(on_webhook)
        self.application.authorize_button.setDefault(not on_webhook)

    def _on_application_connected(self, session: object) -> None:
        self.connected.emit(session)
        self.accept()

    def _on_demo(self) -> None:
        self.application.cancel()
        self.demo_requested.emit()
        self.accept()
