"""What the todo form and the activity form share: problems shown under their field, the status
line and the busy state. Qt only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget


def scrolling_body(owner: QWidget, *parts: QLayout | QWidget) -> QScrollArea:
    """The form's fields in a frameless vertical scroll area, so a small window scrolls the fields
    while the heading and the Save / Close row stay in view (issue 12 point 8)."""
    body = QWidget(owner)
    body.setObjectName(f"{owner.objectName()}Body")
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addStretch(1)
    area = QScrollArea(owner)
    area.setObjectName(f"{owner.objectName()}Scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    # Never narrower than the fields need (no horizontal scrolling: nothing is cut on the right).
    area.setMinimumWidth(body.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area


class FieldErrors:
    """Mixin for a form with ``self._errors`` (field name → the QLabel under that field),
    ``self.state`` (status line QLabel) and ``self.save_button``."""

    _errors: dict[str, QLabel]
    state: QLabel
    save_button: QPushButton

    def show_field_error(self, field: str, text: str) -> None:
        """Show a message under ``field`` (in the status line for a field the form doesn't have)."""
        label = self._errors.get(field)
        if label is None:
            self.state.setText(text)
            return
        label.setText(text)
        label.show()

    def error_text(self, field: str) -> str:
        """The message shown under ``field`` now, or ``""``."""
        label = self._errors.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.state.setText(QCoreApplication.translate("Form", "Saving…") if busy else "")
