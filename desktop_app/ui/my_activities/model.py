"""Qt models over :class:`~.source.ActivitySource`: the grouped list and one kanban column.

:class:`SegmentedModel` shows a few groups one after another: with ``headers=True`` (the grouped list,
:func:`grouped_model`) each group starts with a header row carrying its counter and can be collapsed;
with one group and no header it is a kanban column (:func:`column_model`). Rows are integer keys into
the shared source (no object per row); texts come lazily from the source's cache.

Arrival of a page is announced in Qt's order and costs O(page · log n), never a sort of a group: the
new (sorted) keys are bisected into their group and each run of them landing between the same two old
rows is *inserted* there (``rowsInserted``; a page that goes after every older row is one insert).
When a slice would need more than :data:`MAX_INSERT_RUNS` inserts in one group it is merged inside one
``layoutChanged`` instead. A filter change is one ``layoutChanged`` too: rows still shown keep their
selection and current row, persistent indexes of rows filtered out become invalid. Only clearing the
rows (a new load) and re-activating a hidden kanban column reset the model.

Roles: ``DisplayRole`` title (header: "Overdue · 12"), ``AccessibleTextRole``, ``ToolTipRole``, and
:data:`ActivityIdRole`, :data:`OwnerRole` ``(ownerTypeId, ownerId)``, :data:`GroupRole`,
:data:`IsHeaderRole`, :data:`SubtitleRole`, :data:`CountRole` (header), :data:`ExpandedRole` (header),
:data:`IncomingRole`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.services.my_activities import Group

from ..plain_text import plain_tooltip
from .rows import GROUPS, ROW_MASK, insert_runs, merge_sorted
from .source import ActivitySource

__all__ = ["ActivityIdRole", "CountRole", "ExpandedRole", "GroupRole", "IncomingRole", "IsHeaderRole", "OwnerRole",
           "SegmentedModel", "SubtitleRole", "column_model", "grouped_model"]

_USER = int(Qt.ItemDataRole.UserRole)
ActivityIdRole = _USER + 1
OwnerRole = _USER + 2
GroupRole = _USER + 3
IsHeaderRole = _USER + 4
SubtitleRole = _USER + 5
CountRole = _USER + 6
ExpandedRole = _USER + 7
IncomingRole = _USER + 8

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_Index = QModelIndex | QPersistentModelIndex
#: Inserts (runs of new rows between the same two old rows) per group and slice before a layout change
#: is used instead.
MAX_INSERT_RUNS = 64


class SegmentedModel(QAbstractListModel):
    """Groups of rows one after another, optionally each under a collapsible header row.

    Args:
        source: the shared rows.
        groups: the groups shown, in order.
        headers: True for header rows (grouped list), False for a plain column (kanban).
    """

    def __init__(self, source: ActivitySource, groups: Sequence[Group], *, headers: bool,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.source = source
        self.groups = tuple(Group(g) for g in groups)
        self.headers = headers
        self._h = 1 if headers else 0
        self._expanded = [True] * len(self.groups)
        self._lists: list[list[int]] = [list(source.visible_keys(g)) for g in self.groups]
        self._active = True
        self._starts: list[int] = []
        self._count = 0
        self._recount()
        #: counters the headers show; updated together with their ``dataChanged``.
        self._shown_counts = [len(keys) for keys in self._lists]
        source.reset_done.connect(self._on_reset)
        source.filter_changed.connect(self._on_filter)
        source.rows_added.connect(self._on_rows_added)
        source.rows_removed.connect(self._on_rows_removed)
        source.names_added.connect(self._on_names)

    # -- structure ---------------------------------------------------------------------------

    def _recount(self) -> None:
        starts, row = [], 0
        for seg, keys in enumerate(self._lists):
            starts.append(row)
            row += self._h + (len(keys) if self._expanded[seg] else 0)
        self._starts, self._count = starts, row

    def locate(self, row: int) -> tuple[int, int]:
        """``(segment, position)`` of a row; position ``-1`` is the segment's header."""
        seg = bisect_right(self._starts, row) - 1
        return seg, row - self._starts[seg] - self._h

    def header_row(self, seg: int) -> int:
        """The row of a segment's header (its first row when there are no headers)."""
        return self._starts[seg]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt override
        return 0 if parent.isValid() else self._count

    def segment_size(self, seg: int) -> int:
        """Rows of a segment passing the filter (collapsed or not)."""
        return len(self._lists[seg])

    def is_expanded(self, seg: int) -> bool:
        return self._expanded[seg]

    def set_expanded(self, seg: int, expanded: bool) -> None:
        """Show or hide a group's rows under its header (no-op without headers)."""
        if not self.headers or self._expanded[seg] == expanded:
            return
        size = len(self._lists[seg])
        first = self._starts[seg] + 1
        if size:
            if expanded:
                self.beginInsertRows(QModelIndex(), first, first + size - 1)
            else:
                self.beginRemoveRows(QModelIndex(), first, first + size - 1)
        self._expanded[seg] = expanded
        self._recount()
        if size:
            self.endInsertRows() if expanded else self.endRemoveRows()
        header = self.index(self._starts[seg], 0)
        self.dataChanged.emit(header, header)

    def toggle(self, seg: int) -> None:
        self.set_expanded(seg, not self._expanded[seg])

    # -- reading -----------------------------------------------------------------------------

    def row_of_key(self, row: int) -> int | None:
        """The model row showing source row ``row``, or ``None`` (filtered out or collapsed)."""
        rows = self.source.rows
        group = rows.group[row]
        if group not in self.groups:
            return None
        seg = self.groups.index(Group(group))
        if not self._expanded[seg]:
            return None
        keys, key = self._lists[seg], rows.key_of(row)
        pos = bisect_left(keys, key)
        return self._starts[seg] + self._h + pos if pos < len(keys) and keys[pos] == key else None

    def source_row(self, row: int) -> int | None:
        """The source row at a model row, ``None`` for a header."""
        seg, pos = self.locate(row)
        return None if pos < 0 else self._lists[seg][pos] & ROW_MASK

    def activity_id(self, row: int) -> int | None:
        src = self.source_row(row)
        return None if src is None else self.source.rows.id[src]

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        _seg, pos = self.locate(index.row())
        if pos < 0:
            return Qt.ItemFlag.ItemIsEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
                | Qt.ItemFlag.ItemIsDragEnabled)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        seg, pos = self.locate(index.row())
        if pos < 0:
            return self._header_data(seg, role)
        src = self._lists[seg][pos] & ROW_MASK
        source, rows = self.source, self.source.rows
        if role in (_DISPLAY, _ACCESSIBLE, _TOOLTIP, SubtitleRole):
            title, subtitle, accessible = source.texts(src)
            return {_DISPLAY: title, SubtitleRole: subtitle, _ACCESSIBLE: accessible,
                    _TOOLTIP: plain_tooltip(f"{title}\n{subtitle}")}[role]  # portal text
        if role == ActivityIdRole:
            return rows.id[src]
        if role == OwnerRole:
            return (rows.owner_type[src], rows.owner_id[src])
        if role == GroupRole:
            return int(self.groups[seg])
        if role == IsHeaderRole:
            return False
        if role == IncomingRole:
            return bool(rows.incoming[src])
        return None

    def _header_data(self, seg: int, role: int) -> Any:
        group = self.groups[seg]
        count = self._shown_counts[seg]
        title = self.source.group_title(group)
        if role == _DISPLAY:
            return f"{title} · {count}"
        if role == _ACCESSIBLE:
            state = self.tr("expanded") if self._expanded[seg] else self.tr("collapsed")
            return self.tr("%1, %2 activities, %3").replace("%1", title).replace("%2", str(count)).replace("%3", state)
        if role == _TOOLTIP:
            return self.tr("%1 of %2 open activities shown").replace("%1", str(count)).replace(
                "%2", str(self.source.total(group)))
        if role == GroupRole:
            return int(group)
        if role == IsHeaderRole:
            return True
        if role == CountRole:
            return count
        if role == ExpandedRole:
            return self._expanded[seg]
        return None

    # -- following the source ----------------------------------------------------------------

    def set_active(self, active: bool) -> None:
        """An inactive model (a hidden kanban board) ignores arrivals and catches up with one reset
        when it becomes active again, so a hidden view costs nothing while a page loads."""
        if active == self._active:
            return
        self._active = active
        if active:
            self._on_reset()

    def _on_reset(self) -> None:
        if not self._active:
            return
        self.beginResetModel()
        self._lists = [list(self.source.visible_keys(g)) for g in self.groups]
        self._shown_counts = [len(keys) for keys in self._lists]
        self._recount()
        self.endResetModel()

    def _on_names(self) -> None:
        if self._active and self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, 0),
                                  [_DISPLAY, _ACCESSIBLE, _TOOLTIP, SubtitleRole])

    def _on_filter(self) -> None:
        if self._active:
            self._relayout([list(self.source.visible_keys(g)) for g in self.groups])

    def _on_rows_added(self, added: list[list[int]]) -> None:
        if not self._active:
            return
        merged: dict[int, list[int]] = {}
        for seg in reversed(range(len(self.groups))):
            new = added[self.groups[seg]]
            if not new:
                continue
            keys = self._lists[seg]
            if not self._expanded[seg]:
                self._lists[seg] = merge_sorted(keys, new)
                continue
            runs = insert_runs(keys, new)
            if len(runs) > MAX_INSERT_RUNS:
                merged[seg] = merge_sorted(keys, new)
                continue
            base = self._starts[seg] + self._h
            for pos, run in reversed(runs):  # back to front: earlier positions stay valid
                self.beginInsertRows(QModelIndex(), base + pos, base + pos + len(run) - 1)
                keys[pos:pos] = run
                self._recount()
                self.endInsertRows()
        if merged:
            self._relayout([merged.get(seg, keys) for seg, keys in enumerate(self._lists)])
        for seg in range(len(self.groups)):
            if added[self.groups[seg]]:
                self._update_counter(seg)

    def _on_rows_removed(self, removed: list[list[int]]) -> None:
        """Rows taken out of their group (moved, completed, deleted): one ``rowsRemoved`` each."""
        if not self._active:
            return
        for seg in range(len(self.groups)):
            gone = removed[self.groups[seg]]
            if not gone:
                continue
            keys = self._lists[seg]
            for key in gone:
                pos = bisect_left(keys, key)
                if pos >= len(keys) or keys[pos] != key:
                    continue
                if not self._expanded[seg]:
                    del keys[pos]
                    continue
                row = self._starts[seg] + self._h + pos
                self.beginRemoveRows(QModelIndex(), row, row)
                del keys[pos]
                self._recount()
                self.endRemoveRows()
            self._recount()
            self._update_counter(seg)

    def _update_counter(self, seg: int) -> None:
        self._shown_counts[seg] = len(self._lists[seg])
        if self.headers:
            header = self.index(self._starts[seg], 0)
            self.dataChanged.emit(header, header, [_DISPLAY, _ACCESSIBLE, _TOOLTIP, CountRole])

    def _relayout(self, lists: list[list[int]]) -> None:
        """Show ``lists`` (per segment, sorted keys) inside one layout change: persistent indexes
        (selection, current row) follow their rows; those of rows no longer shown become invalid."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        remembered: list[tuple[int, int | None]] = []
        for index in old:
            seg, pos = self.locate(index.row())
            remembered.append((seg, None if pos < 0 else self._lists[seg][pos]))
        self._lists = lists
        self._recount()
        new: list[QModelIndex] = []
        for seg, key in remembered:
            if key is None:
                new.append(self.index(self._starts[seg], 0))
                continue
            keys = lists[seg]
            pos = bisect_left(keys, key)
            found = pos < len(keys) and keys[pos] == key and self._expanded[seg]
            new.append(self.index(self._starts[seg] + self._h + pos, 0) if found else QModelIndex())
        self.changePersistentIndexList(old, new)
        self._shown_counts = [len(keys) for keys in lists]
        self.layoutChanged.emit()


def grouped_model(source: ActivitySource, parent: Any = None) -> SegmentedModel:
    """The grouped list: six groups, each under a collapsible header row with its counter."""
    return SegmentedModel(source, GROUPS, headers=True, parent=parent)


def column_model(source: ActivitySource, group: Group, parent: Any = None) -> SegmentedModel:
    """One kanban column: the rows of ``group``, no header."""
    return SegmentedModel(source, (group,), headers=False, parent=parent)
