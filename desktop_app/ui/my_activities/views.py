"""Views of My activities: :class:`ActivityListView` (grouped list or one kanban column) and
:class:`KanbanBoard` (six columns over the same :class:`~.source.ActivitySource`).

Keyboard: arrows move, Shift/Ctrl extend the selection (``ExtendedSelection``), Enter opens the
activity's entity, Delete deletes (after a question), Space completes, the Menu key and Shift+F10 open
the selection's menu (as a right click does); on a group header Enter/Space toggles the group, Left
collapses and Right expands it. A click on a header toggles it; a double click on a row opens it.

Selection (issue 12 item 6): a plain click selects one card (in every column of the board), Ctrl+click
adds or removes one, Shift+click extends from the anchor *within one group or column* — a Shift+click
in another group than the anchor selects just that card.

Drag and drop (board only): cards are dragged with the MIME type :data:`ACTIVITY_IDS_MIME` (the ids of
every selected card, comma-separated); a column that is not the source accepts the drop and emits
``dropped(ids, group)`` — the panel decides what the move means (:mod:`desktop_app.services.kanban_moves`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from desktop_app.services.my_activities import Group

from .delegate import ActivityRowDelegate
from .model import ActivityIdRole, GroupRole, IsHeaderRole, OwnerRole, SegmentedModel, column_model
from .rows import GROUPS
from .source import ActivitySource

__all__ = ["ACTIVITY_IDS_MIME", "ActivityListView", "KanbanBoard", "decode_ids"]

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: MIME type of dragged cards: ``b"12,15,99"`` (activity ids).
ACTIVITY_IDS_MIME = "application/x-activity-desk-activity-ids"
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_CURSOR = QAbstractItemView.CursorAction
_VERTICAL = {Qt.Key.Key_Up: _CURSOR.MoveUp, Qt.Key.Key_Down: _CURSOR.MoveDown,
             Qt.Key.Key_PageUp: _CURSOR.MovePageUp, Qt.Key.Key_PageDown: _CURSOR.MovePageDown,
             Qt.Key.Key_Home: _CURSOR.MoveHome, Qt.Key.Key_End: _CURSOR.MoveEnd}


def decode_ids(mime: QMimeData) -> list[int]:
    """The activity ids a drag carries (``[]`` for anything else)."""
    if not mime.hasFormat(ACTIVITY_IDS_MIME):
        return []
    text = bytes(mime.data(ACTIVITY_IDS_MIME).data()).decode("ascii", "replace")
    return [int(part) for part in text.split(",") if part.strip().isdigit()]


class ActivityListView(QListView):
    """A fixed-row-height list of My-activities rows (with or without group headers).

    Signals:
        open_requested(int, int, int): ``(ownerTypeId, ownerId, activity id)`` of a row the user opened.
        menu_requested(QPoint): the selection's menu, at this global position (right click, Menu key,
            Shift+F10); the row under a right click is selected first when it was not.
        delete_requested / complete_requested: Delete / Space on a selected row.
        dropped(list[int], int): cards (ids) dropped on this column, whose group it is (board only).
        pressing(object, object): ``(view, modifiers)`` before a click selects (the board clears the other
            columns on a plain or Shift click).

    Attributes:
        drop_group: the group a drop here means (``None``: no drops; the grouped list).
        drag_ids: ``() -> list[int]`` the ids a drag from here carries (default: this view's selection).
    """

    open_requested = Signal(int, int, int)
    menu_requested = Signal(QPoint)
    delete_requested = Signal()
    complete_requested = Signal()
    dropped = Signal(list, int)
    pressing = Signal(object, object)

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
        self.drop_group: Group | None = None
        self.drag_ids: Callable[[], list[int]] | None = None
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu_at)

    def enable_drops(self, group: Group) -> None:
        """Make this view a kanban column: cards drag out of it, and drops on it mean ``group``."""
        self.drop_group = group
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    # -- context menu --------------------------------------------------------------------------

    def _menu_at(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid() or index.data(IsHeaderRole):
            return
        if not self.selectionModel().isSelected(index):
            self.pressing.emit(self, Qt.KeyboardModifier.NoModifier)
            self.setCurrentIndex(index)  # selects just it (a plain click's command)
        self.menu_requested.emit(self.viewport().mapToGlobal(pos))

    def request_menu(self) -> None:
        """The menu of the current row, below it (the Menu key, Shift+F10)."""
        index = self.currentIndex()
        if not index.isValid() or index.data(IsHeaderRole):
            return
        if not self.selectionModel().isSelected(index):
            self.selectionModel().select(index, self.selectionCommand(index))
        rect = self.visualRect(index)
        self.menu_requested.emit(self.viewport().mapToGlobal(QPoint(rect.left() + 16, rect.center().y())))

    # -- selection rules -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        modifiers = event.modifiers()
        index = self.indexAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and index.isValid() and not index.data(IsHeaderRole):
            anchor = self.currentIndex()
            if modifiers & _SHIFT and not modifiers & _CTRL and not self._same_group(anchor, index):
                modifiers = Qt.KeyboardModifier.NoModifier  # Shift never reaches into another group
                event = QMouseEvent(event.type(), event.position(), event.scenePosition(), event.globalPosition(),
                                    event.button(), event.buttons(), modifiers)
            self.pressing.emit(self, modifiers)
        super().mousePressEvent(event)

    def _same_group(self, anchor: QModelIndex, index: QModelIndex) -> bool:
        if not anchor.isValid() or anchor.data(IsHeaderRole):
            return False
        return anchor.data(GroupRole) == index.data(GroupRole)

    # -- drag and drop -------------------------------------------------------------------------

    def drag_mime(self) -> QMimeData | None:
        """What a drag from here carries (the selected ids), or ``None`` when nothing is selected."""
        ids = self.drag_ids() if self.drag_ids is not None else self.selected_activity_ids()
        if not ids:
            return None
        mime = QMimeData()
        mime.setData(ACTIVITY_IDS_MIME, ",".join(str(i) for i in ids).encode("ascii"))
        mime.setText(self.tr("%n activities", "", len(ids)))
        return mime

    def startDrag(self, supported: Qt.DropAction) -> None:  # noqa: N802 - Qt override
        mime = self.drag_mime()
        if mime is None:
            return
        drag = QDrag(self)
        drag.setMimeData(mime)
        current = self.currentIndex()
        if current.isValid():
            drag.setPixmap(self.viewport().grab(self.visualRect(current)))
        drag.exec(Qt.DropAction.MoveAction)  # the model is not changed here: the drop decides

    def _accepts(self, mime: QMimeData, source: object) -> bool:
        return self.drop_group is not None and source is not self and mime.hasFormat(ACTIVITY_IDS_MIME)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts(event.mimeData(), event.source()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
            self.setProperty("dropTarget", True)
            self.viewport().update()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        if self._accepts(event.mimeData(), event.source()):
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.setProperty("dropTarget", False)
        self.viewport().update()
        event.accept()

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().paintEvent(event)
        if self.property("dropTarget"):  # the column a drop would land in: a highlighted frame
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().highlight().color())
            pen.setWidth(3)
            painter.setPen(pen)
            painter.drawRect(self.viewport().rect().adjusted(1, 1, -2, -2))
            painter.end()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.setProperty("dropTarget", False)
        self.viewport().update()
        if not self._accepts(event.mimeData(), event.source()) or self.drop_group is None:
            event.ignore()
            return
        ids = decode_ids(event.mimeData())
        event.setDropAction(Qt.DropAction.MoveAction)
        event.accept()
        if ids:
            self.dropped.emit(ids, int(self.drop_group))

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
        key, mods = event.key(), event.modifiers()
        if (key == Qt.Key.Key_Menu and mods == Qt.KeyboardModifier.NoModifier) or (key == Qt.Key.Key_F10 and mods == _SHIFT):
            self.request_menu()
            return
        if (mods & _SHIFT and key in _VERTICAL and index.isValid() and not index.data(IsHeaderRole)
                and not self._same_group(index, self.moveCursor(_VERTICAL[key], mods))):
            return  # Shift+arrows extend within the group only
        if index.isValid() and not index.data(IsHeaderRole) and mods == Qt.KeyboardModifier.NoModifier:
            if key == Qt.Key.Key_Delete:
                self.delete_requested.emit()
                return
            if key == Qt.Key.Key_Space:
                if not self.selectionModel().isSelected(index):
                    self.selectionModel().select(index, self.selectionCommand(index))
                self.complete_requested.emit()
                return
        super().keyPressEvent(event)


class KanbanBoard(QWidget):
    """Six columns (Overdue … No deadline), each an :class:`ActivityListView` over one group, with
    the group's counter in its header.

    Signals:
        open_requested(int, int, int), menu_requested(QPoint), delete_requested, complete_requested,
            dropped(list[int], int): as :class:`ActivityListView`'s, from any column.
        selection_changed: the selection of any column changed.
    """

    open_requested = Signal(int, int, int)
    menu_requested = Signal(QPoint)
    delete_requested = Signal()
    complete_requested = Signal()
    dropped = Signal(list, int)
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
            view.enable_drops(group)
            view.drag_ids = self.selected_activity_ids  # a drag carries every selected card
            view.open_requested.connect(self.open_requested)
            view.menu_requested.connect(self.menu_requested)
            view.delete_requested.connect(self.delete_requested)
            view.complete_requested.connect(self.complete_requested)
            view.dropped.connect(self.dropped)
            view.pressing.connect(self._pressing)
            view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
                signal.connect(lambda *_, g=group: self._update_header(g))
            self._update_header(group)

    def _pressing(self, view: ActivityListView, modifiers: Qt.KeyboardModifier) -> None:
        """A plain or Shift click selects in its own column only: the others are cleared (and lose
        their anchor); Ctrl+click adds to what is selected anywhere."""
        if modifiers & _CTRL:
            return
        for other in self.columns:
            if other is not view and other.selectionModel().hasSelection():
                other.selectionModel().clear()
            elif other is not view:
                other.selectionModel().clearCurrentIndex()

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
