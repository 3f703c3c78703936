"""``TimelineView``: the card list, with a context menu reachable by mouse and keyboard.

A right click asks for the menu of the card under the pointer; the Menu key and Shift+F10 ask for
the menu of the current card, placed over it (handled as keys here, so it works the same on every
platform). The view only emits ``cardMenuRequested``; the panel
builds the menu (``card_menu.CardMenu``).

Keys on the current card: Space marks it done (its "complete" checkbox; Ctrl+Space still toggles
the selection), Right arrow shows its whole description ("Show more"), Left arrow one line again.

Rows differ in height (section headers, optional card lines, expanded descriptions), so items are
measured (no uniform sizes) and laid out in batches.

Several cards can be selected (``ExtendedSelection``: Ctrl/Shift-click, Shift+arrows, Ctrl+A,
Ctrl+Space) for bulk actions; a right click on a selected card keeps the selection.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QListView, QWidget

__all__ = ["TimelineView"]


class TimelineView(QListView):
    """A ``QListView`` for timeline cards (batched layout of measured rows, which ``QListView`` lays
    out again when the width changes).

    Signals:
        cardMenuRequested(QModelIndex, QPoint): the user asked for a card's menu; the point is global.
        completeKeyPressed(QModelIndex): Space on the current card.
        expandKeyPressed(QModelIndex, bool): Right (True) / Left (False) arrow on the current card.
    """

    cardMenuRequested = Signal(object, object)
    completeKeyPressed = Signal(object)
    expandKeyPressed = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(False)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(self.MEASURED_BATCH)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        menu_key = QAction(self)
        menu_key.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F10))
        menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.triggered.connect(self.request_current_menu)
        self.addAction(menu_key)

    #: Rows laid out per event-loop turn without layout cards (a plain row's height is a few attribute
    #: reads); with layout cards (``TimelineModel.has_layouts``, ~1 ms each to measure) fewer.
    PLAIN_BATCH = 200
    MEASURED_BATCH = 25

    def setModel(self, model: Any) -> None:
        old = self.model()
        if old is not None:
            for signal in (old.modelReset, old.rowsInserted, old.layoutChanged, old.rowsMoved):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self._relayout)
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged, model.rowsMoved):
                signal.connect(self._relayout)
        self._relayout()

    def _relayout(self, *_args: Any) -> None:
        """Lay the rows out again (a row's header comes and goes with its neighbours)."""
        self.setBatchSize(self.MEASURED_BATCH if getattr(self.model(), "has_layouts", False) else self.PLAIN_BATCH)
        self.scheduleDelayedItemsLayout()

    def request_current_menu(self) -> bool:
        """Ask for the current card's menu (keyboard); False when there is no current card."""
        index = self.currentIndex()
        if not index.isValid():
            return False
        self.scrollTo(index)
        rect = self.visualRect(index)
        self.cardMenuRequested.emit(index, self.viewport().mapToGlobal(QPoint(rect.left() + 48, rect.top() + 30)))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The Menu key is handled (and accepted) here, press and release, so the platform does not
        # synthesise a second, keyboard context-menu event (Qt does that only for unaccepted keys).
        if event.key() == Qt.Key.Key_Menu and not event.modifiers():
            self.request_current_menu()
            event.accept()
            return
        index = self.currentIndex()
        if index.isValid() and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if event.key() == Qt.Key.Key_Space:
                self.completeKeyPressed.emit(index)
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Left):
                self.expandKeyPressed.emit(index, event.key() == Qt.Key.Key_Right)
                event.accept()
                return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Menu and not event.modifiers():
            event.accept()
            return
        super().keyReleaseEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            if self.request_current_menu():
                event.accept()
            return
        index: QModelIndex = self.indexAt(event.pos())
        if not index.isValid():
            return
        if self.selectionModel().isSelected(index):  # keep a multi-selection for its bulk actions
            self.selectionModel().setCurrentIndex(index, self.selectionModel().SelectionFlag.NoUpdate)
        else:
            self.setCurrentIndex(index)
        self.cardMenuRequested.emit(index, event.globalPos())
        event.accept()
