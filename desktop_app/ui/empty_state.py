"""An empty state for an item view: while the view's model has no rows, a title ("No to-dos yet")
and a hint (what to do) are shown centred over the view's viewport.

Usage (texts are plain text, translated by the caller)::

    overlay = EmptyStateOverlay(view, self.tr("No to-dos yet"), self.tr("Press Ctrl+N to plan one."))
    overlay.set_texts(self.tr("No match for “%1”").replace("%1", search), self.tr("Try another word."))
    overlay.set_suppressed(True)   # e.g. while the first page is loading

The overlay follows the model (resets, inserted/removed rows, layout changes, a new model set on the
view), the viewport's size, and never takes focus or clicks: they reach the view underneath.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSizePolicy, QVBoxLayout, QWidget


class EmptyStateOverlay(QWidget):
    """A title and a hint over ``view``'s viewport, visible while the model has no rows.

    Attributes:
        title_label, hint_label: the two plain-text labels (object names ``emptyStateTitle`` /
            ``emptyStateHint``), for tests and styling.
    """

    def __init__(self, view: QAbstractItemView, title: str = "", hint: str = "") -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self._view = view
        self._model: QAbstractItemModel | None = None
        self._suppressed = False
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("emptyStateTitle")
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("emptyStateHint")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.title_label.setFont(font)
        for label in (self.title_label, self.hint_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # may quote what the user typed or portal text
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 24, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)

        view.viewport().installEventFilter(self)
        view.installEventFilter(self)
        self.set_texts(title, hint)
        self._watch(view.model())

    # -- public ------------------------------------------------------------------------------

    def set_texts(self, title: str, hint: str = "") -> None:
        """Replace the title and hint (plain text; an empty hint hides its line)."""
        self.title_label.setText(title)
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self._view.viewport().setAccessibleDescription(f"{title}. {hint}".strip(". ") if title else "")
        self.refresh()

    def title(self) -> str:
        return self.title_label.text()

    def hint(self) -> str:
        return self.hint_label.text()

    def set_suppressed(self, suppressed: bool) -> None:
        """Hide the empty state even with no rows (e.g. while loading: "nothing yet" is not "nothing")."""
        self._suppressed = suppressed
        self.refresh()

    def is_shown(self) -> bool:
        """True when the empty state is what the user sees (the model has no rows, not suppressed)."""
        return not self.isHidden()

    def refresh(self) -> None:
        """Show or hide by the model's row count now (called on every model change)."""
        model = self._view.model()
        if model is not self._model:
            self._watch(model)
        empty = model is None or model.rowCount() == 0
        visible = empty and not self._suppressed and bool(self.title_label.text())
        if visible:
            self.setGeometry(self._view.viewport().rect())
            self.raise_()
        self.setVisible(visible)

    # -- internals ---------------------------------------------------------------------------

    def _watch(self, model: QAbstractItemModel | None) -> None:
        if self._model is not None:
            for signal in self._signals(self._model):
                try:
                    signal.disconnect(self.refresh)
                except (RuntimeError, TypeError):
                    pass
        self._model = model
        if model is not None:
            for signal in self._signals(model):
                signal.connect(self.refresh)

    @staticmethod
    def _signals(model: QAbstractItemModel) -> tuple:
        return (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        try:
            viewport = self._view.viewport()
        except RuntimeError:  # the view is being destroyed: its viewport still sends a few events
            return False
        if watched is viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(viewport.rect())
        elif watched is self._view and event.type() in (QEvent.Type.Show, QEvent.Type.Polish):
            self.refresh()
        return False
