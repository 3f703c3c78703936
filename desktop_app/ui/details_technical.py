"""The "Technical details" section of the details pane: every raw field of the activity as the
portal sent it (``crm.activity.get``, api-spec.md §4.5, plus ``COMMUNICATIONS`` from
``crm.activity.list`` §3.6), as a read-only ``KEY: value`` list — plain text, selectable and
copyable (Ctrl+A, Ctrl+C or the Copy button).

Collapsed by default; the pane keeps one section for the whole session, so once the user opens
it, it stays open for the next activity until they close it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget


def raw_lines(raw: Mapping[str, object]) -> list[str]:
    """``KEY: value`` lines, in the portal's order; lists and objects as compact JSON, ``None`` as
    an empty value."""
    lines = []
    for key, value in raw.items():
        if value is None:
            text = ""
        elif isinstance(value, (dict, list)):
            text = json.dumps(value, ensure_ascii=False)
        else:
            text = str(value)
        lines.append(f"{key}: {text}")
    return lines


class TechnicalDetails(QWidget):
    """A toggle ("Technical details") over the raw key/value list (:attr:`text`, read-only)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("technicalSection")
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("technicalToggle")
        self.toggle.setText(self.tr("Technical details"))
        self.toggle.setToolTip(self.tr("Show every field as the portal stores it"))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._set_expanded)

        self.text = QPlainTextEdit(self)
        self.text.setObjectName("technicalDetails")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Technical details"))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setMinimumHeight(160)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setObjectName("technicalCopy")
        self.copy_button.setToolTip(self.tr("Copy every field to the clipboard"))
        self.copy_button.clicked.connect(self.copy)

        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.toggle)
        head.addStretch(1)
        head.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.text)
        self._set_expanded(False)

    @property
    def expanded(self) -> bool:
        """Whether the raw fields are shown."""
        return self.toggle.isChecked()

    def set_raw(self, raw: Mapping[str, object]) -> None:
        """Show ``raw`` (the activity's fields as the portal sent them); the toggle keeps its state."""
        self.text.setPlainText("\n".join(raw_lines(raw)))

    def clear(self) -> None:
        self.text.clear()

    def copy(self) -> None:
        """Put the whole list on the clipboard, as plain text."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())

    def _set_expanded(self, on: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.text.setVisible(on)
        self.copy_button.setVisible(on)
