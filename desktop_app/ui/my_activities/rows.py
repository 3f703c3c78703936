"""``ActivityRows``: compact storage of up to millions of My-activities rows (pure Python, no Qt).

Rows live in parallel columns (``array`` for numbers, lists of ``str`` for subjects), never as one
object or dict per row: 100,000 rows take a few MB. Row *r* is the *r*-th activity that arrived.

Order inside a group is by deadline, then arrival (= ``ID`` order of the count-free walk). It is kept
as a sorted list of integer *keys* per group, ``key = deadline_seconds << ROW_BITS | r`` (no deadline
sorts first), so ``key & ROW_MASK`` gives the row back. A page merges into a group in O(page · log n)
bisects plus one C-level splice of the list (:func:`merge_sorted`), never a sort of the whole group.

Search: each row's search text (lower-case subject, ``"\\x00"``, lower-case owner name) is built once on
arrival and again only for the rows of an owner whose name arrives. A filter runs per group over the
texts in the group's key order (cached until the group changes) with C-level ``map``/``compress``, so a
keystroke at 100,000 rows costs a few ms and builds no per-row Python objects besides the result keys;
a filter that extends the previous one narrows the previous result only. Rows arriving under a filter
are tested one by one (:meth:`ActivityRows.matcher`).
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from itertools import compress, repeat
from operator import contains
from datetime import datetime, timezone

from desktop_app.bitrix.models import Activity
from desktop_app.services.my_activities import Group, GroupBounds, RowBatch

__all__ = ["ActivityRows", "FilterResult", "GROUPS", "ROW_BITS", "ROW_MASK", "insert_runs", "merge_sorted"]

ROW_BITS = 24
ROW_MASK = (1 << ROW_BITS) - 1
GROUPS: tuple[Group, ...] = tuple(Group)
#: Between a row's subject and its owner's name in its search text (a needle never spans it).
_SEP = "\x00"


def insert_runs(keys: list[int], new: list[int]) -> list[tuple[int, list[int]]]:
    """Where sorted ``new`` goes into sorted ``keys``: ``(position in keys, run of new keys)``, positions
    ascending, each run's keys all inserted before ``keys[position]``. O(len(new) · log len(keys))."""
    runs: list[tuple[int, list[int]]] = []
    lo = 0
    for key in new:
        pos = bisect_right(keys, key, lo)
        if runs and runs[-1][0] == pos:
            runs[-1][1].append(key)
        else:
            runs.append((pos, [key]))
        lo = pos
    return runs


def merge_sorted(keys: list[int], new: list[int]) -> list[int]:
    """Sorted ``keys`` and sorted ``new`` merged: ``keys`` itself extended when ``new`` goes after it,
    else a new list spliced from slices (C-level copies, no comparisons beyond the bisects)."""
    if not new:
        return keys
    if not keys or new[0] >= keys[-1]:
        keys.extend(new)
        return keys
    merged: list[int] = []
    done = 0
    for pos, run in insert_runs(keys, new):
        merged += keys[done:pos]
        merged += run
        done = pos
    merged += keys[done:]
    return merged


class FilterResult:
    """One filter's outcome: per group the matching keys and their search texts (same order)."""

    __slots__ = ("needle", "keys", "texts", "version")

    def __init__(self, needle: str, keys: list[list[int]], texts: list[list[str]], version: int) -> None:
        self.needle, self.keys, self.texts, self.version = needle, keys, texts, version


def owner_key(owner_type: int, owner_id: int) -> int:
    """One int for ``(ownerTypeId, ownerId)``."""
    return (owner_type << 32) | owner_id


class ActivityRows:
    """Columns of every loaded row plus, per :class:`Group`, the sorted keys of its rows.

    Attributes:
        keys: ``keys[group]`` — keys of every row in that group (filter ignored); sorted on demand by
            :meth:`sorted_keys` (a page appends, the next reader sorts once).
        names: owner key → display name (``crm.item.list``), filled as names arrive.
    """

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        """Forget every row and name."""
        self.id = array("q")
        self.owner_type = array("i")
        self.owner_id = array("q")
        self.type_id = array("i")
        self.deadline = array("d")
        self.incoming = array("b")
        self.group = array("b")
        self.start = array("d")
        self.end = array("d")
        self.updated = array("d")
        self.provider: list[str] = []
        self.subject: list[str] = []
        self._search: list[str] = []
        self.keys: list[list[int]] = [[] for _ in GROUPS]
        #: per group, the search texts in ``keys`` order (``None``: to rebuild).
        self._group_texts: list[list[str] | None] = [None for _ in GROUPS]
        #: bumped by every change of rows or names (a :class:`FilterResult` of an older one is stale).
        self.version = 0
        self.names: dict[int, str] = {}
        self._names_lower: dict[int, str] = {}
        self._row_of_id: dict[int, int] = {}
        self._owner_rows: dict[int, list[int]] = {}

    def __len__(self) -> int:
        return len(self.id)

    # -- arrival -----------------------------------------------------------------------------

    def append(self, batch: RowBatch, bounds: GroupBounds) -> list[list[int]]:
        """Add ``batch``'s rows (ids already present are skipped), each in its group for ``bounds``.

        Returns:
            per group, the sorted keys of the rows just added.

        Raises:
            OverflowError: more than ``2**24`` rows.
        """
        added: list[list[int]] = [[] for _ in GROUPS]
        classify = bounds.classify
        row = len(self.id)
        for i, activity_id in enumerate(batch.id):
            if activity_id in self._row_of_id:
                continue
            if row > ROW_MASK:
                raise OverflowError("too many rows")
            deadline = batch.deadline[i]
            group = classify(deadline, batch.incoming[i])
            self._row_of_id[activity_id] = row
            self.id.append(activity_id)
            self.owner_type.append(batch.owner_type[i])
            self.owner_id.append(batch.owner_id[i])
            self.type_id.append(batch.type_id[i])
            self.deadline.append(deadline)
            self.incoming.append(1 if batch.incoming[i] else 0)
            self.group.append(int(group))
            self.start.append(batch.start[i] if i < len(batch.start) else math.nan)
            self.end.append(batch.end[i] if i < len(batch.end) else math.nan)
            self.updated.append(batch.updated[i] if i < len(batch.updated) else math.nan)
            self.provider.append(batch.provider[i])
            owner = owner_key(batch.owner_type[i], batch.owner_id[i])
            self._owner_rows.setdefault(owner, []).append(row)
            subject = batch.subject[i]
            self.subject.append(subject)
            self._search.append(f"{subject.lower()}{_SEP}{self._names_lower.get(owner, '')}")
            seconds = 0 if deadline == math.inf else max(0, int(deadline))
            added[group].append((seconds << ROW_BITS) | row)
            row += 1
        for group, new in enumerate(added):
            if new:
                new.sort()
                self.keys[group] = merge_sorted(self.keys[group], new)
                self._group_texts[group] = None
                self.version += 1
        return added

    def sorted_keys(self, group: int) -> list[int]:
        """``keys[group]`` (always sorted by deadline, then arrival)."""
        return self.keys[group]

    def set_names(self, names: Mapping[tuple[int, int], str]) -> None:
        """Add owner display names, ``(ownerTypeId, ownerId) → name``."""
        for (owner_type, owner_id), name in names.items():
            key = owner_key(owner_type, owner_id)
            lower = name.lower()
            self.names[key] = name
            if self._names_lower.get(key) == lower:
                continue
            self._names_lower[key] = lower
            search = self._search
            for row in self._owner_rows.get(key, ()):
                search[row] = f"{search[row].partition(_SEP)[0]}{_SEP}{lower}"
            self._group_texts = [None for _ in GROUPS]
            self.version += 1

    def owners_without_name(self, rows: Iterable[int]) -> set[tuple[int, int]]:
        """``(ownerTypeId, ownerId)`` of ``rows`` whose name is not known yet."""
        missing: set[tuple[int, int]] = set()
        for row in rows:
            pair = (self.owner_type[row], self.owner_id[row])
            if owner_key(*pair) not in self.names:
                missing.add(pair)
        return missing

    # -- reading -----------------------------------------------------------------------------

    def row_of(self, activity_id: int) -> int | None:
        """The row of an activity id, or ``None``."""
        return self._row_of_id.get(activity_id)

    def key_of(self, row: int) -> int:
        """The sort key of ``row``."""
        deadline = self.deadline[row]
        seconds = 0 if deadline == math.inf else max(0, int(deadline))
        return (seconds << ROW_BITS) | row

    def activity(self, row: int, responsible_id: int) -> Activity:
        """An :class:`Activity` built from ``row``'s columns (open, responsible ``responsible_id``), for
        code that needs one (bulk actions); datetimes in UTC, fields not loaded keep their defaults."""
        def when(seconds: float) -> str | None:
            if math.isnan(seconds) or seconds == math.inf:
                return None
            return datetime.fromtimestamp(seconds, timezone.utc).isoformat()

        deadline = self.deadline[row]
        return Activity.model_validate({
            "ID": self.id[row], "OWNER_TYPE_ID": self.owner_type[row], "OWNER_ID": self.owner_id[row],
            "TYPE_ID": self.type_id[row], "PROVIDER_ID": self.provider[row] or None, "SUBJECT": self.subject[row],
            "DEADLINE": "9999-12-31T00:00:00+00:00" if deadline == math.inf else when(deadline),
            "START_TIME": when(self.start[row]), "END_TIME": when(self.end[row]),
            "LAST_UPDATED": when(self.updated[row]), "COMPLETED": "N", "RESPONSIBLE_ID": responsible_id,
            "IS_INCOMING_CHANNEL": "Y" if self.incoming[row] else "N"})

    def owner_name(self, row: int) -> str:
        """The owner's display name, or ``""`` while unknown."""
        return self.names.get(owner_key(self.owner_type[row], self.owner_id[row]), "")

    def matcher(self, text: str) -> Callable[[int], bool] | None:
        """A test ``key → bool`` for rows whose subject or owner name contains ``text`` (any case);
        ``None`` when ``text`` is blank (everything matches)."""
        needle = text.strip().lower()
        if not needle:
            return None
        search = self._search
        if _SEP in needle:
            return lambda key: any(needle in part for part in search[key & ROW_MASK].split(_SEP))
        return lambda key: needle in search[key & ROW_MASK]

    def filter(self, text: str, previous: FilterResult | None = None) -> FilterResult | None:
        """Per group, the sorted keys of rows whose subject or owner name contains ``text`` (any case);
        ``None`` for a blank text (every row). ``previous``, a result of an earlier call, is narrowed
        instead of scanning every row when nothing changed since and ``text`` contains its text.

        Cost: one C-level ``in`` test per candidate row, no Python loop per row."""
        needle = text.strip().lower()
        if not needle:
            return None
        if _SEP in needle:  # cannot be typed; keep it correct, not fast
            test = self.matcher(needle)
            assert test is not None
            keys = [[k for k in self.keys[g] if test(k)] for g in range(len(GROUPS))]
            return FilterResult(needle, keys, [self._texts_of(k) for k in keys], self.version)
        if previous is not None and previous.version == self.version and previous.needle in needle:
            pools = list(zip(previous.keys, previous.texts))
        else:
            pools = [(self.keys[g], self._texts(g)) for g in range(len(GROUPS))]
        found_keys: list[list[int]] = []
        found_texts: list[list[str]] = []
        for keys, texts in pools:
            mask = bytes(map(contains, texts, repeat(needle)))
            found_keys.append(list(compress(keys, mask)))
            found_texts.append(list(compress(texts, mask)))
        return FilterResult(needle, found_keys, found_texts, self.version)

    def filtered(self, text: str) -> list[list[int]]:
        """Per group, the sorted keys of rows matching ``text`` (see :meth:`filter`); new lists."""
        result = self.filter(text)
        return [list(k) for k in self.keys] if result is None else result.keys

    def _texts(self, group: int) -> list[str]:
        texts = self._group_texts[group]
        if texts is None:
            texts = self._group_texts[group] = self._texts_of(self.keys[group])
        return texts

    def _texts_of(self, keys: list[int]) -> list[str]:
        return list(map(self._search.__getitem__, map(ROW_MASK.__and__, keys)))
