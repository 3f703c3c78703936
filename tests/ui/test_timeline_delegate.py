"""TimelineDelegate: the cards a user sees, rendered offscreen and checked pixel by pixel."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QListView, QStyleOptionViewItem

from desktop_app.ui.timeline import TimelineDelegate, TimelineModel

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
TOLERANCE = 10


@pytest.fixture
def timeline(qtbot, make_activity, viewer_tz, now):
    """A shown 600×800 QListView (uniform sizes, batched layout) with five kinds of cards."""

    def at(month, day, hour=10):
        return datetime(2025, month, day, hour, tzinfo=viewer_tz)

    model = TimelineModel(tz=viewer_tz, locale=ENGLISH)
    model.set_now(now)
    model.set_activities([
        make_activity(1, "Send the contract", deadline=at(2, 1), description="Draft v2 attached"),  # overdue
        make_activity(2, "Missed call", deadline="max", direction=1),  # incoming
        make_activity(3, "Prepare the demo", deadline=at(2, 4), todo=True, color="3"),  # orange todo
        make_activity(4, "Call back about the offer", deadline=at(2, 6)),  # planned call
        make_activity(5, "First call", completed=True, start_time=at(1, 20)),  # history
    ])
    model.set_user_names({1: "Anna Petrova"})
    view = QListView()
    qtbot.addWidget(view)
    view.setLayoutMode(QListView.LayoutMode.Batched)
    delegate = TimelineDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.resize(600, 800)
    view.show()
    qtbot.waitExposed(view)
    last = model.index(model.rowCount() - 1, 0)
    qtbot.waitUntil(lambda: view.visualRect(last).height() >= 92)
    return view, model, delegate


def rect_of(view: QListView, model: TimelineModel, activity_id: int) -> QRect:
    """The row of ``activity_id`` below its section header (where the card is painted)."""
    index = model.index(model.row_of(activity_id), 0)
    return view.itemDelegate().card_row_rect(view.visualRect(index), model.card_at(index.row()))


def pixel(image: QImage, point: QPoint) -> QColor:
    return image.pixelColor(point)


def assert_color(actual: QColor, expected: str, where: str) -> None:
    want = QColor(expected)
    diffs = (abs(actual.red() - want.red()), abs(actual.green() - want.green()), abs(actual.blue() - want.blue()))
    assert max(diffs) <= TOLERANCE, f"{where}: got {actual.name()}, expected {want.name()}"


def circle_ring(delegate: TimelineDelegate, row_rect: QRect) -> list[QPoint]:
    """Four points inside the icon circle but outside the 18 px white glyph."""
    c = delegate.icon_rect(row_rect).center()
    return [c + QPoint(-12, 0), c + QPoint(12, 0), c + QPoint(0, -12), c + QPoint(0, 12)]


def card_background_point(delegate: TimelineDelegate, row_rect: QRect) -> QPoint:
    """A point in the card below the last text line."""
    card = delegate.card_rect(row_rect)
    return QPoint(card.center().x(), card.bottom() - 3)


def test_size_hint_is_constant_per_card_for_every_width(timeline):
    """A card's height does not depend on the width: 92 px, +27 with a deadline pill (planned cards
    with a deadline), +30 for the section header above the first card of Planned and History."""
    view, model, delegate = timeline
    option = QStyleOptionViewItem()
    expected = {2: 92 + 30, 1: 92 + 27, 3: 92 + 27, 4: 92 + 27, 5: 92 + 30}  # 2 (incoming) comes first
    for width in (300, 600, 1200):
        option.rect = QRect(0, 0, width, 40)
        hints = {model.activity_at(row).id: delegate.sizeHint(option, model.index(row, 0)).toTuple()
                 for row in range(model.rowCount())}
        assert hints == {i: (280, h) for i, h in expected.items()}
    assert {model.activity_at(row).id: view.visualRect(model.index(row, 0)).height()
            for row in range(model.rowCount())} == expected
    # Cards stretch to the viewport: no horizontal scrolling for a 600 px wide list.
    assert view.visualRect(model.index(0, 0)).width() >= 500


def test_icon_circles_show_the_state_colour(timeline):
    view, model, delegate = timeline
    image = view.viewport().grab().toImage()
    expected = {
        1: ("#ff5752", "overdue"),
        2: ("#9dcf00", "incoming"),
        3: ("#F57E02", "todo colour 3"),
        4: ("#2fc6f6", "planned call"),
        5: ("#a8adb4", "completed"),
    }
    for activity_id, (color, label) in expected.items():
        for point in circle_ring(delegate, rect_of(view, model, activity_id)):
            assert_color(pixel(image, point), color, f"{label} icon circle at {point.toTuple()}")
    # The white glyph is drawn on the circle: some of its pixels are white.
    circle = delegate.icon_rect(rect_of(view, model, 1))
    glyph_area = [pixel(image, QPoint(x, y)) for x in range(circle.left() + 7, circle.right() - 6)
                  for y in range(circle.top() + 7, circle.bottom() - 6)]
    assert any(c.red() > 240 and c.green() > 240 and c.blue() > 240 for c in glyph_area)


def test_card_backgrounds_planned_todo_and_history(timeline):
    view, model, delegate = timeline
    image = view.viewport().grab().toImage()
    assert_color(pixel(image, card_background_point(delegate, rect_of(view, model, 4))), "#FFFEEF", "planned card")
    assert_color(pixel(image, card_background_point(delegate, rect_of(view, model, 1))), "#FFFEEF", "overdue card")
    assert_color(pixel(image, card_background_point(delegate, rect_of(view, model, 3))), "#FFF7EF", "todo 3 card")
    assert_color(pixel(image, card_background_point(delegate, rect_of(view, model, 5))), "#FFFFFF", "history card")


def test_card_texts_are_painted(timeline):
    view, model, delegate = timeline
    image = view.viewport().grab().toImage()
    card = delegate.card_rect(rect_of(view, model, 1))
    # Title line: dark (#333) text pixels in the left part; state pill: reddish background.
    title_band = [pixel(image, QPoint(x, y)) for x in range(card.left() + 16, card.left() + 200)
                  for y in range(card.top() + 12, card.top() + 26)]
    assert any(c.red() < 90 and c.green() < 90 and c.blue() < 90 for c in title_band)
    pill_point = QPoint(card.left() + 16 + 3, card.top() + 34 + 10)
    pill = pixel(image, pill_point)
    assert pill.red() > 240 and pill.green() < 235 and pill.blue() < 235, pill.name()


def test_selected_card_has_a_highlight_border(timeline, qtbot):
    view, model, delegate = timeline
    index = model.index(model.row_of(5), 0)
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    card = delegate.card_rect(view.visualRect(index))
    qtbot.waitUntil(lambda: view.viewport().grab().toImage().pixelColor(
        QPoint(card.left() + 1, card.center().y())) == highlight)
    # Unselected neighbours keep the grey 1 px border.
    other = delegate.card_rect(rect_of(view, model, 4))
    image = view.viewport().grab().toImage()
    assert pixel(image, QPoint(other.left(), other.center().y())) != highlight


def test_cards_stay_light_in_a_dark_palette(timeline):
    view, model, delegate = timeline
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    view.setPalette(dark)
    image = view.viewport().grab().toImage()
    assert_color(pixel(image, card_background_point(delegate, rect_of(view, model, 4))), "#FFFEEF", "planned card")
    # The view's own background (outside the cards) follows the palette.
    gap = QPoint(view.viewport().width() - 3, rect_of(view, model, 4).center().y())
    assert_color(pixel(image, gap), "#1e1e1e", "view background")


def test_keyboard_focus_frame_is_visible_around_the_current_card(timeline, qtbot):
    view, model, delegate = timeline
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    index = model.index(model.row_of(4), 0)
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)  # current, not selected
    card = delegate.card_rect(view.visualRect(index))
    base = view.palette().color(QPalette.ColorRole.Base)
    outside = QPoint(card.left() - 2, card.center().y())
    qtbot.waitUntil(lambda: view.viewport().grab().toImage().pixelColor(outside) != base)
    # The frame stays outside: the card itself keeps its planned background.
    image = view.viewport().grab().toImage()
    assert_color(pixel(image, card_background_point(delegate, view.visualRect(index))), "#FFFEEF", "focused card")


def test_a_configurable_activity_is_drawn_as_its_layout_preview(qtbot, make_activity, viewer_tz, now):
    """A row whose activity has a layout is the layout's card (as the preview draws it), taller than
    the plain cards around it; the plain ones keep their 92 px."""
    import json
    from pathlib import Path

    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

    from desktop_app.ui.cards import CardTree, PreviewOptions
    from desktop_app.ui.timeline.view import TimelineView

    layout = json.loads((Path(__file__).parents[1] / "layout" / "corpus" / "valid" / "delivery_all_block_types.json")
                        .read_text(encoding="utf-8"))
    model = TimelineModel(tz=viewer_tz, locale=ENGLISH)
    model.set_now(now)
    model.set_activities([make_activity(1, "Plain call", deadline=datetime(2025, 2, 6, 10, tzinfo=viewer_tz)),
                          make_activity(2, "Configurable", deadline=datetime(2025, 2, 7, 10, tzinfo=viewer_tz))])
    view = TimelineView()
    qtbot.addWidget(view)
    delegate = TimelineDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    model.set_layouts({2: layout})
    assert not view.uniformItemSizes()  # rows are measured
    view.resize(640, 900)
    view.show()
    qtbot.waitExposed(view)
    plain, configurable = rect_of(view, model, 1), rect_of(view, model, 2)
    qtbot.waitUntil(lambda: rect_of(view, model, 2).height() > 92)
    plain, configurable = rect_of(view, model, 1), rect_of(view, model, 2)
    assert plain.height() == 92 + 27  # with its deadline pill
    card = model.card_at(model.row_of(2))
    assert delegate.tree(card).parts.title == layout["header"]["title"]["en"] == "Delivery scheduled"
    # What the row shows is the preview of the layout with the activity's time: its header (title,
    # tags, date) pixel for pixel.
    width = configurable.width() - 10
    assert card.date_text  # the activity's time, not the preview's sample time
    # …and its deadline blocks show the activity's deadline, not the preview's sample.
    from desktop_app.ui.cards.nodes import DeadlineNode

    pills = [n for n in delegate.tree(card)._nodes() if isinstance(n, DeadlineNode)]
    assert pills and {p.text for p in pills} == {card.deadline_text} and card.deadline_text
    assert card.deadline_text != CardTree.from_layout(layout, PreviewOptions()).ctx.deadline_text
    expected_tree = CardTree.from_layout(layout, PreviewOptions(), date_text=card.date_text,
                                         deadline_text=card.deadline_text)
    height = expected_tree.measure(width)
    assert configurable.height() == height + 6
    expected = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    expected.fill(QColor("white"))
    painter = QPainter(expected)
    expected_tree.paint(painter, QRectF(0, 0, width, height))
    painter.end()
    image = view.viewport().grab().toImage()
    origin = configurable.topLeft() + QPoint(2, 3)
    differing = sum(1 for x in range(60, width - 60, 2) for y in range(12, 32)
                    if max(abs(a - b) for a, b in zip(pixel(image, origin + QPoint(x, y)).getRgb()[:3],
                                                      expected.pixelColor(x, y).getRgb()[:3], strict=True)) > TOLERANCE)
    assert differing == 0, f"{differing} header pixels differ from the layout's preview"
    dark = [pixel(image, origin + QPoint(x, y)) for x in range(80, 300) for y in range(12, 32)]
    assert any(c.red() < 90 and c.green() < 90 and c.blue() < 90 for c in dark)  # the title is painted


def test_a_configurable_card_is_measured_again_when_the_timeline_narrows(qtbot, make_activity, viewer_tz, now):
    """Its texts wrap on a narrow timeline: the row grows to the card's height at the new width."""
    import json
    from pathlib import Path

    from desktop_app.ui.cards import CardTree, PreviewOptions
    from desktop_app.ui.timeline.view import TimelineView

    layout = json.loads((Path(__file__).parents[1] / "layout" / "corpus" / "valid" / "spec_5_13_complete_example.json")
                        .read_text(encoding="utf-8"))
    model = TimelineModel(tz=viewer_tz, locale=ENGLISH)
    model.set_now(now)
    model.set_layouts({1: layout})
    model.set_activities([make_activity(1, "Configurable", deadline=datetime(2025, 2, 7, 10, tzinfo=viewer_tz))])
    view = TimelineView()
    qtbot.addWidget(view)
    view.setItemDelegate(TimelineDelegate(view))
    view.setModel(model)
    view.resize(900, 900)
    view.show()
    qtbot.waitExposed(view)
    card = model.card_at(0)

    def expected() -> int:
        tree = CardTree.from_layout(layout, PreviewOptions(), date_text=card.date_text)
        return tree.measure(view.viewport().width() - 10) + 6

    qtbot.waitUntil(lambda: rect_of(view, model, 1).height() == expected())
    wide = rect_of(view, model, 1).height()
    view.resize(330, 900)
    qtbot.waitUntil(lambda: rect_of(view, model, 1).height() == expected())
    assert rect_of(view, model, 1).height() > wide
