"""Application → Activity types… and Badges… on the demo portal, connected both ways (issue 13 item 4):
register a custom type with an icon and find it on the portal, refuse icon files before sending, create
an activity of a type and see its card, list and add badges, delete with a question, and a
non-administrator's disabled buttons. The portal is asked as the application (``session.app_client``)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from window_helpers import window_on

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.oauth import SandboxApp
from desktop_app.services.demo_app import DEMO_REDIRECT_URI, connect_demo_app, demo_app_credentials
from desktop_app.services.session import DEMO_BASE_URL, DEMO_WEBHOOK_CODE, PortalSession, open_demo_session
from desktop_app.ui.app_features.availability import admin_text
from desktop_app.ui.app_features.badge_pill import BADGE_COLORS
from desktop_app.ui.app_features.badges_dialog import BadgesDialog, BadgesModel
from desktop_app.ui.app_features.types_dialog import TypesDialog, TypesModel
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")

WAIT_MS = 15000


@pytest.fixture
def demo(qtbot, arun, fixed_now) -> Iterator[tuple[MainWindow, PortalSession]]:  # noqa: ANN001
    session = arun(open_demo_session(now=lambda: fixed_now))
    win = window_on(qtbot, session)
    yield win, session
    arun(win.tasks.cancel_all())
    arun(session.aclose())


def _types_dialog(qtbot, win: MainWindow) -> TypesDialog:  # noqa: ANN001
    win.app_menu.types_action.trigger()
    dialog = win.app_menu.types_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        pass
    return dialog


def _badges_dialog(qtbot, win: MainWindow) -> BadgesDialog:  # noqa: ANN001
    win.app_menu.badges_action.trigger()
    dialog = win.app_menu.badges_dialog
    assert dialog is not None
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        pass
    return dialog


def _png(path: Path, size: int = 20) -> Path:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#2fc6f6"))
    assert image.save(str(path), "PNG")
    return path


def _portal_types(session: PortalSession) -> dict[str, dict]:
    rows = session.sandbox.db.query("SELECT type_id, name, is_configurable, icon_id FROM activity_app_type")
    return {r["type_id"]: dict(r) for r in rows}


def _unnamed(root: QWidget) -> list[str]:
    """Focusable controls a screen reader could not name (as tests/gui/test_accessible_names.py judges)."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QPlainTextEdit)):
            continue
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if not ((iface.text(QAccessible.Text.Name) if iface is not None else "") or widget.accessibleName()).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_register_a_type_with_an_icon(qtbot, qtmodeltester, arun, demo, tmp_path) -> None:  # noqa: ANN001
    win, session = demo
    dialog = _types_dialog(qtbot, win)
    qtmodeltester.check(dialog.model)
    shown = {t.type_id: t for t in dialog.model.types}
    assert shown["DELIVERY"].is_configurable and not shown["ERP_SYNC"].is_configurable
    assert dialog.model.index(list(shown).index("DELIVERY"), 2).data() == "Yes"
    assert dialog.add_button.isEnabled()
    assert _unnamed(dialog) == []

    dialog.add_button.click()
    add = dialog.add_dialog
    assert add is not None
    qtbot.waitExposed(add)
    assert _unnamed(add) == []
    qtbot.keyClicks(add.type_id, "CALLBACK")
    qtbot.keyClicks(add.name, "Callback request")
    add.set_icon_path(_png(tmp_path / "callback.png"))
    assert not add.preview.pixmap().isNull(), "the chosen icon is previewed"
    assert add.problems.text("ICON_FILE") == ""
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        add.save_button.click()
    assert "CALLBACK" in [t.type_id for t in dialog.model.types]
    assert dialog.selected_type().type_id == "CALLBACK"
    on_portal = {t.type_id: t for t in arun(session.app_client.activity_types.list())}
    assert on_portal["CALLBACK"].name == "Callback request"
    assert not on_portal["CALLBACK"].is_configurable and on_portal["CALLBACK"].icon_id > 0

    # The same TYPE_ID again: said under the field, nothing sent, the input kept.
    add = dialog.open_add()
    qtbot.keyClicks(add.type_id, "CALLBACK")
    assert add.submit() is False
    assert "already" in add.problems.text("TYPE_ID")
    assert add.type_id.text() == "CALLBACK"
    add.type_id.clear()
    assert add.submit() is False and add.problems.text("TYPE_ID")
    add.reject()

    # Registered meanwhile by the same application elsewhere: the portal's refusal, under the field, as sent.
    arun(session.app_client.activity_types.add("<b>LATE</b>", "Meanwhile"))
    add = dialog.open_add()
    qtbot.keyClicks(add.type_id, "<b>LATE</b>")
    qtbot.keyClicks(add.name, "Late")
    add.save_button.click()
    qtbot.waitUntil(lambda: add.problems.text("TYPE_ID") != "", timeout=WAIT_MS)
    assert add.problems.text("TYPE_ID") == "Type is already registered"
    assert add.problems.labels["TYPE_ID"].textFormat() == Qt.TextFormat.PlainText
    assert (add.type_id.text(), add.name.text()) == ("<b>LATE</b>", "Late") and add.save_button.isEnabled()
    add.reject()

    # Delete asks first; Cancel keeps it, Delete removes it from the portal.
    box = dialog.confirm_delete()
    assert box is not None and "CALLBACK" in box.text()
    box.reject()
    assert "CALLBACK" in _portal_types(session)
    box = dialog.confirm_delete()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        box.findChild(QAbstractButton, "confirmDeleteType").click()
    assert "CALLBACK" not in [t.type_id for t in dialog.model.types]
    assert "CALLBACK" not in _portal_types(session)
    assert "was deleted" in dialog.status.text()
    dialog.close()


def test_icon_files_that_are_not_images_or_too_large_are_refused_before_sending(qtbot, demo, tmp_path) -> None:  # noqa: ANN001
    win, session = demo
    dialog = _types_dialog(qtbot, win)
    before = _portal_types(session)
    add = dialog.open_add()
    qtbot.keyClicks(add.type_id, "SCAN")
    qtbot.keyClicks(add.name, "Scan")
    text = tmp_path / "icon.png"
    text.write_text("<svg onload='alert(1)'>not an image</svg>", encoding="utf-8")
    add.set_icon_path(text)
    assert "not a PNG, JPEG or GIF" in add.problems.text("ICON_FILE")
    assert add.preview.pixmap().isNull()
    assert add.submit() is False
    assert "not a PNG, JPEG or GIF" in add.problems.text("ICON_FILE")

    large = tmp_path / "large.png"
    large.write_bytes(_png(tmp_path / "small.png").read_bytes() + os.urandom(1024 * 1024 + 10))
    add.set_icon_path(large)
    assert "too large" in add.problems.text("ICON_FILE")
    assert add.submit() is False
    assert "too large" in add.problems.text("ICON_FILE") and "1024 KiB" in add.problems.text("ICON_FILE")

    assert add.save_button.isEnabled() and not add.status.text(), "nothing was sent"
    assert (add.type_id.text(), add.name.text()) == ("SCAN", "Scan"), "the input is kept"
    assert add.icon_file.text() == str(large)
    assert _portal_types(session) == before
    add.reject()

    # The manager closes while a form's request is only queued: the request is dropped with the form.
    add = dialog.open_add()
    qtbot.keyClicks(add.type_id, "GONE")
    assert add.submit() is True
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.close()
    qtbot.waitUntil(lambda: bool(gone), timeout=WAIT_MS)
    assert win.app_menu.types_dialog is None
    assert "GONE" not in _portal_types(session)
    assert "unexpected" not in win.banner.text()


def test_an_activity_of_a_custom_type_appears_in_the_timeline(qtbot, demo) -> None:  # noqa: ANN001
    win, session = demo
    entity = win.timeline.entity
    assert entity is not None
    dialog = _types_dialog(qtbot, win)
    assert dialog.select_type("DELIVERY")
    assert not dialog.activity_button.isEnabled() and "configurable" in dialog.activity_button.toolTip()
    assert dialog.select_type("ERP_SYNC")
    assert dialog.activity_button.isEnabled()
    dialog.activity_button.click()
    form = dialog.activity_dialog
    assert form is not None
    qtbot.waitExposed(form)
    assert _unnamed(form) == []
    assert form.submit() is False and form.problems.text("SUBJECT"), "a subject is required"
    qtbot.keyClicks(form.subject, "Synchronised with the ERP")
    form.deadline.setText("2026-11-25 15:00")
    qtbot.keyClicks(form.description, "Order 4711 booked.")
    with qtbot.waitSignal(form.created, timeout=WAIT_MS) as created, \
            qtbot.waitSignal(win.timeline.loaded, timeout=WAIT_MS):
        form.save_button.click()
    activity_id = created.args[0]
    cards = {a.id: a for a in win.timeline.model.activities()}
    assert activity_id in cards, "its card is in the timeline"
    card = cards[activity_id]
    assert card.subject == "Synchronised with the ERP"
    assert card.provider_id == "REST_APP"
    assert card.end_time == datetime(2026, 11, 25, 15, 0, tzinfo=session.tz), "the deadline typed in the portal's zone"
    row = session.sandbox.db.query_one("SELECT provider_type_id, owner_id FROM activity WHERE id = ?", (activity_id,))
    assert row["provider_type_id"] == "ERP_SYNC" and row["owner_id"] == entity.owner_id
    assert "created" in dialog.status.text()
    dialog.close()


def test_badges_are_listed_as_coloured_pills_and_one_is_added(qtbot, qtmodeltester, arun, demo) -> None:  # noqa: ANN001
    win, session = demo
    dialog = _badges_dialog(qtbot, win)
    qtmodeltester.check(dialog.model)
    by_code = {b.code: row for row, b in enumerate(dialog.model.badges)}
    assert {"missedCall", "deliveryLate", "contractSigned"} <= set(by_code)
    missed = by_code["missedCall"]
    assert dialog.model.index(missed, 1).data() == "Call status"
    assert dialog.model.index(missed, 2).data() == "Missed"
    assert "red" in dialog.model.index(missed, 3).data()
    assert _unnamed(dialog) == []
    # The pill is drawn in the type's colour.
    view = dialog.view
    rect = view.visualRect(dialog.model.index(missed, 2))
    image = view.viewport().grab(rect).toImage()
    colours = {image.pixelColor(x, image.height() // 2).name() for x in range(image.width())}
    assert BADGE_COLORS["failure"][0].name() in colours

    dialog.add_button.click()
    add = dialog.add_dialog
    assert add is not None
    qtbot.waitExposed(add)
    assert _unnamed(add) == []
    assert add.submit() is False
    assert add.problems.text("code") and add.problems.text("title") and add.problems.text("value")
    qtbot.keyClicks(add.code, "missedCall")
    qtbot.keyClicks(add.title, "Payment")
    qtbot.keyClicks(add.value, "Overdue")
    assert add.submit() is False and "already" in add.problems.text("code")
    add.code.clear()
    qtbot.keyClicks(add.code, "paymentOverdue")
    add.type.setCurrentIndex(add.type.findData("warning"))
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        add.save_button.click()
    assert dialog.selected_badge().code == "paymentOverdue"
    stored = arun(session.app_client.badges.get("paymentOverdue"))
    assert (stored.title, stored.value, stored.type) == ("Payment", "Overdue", "warning")

    # Delete asks first, then the portal forgets it.
    box = dialog.confirm_delete()
    assert box is not None and "paymentOverdue" in box.text()
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        box.findChild(QAbstractButton, "confirmDeleteBadge").click()
    assert "paymentOverdue" not in [b.code for b in dialog.model.badges]
    assert session.sandbox.db.query_one("SELECT code FROM activity_badge WHERE code = ?", ("paymentOverdue",)) is None

    # A badge an open configurable activity carries cannot go: the portal says so, plainly.
    assert dialog.select_badge("missedCall")
    box = dialog.confirm_delete()
    assert box is not None
    box.findChild(QAbstractButton, "confirmDeleteBadge").click()
    qtbot.waitUntil(lambda: "entities with this badge" in dialog.status.text(), timeout=WAIT_MS)
    assert "missedCall" in [b.code for b in dialog.model.badges]
    dialog.close()


def test_a_non_administrator_cannot_add_or_delete(qtbot, arun, fixed_now) -> None:  # noqa: ANN001
    client_id, secret = demo_app_credentials()
    portal = SandboxPortal(":memory:", webhook_code=DEMO_WEBHOOK_CODE, webhook_user_id=1, demo_data=True,
                           now=lambda: fixed_now, apps=[SandboxApp(client_id, secret, DEMO_REDIRECT_URI)],
                           admin_user_ids=[2])
    transport = portal.transport()
    client = BitrixClient.for_webhook(Webhook(base_url=DEMO_BASE_URL, user_id=1, code=DEMO_WEBHOOK_CODE),
                                      transport=transport, rate_plan=None)
    session = PortalSession(client=client, me=arun(client.current_user()), is_demo=True, sandbox=portal,
                            clock=lambda: fixed_now, app_client=arun(connect_demo_app(client_id, secret, transport=transport)))
    win = window_on(qtbot, session)
    try:
        types = _types_dialog(qtbot, win)
        assert not types.add_button.isEnabled() and types.add_button.toolTip() == admin_text()
        assert not types.delete_button.isEnabled() and types.delete_button.toolTip() == admin_text()
        assert "administrator" in types.status.text().lower(), "the list itself needs an administrator"
        types.close()
        badges = _badges_dialog(qtbot, win)
        assert [b.code for b in badges.model.badges], "any user lists the badges"
        assert not badges.add_button.isEnabled() and badges.add_button.toolTip() == admin_text()
        badges.close()
    finally:
        arun(win.tasks.cancel_all())
        arun(session.aclose())


def test_empty_models_pass_qtmodeltester(qtmodeltester) -> None:  # noqa: ANN001
    qtmodeltester.check(TypesModel())
    qtmodeltester.check(BadgesModel("en"))
