"""TEMPORARY stand-in for ``desktop_app.ui.preview.LayoutPreviewWidget`` and
``desktop_app.ui.cards.PreviewOptions`` (issue 11 contract) until the real card preview lands; it
draws the header title, the blocks' texts and the buttons as plain text lines. Removed when the real
widget exists (see :mod:`.preview_bridge`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from desktop_app.layout import LayoutReport, resolve_text


@dataclass(frozen=True)
class PreviewOptions:
    lang: str = "en"
    readonly: bool = False
    scope: str = "web"
    completed: bool = False
    dark: bool = False


class LayoutPreviewWidget(QWidget):
    actionTriggered = Signal(object)  # noqa: N815 (contract name)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout: dict[str, Any] | None = None
        self._report: LayoutReport | None = None
        self._options = PreviewOptions()
        self.setMinimumSize(320, 240)

    def set_layout(self, layout: dict[str, Any] | None, report: LayoutReport | None = None) -> None:
        self._layout, self._report = layout, report
        self.update()

    def set_options(self, options: PreviewOptions) -> None:
        self._options = options
        self.update()

    def options(self) -> PreviewOptions:
        return self._options

    def lines(self) -> list[str]:
        layout, opts = self._layout or {}, self._options
        if not isinstance(layout, dict):
            return []
        out = []
        header = layout.get("header") if isinstance(layout.get("header"), dict) else {}
        out.append(resolve_text(header.get("title"), opts.lang))
        tags = header.get("tags") if isinstance(header.get("tags"), dict) else {}
        out.extend(f"<{resolve_text(t.get('title'), opts.lang)}: {t.get('type')}>" for t in tags.values() if isinstance(t, dict))
        body = layout.get("body") if isinstance(layout.get("body"), dict) else layout
        blocks = body.get("blocks") if isinstance(body.get("blocks"), dict) else {}
        for block in blocks.values():
            props = block.get("properties") if isinstance(block, dict) and isinstance(block.get("properties"), dict) else {}
            out.append(resolve_text(props.get("value", props.get("text", props.get("title"))), opts.lang))
        footer = layout.get("footer") if isinstance(layout.get("footer"), dict) else {}
        buttons = footer.get("buttons") if isinstance(footer.get("buttons"), dict) else {}
        for button in buttons.values():
            if isinstance(button, dict) and not (opts.readonly and button.get("hideIfReadonly") in (True, "true", "Y")):
                out.append(f"[{resolve_text(button.get('title'), opts.lang)}]")
        if opts.completed:
            out.append("✓")
        return out

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202124") if self._options.dark else QColor("#ffffff"))
        painter.setPen(QColor("#e8eaed") if self._options.dark else QColor("#202124"))
        y = 20
        for line in self.lines():
            painter.drawText(10, y, line)
            y += 18
        painter.end()
