"""The selected entity's timeline: header, filter bar, the card list, and the page-by-page loading.

Loading runs on the qasync loop through the task registry: the open ("planned") activities first,
then history pages of 50 as the user scrolls (``fetchMore``). Selecting another entity or changing
the filter cancels the load in flight; the filter is applied on the portal (``TimelineQuery``).
A new todo is inserted at its place without reloading the list.

With a local cache (``set_cache``, issue 3 item 3a) an unfiltered timeline opens with the entity's
last seen snapshot at once ("Showing what was seen at 10:42; updating…", ``cacheShown``); the
portal's answer then replaces it and is saved as the new snapshot (``CachedTimelineService.refresh``:
one read, not two). When the portal cannot be reached the snapshot stays, marked "Offline";
Refresh tries again. Filtered timelines always come from the portal (the cache holds the plain one).
The snapshot, the delta and the live updates (``apply_live_changes``, ``refresh_live``) are
:class:`.cached_view.CachedTimelineView`.

Cards answer a right click, the Menu key and Shift+F10 with their menu (``CardMenu``, opened by
:class:`.popups.CardPopups`); open todos also have hot zones (icon = colour, date = deadline, name = responsible). With ≥ 2 cards selected
the bulk bar (``bulk_bar``, :mod:`.bulk_actions`; its controller is ``bulk``) shows above the list
and the card menu offers the bulk actions too. The panel only emits what
the user asked for; the main window sends it (through the outbox) and reports back with
``add_activity`` / ``remove_activity`` / ``set_sync_state``. The cards' own clicks and keys (the
complete checkbox, "Show more", the attachments line), pins, the entity's client and the empty state
are :class:`.card_actions.CardActions`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix import Activity
from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services.attachments import AttachmentService
from desktop_app.services.cached_timeline import CachedTimelineService, HistoryCursor
from desktop_app.services.contacts import ContactDirectory
from desktop_app.services.timeline import (
    EntityRef,
    TimelineFilter,
    TimelineQuery,
    TimelineService,
)
from desktop_app.store.entries import OutboxEntry
from desktop_app.store.file_names import FileNameStore
from desktop_app.store.pins import PinStore

from ..bulk_actions import BulkActionsBar, BulkController, follow_view
from ..quick_edit import DeadlinePopup
from ..tasks import TaskRegistry
from .app_extras import AppExtras
from .cached_view import CachedTimelineView
from .card_actions import CardActions
from .delegate import TimelineDelegate
from .filter_bar import TimelineFilterBar
from .model import TimelineModel
from .popups import CardPopups
from .view import TimelineView


class TimelinePanel(QWidget, CardPopups, CardActions, AppExtras, CachedTimelineView):
    """Header (entity title, Refresh, New todo), filter bar, a ``TimelineView`` of cards, status line.

    Signals:
        loaded(EntityRef): the planned activities and the first history page are on screen (from the
            portal).
        cacheShown(EntityRef): the entity's cached snapshot is on screen, before the portal answered
            (then ``loaded`` follows, or the status line turns to "Offline").
        load_failed(BaseException): a load failed; what was shown stays. Not emitted when the portal
            is unreachable while a cached snapshot is shown (the status line says "Offline").
        new_todo_requested: the user asked for the todo form.
        detailsRequested(Activity), editRequested(Activity): card menu / Enter / double click.
        completeRequested(Activity, bool completed): Complete (True) or Reopen (False).
        deleteRequested(Activity): Delete… (the main window asks for confirmation).
        quickDeadlineRequested(Activity, datetime): a new deadline, aware, in the user's time zone.
        quickColorRequested(Activity, str | None): todo colour ``"1"``…``"7"``, ``None`` = default.
        quickResponsibleRequested(Activity, int): the new responsible user id.
        retryRequested(OutboxEntry), discardRequested(OutboxEntry): on a failed / conflicting change.
        filterChanged(TimelineFilter): the filter the timeline now loads with.
        liveUpdated(EntityRef): a live update (someone else's change, :meth:`refresh_live`) is on screen.
        cardExtrasLoaded(EntityRef), cardButtonClicked(Activity, CardAction), editLayoutRequested(Activity),
        layoutBlocksRequested(Activity): an application's extras on the cards (:mod:`.app_extras`).
    """

    loaded = Signal(object)
    cacheShown = Signal(object)
    load_failed = Signal(object)
    new_todo_requested = Signal()
    detailsRequested = Signal(object)
    editRequested = Signal(object)
    completeRequested = Signal(object, bool)
    deleteRequested = Signal(object)
    quickDeadlineRequested = Signal(object, object)
    quickColorRequested = Signal(object, object)
    quickResponsibleRequested = Signal(object, int)
    retryRequested = Signal(object)
    discardRequested = Signal(object)
    filterChanged = Signal(object)
    liveUpdated = Signal(object)
    cardExtrasLoaded = Signal(object)
    cardButtonClicked = Signal(object, object)
    editLayoutRequested = Signal(object)
    layoutBlocksRequested = Signal(object)

    def __init__(self, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._service: TimelineService | None = None
        self._contacts: ContactDirectory | None = None
        self._attachments: AttachmentService | None = None
        self._cached: CachedTimelineService | None = None
        self._entity: EntityRef | None = None
        self._query: TimelineQuery | HistoryCursor | None = None
        self._history_loaded = 0
        #: The entity whose unfiltered (cached) timeline the cards show, else None.
        self._shown_cached: EntityRef | None = None
        self._filter = TimelineFilter()
        self._users: dict[int, str] = {}
        self._tz: tzinfo | None = None
        #: The last card menu / quick-edit popup shown (kept for tests and to close it on reload).
        self.card_menu: QMenu | None = None
        self.deadline_popup: DeadlinePopup | None = None

        self.title = QLabel(self.tr("Select a lead, deal, contact or company"), self)
        self.title.setObjectName("timelineTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # the entity's title: portal text
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_todo_button = QPushButton(self.tr("New &to-do"), self)
        self.new_todo_button.setObjectName("newTodo")
        self.new_todo_button.setToolTip(self.tr("Plan a to-do in this timeline (Ctrl+N)"))
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

        self.filter_bar = TimelineFilterBar(self)
        self.filter_bar.setObjectName("timelineFilters")
        self.filter_bar.filterChanged.connect(self.set_filter)

        self.model = TimelineModel(self)
        self.view = TimelineView(self)
        self.view.setObjectName("timelineView")
        self.view.setModel(self.model)
        self.delegate = TimelineDelegate(self.view)
        self.view.setItemDelegate(self.delegate)
        self.view.setAccessibleName(self.tr("Timeline"))
        self.model.fetch_more_requested.connect(self._load_more)
        self.view.cardMenuRequested.connect(self._open_card_menu)
        self.view.activated.connect(self._activated)
        self.delegate.hotZoneClicked.connect(self._hot_zone_clicked)
        self._connect_card_actions()
        self._connect_app_extras()

        self.status = QLabel(self)
        self.status.setObjectName("timelineStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may hold a portal's error_description
        self.bulk = BulkController(self)
        self.bulk_bar = BulkActionsBar(self.bulk, self)
        follow_view(self.bulk_bar, self.view, lambda row: self.model.activity_at(row))

        # Overdue and "today" change with time: re-judge the cards once a minute.
        self._clock: Callable[[], datetime] | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(60_000)
        self._tick.timeout.connect(self._refresh_clock)
        self._tick.start()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.bulk_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

    @property
    def entity(self) -> EntityRef | None:
        return self._entity

    @property
    def filter(self) -> TimelineFilter:
        """The filter the timeline is loaded with."""
        return self._filter

    def now(self) -> datetime:
        """The session's current time (aware): the clock given to ``set_service``, else the real one."""
        return self._clock() if self._clock is not None else datetime.now(UTC)

    def set_service(self, service: TimelineService, user_names: dict[int, str], tz: tzinfo,
                    clock: Callable[[], datetime] | None = None, *, contacts: ContactDirectory | None = None,
                    attachments: AttachmentService | None = None) -> None:
        """Attach to a portal. ``clock`` judges overdue/today (``None`` = the real clock); ``user_names``
        (id → name) fill cards, the Responsible filter and the quick-edit menu (see ``set_users``).
        ``contacts`` reads the shown entity's client, ``attachments`` the cards' file names (the
        session's services, :mod:`desktop_app.services.portal_services`; ``None``: not shown)."""
        self._service = service
        self._contacts = contacts
        self._attachments = attachments
        self._cached = None  # another portal: its cache comes with set_cache
        self._shown_cached = None
        self._clock = clock
        self._tz = tz
        self.set_users(user_names)
        self.model.set_time_zone(tz)
        self._refresh_clock()

    def set_cache(self, cached: CachedTimelineService | None, pins: PinStore | None = None,
                  file_names: FileNameStore | None = None) -> None:
        """Open unfiltered timelines from ``cached`` (what was seen per entity, in the session store) and
        keep pins / file names in the store; ``None`` = no cache. Call after ``set_service``."""
        self._cached = cached
        self.set_pin_store(pins, file_names)

    @property
    def cached_service(self) -> CachedTimelineService | None:
        return self._cached

    def set_users(self, users: Mapping[int, str]) -> None:
        """The portal's users (id → display name) for card names and the Responsible menus."""
        self._users = self.bulk.users = dict(users)
        self.model.set_user_names(self._users)
        self.filter_bar.set_users(self._users)

    def _refresh_clock(self) -> None:
        self.model.set_now(self._clock() if self._clock is not None else None)

    def show_entity(self, entity: EntityRef, title: str) -> None:
        """Show ``entity``'s timeline under the current filter (cancels a load in flight)."""
        self._entity = entity
        self.title.setText(title)
        self.new_todo_button.setEnabled(True)
        self.refresh_button.setEnabled(True)
        self._load_entity_client(entity.owner_type_id, entity.owner_id,
                                 self._contacts if self._service is not None else None)
        self.reload()

    def set_filter(self, flt: TimelineFilter) -> None:
        """Load the timeline with ``flt`` (also what the filter bar calls); no reload when unchanged."""
        if flt == self._filter:
            return
        self._filter = flt
        self.filterChanged.emit(flt)
        self.reload()

    def reload(self) -> None:
        if self._service is None or self._entity is None:
            return
        self._close_popups()
        self._tasks.cancel("timeline-more")
        self._tasks.cancel("timeline-live")
        self._query = self._service.query(self._entity, self._filter, self.now())
        self.empty_state.set_suppressed(True)  # "nothing yet" is not "nothing"
        self._tasks.start(self._load(self._query), key="timeline")

    async def _load(self, query: TimelineQuery) -> None:
        cached = self._cached if query.filter.is_empty else None
        if cached is not None:
            await self._load_cached(query, cached)
            return
        self.status.setText(self.tr("Loading…"))
        self.model.clear()
        self._shown_cached = None
        self._history_loaded = 0
        try:
            planned = await query.planned()
            self.model.set_activities(planned)
            history = await query.next_history_page()
        except BitrixClientError as exc:
            self.status.setText(self.tr("Could not load the timeline."))
            self._show_empty_state(filtered=False, failed=True)
            self.load_failed.emit(exc)
            return
        self._history_loaded = len(history)
        self.model.append_history(history)
        self.model.set_has_more(query.has_more_history)
        self._update_status()
        self.loaded.emit(query.entity)

    def _load_more(self) -> None:
        query = self._query
        if self._service is None or query is None or not query.has_more_history:
            self.model.set_has_more(False)
            return
        self._tasks.start(self._load_next(query), key="timeline-more")

    async def _load_next(self, query: TimelineQuery) -> None:
        try:
            rows = await query.next_history_page()
        except BitrixClientError as exc:
            self.model.set_has_more(True)
            self.load_failed.emit(exc)
            return
        if query is not self._query:
            return
        self._history_loaded += len(rows)
        self.model.append_history(rows)
        self.model.set_has_more(query.has_more_history)
        self._update_status()

    def _update_status(self) -> None:
        count = self.model.rowCount()
        self._show_empty_state(filtered=not self._filter.is_empty)
        self._refresh_file_names()
        if not self._filter.is_empty:
            query = self._query
            unloaded = max(0, query.history_total - self._history_loaded) if query is not None else 0
            total = count + (unloaded if self.model.has_more else 0)
            self.status.setText(self.tr("%n activities match", "", total) if total
                                else self.tr("No activities match these filters"))
        elif count == 0:
            self.status.setText(self.tr("No activities yet."))
        elif self.model.has_more:
            self.status.setText(self.tr("%1 activities shown; scroll for older ones.").replace("%1", str(count)))
        else:
            self.status.setText(self.tr("%1 activities.").replace("%1", str(count)))

    # ----------------------------------------------------------------- cards changed by the main window
    def add_activity(self, activity: Activity) -> None:
        """Insert (or update) one card in place, select it and scroll to it. Negative ids are placeholders
        of creates the portal has not confirmed (``OutboxEntry.placeholder_id``)."""
        row = self.model.upsert(activity)
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self._update_status()

    def remove_activity(self, activity_id: int) -> bool:
        """Remove a card (deleted, or a placeholder replaced by the confirmed activity)."""
        removed = self.model.remove(activity_id)
        if removed:
            self._update_status()
        return removed

    def set_sync_state(self, activity_id: int, entry: OutboxEntry | None) -> None:
        """Show an outbox entry's state on a card (``None``/done: no pill); see ``TimelineModel``."""
        self.model.set_sync_state(activity_id, entry)
