"""Open and Back between "My activities" and an entity's timeline (issue 12 item 5).

``Navigator(window)`` takes over My activities' Open (Enter, double click, the card menu) and Edit…:
the place the user leaves — layout, selected cards, current card, scroll positions
(:meth:`MyActivitiesPanel.snapshot`) — is pushed on a small history, the entity's timeline is shown
(``MainWindow.open_entity``), and once it has loaded the activity's card is made current and scrolled to
(for Edit…, its form is opened from that card, which carries every field).

Back returns to the last place with its selection and scroll as they were: Alt+Left (the platform's
Back key, window-wide), Esc while the timeline has the focus, and the visible "Back to My activities"
button above the timeline (shown only while there is somewhere to go back to). Showing My activities
by other means (Ctrl+Shift+A) starts a fresh history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton

from desktop_app.services.timeline import EntityRef

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["MAX_HISTORY", "Navigator"]

#: Places remembered (the oldest is forgotten first).
MAX_HISTORY = 20


class Navigator(QObject):
    """History of places left for a timeline, and the Back action (module docstring).

    Attributes:
        back_action: Back (Alt+Left); enabled while there is a place to return to.
        back_button: the visible button (object name ``backButton``).
        history: the remembered My-activities snapshots, newest last.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.history: list[dict] = []
        self._focus: tuple[EntityRef, int, bool] | None = None
        self._restoring = False
        panel = window.my_activities

        self.back_action = QAction(self.tr("&Back"), window)
        self.back_action.setObjectName("backAction")
        self.back_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Back)
                                      or [QKeySequence("Alt+Left")])
        self.back_action.setStatusTip(self.tr("Return to My activities as you left it"))
        self.back_action.triggered.connect(self.back)
        window.addAction(self.back_action)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window.timeline)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.activated.connect(self.back)

        self.back_button = QPushButton(self.tr("← Back to My activities"), window)
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("Back (Alt+Left, Esc)"))
        self.back_button.setAccessibleName(self.tr("Back to My activities"))
        self.back_button.clicked.connect(self.back)
        layout = window.centralWidget().layout()
        layout.insertWidget(layout.indexOf(window.pages), self.back_button, 0, Qt.AlignmentFlag.AlignLeft)

        panel.open_entity_requested.connect(lambda t, o, a: self.open_activity(t, o, a))
        panel.edit_requested.connect(lambda t, o, a: self.open_activity(t, o, a, edit=True))
        window.timeline.loaded.connect(self._timeline_loaded)
        window.pages.currentChanged.connect(self._page_changed)
        self._update()

    # -- going -----------------------------------------------------------------------------------

    def open_activity(self, owner_type_id: int, owner_id: int, activity_id: int, *, edit: bool = False) -> None:
        """Leave My activities (remembered) for the entity's timeline, landing on ``activity_id``;
        ``edit`` opens its form there too."""
        window = self.window
        if window.pages.currentWidget() is window.my_activities:
            self.history.append(window.my_activities.snapshot())
            del self.history[:-MAX_HISTORY]
        self._focus = (EntityRef(owner_type_id, owner_id), activity_id, edit)
        window.open_entity(owner_type_id, owner_id, activity_id)
        self._update()

    def _timeline_loaded(self, entity: object) -> None:
        if self._focus is None:
            return
        wanted, activity_id, edit = self._focus
        if entity != wanted:
            return
        timeline = self.window.timeline
        row = timeline.model.row_of(activity_id)
        if row is None:
            return  # not on this load (a cached snapshot first): the portal's answer follows
        self._focus = None
        index = timeline.model.index(row, 0)
        timeline.view.setCurrentIndex(index)
        timeline.view.scrollTo(index)
        timeline.view.setFocus()
        if edit:
            activity = timeline.model.activity_at(row)
            if activity is not None:
                self.window.activity_actions.edit(activity)

    # -- coming back -----------------------------------------------------------------------------

    def back(self) -> bool:
        """Return to the last place left (My activities as it was); ``False`` when there is none."""
        window = self.window
        if not self.history or window.pages.currentWidget() is window.my_activities:
            return False
        state = self.history.pop()
        self._focus = None
        self._restoring = True
        try:
            window.show_my_activities(True)
        finally:
            self._restoring = False
        window.my_activities.restore(state)
        self._update()
        return True

    def _page_changed(self, _index: int) -> None:
        window = self.window
        if window.pages.currentWidget() is window.my_activities and not self._restoring:
            self.history.clear()  # came back by other means: the history starts again
            self._focus = None
        self._update()

    def _update(self) -> None:
        window = self.window
        can = bool(self.history) and window.pages.currentWidget() is not window.my_activities
        self.back_action.setEnabled(can)
        self.back_button.setVisible(can)
        self.escape.setEnabled(can)
