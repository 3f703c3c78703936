"""The layout editor's "Portal" actions (issue 13): send the edited layout to the portal through an
application connection.

* Kind "layout" (LayoutDto): "Create on portal…" makes a new configurable activity in the entity open
  in the main window (``crm.activity.configurable.add``; a template is a start: choose it, then Create).
  When the editor holds a configurable activity's layout (:class:`EditorTarget` ``configurable``, from
  the card menu's "Edit layout…"), "Update on portal…" replaces that layout (``configurable.update``).
* Kind "rest_app" (RestAppLayoutDto) with an activity to attach to (``blocks``, from "Layout blocks…"):
  "Save on portal" (``crm.activity.layout.blocks.set``) and "Remove blocks" (``…blocks.delete``).

This module only offers the actions and says what stands in the way: the layout is validated first
and not sent while the editor's validator finds errors (:meth:`PortalActions.sendable_layout` names
them by path); what sending does is the application UI's (:mod:`desktop_app.ui.app_features`), which
connects the signals. The text in the editor is never touched by a failure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar

if TYPE_CHECKING:
    from .window import LayoutEditorWindow

__all__ = ["EditorTarget", "PortalActions"]

#: Problems named in the notice before "and N more".
_NAMED = 5


@dataclass(frozen=True)
class EditorTarget:
    """What the editor's text belongs to on the portal.

    Attributes:
        kind: ``"configurable"`` (a configurable activity's layout) or ``"blocks"`` (an application's
            content blocks on another activity).
        activity_id: the activity's id.
        owner_type_id, owner_id: the entity whose timeline it was opened from.
        title: the activity's title (plain text) for the editor's line.
        fields: what else the portal holds (``ConfigurableFields`` of a configurable activity), or ``None``.
    """

    kind: str
    activity_id: int
    owner_type_id: int
    owner_id: int
    title: str = ""
    fields: Any = None


class PortalActions(QObject):
    """The editor's Portal menu and toolbar actions (``window.portal``).

    Signals:
        createRequested(dict layout), updateRequested(EditorTarget, dict layout),
        saveBlocksRequested(EditorTarget, dict layout), removeBlocksRequested(EditorTarget):
        the user asked, and the layout passed the editor's validator.

    Attributes: ``create_action``, ``update_action``, ``save_blocks_action``, ``remove_blocks_action``,
    ``target_label``; ``target`` (:class:`EditorTarget` or ``None``).
    """

    createRequested = Signal(object)
    updateRequested = Signal(object, object)
    saveBlocksRequested = Signal(object, object)
    removeBlocksRequested = Signal(object)

    def __init__(self, window: LayoutEditorWindow) -> None:
        super().__init__(window)
        self._window = window
        self.target: EditorTarget | None = None
        self._reason: Callable[[], str] = lambda: self.tr("Open a portal with an application connection first.")
        self._busy = False

        def action(text: str, name: str, tip: str) -> QAction:
            made = QAction(text, self)
            made.setObjectName(name)
            made.setToolTip(tip)
            made.setStatusTip(tip)
            return made

        self.create_action = action(self.tr("&Create on portal…"), "layoutCreateOnPortal",
                                    self.tr("Create a configurable activity with this layout in the entity open in "
                                            "the main window (crm.activity.configurable.add)"))
        self.update_action = action(self.tr("&Update on portal…"), "layoutUpdateOnPortal",
                                    self.tr("Replace the layout of the activity being edited (crm.activity.configurable.update)"))
        self.save_blocks_action = action(self.tr("&Save blocks on portal"), "layoutSaveBlocks",
                                         self.tr("Attach these content blocks to the activity (crm.activity.layout.blocks.set)"))
        self.remove_blocks_action = action(self.tr("&Remove blocks"), "layoutRemoveBlocks",
                                           self.tr("Remove this application's content blocks from the activity "
                                                   "(crm.activity.layout.blocks.delete)"))
        self._tips = {a: a.toolTip() for a in self.actions()}
        self.create_action.triggered.connect(self._create)
        self.update_action.triggered.connect(self._update)
        self.save_blocks_action.triggered.connect(self._save_blocks)
        self.remove_blocks_action.triggered.connect(self._remove_blocks)

        self.menu = window.menuBar().addMenu(self.tr("&Portal"))
        self.menu.setToolTipsVisible(True)
        self.menu.addActions(self.actions())
        self.menu.aboutToShow.connect(self.refresh)
        self.target_label = QLabel()
        self.target_label.setObjectName("layoutTarget")
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)  # the activity's title: portal text
        toolbar = QToolBar(self.tr("Portal"), window)
        toolbar.setObjectName("layoutPortalToolbar")
        toolbar.addActions(self.actions())
        toolbar.addWidget(self.target_label)
        window.addToolBar(toolbar)
        self.toolbar = toolbar
        window.validated.connect(lambda _report: self.refresh())
        self.refresh()

    def actions(self) -> list[QAction]:
        return [self.create_action, self.update_action, self.save_blocks_action, self.remove_blocks_action]

    # -- state -------------------------------------------------------------------------------------
    def set_reason(self, reason: Callable[[], str]) -> None:
        """``reason()`` says why the portal actions cannot be used now (``""``: they can); asked on each refresh."""
        self._reason = reason
        self.refresh()

    def set_target(self, target: EditorTarget | None) -> None:
        """The activity the text belongs to (``None``: a new one); its line and actions follow."""
        self.target = target
        if target is None:
            self.target_label.setText("")
        elif target.kind == "configurable":
            self.target_label.setText(self.tr("Editing the layout of activity #%1 “%2”")
                                      .replace("%1", str(target.activity_id)).replace("%2", target.title))
        else:
            self.target_label.setText(self.tr("Content blocks of activity #%1 “%2”")
                                      .replace("%1", str(target.activity_id)).replace("%2", target.title))
        self.refresh()

    def set_busy(self, busy: bool) -> None:
        """While a request is on its way the actions wait (no second send)."""
        self._busy = busy
        self.refresh()

    def refresh(self) -> None:
        """Show the actions the kind and target allow; disable them (the reason in the tooltip) when
        the application features cannot be used now."""
        kind = self._window.kind
        target = self.target
        self.create_action.setVisible(kind == "layout")
        self.update_action.setVisible(kind == "layout" and target is not None and target.kind == "configurable")
        blocks = kind == "rest_app" and target is not None and target.kind == "blocks"
        self.save_blocks_action.setVisible(blocks)
        self.remove_blocks_action.setVisible(blocks)
        reason = self._reason()
        for action in self.actions():
            action.setEnabled(not reason and not self._busy)
            tip = reason or self._tips[action]
            action.setToolTip(tip)
            action.setStatusTip(tip)

    # -- sending -----------------------------------------------------------------------------------
    def sendable_layout(self) -> dict | None:
        """The layout as a dict when the validator finds no error; else ``None`` and the notice names the
        problems by path (nothing is sent)."""
        window = self._window
        report = window.validate_now()
        if report.errors or not isinstance(window.data, dict):
            named = [(p.path or self.tr("(layout)")) + f": {p.code}" for p in report.errors[:_NAMED]]
            more = len(report.errors) - len(named)
            text = self.tr("Not sent: the layout has problems the portal would refuse — %1.").replace(
                "%1", "; ".join(named) or self.tr("the text is not a JSON object"))
            if more > 0:
                text += " " + self.tr("And %n more (see the list of problems).", "", more)
            window.show_notice(text)
            return None
        return window.data

    def _create(self) -> None:
        layout = self.sendable_layout()
        if layout is not None:
            self.createRequested.emit(layout)

    def _update(self) -> None:
        target = self.target
        layout = self.sendable_layout() if target is not None else None
        if target is not None and layout is not None:
            self.updateRequested.emit(target, layout)

    def _save_blocks(self) -> None:
        target = self.target
        layout = self.sendable_layout() if target is not None else None
        if target is not None and layout is not None:
            self.saveBlocksRequested.emit(target, layout)

    def _remove_blocks(self) -> None:
        if self.target is not None:
            self.removeBlocksRequested.emit(self.target)
