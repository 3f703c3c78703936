"""The card tree: what a viewer sees for each block type and option (server-behaviour.md §3.3, §4),
what a click would do, invalid parts marked while the rest is drawn, heights per width."""

from __future__ import annotations

import copy

from PySide6.QtCore import QPointF, QRectF

from desktop_app.layout import validate_layout
from desktop_app.ui.cards import CardAction, CardTree, PreviewOptions

from .helpers import corpus_layout, count_color, paint, tree_of

DELIVERY = "delivery_all_block_types"


def _click(tree: CardTree, path: str) -> CardAction | None:
    """The action a click on the element at ``path`` gives (6 px in from its left edge, mid-height)."""
    tree.measure(560)
    paint(tree)
    node = next(n for n in tree._nodes() if n.path == path)  # noqa: SLF001 - geometry of one element
    return tree.hit_test(QPointF(node.rect.left() + 6, node.rect.center().y()))


def test_height_grows_with_content_and_is_cached_per_width(qapp) -> None:  # noqa: ANN001
    small = tree_of("seed_001_configurable_add")
    big = tree_of(DELIVERY)
    assert big.measure(560) > small.measure(560) >= 150
    narrow = big.measure(320)
    assert narrow > big.measure(560)  # texts wrap
    assert big.measure(320) == narrow and big.measure(560) == big.measure(560)


def test_viewer_language_picks_the_translation_with_english_fallback(qapp) -> None:  # noqa: ANN001
    assert tree_of(DELIVERY, lang="de").parts.title == "Lieferung geplant"
    assert tree_of(DELIVERY, lang="fr").parts.title == "Delivery scheduled"
    buttons = [b.title for b in tree_of(DELIVERY, lang="de").parts.buttons]
    assert buttons == ["LIEFERUNG BESTÄTIGEN", "DETAILS"]  # footer buttons are upper-cased (§4.2)


def test_readonly_viewer_hides_hide_if_readonly_items_and_locks_the_deadline(qapp) -> None:  # noqa: ANN001
    editor, reader = tree_of(DELIVERY), tree_of(DELIVERY, readonly=True)
    assert [b.path for b in editor.parts.buttons] == ["footer.buttons.confirm", "footer.buttons.details"]
    assert [b.path for b in reader.parts.buttons] == ["footer.buttons.confirm"]
    assert "footer.menu.items.cancel" in [m.path for m in editor.menu_entries()]
    assert "footer.menu.items.cancel" not in [m.path for m in reader.menu_entries()]
    layout = corpus_layout("spec_5_13_complete_example")
    open_image = paint(CardTree.from_layout(layout, PreviewOptions()))
    locked_image = paint(CardTree.from_layout(layout, PreviewOptions(readonly=True)))
    assert count_color(open_image, "#fef3b8") > 300  # the editable deadline pill
    assert count_color(locked_image, "#fef3b8") < 30 and count_color(locked_image, "#f1f4f6") > 300


def test_scope_filters_blocks_buttons_and_menu_items(qapp) -> None:  # noqa: ANN001
    web, mobile = tree_of(DELIVERY), tree_of(DELIVERY, scope="mobile")
    web.measure(560)
    mobile.measure(560)
    assert "body.blocks.track" in web.visible_paths() and "body.blocks.note" not in web.visible_paths()
    assert "body.blocks.track" not in mobile.visible_paths() and "body.blocks.note" in mobile.visible_paths()
    assert [b.path for b in mobile.parts.buttons] == ["footer.buttons.confirm"]


def test_completed_card_is_white_with_pin_instead_of_postpone(qapp) -> None:  # noqa: ANN001
    layout = corpus_layout("seed_001_configurable_add")
    open_tree = CardTree.from_layout(layout, PreviewOptions())
    done_tree = CardTree.from_layout(layout, PreviewOptions(completed=True))
    open_image, done_image = paint(open_tree), paint(done_tree)
    card = QRectF(60, 60, 400, 80)
    assert count_color(open_image, "#fffeef", card, tolerance=1) > 1000 and count_color(done_image, "#fffeef", card, tolerance=1) == 0
    assert count_color(open_image, "#2fc6f6", QRectF(0, 0, 50, 50)) > 200  # blue icon circle when open
    assert count_color(done_image, "#a8adb4", QRectF(0, 0, 50, 50)) > 200  # grey when completed
    assert [m.title for m in open_tree.menu_entries() if m.portal] == ["Postpone", "Delete", "About app"]
    assert [m.title for m in done_tree.menu_entries() if m.portal] == ["Pin", "Delete", "About app"]


def test_menu_flags_hide_portal_items(qapp) -> None:  # noqa: ANN001
    entries = [m.title for m in tree_of("spec_5_13_complete_example").menu_entries() if m.title]
    assert entries == ["Confirm request", "Delete", "About app"]  # showPostponeItem: false


def test_dark_changes_the_colours(qapp) -> None:  # noqa: ANN001
    light, dark = paint(tree_of(DELIVERY)), paint(tree_of(DELIVERY, dark=True))
    assert count_color(light, "#fffeef") > 10_000 and count_color(dark, "#fffeef") == 0


def test_clicks_describe_buttons_links_tags_and_the_logo(qapp) -> None:  # noqa: ANN001
    tree = tree_of(DELIVERY)
    confirm = _click(tree, "footer.buttons.confirm")
    assert confirm is not None and confirm.kind == "restEvent"
    assert "confirmDelivery" in confirm.describe() and "parcel=17" in confirm.describe()
    link = _click(tree, "body.blocks.track")
    assert link is not None and "https://tracking.example.com/parcel/17" in link.describe()
    tag = _click(tree, "header.tags.state")
    assert tag is not None and tag.kind == "restEvent" and "refreshTracking" in tag.describe()
    logo = _click(tree, "body.logo")
    assert logo is not None and logo.kind == "openRestApp" and "leftBoundary=200" in logo.describe()
    assert tree.hit_test(QPointF(2, 2)) is None


def test_menu_opens_inside_the_card_and_its_items_are_clickable(qapp) -> None:  # noqa: ANN001
    tree = tree_of(DELIVERY)
    closed = tree.measure(560)
    more = _click(tree, "footer.menu")
    assert more is not None and more.kind == "menu"
    tree.toggle_menu()
    assert tree.measure(560) > closed
    paint(tree)
    item = _click(tree, "footer.menu.items.print")
    assert item is not None and item.kind == "redirect" and "/shop/documents/label/17/" in item.describe()


def test_large_text_collapses_with_show_more(qapp) -> None:  # noqa: ANN001
    layout = corpus_layout("seed_001_configurable_add")
    layout["body"]["blocks"]["story"] = {"type": "largeText", "properties": {"value": "\n".join(f"line {i}" for i in range(30))}}
    tree = CardTree.from_layout(layout, PreviewOptions())
    collapsed = tree.measure(560)
    more = _click(tree, "body.blocks.story")
    assert more is None or more.kind == "showMore"
    node = next(n for n in tree._nodes() if n.path == "body.blocks.story")  # noqa: SLF001
    action = tree.hit_test(node.pill.center())
    assert action is not None and action.kind == "showMore" and action.label == "Show more"
    tree.toggle_expanded("body.blocks.story")
    assert tree.measure(560) > collapsed + 300
    paint(tree)
    assert tree.hit_test(node.pill.center()).kind == "hide"


def test_invalid_block_is_marked_and_the_valid_rest_drawn(qapp) -> None:  # noqa: ANN001
    layout = corpus_layout("spec_5_13_complete_example")
    layout["body"]["blocks"]["oops"] = {"type": "video", "properties": {}}
    report = validate_layout(copy.deepcopy(layout))
    marks = {p.path: p.code for p in report.errors}
    assert marks == {"body.blocks.oops.type": "ENUM_FIELD"}
    valid_height = CardTree.from_layout(corpus_layout("spec_5_13_complete_example")).measure(560)
    tree = CardTree.from_layout(layout, PreviewOptions(), invalid_paths=marks)
    oops = next(n for n in tree._nodes() if n.path == "body.blocks.oops")  # noqa: SLF001
    assert oops.mark == "ENUM_FIELD"
    assert tree.measure(560) > valid_height  # the placeholder line is shown
    image = paint(tree)
    assert count_color(image, "#ff5752", oops.rect.adjusted(-4, -8, 4, 4)) > 40  # red dashed frame and code label
    assert count_color(paint(CardTree.from_layout(corpus_layout("spec_5_13_complete_example"))), "#ff5752") == 0


def test_problem_without_an_element_marks_the_whole_card(qapp) -> None:  # noqa: ANN001
    tree = CardTree.from_layout({"icon": {"code": "info"}}, PreviewOptions(), invalid_paths={"": "FIELD_IS_REQUIRED"})
    assert tree.card_mark == "FIELD_IS_REQUIRED"
    assert count_color(paint(tree), "#ff5752") > 40


def test_markup_in_texts_is_shown_as_text(qapp) -> None:  # noqa: ANN001
    layout = corpus_layout("seed_001_configurable_add")
    layout["header"]["title"] = "<b>Bold</b> &amp; <a href='x'>x</a>"
    tree = CardTree.from_layout(layout, PreviewOptions())
    tree.measure(900)
    assert tree._title == "<b>Bold</b> &amp; <a href='x'>x</a>"  # noqa: SLF001


def test_timeline_card_data_builds_a_card(qapp) -> None:  # noqa: ANN001
    from types import SimpleNamespace

    card = SimpleNamespace(title="Call back", date_text="today, 3:00 pm", pill_text="Overdue", responsible="Anna",
                           preview="About the offer", activity=SimpleNamespace(completed=False))
    tree = CardTree.from_card(card)
    assert tree.parts.title == "Call back" and [t.title for t in tree.parts.tags] == ["OVERDUE"]
    assert tree.measure(560) > 80
    paint(tree)


def test_open_card_has_a_complete_checkbox_and_text_titles_are_tooltips(qapp) -> None:  # noqa: ANN001
    tree = tree_of(DELIVERY)
    paint(tree)
    action = tree.hit_test(QPointF(tree._check.center()))  # noqa: SLF001
    assert action is not None and action.kind == "complete" and "completed" in action.describe()
    small = next(n for n in tree._nodes() if n.path == "body.blocks.small")  # noqa: SLF001
    assert tree.tooltip_at(small.rect.center()) == "tooltip"
    done = tree_of(DELIVERY, completed=True)
    paint(done)
    assert done._check.isNull() and all(a.kind != "complete" for _, a in done._regions)  # noqa: SLF001


def test_problems_of_a_map_mark_its_area_not_the_whole_card(qapp) -> None:  # noqa: ANN001
    layout = corpus_layout(DELIVERY)
    layout["header"]["tags"]["third"] = {"title": "third", "type": "primary"}
    layout["footer"]["buttons"]["third"] = {"title": "3rd", "type": "primary", "action": {"type": "redirect", "uri": "/"}}
    marks = {p.path: p.code for p in validate_layout(layout).errors}
    assert marks == {"header.tags": "TOO_MANY_ITEMS", "footer.buttons": "TOO_MANY_ITEMS"}
    tree = CardTree.from_layout(layout, PreviewOptions(), invalid_paths=marks)
    image = paint(tree)
    assert tree.card_mark is None
    tags = tree._areas["header.tags"]  # noqa: SLF001
    assert tags.mark == "TOO_MANY_ITEMS" and count_color(image, "#ff5752", tags.rect.adjusted(-4, -8, 4, 4)) > 40
    buttons = tree._areas["footer.buttons"]  # noqa: SLF001
    assert buttons.mark == "TOO_MANY_ITEMS"
    assert all(b.rect.right() < tree.parts.more.rect.left() for b in tree.parts.buttons)  # never under the icons
