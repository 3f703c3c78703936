"""Asking the user about a portal that redirects to another host (issue 10 item 1).

When the portal answers a redirect the client does not follow by itself
(:class:`~desktop_app.bitrix.errors.PortalMoveUnconfirmed`: not a Bitrix24-cloud-to-cloud move over
HTTPS), nothing — no request, no body, no webhook code — has gone to the new host, and the outbox
holds every write (:attr:`~desktop_app.services.outbox.OutboxProcessor.portal_move`). This bar,
above the window's content, shows the old and the new host in plain text and asks:

- **Follow** → ``client.confirm_portal_move(new_base_url)`` (the client then sends there and calls its
  ``on_portal_moved`` callback) and the outbox resumes at once
  (:meth:`~desktop_app.services.outbox.OutboxProcessor.resume_after_move`);
- **Stay** → nothing is sent to the new host; the bar says that the changes wait in the outbox, and
  keeps a Follow button for when the user has checked the new address.

A move met before any portal was opened (the saved portal redirects at start-up) or by another
portal than the open one cannot be followed here: the bar says so and points to Portal → Connect.

Non-modal: a bar in the window, never a dialog run with ``exec()`` inside a coroutine. Two ways in:
the outbox's listener (:meth:`PortalMovePrompt.attach` subscribes to the session's processor) and
:meth:`MainWindow.show_error <desktop_app.ui.main_window.MainWindow.show_error>` for a read (a
timeline, a list) that met the redirect. No REST logic here: the decision goes to the client and
the outbox processor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop_app.bitrix.errors import InvalidWebhookUrl, PortalMoveUnconfirmed

if TYPE_CHECKING:
    from desktop_app.services.session import PortalSession

log = logging.getLogger(__name__)

ShowMessage = Callable[[str, str], None]


class PortalMovePrompt(QFrame):
    """The "your portal answers from another address" bar (module docstring).

    Args:
        show_message: ``(text, level)`` for the window's banner (after Follow).
        parent: the window.

    Signals:
        followed(str): the user followed the move; the new base URL now in use.
        stayed: the user chose to stay on the old address.

    Attributes:
        move: the move being asked about (or stayed on), ``None`` when the bar is hidden.
        state: ``""`` (hidden), ``"asking"``, ``"staying"``, ``"refused"`` (the address cannot be followed)
            or ``"no_session"`` (no open portal to follow it with).
    """

    followed = Signal(str)
    stayed = Signal()

    def __init__(self, show_message: ShowMessage | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portalMovePrompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#portalMovePrompt { background: #fff6d6; border: 1px solid #7a5100; border-radius: 6px; }"
                           "#portalMovePrompt QLabel { color: #7a5100; }")
        self._show_message = show_message or (lambda _text, _level: None)
        self.session: PortalSession | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.move: PortalMoveUnconfirmed | None = None
        self.state = ""

        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel(self)
        self.text.setObjectName("portalMoveText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # hosts come from the portal's reply: never markup
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.follow_button = QPushButton(self)
        self.follow_button.setObjectName("portalMoveFollow")
        self.follow_button.clicked.connect(self.follow)
        self.stay_button = QPushButton(self)
        self.stay_button.setObjectName("portalMoveStay")
        self.stay_button.clicked.connect(self.stay)
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message (nothing is sent to the new address)"))
        self.close_button.setAccessibleName(self.tr("Hide message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.follow_button)
        layout.addWidget(self.stay_button)
        layout.addWidget(self.close_button)
        self.setAccessibleName(self.tr("Portal address changed"))
        self.hide()

    # -- session ---------------------------------------------------------------------------------

    def attach(self, session: PortalSession) -> None:
        """Listen to ``session``'s outbox (when it has one) for moves; forget the previous session."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.session = session
        self.move = None
        self.state = ""
        self.hide()
        changes = session.changes
        if changes is not None:
            self._unsubscribe = changes.processor.subscribe_portal_move(self.ask)
            if changes.processor.portal_move is not None:
                self.ask(changes.processor.portal_move)

    # -- asking ----------------------------------------------------------------------------------

    def ask(self, move: PortalMoveUnconfirmed) -> None:
        """Show the move and ask Follow / Stay. The same move asked again (another call met the same
        redirect) keeps the bar as it is, so a "Stay" is not asked twice."""
        if self.move is not None and self.move.new_base_url == move.new_base_url and self.state:
            return
        self.move = move
        session = self.session
        if session is None or session.client.host.lower() != move.old_host.lower():
            self.state = "no_session"
            self.text.setText(self.tr(
                "The portal %1 now answers from another address: %2. Nothing has been sent there. If your portal "
                "has moved, connect to it again with a webhook from its new address (Portal → Connect a portal…).")
                .replace("%1", move.old_host).replace("%2", move.new_host))
            self.follow_button.hide()
            self.stay_button.hide()
            self.setAccessibleDescription(self.text.text())
            self.show()
            return
        self.state = "asking"
        self.text.setText(self.tr(
            "The portal %1 now answers from another address: %2. Nothing has been sent there. Follow only if "
            "you know your portal has moved: your webhook and your changes will then go to %2.")
            .replace("%1", move.old_host).replace("%2", move.new_host))
        self.follow_button.setText(self.tr("Follow to %1").replace("%1", move.new_host))
        self.follow_button.setToolTip(self.tr("Use %1 as the portal's address from now on").replace("%1", move.new_host))
        self.stay_button.setText(self.tr("Stay on %1").replace("%1", move.old_host))
        self.stay_button.setToolTip(self.tr("Send nothing to %1; your changes wait in the outbox")
                                    .replace("%1", move.new_host))
        self.follow_button.show()
        self.stay_button.show()
        self.setAccessibleDescription(self.text.text())
        self.show()

    def follow(self) -> None:
        """The user follows the move: the client sends to the new host, the outbox resumes now."""
        move, session = self.move, self.session
        if move is None or session is None or self.state not in ("asking", "staying"):
            return
        try:
            base_url = session.client.confirm_portal_move(move.new_base_url)
        except InvalidWebhookUrl as exc:  # e.g. plain HTTP to another machine: never followed
            log.warning("portal move to %s refused: %s", move.new_host, exc.reason)
            self.state = "refused"
            self.text.setText(self.tr(
                "Activity Desk cannot follow %1: %2. Nothing has been sent there; your changes wait in the outbox.")
                .replace("%1", move.new_host).replace("%2", exc.reason))
            self.follow_button.hide()
            self.stay_button.hide()
            self.setAccessibleDescription(self.text.text())
            return
        self.move = None
        self.state = ""
        self.hide()
        if session.changes is not None:
            session.changes.processor.resume_after_move()
        self._show_message(self.tr("Following the portal to %1. Changes waiting in the outbox are sent there now.")
                           .replace("%1", move.new_host), "info")
        self.followed.emit(base_url)

    def stay(self) -> None:
        """The user stays on the old address: nothing goes to the new host; the bar says why the
        changes wait and keeps the Follow button."""
        move = self.move
        if move is None or self.state != "asking":
            return
        self.state = "staying"
        waiting = len(self.session.changes.open_entries()) if self.session and self.session.changes else 0
        self.text.setText(self.tr(
            "Staying on %1: nothing is sent to %2. %n change(s) wait in the outbox until you follow the move; "
            "Activity Desk asks again on the next start.", "", waiting)
            .replace("%1", move.old_host).replace("%2", move.new_host))
        self.stay_button.hide()
        self.setAccessibleDescription(self.text.text())
        self.stayed.emit()

    def detach(self) -> None:
        """Stop listening (the window closes)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.session = None
