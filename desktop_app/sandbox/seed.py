"""Bulk seeding of extra activities for load tests (``SandboxPortal.seed_activities``, ``serve --activities N``).

The activities go onto the CRM entities already in the portal (the demo's leads, deals, contacts and
companies), each bound to its owner and — for calls, e-mails and meetings — to the party it talks to
(a deal's contact, a company's contact or the entity itself), with a matching PHONE / EMAIL / name
communication. The mix:

* kinds: todo 30 %, call 35 %, e-mail 25 %, meeting 10 %;
* about 30 % open: deadlines spread from about 3 months ago (overdue) to 4 months ahead, and 1 in 12
  without a deadline (the 9999-12-31 max date); incoming calls and e-mails (``DIRECTION`` 1,
  ``IS_INCOMING_CHANNEL`` ``Y``, max-date deadline) among them; the rest completed, with deadlines
  from about a year ago to today, incoming ones included (``DIRECTION`` 1);
* responsible: the webhook's user on every 7th row (so its ids are sparse: one in seven), otherwise a
  random other active user (users 2–6 in the demo);
* ``CREATED`` grows with the id (from about 400 days ago to yesterday) but is never after the activity's
  start; ``LAST_UPDATED`` up to 3 days after ``CREATED``.

Deterministic: the same ``seed``, the same portal "today" and the same existing data give the same
rows. Fast: one transaction, ``executemany``, indexes rebuilt once (100,000 rows in about 2.5 seconds).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from . import demo_names as names
from .clock import PortalClock
from .db import SandboxDB
from .schema import ACTIVITY_FIELDS, ACTIVITY_INDEXES

__all__ = ["seed_activities"]

LEAD, DEAL, CONTACT, COMPANY = 1, 2, 3, 4
_DAY = 86_400
#: From this many rows on, the activity indexes are dropped and rebuilt around the inserts.
_REBUILD_FROM = 5_000
_COLUMNS = [name.lower() for name, _ in ACTIVITY_FIELDS] + ["is_incoming_channel", "parent_id", "color_id"]
_INSERT = f"INSERT INTO activity ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
_TYPES = {"call": (2, "VOXIMPLANT_CALL", "CALL"), "email": (4, "CRM_EMAIL", "EMAIL"),
          "meeting": (1, "CRM_MEETING", "MEETING"), "todo": (6, "CRM_TODO", "TODO")}
_COLORS = (None, "1", "2", "3", "4", "5", "6", "7")
#: Columns every seeded row shares.
_CONSTANT: dict[str, Any] = {
    "is_incoming_channel": "N", "provider_group_id": None, "associated_entity_id": 0, "notify_type": 0,
    "notify_value": 0, "description": "",
    "description_type": 1, "location": "", "settings": "{}", "originator_id": None, "origin_id": None,
    "provider_params": "{}", "provider_data": None, "result_mark": 0, "result_value": None, "result_sum": None,
    "result_currency_id": None, "result_status": 0, "result_stream": 0, "result_source_id": None,
    "autocomplete_rule": 0, "parent_id": None,
}


@dataclass(frozen=True)
class _Party:
    entity_type_id: int
    entity_id: int
    name: str
    phone: str
    email: str


def _parties(db: SandboxDB) -> tuple[list[tuple[int, int]], dict[tuple[int, int], _Party]]:
    """Every stored entity ``(type, id)`` and who its activities talk to."""
    contacts: dict[str, dict[tuple[int, int], str]] = {"PHONE": {}, "EMAIL": {}}
    for row in db.query("SELECT entity_type_id, entity_id, type_id, value FROM crm_multifield ORDER BY id"):
        contacts.get(row["type_id"], {}).setdefault((row["entity_type_id"], row["entity_id"]), row["value"])
    deal_contacts = {int(r[0]): int(r[1]) for r in db.query(
        "SELECT deal_id, contact_id FROM deal_contact ORDER BY deal_id, sort DESC")}
    company_contacts: dict[int, int] = {}
    items = db.query("SELECT entity_type_id, id, title, name, last_name, company_id FROM crm_item "
                     "WHERE entity_type_id IN (1, 2, 3, 4) ORDER BY entity_type_id, id")
    own: dict[tuple[int, int], _Party] = {}
    for row in items:
        key = (int(row["entity_type_id"]), int(row["id"]))
        person = " ".join(p for p in (row["name"], row["last_name"]) if p)
        label = row["title"] if key[0] == COMPANY else (person or row["title"] or f"#{key[1]}")
        own[key] = _Party(key[0], key[1], label, contacts["PHONE"].get(key, ""), contacts["EMAIL"].get(key, ""))
        if key[0] == CONTACT and row["company_id"]:
            company_contacts.setdefault(int(row["company_id"]), key[1])
    parties: dict[tuple[int, int], _Party] = {}
    for key, party in own.items():
        if key[0] == DEAL and (CONTACT, deal_contacts.get(key[1], 0)) in own:
            party = own[(CONTACT, deal_contacts[key[1]])]
        elif key[0] == COMPANY and (CONTACT, company_contacts.get(key[1], 0)) in own:
            party = own[(CONTACT, company_contacts[key[1]])]
        parties[key] = party
    return list(own), parties


def seed_activities(db: SandboxDB, clock: PortalClock, count: int, *, seed: int = 1,
                    webhook_user_id: int = 1, responsible_share: float = 1 / 7, open_share: float = 0.3) -> int:
    """Add ``count`` activities (see the module docstring); returns how many were added.

    ``responsible_share`` (0–1, default 1/7) of them go to the webhook's user, spread evenly over
    the ids; ``open_share`` (0–1, default 0.3) are open. ``1`` and ``1`` make "My activities" of a
    very busy user (the ``timeline100k`` benchmark).

    Raises:
        ValueError: ``count`` is negative, a share is outside 0–1, or the portal has no CRM entities
            to bind them to.
    """
    if count < 0:
        raise ValueError("count must not be negative")
    for name, share in (("responsible_share", responsible_share), ("open_share", open_share)):
        if not 0 <= share <= 1:
            raise ValueError(f"{name} must be between 0 and 1")
    if count == 0:
        return 0
    owners, parties = _parties(db)
    if not owners:
        raise ValueError("the portal has no leads, deals, contacts or companies to seed activities on")
    others = [int(r[0]) for r in db.query("SELECT id FROM user WHERE active = 1 AND id != ? ORDER BY id",
                                          (webhook_user_id,))] or [webhook_user_id]
    share = Fraction(responsible_share).limit_denominator(1_000_000)  # 1/7 stays exactly 1/7
    mine_p, mine_q = share.numerator, share.denominator
    rng = random.Random(seed)
    rand = rng.random  # plain arithmetic on random() keeps 100,000 rows in about a second of Python
    today = int(clock.today_start().timestamp())
    max_date = clock.max_date_ts()
    template = [_CONSTANT.get(column) for column in _COLUMNS]
    at = {column: position for position, column in enumerate(_COLUMNS)}
    activities: list[list[Any]] = []
    bindings: list[tuple[int, int, int, int]] = []
    communications: list[tuple[int, int, str, str, int, int]] = []
    with db.transaction():
        first_id = int(db.scalar("SELECT value FROM sequence WHERE name = 'activity'") or 0) + 1
        first_comm = int(db.scalar("SELECT value FROM sequence WHERE name = 'communication'") or 0) + 1
        created_from = today - 400 * _DAY
        step = (399 * _DAY) / count
        for index in range(count):
            activity_id = first_id + index
            owner = owners[int(rand() * len(owners))]
            party = parties[owner]
            roll = rand() * 100
            kind = "todo" if roll < 30 else "call" if roll < 65 else "email" if roll < 90 else "meeting"
            mine = -(-index * mine_p // mine_q) != -(-(index + 1) * mine_p // mine_q)  # ceil steps: evenly spread
            responsible = webhook_user_id if mine else others[int(rand() * len(others))]
            is_open = rand() < open_share
            incoming = kind in ("call", "email") and rand() < (0.25 if is_open else 0.4)
            minute = 9 * 60 + 15 * int(rand() * 36)
            days = -90 + int(rand() * 211) if is_open else -1 - int(rand() * 365)
            start = today + days * _DAY + minute * 60
            no_deadline = is_open and not incoming and rand() < 1 / 12
            end = start + (60 * (2 + int(rand() * 24)) if kind == "call" and not is_open
                           else 3600 if kind == "meeting" else 0)
            created = min(int(created_from + index * step), start)
            if kind == "call":
                subject = f"{'Incoming' if incoming else 'Outgoing'} call {party.name}"
            elif kind == "email":
                pool = names.EMAIL_SUBJECTS_IN if incoming else names.EMAIL_SUBJECTS_OUT
                subject = pool[int(rand() * len(pool))].format(topic=party.name)
            elif kind == "meeting":
                subject = f"Meeting with {party.name}: {names.MEETING_TOPICS[int(rand() * len(names.MEETING_TOPICS))]}"
            else:
                subject = names.TODO_TITLES[int(rand() * len(names.TODO_TITLES))]
            type_id, provider, provider_type = _TYPES[kind]
            row = template.copy()
            row[at["id"]] = activity_id
            row[at["owner_id"]], row[at["owner_type_id"]] = owner[1], owner[0]
            row[at["type_id"]], row[at["provider_id"]], row[at["provider_type_id"]] = type_id, provider, provider_type
            row[at["subject"]] = subject
            row[at["created"]], row[at["last_updated"]] = created, created + 3600 * int(rand() * 73)
            row[at["start_time"]] = None if no_deadline else start
            row[at["end_time"]] = None if no_deadline else end
            row[at["deadline"]] = max_date if (incoming and is_open) or no_deadline else start
            row[at["completed"]], row[at["status"]] = ("N", 1) if is_open else ("Y", 2)
            row[at["responsible_id"]] = row[at["author_id"]] = row[at["editor_id"]] = responsible
            row[at["priority"]] = (1, 2, 2, 3)[int(rand() * 4)]
            row[at["direction"]] = 1 if incoming else (2 if kind in ("call", "email") else 0)
            row[at["is_incoming_channel"]] = "Y" if incoming and is_open else "N"
            row[at["color_id"]] = _COLORS[int(rand() * len(_COLORS))] if kind == "todo" else None
            activities.append(row)
            bindings.append((activity_id, owner[0], owner[1], 0))
            if kind != "todo":
                if (party.entity_type_id, party.entity_id) != owner:
                    bindings.append((activity_id, party.entity_type_id, party.entity_id, 1))
                comm_type, value = (("PHONE", party.phone) if kind == "call" else ("EMAIL", party.email)
                                    if kind == "email" else ("", party.name))
                communications.append((first_comm + len(communications), activity_id, comm_type, value,
                                       party.entity_type_id, party.entity_id))
        rebuild = count >= _REBUILD_FROM
        if rebuild:  # filling a table and indexing it once is about twice as fast as indexing per row
            for name in ACTIVITY_INDEXES:
                db.conn.execute(f"DROP INDEX IF EXISTS {name}")
        db.conn.executemany(_INSERT, activities)
        db.conn.executemany("INSERT INTO activity_binding (activity_id, owner_type_id, owner_id, sort) "
                            "VALUES (?, ?, ?, ?)", bindings)
        db.conn.executemany("INSERT INTO activity_communication (id, activity_id, type, value, entity_type_id, "
                            "entity_id) VALUES (?, ?, ?, ?, ?, ?)", communications)
        if rebuild:
            for statement in ACTIVITY_INDEXES.values():
                db.conn.execute(statement)
        for name, last in (("activity", first_id + count - 1), ("communication", first_comm + len(communications) - 1)):
            db.conn.execute("INSERT INTO sequence(name, value) VALUES (?, ?) "
                            "ON CONFLICT(name) DO UPDATE SET value = excluded.value", (name, last))
    return count
