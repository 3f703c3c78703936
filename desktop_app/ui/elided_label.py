"""A one-line plain-text label that elides what does not fit ("Northwind Trad…") and then shows the
whole text as its tooltip; its minimum width is small, so it never pushes a window wider."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from .plain_text import plain_tooltip


class ElidedLabel(QLabel):
    """``text()`` is the whole text; what is painted is elided at ``elide_mode`` (right by default)."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 elide_mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._elide_mode = elide_mode
        self.setTextFormat(Qt.TextFormat.PlainText)  # portal text: never markup
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._update_tooltip()

    def is_elided(self) -> bool:
        """True when the text does not fit the label's width now."""
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def elided_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), self._elide_mode, self.contentsRect().width())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("…") * 4), hint.height())

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._update_tooltip()

    def _update_tooltip(self) -> None:
        self.setToolTip(plain_tooltip(self.text()) if self.is_elided() else "")

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), self.elided_text())
        painter.end()
