"""What the todo form and the activity form share: problems shown under their field, the status
line and the busy state. Qt only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton


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
