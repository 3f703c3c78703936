"""A non-modal message strip shown above the content (errors, notices), closable, never blocking.

Its text and code are shown as plain text: they often carry a portal's ``error_description``.

A message may name its *cause* (``"offline"``, ``"entities"``, ``"timeline"``…): whoever knows the
cause is gone calls :meth:`MessageBanner.clear` with it, and the message goes away by itself — an
"Offline" message does not outlive the portal answering again. A message with another cause (or
none) is left alone."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget


class MessageBanner(QFrame):
    """Shows one message with a level (``error``, ``warning``, ``info``) and an optional error code.

    Signals:
        closed: the user dismissed the message.
        cleared(str): the message of that cause went away because its cause is gone.
    """

    closed = Signal()
    cleared = Signal(str)

    _STYLES = {
        "error": ("#fdeceb", "#c21b16"),
        "warning": ("#fff6d6", "#7a5100"),
        "info": ("#e5f9ff", "#00789e"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self._text = QLabel(self)
        self._text.setTextFormat(Qt.TextFormat.PlainText)  # portal text: never markup, never a link
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._code = QLabel(self)
        self._code.setObjectName("messageCode")
        self._code.setTextFormat(Qt.TextFormat.PlainText)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.dismiss)
        #: "Open the page": shown for a message with a ``link`` (opened in the browser, never fetched here).
        self.link_button = QPushButton(self.tr("Open the page"), self)
        self.link_button.setObjectName("messageLink")
        self.link_button.hide()
        self.link_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(self.link)))
        self.link = ""
        layout.addWidget(self._text, 1)
        layout.addWidget(self._code)
        layout.addWidget(self.link_button)
        layout.addWidget(close)
        self.level = ""
        #: The cause of the message on screen ("" = none given; only the user dismisses it).
        self.cause = ""
        self.hide()

    def show_message(self, text: str, *, level: str = "error", code: str = "", cause: str = "", link: str = "") -> None:
        """Show ``text`` (plain text) at ``level``, with the Bitrix24 ``code`` beside it; ``cause``:
        see :meth:`clear`; ``link``: an address the "Open the page" button opens in the browser."""
        self.link = link
        self.link_button.setVisible(bool(link))
        background, foreground = self._STYLES.get(level, self._STYLES["info"])
        self.setStyleSheet(
            f"#messageBanner {{ background: {background}; border: 1px solid {foreground}; border-radius: 6px; }}"
            f"#messageBanner QLabel {{ color: {foreground}; }}"
        )
        self.level = level
        self.cause = cause
        self._text.setText(text)
        self._code.setText(f"[{code}]" if code else "")
        self._code.setVisible(bool(code))
        self.setAccessibleName(self.tr("Message"))
        self.setAccessibleDescription(text)
        self.show()

    def text(self) -> str:
        return self._text.text()

    def code(self) -> str:
        return self._code.text().strip("[]")

    def clear(self, cause: str) -> bool:
        """Hide the message if it was shown for ``cause`` (its cause is gone); True if it was."""
        if not cause or self.cause != cause or self.isHidden():
            return False
        self.hide()
        self.cause = ""
        self.cleared.emit(cause)
        return True

    def dismiss(self) -> None:
        self.hide()
        self.cause = ""
        self.closed.emit()
