"""The entity browser: type selector (Leads / Deals / Contacts / Companies), a search box, and a
list that loads ``crm.item.list`` pages as the user scrolls.

Each loaded page then gets its activity counters (red = open overdue, green = open incoming;
anchors.md §6) in one ``batch`` request (:class:`~desktop_app.services.counters.CountersService`),
painted as badges by :class:`~desktop_app.ui.my_activities.badges.CounterBadgeDelegate`. A failed
counter request leaves the rows without badges; the list stays usable.

When the portal cannot be reached (or the window says it is offline, :meth:`EntityBrowser.set_offline`)
the list shows the pages saved the last time they loaded (``EntityService.saved``), marked "Offline —
showing the saved list from <time>", and the search filters those rows locally. An empty list shows
what it means and what to do (:class:`~desktop_app.ui.empty_state.EmptyStateOverlay`): no items of
that type yet, no match for the search, or nothing saved while offline.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListView, QStyleOptionViewItem, QVBoxLayout, QWidget

from desktop_app.bitrix import CrmItem, OwnerType
from desktop_app.bitrix.errors import BitrixClientError, PortalUnreachable
from desktop_app.services.counters import CountersService, EntityCounters
from desktop_app.services.entities import BROWSER_TYPES, EntityService

from .empty_state import EmptyStateOverlay
from .my_activities.badges import CounterBadgeDelegate
from .plain_text import plain_tooltip
from .tasks import TaskRegistry

ItemRole = Qt.ItemDataRole.UserRole + 1
#: ``data(index, CountersRole)`` → :class:`EntityCounters` or ``None`` (not known).
CountersRole = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex


class EntityListModel(QAbstractListModel):
    """CRM items of one type; ``fetchMore`` asks the browser for the next page.

    Signals:
        fetch_more_requested: the view scrolled to the end and another page exists.
    """

    fetch_more_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[CrmItem] = []
        self._has_more = False
        self._pending = False
        self._counters: dict[int, EntityCounters] = {}

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.display_name
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            text = item.display_name if role == Qt.ItemDataRole.AccessibleTextRole else f"{item.display_name} (#{item.id})"
            counters = self._counters.get(item.id)
            if counters is not None and counters.overdue:
                text += ", " + self.tr("%1 overdue").replace("%1", str(counters.overdue))
            if counters is not None and counters.incoming:
                text += ", " + self.tr("%1 incoming").replace("%1", str(counters.incoming))
            return plain_tooltip(text) if role == Qt.ItemDataRole.ToolTipRole else text
        if role == ItemRole:
            return item
        if role == CountersRole:
            return self._counters.get(item.id)
        return None

    def set_counters(self, counters: dict[int, EntityCounters]) -> None:
        """Activity counters for listed items (item id → counters); rows repaint."""
        if not counters:
            return
        self._counters.update(counters)
        rows = [r for r, item in enumerate(self._items) if item.id in counters]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0),
                                  [CountersRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole])

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802 - Qt override
        return not parent.isValid() and self._has_more and not self._pending

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802 - Qt override
        if self.canFetchMore(parent):
            self._pending = True
            self.fetch_more_requested.emit()

    def set_items(self, items: list[CrmItem], has_more: bool) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._counters = {}
        self._has_more = has_more
        self._pending = False
        self.endResetModel()

    def append_items(self, items: list[CrmItem], has_more: bool) -> None:
        known = {i.id for i in self._items}
        fresh = [i for i in items if i.id not in known]
        if fresh:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._items.extend(fresh)
            self.endInsertRows()
        self._has_more = has_more
        self._pending = False

    def fetch_failed(self) -> None:
        self._pending = False

    def item_at(self, row: int) -> CrmItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None


class _FittingBadgeDelegate(CounterBadgeDelegate):
    """Rows as wide as the list, never wider: a long name is elided ("Keystone Engineering: Off…")
    with the whole name in its tooltip, instead of being cut at the edge behind a scroll bar."""

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802 - Qt override
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QListView):
            hint.setWidth(min(hint.width(), max(1, view.viewport().width())))
        return hint


class EntityBrowser(QWidget):
    """Pick an entity type, search, select an entity.

    Signals:
        entity_selected(CrmItem): the user (or the first load) selected an entity.
        page_loaded(int): a page arrived from the portal; the argument is the number of rows now listed.
        saved_list_shown(int): the saved (offline) list is shown, filtered by the search; the argument
            is the number of rows shown.
        load_failed(BaseException): a ``crm.item.list`` call failed (the list keeps what it had, or
            shows the saved list when the portal cannot be reached).
        counters_loaded(int): activity counters of a page arrived (for how many items; 0 when the
            request failed).
    """

    entity_selected = Signal(object)
    page_loaded = Signal(int)
    saved_list_shown = Signal(int)
    load_failed = Signal(object)
    counters_loaded = Signal(int)

    def __init__(self, tasks: TaskRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._service: EntityService | None = None
        self._next: int | None = None
        self._auto_select = True
        self._counters: CountersService | None = None
        #: True while the window knows the portal is unreachable: lists come from the saved pages.
        self.offline = False
        #: True while the saved (offline) list is what the view shows.
        self.showing_saved = False
        self._restoring = False

        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("entityType")
        names = {
            OwnerType.LEAD: self.tr("Leads"),
            OwnerType.DEAL: self.tr("Deals"),
            OwnerType.CONTACT: self.tr("Contacts"),
            OwnerType.COMPANY: self.tr("Companies"),
        }
        for entity_type in BROWSER_TYPES:
            self.type_combo.addItem(names[entity_type], int(entity_type))
        self.type_combo.setAccessibleName(self.tr("Entity type"))
        type_label = QLabel(self.tr("&Show:"), self)
        type_label.setBuddy(self.type_combo)

        self.search = QLineEdit(self)
        self.search.setObjectName("entitySearch")
        self.search.setPlaceholderText(self.tr("Search by name or title…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search entities"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(self.reload)

        self.model = EntityListModel(self)
        self.view = QListView(self)
        self.view.setObjectName("entityList")
        self.view.setModel(self.model)
        self.view.setUniformItemSizes(True)
        self.view.setStyleSheet("QListView::item { padding: 4px 2px; }")
        self.view.setAccessibleName(self.tr("Entities"))
        self.view.setItemDelegate(_FittingBadgeDelegate(CountersRole, self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)  # rows follow the list's width
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.model.fetch_more_requested.connect(self._load_more)

        self.empty_state = EmptyStateOverlay(self.view)
        self.empty_state.set_suppressed(True)  # until the first answer: "loading" is not "nothing"

        self.status = QLabel(self)
        self.status.setObjectName("entityStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # may hold a portal's error_description
        self.status.setWordWrap(True)  # "Offline — showing the saved list from …" in a narrow column

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(type_label)
        layout.addWidget(self.type_combo)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.type_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.search.textChanged.connect(lambda _t: self._search_timer.start())

    @property
    def entity_type_id(self) -> int:
        return int(self.type_combo.currentData())

    def set_service(self, service: EntityService, entity_type_id: int = OwnerType.DEAL,
                    counters: CountersService | None = None) -> None:
        """Attach to a portal and load ``entity_type_id``'s first page (with activity counters when
        ``counters`` is given)."""
        self._service = service
        self._counters = counters
        self.model.set_items([], False)
        self.empty_state.set_suppressed(True)
        index = self.type_combo.findData(int(entity_type_id))
        self._auto_select = True
        if index >= 0 and index != self.type_combo.currentIndex():
            self.type_combo.setCurrentIndex(index)  # reload via the signal
        else:
            self.reload()

    def reload(self) -> None:
        """Load the first page for the current type and search text (cancels a running load)."""
        if self._service is None:
            return
        self._search_timer.stop()
        self._tasks.cancel("entities-more")
        self._tasks.cancel("entity-counters")
        if self.offline and self._show_saved():
            return
        self._tasks.start(self._load_first(), key="entities")

    def set_offline(self, offline: bool) -> None:
        """The window's word on the portal: offline → show the saved list now (search filters it
        locally); back online → load from the portal again."""
        if offline == self.offline:
            return
        self.offline = offline
        if self._service is None:
            return
        if offline and self.model.rowCount() and not self.search.text().strip():
            return  # the portal's rows on screen stay (and keep their selection); searches go local
        self.reload()

    def refresh_counters(self) -> None:
        """Ask again for the activity counters of every listed item (after a change)."""
        if not self.offline:
            ids = [self.model.item_at(r).id for r in range(self.model.rowCount())]
            self._load_counters(self.entity_type_id, ids, key="entity-counters")

    def _show_saved(self) -> bool:
        """Show the saved list for the current type and search; False when nothing is saved."""
        saved = self._service.saved(self.entity_type_id, self.search.text()) if self._service is not None else None
        if saved is None:
            return False
        self.showing_saved = True
        self._next = None
        self._set_items_keeping_current(saved.items, False)
        seen = QDateTime(saved.seen_at.astimezone())
        same_day = saved.seen_at.astimezone().date() == datetime.now().astimezone().date()
        when = QLocale().toString(seen.time() if same_day else seen, QLocale.FormatType.ShortFormat)
        self.status.setText(self.tr("Offline — showing the saved list from %1 (%n row(s)).", "",
                                    self.model.rowCount()).replace("%1", when))
        self._update_empty_state()
        self.saved_list_shown.emit(self.model.rowCount())
        self._select_first()
        return True

    def _set_items_keeping_current(self, items: list[CrmItem], has_more: bool) -> None:
        """New rows; the entity that was current stays current (without selecting it anew)."""
        current = self.model.item_at(self.view.currentIndex().row())
        self.model.set_items(items, has_more)
        if current is None:
            return
        row = next((r for r, item in enumerate(items)
                    if item.id == current.id and item.entity_type_id == current.entity_type_id), None)
        if row is not None:
            self._restoring = True
            try:
                self.view.setCurrentIndex(self.model.index(row, 0))
            finally:
                self._restoring = False

    def _select_first(self) -> None:
        if self._auto_select and self.model.rowCount():
            self._auto_select = False
            self.view.setCurrentIndex(self.model.index(0, 0))

    def _update_empty_state(self) -> None:
        names = {OwnerType.LEAD: self.tr("No leads yet"), OwnerType.DEAL: self.tr("No deals yet"),
                 OwnerType.CONTACT: self.tr("No contacts yet"), OwnerType.COMPANY: self.tr("No companies yet")}
        text = self.search.text().strip()
        if text:
            self.empty_state.set_texts(self.tr("No match for “%1”").replace("%1", text),
                                       self.tr("Check the spelling, or clear the search to see the whole list."))
        elif self.showing_saved or self.offline:
            self.empty_state.set_texts(self.tr("Nothing saved for offline use"),
                                       self.tr("The list appears when the portal answers again."))
        else:
            self.empty_state.set_texts(names.get(self.entity_type_id, self.tr("Nothing here yet")),
                                       self.tr("They appear here as soon as they are created on the portal."))
        self.empty_state.set_suppressed(False)

    async def _load_first(self) -> None:
        assert self._service is not None
        entity_type_id, text = self.entity_type_id, self.search.text()
        self.status.setText(self.tr("Loading…"))
        try:
            page = await self._service.page(entity_type_id, text)
        except PortalUnreachable as exc:
            if not self._show_saved():
                self.status.setText(self.tr("Could not load the list."))
                self._update_empty_state()
            self.load_failed.emit(exc)
            return
        except BitrixClientError as exc:
            self.status.setText(self.tr("Could not load the list."))
            self.load_failed.emit(exc)
            return
        self._next = page.next
        self.showing_saved = False
        self._set_items_keeping_current(page.items, page.next is not None)
        self._update_empty_state()
        self._load_counters(entity_type_id, [i.id for i in page.items], key="entity-counters")
        self._update_status(page.total)
        self.page_loaded.emit(self.model.rowCount())
        self._select_first()

    def _load_more(self) -> None:
        if self._service is None or self._next is None:
            self.model.fetch_failed()
            return
        self._tasks.start(self._load_next(self._next), key="entities-more")

    async def _load_next(self, start: int) -> None:
        assert self._service is not None
        try:
            page = await self._service.page(self.entity_type_id, self.search.text(), start)
        except BitrixClientError as exc:
            self.model.fetch_failed()
            self.load_failed.emit(exc)
            return
        self._next = page.next
        self.model.append_items(page.items, page.next is not None)
        self._load_counters(self.entity_type_id, [i.id for i in page.items])
        self._update_status(page.total)
        self.page_loaded.emit(self.model.rowCount())

    def _load_counters(self, entity_type_id: int, ids: list[int], key: str | None = None) -> None:
        if self._counters is not None and ids:
            self._tasks.start(self._fetch_counters(self._counters, entity_type_id, ids), key=key)

    async def _fetch_counters(self, service: CountersService, entity_type_id: int, ids: list[int]) -> None:
        try:
            counters = await service.counters(entity_type_id, ids)
        except BitrixClientError:
            self.counters_loaded.emit(0)  # no badges; the list works without them
            return
        if entity_type_id == self.entity_type_id and service is self._counters:
            self.model.set_counters(counters)
        self.counters_loaded.emit(len(counters))

    def _update_status(self, total: int) -> None:
        shown = self.model.rowCount()
        if shown == 0:
            self.status.setText("")  # the empty state in the list says it
        else:
            self.status.setText(self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total)))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        item = self.model.item_at(current.row()) if current.isValid() else None
        if item is not None:
            self.entity_selected.emit(item)

    def select_row(self, row: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, 0))
