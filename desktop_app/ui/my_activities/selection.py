"""The selection side of :class:`~.panel.MyActivitiesPanel` (a mixin): which cards are selected and
visible, the current card, and the snapshot Back restores (layout, selection, current card, scroll)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel

from desktop_app.bitrix.models import Activity
from desktop_app.services.my_activities import Group

from .model import ActivityIdRole, IsHeaderRole
from .views import ActivityListView

if TYPE_CHECKING:
    from .source import ActivitySource
    from .views import KanbanBoard

__all__ = ["PanelSelection"]


class PanelSelection:
    """Reading and setting the selection of the panel's current layout (no row objects kept). Uses the
    panel's ``list_view``, ``board``, ``source``, ``layout_mode``, ``view()`` and ``_apply_mode()``."""

    list_view: ActivityListView
    board: KanbanBoard
    source: ActivitySource
    _user_id: int | None

    def selected_activity_ids(self) -> list[int]:
        """Ids of the selected activities in the current layout."""
        current = self.board if self.layout_mode == "board" else self.list_view
        return current.selected_activity_ids()

    def current_view(self) -> ActivityListView | None:
        """The view holding the current card: the list, or the board's focused column."""
        if self.layout_mode == "list":
            return self.list_view
        focused = next((v for v in self.board.columns if v.hasFocus()), None)
        return focused or next((v for v in self.board.columns if v.currentIndex().isValid()
                                and v.selectionModel().isSelected(v.currentIndex())), None)

    def current_activity(self) -> Activity | None:
        """The card the keyboard is on (or that was right-clicked), if any."""
        view = self.current_view()
        index = view.currentIndex() if view is not None else None
        if index is None or not index.isValid() or index.data(IsHeaderRole):
            return None
        found = self.activities([int(index.data(ActivityIdRole))])
        return found[0] if found else None

    def activities(self, ids: Sequence[int]) -> list[Activity]:
        """Loaded activities by id (in that order; unknown and taken-out ids skipped)."""
        rows = self.source.rows
        found = (rows.row_of(i) for i in ids)
        return [rows.activity(r, self._user_id or 0) for r in found if r is not None and not rows.is_hidden(r)]

    def visible_activity_ids(self, ids: Sequence[int]) -> list[int]:
        """Those of ``ids`` the user can see in the current layout (passing the filter; in the list, in
        an expanded group): what an action may touch."""
        rows = self.source.rows
        out = []
        for activity_id in ids:
            row = rows.row_of(activity_id)
            if row is None or rows.is_hidden(row):
                continue
            model = (self.list_view.segmented() if self.layout_mode == "list"
                     else self.board.column(Group(rows.group[row])).segmented())
            if model.row_of_key(row) is not None:
                out.append(activity_id)
        return out

    def is_incoming(self, activity_id: int) -> bool:
        row = self.source.rows.row_of(activity_id)
        return row is not None and bool(self.source.rows.incoming[row])

    def group_of(self, activity_id: int) -> Group | None:
        rows = self.source.rows
        row = rows.row_of(activity_id)
        return None if row is None or rows.is_hidden(row) else Group(rows.group[row])

    def snapshot(self) -> dict:
        """Layout, selected ids, current id and scroll positions, for :meth:`restore`."""
        view = self.current_view()
        current = view.currentIndex() if view is not None else None
        views = [self.list_view, *self.board.columns]
        return {"mode": self.layout_mode, "selected": self.selected_activity_ids(),
                "current": int(current.data(ActivityIdRole)) if current is not None and current.isValid()
                and not current.data(IsHeaderRole) else None,
                "scroll": [v.verticalScrollBar().value() for v in views]}

    def restore(self, state: dict) -> None:
        """Put back what :meth:`snapshot` saw (cards gone meanwhile are skipped)."""
        if state.get("mode") in ("list", "board") and state["mode"] != self.layout_mode:
            self._apply_mode(state["mode"])
        focus = self.select_activity_ids(state.get("selected", []), state.get("current"))
        for view, value in zip([self.list_view, *self.board.columns], state.get("scroll", [])):
            view.verticalScrollBar().setValue(value)
        (focus or self.current_view() or self.view()).setFocus()

    def select_activity_ids(self, ids: Sequence[int], current: int | None = None) -> ActivityListView | None:
        """Select exactly the cards ``ids`` that are visible in the current layout (``current`` also made
        the current card, scrolled to); returns the view holding ``current``."""
        rows = self.source.rows
        flag = QItemSelectionModel.SelectionFlag
        for view in (self.list_view, *self.board.columns):
            view.selectionModel().clear()
        board = self.layout_mode == "board"
        focus = None
        for activity_id in ids:
            row = rows.row_of(activity_id)
            if row is None or rows.is_hidden(row):
                continue
            view = self.board.column(Group(rows.group[row])) if board else self.list_view
            model_row = view.segmented().row_of_key(row)
            if model_row is None:
                continue
            index = view.model().index(model_row, 0)
            if activity_id == current:
                view.selectionModel().setCurrentIndex(index, flag.Select)
                view.scrollTo(index)
                focus = view
            else:
                view.selectionModel().select(index, flag.Select)
        return focus

    def selected_activities(self) -> list[Activity]:
        """The selected rows as :class:`Activity` objects (built on demand from the compact rows)."""
        return self.activities(self.selected_activity_ids())
