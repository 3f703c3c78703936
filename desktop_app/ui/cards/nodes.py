"""Content-block nodes of a card (server-behaviour.md §4.3–4.8): each is laid out for a width
(``layout`` → height, positions kept), then painted, and lists its clickable regions.

A node whose layout path has a problem (``mark`` = the problem codes) is drawn as well as it can
be and outlined with a red dashed frame carrying the code. Coordinates are card-relative.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QLinearGradient, QPainter, QPen

from .actions import CardAction, PreviewOptions
from .glyphs import glyph_pixmap
from .text import Paragraph, elide, plain_line
from .theme import Theme, font, metrics

__all__ = [
    "Ctx",
    "DeadlineNode",
    "LargeTextNode",
    "LineNode",
    "LinkNode",
    "MarkNode",
    "Node",
    "TextNode",
    "WithTitleNode",
    "assign_marks",
    "paint_mark",
]  # fmt: skip

Region = tuple[QRectF, CardAction]

TEXT_SIZES = {"xs": 12, "sm": 13, "md": 14}
LARGE_TEXT_MAX = 124
FADE = 38


@dataclass
class Ctx:
    """What every node of one card shares."""

    theme: Theme
    options: PreviewOptions
    deadline_text: str
    dpr: float = 1.0
    expanded: set[str] = field(default_factory=set)
    tr: object = None  # callable(str) -> str

    def t(self, text: str) -> str:
        return self.tr(text) if callable(self.tr) else text


def paint_mark(painter: QPainter, rect: QRectF, codes: str, theme: Theme, *, label_left: bool = False) -> None:
    """A red dashed frame around ``rect`` with ``codes`` on a small red label at its top right
    (top left with ``label_left``: areas, so that an element's own label inside stays readable)."""
    pen = QPen(theme.invalid, 1.0, Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    frame = rect.adjusted(-3, -3, 3, 3)
    painter.drawRoundedRect(frame, 4, 4)
    label = elide(codes, 9, 700, max(200.0, frame.width() - 8))
    w = metrics(9, 700).horizontalAdvance(label) + 8
    box = QRectF(frame.left() if label_left else frame.right() - w, frame.top() - 7, w, 13)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.invalid)
    painter.drawRoundedRect(box, 3, 3)
    painter.setPen(theme.invalid_text)
    painter.setFont(font(9, 700))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)


def assign_marks(nodes: Iterable[Node], marks: Mapping[str, str]) -> list[str]:
    """Give each problem path's code(s) to the deepest node whose path contains it
    (``body.blocks.x.properties.size`` → the node ``body.blocks.x``); returns the codes no node owns."""
    nodes = list(nodes)
    unowned: list[str] = []
    for path, code in marks.items():
        best: Node | None = None
        for node in nodes:
            np = node.path
            if (path == np or path.startswith(np + ".") or path.startswith(np + "[")) and (
                best is None or len(np) > len(best.path)
            ):
                best = node
        if best is None:
            unowned.append(code)
        else:
            best.mark = code if best.mark is None or code in best.mark.split(", ") else f"{best.mark}, {code}"
    return unowned


class Node:
    """Base: ``path`` (layout path), ``mark`` (problem codes or ``None``), ``rect`` after layout."""

    inline_ok = False  # may sit in a lineOfBlocks row
    label_left = False  # where paint_mark puts the code label

    def __init__(self, ctx: Ctx, path: str) -> None:
        self.ctx = ctx
        self.path = path
        self.mark: str | None = None
        self.rect = QRectF()

    def children(self) -> Iterable[Node]:
        return ()

    def natural_width(self) -> float:
        return 0.0

    def layout(self, x: float, y: float, width: float) -> float:
        self.rect = QRectF(x, y, width, 0)
        return 0.0

    def paint(self, painter: QPainter) -> None:
        pass

    def regions(self, out: list[Region]) -> None:
        for child in self.children():
            child.regions(out)

    def paint_marks(self, painter: QPainter) -> None:
        for child in self.children():
            child.paint_marks(painter)
        if self.mark is not None:
            paint_mark(painter, self.rect if self.rect.height() > 0 else QRectF(self.rect.x(), self.rect.y(), self.rect.width(), 14),
                       self.mark, self.ctx.theme, label_left=self.label_left)


class MarkNode(Node):
    """A block that cannot be drawn (unknown type, not an object …): nothing when valid, a marked
    one-line placeholder naming what is wrong when its path has a problem."""

    def __init__(self, ctx: Ctx, path: str, what: str) -> None:
        super().__init__(ctx, path)
        self.what = what
        self._shown = ""

    def layout(self, x: float, y: float, width: float) -> float:
        h = 18.0 if self.mark is not None else 0.0
        self._shown = elide(self.what, 12, 400, width - 8) if self.mark is not None else ""
        self.rect = QRectF(x, y, width, h)
        return h

    def paint(self, painter: QPainter) -> None:
        if self._shown:
            painter.setPen(self.ctx.theme.invalid)
            painter.setFont(font(12))
            painter.drawText(self.rect.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._shown)


class TextNode(Node):
    """``text`` (§4.3): size xs/sm/md = 12/13/14 px (default md), colour base_50…90 (default #333),
    bold 700, line height 1.4, ``multiline`` keeps line breaks; ``title`` is a tooltip only."""

    inline_ok = True

    def __init__(self, ctx: Ctx, path: str, value: str, *, size: object = "md", color: object = None,
                 bold: bool = False, multiline: bool = False, tooltip: str = "") -> None:
        super().__init__(ctx, path)
        self.tooltip = tooltip[:2000]
        px = TEXT_SIZES.get(size, 14 if size is None else 13) if isinstance(size, str) or size is None else 13
        self.color = ctx.theme.text_base.get(color, ctx.theme.text) if isinstance(color, str) else ctx.theme.text
        self.para = Paragraph(plain_line(value, multiline), px, 700 if bold else 400)

    def natural_width(self) -> float:
        return self.para.natural_width()

    def layout(self, x: float, y: float, width: float) -> float:
        h = self.para.layout(width)
        self.rect = QRectF(x, y, width, h)
        return h

    def paint(self, painter: QPainter) -> None:
        painter.setPen(self.color)
        self.para.draw(painter, self.rect.x(), self.rect.y())


class LinkNode(TextNode):
    """``link`` (§4.4): #2066b0, bold → weight 500, 14 px; clicking does the action."""

    def __init__(self, ctx: Ctx, path: str, text: str, *, bold: bool, action: CardAction) -> None:
        Node.__init__(self, ctx, path)
        self.tooltip = ""
        self.color = ctx.theme.link
        self.para = Paragraph(plain_line(text), 14, 500 if bold else 400)
        self.action = action

    def regions(self, out: list[Region]) -> None:
        out.append((QRectF(self.rect.x(), self.rect.y(), self.para.used_width or self.rect.width(), self.rect.height()),
                    self.action))


class DeadlineNode(Node):
    """``deadline`` → date pill (§4.7): min height 21, padding 0 21 0 9 (0 9 read-only), radius 64,
    12 px weight 600, #828b95; #fef3b8 with a caret when it can be changed, #f1f4f6 when read-only
    (``readonly``, a read-only viewer or a completed activity)."""

    inline_ok = True
    HEIGHT = 21.0

    def __init__(self, ctx: Ctx, path: str, readonly: bool) -> None:
        super().__init__(ctx, path)
        o = ctx.options
        self.editable = not (readonly or o.readonly or o.completed)
        self.text = ctx.deadline_text
        self._shown = self.text

    def natural_width(self) -> float:
        return metrics(12, 600).horizontalAdvance(self.text) + (30 if self.editable else 18)

    def layout(self, x: float, y: float, width: float) -> float:
        pad = 30 if self.editable else 18
        self._shown = elide(self.text, 12, 600, width - pad)
        w = min(width, metrics(12, 600).horizontalAdvance(self._shown) + pad)
        self.rect = QRectF(x, y, w, self.HEIGHT)
        return self.HEIGHT

    def paint(self, painter: QPainter) -> None:
        theme = self.ctx.theme
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.pill_editable if self.editable else theme.pill_readonly)
        painter.drawRoundedRect(self.rect, self.HEIGHT / 2, self.HEIGHT / 2)
        painter.setPen(theme.pill_text)
        painter.setFont(font(12, 600))
        painter.drawText(self.rect.adjusted(9, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._shown)
        if self.editable:
            glyph = glyph_pixmap("mdi6.chevron-down", 14, theme.caret, self.ctx.dpr)
            painter.drawPixmap(QPointF(self.rect.right() - 5 - 14, self.rect.center().y() - 7), glyph)

    def regions(self, out: list[Region]) -> None:
        if self.editable:
            out.append((QRectF(self.rect), CardAction("changeDeadline", self.ctx.t("Deadline"), {}, self.path)))


class WithTitleNode(Node):
    """``withTitle`` (§4.5): a 13 px title in a fixed 100 px column, #a8adb4 above the value
    (default) or #828b95 beside it (``inline``: value margin-left 10)."""

    TITLE_W = 100.0

    def __init__(self, ctx: Ctx, path: str, title: str, inline: bool, child: Node | None) -> None:
        super().__init__(ctx, path)
        self.title = plain_line(title)
        self.inline = inline
        self.child = child
        self._title_shown = self.title
        self._title_rect = QRectF()

    def children(self) -> Iterable[Node]:
        return (self.child,) if self.child is not None else ()

    def layout(self, x: float, y: float, width: float) -> float:
        line = round(13 * 1.4)
        if self.inline:
            self._title_shown = elide(self.title, 13, 400, self.TITLE_W)
            self._title_rect = QRectF(x, y, self.TITLE_W, line)
            h = float(line)
            if self.child is not None:
                cy = y + max(0.0, (line - self._child_line()) / 2)
                h = max(h, self.child.layout(x + self.TITLE_W + 10, cy, max(1.0, width - self.TITLE_W - 10)) + (cy - y))
        else:
            self._title_shown = elide(self.title, 13, 400, width)
            self._title_rect = QRectF(x, y, width, line)
            h = float(line)
            if self.child is not None:
                h += self.child.layout(x, y + line, width)
        self.rect = QRectF(x, y, width, h)
        return h

    def _child_line(self) -> float:
        if isinstance(self.child, TextNode):
            return float(self.child.para.line_px)
        if isinstance(self.child, DeadlineNode):
            return DeadlineNode.HEIGHT
        return float(round(13 * 1.4))

    def paint(self, painter: QPainter) -> None:
        theme = self.ctx.theme
        painter.setPen(theme.caption_inline if self.inline else theme.caption)
        painter.setFont(font(13))
        painter.drawText(self._title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self._title_shown)
        if self.child is not None:
            self.child.paint(painter)


class LineNode(Node):
    """``lineOfBlocks`` (§4.6): children side by side, wrapping, a space apart."""

    def __init__(self, ctx: Ctx, path: str, children: list[Node]) -> None:
        super().__init__(ctx, path)
        self.items = children

    def children(self) -> Iterable[Node]:
        return self.items

    def layout(self, x: float, y: float, width: float) -> float:
        gap = metrics(14).horizontalAdvance(" ")
        cx, cy, row_h = 0.0, 0.0, 0.0
        for child in self.items:
            w = child.natural_width()
            if cx > 0 and cx + w > width:
                cx, cy, row_h = 0.0, cy + row_h, 0.0
            h = child.layout(x + cx, y + cy, min(max(w, 1.0), width - cx) if w < width else width)
            row_h = max(row_h, h)
            cx += min(w, width) + gap
        height = cy + row_h
        self.rect = QRectF(x, y, width, height)
        return height

    def paint(self, painter: QPainter) -> None:
        for child in self.items:
            child.paint(painter)


class LargeTextNode(Node):
    """``largeText`` (§4.8): a 12 px-radius box (padding 1 40 1 17, 1 px border, margin-right 20,
    speech-bubble corner) of 14 px text with line breaks kept; over 124 px it is clipped with a
    38 px fade and a centred "Show more" pill (13 px #828b95, 24 px high, over the bottom edge)."""

    def __init__(self, ctx: Ctx, path: str, value: str) -> None:
        super().__init__(ctx, path)
        self.para = Paragraph(plain_line(value, multiline=True), 14)
        self.box = QRectF()
        self.clipped = False
        self.pill = QRectF()
        self.pill_text = ""
        self._fade: QBrush | None = None

    def layout(self, x: float, y: float, width: float) -> float:
        box_w = max(60.0, width - 20)
        text_h = self.para.layout(box_w - 57)
        full = text_h + 2 + 2
        expanded = self.path in self.ctx.expanded
        overflow = full > LARGE_TEXT_MAX
        self.clipped = overflow and not expanded
        box_h = LARGE_TEXT_MAX if self.clipped else full
        self.box = QRectF(x, y, box_w, box_h)
        h = box_h + 12
        if overflow:
            self.pill_text = self.ctx.t("Hide") if expanded else self.ctx.t("Show more")
            pw = metrics(13).horizontalAdvance(self.pill_text) + 28
            self.pill = QRectF(x + (box_w - pw) / 2, y + box_h - 11, pw, 24)
            h = max(h, box_h + 13 + 2)
            gradient = QLinearGradient(0, y + box_h - FADE, 0, y + box_h)
            bg = QColor(self.ctx.theme.card_done if self.ctx.options.completed else self.ctx.theme.card_open)
            clear = QColor(bg)
            clear.setAlpha(0)
            gradient.setColorAt(0, clear)
            gradient.setColorAt(1, bg)
            self._fade = QBrush(gradient)
        else:
            self.pill = QRectF()
            self._fade = None
        self.rect = QRectF(x, y, width, h)
        return h

    def paint(self, painter: QPainter) -> None:
        theme = self.ctx.theme
        bg = theme.card_done if self.ctx.options.completed else theme.card_open
        painter.setPen(QPen(theme.box_border, 1))
        painter.setBrush(bg)
        box = self.box.adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(box, 12, 12)
        # the speech-bubble corner at the top right
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRect(QRectF(box.right() - 12, box.top() - 0.5, 12.5, 12))
        painter.setPen(QPen(theme.box_border, 1))
        painter.drawLine(QPointF(box.right() - 12, box.top()), QPointF(box.right() + 6, box.top()))
        painter.drawLine(QPointF(box.right() + 6, box.top()), QPointF(box.right(), box.top() + 8))
        painter.drawLine(QPointF(box.right(), box.top() + 8), QPointF(box.right(), box.top() + 12))
        painter.save()
        painter.setClipRect(self.box.adjusted(1, 1, -1, -1))
        painter.setPen(theme.text)
        self.para.draw(painter, self.box.x() + 17, self.box.y() + 2)
        if self.clipped and self._fade is not None:
            painter.fillRect(QRectF(self.box.x() + 1, self.box.bottom() - FADE, self.box.width() - 2, FADE - 1), self._fade)
        painter.restore()
        if not self.pill.isNull():
            painter.setPen(QPen(theme.box_border, 1))
            painter.setBrush(bg)
            painter.drawRoundedRect(self.pill.adjusted(0.5, 0.5, -0.5, -0.5), 12, 12)
            painter.setPen(theme.subtle)
            painter.setFont(font(13))
            painter.drawText(self.pill, Qt.AlignmentFlag.AlignCenter, self.pill_text)

    def regions(self, out: list[Region]) -> None:
        if not self.pill.isNull():
            kind = "hide" if self.path in self.ctx.expanded else "showMore"
            out.append((QRectF(self.pill), CardAction(kind, self.pill_text, {}, self.path)))
