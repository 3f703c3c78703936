"""``CardActions``: what the timeline's cards do by themselves (a mixin of ``TimelinePanel``).

* The "complete" checkbox (a click, or Space on the current card) emits ``completeRequested(activity,
  True)``: the same signal as the card menu's Complete, so it goes through the outbox the same way.
* "Show more" / "Show less" (a click, or Right / Left arrow on the current card) expands the card's
  description in place; the row is measured again.
* The attachments line opens the details (``detailsRequested``), which list and download the files.
  Names of files uploaded or downloaded here come from the store's
  :class:`~desktop_app.store.file_names.FileNameStore` (one query after each load); others read
  "File <id>" (the portal sends no names).
* Pin / Unpin (the card menu) keeps the card on top; pins are kept in the local store per portal
  (:class:`~desktop_app.store.pins.PinStore`) and survive a restart.
* The client of cards without ``COMMUNICATIONS`` (to-dos): the shown entity's own party (its contact,
  company or lead; for a deal its first contact, else its company), read once per entity with
  :class:`~desktop_app.services.contacts.ContactDirectory` (``crm.<type>.list`` with ``PHONE``).
* The empty state over the list (:class:`~desktop_app.ui.empty_state.EmptyStateOverlay`): what an
  empty timeline means and what to do, for "nothing yet", "nothing matches these filters" and
  "could not load".
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex

from desktop_app.bitrix import Activity
from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.services.attachments import AttachmentService
from desktop_app.services.contacts import ContactDirectory, Party
from desktop_app.store.file_names import FileNameStore
from desktop_app.store.pins import PinStore

from ..empty_state import EmptyStateOverlay
from ..tasks import TaskRegistry
from .cards import CardData
from .delegate import TimelineDelegate
from .model import TimelineModel
from .view import TimelineView

__all__ = ["CardActions", "entity_client"]

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def entity_client(parties: list[Party]) -> tuple[str, str]:
    """(name, phone) of the first party with a phone, else of the first party; ``("", "")`` for none."""
    for party in parties:
        phone = next((c.value.strip() for c in party.channels if c.type == "PHONE" and c.value.strip()), "")
        if phone:
            return party.name, phone
    return (parties[0].name, "") if parties else ("", "")


class CardActions:
    """Card clicks, keys, pins, the entity's client and the empty state; mixed into ``TimelinePanel``."""

    model: TimelineModel
    view: TimelineView
    delegate: TimelineDelegate
    empty_state: EmptyStateOverlay
    _tasks: TaskRegistry
    _pins: PinStore | None
    _file_names: FileNameStore | None
    now: Callable[[], datetime]
    completeRequested: Any
    detailsRequested: Any

    def _connect_card_actions(self) -> None:
        self._pins = None
        self._file_names = None
        self._names_shown: dict[int, str] = {}
        self._names_asked: set[int] = set()  # files whose name was asked of the portal this session
        self.delegate.cardActionClicked.connect(self._card_action)
        self.view.completeKeyPressed.connect(lambda index: self._card_action(index, "complete"))
        self.view.expandKeyPressed.connect(
            lambda index, expand: self._card_action(index, "showMore" if expand else "hide"))
        self.empty_state = EmptyStateOverlay(
            self.view, translate("TimelinePanel", "No lead, deal, contact or company selected"),
            translate("TimelinePanel", "Pick one in the list on the left to see its timeline."))

    # ----------------------------------------------------------------- clicks and keys
    def _card_of(self, index: QModelIndex) -> CardData | None:
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.card_at(index.row())

    def _card_action(self, index: QModelIndex, kind: str) -> None:
        """Do what a click on a card part (or its key) asks: ``complete``, ``showMore`` / ``hide``, ``files``."""
        card = self._card_of(index)
        if card is None:
            return
        activity = card.activity
        if kind == "complete":
            if not activity.completed and not card.is_placeholder:
                self.completeRequested.emit(activity, True)
        elif kind in ("showMore", "hide"):
            if card.layout is None and (card.preview or card.description):
                self.model.set_expanded(activity.id, kind == "showMore")
                row = self.model.row_of(activity.id)
                if row is not None:
                    self.delegate.sizeHintChanged.emit(self.model.index(row, 0))
        elif kind == "files" and not card.is_placeholder:
            self.detailsRequested.emit(activity)

    # ----------------------------------------------------------------- pins
    def set_pin_store(self, pins: PinStore | None, file_names: FileNameStore | None = None) -> None:
        """Keep pins in ``pins`` (the session store's, see ``set_cache``); ``None``: no pins.
        ``file_names``: the store's names of files uploaded or downloaded here."""
        self._pins = pins
        self._file_names = file_names
        self._names_shown = {}
        self._names_asked = set()
        try:
            self.model.set_pins(pins.pinned() if pins is not None else {})
        except sqlite3.Error as exc:  # a locked or damaged store: the cards stay unpinned
            log.warning("pins could not be read (%s)", type(exc).__name__)
            self.model.set_pins({})

    def set_pinned(self, activity: Activity, pinned: bool) -> None:
        """Pin ``activity``'s card on top (kept in the local store) or unpin it; the card moves."""
        when = self.now() if pinned else None
        if self._pins is not None:
            try:
                self._pins.set_pinned(activity.id, pinned, now=when)
            except sqlite3.Error as exc:
                log.warning("a pin could not be saved (%s)", type(exc).__name__)
        row = self.model.set_pinned(activity.id, when)
        if row is not None:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _refresh_file_names(self) -> None:
        """Show the names known here of the loaded cards' attachments (one store query)."""
        if self._file_names is None:
            return
        ids = {i for a in self.model.activities() for i in (f.id for f in (getattr(a, "files", None) or ())) if i > 0}
        if not ids:
            return
        try:
            names = self._file_names.names(ids)
        except sqlite3.Error as exc:
            log.warning("file names could not be read (%s)", type(exc).__name__)
            return
        merged = {**self._names_shown, **names}
        if merged != self._names_shown:
            self._names_shown = merged
            self.model.set_file_names(merged)
        self._ask_file_names(merged)

    def _ask_file_names(self, known: dict[int, str]) -> None:
        """Ask the portal the names of the loaded cards' files not known here (``HEAD`` of each file
        URL, :meth:`AttachmentService.learn_names`), once per file per session; the cards show them
        as they arrive instead of ``File <id>``."""
        attachments: AttachmentService | None = getattr(self, "_attachments", None)
        if attachments is None:
            return
        wanted = [(a.id, f.id, f.url) for a in self.model.activities() for f in (getattr(a, "files", None) or ())
                  if f.id > 0 and f.id not in known and f.id not in self._names_asked and getattr(f, "url", "")]
        if not wanted:
            return
        self._names_asked.update(file_id for _a, file_id, _u in wanted)
        self._tasks.start(self._learn_file_names(attachments, wanted))

    async def _learn_file_names(self, attachments: AttachmentService, wanted: list[tuple[int, int, str]]) -> None:
        learnt = await attachments.learn_names(wanted)
        if learnt:
            self._names_shown = {**self._names_shown, **learnt}
            self.model.set_file_names(self._names_shown)

    # ----------------------------------------------------------------- the entity's client
    def _load_entity_client(self, owner_type_id: int, owner_id: int, directory: ContactDirectory | None) -> None:
        self.model.set_entity_client("", "")
        if directory is not None:
            self._tasks.start(self._read_entity_client(owner_type_id, owner_id, directory), key="timeline-client")

    async def _read_entity_client(self, owner_type_id: int, owner_id: int, directory: ContactDirectory) -> None:
        try:
            parties = await directory.parties(owner_type_id, owner_id)
        except BitrixClientError as exc:  # the cards just show no client line
            log.info("the client of %s/%s could not be read (%s)", owner_type_id, owner_id, type(exc).__name__)
            return
        self.model.set_entity_client(*entity_client(parties))

    # ----------------------------------------------------------------- empty state
    def _show_empty_state(self, *, filtered: bool, failed: bool = False) -> None:
        """The empty state's texts for what the list shows now (visible only without rows)."""
        if failed:
            self.empty_state.set_texts(translate("TimelinePanel", "Could not load the timeline"),
                                       translate("TimelinePanel", "Check the connection, then press Refresh (F5)."))
        elif filtered:
            self.empty_state.set_texts(translate("TimelinePanel", "No activity matches these filters"),
                                       translate("TimelinePanel", "Change or clear the filters above to see more."))
        else:
            self.empty_state.set_texts(translate("TimelinePanel", "No activities yet"),
                                       translate("TimelinePanel", "Press Ctrl+N to add a to-do to this timeline."))
        self.empty_state.set_suppressed(False)
