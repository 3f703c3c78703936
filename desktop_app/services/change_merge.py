"""An update sends only what the user changed: the field-level merge done just before sending.

Issue 10 item 10. Every update the window queues (``crm.activity.update``, ``crm.activity.todo.update``
and the narrow ``crm.activity.todo.update*`` calls) keeps, in ``OutboxEntry.before``, the activity as
the user saw it when they edited it (:func:`base_of`). Right before the change is sent, the outbox's
conflict check reads the activity (``crm.activity.get``) and :func:`merge_with_portal` compares, per
field the change sets, three values — the user's base, the user's value and the portal's now:

- the user did not change the field (value = base): for ``crm.activity.todo.update``, which must
  carry title, description, deadline and colour (omitted title/description are **blanked** by the
  portal, server-behaviour.md §1.6), a value someone else set meanwhile is sent instead, so their
  change is kept (``responsibleId`` is then left out: the portal keeps the current one); a value
  one of our own earlier changes wrote is not kept over this newer change;
- the user changed it and the portal still holds the base (or already holds the user's value, or a
  value one of our own confirmed changes wrote): it is sent;
- the user changed it and someone else changed it too, to another value: a **clash** — the entry
  goes to ``conflict`` and the user decides (keep mine / take theirs).

A colleague's change to field A between load and save is therefore kept when the user edited only
field B, without asking. ``pingOffsets`` are not visible through ``crm.activity.get`` (api-spec.md
§4.9.1): they are sent as the form chose them (known or explicitly set by the user; see
:mod:`desktop_app.ui.todo_form`). Entries without ``before`` (older files, bulk changes, deletes)
keep the ``LAST_UPDATED`` check of :mod:`.outbox_reconcile`. No I/O, no Qt.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop_app.bitrix.models import Activity, format_datetime, parse_datetime
from desktop_app.bitrix.todo import DEFAULT_COLOR
from desktop_app.store.entries import OutboxEntry

from .change_effects import change_targets, portal_value
from .change_kinds import DATETIME_FIELDS as _DATETIME_KEYS
from .change_kinds import INT_FIELDS as _INT_KEYS
from .change_kinds import kind_of

__all__ = ["Merge", "base_of", "merge_with_portal", "normalised"]


@dataclass(frozen=True)
class Merge:
    """The outcome of :func:`merge_with_portal`.

    Attributes:
        params: the call's parameters to send (fields the user left alone carry the portal's
            current values; see the module docstring).
        clashes: legacy field names (``SUBJECT``, ``DEADLINE``, ``COLOR``…) that both the user and
            someone else changed, to different values; empty = send ``params``.
    """

    params: dict[str, Any]
    clashes: tuple[str, ...] = ()


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def base_of(activity: Activity) -> dict[str, Any]:
    """The activity as the user saw it, as a JSON-able API dict (``crm.activity.get`` names) for
    ``OutboxEntry.before``."""
    raw = dict(activity.raw) if activity.raw else activity.model_dump(by_alias=True, exclude={"raw"})
    return json.loads(json.dumps(raw, default=_jsonable, ensure_ascii=False))


def normalised(key: str, value: Any) -> Any:
    """A field's value in a comparable form: datetimes as instants (``None`` = none), ``COMPLETED``
    as bool, ids and enums as ints, colour ``None`` for the default, text with ``None`` as ``""``."""
    if key in _DATETIME_KEYS:
        if value in (None, ""):
            return None
        return value if isinstance(value, datetime) else parse_datetime(str(value))
    if key == "COMPLETED":
        return value if isinstance(value, bool) else str(value).upper() == "Y"
    if key in _INT_KEYS:
        try:
            return int(value or 0)
        except (TypeError, ValueError):
            return value
    if key == "COLOR":
        return None if value in (None, "", DEFAULT_COLOR) else str(value)
    return "" if value is None else value


def _adopt(params: dict[str, Any], key: str, activity: Activity) -> None:
    """Put the portal's current value of ``key`` into ``crm.activity.todo.update`` ``params``."""
    if key == "SUBJECT":
        params["title"] = activity.subject
    elif key == "DESCRIPTION":
        params["description"] = activity.description
    elif key == "DEADLINE" and activity.deadline_raw is not None:
        params["deadline"] = format_datetime(activity.deadline_raw)
    elif key == "COLOR":
        params["colorId"] = activity.color_id or DEFAULT_COLOR
    elif key == "RESPONSIBLE_ID":
        params.pop("responsibleId", None)


def merge_with_portal(entry: OutboxEntry, activity: Activity, ours: Sequence[OutboxEntry] = (),
                      *, trusted: bool = False) -> Merge | None:
    """Merge ``entry`` with ``activity`` as the portal holds it now (``crm.activity.get``).

    Args:
        entry: a queued update with ``before`` (the activity as the user edited it).
        activity: the portal's current version.
        ours: our own confirmed changes of this activity; values they wrote are not someone else's.
        trusted: the portal's ``LAST_UPDATED`` is one our own writes left (nobody else edited):
            nothing can clash.

    Returns:
        ``None`` when the entry is not merged field by field (no ``before``, a bulk change, a
        delete or a binding change): the caller keeps its ``LAST_UPDATED`` check. Otherwise a
        :class:`Merge` (see the module docstring).
    """
    kind = kind_of(entry.method)
    if entry.before is None or entry.bulk_id is not None or not kind.merged:
        return None
    base = Activity.from_api(entry.before)
    written: dict[str, list[Any]] = {}
    for done in ours:
        for key, value in change_targets(done).items():
            written.setdefault(key, []).append(normalised(key, value))
    params = dict(entry.params)
    clashes: list[str] = []
    for key, value in change_targets(entry).items():
        was = normalised(key, portal_value(base, key))
        now = normalised(key, portal_value(activity, key))
        mine = normalised(key, value)
        if kind.full_replace and mine == was:
            # Not the user's change: keep what someone else set meanwhile (what our own queued
            # changes wrote is not kept over this newer one, which sets the value the user saw).
            if not trusted and now != was and now not in written.get(key, ()):
                _adopt(params, key, activity)
            continue
        if trusted or now in (was, mine) or now in written.get(key, ()):
            continue
        clashes.append(key)
    return Merge(params, tuple(clashes))
