"""``CardTree``: one timeline card as a tree of nodes that is measured for a width, then painted,
and answers what a click would do (server-behaviour.md §4.2 frame; §4.3–4.8 blocks; §3.3 how a
stored layout becomes a card).

Geometry (logical px; ``x`` from the left of the painted rect)::

    rail 50 px: the timeline line at x=22, a 32 px icon circle centred on it, 6 px below the card top
    card from x=50: radius 12, padding 12 top/bottom
      header (0 16): title bold 13 px … tags (20 px pills, 6 apart) · date 13 px #bdc1c6 · avatar 20 px;
                     8 px below
      body (0 16):   logo tile 80×80, 16 px gap, blocks stacked 6 px apart (content padding 2 px)
      footer (0 16): 16 px below the body (6 without buttons): buttons 26 px · note and "…" 28 px at
                     the right; the open menu below it

Invalid parts (``invalid_paths``) are drawn and outlined with a red dashed frame naming the code;
a problem no element owns marks the whole card. Heights are cached per width.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from .actions import CardAction, PreviewOptions
from .build import CardParts, HostCard, build_parts, host_parts
from .frame import MenuEntry, MenuNode
from .glyphs import glyph_pixmap
from .nodes import Ctx, Node, Region, TextNode, assign_marks, paint_mark
from .text import elide, plain_line
from .theme import DARK, LIGHT, Theme, font, metrics

__all__ = ["CardTree"]

RAIL = 50.0
LINE_X = 22.0
ICON = 32.0
PAD = 16.0
BLOCK_GAP = 6.0
#: Layout paths marked as areas of the card (a problem of ``header.tags`` outlines the tags).
AREAS = ("icon", "header", "header.title", "header.tags", "body", "body.blocks", "footer", "footer.buttons",
         "footer.menu.items")


def _union(rects: list[QRectF]) -> QRectF | None:
    out: QRectF | None = None
    for rect in rects:
        out = QRectF(rect) if out is None else out.united(rect)
    return out


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardTree", text)


def paint_section(painter: QPainter, theme: Theme, rect: QRectF, label: str, nodes: list[Node]) -> None:
    """An application's content blocks (§5.10, §4.14) in their frame: ``rect`` outlined (1 px
    ``section_border``, radius 8), ``label`` (11 px, 600, ``subtle``) 10 px in and 4 px down, then ``nodes``."""
    painter.setPen(QPen(theme.section_border, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 8, 8)
    painter.setPen(theme.subtle)
    painter.setFont(font(11, 600))
    painter.drawText(rect.adjusted(10, 4, -10, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)
    for node in nodes:
        node.paint(painter)


class CardTree:
    """A card: build with :meth:`from_layout` (or :meth:`from_card`), then ``measure(width)`` →
    height, ``paint(painter, rect)``, ``hit_test(pos)`` → :class:`CardAction` or ``None``."""

    def __init__(self, ctx: Ctx, parts: CardParts, marks: Mapping[str, str] | None = None) -> None:
        self.ctx = ctx
        self.parts = parts
        self.menu_open = False
        self._heights: dict[int, int] = {}
        self._width = -1
        self._regions: list[Region] = []
        self._origin = QPointF()
        self._menu = MenuNode(ctx, parts.menu)
        self._card = QRectF()
        self._icon = QRectF()
        self._title = ""
        self._title_rect = QRectF()
        self._date = ""
        self._date_rect = QRectF()
        self._avatar = QRectF()
        self._check = QRectF()
        self._section = QRectF()
        self.card_mark: str | None = None
        # Parts without a node of their own, so that their problems are marked where they are.
        names = ("blocks",) if parts.section is not None else AREAS
        self._areas = {name: Node(ctx, name) for name in names}
        for area in self._areas.values():
            area.label_left = True
        self._apply_marks(marks or {})

    # ------------------------------------------------------------------ building
    @classmethod
    def from_layout(
        cls,
        layout: Mapping[str, Any] | None,
        options: PreviewOptions | None = None,
        *,
        invalid_paths: Collection[str] | Mapping[str, str] = (),
        kind: str = "layout",
        expanded: Collection[str] = (),
        date_text: str | None = None,
        deadline_text: str | None = None,
        badge: Any = None,
        host: HostCard | None = None,
    ) -> CardTree:
        """The card of a LayoutDto (``kind="layout"``) or a RestAppLayoutDto previewed as its section
        inside a host card (``kind="rest_app"``).

        Args:
            layout: the layout dict (normalised, or raw and possibly invalid; anything else draws an
                empty card).
            options: :class:`PreviewOptions` (language, read-only viewer, scope, completed, dark).
            invalid_paths: layout paths with a problem (``LayoutProblem.path``), or path → code(s)
                to show on the mark (``{"body.blocks.x.type": "ENUM_FIELD"}``).
            expanded: paths of ``largeText`` blocks shown whole ("Show more" clicked).
            date_text: the header's time (a timeline row gives its activity's); default a sample.
            deadline_text: what ``deadline`` blocks show (a timeline row gives its activity's deadline,
                ``""`` for none); default a sample.
            badge: the activity's badge (``CardBadge``-like: ``text``, ``type``), a pill before the tags.
            host: the activity a RestAppLayoutDto is previewed on (``kind="rest_app"``); default a sample call.
        """
        options = options or PreviewOptions()
        deadline = translate("CardTree", "tomorrow, 3:00 pm") if deadline_text is None else deadline_text
        ctx = Ctx(theme=DARK if options.dark else LIGHT, options=options, deadline_text=deadline,
                  expanded=set(expanded), tr=_tr)
        layout = layout if isinstance(layout, Mapping) else {}
        date = date_text if date_text is not None else translate("CardTree", "today, 9:41 am")
        if kind == "rest_app":
            parts = host_parts(ctx, layout, date, host)
        else:
            parts = build_parts(ctx, layout, date)
            from .app_parts import badge_node  # here: app_parts builds on this module

            pill = badge_node(ctx, badge) if badge is not None else None
            if pill is not None:
                parts.tags.insert(0, pill)
        if isinstance(invalid_paths, Mapping):
            marks = {str(k): str(v) for k, v in invalid_paths.items()}
        else:
            marks = {str(p): translate("CardTree", "invalid") for p in invalid_paths}
        return cls(ctx, parts, marks)

    @classmethod
    def from_card(cls, card: Any, options: PreviewOptions | None = None, *, font: Any = None) -> CardTree:
        """The card of a timeline row (``desktop_app.ui.timeline.cards.CardData``).

        A card whose ``layout`` is a dict (a configurable activity) is drawn as its preview
        (:meth:`from_layout`, completed when the activity is, with the row's header time); any other is a
        :class:`~desktop_app.ui.cards.timeline_card.TimelineCardTree`: icon circle, title and date,
        state pill, responsible, sync pill and description preview, 92 px high. ``font``: the view's
        font the plain card's texts derive from (default the application font).
        """
        completed = bool(getattr(getattr(card, "activity", None), "completed", False))
        options = options or PreviewOptions(completed=completed)
        layout = getattr(card, "layout", None)
        if isinstance(layout, Mapping):
            return cls.from_layout(layout, options, date_text=str(getattr(card, "date_text", "") or ""),
                                   deadline_text=str(getattr(card, "deadline_text", "") or ""),
                                   badge=getattr(card, "badge", None))
        from .timeline_card import TimelineCardTree  # here: it imports the timeline's palette

        blocks = isinstance(getattr(card, "blocks", None), Mapping)  # an application's blocks inside the card
        ctx = Ctx(theme=DARK if options.dark else LIGHT, options=options, tr=_tr,
                  deadline_text=str(getattr(card, "deadline_text", "") or "") if blocks else "")
        if blocks:
            from .app_parts import HostCardTree

            return HostCardTree(ctx, card, font)
        return TimelineCardTree(ctx, card, font)

    def _nodes(self) -> list[Node]:
        p = self.parts
        out: list[Node] = [*p.tags]
        if p.logo is not None:
            out.append(p.logo)
        out.extend(p.blocks)
        out.extend(p.section or ())
        out.extend(p.buttons)
        out.extend(x for x in (p.note, p.more) if x is not None)
        out.extend(p.menu)
        out.extend(getattr(self, "_areas", {}).values())
        stack, flat = list(out), []
        while stack:
            node = stack.pop()
            flat.append(node)
            stack.extend(node.children())
        return flat

    def _apply_marks(self, marks: Mapping[str, str]) -> None:
        unowned = assign_marks([n for n in self._nodes() if n.path], marks)
        menu_codes = [n.mark for n in self.parts.menu if n.mark]
        if self.parts.more is not None and menu_codes:
            self.parts.more.extra_mark = ", ".join(dict.fromkeys(menu_codes))
        if unowned:
            self.card_mark = ", ".join(dict.fromkeys(unowned))

    # ------------------------------------------------------------------ state
    def toggle_menu(self) -> None:
        """Open or close the "…" menu (the card grows to show it)."""
        self.menu_open = not self.menu_open
        self._invalidate()

    def toggle_expanded(self, path: str) -> None:
        """Show a ``largeText`` block whole, or collapse it again."""
        self.ctx.expanded ^= {path}
        self._invalidate()

    @property
    def expanded(self) -> frozenset[str]:
        return frozenset(self.ctx.expanded)

    def _invalidate(self) -> None:
        self._heights.clear()
        self._width = -1

    def visible_paths(self) -> list[str]:
        """Layout paths of the elements drawn (menu items only while the menu is open)."""
        p = self.parts
        nodes: list[Node] = [*p.tags, *p.blocks, *(p.section or ()), *p.buttons]
        if self.menu_open:
            nodes.extend(p.menu)
        stack, out = list(nodes), []
        while stack:
            node = stack.pop(0)
            if node.path and (node.rect.height() > 0 or self._width < 0):
                out.append(node.path)
            stack[:0] = list(node.children())
        return out

    # ------------------------------------------------------------------ layout
    def measure(self, width: int) -> int:
        """Height in px of the card (rail included) painted ``width`` px wide; cached per width."""
        width = int(width)
        height = self._heights.get(width)
        if height is None or self._width < 0:
            height = self._layout(width)
            self._heights[width] = height
        return height

    def _layout(self, width: int) -> int:
        p = self.parts
        self._width = width
        card_w = max(220.0, width - RAIL)
        x0 = RAIL + PAD
        inner = card_w - 2 * PAD
        # header
        y = 12.0
        right = RAIL + card_w - PAD
        self._avatar = QRectF(right - 20, y, 20, 20)
        right -= 28
        date_w = min(metrics(13).horizontalAdvance(p.date), inner / 3)
        self._date = elide(p.date, 13, 400, date_w + 1)
        self._date_rect = QRectF(right - date_w, y, date_w, 20)
        right -= date_w + (9 if p.date else 0)
        # tags shrink before the title does: it keeps up to 140 px (and the checkbox its 24)
        title_need = min(metrics(13, 700).horizontalAdvance(plain_line(p.title)), 140.0) + 24
        tag_space = max(0.0, right - x0 - title_need)
        widths = [t.natural_width() for t in p.tags]
        total = sum(widths) + 6 * len(widths)
        scale = min(1.0, tag_space / total) if total else 1.0
        for tag, w in zip(reversed(p.tags), reversed(widths), strict=True):
            w = max(24.0, w * scale)
            tag.layout(right - w, y, w)
            right -= w + 6
        o = self.ctx.options
        title_x = x0
        self._check = QRectF()
        if not (o.completed or o.readonly):  # the "complete" checkbox of scheduled items (§4.2)
            self._check = QRectF(x0, y + 2, 16, 16)
            title_x += 24
        title_w = max(20.0, right - title_x - 3)
        self._title = elide(plain_line(p.title), 13, 700, title_w)
        self._title_rect = QRectF(title_x, y, metrics(13, 700).horizontalAdvance(self._title), 20)
        self._area("header", QRectF(x0, y, inner, 20))
        self._area("header.title", QRectF(title_x, y, max(40.0, self._title_rect.width()), 20))
        self._area("header.tags", _union([t.rect for t in p.tags]) or QRectF(self._date_rect.left() - 40, y, 32, 20))
        y += 20 + 8
        # body
        content_x = x0
        body_h = 0.0
        if p.logo is not None and p.logo.glyph is not None:
            body_h = p.logo.layout(x0, y, 80)
            content_x = x0 + 96
        elif p.logo is not None:
            p.logo.layout(x0, y, 0)
        content_w = max(40.0, RAIL + card_w - PAD - content_x)
        cy = y + 2
        cy = self._stack(p.blocks, content_x, cy, content_w)
        if p.section is not None:
            top = cy + (BLOCK_GAP if p.blocks else 0) + 4
            end = self._stack(p.section, content_x + 10, top + 24, content_w - 20)
            self._section = QRectF(content_x, top, content_w, max(end - top + 8, 32))
            cy = self._section.bottom()
        body_h = max(body_h, cy + 2 - y)
        self._area("body", QRectF(x0, y, inner, body_h))
        self._area("body.blocks", QRectF(content_x, y, content_w, body_h))
        self._area("blocks", QRectF(self._section))
        y += body_h
        # footer
        y += 16 if p.buttons else 6
        self._area("footer", QRectF(x0, y, inner, 28))
        bx = x0
        half = inner / 2
        icons_left = RAIL + card_w - PAD - (28 if p.more is not None else 0) - (37 if p.note is not None else 0) - 8
        for button in p.buttons:  # at most half the footer each, never under the icons
            w = max(40.0, min(button.natural_width(), half - 8, icons_left - bx))
            button.layout(bx, y + 1, w)
            bx += w + 8
        ix = RAIL + card_w - PAD - 28
        footer_h = 28.0 + (8 if p.buttons else 0)
        if p.more is not None:
            p.more.layout(ix, y, 28)
            ix -= 28 + 9
        if p.note is not None:
            p.note.layout(ix, y, 28)
        self._area("footer.buttons", _union([b.rect for b in p.buttons]) or QRectF(x0, y, 126, 28))
        self._area("footer.menu.items", QRectF(p.more.rect) if p.more is not None else QRectF())
        y += footer_h
        if self.menu_open:
            w = min(MenuNode.WIDTH, inner)
            y += self._menu.layout(RAIL + card_w - PAD - w, y - 4, w) + 4
            self._area("footer.menu.items", QRectF(self._menu.rect))
        y += 12
        self._card = QRectF(RAIL, 0, card_w, y)
        self._icon = QRectF(LINE_X - ICON / 2, 6, ICON, ICON)
        self._area("icon", QRectF(self._icon))
        self._collect_regions()
        return int(y + 0.999)

    def _area(self, name: str, rect: QRectF) -> None:
        area = self._areas.get(name)
        if area is not None:
            area.rect = rect

    @staticmethod
    def _stack(nodes: list[Node], x: float, y: float, width: float) -> float:
        first = True
        for node in nodes:
            top = y if first else y + BLOCK_GAP
            h = node.layout(x, top, width)
            if h > 0:
                y = top + h
                first = False
        return y

    def _collect_regions(self) -> None:
        p = self.parts
        regions: list[Region] = []
        if self.menu_open:
            self._menu.regions(regions)
        if p.title_action is not None:
            regions.append((QRectF(self._title_rect), p.title_action))
        if not self._check.isNull():
            regions.append((self._check.adjusted(-4, -4, 4, 4), CardAction("complete", translate("CardTree", "Checkbox “Complete”"))))
        for node in [*p.tags, *([p.logo] if p.logo else []), *p.blocks, *(p.section or ()), *p.buttons]:
            node.regions(regions)
        for node in (p.note, p.more):
            if node is not None:
                node.regions(regions)
        self._regions = regions

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, rect: QRectF) -> None:
        """Paint the card (rail, icon circle, card) at ``rect.topLeft()``, ``rect.width()`` wide."""
        rect = QRectF(rect)
        if int(rect.width()) != self._width:
            self._heights[int(rect.width())] = self._layout(int(rect.width()))
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        if dpr != self.ctx.dpr:
            self.ctx.dpr = dpr
        self._origin = rect.topLeft()
        theme = self.ctx.theme
        p = self.parts
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(self._origin)
        painter.setPen(QPen(theme.rail, 2))
        painter.drawLine(QPointF(LINE_X, 0), QPointF(LINE_X, self._card.bottom()))
        o = self.ctx.options
        circle = theme.icon_done if o.completed else theme.icon_open
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(circle)
        painter.drawEllipse(self._icon)
        painter.drawPixmap(QPointF(self._icon.x() + 6, self._icon.y() + 6), glyph_pixmap(p.icon, 20, theme.icon_glyph, dpr))
        painter.setPen(QPen(theme.card_border, 1))
        painter.setBrush(theme.card_done if o.completed else theme.card_open)
        painter.drawRoundedRect(self._card.adjusted(0.5, 0.5, -0.5, -0.5), 12, 12)
        # header
        if not self._check.isNull():
            painter.setPen(QPen(theme.date, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self._check.adjusted(0.75, 0.75, -0.75, -0.75))
        painter.setPen(theme.title)
        painter.setFont(font(13, 700))
        painter.drawText(self._title_rect.adjusted(0, 0, 2, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title)
        for tag in p.tags:
            tag.paint(painter)
        painter.setPen(theme.date)
        painter.setFont(font(13))
        painter.drawText(self._date_rect.adjusted(0, 0, 2, 0), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self._date)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.avatar)
        painter.drawEllipse(self._avatar)
        painter.drawPixmap(self._avatar.topLeft() + QPointF(3, 3), glyph_pixmap("mdi6.account", 14, theme.avatar_glyph, dpr))
        # body
        if p.logo is not None:
            p.logo.paint(painter)
        for node in p.blocks:
            node.paint(painter)
        if p.section is not None:
            paint_section(painter, theme, self._section,
                          translate("CardTree", "Application blocks (crm.activity.layout.blocks.set)"), p.section)
        # footer
        for button in p.buttons:
            button.paint(painter)
        for node in (p.note, p.more):
            if node is not None:
                node.paint(painter)
        if self.menu_open:
            self._menu.paint(painter)
        # marks of invalid parts, over everything (areas first: an element's own mark stays readable)
        for area in self._areas.values():
            area.paint_marks(painter)
        for node in [*p.tags, *([p.logo] if p.logo else []), *p.blocks, *(p.section or ()), *p.buttons]:
            node.paint_marks(painter)
        if self.menu_open:
            self._menu.paint_marks(painter)
        elif p.more is not None and p.more.extra_mark:
            paint_mark(painter, p.more.rect, p.more.extra_mark, theme)
        if p.note is not None:
            p.note.paint_marks(painter)
        if p.more is not None:
            p.more.paint_marks(painter)
        if self.card_mark:
            paint_mark(painter, self._card.adjusted(3, 3, -3, -3), self.card_mark, theme)
        painter.restore()

    def hit_test(self, pos: QPointF, origin: QPointF | None = None) -> CardAction | None:
        """What a click at ``pos`` would do. ``pos`` is in the coordinates of the last ``paint`` rect,
        or relative to ``origin`` (where the card's rect starts) when given."""
        local = QPointF(pos) - (self._origin if origin is None else QPointF(origin))
        for rect, action in self._regions:
            if rect.contains(local):
                return action
        return None

    def tooltip_at(self, pos: QPointF, origin: QPointF | None = None) -> str:
        """The ``title`` tooltip of a ``text`` block at ``pos`` (as :meth:`hit_test`), ``""`` if none."""
        local = QPointF(pos) - (self._origin if origin is None else QPointF(origin))
        for node in self._nodes():
            if isinstance(node, TextNode) and node.tooltip and node.rect.contains(local):
                return node.tooltip
        return ""

    def actions(self) -> list[tuple[QRectF, CardAction]]:
        """Every clickable element of the last layout in reading order (top to bottom, left to
        right): its rect (relative to the card's rect) and its action. For keyboard focus."""
        return sorted(self._regions, key=lambda region: (round(region[0].top()), region[0].left()))

    def menu_entries(self) -> list[MenuEntry]:
        """The footer menu's entries (app items, then Pin/Postpone/Delete/About app)."""
        return list(self.parts.menu)

