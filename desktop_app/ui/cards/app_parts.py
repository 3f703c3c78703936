"""What an application adds to a timeline card (issue 13): a configurable activity's badge, drawn as a
pill in its header (:class:`BadgeNode`, api-spec.md §4.13), and an application's additional content
blocks on a plain activity (``crm.activity.layout.blocks.*``, api-spec.md §4.14), drawn inside the
activity's own card below its content (:class:`HostCardTree`).

Geometry of a host card (logical px, as :class:`~desktop_app.ui.cards.timeline_card.TimelineCardTree`)::

    |  ●──┐ ╭──────────────────────────────────────────────────────╮
    |  │  │ │ ○ Title …                                       date  │  the plain card's own lines
    |  │    │ …                                                     │
    |  │    │ ╭ APPLICATION BLOCKS ─────────────────────────────╮   │  frame #dfe0e3, radius 8,
    |  │    │ │ blocks stacked 6 px apart (the layout's nodes)   │   │  label 11 px #828b95,
    |  │    │ ╰──────────────────────────────────────────────────╯   │  10 px inside the frame
    |  │    ╰──────────────────────────────────────────────────────╯

Link blocks with an action answer :meth:`hit_test` with their :class:`~desktop_app.ui.cards.CardAction`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, QRectF
from PySide6.QtGui import QColor, QFont, QPainter

from .build import build_blocks
from .frame import TagNode
from .nodes import Ctx, Node
from .timeline_card import CARD_LEFT, CARD_V_MARGIN, PADDING, TimelineCardTree
from .tree import CardTree, paint_section

__all__ = ["BADGE_COLORS", "BadgeNode", "HostCardTree"]

#: Badge type → (pill background, text colour). Backgrounds: api-spec.md §4.13 (sampled from the portal);
#: texts: the portal's matching dark tones. An unknown type takes ``secondary``'s.
BADGE_COLORS: dict[str, tuple[QColor, QColor]] = {
    "success": (QColor("#ebf6d9"), QColor("#589309")),
    "failure": (QColor("#eed6d4"), QColor("#c21b16")),
    "warning": (QColor("#ebe9a1"), QColor("#6c6400")),
    "primary": (QColor("#e4f2f8"), QColor("#1b6fa8")),
    "secondary": (QColor("#eaebed"), QColor("#525c69")),
}

_LABEL_HEIGHT = 22.0
_INSET = 10.0
_GAP = 6.0


class BadgeNode(TagNode):
    """A badge pill in the card's header: the value upper-case (plain text), the type's colours."""

    def __init__(self, ctx: Ctx, text: str, kind: str) -> None:
        super().__init__(ctx, "", text, "secondary", None)
        self.colors = BADGE_COLORS.get(kind, BADGE_COLORS["secondary"])


def badge_node(ctx: Ctx, badge: Any) -> BadgeNode | None:
    """The pill of a ``CardBadge``-like object (``text``, ``type``), ``None`` without text."""
    text = str(getattr(badge, "text", "") or "")
    return BadgeNode(ctx, text, str(getattr(badge, "type", "") or "")) if text else None


class HostCardTree(TimelineCardTree):
    """A plain activity's card (``CardData`` with ``blocks``) with the application's content blocks
    inside it, below its own content; measured per width (the blocks wrap)."""

    def __init__(self, ctx: Ctx, card: Any, base_font: QFont | None = None) -> None:
        super().__init__(ctx, card, base_font)
        layout = getattr(card, "blocks", None)
        blocks = layout.get("blocks") if isinstance(layout, Mapping) else None
        self.section: list[Node] = build_blocks(ctx, blocks, ("blocks",))
        self._section_rect = QRectF()

    def _layout(self, width: int) -> int:
        height = super()._layout(width)
        body = self._rects["card"]
        left = CARD_LEFT + PADDING
        inner = max(40.0, body.width() - 2 * PADDING)
        top = float(height - CARD_V_MARGIN - 2)
        end = CardTree._stack(self.section, left + _INSET, top + _LABEL_HEIGHT, inner - 2 * _INSET)
        self._section_rect = QRectF(left, top, inner, max(end - top + 8, 32.0))
        bottom = int(self._section_rect.bottom() + 0.999) + 10
        self._rects["card"] = QRect(body.left(), body.top(), body.width(), bottom - body.top())
        for node in self.section:
            node.regions(self._regions)
        return bottom + CARD_V_MARGIN

    def paint(self, painter: QPainter, rect: QRectF | QRect, **kwargs: Any) -> None:
        super().paint(painter, rect, **kwargs)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(self._origin)
        paint_section(painter, self.ctx.theme, self._section_rect,
                      QCoreApplication.translate("CardTree", "Application blocks"), self.section)
        painter.restore()
