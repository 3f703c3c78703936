"""``ActivityRows``: compact storage of up to millions of My-activities rows (pure Python, no Qt).

Rows live in parallel columns (``array`` for numbers, lists of ``str`` for subjects), never as one
object or dict per row: 100,000 rows take a few MB. Row *r* is the *r*-th activity that arrived.

Order inside a group is by deadline, then arrival (= ``ID`` order of the count-free walk). It is kept
as a sorted list of integer *keys* per group, ``key = deadline_seconds << ROW_BITS | r`` (no deadline
sorts first), so a page merges into a group with one ``list.sort`` (Timsort merges the two sorted runs
in linear time) and ``key & ROW_MASK`` gives the row back.

Search: each row's subject is lower-cased once on arrival, owner names once when they arrive. A new
filter scans the joined subjects in C (``re.finditer``) and the (few) owner names, then builds the
groups' key lists from the matching rows only; rows arriving under a filter are tested one by one
(:meth:`ActivityRows.matcher`). No per-keystroke copies of rows.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_right
from itertools import accumulate
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timezone

from desktop_app.bitrix.models import Activity
from desktop_app.services.my_activities import Group, GroupBounds, RowBatch

__all__ = ["ActivityRows", "ROW_BITS", "ROW_MASK", "GROUPS"]

ROW_BITS = 24
ROW_MASK = (1 << ROW_BITS) - 1
GROUPS: tuple[Group, ...] = tuple(Group)


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
        self._subject_lower: list[str] = []
        self.keys: list[list[int]] = [[] for _ in GROUPS]
        self._unsorted: set[int] = set()
        self.names: dict[int, str] = {}
        self._names_lower: dict[int, str] = {}
        self._row_of_id: dict[int, int] = {}
        self._owner_rows: dict[int, list[int]] = {}
        self._blob: tuple[str, list[int], int] | None = None

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
            self._owner_rows.setdefault(owner_key(batch.owner_type[i], batch.owner_id[i]), []).append(row)
            subject = batch.subject[i]
            self.subject.append(subject)
            self._subject_lower.append(subject.lower())
            seconds = 0 if deadline == math.inf else max(0, int(deadline))
            added[group].append((seconds << ROW_BITS) | row)
            row += 1
        for group, new in enumerate(added):
            if new:
                new.sort()
                self.keys[group].extend(new)
                self._unsorted.add(group)
        return added

    def sorted_keys(self, group: int) -> list[int]:
        """``keys[group]``, sorted (by deadline, then arrival)."""
        if group in self._unsorted:
            self._unsorted.discard(group)
            self.keys[group].sort()
        return self.keys[group]

    def set_names(self, names: Mapping[tuple[int, int], str]) -> None:
        """Add owner display names, ``(ownerTypeId, ownerId) → name``."""
        for (owner_type, owner_id), name in names.items():
            key = owner_key(owner_type, owner_id)
            self.names[key] = name
            self._names_lower[key] = name.lower()

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
        subjects = self._subject_lower
        hit_owners = {key for key, name in self._names_lower.items() if needle in name}
        owner_types, owner_ids = self.owner_type, self.owner_id

        def matches(key: int) -> bool:
            row = key & ROW_MASK
            return needle in subjects[row] or ((owner_types[row] << 32) | owner_ids[row]) in hit_owners

        return matches

    def filtered(self, text: str) -> list[list[int]]:
        """Per group, the sorted keys of rows whose subject or owner name contains ``text`` (any
        case; blank = every row). New lists; the rows themselves are not copied.

        The lower-case subjects are searched as one string (``"\\n"``-joined, built once per
        loaded state), so a keystroke costs one C-level scan plus work per *matching* row.
        """
        needle = text.strip().lower()
        if not needle:
            return [list(self.sorted_keys(g)) for g in range(len(GROUPS))]
        blob, starts = self._search_index()
        hits = {bisect_right(starts, m.start()) - 1 for m in re.finditer(re.escape(needle), blob)}
        for key, name in self._names_lower.items():
            if needle in name:
                hits.update(self._owner_rows.get(key, ()))
        found: list[list[int]] = [[] for _ in GROUPS]
        group_of, key_of = self.group, self.key_of
        for row in hits:
            found[group_of[row]].append(key_of(row))
        for keys in found:
            keys.sort()
        return found

    def _search_index(self) -> tuple[str, list[int]]:
        """The ``"\\n"``-joined lower-case subjects and each row's start offset in it (cached)."""
        if self._blob is None or self._blob[2] != len(self.id):
            starts = [0, *accumulate(len(s) + 1 for s in self._subject_lower)][:-1] if self._subject_lower else []
            self._blob = ("\n".join(self._subject_lower), starts, len(self.id))
        return self._blob[0], self._blob[1]
