"""``TimelineView``: the card list, with a context menu reachable by mouse and keyboard.

A right click asks for the menu of the card under the pointer; the Menu key and Shift+F10 ask for
the menu of the current card, placed over it (handled as keys here, so it works the same on every
platform). The view only emits ``cardMenuRequested``; the panel
builds the menu (``card_menu.CardMenu``).

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
    """A ``QListView`` for timeline cards (batched layout; uniform sizes while the model has no
    layouts — every plain card is ``ROW_HEIGHT`` high — else measured rows, which ``QListView`` lays
    out again when the width changes).

    Signals:
        cardMenuRequested(QModelIndex, QPoint): the user asked for a card's menu; the point is global.
    """

    cardMenuRequested = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(200)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        menu_key = QAction(self)
        menu_key.setShortcut(QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F10))
        menu_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.triggered.connect(self.request_current_menu)
        self.addAction(menu_key)

    #: Rows laid out per event-loop turn when heights are measured (a layout card takes ~1 ms).
    MEASURED_BATCH = 25

    def setModel(self, model: Any) -> None:
        old = self.model()
        if old is not None:
            for signal in (old.modelReset, old.rowsInserted, old.layoutChanged):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(self._sync_uniform)
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
                signal.connect(self._sync_uniform)
        self._sync_uniform()

    def _sync_uniform(self, *_args: Any) -> None:
        """Uniform item sizes only while every row is a plain card (``TimelineModel.has_layouts``)."""
        uniform = not bool(getattr(self.model(), "has_layouts", False))
        if uniform != self.uniformItemSizes():
            self.setUniformItemSizes(uniform)
            self.setBatchSize(200 if uniform else self.MEASURED_BATCH)
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
