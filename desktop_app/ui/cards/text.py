"""Plain text laid out with ``QTextLayout``: wrapped to a width with a CSS line height, or one line
elided. Text is never interpreted as markup. Laid out once per width; drawing allocates nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainter, QTextLayout, QTextOption

from .theme import font, metrics

__all__ = ["MAX_SHOWN_CHARS", "Paragraph", "elide", "plain_line"]

#: Longest text a block shows; the rest is cut with "…" (a 1 MiB value must not freeze the preview).
MAX_SHOWN_CHARS = 5000


def plain_line(text: str, multiline: bool = False) -> str:
    """HTML's white-space collapsing (§4.3): runs of spaces → one space; with ``multiline`` line
    breaks are kept (as Unicode line separators), else they are spaces too. Long text is cut."""
    if len(text) > MAX_SHOWN_CHARS:
        text = text[:MAX_SHOWN_CHARS] + "…"
    if multiline:
        return "\u2028".join(" ".join(line.split()) for line in text.replace("\r\n", "\n").split("\n"))
    return " ".join(text.split())


def elide(text: str, pixel_size: int, weight: int, width: float) -> str:
    """``text`` on one line cut with "…" to ``width`` px."""
    return metrics(pixel_size, weight).elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))


class Paragraph:
    """``text`` in the application font at ``pixel_size``/``weight``, wrapped (words, else anywhere)
    with lines ``line_height`` × size apart."""

    def __init__(self, text: str, pixel_size: int, weight: int = 400, line_height: float = 1.4) -> None:
        self.text = text
        self.pixel_size = pixel_size
        self.weight = weight
        self.line_px = round(pixel_size * line_height)
        self._layout = QTextLayout(text, font(pixel_size, weight))
        self._layout.setCacheEnabled(True)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._layout.setTextOption(option)
        self._width = -1.0
        self.height = 0.0
        self.used_width = 0.0
        self._natural: float | None = None

    def natural_width(self) -> float:
        """Width of the text unwrapped (the widest line)."""
        if self._natural is None:
            m = metrics(self.pixel_size, self.weight)
            self._natural = max((m.horizontalAdvance(part) for part in self.text.split("\u2028")), default=0.0)
        return self._natural

    def layout(self, width: float) -> float:
        """Wrap to ``width`` px; returns the height (lines × line height)."""
        width = max(1.0, width)
        if width == self._width:
            return self.height
        self._width = width
        layout = self._layout
        layout.clearLayout()
        layout.beginLayout()
        y = 0.0
        used = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0.0, y + (self.line_px - line.height()) / 2))
            used = max(used, line.naturalTextWidth())
            y += self.line_px
        layout.endLayout()
        self.height = y
        self.used_width = min(used, width)
        return y

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        """Draw with the painter's pen colour at (``x``, ``y``) (top-left)."""
        self._layout.draw(painter, QPointF(x, y))
