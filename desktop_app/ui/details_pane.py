"""The details pane: one activity as a manager reads it, its bindings, its changes still in the
outbox, and the actions Edit, Complete / Reopen, Delete and Close (issue 12 point 4).

Data comes from :class:`~desktop_app.services.details.ActivityDetails` (``crm.activity.get`` +
``COMMUNICATIONS`` from ``crm.activity.list`` + ``crm.activity.binding.list``, api-spec.md §4.5,
§4.6, §4.10). The pane is assembled from parts:

- :mod:`.details_summary`: type, direction, status, deadline, reminders, responsible, client… in
  words (:mod:`.details_texts`), with the files (:mod:`.details_files`);
- :mod:`.details_technical`: every raw field behind a "Technical details" toggle (collapsed by
  default; kept as the user left it for the session);
- :mod:`.outbox_entries` with :mod:`.details_conflict`: changes waiting, refused or in conflict;
- :mod:`.bindings_panel`: the timelines the activity appears in.

Times are shown in the viewer's zone and locale (:mod:`desktop_app.ui.timeline.format`); users by
name. The pane sends nothing itself: it emits signals and the window does the work. Delete asks
first with a non-blocking ``QMessageBox.open()``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix.models import Activity
from desktop_app.services.attachments import PortalFile
from desktop_app.services.details import ActivityDetails
from desktop_app.store.entries import OutboxEntry

from .bindings_panel import BindingsPanel
from .details_files import FilesList
from .details_summary import DetailsSummary
from .details_technical import TechnicalDetails
from .details_texts import plain_description
from .outbox_entries import OutboxEntriesView
from .timeline.format import DateTexts

__all__ = ["DetailsPane", "plain_description"]

class DetailsPane(QWidget):
    """Everything about one activity.

    Signals:
        editRequested(Activity): open the activity in its form.
        completeRequested(Activity, bool completed): set ``COMPLETED`` to ``completed``.
        deleteRequested(Activity): delete it (``crm.activity.delete``) — only after the user said Yes.
        retryRequested(int entry_id), discardRequested(int entry_id) (after confirmation),
        conflictResolved(int entry_id, bool keep_mine): about the activity's outbox entries.
        closeRequested(): the user closed the pane.
        downloadRequested(PortalFile, str target), openFileRequested(PortalFile): about a file
            (:attr:`files`, filled by :meth:`set_files`).
    The bindings panel (:attr:`bindings_panel`) has its own signals (``addRequested`` …).
    """

    editRequested = Signal(object)
    completeRequested = Signal(object, bool)
    deleteRequested = Signal(object)
    retryRequested = Signal(int)
    discardRequested = Signal(int)
    conflictResolved = Signal(int, bool)
    closeRequested = Signal()
    downloadRequested = Signal(object, str)
    openFileRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, tz: tzinfo | None = None,
                 now: Callable[[], datetime] | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPane")
        self._locale = locale
        self._now = now or (lambda: datetime.now(UTC))
        self._texts = DateTexts(tz, locale)
        self._activity: Activity | None = None
        self._details: ActivityDetails | None = None
        self._entries: list[OutboxEntry] = []
        self._confirm: QMessageBox | None = None

        self.title = QLabel(self)
        self.title.setObjectName("detailsTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the subject: portal text
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel(self)
        self.status.setObjectName("detailsStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may hold a portal's error_description
        self.status.setWordWrap(True)

        self.edit_button = self._action(self.tr("&Edit"), "editButton", "Ctrl+E", self._edit,
                                        self.tr("Change this activity"))
        self.complete_button = self._action(self.tr("&Complete"), "completeButton", "Ctrl+Return",
                                            self._complete, self.tr("Mark this activity as done"))
        self.delete_button = self._action(self.tr("&Delete…"), "deleteButton", QKeySequence.StandardKey.Delete,
                                          self._ask_delete, self.tr("Delete this activity from the portal"))
        self.close_button = self._action(self.tr("Close"), "closeButton", "Esc", self.closeRequested.emit,
                                         self.tr("Close the details"))
        actions = QHBoxLayout()
        for button in (self.edit_button, self.complete_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.close_button)

        self.entries = OutboxEntriesView(self)
        self.entries.retryRequested.connect(self.retryRequested)
        self.entries.discardRequested.connect(self.discardRequested)
        self.entries.conflictResolved.connect(self.conflictResolved)
        self.entries.hide()

        self.files = FilesList(self)
        self.files.downloadRequested.connect(self.downloadRequested)
        self.files.openRequested.connect(self.openFileRequested)
        self.summary = DetailsSummary(self)
        self.technical = TechnicalDetails(self)

        self.bindings_panel = BindingsPanel(self)
        bindings_box = QGroupBox(self.tr("Shown in the timelines of"), self)
        QVBoxLayout(bindings_box).addWidget(self.bindings_panel)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.entries)
        body_layout.addWidget(self.summary)
        body_layout.addWidget(bindings_box)
        body_layout.addWidget(self.technical)
        body_layout.addStretch(1)
        self._body = body
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.status)
        layout.addLayout(actions)
        layout.addWidget(scroll, 1)
        self._set_actions_enabled(False)

    def _action(self, text: str, name: str, key: str | QKeySequence.StandardKey, slot: Callable[[], object],
                tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        sequence = QKeySequence(key)
        shown = sequence.toString(QKeySequence.SequenceFormat.NativeText)
        button.setToolTip(f"{tip} ({shown})")
        button.clicked.connect(slot)
        shortcut = QShortcut(sequence, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda b=button: b.isEnabled() and b.click())
        return button

    # -- public API -------------------------------------------------------------------------------

    def set_clock(self, tz: tzinfo | None, now: Callable[[], datetime] | None = None,
                  locale: QLocale | None = None) -> None:
        """The viewer's zone (``None`` = the system's), clock (aware "now") and locale (``None`` =
        ``QLocale()``) for dates; what is shown is redrawn."""
        self._locale = locale or self._locale
        self._texts = DateTexts(tz, self._locale)
        if now is not None:
            self._now = now
        if self._details is not None:
            self.show_details(self._details)

    @property
    def activity(self) -> Activity | None:
        """The activity shown (or being loaded)."""
        return self._activity

    @property
    def details(self) -> ActivityDetails | None:
        return self._details

    @property
    def confirmation(self) -> QMessageBox | None:
        """The open "delete?" or "discard?" question, if any."""
        return self._confirm or self.entries.confirmation

    def show_loading(self, activity: Activity | int) -> None:
        """Show what is known (a card's activity, or just its id) while :meth:`show_details` is awaited."""
        self._details = None
        if isinstance(activity, Activity):
            self._activity = activity
            self.title.setText(self._subject(activity))
        else:
            self._activity = None
            self.title.setText(self.tr("Activity #%1").replace("%1", str(activity)))
        self.status.setText(self.tr("Loading…"))
        self.status.setStyleSheet("")
        self.status.show()
        self._clear_fields()
        self._set_actions_enabled(False)

    def show_error(self, text: str) -> None:
        """Show why the details could not be loaded (or an action failed); what is shown stays."""
        self.status.setText(text)
        self.status.setStyleSheet("color: #c21b16;")
        self.status.show()

    def show_details(self, details: ActivityDetails) -> None:
        """Show ``details``: the summary in words, the bindings and the raw fields (collapsed)."""
        self._details = details
        a = self._activity = details.activity
        self.title.setText(self._subject(a))
        self.status.setText("")
        self.status.setStyleSheet("")
        self.status.hide()
        self.summary.show_details(details, self._texts, self._now(), self.files)
        raw = dict(a.raw)
        raw["COMMUNICATIONS"] = [c.model_dump(by_alias=True) for c in details.communications]
        raw["BINDINGS"] = [{"entityTypeId": b.entity_type_id, "entityId": b.entity_id} for b in details.bindings]
        if details.ping_offsets is not None:
            raw["pingOffsets"] = list(details.ping_offsets)
        self.technical.set_raw(raw)
        self.bindings_panel.set_bindings(details.bindings, details.entity_names)
        self.complete_button.setText(self.tr("Re&open") if a.completed else self.tr("&Complete"))
        self._set_actions_enabled(True)
        self._show_entries()

    def set_files(self, files: Sequence[PortalFile] | None, error: str | None = None) -> None:
        """The activity's files (``crm.activity.list`` ``FILES``): ``None`` = being listed; ``error``
        = why they could not be listed."""
        if error is not None:
            self.files.set_error(error)
        elif files is None:
            self.files.set_loading()
        else:
            self.files.set_files(files)

    def set_entries(self, entries: Sequence[OutboxEntry]) -> None:
        """The open outbox entries of this activity (an empty list hides the section)."""
        self._entries = list(entries)
        self._show_entries()

    # -- building blocks --------------------------------------------------------------------------

    def _show_entries(self) -> None:
        names = self._details.user_names if self._details else {}
        self.entries.set_entries(self._entries, self._texts, names, self._now())
        self.entries.setVisible(bool(self.entries.entry_ids()))

    def _subject(self, a: Activity) -> str:
        return a.subject or self.tr("Activity #%1").replace("%1", str(a.id))

    def _clear_fields(self) -> None:
        self.summary.clear()
        self.technical.clear()
        self.files.set_files([])

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.edit_button, self.complete_button, self.delete_button):
            button.setEnabled(enabled)

    # -- actions ----------------------------------------------------------------------------------

    def _edit(self) -> None:
        if self._activity is not None:
            self.editRequested.emit(self._activity)

    def _complete(self) -> None:
        if self._activity is not None:
            self.completeRequested.emit(self._activity, not self._activity.completed)

    def _ask_delete(self) -> None:
        activity = self._activity
        if activity is None or self._confirm is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete activity"),
                          self.tr("Delete “%1”? It disappears from every timeline it is in; this cannot be undone.")
                          .replace("%1", self._subject(activity)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the subject: portal text
        box.finished.connect(lambda _result: self._delete_answered(box, activity))
        self._confirm = box
        box.open()

    def _delete_answered(self, box: QMessageBox, activity: Activity) -> None:
        yes = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
        self._confirm = None
        box.deleteLater()
        if yes:
            self.deleteRequested.emit(activity)
