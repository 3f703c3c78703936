"""The one card painter of the timeline and the layout preview (issue 11; server-behaviour.md §4):
a card is a tree of nodes, measured for a width, then painted, with variable height.

Public API::

    options = PreviewOptions(lang="de", readonly=False, scope="web", completed=False, dark=False)
    tree = CardTree.from_layout(layout_dict, options, invalid_paths={"body.blocks.x.type": "ENUM_FIELD"})
    height = tree.measure(560)              # px, cached per width
    tree.paint(painter, QRectF(0, 0, 560, height))
    action = tree.hit_test(pos)             # CardAction | None; action.describe() → plain text

Glyphs: :mod:`desktop_app.ui.cards.glyphs` (Bitrix24 icon/logo codes → Material Design Icons).
"""

from .actions import CardAction, PreviewOptions
from .tree import CardTree

__all__ = ["CardAction", "CardTree", "PreviewOptions"]
