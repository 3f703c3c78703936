"""``TimelineModel``: a CRM entity's activities as timeline rows (planned block, then history).

The model holds a Python list of precomputed ``CardData`` rows (style.md §6: one ``data()`` call per
paint, display texts and sort keys computed when rows arrive). Row order and card states are
documented in ``cards``. Data comes from ``crm.activity.list`` / ``crm.activity.get`` as
``desktop_app.bitrix.models.Activity`` (api-spec.md §4.5–4.6); the controller loads pages and feeds
them in through ``set_activities`` / ``append_history`` / ``upsert`` / ``remove``.

Sync state (issue 3, "no edit lost"): ``set_sync_state(activity_id, entry)`` puts an outbox entry's pill on
a card (``SyncRole`` gives the entry, ``CardData.sync`` the pill); it is kept across reloads and rebuilds
until it is set to ``None`` or a ``DONE`` entry. Placeholder cards of creates not yet confirmed have
negative ids (``OutboxEntry.placeholder_id``) and show "Waiting to send" even without an entry.

Paging protocol (Qt's ``canFetchMore``/``fetchMore``): the controller calls ``set_has_more(True)``
when the server reported a ``next`` offset; when the view scrolls to the end it calls ``fetchMore``,
which emits ``fetch_more_requested`` once and marks a fetch as pending (``canFetchMore`` is then
False, so repeated view calls do nothing). The controller answers with ``append_history(page)`` and
``set_has_more(page.next is not None)``; on failure it calls ``set_has_more(False)`` (or ``True`` to
allow a retry), which also clears the pending mark.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop_app.bitrix.models import Activity
from desktop_app.store.entries import OutboxEntry

from ..plain_text import plain_tooltip
from .cards import CardBadge, CardBuilder, CardData, CardState
from .model_decorations import CardDecorations
from .sync import sync_badge

__all__ = ["ActivityRole", "CardData", "CardDataRole", "CardState", "CardStateRole", "SyncRole", "TimelineModel"]

#: ``data(index, ActivityRole)`` → the row's ``Activity``.
ActivityRole = int(Qt.ItemDataRole.UserRole) + 1
#: ``data(index, CardStateRole)`` → ``CardState``.
CardStateRole = int(Qt.ItemDataRole.UserRole) + 2
#: ``data(index, CardDataRole)`` → ``CardData`` (everything the delegate paints).
CardDataRole = int(Qt.ItemDataRole.UserRole) + 3
#: ``data(index, SyncRole)`` → the card's open ``OutboxEntry`` or ``None``.
SyncRole = int(Qt.ItemDataRole.UserRole) + 4

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
_ACCESSIBLE_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole)

_ROLE_GETTERS = {
    _DISPLAY: lambda card: card.title,
    _TOOLTIP: lambda card: plain_tooltip(card.tooltip),  # subject, preview: portal text
    _ACCESSIBLE_TEXT: lambda card: card.accessible_text,
    _ACCESSIBLE_DESCRIPTION: lambda card: (f"{card.accessible_text} {card.preview}" if card.preview
                                           else card.accessible_text),
    ActivityRole: lambda card: card.activity,
    CardStateRole: lambda card: card.state,
    CardDataRole: lambda card: card,
    SyncRole: lambda card: card.sync.entry if card.sync is not None else None,
}

_ParentIndex = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel, CardDecorations):
    """List model of timeline cards.

    Args:
        parent: Qt parent.
        tz: the viewer's time zone for shown times; ``None`` (default) = the system's local zone,
            DST-correct per shown date (``datetime.astimezone()``).
        locale: month/day names and 12/24-hour style; default ``QLocale()``.

    Signals:
        fetch_more_requested(): the view wants the next history page (see the module docstring).
    """

    fetch_more_requested = Signal()

    def __init__(self, parent: Any = None, *, tz: tzinfo | None = None, locale: QLocale | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CardData] = []
        self._keys: list[tuple[Any, ...]] = []
        self._row_by_id: dict[int, int] | None = None
        self._user_names: dict[int, str] = {}
        self._fixed_now: datetime | None = None
        self._tz = tz
        self._locale = locale or QLocale()
        self._has_more = False
        self._fetch_pending = False
        self._builder: CardBuilder | None = None
        self._sync: dict[int, OutboxEntry] = {}
        self._layouts: dict[int, Mapping[str, Any]] = {}
        self._badges: dict[int, CardBadge] = {}
        self._blocks: dict[int, Mapping[str, Any]] = {}
        self._pins: dict[int, datetime] = {}
        self._expanded: set[int] = set()
        self._entity_client: tuple[str, str] = ("", "")
        self._file_names: dict[int, str] = {}

    # ----------------------------------------------------------------- Qt model API
    def rowCount(self, parent: _ParentIndex = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _ParentIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        getter = _ROLE_GETTERS.get(role)
        if getter is None:
            return None
        row = index.row()
        if row >= len(self._rows):
            return None
        return getter(self._rows[row])

    def flags(self, index: _ParentIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update({ActivityRole: QByteArray(b"activity"), CardStateRole: QByteArray(b"cardState"),
                      CardDataRole: QByteArray(b"cardData"), SyncRole: QByteArray(b"sync")})
        return names

    def canFetchMore(self, parent: _ParentIndex) -> bool:
        """True while the server has more history and no page is being fetched."""
        if parent.isValid():
            return False
        return self._has_more and not self._fetch_pending

    def fetchMore(self, parent: _ParentIndex) -> None:
        """Emit ``fetch_more_requested`` once and mark a fetch as pending."""
        if not self.canFetchMore(parent):
            return
        self._fetch_pending = True
        self.fetch_more_requested.emit()

    # ----------------------------------------------------------------- clock, zone, names
    @property
    def now(self) -> datetime:
        """The aware "current" time: the one given to ``set_now``, else the real clock (UTC)."""
        return self._fixed_now if self._fixed_now is not None else datetime.now(UTC)

    @property
    def tz(self) -> tzinfo | None:
        """The viewer's time zone used for every shown time (``None``: the system's local zone)."""
        return self._tz

    @property
    def has_more(self) -> bool:
        """Whether the server has another history page (as told by ``set_has_more``)."""
        return self._has_more

    @property
    def fetch_pending(self) -> bool:
        """A ``fetch_more_requested`` is waiting for ``append_history``/``set_has_more``."""
        return self._fetch_pending

    def set_now(self, now: datetime | None) -> None:
        """Fix the current time (aware datetime; ``None`` = follow the real clock) and re-evaluate overdue
        states and today/tomorrow texts; emits ``dataChanged`` for all rows.

        Raises:
            ValueError: ``now`` is naive.
        """
        if now is not None and now.utcoffset() is None:
            raise ValueError("now must be timezone-aware")
        self._fixed_now = now
        self._rebuild_all()

    def set_time_zone(self, tz: tzinfo | None) -> None:
        """Show times in ``tz`` (``None``: the system's zone) from now on; emits ``dataChanged`` for all rows."""
        self._tz = tz
        self._rebuild_all()

    def set_locale(self, locale: QLocale) -> None:
        """Use ``locale`` for month/day names and the 12/24-hour style; emits ``dataChanged`` for all rows."""
        self._locale = locale
        self._rebuild_all()

    def retranslate(self) -> None:
        """Re-read translated texts after a translator was installed (on ``QEvent.LanguageChange``)."""
        self._rebuild_all()

    def set_user_names(self, names: dict[int, str]) -> None:
        """Replace the responsible-user names (user id → display name); emits ``dataChanged`` for all rows."""
        self._user_names = dict(names)
        self._rebuild_all()

    # ----------------------------------------------------------------- rows
    def activity_at(self, row: int) -> Activity:
        """The ``Activity`` in ``row``.

        Raises:
            IndexError: no such row.
        """
        if row < 0:
            raise IndexError(row)
        return self._rows[row].activity

    def card_at(self, row: int) -> CardData:
        """The precomputed ``CardData`` of ``row`` (raises ``IndexError``)."""
        if row < 0:
            raise IndexError(row)
        return self._rows[row]

    def row_of(self, activity_id: int) -> int | None:
        """The row showing activity ``activity_id``, or ``None``."""
        if self._row_by_id is None:
            self._row_by_id = {card.activity.id: i for i, card in enumerate(self._rows)}
        return self._row_by_id.get(activity_id)

    def activities(self) -> list[Activity]:
        """All loaded activities in row order (a new list)."""
        return [card.activity for card in self._rows]

    def set_activities(self, activities: Iterable[Activity]) -> None:
        """Replace all rows (model reset). Duplicated ids keep the last one. Clears a pending fetch."""
        unique: dict[int, Activity] = {}
        for activity in activities:
            unique[activity.id] = activity
        builder = self._new_builder()
        cards = sorted((self._with_sync(self._build(builder, a)) for a in unique.values()), key=lambda c: c.sort_key)
        self.beginResetModel()
        self._rows = cards
        self._keys = [c.sort_key for c in cards]
        self._row_by_id = None
        self._fetch_pending = False
        self.endResetModel()

    def clear(self) -> None:
        """Remove all rows (model reset); no more pages, no pending fetch."""
        self._has_more = False
        self.set_activities([])

    def append_history(self, activities: Iterable[Activity]) -> None:
        """Append a page of older history at the end (``beginInsertRows``) and clear a pending fetch.

        Activities that are already loaded, or that would not sort after the last row (open ones,
        or newer than loaded history), are placed with ``upsert`` instead, so the order stays right.
        """
        self._fetch_pending = False
        tail: list[CardData] = []
        builder = self._new_builder()
        for activity in activities:
            if self.row_of(activity.id) is not None:
                self.upsert(activity)
                continue
            tail.append(self._with_sync(self._build(builder, activity)))
        tail.sort(key=lambda c: c.sort_key)
        last_key = self._keys[-1] if self._keys else None
        cut = 0
        while cut < len(tail) and last_key is not None and tail[cut].sort_key < last_key:
            cut += 1
        for card in tail[:cut]:
            self._insert_card(card)
        tail = tail[cut:]
        if not tail:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(tail) - 1)
        self._rows.extend(tail)
        self._keys.extend(c.sort_key for c in tail)
        if self._row_by_id is not None:
            for offset, card in enumerate(tail):
                self._row_by_id[card.activity.id] = first + offset
        self.endInsertRows()

    def set_has_more(self, has_more: bool) -> None:
        """Tell whether the server has another history page; clears a pending fetch."""
        self._has_more = bool(has_more)
        self._fetch_pending = False

    def upsert(self, activity: Activity) -> int:
        """Insert ``activity`` at its sorted row, or update it in place (``dataChanged``), moving the row
        (``beginMoveRows``) when its position changed. Returns its row.
        """
        card = self._card(activity)
        old = self.row_of(activity.id)
        if old is None:
            return self._insert_card(card)
        keys = self._keys
        # Position among the other rows (the old one taken out).
        new = bisect_right(keys, card.sort_key, 0, old)
        if new == old:
            new = old + bisect_right(keys, card.sort_key, old + 1) - (old + 1)
        if new == old:
            self._rows[old] = card
            keys[old] = card.sort_key
            index = self.index(old, 0)
            self.dataChanged.emit(index, index)
            return old
        destination = new + 1 if new > old else new
        self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), destination)
        del self._rows[old]
        del keys[old]
        self._rows.insert(new, card)
        keys.insert(new, card.sort_key)
        self._row_by_id = None
        self.endMoveRows()
        index = self.index(new, 0)
        self.dataChanged.emit(index, index)
        return new

    def remove(self, activity_id: int) -> bool:
        """Remove the row of ``activity_id`` (``beginRemoveRows``); False when it is not loaded."""
        row = self.row_of(activity_id)
        if row is None:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self._row_by_id = None
        self.endRemoveRows()
        return True

    def set_sync_state(self, activity_id: int, entry: OutboxEntry | None) -> None:
        """Show ``entry``'s state on the card of ``activity_id`` (``None`` or a ``DONE`` entry: no pill).

        Kept for rows loaded later too. Emits ``dataChanged`` for the row when it is loaded.
        """
        if entry is None or not entry.state.is_open:
            if self._sync.pop(activity_id, None) is None and activity_id >= 0:
                return
        else:
            self._sync[activity_id] = entry
        row = self.row_of(activity_id)
        if row is None:
            return
        card = self._rows[row]
        badge = sync_badge(self._sync.get(activity_id), placeholder=activity_id < 0)
        self._rows[row] = card.with_sync(badge)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def sync_entry(self, activity_id: int) -> OutboxEntry | None:
        """The open outbox entry shown on ``activity_id``'s card, or ``None``."""
        return self._sync.get(activity_id)

    # ----------------------------------------------------------------- internals
    def _new_builder(self) -> CardBuilder:
        """The card builder: kept while "now" is fixed, a fresh one per batch on the real clock."""
        if self._builder is None or self._fixed_now is None:
            self._builder = CardBuilder(now=self.now, tz=self._tz, locale=self._locale,
                                        user_names=self._user_names, pins=self._pins, expanded=self._expanded,
                                        entity_client=self._entity_client, file_names=self._file_names)
        return self._builder

    def _build(self, builder: CardBuilder, activity: Activity, key: Any = None) -> CardData:
        activity_id = activity.id
        return builder.build(activity, key, self._layouts.get(activity_id), badge=self._badges.get(activity_id),
                             blocks=self._blocks.get(activity_id))

    def _card(self, activity: Activity) -> CardData:
        return self._with_sync(self._build(self._new_builder(), activity))

    def _with_sync(self, card: CardData) -> CardData:
        activity_id = card.activity.id
        entry = self._sync.get(activity_id)
        if entry is None and activity_id >= 0:
            return card
        return card.with_sync(sync_badge(entry, placeholder=activity_id < 0))

    def _insert_card(self, card: CardData) -> int:
        row = bisect_right(self._keys, card.sort_key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, card)
        self._keys.insert(row, card.sort_key)
        self._row_by_id = None
        self.endInsertRows()
        return row

    def _rebuild_all(self) -> None:
        """Drop the cached builder (now/zone/locale/names/translation changed) and rebuild every row."""
        self._builder = None
        if not self._rows:
            return
        builder = self._new_builder()
        self._rows = [self._with_sync(self._build(builder, card.activity, card.sort_key)) for card in self._rows]
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

