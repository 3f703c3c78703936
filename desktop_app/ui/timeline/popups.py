"""``CardPopups``: the card menu and quick-edit popups of the ``TimelinePanel`` (a mixin of it).

A right click, the Menu key or Shift+F10 opens the card's ``CardMenu``; a click on a hot zone of an
open todo (``TimelineDelegate.hotZoneClicked``: icon = colour, date = deadline, name = responsible)
opens the colour menu, the deadline popup or the responsible menu under it. At most one menu or
popup is open; what the user chooses is emitted by the panel's signals (nothing is sent here).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect
from PySide6.QtWidgets import QMenu

from desktop_app.bitrix import Activity

from ..bulk_actions import BulkActionsBar
from ..quick_edit import DeadlinePopup, color_menu, responsible_menu
from .card_menu import CardMenu
from .cards import CardData
from .delegate import ZONE_COLOR, ZONE_DEADLINE
from .model import TimelineModel
from .view import TimelineView

__all__ = ["CardPopups"]


class CardPopups:
    """Menus and quick-edit popups of the timeline's cards; mixed into ``TimelinePanel`` (a QWidget
    with the attributes and signals declared below)."""

    model: TimelineModel
    view: TimelineView
    bulk_bar: BulkActionsBar
    card_menu: QMenu | None
    deadline_popup: DeadlinePopup | None
    _users: dict[int, str]
    _tz: tzinfo | None
    now: Callable[[], datetime]
    detailsRequested: Any
    quickDeadlineRequested: Any
    quickColorRequested: Any
    quickResponsibleRequested: Any
    set_pinned: Callable[[Activity, bool], None]

    def open_card_menu(self, row: int | None = None) -> CardMenu | None:
        """Open the menu of ``row`` (default: the current card) as the keyboard does; returns it."""
        if row is not None:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.request_current_menu()
        return self.card_menu if isinstance(self.card_menu, CardMenu) else None

    def _close_popups(self) -> None:
        menu, popup = self.card_menu, self.deadline_popup
        self.card_menu = self.deadline_popup = None
        if menu is not None:
            menu.close()
        if popup is not None:
            popup.close()

    def _menu_hidden(self, menu: QMenu) -> None:
        if self.card_menu is menu:
            self.card_menu = None
        menu.deleteLater()

    def _popup_finished(self, popup: DeadlinePopup) -> None:
        if self.deadline_popup is popup:
            self.deadline_popup = None

    def _card(self, index: QModelIndex) -> CardData | None:
        return self.model.card_at(index.row()) if index.isValid() and index.row() < self.model.rowCount() else None

    def _activated(self, index: QModelIndex) -> None:
        card = self._card(index)
        if card is not None and not card.is_placeholder:
            self.detailsRequested.emit(card.activity)

    def _show_menu(self, menu: QMenu, global_pos: QPoint) -> None:
        self._close_popups()
        menu.aboutToHide.connect(lambda: self._menu_hidden(menu))
        self.card_menu = menu
        menu.popup(global_pos)

    def _open_card_menu(self, index: QModelIndex, global_pos: QPoint) -> None:
        card = self._card(index)
        if card is None:
            return
        bulk = self.bulk_bar.menu_actions()
        menu = CardMenu(card, self._users, self.now(), self._tz, self, selection_actions=bulk,
                        selected=len(self.bulk_bar.selection), app=getattr(self, "app_menu_state", None))
        for name in ("detailsRequested", "editRequested", "completeRequested", "deleteRequested",
                     "quickDeadlineRequested", "quickColorRequested", "quickResponsibleRequested",
                     "retryRequested", "discardRequested", "editLayoutRequested", "layoutBlocksRequested",
                     "cardButtonClicked"):
            getattr(menu, name).connect(getattr(self, name))
        menu.pinRequested.connect(self.set_pinned)
        menu.pickDeadlineRequested.connect(lambda activity: self.open_deadline_popup(activity, global_pos))
        self._show_menu(menu, global_pos)

    def open_deadline_popup(self, activity: Activity, global_pos: QPoint | None = None) -> DeadlinePopup | None:
        """Open the deadline popup of a todo (non-blocking); OK emits ``quickDeadlineRequested``.
        Returns ``None`` for activities without quick edits (not a todo, completed, placeholder)."""
        if not activity.is_todo or activity.completed or activity.id < 0:
            return None
        if global_pos is None:
            row = self.model.row_of(activity.id)
            rect = self.view.visualRect(self.model.index(row, 0)) if row is not None else QRect()
            global_pos = self.view.viewport().mapToGlobal(rect.center())
        self._close_popups()
        popup = DeadlinePopup(activity.deadline, self.now(), self._tz, self)
        popup.deadlineChosen.connect(lambda value: self.quickDeadlineRequested.emit(activity, value))
        popup.finished.connect(lambda _result: self._popup_finished(popup))
        self.deadline_popup = popup
        popup.popup(global_pos)
        return popup

    def _hot_zone_clicked(self, index: QModelIndex, zone: str, rect: QRect) -> None:
        card = self._card(index)
        if card is None or card.is_placeholder:
            return
        activity = card.activity
        below = self.view.viewport().mapToGlobal(rect.bottomLeft() + QPoint(0, 2))
        if zone == ZONE_DEADLINE:
            self.open_deadline_popup(activity, below)
        elif zone == ZONE_COLOR:
            self._show_menu(color_menu(self, activity.color_id,
                                       lambda color: self.quickColorRequested.emit(activity, color)), below)
        else:
            self._show_menu(responsible_menu(self, self._users, activity.responsible_id,
                                             lambda user: self.quickResponsibleRequested.emit(activity, user)),
                            below)
