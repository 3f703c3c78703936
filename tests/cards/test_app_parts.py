"""What an application adds to a timeline card (issue 13): a badge pill in a configurable card's
header (spec colours, value upper-case, plain text) and content blocks inside a plain activity's card
(the card grows with them; their links answer a click)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QLocale, QPointF

from desktop_app.bitrix.models import Activity
from desktop_app.ui.cards import CardTree
from desktop_app.ui.cards.app_parts import BADGE_COLORS, BadgeNode, HostCardTree
from desktop_app.ui.timeline.cards import CardBadge, CardBuilder

from .helpers import corpus_layout, count_color, paint

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BLOCKS = {"blocks": {
    "note": {"type": "text", "properties": {"value": "<b>Parcel</b> leaves on Friday", "multiline": True}},
    "open": {"type": "link", "properties": {"text": "Track it", "action": {"type": "redirect", "uri": "/track/1"}}},
}}


def _card(**extras):  # noqa: ANN003, ANN202
    activity = Activity.model_validate({"ID": 7, "TYPE_ID": 6, "PROVIDER_ID": "CRM_TODO", "SUBJECT": "Call back",
                                        "COMPLETED": "N", "DEADLINE": "2026-03-03T10:00:00+00:00"})
    builder = CardBuilder(now=NOW, tz=UTC, locale=QLocale("en_US"), user_names={})
    return builder.build(activity, **extras)


def test_a_badge_is_a_pill_in_the_header_in_its_colours(qapp) -> None:  # noqa: ANN001
    layout = corpus_layout("seed_001_configurable_add")
    card = _card(layout=layout, badge=CardBadge("LATE <I>", "warning", "Delivery"))
    tree = CardTree.from_card(card)
    badge = tree.parts.tags[0]
    assert isinstance(badge, BadgeNode) and badge.title == "LATE <I>"  # plain text, never markup
    assert badge.colors == BADGE_COLORS["warning"]
    tree.measure(560)
    assert count_color(paint(tree), BADGE_COLORS["warning"][0].name()) > 50
    assert "Delivery: LATE <I>" in card.tooltip and "Delivery: LATE <I>" in card.accessible_text
    unknown = CardTree.from_card(_card(layout=layout, badge=CardBadge("X", "purple")))
    assert unknown.parts.tags[0].colors == BADGE_COLORS["secondary"]


def test_content_blocks_are_drawn_inside_the_host_card(qapp) -> None:  # noqa: ANN001
    plain = CardTree.from_card(_card())
    host = CardTree.from_card(_card(blocks=BLOCKS))
    assert isinstance(host, HostCardTree) and not isinstance(plain, HostCardTree)
    assert host.measure(560) > plain.measure(560) + 40
    assert host.measure(300) >= host.measure(560)  # the text wraps when narrow
    assert host.section[0].para.text == "<b>Parcel</b> leaves on Friday"
    host.measure(560)
    paint(host)
    rect, action = next((r, a) for r, a in host.actions() if a.kind == "redirect")
    assert action.params["uri"] == "/track/1"
    assert host.hit_test(QPointF(rect.center())) is action
    # a layout card never carries blocks (the portal refuses blocks on configurable activities)
    assert _card(layout=corpus_layout("seed_001_configurable_add"), blocks=BLOCKS).blocks is None
