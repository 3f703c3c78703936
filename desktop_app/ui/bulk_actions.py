"""Bulk actions on a multi-selection of activities (issue 4 item 5): a reusable bar and its controller.

- :class:`BulkController` (one per window): starts bulk changes through
  :class:`~desktop_app.services.bulk.BulkService` and follows their progress (``progressed``,
  ``finished``). Give it the session's service with :meth:`BulkController.set_service`.
- :class:`BulkActionsBar` (one per view, e.g. above the timeline and above "My activities"):
  ``BulkActionsBar(controller, parent)``; feed it the view's selection with
  :meth:`BulkActionsBar.set_selection` (or :func:`follow_view`). With ≥ 2 selected activities it
  shows "N selected" and Complete, Reassign ▸ (a user picker), Move deadline ▸ (+1 day, +1 week,
  Pick a date…) and Delete… (confirmed with a non-blocking ``QMessageBox.open()``); while a bulk
  runs, a progress bar and Cancel; at the end, the report ("Completed 750 of 1,000 · 250 cancelled
  · 3 failed") until the selection changes. :meth:`BulkActionsBar.menu_actions` gives the same
  actions for a card's context menu.

Nothing here blocks the qasync loop: menus use ``popup()``, dialogs ``open()``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QLocale, QObject, QPoint, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QToolButton,
    QWidget,
)

from desktop_app.bitrix import Activity
from desktop_app.bitrix.errors import InvalidParameter
from desktop_app.services.activity_rules import plain_update_refused
from desktop_app.services.bulk import BulkAction, BulkProgress, BulkService, DeadlineShift, OnlyTheirApplication

from .plain_text import plain
from .quick_edit import DeadlinePopup, responsible_menu

__all__ = ["BulkActionsBar", "BulkController", "follow_view"]


class BulkController(QObject):
    """Starts bulk changes and reports their progress (module docstring). One bulk runs at a time.

    Signals:
        progressed(BulkProgress): a bulk started, a batch was stored, or it was cancelled.
        finished(BulkProgress): a bulk ended (every activity done, failed or cancelled).
        refused(str): a bulk could not be started (the reason, for the user).
    """

    progressed = Signal(object)
    finished = Signal(object)
    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service: BulkService | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._current: BulkProgress | None = None
        self.users: dict[int, str] = {}
        self.tz: tzinfo | None = None
        self._clock: Callable[[], datetime] | None = None
        #: Said (``refused``) when a bulk is asked for without a service because changes cannot be saved.
        self.unavailable = ""

    def set_service(self, service: BulkService | None, *, users: Mapping[int, str] | None = None,
                    tz: tzinfo | None = None, clock: Callable[[], datetime] | None = None) -> None:
        """Use ``service`` (the session's; ``None`` when disconnected). ``users`` (id → name) fill
        the Reassign picker; ``tz``/``clock`` the deadline choices. A bulk left in the outbox by the
        last session is followed again."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._service = service
        self._current = None
        self.users = dict(users or {})
        self.tz = tz
        self._clock = clock
        if service is not None:
            self._unsubscribe = service.subscribe(self._on_progress)
            left = service.open_bulks()
            if left:
                self._on_progress(left[0])

    @property
    def available(self) -> bool:
        return self._service is not None

    @property
    def current(self) -> BulkProgress | None:
        """The bulk running now (or the last one, finished), else ``None``."""
        return self._current

    @property
    def running(self) -> bool:
        return self._current is not None and not self._current.finished

    def now(self) -> datetime:
        return self._clock() if self._clock is not None else datetime.now(UTC)

    def start(self, action: BulkAction, activities: Sequence[Activity], value: object = None) -> BulkProgress | None:
        """Queue ``action`` for ``activities`` (see ``BulkService.start``); ``None`` when refused
        (``refused`` says why) or while another bulk runs."""
        if self._service is None:
            if self.unavailable:
                self.refused.emit(self.unavailable)
            return None
        if self.running:
            self.refused.emit(self.tr("Wait until the current bulk change has finished, or cancel it."))
            return None
        try:
            return self._service.start(action, activities, value)
        except InvalidParameter as exc:
            self.refused.emit(self.tr("Not changed: %1 %2").replace("%1", exc.field).replace("%2", exc.message))
        except OnlyTheirApplication as exc:
            self.refused.emit(self.skipped_text(exc.count))
        except ValueError as exc:
            self.refused.emit(self.tr("Not changed: %1").replace("%1", str(exc)))
        return None

    def cancel(self) -> None:
        """Cancel the running bulk: unsent changes are dropped, the batch in flight finishes."""
        if self._service is not None and self.running and self._current is not None:
            self._service.cancel(self._current.bulk_id)

    def _on_progress(self, progress: BulkProgress) -> None:
        was_running = self.running and self._current is not None and self._current.bulk_id == progress.bulk_id
        if self._current is not None and self._current.bulk_id != progress.bulk_id and self.running:
            return  # only one bulk is followed at a time
        self._current = progress
        self.progressed.emit(progress)
        if progress.finished and (was_running or progress.done + progress.failed + progress.cancelled):
            self.finished.emit(progress)

    def report_text(self, progress: BulkProgress) -> str:
        """"Completed 750 of 1,000 · 250 cancelled · 3 failed" (numbers in the user's locale)."""
        n = QLocale().toString
        verbs = {
            BulkAction.COMPLETE: self.tr("Completed %1 of %2"),
            BulkAction.REASSIGN: self.tr("Reassigned %1 of %2"),
            BulkAction.MOVE_DEADLINE: self.tr("Moved %1 of %2"),
            BulkAction.DELETE: self.tr("Deleted %1 of %2"),
        }
        parts = [verbs[progress.action].replace("%1", n(progress.done)).replace("%2", n(progress.total))]
        if progress.cancelled:
            parts.append(self.tr("%1 cancelled").replace("%1", n(progress.cancelled)))
        if progress.failed:
            parts.append(self.tr("%1 failed").replace("%1", n(progress.failed)))
        if not progress.finished:
            parts.append(self.tr("%1 still sending").replace("%1", n(progress.sending)))
        if progress.skipped:
            parts.append(self.skipped_text(progress.skipped))
        return " · ".join(parts)

    def skipped_text(self, count: int) -> str:
        """Why ``count`` selected activities were left out of a bulk change (configurable activities)."""
        return self.tr("%n activities were left as they are: only their application can change them", "", count)


class BulkActionsBar(QWidget):
    """"N selected" + bulk actions; progress and Cancel while a bulk runs (module docstring).

    Attributes (for tests and keyboard users): ``count_label``, ``complete_button``,
    ``reassign_button``, ``deadline_button``, ``delete_button``, ``progress``, ``cancel_button``,
    ``report``; ``confirmation`` (the open delete question) and ``deadline_popup``.
    """

    def __init__(self, controller: BulkController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bulkActionsBar")
        self.controller = controller
        self._selection: list[Activity] = []
        self.confirmation: QMessageBox | None = None
        self.deadline_popup: DeadlinePopup | None = None

        self.count_label = QLabel(self)
        self.count_label.setObjectName("bulkCount")
        self.complete_action = QAction(self.tr("&Complete"), self)
        self.complete_action.setObjectName("bulkComplete")
        self.complete_action.triggered.connect(lambda: self._start(BulkAction.COMPLETE))
        self.reassign_action = QAction(self.tr("Re&assign"), self)
        self.reassign_action.setObjectName("bulkReassign")
        self.reassign_action.setMenu(QMenu(self))
        self.reassign_action.menu().aboutToShow.connect(self._fill_users)
        self.deadline_action = QAction(self.tr("&Move deadline"), self)
        self.deadline_action.setObjectName("bulkDeadline")
        self.deadline_action.setMenu(self._deadline_menu())
        self.delete_action = QAction(self.tr("De&lete…"), self)
        self.delete_action.setObjectName("bulkDelete")
        self.delete_action.triggered.connect(self.confirm_delete)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(self.count_label)
        buttons = []
        for action in (self.complete_action, self.reassign_action, self.deadline_action, self.delete_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setObjectName(action.objectName() + "Button")
            if action.menu() is not None:
                button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            layout.addWidget(button)
            buttons.append(button)
        self.complete_button, self.reassign_button, self.deadline_button, self.delete_button = buttons
        self.progress = QProgressBar(self)
        self.progress.setObjectName("bulkProgress")
        self.progress.setAccessibleName(self.tr("Bulk change progress"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("bulkCancel")
        self.cancel_button.clicked.connect(controller.cancel)
        self.report = plain(QLabel(self))  # may hold a portal's error texts
        self.report.setObjectName("bulkReport")
        layout.addWidget(self.progress, 1)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.report, 1)
        layout.addStretch(0)

        controller.progressed.connect(self._on_progress)
        controller.finished.connect(self._on_progress)
        self._report_shown = False
        self._refresh()

    # -- selection -----------------------------------------------------------------------------

    def set_selection(self, activities: list[Activity]) -> None:
        """The view's selected activities (placeholders of unconfirmed creates are ignored)."""
        self._selection = [a for a in activities if a.id > 0]
        if not self.controller.running:
            self._report_shown = False
        self._refresh()

    @property
    def selection(self) -> list[Activity]:
        return list(self._selection)

    def menu_actions(self) -> list[QAction]:
        """The bulk actions for a card's context menu (empty unless ≥ 2 activities are selected)."""
        if len(self._selection) < 2 or self.controller.running:
            return []
        return [self.complete_action, self.reassign_action, self.deadline_action, self.delete_action]

    def _refresh(self) -> None:
        running = self.controller.running
        count = len(self._selection)
        self.count_label.setText(self.tr("%n selected", "", count))
        # each action names how many activities it touches (issue 12 item 6)
        self.complete_action.setText(self.tr("&Complete %n activities", "", count))
        self.reassign_action.setText(self.tr("Re&assign %n activities", "", count))
        self.deadline_action.setText(self.tr("&Move %n deadlines", "", count))
        self.delete_action.setText(self.tr("De&lete %n activities…", "", count))
        for action in (self.complete_action, self.reassign_action, self.deadline_action, self.delete_action):
            action.setEnabled(self.controller.available and count >= 2 and not running)
        self.complete_action.setEnabled(self.complete_action.isEnabled()
                                        and any(not a.completed for a in self._selection))
        if self._selection and all(plain_update_refused(a) for a in self._selection):
            reason = self.tr("Only the application that created these activities can change them.")
            for action in (self.complete_action, self.reassign_action, self.deadline_action):
                action.setEnabled(False)
                action.setToolTip(reason)
        else:
            for action in (self.complete_action, self.reassign_action, self.deadline_action):
                action.setToolTip("")
        for button in (self.complete_button, self.reassign_button, self.deadline_button, self.delete_button):
            button.setVisible(not running)
        self.count_label.setVisible(not running)
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.report.setVisible(running or self._report_shown)
        self.setVisible(count >= 2 or running or self._report_shown)

    def _on_progress(self, progress: BulkProgress) -> None:
        self.progress.setRange(0, max(1, progress.total))
        self.progress.setValue(progress.handled)
        self.cancel_button.setEnabled(not progress.cancel_requested)
        self.report.setText(self.controller.report_text(progress))
        self._report_shown = True
        self._refresh()

    # -- actions -------------------------------------------------------------------------------

    def _start(self, action: BulkAction, value: object = None) -> None:
        if len(self._selection) >= 2:
            self.controller.start(action, self._selection, value)

    def _fill_users(self) -> None:
        menu = self.reassign_action.menu()
        menu.clear()
        picker = responsible_menu(menu, self.controller.users, 0,
                                  lambda user_id: self._start(BulkAction.REASSIGN, user_id))
        for action in picker.actions():
            action.setParent(menu)
            menu.addAction(action)

    def _deadline_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("bulkDeadlineMenu")
        day = menu.addAction(self.tr("+1 &day"))
        day.setObjectName("bulkDeadlineDay")
        day.triggered.connect(lambda: self._start(BulkAction.MOVE_DEADLINE, DeadlineShift(timedelta(days=1))))
        week = menu.addAction(self.tr("+1 &week"))
        week.setObjectName("bulkDeadlineWeek")
        week.triggered.connect(lambda: self._start(BulkAction.MOVE_DEADLINE, DeadlineShift(timedelta(weeks=1))))
        menu.addSeparator()
        pick = menu.addAction(self.tr("&Pick a date…"))
        pick.setObjectName("bulkDeadlinePick")
        pick.triggered.connect(lambda: self.open_deadline_popup())
        return menu

    def open_deadline_popup(self, global_pos: QPoint | None = None) -> DeadlinePopup:
        """The date picker (non-blocking); OK moves every selected deadline to that date and time."""
        if self.deadline_popup is not None:
            self.deadline_popup.close()
        popup = DeadlinePopup(None, self.controller.now(), self.controller.tz, self)
        selection = list(self._selection)
        popup.deadlineChosen.connect(
            lambda value: self.controller.start(BulkAction.MOVE_DEADLINE, selection, DeadlineShift(at=value)))
        popup.finished.connect(lambda _result: setattr(self, "deadline_popup", None))
        self.deadline_popup = popup
        popup.popup(global_pos or self.mapToGlobal(self.deadline_button.geometry().bottomLeft()))
        return popup

    def confirm_delete(self) -> QMessageBox | None:
        """Ask (non-blocking) before deleting the selected activities; Yes starts the bulk delete."""
        selection = list(self._selection)
        if len(selection) < 2:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete activities"),
                          self.tr("Delete %n selected activities? This cannot be undone.", "", len(selection)),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("confirmBulkDelete")
        box.finished.connect(lambda result: self.controller.start(BulkAction.DELETE, selection)
                             if result == QMessageBox.StandardButton.Yes else None)
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _result: setattr(self, "confirmation", None))
        self.confirmation = box
        box.open()
        return box


def follow_view(bar: BulkActionsBar, view: QAbstractItemView, activity_at: Callable[[int], Activity | None]) -> None:
    """Keep ``bar``'s selection in step with ``view``'s selected rows; ``activity_at(row)`` gives
    the activity shown in a row (``None`` for rows that show none). Changes are coalesced (one
    update per event-loop turn), so a bulk updating a thousand cards costs one pass."""
    timer = QTimer(bar)
    timer.setSingleShot(True)
    timer.setInterval(0)

    def update() -> None:
        rows = sorted({index.row() for index in view.selectionModel().selectedRows()})
        bar.set_selection([a for a in (activity_at(r) for r in rows) if a is not None])

    timer.timeout.connect(update)
    view.selectionModel().selectionChanged.connect(lambda *_: timer.start())
    model = view.model()
    for signal in (model.modelReset, model.dataChanged, model.rowsRemoved, model.rowsMoved):
        signal.connect(lambda *_: timer.start())
    update()
