"""``CardMenu``: the context menu of one timeline card.

Every activity: Open details, Edit…, Complete / Reopen, Pin / Unpin (kept locally), Delete…; open todos also: Deadline ▸
(presets, Pick date and time…), Colour ▸ (8 swatches), Responsible ▸ (the portal's users). Completed
todos show the quick edits disabled (the portal refuses to edit completed todos). Placeholder cards
(a create the portal has not confirmed, negative id) have nothing to open or edit yet. A card with a
failed change or a conflict also offers "Retry sending" / "Discard my change". With several cards
selected, the bulk actions for the selection come first (``selection_actions``, from
``BulkActionsBar.menu_actions()``), under a "N selected" heading.

With an application connection given (``app``, :class:`~.app_extras.AppMenuState`): a configurable
activity's card offers "Edit layout…", any other confirmed activity "Layout blocks…"
(``crm.activity.layout.blocks.*``); while the application features cannot be used (a webhook-only
connection, offline) these are shown disabled with the reason as their tooltip. A card drawn from a
layout or with content blocks also offers "Card actions ▸": its buttons, links and menu items, so that
they are reachable from the keyboard too.

A configurable activity refuses the plain update (:mod:`desktop_app.services.activity_rules`): its Edit… is
disabled (its layout is changed with "Edit layout…"), and Complete / Reopen too unless this application
created it (``app.own``; then it goes through the application) — the reason is the tooltip.

The menu sends nothing: it emits what the user chose (the panel forwards the signals).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.bitrix import Activity
from desktop_app.services.activity_rules import plain_update_refused
from desktop_app.store.entries import EntryState
from desktop_app.ui.cards import CardTree

from ..plain_text import menu_text
from ..quick_edit import color_menu, deadline_menu, responsible_menu
from .app_extras import AppMenuState
from .cards import CardData

__all__ = ["CardMenu"]


class CardMenu(QMenu):
    """The menu of ``card``; show it with ``popup()``.

    Args:
        card: the card's ``CardData``.
        users: user id → name for the Responsible submenu.
        now: the session's current time (aware), for the deadline presets.
        tz: the user's time zone (``None``: the system's).
        selection_actions: bulk actions for the selected cards (shared with the bulk bar), if any.

    Signals (the activity is the card's ``Activity``):
        detailsRequested(activity), editRequested(activity), completeRequested(activity, bool completed),
        deleteRequested(activity), quickDeadlineRequested(activity, datetime),
        quickColorRequested(activity, str | None), quickResponsibleRequested(activity, int),
        pickDeadlineRequested(activity): open the deadline popup,
        pinRequested(activity, bool pinned): pin the card on top (True) or unpin it,
        retryRequested(OutboxEntry), discardRequested(OutboxEntry),
        editLayoutRequested(activity), layoutBlocksRequested(activity),
        cardButtonClicked(activity, CardAction): an application's button, link or menu item of the card.
    """

    detailsRequested = Signal(object)
    editRequested = Signal(object)
    completeRequested = Signal(object, bool)
    deleteRequested = Signal(object)
    quickDeadlineRequested = Signal(object, object)
    quickColorRequested = Signal(object, object)
    quickResponsibleRequested = Signal(object, int)
    pickDeadlineRequested = Signal(object)
    pinRequested = Signal(object, bool)
    retryRequested = Signal(object)
    discardRequested = Signal(object)
    editLayoutRequested = Signal(object)
    layoutBlocksRequested = Signal(object)
    cardButtonClicked = Signal(object, object)

    def __init__(self, card: CardData, users: Mapping[int, str], now: datetime, tz: tzinfo | None,
                 parent: QWidget | None = None, *, selection_actions: Sequence[QAction] = (),
                 selected: int = 0, app: AppMenuState | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cardMenu")
        self.card = card
        activity = card.activity
        real = not card.is_placeholder
        self.selection_actions = list(selection_actions)
        if self.selection_actions:
            self.addSection(self.tr("%n selected", "", selected))
            for action in self.selection_actions:
                self.addAction(action)
            self.addSection(self.tr("This activity"))

        details = self.addAction(self.tr("Open &details"))
        details.setObjectName("cardDetails")
        font = QFont(details.font())
        font.setBold(True)
        details.setFont(font)
        details.triggered.connect(lambda: self.detailsRequested.emit(activity))
        edit = self.addAction(self.tr("&Edit…"))
        edit.setObjectName("cardEdit")
        edit.triggered.connect(lambda: self.editRequested.emit(activity))
        complete = self.addAction(self.tr("&Reopen") if activity.completed else self.tr("&Complete"))
        complete.setObjectName("cardComplete")
        complete.triggered.connect(lambda: self.completeRequested.emit(activity, not activity.completed))
        pin = self.addAction(self.tr("Un&pin") if card.pinned else self.tr("&Pin"))
        pin.setObjectName("cardPin")
        pin.setToolTip(self.tr("Pinned cards stay on top of this timeline (kept on this computer)"))
        pin.triggered.connect(lambda: self.pinRequested.emit(activity, not card.pinned))
        for action in (details, edit, complete, pin):
            action.setEnabled(real)
        if real and plain_update_refused(activity):
            self._explain_configurable(activity, app, edit, complete)

        self.quick_menus: list[QMenu] = []
        if activity.is_todo:
            self.addSeparator()
            editable = real and not activity.completed
            deadline = deadline_menu(self, now, tz, lambda value: self.quickDeadlineRequested.emit(activity, value),
                                     lambda: self.pickDeadlineRequested.emit(activity))
            colors = color_menu(self, activity.color_id, lambda color: self.quickColorRequested.emit(activity, color))
            people = responsible_menu(self, users, activity.responsible_id,
                                      lambda user: self.quickResponsibleRequested.emit(activity, user))
            for menu in (deadline, colors, people):
                self.addMenu(menu)
                menu.menuAction().setEnabled(editable)
                menu.setEnabled(editable)
                if not editable:
                    menu.menuAction().setToolTip(self.tr("Completed to-dos cannot be changed"))
                self.quick_menus.append(menu)

        if app is not None and real:
            self._add_app_entries(card, app)

        entry = card.sync.entry if card.sync is not None else None
        if entry is not None and entry.state in (EntryState.FAILED, EntryState.CONFLICT):
            self.addSeparator()
            retry = self.addAction(self.tr("Re&try sending"))
            retry.setObjectName("cardRetry")
            retry.triggered.connect(lambda: self.retryRequested.emit(entry))
            discard = self.addAction(self.tr("Di&scard my change"))
            discard.setObjectName("cardDiscard")
            discard.triggered.connect(lambda: self.discardRequested.emit(entry))

        self.addSeparator()
        delete = self.addAction(self.tr("De&lete…"))
        delete.setObjectName("cardDelete")
        delete.setEnabled(real)
        delete.triggered.connect(lambda: self.deleteRequested.emit(activity))
        self.setDefaultAction(details)

    def _explain_configurable(self, activity: Activity, app: AppMenuState | None, edit: QAction,
                              complete: QAction) -> None:
        """Disable what the portal would refuse for a configurable activity, the reason as tooltip."""
        own = app is not None and activity.id in app.own
        refusals = [(edit, self.tr("Its application draws this activity from a layout: change the layout with "
                                   "Edit layout…") if own else
                     self.tr("Only the application that created this activity can change it."))]
        if not own:
            refusals.append((complete, self.tr("Only the application that created this activity can change it.")))
        self.setToolTipsVisible(True)
        for action, reason in refusals:
            action.setEnabled(False)
            action.setToolTip(reason)
            action.setStatusTip(reason)

    def _add_app_entries(self, card: CardData, app: AppMenuState) -> None:
        """"Edit layout…" (configurable) or "Layout blocks…" (any other activity), then "Card actions ▸"."""
        activity = card.activity
        self.addSeparator()
        self.setToolTipsVisible(True)
        configurable = card.layout is not None or activity.provider_id == "CONFIGURABLE_REST_APP"
        if configurable:
            edit = self.addAction(self.tr("Edit &layout…"))
            edit.setObjectName("cardEditLayout")
            edit.setToolTip(self.tr("Open the layout in the layout editor and update the activity on the portal")
                            if activity.id in app.own or card.layout is None else
                            self.tr("Another application created this activity: its layout can be read, but only "
                                    "that application can update it"))
            edit.triggered.connect(lambda: self.editLayoutRequested.emit(activity))
            entries = [edit]
        else:
            blocks = self.addAction(self.tr("Layout &blocks…"))
            blocks.setObjectName("cardLayoutBlocks")
            blocks.setToolTip(self.tr("Attach the application's content blocks to this activity "
                                      "(crm.activity.layout.blocks.set)"))
            blocks.triggered.connect(lambda: self.layoutBlocksRequested.emit(activity))
            entries = [blocks]
        for entry in entries:
            entry.setEnabled(app.available)
            if not app.available:
                entry.setToolTip(app.reason)
                entry.setStatusTip(app.reason)
        # The card's own buttons, links and menu items (they work without the application connection too).
        buttons = self._card_buttons(card) if card.layout is not None or card.blocks is not None else []
        if buttons:
            menu = QMenu(self.tr("Card &actions"), self)
            menu.setObjectName("cardButtonsMenu")
            for action in buttons:
                item = menu.addAction(menu_text(action.label))
                item.triggered.connect(lambda _=False, a=action: self.cardButtonClicked.emit(activity, a))
            self.addMenu(menu)
            self.quick_menus.append(menu)

    @staticmethod
    def _card_buttons(card: CardData) -> list:
        """The application's actions of a card: footer buttons, links and menu items, links of content blocks."""
        tree = CardTree.from_card(card)
        tree.measure(600)
        kinds = ("redirect", "restEvent", "openRestApp")
        found = [action for _rect, action in tree.actions() if action.kind in kinds]
        found += [entry.action for entry in tree.menu_entries() if entry.action is not None and entry.action.kind in kinds]
        seen: set[tuple[str, str]] = set()
        out = []
        for action in found:
            if (action.label, action.path) not in seen:
                seen.add((action.label, action.path))
                out.append(action)
        return out

    def action_named(self, name: str):
        """The action (of this menu or a submenu) with object name ``name``, or ``None``."""
        menus = [self, *self.quick_menus, *(a.menu() for a in self.selection_actions if a.menu() is not None)]
        for menu in menus:
            for action in menu.actions():
                if action.objectName() == name:
                    return action
        return None
