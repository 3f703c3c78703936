"""Text from a portal is shown as text, never rendered as markup (issue 10, item 5).

A hostile portal answers with an ``error_description`` (and an error code) full of HTML; activities
carry such subjects and descriptions too. Wherever they appear — the message banner, the connect
dialog, the details pane, a delete confirmation, a card's tooltip — the user (and a screen reader)
gets the characters as sent: the label's text is the raw string, its format is plain text, and
clicking where the "link" would be opens nothing.

The error replies come from a hand-written portal (``httpx.MockTransport``: the sandbox never sends
markup in its errors); the activities are the sandbox portal's.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import httpx
import keyring.backends.fail
import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.errors import BitrixError
from desktop_app.services.details import DetailsService
from desktop_app.services.secrets import SecretStore
from desktop_app.ui import messages
from desktop_app.ui.banner import MessageBanner
from desktop_app.ui.connect_dialog import ConnectDialog
from desktop_app.ui.details_pane import DetailsPane
from desktop_app.ui.tasks import TaskRegistry
from desktop_app.ui.timeline import TimelineModel

HOSTILE = '<a href="http://evil">click</a><b>x</b>'
HOSTILE_CODE = "<i>BAD</i>"
TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)  # the sandbox's fixed clock (tests/conftest.py)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

pytestmark = pytest.mark.usefixtures("qloop")


def hostile_portal() -> httpx.MockTransport:
    """A "portal" whose every answer is an error envelope with markup in ``error`` and ``error_description``."""

    def reply(request: httpx.Request) -> httpx.Response:
        body = {"error": HOSTILE_CODE, "error_description": HOSTILE}
        return httpx.Response(400, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"})

    return httpx.MockTransport(reply)


def spoken(label: QLabel) -> str:
    """What a screen reader says for ``label`` (Qt renders rich text before it gets there)."""
    return QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name)


def assert_literal(qtbot, label: QLabel, expected: str) -> None:  # noqa: ANN001
    """``expected`` is on screen character for character, and clicking the text follows no link."""
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert expected in label.text()
    assert expected in spoken(label)
    followed: list[str] = []
    label.linkActivated.connect(followed.append)
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().topLeft() + label.contentsRect().topLeft())
    assert followed == []


@pytest.fixture
def hostile_error(arun) -> BitrixError:  # noqa: ANN001
    """The error the client raises for the hostile portal's reply."""
    client = BitrixClient.for_webhook(Webhook.parse("https://hostile.bitrix24.com/rest/1/abcd1234/"),
                                      transport=hostile_portal())
    try:
        with pytest.raises(BitrixError) as raised:
            arun(client.current_user())
    finally:
        arun(client.aclose())
    assert raised.value.description == HOSTILE
    return raised.value


def test_banner_shows_the_error_description_and_code_literally(qtbot, hostile_error: BitrixError) -> None:  # noqa: ANN001
    banner = MessageBanner()
    qtbot.addWidget(banner)
    banner.resize(900, 60)
    banner.show()
    banner.show_message(HOSTILE, level="error")
    assert banner.text() == HOSTILE
    assert_literal(qtbot, banner._text, HOSTILE)

    message = messages.describe(hostile_error)
    banner.show_message(message.text, level="error", code=message.code)
    assert banner.text().endswith(HOSTILE)
    assert_literal(qtbot, banner._text, HOSTILE)
    assert banner.code() == f"{HOSTILE_CODE}, HTTP 400"
    assert_literal(qtbot, banner._code, HOSTILE_CODE)


def test_connect_dialog_shows_the_portal_error_literally(qtbot) -> None:  # noqa: ANN001
    errors: list[BaseException] = []
    dialog = ConnectDialog(TaskRegistry(errors.append), SecretStore(keyring.backends.fail.Keyring()),
                           transport=hostile_portal())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.url_edit, "https://hostile.bitrix24.com/rest/1/abcd1234/")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.error.isVisible, timeout=15000)

    assert_literal(qtbot, dialog.error, HOSTILE)
    assert f"[{HOSTILE_CODE}, HTTP 400]" in dialog.error.text()
    assert dialog.isVisible() and errors == []


@pytest.fixture
def hostile_activity(portal, arun):  # noqa: ANN001, ANN201
    """A todo on deal 1 of the sandbox whose subject and description are markup, loaded with its details."""
    client = BitrixClient.for_webhook(Webhook(base_url="http://sandbox.local", user_id=1, code="demo"),
                                      transport=httpx.ASGITransport(app=portal.app))
    try:
        activity_id = arun(client.add_todo(2, 1, NOW + timedelta(days=1), title=HOSTILE, description=HOSTILE))
        details = arun(DetailsService(client).load(activity_id))
    finally:
        arun(client.aclose())
    assert details.activity.subject == HOSTILE
    return details


def test_details_pane_shows_subject_description_and_errors_literally(
    qtbot, hostile_activity, hostile_error: BitrixError  # noqa: ANN001
) -> None:
    pane = DetailsPane(tz=TZ, now=lambda: NOW, locale=ENGLISH)
    qtbot.addWidget(pane)
    pane.resize(700, 900)
    pane.show()
    pane.show_details(hostile_activity)

    assert pane.title.text() == HOSTILE
    assert_literal(qtbot, pane.title, HOSTILE)
    description = pane.findChild(QLabel, "field_DESCRIPTION")
    assert description is not None
    assert_literal(qtbot, description, HOSTILE)

    pane.show_error(messages.describe(hostile_error).text)
    assert_literal(qtbot, pane.status, HOSTILE)

    qtbot.mouseClick(pane.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.confirmation is not None and pane.confirmation.isVisible())
    box = pane.confirmation
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert f"“{HOSTILE}”" in box.text()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: pane.confirmation is None)


def test_card_tooltip_shows_the_subject_literally(qapp, hostile_activity) -> None:  # noqa: ANN001
    model = TimelineModel(tz=TZ, locale=ENGLISH)
    model.set_activities([hostile_activity.activity])
    tooltip = model.index(model.row_of(hostile_activity.activity.id), 0).data(Qt.ItemDataRole.ToolTipRole)
    rendered = QTextDocument()
    rendered.setHtml(tooltip)  # Qt renders a tooltip that looks like HTML as HTML
    assert HOSTILE in rendered.toPlainText()
    assert not rendered.toHtml().count("<a ")
