"""Empty states of My activities (issue 12 item 7): what an empty list or kanban column means and what
to do, over the view itself (:class:`~desktop_app.ui.empty_state.EmptyStateOverlay`), not only a
status-bar line. While a load has not brought anything yet the overlays stay quiet; under a filter
they say that nothing matches and how to see everything again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QRect

from desktop_app.services.my_activities import Group

from ..empty_state import EmptyStateOverlay
from .model import SegmentedModel
from .rows import GROUPS

if TYPE_CHECKING:
    from .panel import MyActivitiesPanel

__all__ = ["ColumnEmptyState", "EmptyStates", "GroupedEmptyState"]


class ColumnEmptyState(EmptyStateOverlay):
    """An empty state refreshed by :class:`EmptyStates` once per change of the shared rows (a slice of a
    page, a move, a filter) instead of once per ``rowsInserted`` of its model: a 100,000-row load
    announces tens of thousands of inserts. Model resets (a kanban column shown again) still refresh it."""

    @staticmethod
    def _signals(model: QAbstractItemModel) -> tuple:
        return (model.modelReset,)


class GroupedEmptyState(ColumnEmptyState):
    """The grouped list's empty state: shown when no group has a card (its header rows, "Overdue · 0"…,
    stay visible above it, so the overlay starts below them)."""

    def _area(self) -> QRect:
        rect = self._view.viewport().rect()
        model = self._view.model()
        rows = model.rowCount() if model is not None else 0
        bottom = self._view.visualRect(model.index(rows - 1, 0)).bottom() if rows else -1
        rect.setTop(min(rect.bottom(), bottom + 1))
        return rect

    def refresh(self) -> None:
        model = self._view.model()
        if model is not self._model:
            self._watch(model)
        empty = not isinstance(model, SegmentedModel) or not any(
            model.segment_size(seg) for seg in range(len(model.groups)))
        visible = empty and not self._suppressed and bool(self.title_label.text())
        if visible:
            self.setGeometry(self._area())
            self.raise_()
        self.setVisible(visible)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        result = super().eventFilter(watched, event)
        if watched is self._view.viewport() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._area())
        return result


class EmptyStates(QObject):
    """One overlay on the grouped list and one per kanban column (``list_overlay``, ``columns``)."""

    def __init__(self, panel: MyActivitiesPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.list_overlay = GroupedEmptyState(panel.list_view)
        self.list_overlay.setObjectName("myActivitiesEmpty")
        self.columns = [ColumnEmptyState(view) for view in panel.board.columns]
        for group, overlay in zip(GROUPS, self.columns):
            overlay.setObjectName(f"{panel.board.column(group).objectName()}Empty")
        self._loaded_once = False
        source = panel.source
        source.filter_changed.connect(self.refresh)
        source.reset_done.connect(self.refresh)
        for signal in (source.rows_added, source.rows_removed):  # after the models (connected first)
            signal.connect(self._follow)
        panel.loaded.connect(self._loaded)
        self.refresh()

    def _follow(self, _keys: object = None) -> None:
        for overlay in (self.list_overlay, *self.columns):
            overlay.refresh()

    def _loaded(self, _count: int) -> None:
        self._loaded_once = True
        self.refresh()

    def _column_texts(self, group: Group) -> tuple[str, str]:
        texts = {
            Group.OVERDUE: (self.tr("Nothing overdue"), self.tr("Every deadline is still ahead. Well done.")),
            Group.TODAY: (self.tr("Nothing due today"), self.tr("Drag a card here to do it today.")),
            Group.TOMORROW: (self.tr("Nothing due tomorrow"), self.tr("Drag a card here to move it to tomorrow.")),
            Group.THIS_WEEK: (self.tr("Nothing else this week"), self.tr("Drag a card here to do it later this week.")),
            Group.NEXT_WEEK: (self.tr("Nothing next week"), self.tr("Drag a card here to move it to next week.")),
            Group.LATER: (self.tr("Nothing later"), self.tr("Drag a card here to move it two weeks ahead.")),
            Group.NO_DEADLINE: (self.tr("Nothing without a deadline"),
                                self.tr("Activities the portal keeps without a deadline appear here.")),
        }
        return texts[group]

    def refresh(self) -> None:
        """Texts for the current filter; quiet until the first load has finished."""
        needle = self.panel.source.filter_text.strip()
        quiet = not self._loaded_once and len(self.panel.source.rows) == 0
        if needle:
            title = self.tr("No match for “%1”").replace("%1", needle)
            hint = self.tr("Clear the filter to see every open activity.")
            self.list_overlay.set_texts(title, hint)
            for overlay in self.columns:
                overlay.set_texts(title, hint)
        else:
            self.list_overlay.set_texts(
                self.tr("No open activities"),
                self.tr("Nothing is waiting for this person. Plan a to-do from a lead, deal, contact or company "
                        "timeline (Ctrl+N) and it appears here."))
            for group, overlay in zip(GROUPS, self.columns):
                overlay.set_texts(*self._column_texts(group))
        for overlay in (self.list_overlay, *self.columns):
            overlay.set_suppressed(quiet)
