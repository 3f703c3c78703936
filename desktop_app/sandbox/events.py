"""Activity events of the sandbox portal and the applications' offline event queues.

Every change of an activity — by any REST caller (webhook or application, ``batch`` included) or by
the sandbox's simulated colleague (``faults.edit_concurrently``) — calls :func:`record` with one of
:data:`ONCRMACTIVITYADD`, :data:`ONCRMACTIVITYUPDATE`, :data:`ONCRMACTIVITYDELETE` (api-spec.md
§4.16). For each application that bound that event as **offline** (``event.bind`` with
``event_type=offline``, ``methods/event.py``) the change is queued as the portal's
``b_rest_event_offline`` does it (rest module ``EventOfflineTable::callEvent``):

* ``EVENT_DATA`` = ``{"FIELDS": {"ID": <activity id>}}`` (the only payload, also for a delete);
* ``EVENT_ADDITIONAL`` = ``{"user_id": <the user who made the change>}``;
* ``MESSAGE_ID`` = ``md5(EVENT_NAME + "|" + json(EVENT_DATA))`` (32 hex digits);
* the queue keeps the latest state, not the history: a change whose ``MESSAGE_ID`` is already queued
  and not yet reserved by an ``event.offline.get`` process only moves that entry's ``TIMESTAMP_X``
  (and ``EVENT_ADDITIONAL``) forward; an entry reserved by a process is left alone and a new one is
  queued beside it.

Online handlers (``handler`` URL) are stored and listed by ``event.get`` but the sandbox delivers
nothing to them [INF: the sandbox never POSTs to other hosts]. Changes made by the application itself
are queued for it too (the portal skips them only for a matching ``auth_connector``, which the
sandbox does not model [INF]).

Queue records as the REST methods show them (:func:`event_row`)::

    {"ID": 7, "TIMESTAMP_X": "2025-02-03T12:00:00+03:00", "EVENT_NAME": "ONCRMACTIVITYUPDATE",
     "EVENT_DATA": {"FIELDS": {"ID": 42}}, "EVENT_ADDITIONAL": {"user_id": 1},
     "MESSAGE_ID": "<32 hex>"[, "PROCESS_ID": "...", "ERROR": 0]}

``ID``, ``FIELDS.ID``, ``user_id`` and ``ERROR`` are JSON integers [INF: the D7 ORM's typed fetch;
clients should accept numeric strings too]. ``PROCESS_ID``/``ERROR`` only in ``event.offline.list``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .portal import SandboxPortal

__all__ = [
    "ACTIVITY_EVENTS",
    "KNOWN_EVENTS",
    "ONCRMACTIVITYADD",
    "ONCRMACTIVITYDELETE",
    "ONCRMACTIVITYUPDATE",
    "ONLINE_ONLY_EVENTS",
    "event_row",
    "message_id",
    "offline_queue",
    "record",
]

ONCRMACTIVITYADD = "ONCRMACTIVITYADD"
ONCRMACTIVITYUPDATE = "ONCRMACTIVITYUPDATE"
ONCRMACTIVITYDELETE = "ONCRMACTIVITYDELETE"
ACTIVITY_EVENTS = frozenset({ONCRMACTIVITYADD, ONCRMACTIVITYUPDATE, ONCRMACTIVITYDELETE})

#: Events ``event.bind`` knows: upper-case name → the scope an application needs for it (``None`` =
#: global). The sandbox models the activity events, the timeline-item action of configurable
#: activities (api-spec.md §4.16) and ``ONOFFLINEEVENT``; any other name is ``Event not found`` [INF].
KNOWN_EVENTS: dict[str, str | None] = {
    ONCRMACTIVITYADD: "crm",
    ONCRMACTIVITYUPDATE: "crm",
    ONCRMACTIVITYDELETE: "crm",
    "ONCRMTIMELINEITEMACTION": "crm",
    "ONOFFLINEEVENT": None,
}
#: Events that cannot be bound offline (rest module: ``disableOffline``).
ONLINE_ONLY_EVENTS = frozenset({"ONOFFLINEEVENT"})


def _json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def message_id(event: str, data: Any) -> str:
    """``MESSAGE_ID`` of a queue entry: md5 of ``EVENT_NAME|json(EVENT_DATA)`` (32 hex digits)."""
    return hashlib.md5(f"{event}|{_json(data)}".encode(), usedforsecurity=False).hexdigest()


def record(portal: SandboxPortal, event: str, activity_id: int, user_id: int | None = None) -> int:
    """Queue ``event`` for ``activity_id`` for every application that bound it offline; return how
    many queues it went to (0 when none bound it — the usual case, one indexed query).

    Args:
        portal: the portal (its store and clock).
        event: :data:`ONCRMACTIVITYADD`, :data:`ONCRMACTIVITYUPDATE` or :data:`ONCRMACTIVITYDELETE`
            (any letter case; stored upper case).
        activity_id: the activity's ``ID``.
        user_id: who made the change (``EVENT_ADDITIONAL.user_id``); default the webhook's user.

    Call it inside the write's ``db.transaction()`` so the event and the change commit together.
    """
    name = event.upper()
    db = portal.db
    handlers = db.query("SELECT DISTINCT client_id, connector_id FROM event_handler WHERE event_name = ? AND handler = ''",
                        (name,))
    if not handlers:
        return 0
    data = {"FIELDS": {"ID": int(activity_id)}}
    additional = {"user_id": int(portal.webhook_user_id if user_id is None else user_id)}
    mid = message_id(name, data)
    now = portal.clock.now_ts()
    with db.transaction():
        for row in handlers:
            db.execute(
                "INSERT INTO event_offline (timestamp_x, message_id, client_id, event_name, event_data, event_additional,"
                " process_id, connector_id) VALUES (?, ?, ?, ?, ?, ?, '', ?)"
                " ON CONFLICT (message_id, client_id, connector_id, process_id) DO UPDATE SET"
                " timestamp_x = excluded.timestamp_x, event_data = excluded.event_data,"
                " event_additional = excluded.event_additional",
                (now, mid, row["client_id"], name, _json(data), _json(additional), row["connector_id"]))
    return len(handlers)


def event_row(portal: SandboxPortal, row: sqlite3.Row, *, with_process: bool = False) -> dict[str, Any]:
    """A queue entry as ``event.offline.get`` (or, ``with_process``, ``event.offline.list``) shows it."""
    out: dict[str, Any] = {
        "ID": int(row["id"]),
        "TIMESTAMP_X": portal.clock.format(int(row["timestamp_x"])),
        "EVENT_NAME": row["event_name"],
        "EVENT_DATA": json.loads(row["event_data"]),
        "EVENT_ADDITIONAL": json.loads(row["event_additional"]),
        "MESSAGE_ID": row["message_id"],
    }
    if with_process:
        out["PROCESS_ID"] = row["process_id"]
        out["ERROR"] = int(row["error"])
    return out


def offline_queue(portal: SandboxPortal, client_id: str) -> list[dict[str, Any]]:
    """Every queue entry of ``client_id`` in ``ID`` order with ``PROCESS_ID``/``ERROR`` (for tests)."""
    rows = portal.db.query("SELECT * FROM event_offline WHERE client_id = ? ORDER BY id", (client_id,))
    return [event_row(portal, row, with_process=True) for row in rows]
