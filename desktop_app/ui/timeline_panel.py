"""The selected entity's timeline: header, the card list, and the page-by-page loading.

Loading runs on the qasync loop through the task registry: the open ("planned") activities first,
then history pages of 50 as the user scrolls (``fetchMore``). Selecting another entity cancels the
load in flight. A new todo is inserted at its place without reloading the list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from desktop_app.bitrix import Activity
from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services.timeline import EntityRef, TimelineService

from .tasks import TaskRegistry
from .timeline import TimelineDelegate, TimelineModel


class TimelinePanel(QWidget):
    """Header (entity title, New todo, Refresh) over a ``QListView`` of cards.

    Signals:
        loaded(EntityRef): the planned activities and the first history page are on screen.
        load_failed(BaseException): a load failed; what was shown stays.
        new_todo_requested: the user asked for the todo form.
    """

    loaded = Signal(object)
    load_failed = Signal(object)
    new_todo_requested = Signal()

    def __init__(self, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._service: TimelineService | None = None
        self._entity: EntityRef | None = None
        self._next: int | None = None

        self.title = QLabel(self.tr("Select a lead, deal, contact or company"), self)
        self.title.setObjectName("timelineTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_todo_button = QPushButton(self.tr("New &todo"), self)
        self.new_todo_button.setObjectName("newTodo")
        self.new_todo_button.setToolTip(self.tr("Plan a todo in this timeline (Ctrl+N)"))
        self.new_todo_button.setEnabled(False)
        self.new_todo_button.clicked.connect(self.new_todo_requested)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setObjectName("refreshTimeline")
        self.refresh_button.setToolTip(self.tr("Load the timeline again (F5)"))
        self.refresh_button.setEnabled(False)
        self.refresh_button.clicked.connect(self.reload)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.refresh_button)
        header.addWidget(self.new_todo_button)

        self.model = TimelineModel(self)
        self.view = QListView(self)
        self.view.setObjectName("timelineView")
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(self.view))
        self.view.setUniformItemSizes(True)
        self.view.setLayoutMode(QListView.LayoutMode.Batched)
        self.view.setBatchSize(200)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.view.setAccessibleName(self.tr("Timeline"))
        self.model.fetch_more_requested.connect(self._load_more)

        self.status = QLabel(self)
        self.status.setObjectName("timelineStatus")

        # Overdue and "today" change with time: re-judge the cards once a minute.
        self._clock: Callable[[], datetime] | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self._refresh_clock)
        self._tick.start()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    @property
    def entity(self) -> EntityRef | None:
        return self._entity

    def set_service(self, service: TimelineService, user_names: dict[int, str], tz: tzinfo,
                    clock: Callable[[], datetime] | None = None) -> None:
        """Attach to a portal. ``clock`` judges overdue/today (``None`` = the real clock)."""
        self._service = service
        self._clock = clock
        self.model.set_user_names(user_names)
        self.model.set_time_zone(tz)
        self._refresh_clock()

    def _refresh_clock(self) -> None:
        self.model.set_now(self._clock() if self._clock is not None else None)

    def show_entity(self, entity: EntityRef, title: str) -> None:
        """Show ``entity``'s timeline (cancels a load in flight)."""
        self._entity = entity
        self.title.setText(title)
        self.new_todo_button.setEnabled(True)
        self.refresh_button.setEnabled(True)
        self.reload()

    def reload(self) -> None:
        if self._service is None or self._entity is None:
            return
        self._tasks.cancel("timeline-more")
        self._tasks.start(self._load(self._entity), key="timeline")

    async def _load(self, entity: EntityRef) -> None:
        assert self._service is not None
        self.status.setText(self.tr("Loading…"))
        self.model.clear()
        try:
            planned = await self._service.planned(entity)
            self.model.set_activities(planned)
            history = await self._service.history_page(entity)
        except BitrixClientError as exc:
            self.status.setText(self.tr("Could not load the timeline."))
            self.load_failed.emit(exc)
            return
        self._next = history.next
        self.model.append_history(history.items)
        self.model.set_has_more(history.next is not None)
        self._update_status()
        self.loaded.emit(entity)

    def _load_more(self) -> None:
        if self._service is None or self._entity is None or self._next is None:
            self.model.set_has_more(False)
            return
        self._tasks.start(self._load_next(self._entity, self._next), key="timeline-more")

    async def _load_next(self, entity: EntityRef, start: int) -> None:
        assert self._service is not None
        try:
            page = await self._service.history_page(entity, start)
        except BitrixClientError as exc:
            self.model.set_has_more(True)
            self.load_failed.emit(exc)
            return
        if entity != self._entity:
            return
        self._next = page.next
        self.model.append_history(page.items)
        self.model.set_has_more(page.next is not None)
        self._update_status()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        if count == 0:
            self.status.setText(self.tr("No activities yet."))
        elif self.model.has_more:
            self.status.setText(self.tr("%1 activities shown; scroll for older ones.").replace("%1", str(count)))
        else:
            self.status.setText(self.tr("%1 activities.").replace("%1", str(count)))

    def add_activity(self, activity: Activity) -> None:
        """Insert (or update) one card in place, select it and scroll to it."""
        row = self.model.upsert(activity)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self._update_status()
