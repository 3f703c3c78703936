"""``ActivitySource``: the one shared store behind the grouped list and the six kanban columns.

It owns the :class:`~.rows.ActivityRows` columns, the group bounds, the text filter and the filtered
keys per group, and tells its models what changed through signals (models keep their own key lists,
so they can announce inserts and re-sorts to their views in Qt's order):

* ``reset_done`` — rows cleared: models reset from :attr:`visible`;
* ``filter_changed`` — the filter changed: models move to :attr:`visible` (rows that stay keep their
  selection; a model resets only when most of its rows change);
* ``rows_added(list[list[int]])`` — per group, the sorted keys (passing the filter) just added;
* ``names_added`` — owner names arrived: display texts changed, no row moved;
* ``rows_removed(list[list[int]])`` — per group, the keys taken out (a row moved, completed, deleted:
  :meth:`ActivitySource.update_row`); a move is ``rows_removed`` then ``rows_added``.

Display texts (title, subtitle, accessible text) are computed lazily in ``data()`` and kept in a
small cache (:data:`TEXT_CACHE_SIZE` rows), so a 100,000-row load formats only what is painted.
"""

from __future__ import annotations

import math
from bisect import bisect_left, insort
from collections import OrderedDict
from datetime import datetime, tzinfo

from PySide6.QtCore import QLocale, QObject, Signal

from desktop_app.bitrix.models import ActivityType, OwnerType
from desktop_app.services.my_activities import GroupBounds, RowBatch

from ..timeline.format import DateTexts
from .rows import GROUPS, ActivityRows, FilterResult, merge_sorted

__all__ = ["TEXT_CACHE_SIZE", "ActivitySource"]

#: Rows whose display texts are kept (a few screens of rows).
TEXT_CACHE_SIZE = 4096


class ActivitySource(QObject):
    """Shared rows, grouping and filter of the My activities views (see the module docstring)."""

    reset_done = Signal()
    filter_changed = Signal()
    rows_added = Signal(object)
    names_added = Signal()
    rows_removed = Signal(object)

    def __init__(self, tz: tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows = ActivityRows()
        self.tz = tz
        self.bounds = GroupBounds.at(datetime.now().astimezone(), tz or datetime.now().astimezone().tzinfo)
        self.filter_text = ""
        self._matches = None
        self._result: FilterResult | None = None
        #: per group, the sorted keys passing the filter (the same lists as ``rows.keys`` when blank).
        self.visible: list[list[int]] = [[] for _ in GROUPS]
        self._texts: OrderedDict[int, tuple[str, str, str]] = OrderedDict()
        self._dates = DateTexts(tz, QLocale())
        self._today = self._dates.today(datetime.now().astimezone())
        self._group_titles = (self.tr("Overdue"), self.tr("Today"), self.tr("Tomorrow"), self.tr("This week"),
                              self.tr("Next week"), self.tr("Later"), self.tr("No deadline"))
        self._type_names = {OwnerType.LEAD: self.tr("Lead"), OwnerType.DEAL: self.tr("Deal"),
                            OwnerType.CONTACT: self.tr("Contact"), OwnerType.COMPANY: self.tr("Company")}
        self._kind_names = {ActivityType.CALL: self.tr("Call"), ActivityType.MEETING: self.tr("Meeting"),
                            ActivityType.EMAIL: self.tr("E-mail"), ActivityType.TASK: self.tr("Task")}

    # -- changes -----------------------------------------------------------------------------

    def reset(self, bounds: GroupBounds, now: datetime) -> None:
        """Forget every row; group new rows with ``bounds``; relative dates judged at ``now``."""
        self.rows.clear()
        self.bounds = bounds
        self._today = self._dates.today(now)
        self.visible = list(self.rows.keys) if self._matches is None else [[] for _ in GROUPS]
        self._result = None
        self._texts.clear()
        self.reset_done.emit()

    def append(self, batch: RowBatch) -> int:
        """Add a slice of rows; returns how many were new."""
        before = len(self.rows)
        added = self.rows.append(batch, self.bounds)
        if self._matches is not None:
            added = [[k for k in keys if self._matches(k)] for keys in added]
        if self._matches is None:
            self.visible = list(self.rows.keys)  # merged by rows.append
        else:
            for group, keys in enumerate(added):
                if keys:
                    self.visible[group] = merge_sorted(self.visible[group], keys)
        if any(added):
            self.rows_added.emit(added)
        return len(self.rows) - before

    def update_row(self, row: int, deadline: float, *, shown: bool = True) -> None:
        """Give one loaded row a new deadline (UTC seconds, ``math.inf`` = none) and so maybe another
        group, or take it out (``shown=False``: completed, deleted, reassigned) or put it back; the
        models follow through ``rows_removed`` / ``rows_added`` (column counts included)."""
        rows = self.rows
        if rows.is_hidden(row) and not shown:
            return
        if not rows.is_hidden(row) and shown and rows.deadline[row] == deadline:
            return
        left, went = rows.relocate(row, deadline, self.bounds, shown=shown)
        self._texts.pop(row, None)
        removed: list[list[int]] = [[] for _ in GROUPS]
        added: list[list[int]] = [[] for _ in GROUPS]
        filtered = self._matches is not None  # else ``visible`` holds ``rows.keys``' own lists
        if left is not None:
            group, key = left
            visible = self.visible[group]
            if filtered:
                pos = bisect_left(visible, key)
                if pos < len(visible) and visible[pos] == key:
                    del visible[pos]
                    removed[group].append(key)
            else:
                removed[group].append(key)
        if went is not None:
            group, key = went
            if not filtered:
                added[group].append(key)
            elif self._matches is not None and self._matches(key):
                insort(self.visible[group], key)
                added[group].append(key)
        if any(removed):
            self.rows_removed.emit(removed)
        if any(added):
            self.rows_added.emit(added)

    def set_names(self, names: dict[tuple[int, int], str]) -> None:
        """Owner names arrived (``crm.item.list``); a filter on names is applied again."""
        if not names:
            return
        self.rows.set_names(names)
        self._texts.clear()
        if self._matches is not None:
            self.set_filter(self.filter_text, force=True)
        self.names_added.emit()

    def set_filter(self, text: str, *, force: bool = False) -> None:
        """Show only rows whose subject or owner name contains ``text`` (blank = all)."""
        if text == self.filter_text and not force:
            return
        self.filter_text = text
        self._matches = self.rows.matcher(text)
        self._result = self.rows.filter(text)
        self.visible = list(self.rows.keys) if self._result is None else self._result.keys
        self.filter_changed.emit()

    # -- reading -----------------------------------------------------------------------------

    def visible_keys(self, group: int) -> list[int]:
        """The keys of ``group`` passing the filter, sorted (what a freshly reset model shows).
        Read-only: the list is shared."""
        return self.visible[group]

    def group_title(self, group: int) -> str:
        return self._group_titles[group]

    def total(self, group: int) -> int:
        """Rows in ``group`` regardless of the filter."""
        return len(self.rows.keys[group])

    def owner_text(self, row: int) -> str:
        """``Deal · Acme Ltd`` (``Deal #12`` while the name is unknown)."""
        rows = self.rows
        kind = self._type_names.get(rows.owner_type[row], self.tr("Item"))
        name = rows.owner_name(row)
        return f"{kind} · {name}" if name else f"{kind} #{rows.owner_id[row]}"

    def deadline_text(self, row: int) -> str:
        """The deadline in the viewer's zone, ``Incoming`` or ``No deadline``."""
        deadline = self.rows.deadline[row]
        if deadline == math.inf:
            return self.tr("Incoming") if self.rows.incoming[row] else self.tr("No deadline")
        return self._dates.pill(datetime.fromtimestamp(deadline, self.tz), self._today)

    def texts(self, row: int) -> tuple[str, str, str]:
        """``(title, subtitle, accessible text)`` of a row, cached."""
        cached = self._texts.get(row)
        if cached is not None:
            self._texts.move_to_end(row)
            return cached
        rows = self.rows
        kind = self._kind_names.get(rows.type_id[row], self.tr("Activity"))
        if rows.provider[row] == "CRM_TODO":
            kind = self.tr("To-do")
        title = rows.subject[row] or kind  # as the web card's header: the kind when there is no subject
        deadline = self.deadline_text(row)
        owner = self.owner_text(row)
        subtitle = f"{kind} · {owner} · {deadline}"
        accessible = f"{title}, {subtitle.replace(' · ', ', ')}, {self._group_titles[rows.group[row]]}"
        value = (title, subtitle, accessible)
        self._texts[row] = value
        if len(self._texts) > TEXT_CACHE_SIZE:
            self._texts.popitem(last=False)
        return value
