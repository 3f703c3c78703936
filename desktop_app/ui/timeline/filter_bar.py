"""The timeline's filter bar: state buttons, type and responsible menus, search field, "Clear filters".

It edits a :class:`~desktop_app.services.timeline.TimelineFilter` and emits it; the panel reloads
the timeline with it (the portal does the filtering, see ``services/timeline.py``).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from desktop_app.services.timeline import ActivityKind, StateFilter, TimelineFilter

from ..plain_text import menu_text

__all__ = ["SEARCH_DELAY_MS", "TimelineFilterBar"]

#: Typing pause before a search reloads the timeline (as the entity browser's search).
SEARCH_DELAY_MS = 300


class _CheckMenu(QMenu):
    """A menu of checkable actions that stays open while the user ticks several of them."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        if (event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and action is not None
                and action.isCheckable() and action.isEnabled()):
            action.trigger()
            return
        super().keyPressEvent(event)


class TimelineFilterBar(QWidget):
    """State (All / Open / Completed / Overdue), Type ▾, Responsible ▾, search, Clear filters.

    Signals:
        filterChanged(TimelineFilter): the user changed a filter (search: after a 300 ms pause).
    """

    filterChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users: dict[int, str] = {}
        self._responsible: set[int] = set()

        self.state_group = QButtonGroup(self)
        self.state_group.setExclusive(True)
        state_texts = {
            StateFilter.ALL: (self.tr("All"), self.tr("Show every activity")),
            StateFilter.OPEN: (self.tr("Open"), self.tr("Show activities that are not completed")),
            StateFilter.COMPLETED: (self.tr("Completed"), self.tr("Show completed activities")),
            StateFilter.OVERDUE: (self.tr("Overdue"), self.tr("Show open activities past their deadline")),
        }
        self.state_buttons: dict[StateFilter, QToolButton] = {}
        states = QHBoxLayout()
        states.setSpacing(0)
        for state, (text, tip) in state_texts.items():
            button = QToolButton(self)
            button.setObjectName(f"state_{state.value}")
            button.setText(text)
            button.setToolTip(tip)
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.state_group.addButton(button)
            self.state_buttons[state] = button
            states.addWidget(button)
        self.state_buttons[StateFilter.ALL].setChecked(True)
        self.state_group.buttonToggled.connect(lambda _b, checked: checked and self._emit())

        self.kind_menu = _CheckMenu(self)
        self.kind_menu.setObjectName("kindMenu")
        kind_texts = {
            ActivityKind.TODO: self.tr("To-dos"), ActivityKind.CALL: self.tr("Calls"),
            ActivityKind.MEETING: self.tr("Meetings"), ActivityKind.EMAIL: self.tr("E-mails"),
            ActivityKind.TASK: self.tr("Tasks"), ActivityKind.OTHER: self.tr("Other"),
        }
        self.kind_actions: dict[ActivityKind, QAction] = {}
        for kind, text in kind_texts.items():
            action = self.kind_menu.addAction(text)
            action.setObjectName(f"kind_{kind.value}")
            action.setCheckable(True)
            action.toggled.connect(lambda _checked: self._menus_changed())
            self.kind_actions[kind] = action
        self.kind_button = self._menu_button("kindFilter", self.kind_menu, self.tr("Show only these kinds"))

        self.responsible_menu = _CheckMenu(self)
        self.responsible_menu.setObjectName("responsibleMenu")
        self.responsible_button = self._menu_button("responsibleFilter", self.responsible_menu,
                                                    self.tr("Show only activities of these people"))

        self.search = QLineEdit(self)
        self.search.setObjectName("timelineSearch")
        self.search.setPlaceholderText(self.tr("Search subject and description…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the timeline"))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._emit)

        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setEnabled(False)
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(states)
        layout.addWidget(self.kind_button)
        layout.addWidget(self.responsible_button)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.clear_button)
        self._update_texts()

    def _menu_button(self, name: str, menu: QMenu, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setMenu(menu)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return button

    # ----------------------------------------------------------------- state
    def filter(self) -> TimelineFilter:
        """The filter as the bar shows it now (the search text even before its pause ends)."""
        state = next((s for s, b in self.state_buttons.items() if b.isChecked()), StateFilter.ALL)
        kinds = frozenset(k for k, a in self.kind_actions.items() if a.isChecked())
        return TimelineFilter(state=state, kinds=kinds, responsible_ids=frozenset(self._responsible),
                              text=self.search.text())

    def set_users(self, users: Mapping[int, str]) -> None:
        """The people offered in the Responsible menu (user id → name); ticks of unknown ids are dropped."""
        self._users = dict(users)
        self._responsible &= set(self._users)
        self.responsible_menu.clear()
        for user_id, name in sorted(self._users.items(), key=lambda item: (item[1].casefold(), item[0])):
            action = self.responsible_menu.addAction(menu_text(name))  # a portal user's name
            action.setObjectName(f"responsible_{user_id}")
            action.setCheckable(True)
            action.setChecked(user_id in self._responsible)
            action.toggled.connect(lambda checked, u=user_id: self._toggle_user(u, checked))
        self._update_texts()

    def clear(self) -> None:
        """Back to "everything" (emits ``filterChanged`` once when something was filtered)."""
        was_empty = self.filter().is_empty
        widgets = [self.state_group, self.search, *self.kind_actions.values(), *self.responsible_menu.actions()]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.state_buttons[StateFilter.ALL].setChecked(True)
            for action in (*self.kind_actions.values(), *self.responsible_menu.actions()):
                action.setChecked(False)
            self.search.clear()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self._responsible.clear()
        self._search_timer.stop()
        if not was_empty:
            self._emit()
        self._update_texts()

    # ----------------------------------------------------------------- internals
    def _toggle_user(self, user_id: int, checked: bool) -> None:
        if checked:
            self._responsible.add(user_id)
        else:
            self._responsible.discard(user_id)
        self._menus_changed()

    def _menus_changed(self) -> None:
        self._update_texts()
        self._emit()

    def _update_texts(self) -> None:
        kinds = sum(a.isChecked() for a in self.kind_actions.values())
        self.kind_button.setText(self.tr("Type (%1)").replace("%1", str(kinds)) if kinds else self.tr("Type"))
        people = len(self._responsible)
        self.responsible_button.setText(
            self.tr("Responsible (%1)").replace("%1", str(people)) if people else self.tr("Responsible"))
        self.responsible_button.setEnabled(bool(self._users))
        self.clear_button.setEnabled(not self.filter().is_empty)

    def _emit(self) -> None:
        self._search_timer.stop()
        self._update_texts()
        self.filterChanged.emit(self.filter())
