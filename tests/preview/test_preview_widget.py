"""LayoutPreviewWidget (pytest-qt, real widget, offscreen): options change what is drawn and which
items are visible; a click shows what it would do (redirect URL, restEvent id and params,
openRestApp params) on the info line and emits ``actionTriggered`` — nothing is performed."""

from __future__ import annotations

from cards.helpers import corpus_layout, count_color
from PySide6.QtCore import QPoint, Qt

from desktop_app.layout import validate_layout
from desktop_app.ui.cards import PreviewOptions
from desktop_app.ui.preview import LayoutPreviewWidget

DELIVERY = "delivery_all_block_types"


def _widget(qtbot, name: str = DELIVERY, **options) -> LayoutPreviewWidget:  # noqa: ANN001, ANN003
    widget = LayoutPreviewWidget()
    qtbot.addWidget(widget)
    widget.resize(600, 500)
    layout = corpus_layout(name)
    widget.set_layout(layout, validate_layout(layout, kind="rest_app" if name.startswith("rest_app_") else "layout"))
    widget.set_options(PreviewOptions(**options))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _point_of(widget: LayoutPreviewWidget, path: str) -> QPoint:
    tree = widget.card_tree()
    tree.measure(int(widget.card_rect().width()))
    node = next(n for n in tree._nodes() if n.path == path)  # noqa: SLF001 - where the element is drawn
    origin = widget.card_rect().topLeft()
    return QPoint(int(origin.x() + node.rect.left() + 6), int(origin.y() + node.rect.center().y()))


def _click(qtbot, widget: LayoutPreviewWidget, path: str):  # noqa: ANN001, ANN202
    with qtbot.waitSignal(widget.actionTriggered, timeout=1000) as blocker:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=_point_of(widget, path))
    return blocker.args[0]


def test_button_click_shows_the_rest_event_id_and_params(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot)
    action = _click(qtbot, widget, "footer.buttons.confirm")
    assert action.kind == "restEvent"
    assert "confirmDelivery" in widget.info_text() and "parcel=17" in widget.info_text()
    assert "disabled until the app updates" in widget.info_text()


def test_link_click_shows_the_redirect_url(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot)
    _click(qtbot, widget, "body.blocks.track")
    assert "https://tracking.example.com/parcel/17" in widget.info_text()
    assert "new browser tab" in widget.info_text()


def test_open_rest_app_button_shows_its_params(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot, "spec_5_13_complete_example")
    _click(qtbot, widget, "footer.buttons.startCall")
    assert "opens the app in a slider with clientId=456" in widget.info_text()
    assert "width=700" in widget.info_text()


def test_menu_opens_and_an_item_click_is_described(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot, "spec_5_13_complete_example")
    closed = widget.minimumHeight()
    _click(qtbot, widget, "footer.menu")
    assert widget.card_tree().menu_open and widget.minimumHeight() > closed
    assert "footer.menu.items.confirm" in widget.card_tree().visible_paths()
    action = _click(qtbot, widget, "footer.menu.items.confirm")
    assert action.params["id"] == "confirm"
    assert "“confirm”" in widget.info_text() and "loader" in widget.info_text()
    assert not widget.card_tree().menu_open


def test_options_change_what_is_visible(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot)
    assert [b.path for b in widget.card_tree().parts.buttons] == ["footer.buttons.confirm", "footer.buttons.details"]
    widget.set_options(PreviewOptions(readonly=True))
    assert [b.path for b in widget.card_tree().parts.buttons] == ["footer.buttons.confirm"]
    widget.set_options(PreviewOptions(scope="mobile"))
    paths = widget.card_tree().visible_paths()
    assert "body.blocks.note" in paths and "body.blocks.track" not in paths
    widget.set_options(PreviewOptions(lang="de"))
    assert widget.card_tree().parts.title == "Lieferung geplant"
    assert widget.options() == PreviewOptions(lang="de")


def test_dark_and_completed_change_the_drawn_card(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot)
    assert count_color(widget.grab().toImage(), "#fffeef") > 10_000
    widget.set_options(PreviewOptions(completed=True))
    image = widget.grab().toImage()
    assert count_color(image, "#fffeef") < 50 and count_color(image, "#ffffff") > 10_000
    widget.set_options(PreviewOptions(dark=True))
    assert count_color(widget.grab().toImage(), "#16191c") > 10_000


def test_errors_of_the_report_are_marked_on_the_card(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot, "spec_5_13_complete_example")
    layout = corpus_layout("spec_5_13_complete_example")
    layout["footer"]["buttons"]["startCall"]["type"] = "tertiary"
    widget.set_layout(layout, validate_layout(layout))
    button = next(b for b in widget.card_tree().parts.buttons if b.path == "footer.buttons.startCall")
    assert button.mark == "ENUM_FIELD"
    assert count_color(widget.grab().toImage(), "#ff5752") > 40


def test_rest_app_blocks_are_shown_inside_a_host_card(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot, "rest_app_call_summary")
    tree = widget.card_tree()
    assert tree.parts.section and all(n.path.startswith("blocks.") for n in tree.parts.section)
    assert tree.parts.title == "Call with a client"


def test_no_layout_draws_no_card(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot)
    widget.set_layout(None)
    assert widget.card_tree() is None
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(100, 40))


def test_keyboard_tab_reaches_a_button_and_enter_describes_it(qtbot) -> None:  # noqa: ANN001
    widget = _widget(qtbot)
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=1000)
    labels = []
    for _ in range(len(widget.card_tree().actions())):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        labels.append(widget.accessibleDescription())
        if widget.accessibleDescription() == "Button “Confirm delivery”":
            break
    assert labels[0] == "Checkbox “Complete”" and labels[-1] == "Button “Confirm delivery”", labels
    with qtbot.waitSignal(widget.actionTriggered, timeout=1000):
        qtbot.keyClick(widget, Qt.Key.Key_Return)
    assert "confirmDelivery" in widget.info_text()
