"""The card frame around the content blocks (server-behaviour.md §4.2): header tags, logo tile,
footer buttons, note/"…" icon buttons and the open footer menu. Coordinates are card-relative.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from .actions import CardAction
from .glyphs import glyph_pixmap
from .nodes import Ctx, Node, Region
from .text import elide, plain_line
from .theme import font, metrics

__all__ = ["ButtonNode", "IconButtonNode", "LogoNode", "MenuEntry", "MenuNode", "TagNode"]


class TagNode(Node):
    """Header tag (§4.2, ui.label): upper-case 9 px bold, 20 px high, radius 10, padding 0 8,
    max width 350; colours per type (unknown type → the light one)."""

    def __init__(self, ctx: Ctx, path: str, title: str, kind: object, action: CardAction | None) -> None:
        super().__init__(ctx, path)
        self.title = plain_line(title).upper()
        self.colors = ctx.theme.tags.get(kind, ctx.theme.tags["secondary"]) if isinstance(kind, str) else ctx.theme.tags["secondary"]
        self.action = action
        self._shown = self.title

    def natural_width(self) -> float:
        return min(350.0, metrics(9, 700).horizontalAdvance(self.title) + 16)

    def layout(self, x: float, y: float, width: float) -> float:
        self._shown = elide(self.title, 9, 700, width - 16)
        self.rect = QRectF(x, y, width, 20)
        return 20.0

    def paint(self, painter: QPainter) -> None:
        bg, fg = self.colors
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(self.rect, 10, 10)
        painter.setPen(fg)
        painter.setFont(font(9, 700))
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self._shown)

    def regions(self, out: list[Region]) -> None:
        if self.action is not None:
            out.append((QRectF(self.rect), self.action))


class LogoNode(Node):
    """Logo tile (§4.2): 80×80, radius 12, #e5f9ff, a white 64 px circle with a soft shadow holding
    the glyph in #2fc6f6."""

    def __init__(self, ctx: Ctx, path: str, glyph: str | None, action: CardAction | None) -> None:
        super().__init__(ctx, path)
        self.glyph = glyph
        self.action = action

    def layout(self, x: float, y: float, width: float) -> float:
        self.rect = QRectF(x, y, 80, 80)
        return 80.0

    def paint(self, painter: QPainter) -> None:
        if self.glyph is None:
            return
        theme = self.ctx.theme
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.logo_tile)
        painter.drawRoundedRect(self.rect, 12, 12)
        circle = QRectF(self.rect.x() + 8, self.rect.y() + 8, 64, 64)
        painter.setBrush(theme.logo_shadow)
        painter.drawEllipse(circle.translated(0, 3).adjusted(-1, -1, 1, 1))
        painter.drawEllipse(circle.translated(0, 2))
        painter.setBrush(theme.logo_circle)
        painter.drawEllipse(circle)
        pixmap = glyph_pixmap(self.glyph, 36, theme.logo_glyph, self.ctx.dpr)
        painter.drawPixmap(QPointF(circle.center().x() - 18, circle.center().y() - 18), pixmap)

    def regions(self, out: list[Region]) -> None:
        if self.action is not None and self.glyph is not None:
            out.append((QRectF(self.rect), self.action))


class ButtonNode(Node):
    """Footer button (§4.2, ui-btn-xs round): 26 px high, radius 13, padding 0 15, min width 126,
    at most half the footer, 11 px bold upper-case; primary #3bc8f5 filled with white text,
    secondary a #c6cdd3 border with #535b69 text."""

    def __init__(self, ctx: Ctx, path: str, title: str, kind: object, action: CardAction) -> None:
        super().__init__(ctx, path)
        self.title = plain_line(title).upper()
        self.primary = kind == "primary"
        self.action = action
        self._shown = self.title

    def natural_width(self) -> float:
        return max(126.0, metrics(11, 700).horizontalAdvance(self.title) + 30)

    def layout(self, x: float, y: float, width: float) -> float:
        self._shown = elide(self.title, 11, 700, width - 30)
        self.rect = QRectF(x, y, width, 26)
        return 26.0

    def paint(self, painter: QPainter) -> None:
        theme = self.ctx.theme
        if self.primary:
            painter.setPen(QPen(theme.button_primary, 1))
            painter.setBrush(theme.button_primary)
        else:
            painter.setPen(QPen(theme.button_border, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self.rect.adjusted(0.5, 0.5, -0.5, -0.5), 13, 13)
        painter.setPen(theme.button_primary_text if self.primary else theme.button_text)
        painter.setFont(font(11, 700))
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self._shown)

    def regions(self, out: list[Region]) -> None:
        out.append((QRectF(self.rect), self.action))


class IconButtonNode(Node):
    """A 28×28 footer icon button (the note icon, the "…" menu) in #bdc1c6."""

    def __init__(self, ctx: Ctx, path: str, glyph: str, action: CardAction) -> None:
        super().__init__(ctx, path)
        self.glyph = glyph
        self.action = action
        self.extra_mark: str | None = None  # problems of menu items while the menu is closed

    def layout(self, x: float, y: float, width: float) -> float:
        self.rect = QRectF(x, y, 28, 28)
        return 28.0

    def paint(self, painter: QPainter) -> None:
        pixmap = glyph_pixmap(self.glyph, 20, self.ctx.theme.footer_icon, self.ctx.dpr)
        painter.drawPixmap(QPointF(self.rect.x() + 4, self.rect.y() + 4), pixmap)

    def regions(self, out: list[Region]) -> None:
        out.append((QRectF(self.rect), self.action))


class MenuEntry(Node):
    """One row of the open footer menu (an app item, or Pin/Postpone/Delete/About app); ``None``
    action = a delimiter."""

    def __init__(self, ctx: Ctx, path: str, title: str, action: CardAction | None, portal: bool = False) -> None:
        super().__init__(ctx, path)
        self.title = plain_line(title)
        self.action = action
        self.portal = portal
        self._shown = self.title

    @property
    def delimiter(self) -> bool:
        return self.action is None

    def layout(self, x: float, y: float, width: float) -> float:
        h = 9.0 if self.delimiter else 30.0
        self._shown = elide(self.title, 13, 400, width - 32)
        self.rect = QRectF(x, y, width, h)
        return h

    def paint(self, painter: QPainter) -> None:
        theme = self.ctx.theme
        if self.delimiter:
            painter.setPen(QPen(theme.menu_border, 1))
            y = self.rect.center().y()
            painter.drawLine(QPointF(self.rect.x() + 12, y), QPointF(self.rect.right() - 12, y))
            return
        painter.setPen(theme.menu_hint if self.portal else theme.menu_text)
        painter.setFont(font(13))
        painter.drawText(self.rect.adjusted(16, 0, -16, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._shown)

    def regions(self, out: list[Region]) -> None:
        if self.action is not None:
            out.append((QRectF(self.rect), self.action))


class MenuNode(Node):
    """The open "…" menu: a 240 px white panel with a 1 px border and its entries."""

    WIDTH = 240.0

    def __init__(self, ctx: Ctx, entries: list[MenuEntry]) -> None:
        super().__init__(ctx, "footer.menu")
        self.entries = entries

    def children(self) -> list[MenuEntry]:
        return self.entries

    def layout(self, x: float, y: float, width: float) -> float:
        cy = y + 6
        for entry in self.entries:
            cy += entry.layout(x, cy, width)
        self.rect = QRectF(x, y, width, cy - y + 6)
        return self.rect.height()

    def paint(self, painter: QPainter) -> None:
        painter.setPen(QPen(self.ctx.theme.menu_border, 1))
        painter.setBrush(self.ctx.theme.menu_bg)
        painter.drawRoundedRect(self.rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        for entry in self.entries:
            entry.paint(painter)
