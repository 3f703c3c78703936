"""``MyActivitiesPanel``: one user's open activities, grouped (Overdue … No deadline) as a list or a
kanban board, with a user picker, a search box, load progress and Cancel.

Standalone use (the ``timeline100k`` benchmark)::

    panel = MyActivitiesPanel(MyActivitiesService(client, me_id=1, tz=tz))
    panel.show()
    count = await panel.load(user_id)      # also emits loaded(int) with the number of rows
    view = panel.view()                    # the scrolled QListView (list mode: the grouped list;
                                           # board mode: the column with the most rows)

Loading walks ``crm.activity.list`` count-free (:class:`~desktop_app.services.my_activities.MyActivitiesService`);
each page (up to 2,500 rows) is added in slices of :data:`SLICE_ROWS` rows, each in an event-loop
turn of its own (not the one that decoded the page), so the window keeps painting. Owner names follow in one ``batch`` per page.

Signals:
    open_entity_requested(int, int, int): ``(ownerTypeId, ownerId, activity id)`` — Enter/double click/Open.
    edit_requested(int, int, int): the same, for the card menu's Edit… (its form, on that timeline).
    selection_changed: the selected rows changed (:meth:`selected_activity_ids`).
    loaded(int): a load finished; rows loaded.
    load_failed(BaseException): a load stopped on an error (rows so far stay).

The list/board choice is remembered in ``ui-preferences.ini`` next to ``settings.json``
(``services.settings.config_dir()``), key ``myActivities/layout`` = ``list`` | ``board``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services.my_activities import MyActivitiesService, parse_rows
from desktop_app.services.settings import config_dir

from ..bulk_actions import BulkActionsBar, BulkController
from ..plain_text import plain
from ..tasks import TaskRegistry
from .actions import MyActivitiesActions
from .empty import EmptyStates
from .follow import follow_entry
from .model import grouped_model
from .selection import PanelSelection
from .source import ActivitySource
from .views import ActivityListView, KanbanBoard

if TYPE_CHECKING:
    from desktop_app.store.entries import OutboxEntry

    from ..activity_controller import ActivityController

__all__ = ["LAYOUT_KEY", "SLICE_ROWS", "MyActivitiesPanel"]

log = logging.getLogger(__name__)

#: Rows added per event-loop turn while a page arrives.
SLICE_ROWS = 250
#: QSettings key of the remembered layout.
LAYOUT_KEY = "myActivities/layout"
PREFERENCES_FILE = "ui-preferences.ini"


def preferences() -> QSettings:
    """The UI preferences file (``<config dir>/ui-preferences.ini``)."""
    return QSettings(str(config_dir() / PREFERENCES_FILE), QSettings.Format.IniFormat)


class MyActivitiesPanel(PanelSelection, QWidget):
    """See the module docstring."""

    open_entity_requested = Signal(int, int, int)
    edit_requested = Signal(int, int, int)
    selection_changed = Signal()
    loaded = Signal(int)
    load_failed = Signal(object)

    def __init__(self, service: MyActivitiesService | None = None, tasks: TaskRegistry | None = None,
                 parent: QWidget | None = None, *, week_start: int | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myActivitiesPanel")
        self._tasks = tasks or TaskRegistry(lambda exc: log.error("My activities task failed", exc_info=exc))
        self._service: MyActivitiesService | None = None
        self._week_start = week_start or int(QLocale().firstDayOfWeek().value)
        self._loading: asyncio.Task | None = None
        self._user_id: int | None = None
        self.bulk_bar: BulkActionsBar | None = None
        self.actions: MyActivitiesActions | None = None
        self.source = ActivitySource(service.tz if service else None, self)

        self.user_combo = QComboBox(self)
        self.user_combo.setObjectName("myActivitiesUser")
        self.user_combo.setAccessibleName(self.tr("Responsible person"))
        user_label = QLabel(self.tr("&Responsible:"), self)
        user_label.setBuddy(self.user_combo)
        self.user_combo.activated.connect(lambda _i: self.start_load(self.user_id()))

        self.search = QLineEdit(self)
        self.search.setObjectName("myActivitiesSearch")
        self.search.setPlaceholderText(self.tr("Filter by subject or client…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Filter activities"))
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(lambda: self.source.set_filter(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())

        self.list_button = QToolButton(self)
        self.list_button.setText(self.tr("&List"))
        self.list_button.setObjectName("myActivitiesListMode")
        self.board_button = QToolButton(self)
        self.board_button.setText(self.tr("&Board"))
        self.board_button.setObjectName("myActivitiesBoardMode")
        self.board_button.setToolTip(self.tr("Show the groups as kanban columns"))
        self._mode_group = QButtonGroup(self)
        for button in (self.list_button, self.board_button):
            button.setCheckable(True)
            self._mode_group.addButton(button)
        self.list_button.clicked.connect(lambda: self.set_layout_mode("list"))
        self.board_button.clicked.connect(lambda: self.set_layout_mode("board"))

        self.reload_button = QPushButton(self.tr("Re&load"), self)
        self.reload_button.clicked.connect(lambda: self.start_load(self.user_id()))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("myActivitiesCancel")
        self.cancel_button.clicked.connect(self.cancel_load)
        self.cancel_button.hide()
        self.status = QLabel(self)
        self.status.setObjectName("myActivitiesStatus")
        plain(self.status)  # may hold a portal's error_description

        self.list_view = ActivityListView(grouped_model(self.source, self), self)
        self.list_view.setObjectName("myActivitiesList")
        self.list_view.setAccessibleName(self.tr("My activities"))
        self.board = KanbanBoard(self.source, self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.list_view)
        self.stack.addWidget(self.board)
        for emitter in (self.list_view, self.board):
            emitter.open_requested.connect(self.open_entity_requested)
        self.list_view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.board.selection_changed.connect(self.selection_changed)

        bar = QHBoxLayout()
        bar.addWidget(user_label)
        bar.addWidget(self.user_combo)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.list_button)
        bar.addWidget(self.board_button)
        bar.addWidget(self.reload_button)
        status_bar = QHBoxLayout()
        status_bar.addWidget(self.status, 1)
        status_bar.addWidget(self.cancel_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(bar)
        self._layout.addLayout(status_bar)
        self._layout.addWidget(self.stack, 1)

        self.empty_states = EmptyStates(self)
        mode = str(preferences().value(LAYOUT_KEY, "list"))
        self._apply_mode("board" if mode == "board" else "list")
        if service is not None:
            self.set_service(service)

    # -- set-up ------------------------------------------------------------------------------

    def set_service(self, service: MyActivitiesService) -> None:
        """Attach to a portal: fills the user picker (current user first); nothing is loaded yet."""
        self.cancel_load()
        self._service = service
        self.source.tz = service.tz
        self.source.reset(service.bounds(self._week_start), service.now())
        self.user_combo.clear()
        users = sorted(service.users.values(), key=lambda u: (u.id != service.me_id, u.display_name.lower()))
        for user in users:
            text = user.display_name
            if user.id == service.me_id:
                text = self.tr("%1 (you)").replace("%1", text)
            self.user_combo.addItem(text, user.id)
        self.status.setText("")

    def set_bulk_bar(self, bar: QWidget) -> None:
        """Put a bar above the views (e.g. bulk actions reading :meth:`selected_activity_ids`)."""
        self._layout.insertWidget(self._layout.indexOf(self.stack), bar)

    def attach_bulk(self, controller: BulkController) -> BulkActionsBar:
        """Show a :class:`BulkActionsBar` of ``controller`` above the views, fed with the selection
        (coalesced to one update per event-loop turn); a finished bulk reloads the list."""
        bar = self.bulk_bar = BulkActionsBar(controller, self)
        self.set_bulk_bar(bar)
        timer = QTimer(bar)
        timer.setSingleShot(True)
        timer.setInterval(0)
        timer.timeout.connect(lambda: bar.set_selection(self.selected_activities()))
        self.selection_changed.connect(timer.start)
        self.source.reset_done.connect(timer.start)
        # a filter drops the cards it hides from the selection (no selectionChanged from Qt for that)
        for signal in (self.source.filter_changed, self.source.rows_removed):
            signal.connect(timer.start)
        return bar

    def attach_actions(self, controller: ActivityController, notify: Callable[[str, str], None]) -> MyActivitiesActions:
        """Give the cards their actions (menu, keys, drops) through ``controller`` (:mod:`.actions`)."""
        self.actions = MyActivitiesActions(self, controller, notify)
        controller.liveChanged.connect(self.apply_live_changes)
        return self.actions

    def apply_live_changes(self, _changes: object) -> None:
        """Someone changed activities on the portal (``ActivityController.liveChanged``): a shown list
        that finished loading is loaded again for the same user (a running load already reads them)."""
        if self._service is not None and self._user_id is not None and not self.is_loading and self.isVisible():
            self.start_load(self._user_id)

    def apply_entry(self, entry: OutboxEntry) -> None:
        """An outbox entry changed (anywhere in the window): move / remove / restore its row (:mod:`.follow`)."""
        follow_entry(self.source, entry, self._user_id)

    # -- reading the rows --------------------------------------------------------------------

    @property
    def service(self) -> MyActivitiesService | None:
        return self._service

    @property
    def week_start(self) -> int:
        """ISO weekday the groups' weeks start on."""
        return self._week_start

    def user_id(self) -> int | None:
        data = self.user_combo.currentData()
        return int(data) if data is not None else None

    def _select_user(self, user_id: int) -> None:
        index = self.user_combo.findData(user_id)
        if index < 0:
            self.user_combo.addItem(self.tr("User #%1").replace("%1", str(user_id)), user_id)
            index = self.user_combo.count() - 1
        self.user_combo.setCurrentIndex(index)

    # -- layout mode -------------------------------------------------------------------------

    @property
    def layout_mode(self) -> str:
        """``"list"`` or ``"board"``."""
        return "board" if self.stack.currentWidget() is self.board else "list"

    def set_layout_mode(self, mode: str) -> None:
        """Switch between the grouped list and the kanban board and remember the choice."""
        self._apply_mode(mode)
        prefs = preferences()
        prefs.setValue(LAYOUT_KEY, self.layout_mode)
        prefs.sync()

    def _apply_mode(self, mode: str) -> None:
        board = mode == "board"
        self.board.set_active(board)
        self.stack.setCurrentWidget(self.board if board else self.list_view)
        (self.board_button if board else self.list_button).setChecked(True)
        self.selection_changed.emit()

    def view(self) -> QListView:
        """The scrolled view: the grouped list, or in board mode the column with the most rows."""
        return self.board.busiest_view() if self.layout_mode == "board" else self.list_view

    # -- loading -----------------------------------------------------------------------------

    def start_load(self, user_id: int | None = None) -> None:
        """Start :meth:`load` as a task (a running load is cancelled first)."""
        if self._service is not None:
            self._tasks.start(self.load(user_id), key="my-activities")

    def cancel_load(self) -> None:
        """Stop a running load; the rows so far stay."""
        if self._loading is not None and not self._loading.done():
            self._loading.cancel()

    @property
    def is_loading(self) -> bool:
        return self._loading is not None and not self._loading.done()

    async def load(self, user_id: int | None = None) -> int:
        """Load ``user_id``'s open activities (default: the picked user, else the current user).

        Returns the number of rows and emits :attr:`loaded`; on a client error emits
        :attr:`load_failed` and returns the rows so far. Cancelling (Cancel button,
        :meth:`cancel_load`) keeps the rows so far and re-raises ``CancelledError``.
        """
        if self._service is None:
            raise RuntimeError("MyActivitiesPanel.load() needs a service")
        if self.is_loading and self._loading is not asyncio.current_task():
            self._loading.cancel()
        service = self._service
        self._loading = asyncio.current_task()
        if user_id is None:
            user_id = self.user_id() or await service.current_user_id()
        self._select_user(user_id)
        self._user_id = user_id
        self.source.reset(service.bounds(self._week_start), service.now())
        self.cancel_button.show()
        self.status.setText(self.tr("Loading…"))
        locale = QLocale()
        try:
            async for page in service.pages(user_id):
                first = len(self.source.rows)
                for start in range(0, len(page.rows), SLICE_ROWS):
                    await asyncio.sleep(0)  # first: the turn that decoded the page ends here
                    self.source.append(parse_rows(page.rows[start:start + SLICE_ROWS]))
                total = "?" if page.total is None else locale.toString(int(page.total))
                self.status.setText(self.tr("Loading… %1 of %2").replace(
                    "%1", locale.toString(int(page.rows_so_far))).replace("%2", total))
                await self._fetch_names(range(first, len(self.source.rows)))
        except asyncio.CancelledError:
            self.status.setText(self.tr("Cancelled — %1 activities loaded").replace(
                "%1", locale.toString(len(self.source.rows))))
            raise
        except BitrixClientError as exc:
            self.status.setText(self.tr("Could not load everything — %1 activities shown").replace(
                "%1", locale.toString(len(self.source.rows))))
            self.load_failed.emit(exc)
            return len(self.source.rows)
        finally:
            self.cancel_button.hide()
        for _step in self.source.rows.compaction():  # a faster filter afterwards; ~5 ms per turn
            await asyncio.sleep(0)
        count = len(self.source.rows)
        self.status.setText(self.tr("%1 open activities").replace("%1", locale.toString(count)))
        self.loaded.emit(count)
        return count

    async def _fetch_names(self, rows: range) -> None:
        assert self._service is not None
        missing = self.source.rows.owners_without_name(rows)
        if not missing:
            return
        try:
            names = await self._service.entity_names(missing)
        except BitrixClientError as exc:  # names are a nicety: rows show "Deal #12" instead
            log.warning("owner names not loaded: %s", exc)
            return
        self.source.set_names(names)
