"""Views of My activities: :class:`ActivityListView` (grouped list or one kanban column) and
:class:`KanbanBoard` (six columns over the same :class:`~.source.ActivitySource`).

Keyboard: arrows move, Shift/Ctrl extend the selection (``ExtendedSelection``), Enter opens the
activity's entity, and on a group header Enter/Space toggles the group, Left collapses and Right
expands it. A click on a header toggles it; a double click on a row opens it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from desktop_app.services.my_activities import Group

from .delegate import ActivityRowDelegate
from .model import ActivityIdRole, IsHeaderRole, OwnerRole, SegmentedModel, column_model
from .rows import GROUPS
from .source import ActivitySource

__all__ = ["ActivityListView", "KanbanBoard"]

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ActivityListView(QListView):
    """A fixed-row-height list of My-activities rows (with or without group headers).

    Signals:
        open_requested(int, int, int): ``(ownerTypeId, ownerId, activity id)`` of a row the user opened.
    """

    open_requested = Signal(int, int, int)

    def __init__(self, model: SegmentedModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ActivityRowDelegate(self))
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clicked.connect(self._clicked)
        self.doubleClicked.connect(self._open)

    def segmented(self) -> SegmentedModel:
        model = self.model()
        assert isinstance(model, SegmentedModel)
        return model

    def selected_activity_ids(self) -> list[int]:
        """Ids of the selected rows, in view order."""
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        model = self.segmented()
        return [i for i in (model.activity_id(r) for r in rows) if i is not None]

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.data(IsHeaderRole):
            self.segmented().toggle(self.segmented().locate(index.row())[0])

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid() or index.data(IsHeaderRole):
            return
        owner_type, owner_id = index.data(OwnerRole)
        self.open_requested.emit(int(owner_type), int(owner_id), int(index.data(ActivityIdRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        index = self.currentIndex()
        if index.isValid() and index.data(IsHeaderRole) and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            model = self.segmented()
            seg = model.locate(index.row())[0]
            if event.key() in (*_ENTER, Qt.Key.Key_Space):
                model.toggle(seg)
                return
            if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                model.set_expanded(seg, event.key() == Qt.Key.Key_Right)
                return
        if index.isValid() and event.key() in _ENTER:
            self._open(index)
            return
        super().keyPressEvent(event)


class KanbanBoard(QWidget):
    """Six columns (Overdue … No deadline), each an :class:`ActivityListView` over one group, with
    the group's counter in its header.

    Signals:
        open_requested(int, int, int): as :attr:`ActivityListView.open_requested`.
        selection_changed: the selection of any column changed.
    """

    open_requested = Signal(int, int, int)
    selection_changed = Signal()

    def __init__(self, source: ActivitySource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myActivitiesBoard")
        self.source = source
        self.columns: list[ActivityListView] = []
        self.headers: list[QLabel] = []
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for group in GROUPS:
            model = column_model(source, group, self)
            view = ActivityListView(model, self)
            view.setObjectName(f"myActivitiesColumn{group.name.title().replace('_', '')}")
            title = source.group_title(group)
            view.setAccessibleName(self.tr("%1 column").replace("%1", title))
            header = QLabel(self)
            header.setObjectName(f"{view.objectName()}Header")
            header.setBuddy(view)
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(header)
            box.addWidget(view, 1)
            layout.addLayout(box, 1)
            self.columns.append(view)
            self.headers.append(header)
            view.open_requested.connect(self.open_requested)
            view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(lambda *_, g=group: self._update_header(g))
            self._update_header(group)

    def set_active(self, active: bool) -> None:
        """Follow arrivals only while shown (see :meth:`SegmentedModel.set_active`)."""
        for view in self.columns:
            view.segmented().set_active(active)

    def column(self, group: Group) -> ActivityListView:
        return self.columns[int(group)]

    def header_text(self, group: Group) -> str:
        return self.headers[int(group)].text()

    def _update_header(self, group: Group) -> None:
        count = self.columns[int(group)].segmented().segment_size(0)
        self.headers[int(group)].setText(f"<b>{self.source.group_title(group)}</b> · {count}")
        self.headers[int(group)].setAccessibleName(
            self.tr("%1, %2 activities").replace("%1", self.source.group_title(group)).replace("%2", str(count)))

    def selected_activity_ids(self) -> list[int]:
        """Ids selected in every column, column by column."""
        return [i for view in self.columns for i in view.selected_activity_ids()]

    def busiest_view(self) -> ActivityListView:
        """The column with the most rows (what a benchmark scrolls)."""
        return max(self.columns, key=lambda v: v.model().rowCount())
