"""The open outbox entries of one activity, as the details pane shows them (issue 3, "no edit lost").

One framed row per entry (:class:`~desktop_app.store.entries.OutboxEntry`): what the change is and
where it stands — waiting to send (attempts, next try), sending, checking whether the portal got it
(outcome unknown), refused (the portal's code and reason, Retry / Discard) or in conflict (the
portal's values next to the user's in words, :mod:`.details_conflict`). Discarding asks first, with a
non-blocking ``QMessageBox.open()``: it loses the change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.change_kinds import kind_of
from desktop_app.store.entries import EntryState, OutboxEntry

from .details_conflict import ConflictView
from .plain_text import plain
from .timeline.format import DateTexts


def change_name(entry: OutboxEntry) -> str:
    """Translated short name of the change: its declared label (:mod:`desktop_app.services.change_kinds`,
    context ``OutboxEntries``; ``Complete`` / ``Reopen`` for a COMPLETED-only update), or the REST
    method of one nobody declared."""
    params = entry.params if isinstance(entry.params, dict) else {}
    label = kind_of(entry.method).label_for(params)
    return QCoreApplication.translate("OutboxEntries", label) if label else entry.method


class OutboxEntriesView(QWidget):
    """The entries; empty (and hidden by the pane) when there are none.

    Signals:
        retryRequested(int entry_id): send a failed entry again.
        discardRequested(int entry_id): drop the entry — emitted only after the user confirmed.
        conflictResolved(int entry_id, bool keep_mine): ``True`` = send mine over theirs,
            ``False`` = drop mine and take the portal's version.
    """

    retryRequested = Signal(int)
    discardRequested = Signal(int)
    conflictResolved = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxEntries")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._rows: list[QFrame] = []
        self._confirm: QMessageBox | None = None

    @property
    def confirmation(self) -> QMessageBox | None:
        """The open "discard?" question, if any."""
        return self._confirm

    def set_entries(self, entries: Sequence[OutboxEntry], texts: DateTexts,
                    user_names: Mapping[int, str] | None = None, now: datetime | None = None) -> None:
        """Show the open ``entries`` (``done`` ones are skipped), oldest first. Times in
        ``texts``' zone; ``now`` (aware) decides "today"; ``user_names`` names responsible ids."""
        for row in self._rows:
            row.hide()
            row.deleteLater()
        self._rows = []
        today = texts.today(now or datetime.now(UTC))
        for entry in sorted(entries, key=lambda e: (e.created_at, e.id)):
            if entry.state.is_open:
                row = self._row(entry, texts, today, user_names or {})
                self._layout.addWidget(row)
                self._rows.append(row)

    def entry_ids(self) -> list[int]:
        """Ids of the entries shown, in order."""
        return [int(row.property("entryId")) for row in self._rows]

    # -- one entry --------------------------------------------------------------------------------

    def _row(self, entry: OutboxEntry, texts: DateTexts, today: date, user_names: Mapping[int, str]) -> QFrame:
        frame = QFrame(self)
        frame.setObjectName(f"entry_{entry.id}")
        frame.setProperty("entryId", entry.id)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        label = plain(QLabel(frame))  # the change's subject and the portal's reason
        label.setObjectName("entryText")
        label.setWordWrap(True)
        layout.addWidget(label)
        what = change_name(entry)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        state = entry.state
        if state == EntryState.PENDING:
            text = self.tr("%1: waiting to send…").replace("%1", what)
            if entry.attempts:
                text += " " + self.tr("Tried %n time(s).", "", entry.attempts)
            if entry.next_attempt_at is not None:
                text += " " + self.tr("Next try: %1.").replace("%1", texts.card(entry.next_attempt_at, today))
            label.setText(text)
        elif state == EntryState.SENDING:
            label.setText(self.tr("%1: sending…").replace("%1", what))
        elif state == EntryState.UNKNOWN:
            label.setText(self.tr("%1: checking whether the portal got it…").replace("%1", what))
        elif state == EntryState.FAILED:
            code = entry.error_code or self.tr("no code")
            reason = entry.error_text or self.tr("no reason given")
            label.setText(self.tr("%1: the portal refused this change (%2): %3")
                          .replace("%1", what).replace("%2", code).replace("%3", reason))
            label.setStyleSheet("color: #c21b16;")
            retry = self._button(frame, self.tr("&Retry"), "retryButton",
                                 self.tr("Send this change again"))
            retry.clicked.connect(lambda: self.retryRequested.emit(entry.id))
            discard = self._button(frame, self.tr("D&iscard"), "discardButton",
                                   self.tr("Drop this change; it will be lost"))
            discard.clicked.connect(lambda: self._ask_discard(entry.id, what))
            buttons.addWidget(retry)
            buttons.addWidget(discard)
        elif state == EntryState.CONFLICT:
            label.setText(self.tr("%1: which version should stay?").replace("%1", what))
            view = ConflictView(entry, texts, today, user_names, frame)
            view.resolved.connect(lambda keep_mine: self.conflictResolved.emit(entry.id, keep_mine))
            layout.addWidget(view)
        layout.addLayout(buttons)
        return frame

    @staticmethod
    def _button(parent: QWidget, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, parent)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _ask_discard(self, entry_id: int, what: str) -> None:
        if self._confirm is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Discard change"),
                          self.tr("Discard “%1”? The change has not reached the portal and will be lost.")
                          .replace("%1", what),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        plain(box)  # the change's subject
        box.finished.connect(lambda _result: self._discard_answered(box, entry_id))
        self._confirm = box
        box.open()

    def _discard_answered(self, box: QMessageBox, entry_id: int) -> None:
        yes = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
        self._confirm = None
        box.deleteLater()
        if yes:
            self.discardRequested.emit(entry_id)
