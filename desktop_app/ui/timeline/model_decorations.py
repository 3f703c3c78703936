"""What ``TimelineModel``'s cards show besides their activity (a mixin of the model): pins (on top,
newest first), "Show more" (the whole description), the shown entity's own client, known file names,
and an application's extras — configurable layouts, badges and content blocks (issue 13). Each setter
rebuilds or re-sorts the rows it changes with the model's signals (see ``TimelineModel``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .cards import CardBadge, CardData

__all__ = ["CardDecorations"]


class CardDecorations:
    """Pins, expanded cards, the entity's client, file names and an application's extras of the rows;
    mixed into ``TimelineModel`` (which provides the rows, ``upsert`` and the rebuilds)."""

    _rows: list[CardData]
    _keys: list[Any]
    _row_by_id: Any
    _pins: dict[int, datetime]
    _expanded: set[int]
    _entity_client: tuple[str, str]
    _file_names: dict[int, str]
    _layouts: dict[int, Mapping[str, Any]]
    _badges: dict[int, CardBadge]
    _blocks: dict[int, Mapping[str, Any]]
    layoutAboutToBeChanged: Any
    layoutChanged: Any
    # provided by TimelineModel
    row_of: Any
    upsert: Any
    index: Any
    changePersistentIndexList: Any
    _new_builder: Any
    _build: Any
    _with_sync: Any
    _rebuild_all: Any

    # ----------------------------------------------------------------- pins, "Show more", client, files
    def set_pins(self, pins: Mapping[int, datetime]) -> None:
        """Replace the pinned cards (activity id → when pinned, aware; :mod:`desktop_app.store.pins`):
        they go on top, newest pin first. Rows are re-sorted (``layoutChanged``)."""
        self._pins.clear()
        self._pins.update(pins)
        self._resort()

    def set_pinned(self, activity_id: int, pinned_at: datetime | None) -> int | None:
        """Pin ``activity_id`` (``pinned_at``: when, aware) or unpin it (``None``); its card moves.
        Returns its new row (``None`` when it is not loaded)."""
        if pinned_at is None:
            self._pins.pop(activity_id, None)
        else:
            self._pins[activity_id] = pinned_at
        row = self.row_of(activity_id)
        return self.upsert(self._rows[row].activity) if row is not None else None

    def is_pinned(self, activity_id: int) -> bool:
        return activity_id in self._pins

    def set_expanded(self, activity_id: int, expanded: bool) -> None:
        """Show the whole description of ``activity_id``'s card ("Show more") or one line again
        ("Show less"); emits ``dataChanged`` for the row (its height changes: the view re-measures)."""
        if expanded == (activity_id in self._expanded):
            return
        if expanded:
            self._expanded.add(activity_id)
        else:
            self._expanded.discard(activity_id)
        row = self.row_of(activity_id)
        if row is not None:
            self.upsert(self._rows[row].activity)

    def set_entity_client(self, name: str, phone: str) -> None:
        """The shown entity's own client (its contact, company or lead: name, phone), shown on cards
        whose activity has no ``COMMUNICATIONS`` (to-dos). Rebuilds the rows."""
        if (name, phone) == self._entity_client:
            return
        self._entity_client = (name, phone)
        self._rebuild_all()

    def set_file_names(self, names: Mapping[int, str]) -> None:
        """Known attachment names (file id → name); others read "File <id>". Rebuilds the rows."""
        self._file_names = dict(names)
        self._rebuild_all()

    def _resort(self) -> None:
        """Re-key every row (pins changed) and sort again (``layoutChanged``, persistent indexes kept)."""
        if not self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        old = {id(card): i for i, card in enumerate(self._rows)}
        builder = self._new_builder()
        rebuilt = [(self._with_sync(self._build(builder, c.activity)), old[id(c)]) for c in self._rows]
        rebuilt.sort(key=lambda pair: pair[0].sort_key)
        moved_from = [self.index(i, 0) for _, i in rebuilt]
        self._rows = [card for card, _ in rebuilt]
        self._keys = [c.sort_key for c in self._rows]
        self._row_by_id = None
        self.changePersistentIndexList(moved_from, [self.index(i, 0) for i in range(len(self._rows))])
        self.layoutChanged.emit()

    # ----------------------------------------------------------------- an application's extras
    def set_layouts(self, layouts: Mapping[int, Mapping[str, Any]]) -> None:
        """The layouts of configurable activities (activity id → LayoutDto dict, api-spec.md §5): their
        cards are drawn as their preview, taller than plain cards. Rebuilds the rows."""
        self.set_card_extras(layouts, self._badges, self._blocks)

    def set_card_extras(self, layouts: Mapping[int, Mapping[str, Any]], badges: Mapping[int, CardBadge],
                        blocks: Mapping[int, Mapping[str, Any]]) -> bool:
        """What an application adds to the cards (``ApplicationFeatures.card_extras``, issue 13):
        configurable activities' layouts (drawn as their preview) and badges (a pill in the header),
        and other activities' additional content blocks (RestAppLayoutDto dicts, drawn inside the card).
        Each is activity id → value and replaces the previous one. Rebuilds the rows and lays them out
        again (heights change) only when something differs; returns whether it did."""
        layouts, badges, blocks = dict(layouts), dict(badges), dict(blocks)
        if (layouts, badges, blocks) == (self._layouts, self._badges, self._blocks):
            return False
        self.layoutAboutToBeChanged.emit()
        self._layouts, self._badges, self._blocks = layouts, badges, blocks
        self._rebuild_all()
        self.layoutChanged.emit()  # row heights change: the view lays the rows out again
        return True

    @property
    def has_layouts(self) -> bool:
        """Whether some activity may have a layout or blocks (then rows differ in height)."""
        return bool(self._layouts) or bool(self._blocks)

    def layout_of(self, activity_id: int) -> Mapping[str, Any] | None:
        """The layout shown for configurable activity ``activity_id`` (see ``set_card_extras``), or ``None``."""
        return self._layouts.get(activity_id)

    def blocks_of(self, activity_id: int) -> Mapping[str, Any] | None:
        """The additional content blocks shown on ``activity_id``'s card, or ``None``."""
        return self._blocks.get(activity_id)
