"""What a card of My activities can do (issue 12 items 5–6): the card's actions in a context menu and on
keys, and moves by drag and drop — all queued in the outbox through the window's
:class:`~desktop_app.ui.activity_controller.ActivityController` (one card) or its
:class:`~desktop_app.ui.bulk_actions.BulkController` (several cards: one bulk change), never by REST here.

Menu of the selection (right click, Menu key, Shift+F10)::

    Open                      (the entity's timeline, that card current; Enter, double click)
    Edit…                     (its form, on that timeline)
    Complete / Complete 3 activities                     (Space)
    Reschedule ▸ presets, Pick date and time…  / Reschedule 3 activities ▸
    Delete… / Delete 3 activities…                       (Delete; always asks first)

Only cards the user can see are touched: the selection of the current layout, which loses the cards a
filter hides or a collapsed group folds away (:meth:`MyActivitiesPanel.selected_activities`).
Cards scrolled out of sight in a column stay selected and are touched: they are not hidden, only
scrolled, and the menu names how many there are.

A drop on a kanban column moves every dragged card's deadline as the web kanban does
(:mod:`desktop_app.services.kanban_moves`); cards that cannot move are named in a message.

Configurable activities (``CONFIGURABLE_REST_APP``) refuse the plain update (:mod:`desktop_app.services.
activity_rules`): another application's are shown with Edit, Complete and Reschedule disabled and the reason
as their tooltip; this application's own are completed and rescheduled through the application at once
(:mod:`desktop_app.ui.configurable_changes`), with Edit disabled. Bulk changes leave them out and say how
many; a drop on a column refuses them with the reason. Delete stays for every card.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop_app.bitrix import Activity
from desktop_app.services.activity_rules import plain_update_refused
from desktop_app.services.bulk import BulkAction, DeadlineShift
from desktop_app.services.kanban_moves import DropRefused, drop_deadline, move_problem
from desktop_app.services.my_activities import Group

from ..plain_text import plain
from ..quick_edit import DeadlinePopup, deadline_menu

if TYPE_CHECKING:
    from ..activity_controller import ActivityController
    from .panel import MyActivitiesPanel

__all__ = ["MyActivitiesActions"]


class MyActivitiesActions(QObject):
    """Connects a :class:`MyActivitiesPanel` to the window's controllers (module docstring).

    Args:
        panel: the panel whose views ask for menus, keys and drops.
        controller: the window's activity controller (its ``bulk`` is the bulk controller).
        notify: ``(text, level)`` shows a message to the user (the window's banner).

    Attributes:
        menu, confirmation, deadline_popup: the open menu, delete question and date picker (tests).
    """

    def __init__(self, panel: MyActivitiesPanel, controller: ActivityController,
                 notify: Callable[[str, str], None]) -> None:
        super().__init__(panel)
        self.panel = panel
        self.controller = controller
        self.bulk = controller.bulk
        self._notify = notify
        self.menu: QMenu | None = None
        self.confirmation: QMessageBox | None = None
        self.deadline_popup: DeadlinePopup | None = None
        for emitter in (panel.list_view, panel.board):
            emitter.menu_requested.connect(self.open_menu)
            emitter.delete_requested.connect(lambda: self.confirm_delete(self.panel.selected_activities()))
            emitter.complete_requested.connect(lambda: self.complete(self.panel.selected_activities()))
        panel.board.dropped.connect(self.drop)

    # -- helpers -------------------------------------------------------------------------------

    def _now(self) -> datetime:
        return self.bulk.now()

    def _tz(self):  # noqa: ANN202
        service = self.panel.service
        return service.tz if service is not None else None

    def _ready(self) -> bool:
        """Changes can be queued (a session with a store); else says why."""
        if self.controller.changes is None:
            self._notify(self.controller.store_problem or self.tr("Connect a portal first."), "warning")
            return False
        return True

    # -- menu ----------------------------------------------------------------------------------

    def open_menu(self, global_pos: QPoint | None = None) -> QMenu | None:
        """The selection's menu (module docstring), shown with ``popup()``; returns it."""
        selected = self.panel.selected_activities()
        current = self.panel.current_activity()
        if not selected:
            return None
        if current is None or current.id not in {a.id for a in selected}:
            current = selected[0]
        if self.menu is not None:
            self.menu.close()
        menu = QMenu(self.panel)
        menu.setObjectName("myActivitiesMenu")
        count = len(selected)
        if count > 1:
            menu.addSection(self.tr("%n selected", "", count))
        open_action = menu.addAction(self.tr("&Open"))
        open_action.setObjectName("myActivitiesOpen")
        font = QFont(open_action.font())
        font.setBold(True)
        open_action.setFont(font)
        open_action.triggered.connect(lambda: self.open(current))
        edit = menu.addAction(self.tr("&Edit…"))
        edit.setObjectName("myActivitiesEdit")
        edit.triggered.connect(lambda: self.panel.edit_requested.emit(
            current.owner_type_id, current.owner_id, current.id))
        complete = menu.addAction(self.tr("&Complete") if count == 1
                                  else self.tr("&Complete %n activities", "", count))
        complete.setObjectName("myActivitiesComplete")
        complete.triggered.connect(lambda: self.complete(selected))
        reschedule = deadline_menu(menu, self._now(), self._tz(), lambda when: self.reschedule(selected, when),
                                   lambda: self.pick_deadline(selected))
        reschedule.setTitle(self.tr("&Reschedule") if count == 1
                            else self.tr("&Reschedule %n activities", "", count))
        reschedule.setObjectName("myActivitiesReschedule")
        menu.addMenu(reschedule)
        menu.addSeparator()
        delete = menu.addAction(self.tr("De&lete…") if count == 1 else self.tr("De&lete %n activities…", "", count))
        delete.setObjectName("myActivitiesDelete")
        delete.triggered.connect(lambda: self.confirm_delete(selected))
        self._explain_refusals(menu, current, selected, edit, complete, reschedule)
        menu.setDefaultAction(open_action)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.destroyed.connect(lambda *_: setattr(self, "menu", None) if self.menu is menu else None)
        self.menu = menu
        menu.popup(global_pos if global_pos is not None else self.panel.mapToGlobal(self.panel.rect().center()))
        return menu

    def _explain_refusals(self, menu: QMenu, current: Activity, selected: Sequence[Activity], edit: QAction,
                          complete: QAction, reschedule: QMenu) -> None:
        """Disable what the portal would refuse for configurable activities, the reason as tooltip and status tip."""
        changes = self.controller.configurable
        refusals: list[tuple[QAction, str]] = []
        if plain_update_refused(current):
            refusals.append((edit, changes.edit_reason(current)))
        if len(selected) == 1 and (reason := changes.reason(current)):
            refusals += [(complete, reason), (reschedule.menuAction(), reason)]
        elif len(selected) > 1 and all(plain_update_refused(a) for a in selected):
            reason = self.tr("Only the application that created these activities can change them.")
            refusals += [(complete, reason), (reschedule.menuAction(), reason)]
        if refusals:
            menu.setToolTipsVisible(True)
        for action, reason in refusals:
            action.setEnabled(False)
            action.setToolTip(reason)
            action.setStatusTip(reason)

    # -- intents -------------------------------------------------------------------------------

    def open(self, activity: Activity) -> None:
        self.panel.open_entity_requested.emit(activity.owner_type_id, activity.owner_id, activity.id)

    def complete(self, activities: Sequence[Activity]) -> None:
        """Complete one card (its own change) or several (one bulk change)."""
        if not activities or not self._ready():
            return
        if len(activities) == 1:
            self.controller.set_completed(activities[0], True)
        else:
            self.bulk.start(BulkAction.COMPLETE, list(activities))

    def reschedule(self, activities: Sequence[Activity], when: datetime) -> None:
        """Give every activity the deadline ``when`` (aware)."""
        if not activities or not self._ready():
            return
        if len(activities) == 1:
            self.controller.move_deadline(activities[0], when)
        else:
            self.bulk.start(BulkAction.MOVE_DEADLINE, list(activities), DeadlineShift(at=when))

    def pick_deadline(self, activities: Sequence[Activity]) -> DeadlinePopup:
        """The date-and-time picker; OK reschedules ``activities`` (non-blocking)."""
        if self.deadline_popup is not None:
            self.deadline_popup.close()
        current = activities[0].deadline if len(activities) == 1 else None
        popup = DeadlinePopup(current, self._now(), self._tz(), self.panel)
        chosen = list(activities)
        popup.deadlineChosen.connect(lambda value: self.reschedule(chosen, value))
        popup.finished.connect(lambda _r: setattr(self, "deadline_popup", None))
        self.deadline_popup = popup
        popup.popup(self.panel.mapToGlobal(self.panel.rect().center()))
        return popup

    def confirm_delete(self, activities: Sequence[Activity]) -> QMessageBox | None:
        """Ask (non-blocking) before deleting exactly these activities; Yes queues the delete(s)."""
        chosen = list(activities)
        if not chosen or not self._ready():
            return None
        if len(chosen) == 1:
            text = self.tr("Delete “%1”? This cannot be undone.").replace("%1", chosen[0].subject or "…")
        else:
            text = self.tr("Delete %n activities? This cannot be undone.", "", len(chosen))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self.panel)
        box.setObjectName("myActivitiesConfirmDelete")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        plain(box)  # a subject: portal text
        box.finished.connect(lambda result: self._delete(chosen) if result == QMessageBox.StandardButton.Yes else None)
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: setattr(self, "confirmation", None))
        self.confirmation = box
        box.open()
        return box

    def _delete(self, activities: list[Activity]) -> None:
        if len(activities) == 1:
            self.controller.delete(activities[0])
        else:
            self.bulk.start(BulkAction.DELETE, activities)

    # -- drops ---------------------------------------------------------------------------------

    def drop(self, ids: list[int], group: int) -> None:
        """Cards ``ids`` dropped on column ``group``: move what can move (module docstring), say why
        the rest did not. Only ids still loaded and visible are touched."""
        target = Group(group)
        panel = self.panel
        visible = set(panel.visible_activity_ids(ids))
        activities = [a for a in panel.activities(ids) if a.id in visible]
        if not activities or not self._ready():
            return
        service = panel.service
        try:
            when = drop_deadline(target, self._now(), self._tz() or self._now().tzinfo, panel.week_start)
        except DropRefused as refused:
            self._notify(self.refusal_text(refused, len(activities)), "info")
            return
        problems = {a.id: move_problem(panel.is_incoming(a.id), target, configurable=plain_update_refused(a))
                    for a in activities}
        movable = [a for a in activities if problems[a.id] is None and panel.group_of(a.id) != target]
        for code in ("application", "incoming"):
            stuck = [a for a in activities if problems[a.id] is not None and problems[a.id].code == code]
            if stuck:
                self._notify(self.refusal_text(DropRefused(code, target), len(stuck)), "info")
        if movable and service is not None:
            self.reschedule(movable, when)
            moved = [a.id for a in movable]  # moved at once (optimistic): keep them selected where they landed
            view = panel.select_activity_ids(moved, moved[0])
            if view is not None:
                view.setFocus()

    def refusal_text(self, refused: DropRefused, count: int) -> str:
        """The sentence a refused drop shows (plain text)."""
        title = self.panel.source.group_title(refused.group)
        texts = {
            "overdue": self.tr("Cards cannot be moved into Overdue: a deadline becomes overdue by itself. "
                               "Drop them on Today or a later column instead."),
            "no_deadline": self.tr("To-dos, calls, meetings and e-mails always have a deadline on the portal, so "
                                   "they cannot be moved to No deadline. Drop them on a column with a date."),
            "column_over": self.tr("No time is left in “%1” for a new deadline. Drop the cards on a later column, "
                                   "or use Reschedule ▸ Pick date and time…").replace("%1", title),
            "incoming": self.tr("%n incoming activities stay in Today until they are completed.", "", count),
            "application": self.tr("%n activities stay where they are: only the application that created them can "
                                   "change them.", "", count),
        }
        return texts[refused.code]

