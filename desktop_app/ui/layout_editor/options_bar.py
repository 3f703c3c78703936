"""The preview options bar: viewer language, read-only viewer, web or mobile, open or completed,
light or dark — the ``PreviewOptions`` a designer checks a layout under."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from desktop_app.layout import ALL_LANGUAGES

from .preview_bridge import PreviewOptions


class PreviewOptionsBar(QWidget):
    """Emits ``options_changed(PreviewOptions)`` on every change."""

    options_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = QComboBox()
        self.language.addItems(list(ALL_LANGUAGES))
        self.language.setCurrentText("en")
        self.language.setToolTip(self.tr("Viewer's interface language (texts with translations)"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("Web"), "web")
        self.scope.addItem(self.tr("Mobile"), "mobile")
        self.readonly = QCheckBox(self.tr("Read-only viewer"))
        self.completed = QCheckBox(self.tr("Completed"))
        self.dark = QCheckBox(self.tr("Dark"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        language_label = QLabel(self.tr("&Language"))
        language_label.setBuddy(self.language)
        for widget in (language_label, self.language, self.scope, self.readonly, self.completed, self.dark):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.language.currentTextChanged.connect(self._emit)
        self.scope.currentIndexChanged.connect(self._emit)
        for box in (self.readonly, self.completed, self.dark):
            box.toggled.connect(self._emit)

    def options(self) -> PreviewOptions:
        return PreviewOptions(
            lang=self.language.currentText(),
            readonly=self.readonly.isChecked(),
            scope=self.scope.currentData(),
            completed=self.completed.isChecked(),
            dark=self.dark.isChecked(),
        )

    def _emit(self, *_args: object) -> None:
        self.options_changed.emit(self.options())
