"""Light or dark colours (issue 14 item 5): follow the system's colour scheme (Qt ≥ 6.5
``QStyleHints.colorScheme()``, reacting to ``colorSchemeChanged``) or a choice saved in the settings
file (``color_scheme``: ``"light"``/``"dark"``, ``None`` = the system's; Settings → Appearance).

A forced choice is applied to the whole application: ``QStyleHints.setColorScheme`` (Qt ≥ 6.8) and
the Fusion style's palette (:func:`dark_palette` for dark, Fusion's standard one for light); the
system's choice leaves the platform's palette alone. Whatever decides, :attr:`ColorScheme.dark` is
the result and ``changed(dark)`` tells the timeline's cards (``TimelineDelegate.set_dark``) to paint
with :data:`desktop_app.ui.cards.theme.DARK` or ``LIGHT``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory


def dark_palette() -> QPalette:
    """Fusion's usual dark palette: dark window and base, light text, blue highlight and links."""
    palette = QPalette()
    window, base, text, mid = QColor("#2b2e33"), QColor("#1f2226"), QColor("#e6e7e9"), QColor("#3a3f45")
    roles = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text, QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#262a2e"), QPalette.ColorRole.ToolTipBase: window,
        QPalette.ColorRole.ToolTipText: text, QPalette.ColorRole.PlaceholderText: QColor("#8d949c"),
        QPalette.ColorRole.Text: text, QPalette.ColorRole.Button: mid, QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b66"), QPalette.ColorRole.Link: QColor("#6cb4f5"),
        QPalette.ColorRole.LinkVisited: QColor("#b49cf5"), QPalette.ColorRole.Highlight: QColor("#1a9dc8"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"), QPalette.ColorRole.Light: QColor("#4a5058"),
        QPalette.ColorRole.Midlight: QColor("#42474e"), QPalette.ColorRole.Mid: mid,
        QPalette.ColorRole.Dark: QColor("#16191c"), QPalette.ColorRole.Shadow: QColor("#000000"),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7d838a"))
    return palette


class ColorScheme(QObject):
    """The application's colour scheme: ``preference`` (``None``, ``"light"`` or ``"dark"``) applied
    now and on :meth:`set_preference`; the system's changes followed while it is ``None``.

    Signals:
        changed(bool): whether colours are dark now (emitted when that changes).
    """

    changed = Signal(bool)

    def __init__(self, preference: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        self._style_before = app.style().name() if app is not None else ""
        self._palette_before = QPalette(app.palette()) if app is not None else None
        self.preference: str | None = None
        self.dark = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.set_preference(preference)

    @staticmethod
    def system_dark() -> bool:
        """The system's scheme is dark (``Qt.ColorScheme.Dark``; unknown counts as light)."""
        return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark

    def set_preference(self, preference: str | None) -> None:
        """Apply ``preference`` (anything but ``"light"``/``"dark"`` follows the system)."""
        preference = preference if preference in ("light", "dark") else None
        forced_before, self.preference = self.preference, preference
        app = QApplication.instance()
        hints = QGuiApplication.styleHints()
        if preference is None:
            if forced_before is not None:
                hints.unsetColorScheme()
                if app is not None:
                    app.setStyle(QStyleFactory.create(self._style_before) or app.style())
                    app.setPalette(self._palette_before if self._palette_before is not None else QPalette())
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if preference == "dark" else Qt.ColorScheme.Light)
            if app is not None:
                if app.style().name().lower() != "fusion":
                    app.setStyle("Fusion")
                app.setPalette(dark_palette() if preference == "dark" else app.style().standardPalette())
        self._update()

    def _system_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.preference is None:
            self._update()

    def _update(self) -> None:
        dark = self.preference == "dark" or (self.preference is None and self.system_dark())
        if dark != self.dark:
            self.dark = dark
            self.changed.emit(dark)
