"""Configurable activities in the real window with the demo (issue 13 item 4): the demo deal's
configurable cards drawn from their layouts with their badge; one created from a template in the
layout editor (with a badge) and updated; another application's activity refused plainly; the card's
buttons (a redirect opens the URL, a restEvent says what the application would receive); a
webhook-only connection shows the card menu's application entries disabled with the reason.

The demo session is in-process (ASGI sandbox, application connection included); the portal's own
answer (``crm.activity.configurable.get`` through the application client) is the witness.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QColor
from window_helpers import CONFIRM_MS, show_deal, window_on

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.sandbox.calls import invoke
from desktop_app.sandbox.faults import FaultKind
from desktop_app.sandbox.principal import Principal
from desktop_app.services.session import PortalSession, open_demo_session
from desktop_app.ui.cards import CardTree
from desktop_app.ui.cards.app_parts import BADGE_COLORS, BadgeNode
from desktop_app.ui.cards.timeline_card import CARD_V_MARGIN, ROW_HEIGHT
from desktop_app.ui.layout_editor.templates import list_templates
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.timeline.cards import CardData
from desktop_app.ui.timeline.delegate import HEADER_HEIGHT, LAYOUT_SHIFT

pytestmark = pytest.mark.usefixtures("qloop")

CONFIGURABLE = "CONFIGURABLE_REST_APP"


@pytest.fixture
def demo(qtbot, arun) -> Iterator[tuple[MainWindow, PortalSession]]:  # noqa: ANN001
    session = arun(open_demo_session())
    win = window_on(qtbot, session)
    yield win, session
    arun(win.tasks.cancel_all())
    arun(session.aclose())


def _cards(win: MainWindow) -> list[CardData]:
    model = win.timeline.model
    return [model.card_at(row) for row in range(model.rowCount())]


def _extras_shown(qtbot, win: MainWindow, ready) -> None:  # noqa: ANN001
    """Wait for the application's extras on the cards until ``ready()`` (checked first: the signal can only
    come while Qt's loop runs, so nothing is missed between the check and the wait)."""
    while not ready():
        with qtbot.waitSignal(win.timeline.cardExtrasLoaded, timeout=CONFIRM_MS):
            pass


def _row_of(win: MainWindow, activity_id: int) -> int:
    row = win.timeline.model.row_of(activity_id)
    assert row is not None
    return row


def _tree(win: MainWindow, activity_id: int):  # noqa: ANN202
    timeline = win.timeline
    card = timeline.model.card_at(_row_of(win, activity_id))
    return card, timeline.delegate.tree(card)


def _card_origin(win: MainWindow, activity_id: int) -> QPoint:
    """Where a configurable card's tree is painted in the viewport (scrolled into view)."""
    view, model, delegate = win.timeline.view, win.timeline.model, win.timeline.delegate
    index = model.index(_row_of(win, activity_id), 0)
    view.scrollTo(index, view.ScrollHint.PositionAtTop)
    rect = view.visualRect(index)
    header = HEADER_HEIGHT if delegate.card_row_rect(rect, model.card_at(index.row())) != rect else 0
    return QPoint(rect.left() + LAYOUT_SHIFT, rect.top() + header + CARD_V_MARGIN)


def _near(actual: QColor, expected: QColor, tolerance: int = 10) -> bool:
    return max(abs(actual.red() - expected.red()), abs(actual.green() - expected.green()),
               abs(actual.blue() - expected.blue())) <= tolerance


def _configurable_get(arun, session: PortalSession, activity_id: int) -> dict:  # noqa: ANN001
    return arun(session.app_client.call("crm.activity.configurable.get", {"id": activity_id})).result["activity"]


def _send_dialog(qtbot, win: MainWindow, *, badge: str | None = None) -> None:  # noqa: ANN001
    """Wait for the fields dialog, choose ``badge``, press its send button and wait until it closes."""
    editing = win.app_cards.configurable
    qtbot.waitUntil(lambda: editing.dialog is not None and editing.dialog.isVisible(), timeout=CONFIRM_MS)
    dialog = editing.dialog
    if badge is not None:
        dialog.badge_box.setCurrentIndex(dialog.badge_box.findData(badge))
    with qtbot.waitSignal(dialog.sent, timeout=CONFIRM_MS):
        qtbot.mouseClick(dialog.findChild(QObject, "configurableSend"), Qt.MouseButton.LeftButton)


def test_demo_configurable_cards_are_drawn_from_their_layouts_with_their_badge(qtbot, demo) -> None:  # noqa: ANN001
    win, _session = demo
    configurable = [c for c in _cards(win) if c.activity.provider_id == CONFIGURABLE]
    assert configurable, "deal 1 of the demo has configurable activities"
    _extras_shown(qtbot, win, lambda: all(c.layout is not None for c in _cards(win)
                                          if c.activity.provider_id == CONFIGURABLE))
    summary = next(c for c in _cards(win) if c.layout is not None and c.badge is not None and c.badge.type == "failure")
    assert summary.badge.text == "MISSED"  # the demo's missedCall badge, its value upper-case
    assert summary.activity.id in win.timeline.app_menu_state.own  # the demo application created it
    card, tree = _tree(win, summary.activity.id)
    assert isinstance(tree, CardTree) and tree.parts.title == "Call summary"  # the layout's header
    badge = tree.parts.tags[0]
    assert isinstance(badge, BadgeNode) and badge.title == "MISSED"
    view = win.timeline.view
    index = win.timeline.model.index(_row_of(win, card.activity.id), 0)
    assert view.visualRect(index).height() > ROW_HEIGHT  # the layout's card is taller than a plain one
    # On screen: the badge's pill in the spec's colour (failure #eed6d4), at the left end of the pill.
    origin = _card_origin(win, card.activity.id)
    tree.measure(view.viewport().width() - LAYOUT_SHIFT - 8)
    pill = badge.rect
    point = origin + QPoint(int(pill.left()) + 4, int(pill.center().y()))

    def pill_color() -> QColor:
        image = view.viewport().grab().toImage()
        dpr = image.devicePixelRatio()
        return image.pixelColor(int(point.x() * dpr), int(point.y() * dpr))

    qtbot.waitUntil(lambda: _near(pill_color(), BADGE_COLORS["failure"][0]), timeout=3000)


def test_create_from_a_template_with_a_badge_then_update_it(qtbot, arun, demo) -> None:  # noqa: ANN001
    win, session = demo
    before = {c.activity.id for c in _cards(win)}
    win.app_cards.open_for_create()
    editor = win.layout_editor
    template = next(t for t in list_templates() if t.name == "delivery")
    editor.load_template(template)
    assert editor.portal.create_action.isVisible() and editor.portal.create_action.isEnabled()
    editor.portal.create_action.trigger()
    _send_dialog(qtbot, win, badge="contractSigned")
    _extras_shown(qtbot, win, lambda: any(c.activity.id not in before and c.layout is not None for c in _cards(win)))
    created = next(c for c in _cards(win) if c.activity.id not in before)
    _card, tree = _tree(win, created.activity.id)
    assert tree.parts.title == "Delivery scheduled"  # the card's title is the layout header's
    assert created.badge is not None and created.badge.text == "SIGNED"
    stored = _configurable_get(arun, session, created.activity.id)
    assert stored["fields"]["badgeCode"] == "contractSigned"
    assert json.loads(template.read())["header"]["title"] == stored["layout"]["header"]["title"]

    # Update: the card menu's "Edit layout…" reads it into the editor; a new title goes to the portal.
    menu = win.timeline.open_card_menu(_row_of(win, created.activity.id))
    assert menu is not None
    menu.action_named("cardEditLayout").trigger()
    menu.close()
    qtbot.waitUntil(lambda: editor.portal.target is not None and editor.portal.target.activity_id == created.activity.id,
                    timeout=CONFIRM_MS)
    layout = json.loads(editor.editor.toPlainText())
    layout["header"]["title"] = "Delivery moved to Friday"
    editor.replace_text(json.dumps(layout, indent=2))
    assert editor.portal.update_action.isVisible()
    editor.portal.update_action.trigger()
    _send_dialog(qtbot, win)
    _extras_shown(qtbot, win, lambda: _tree(win, created.activity.id)[1].parts.title == "Delivery moved to Friday")
    stored = _configurable_get(arun, session, created.activity.id)
    assert stored["layout"]["header"]["title"] == "Delivery moved to Friday"
    assert stored["fields"]["badgeCode"] == "contractSigned"  # the fields were kept


def test_an_invalid_layout_is_not_sent_and_its_problems_are_named(qtbot, demo) -> None:  # noqa: ANN001
    win, _session = demo
    win.app_cards.open_for_create()
    editor = win.layout_editor
    editor.replace_text(json.dumps({"icon": {"code": "call"}, "header": {"title": "Broken"},
                                    "body": {"logo": {"code": "call"}, "blocks": {"x": {"type": "nope"}}}}))
    editor.portal.create_action.trigger()
    assert win.app_cards.configurable.dialog is None  # nothing asked, nothing sent
    assert "body.blocks.x.type" in editor.notice.text()


def test_another_applications_activity_cannot_be_updated(qtbot, arun, demo) -> None:  # noqa: ANN001
    win, session = demo
    other = Principal(user_id=1, is_admin=True, app_client_id="local.someone.else", scopes=frozenset({"crm"}))
    layout = {"icon": {"code": "call"}, "header": {"title": "Theirs"}, "body": {"logo": {"code": "call-play-record"}, "blocks": {}}}
    reply = invoke(session.sandbox, "crm.activity.configurable.add", {
        "ownerTypeId": 2, "ownerId": 1, "fields": {"typeId": "CONFIGURABLE"}, "layout": layout}, 0, principal=other)
    assert reply.ok, reply.body
    theirs = int(reply.body["result"]["activity"]["id"])
    win.timeline.reload()
    _extras_shown(qtbot, win, lambda: win.timeline.model.row_of(theirs) is not None
                  and win.timeline.model.layout_of(theirs) is not None)
    menu = win.timeline.open_card_menu(_row_of(win, theirs))
    assert "only that application can update it" in menu.action_named("cardEditLayout").toolTip()
    menu.action_named("cardEditLayout").trigger()
    menu.close()
    qtbot.waitUntil(lambda: getattr(win, "layout_editor", None) is not None
                    and win.layout_editor.portal.target is not None
                    and win.layout_editor.portal.target.activity_id == theirs, timeout=CONFIRM_MS)
    editor = win.layout_editor
    editor.replace_text(editor.editor.toPlainText().replace("Theirs", "Mine now"))
    editor.portal.update_action.trigger()
    editing = win.app_cards.configurable
    qtbot.waitUntil(lambda: editing.dialog is not None and editing.dialog.isVisible(), timeout=CONFIRM_MS)
    with qtbot.waitSignal(editing.dialog.refused, timeout=CONFIRM_MS):
        qtbot.mouseClick(editing.dialog.findChild(QObject, "configurableSend"), Qt.MouseButton.LeftButton)
    assert "only that application can update it" in editing.dialog.error.text()
    assert "ERROR_WRONG_APPLICATION" in editor.notice.text()
    assert "Mine now" in editor.editor.toPlainText()  # the text is kept
    assert _configurable_get(arun, session, theirs)["layout"]["header"]["title"] == "Theirs"
    editing.dialog.reject()


def _click_button(qtbot, win: MainWindow, activity_id: int, label: str) -> None:  # noqa: ANN001
    """Click the footer button ``label`` of a configurable card, where it is painted."""
    view = win.timeline.view
    origin = _card_origin(win, activity_id)
    _card, tree = _tree(win, activity_id)
    tree.measure(view.viewport().width() - LAYOUT_SHIFT - 8)
    rect = next(r for r, action in tree.actions() if action.label == label)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=origin + rect.center().toPoint())


def test_card_buttons_open_the_url_or_say_what_the_application_would_receive(qtbot, demo, url_catcher) -> None:  # noqa: ANN001
    win, _session = demo
    show_deal(qtbot, win, 2)
    _extras_shown(qtbot, win, lambda: any(c.layout is not None for c in _cards(win)))
    contract = next(c for c in _cards(win) if c.layout is not None)
    _click_button(qtbot, win, contract.activity.id, "Button “Open document”")
    assert url_catcher.urls == ["https://sign.example.com/documents/2026-114.pdf"]
    _click_button(qtbot, win, contract.activity.id, "Button “Send a copy”")
    message = win.app_cards.buttons.message
    assert message is not None and message.isVisible()
    text = message.text()
    assert "onCrmTimelineItemAction" in text and "id = sendCopy" in text and "document = 2026-114" in text
    assert f"activityId = {contract.activity.id}" in text and "entityId = 2" in text
    message.close()
    # The same actions from the keyboard: the card menu (Menu key / Shift+F10) lists them.
    menu = win.timeline.open_card_menu(win.timeline.model.row_of(contract.activity.id))
    buttons = next(m for m in menu.quick_menus if m.objectName() == "cardButtonsMenu")
    by_label = {a.text(): a for a in buttons.actions()}
    assert {"Button “Open document”", "Button “Send a copy”"} <= set(by_label)  # its links and title action too
    menu.close()
    by_label["Button “Open document”"].trigger()
    assert url_catcher.urls == ["https://sign.example.com/documents/2026-114.pdf"] * 2


def test_webhook_only_card_menu_shows_the_application_entries_disabled(qtbot, arun, portal) -> None:  # noqa: ANN001
    client = BitrixClient.for_webhook(Webhook(base_url="http://127.0.0.1", user_id=1, code="demo"),
                                      transport=portal.transport(), rate_plan=None)
    session = PortalSession(client=client, me=arun(client.current_user()))
    win = window_on(qtbot, session)
    try:
        todo = next(c for c in _cards(win) if c.activity.is_todo and c.activity.id > 0)
        menu = win.timeline.open_card_menu(_row_of(win, todo.activity.id))
        blocks = menu.action_named("cardLayoutBlocks")
        assert blocks is not None and not blocks.isEnabled()
        assert "incoming webhook only" in blocks.toolTip()
        menu.close()
        win.open_layout_editor()
        create = win.layout_editor.portal.create_action
        assert not create.isEnabled() and "incoming webhook only" in create.toolTip()
    finally:
        arun(win.tasks.cancel_all())
        arun(session.aclose())


def test_a_layout_changed_elsewhere_is_redrawn_by_the_live_update(qtbot, demo) -> None:  # noqa: ANN001
    win, session = demo
    _extras_shown(qtbot, win, lambda: any(c.layout is not None for c in _cards(win)))
    summary = next(c for c in _cards(win) if c.layout is not None and c.badge is not None)
    layout = json.loads(json.dumps(summary.layout))
    layout["header"]["title"] = "Changed by the application elsewhere"
    demo_app = Principal(user_id=1, is_admin=True, app_client_id=win.services.app_features.client_id,
                        scopes=frozenset({"crm"}))
    reply = invoke(session.sandbox, "crm.activity.configurable.update",
                   {"id": summary.activity.id, "layout": layout}, 0, principal=demo_app)
    assert reply.ok, reply.body
    _extras_shown(qtbot, win, lambda: _tree(win, summary.activity.id)[1].parts.title == layout["header"]["title"])


def test_a_create_the_portal_did_not_confirm_is_not_offered_again(qtbot, demo) -> None:  # noqa: ANN001
    win, session = demo
    before = {c.activity.id for c in _cards(win)}
    win.app_cards.open_for_create()
    editor = win.layout_editor
    editor.load_template(next(t for t in list_templates() if t.name == "call_summary"))
    session.sandbox.faults.force_next(FaultKind.DROP_AFTER, method="crm.activity.configurable.add")
    editor.portal.create_action.trigger()
    editing = win.app_cards.configurable
    qtbot.waitUntil(lambda: editing.dialog is not None and editing.dialog.isVisible(), timeout=CONFIRM_MS)
    dialog = editing.dialog
    with qtbot.waitSignal(dialog.unconfirmed, timeout=CONFIRM_MS), \
            qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
        qtbot.mouseClick(dialog.findChild(QObject, "configurableSend"), Qt.MouseButton.LeftButton)
    assert "did not confirm" in dialog.error.text()
    assert not dialog.findChild(QObject, "configurableSend").isEnabled()  # no second create by a second click
    # The portal did create it (the answer was lost): the reloaded timeline shows the card.
    assert any(c.activity.id not in before and c.activity.provider_id == CONFIGURABLE for c in _cards(win))
    dialog.reject()
