"""An application's content blocks on a to-do in the real window with the demo (issue 13 item 4,
``crm.activity.layout.blocks.*``): the card menu's "Layout blocks…" opens the layout editor on the
to-do (its card in the preview), "Save blocks on portal" attaches them — the portal's
``layout.blocks.get`` returns them and the to-do's card grows and shows their text, a link in them
opens on the portal's address — and "Remove blocks" takes them away again.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPointF, Qt
from window_helpers import CONFIRM_MS, window_on

from desktop_app.services.session import DEMO_BASE_URL, PortalSession, open_demo_session
from desktop_app.ui.cards.app_parts import HostCardTree
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.timeline.cards import CardData

pytestmark = pytest.mark.usefixtures("qloop")

NOTE = "Parcel 4711 leaves the warehouse on Friday"
BLOCKS = {"blocks": {
    "note": {"type": "text", "properties": {"value": NOTE}},
    "open": {"type": "link", "properties": {"text": "Open the deal", "action": {"type": "redirect", "uri": "/crm/deal/details/1/"}}},
}}


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


def _extras_until(qtbot, win: MainWindow, ready) -> None:  # noqa: ANN001
    """Wait for the application's extras on the cards until ``ready()`` (checked first)."""
    while not ready():
        with qtbot.waitSignal(win.timeline.cardExtrasLoaded, timeout=CONFIRM_MS):
            pass


def _blocks_get(arun, session: PortalSession, activity_id: int):  # noqa: ANN001, ANN202
    return arun(session.app_client.call("crm.activity.layout.blocks.get", {
        "entityTypeId": 2, "entityId": 1, "activityId": activity_id})).result["layout"]


def _height(win: MainWindow, activity_id: int) -> int:
    view, model = win.timeline.view, win.timeline.model
    index = model.index(model.row_of(activity_id), 0)
    view.scrollTo(index)
    return view.visualRect(index).height()


def test_attach_layout_blocks_to_a_todo_then_remove_them(qtbot, arun, demo, url_catcher) -> None:  # noqa: ANN001
    win, session = demo
    # The demo has blocks on deal 1's first open to-do; another open to-do has none.
    _extras_until(qtbot, win, lambda: any(c.blocks is not None for c in _cards(win)))
    todo = next(c for c in _cards(win) if c.activity.is_todo and not c.activity.completed and c.blocks is None)
    todo_id = todo.activity.id
    plain_height = _height(win, todo_id)

    menu = win.timeline.open_card_menu(win.timeline.model.row_of(todo_id))
    menu.action_named("cardLayoutBlocks").trigger()
    menu.close()
    qtbot.waitUntil(lambda: getattr(win, "layout_editor", None) is not None
                    and win.layout_editor.portal.target is not None
                    and win.layout_editor.portal.target.activity_id == todo_id, timeout=CONFIRM_MS)
    editor = win.layout_editor
    assert editor.kind == "rest_app"
    assert editor.preview.card_tree().parts.title == todo.title  # the blocks are previewed inside the to-do's card
    editor.replace_text(json.dumps(BLOCKS, indent=2))
    assert editor.portal.save_blocks_action.isVisible() and editor.portal.save_blocks_action.isEnabled()

    editor.portal.save_blocks_action.trigger()
    _extras_until(qtbot, win, lambda: win.timeline.model.blocks_of(todo_id) is not None)
    stored = _blocks_get(arun, session, todo_id)
    assert stored["blocks"]["note"]["properties"]["value"] == NOTE
    qtbot.waitUntil(lambda: _height(win, todo_id) > plain_height + 30, timeout=CONFIRM_MS)  # the card grew
    card = win.timeline.model.card_at(win.timeline.model.row_of(todo_id))
    tree = win.timeline.delegate.tree(card)
    assert isinstance(tree, HostCardTree)
    assert NOTE in [getattr(getattr(node, "para", None), "text", "") for node in tree.section]

    # The link in the blocks opens on the portal's address (a relative URI).
    view, model = win.timeline.view, win.timeline.model
    index = model.index(model.row_of(todo_id), 0)
    view.scrollTo(index, view.ScrollHint.PositionAtTop)
    rect = view.visualRect(index)
    body = win.timeline.delegate.card_row_rect(rect, card)
    tree.measure(body.width())
    link = next(r for r, action in tree.actions() if action.kind == "redirect")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=(QPointF(body.topLeft()) + link.center()).toPoint())
    assert url_catcher.urls == [f"{DEMO_BASE_URL}/crm/deal/details/1/"]
    # The same link from the keyboard: the card menu lists it.
    menu = win.timeline.open_card_menu(model.row_of(todo_id))
    buttons = next(m for m in menu.quick_menus if m.objectName() == "cardButtonsMenu")
    assert [a.text() for a in buttons.actions()] == ["Link “Open the deal”"]
    menu.close()
    buttons.actions()[0].trigger()
    assert url_catcher.urls == [f"{DEMO_BASE_URL}/crm/deal/details/1/"] * 2

    editor.portal.remove_blocks_action.trigger()
    _extras_until(qtbot, win, lambda: win.timeline.model.blocks_of(todo_id) is None)
    assert _blocks_get(arun, session, todo_id) is None
    qtbot.waitUntil(lambda: _height(win, todo_id) == plain_height, timeout=CONFIRM_MS)
    assert NOTE in editor.editor.toPlainText()  # the text stays in the editor
