"""Deterministic demo data of the sandbox portal.

``random.Random(SEED)`` and dates relative to the start of "today" in the portal zone (from the
portal's ``now()``), so two portals with the same ``now`` hold identical data. Contents: 6 users
(user 1 = the demo webhook's owner), 30 companies, 40 contacts (phones and e-mails), 35 deals, 25
leads, and roughly 400 activities of the real kinds — calls (TYPE_ID 2, ``VOXIMPLANT_CALL``/``CALL``,
a PHONE communication), e-mails (4, ``CRM_EMAIL``/``EMAIL``, an EMAIL communication), meetings (1,
``CRM_MEETING``/``MEETING``) and todos (6, ``CRM_TODO``/``TODO``, colours and ping offsets) — in four
states: completed history, open in the future, open overdue, and incoming (``IS_INCOMING_CHANNEL``
``Y``, ``DIRECTION`` 1, deadline = the 9999-12-31 max date). Each activity is bound to its owner and
to its communication's entity.

**Deal 1** has a rich timeline of 75 activities: every kind, 3 overdue, 3 incoming, 60 completed
(so both the whole list and its history span two pages), open future todos in six colours (two of
them at the same moment, to exercise stable paging).

E-mails whose subject names a document (proposal, contract draft, invoice, price list) carry it as an
attachment, and the first open to-do of deal 1 has meeting notes (``FILES``; see ``demo_files.py``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from . import demo_names as names
from .clock import PortalClock
from .db import SandboxDB
from .demo_files import attach_demo_files

__all__ = ["SEED", "ensure_user", "load_demo_data"]

SEED = 24_2025
LEAD, DEAL, CONTACT, COMPANY = 1, 2, 3, 4
_TODO_COLORS = (None, "1", "2", "3", "4", "5", "6", "7")
_PINGS = ((), (0,), (0, 15), (15, 60), (0, 60, 1440))


@dataclass
class _Party:
    """Who an activity talks to: the communication entity and its contact data."""

    entity_type_id: int
    entity_id: int
    name: str
    phone: str
    email: str


@dataclass
class _Spec:
    kind: str                        # call | email | meeting | todo
    state: str                       # done | open | overdue | incoming
    owner: tuple[int, int]
    start: datetime
    party: _Party | None
    responsible: int
    topic: str
    extra: dict[str, Any] = field(default_factory=dict)


def ensure_user(db: SandboxDB, clock: PortalClock, user_id: int) -> None:
    """Create user ``user_id`` ("Portal Administrator") when it does not exist (the webhook's owner)."""
    if db.user(user_id) is not None:
        return
    today = clock.today_start()
    db.insert_row("user", {
        "id": user_id, "name": "Portal", "last_name": "Administrator", "second_name": "",
        "email": f"admin{user_id}@sandbox.example", "last_login": int(today.timestamp()),
        "date_register": int((today - timedelta(days=365)).timestamp()), "is_online": "Y",
        "work_position": "Administrator", "personal_gender": ""})


def load_demo_data(db: SandboxDB, clock: PortalClock) -> None:
    """Fill an empty database with the demo portal (see the module docstring)."""
    _Builder(db, clock).build()


class _Builder:
    def __init__(self, db: SandboxDB, clock: PortalClock) -> None:
        self.db = db
        self.clock = clock
        self.rng = random.Random(SEED)
        self.today = clock.today_start()
        self.parties: dict[tuple[int, int], _Party] = {}
        self.company_contacts: dict[int, list[int]] = {}
        self.deals: dict[int, dict[str, Any]] = {}
        self.assigned: dict[tuple[int, int], int] = {}

    # ---------------------------------------------------------------- helpers

    def ts(self, days: float, hour: int = 0, minute: int = 0) -> int:
        return int((self.today + timedelta(days=days, hours=hour, minutes=minute)).timestamp())

    def moment(self, days: int) -> datetime:
        hour = self.rng.randint(9, 17)
        minute = self.rng.choice((0, 15, 30, 45))
        return self.today + timedelta(days=days, hours=hour, minutes=minute)

    def phone(self) -> str:
        return f"+1 555 {self.rng.randint(100, 999)} {self.rng.randint(1000, 9999)}"

    def add_multifields(self, entity_type_id: int, entity_id: int, phone: str, email: str) -> None:
        for type_id, value_type, value in (("PHONE", "WORK", phone), ("EMAIL", "WORK", email)):
            self.db.insert_row("crm_multifield", {"id": self.db.next_id("multifield"),
                                                  "entity_type_id": entity_type_id, "entity_id": entity_id,
                                                  "type_id": type_id, "value_type": value_type, "value": value})

    def item(self, entity_type_id: int, item_id: int, assigned: int, **values: Any) -> None:
        created = self.ts(-self.rng.randint(30, 400), self.rng.randint(8, 18), self.rng.randint(0, 59))
        updated = min(created + self.rng.randint(0, 60) * 86400, self.ts(-1, 12))
        self.assigned[(entity_type_id, item_id)] = assigned
        self.db.insert_row("crm_item", {"entity_type_id": entity_type_id, "id": item_id, "assigned_by_id": assigned,
                                        "created_time": created, "updated_time": max(created, updated), **values})

    def user_id(self) -> int:
        return self.rng.choice((1, 1, 1, 2, 3, 4, 5, 6))

    # ---------------------------------------------------------------- entities

    def build(self) -> None:
        with self.db.transaction():
            self.users()
            self.companies()
            self.contacts()
            self.deals_()
            self.leads()
            self.activities()
            attach_demo_files(self.db, self.clock)
            # Deal 1 is the showcase and the deal worked on last: lists ordered by "recently
            # updated" (the app's entity browser) open on it. Every other item stops at ts(-1, 12).
            self.db.execute("UPDATE crm_item SET updated_time = ? WHERE entity_type_id = ? AND id = ?",
                            (self.ts(-1, 18), DEAL, 1))

    def users(self) -> None:
        for user_id, name, last_name, gender, position, email in names.USERS:
            self.db.insert_row("user", {
                "id": user_id, "name": name, "last_name": last_name, "second_name": "", "email": email,
                "last_login": self.ts(0 if user_id in (1, 2) else -user_id, 9, 5 * user_id),
                "date_register": self.ts(-720 + 30 * user_id), "is_online": "Y" if user_id in (1, 2) else "N",
                "personal_gender": gender, "work_position": position})

    def companies(self) -> None:
        for company_id, title in enumerate(names.COMPANIES, start=1):
            domain = "".join(ch for ch in title.lower().split(" ")[0] if ch.isalnum()) + ".example"
            self.item(COMPANY, company_id, self.user_id(), title=title,
                      company_type=self.rng.choice(names.COMPANY_TYPES), industry=self.rng.choice(names.INDUSTRIES),
                      revenue=float(self.rng.randrange(100_000, 20_000_000, 50_000)), currency_id="USD")
            phone, email = self.phone(), f"info@{domain}"
            self.add_multifields(COMPANY, company_id, phone, email)
            self.parties[(COMPANY, company_id)] = _Party(COMPANY, company_id, title, phone, email)
            self.company_contacts[company_id] = []

    def person(self, used: set[tuple[str, str]]) -> tuple[str, str, str, str]:
        while True:
            female = self.rng.random() < 0.5
            first = self.rng.choice(names.FIRST_NAMES_F if female else names.FIRST_NAMES_M)
            last = self.rng.choice(names.LAST_NAMES)
            if (first, last) not in used:
                used.add((first, last))
                honorific = self.rng.choice(("HNR_EN_2", "HNR_EN_3")) if female else "HNR_EN_1"
                return first, self.rng.choice(names.MIDDLE_NAMES), last, honorific

    def contacts(self) -> None:
        self.used_names: set[tuple[str, str]] = set()
        for contact_id in range(1, 41):
            first, middle, last, honorific = self.person(self.used_names)
            company_id = contact_id if contact_id <= 2 else (
                self.rng.randint(1, 30) if self.rng.random() < 0.85 else None)
            if contact_id == 2:
                company_id = 1
            domain = (names.COMPANIES[company_id - 1].lower().split(" ")[0] if company_id else "mail")
            domain = "".join(ch for ch in domain if ch.isalnum()) + ".example"
            self.item(CONTACT, contact_id, self.user_id(), honorific=honorific, name=first, second_name=middle,
                      last_name=last, post=self.rng.choice(names.POSTS), company_id=company_id)
            phone, email = self.phone(), f"{first.lower()}.{last.lower()}@{domain}"
            self.add_multifields(CONTACT, contact_id, phone, email)
            self.parties[(CONTACT, contact_id)] = _Party(CONTACT, contact_id, f"{first} {last}", phone, email)
            if company_id:
                self.company_contacts[company_id].append(contact_id)

    def deals_(self) -> None:
        for deal_id in range(1, 36):
            company_id = 1 if deal_id == 1 else self.rng.randint(1, 30)
            contacts = self.company_contacts[company_id][:2] or [self.rng.randint(1, 40)]
            topic = names.DEAL_TOPICS[0] if deal_id == 1 else self.rng.choice(names.DEAL_TOPICS)
            begin = self.ts(-self.rng.randint(5, 120))
            stage = "PREPARATION" if deal_id == 1 else self.rng.choice(names.DEAL_STAGES)
            self.item(DEAL, deal_id, 1 if deal_id == 1 else self.user_id(),
                      title=f"{names.COMPANIES[company_id - 1]}: {topic}", stage_id=stage, category_id=0,
                      opportunity=float(self.rng.randrange(2_000, 250_000, 500)), currency_id="USD",
                      company_id=company_id, contact_id=contacts[0], begin_date=begin,
                      close_date=begin + self.rng.randint(30, 90) * 86400)
            for sort, contact_id in enumerate(contacts):
                self.db.insert_row("deal_contact", {"deal_id": deal_id, "contact_id": contact_id, "sort": sort})
            self.deals[deal_id] = {"topic": topic, "contacts": contacts, "company_id": company_id}

    def leads(self) -> None:
        for lead_id in range(1, 26):
            first, middle, last, honorific = self.person(self.used_names)
            phone, email = self.phone(), f"{first.lower()}.{last[0].lower()}@mail.example"
            self.item(LEAD, lead_id, self.user_id(), title=self.rng.choice(names.LEAD_TOPICS), honorific=honorific,
                      name=first, second_name=middle, last_name=last, status_id=self.rng.choice(names.LEAD_STATUSES),
                      opportunity=float(self.rng.randrange(0, 50_000, 250)), currency_id="USD")
            self.add_multifields(LEAD, lead_id, phone, email)
            self.parties[(LEAD, lead_id)] = _Party(LEAD, lead_id, f"{first} {last}", phone, email)

    # ---------------------------------------------------------------- activities

    def party_for(self, owner: tuple[int, int]) -> _Party:
        if owner[0] == DEAL:
            return self.parties[(CONTACT, self.rng.choice(self.deals[owner[1]]["contacts"]))]
        if owner[0] == COMPANY and self.company_contacts[owner[1]] and self.rng.random() < 0.5:
            return self.parties[(CONTACT, self.rng.choice(self.company_contacts[owner[1]]))]
        return self.parties[owner]

    def topic_for(self, owner: tuple[int, int]) -> str:
        if owner[0] == DEAL:
            return self.deals[owner[1]]["topic"]
        return self.rng.choice(names.DEAL_TOPICS).split(" (")[0].lower()

    def spec(self, kind: str, state: str, owner: tuple[int, int], days: int | None = None,
             **extra: Any) -> _Spec:
        if days is None:
            days = {"done": -self.rng.randint(1, 90), "open": self.rng.randint(1, 30),
                    "overdue": -self.rng.randint(1, 10), "incoming": -self.rng.randint(1, 4)}[state]
        start = extra.pop("start", None) or self.moment(days)
        responsible = self.assigned[owner] if self.rng.random() < 0.8 else self.user_id()
        party = None if kind == "todo" else self.party_for(owner)
        return _Spec(kind, state, owner, start, party, responsible, self.topic_for(owner), extra)

    def deal_one_specs(self) -> list[_Spec]:
        owner = (DEAL, 1)
        # 60 completed: the history has more than one page of 50 (the web timeline pages it).
        plan = ([("call", "done")] * 24 + [("email", "done")] * 20 + [("meeting", "done")] * 6
                + [("todo", "done")] * 10 + [("call", "overdue")] + [("email", "incoming")] * 2
                + [("call", "incoming")] + [("meeting", "open")] * 2 + [("call", "open")])
        specs = [self.spec(kind, state, owner) for kind, state in plan]
        specs += [self.spec("todo", "overdue", owner, color=color) for color in ("3", None)]  # orange, default
        same_moment = self.moment(3)
        for index, color in enumerate((None, "1", "3", "5", "7", "2")):
            start = same_moment if index < 2 else None
            specs.append(self.spec("todo", "open", owner, days=2 + 2 * index, start=start, color=color))
        return specs

    def activities(self) -> None:
        specs = self.deal_one_specs()
        owners = [(t, i) for t, count in ((LEAD, 25), (DEAL, 35), (CONTACT, 40), (COMPANY, 30))
                  for i in range(1, count + 1) if (t, i) != (DEAL, 1)]
        for owner in owners:
            count = self.rng.choice((0, 0, 1, 1, 2, 2, 3, 3, 4, 5))
            if self.rng.random() < 0.1:
                count = self.rng.randint(6, 15)
            for _ in range(count):
                kind = self.rng.choices(("call", "email", "meeting", "todo"), (35, 30, 10, 25))[0]
                state = self.rng.choices(("done", "open", "overdue", "incoming"), (60, 20, 10, 10))[0]
                if state == "incoming" and kind not in ("call", "email"):
                    state = "done"
                specs.append(self.spec(kind, state, owner))
        rows = [self.row(spec) for spec in specs]
        rows.sort(key=lambda r: r[0]["created"])  # ids grow with creation time, as on a real portal
        for values, bindings, communications, pings in rows:
            self.db.insert_activity(values, bindings, communications, pings)

    def row(self, spec: _Spec) -> tuple[dict[str, Any], list[tuple[int, int]], list[dict[str, Any]], list[int]]:
        rng = self.rng
        start = int(spec.start.timestamp())
        done = spec.state == "done"
        incoming = spec.state == "incoming"
        direction, subject, description, description_type = 0, "", "", 1
        end, location, notify = start, "", (0, 0)
        party = spec.party
        communications: list[dict[str, Any]] = []
        pings: list[int] = []
        color = None
        if spec.kind == "call":
            type_id, provider, provider_type = 2, "VOXIMPLANT_CALL", "CALL"
            direction = 1 if incoming or (done and rng.random() < 0.4) else 2
            subject = f"{'Incoming' if direction == 1 else 'Outgoing'} call {party.name}"
            end = start + rng.randint(2, 25) * 60 if done else start
            communications.append({"type": "PHONE", "value": party.phone})
        elif spec.kind == "email":
            type_id, provider, provider_type = 4, "CRM_EMAIL", "EMAIL"
            direction = 1 if incoming or (done and rng.random() < 0.5) else 2
            subject = rng.choice(names.EMAIL_SUBJECTS_IN if direction == 1 else names.EMAIL_SUBJECTS_OUT).format(
                topic=spec.topic)
            description = (f"<p>Hello,</p><p>{subject}. Details are below &amp; in the attachment.</p>"
                           f"<p>Best regards,<br>{party.name if direction == 1 else 'Alex'}</p>")
            description_type = 3
            communications.append({"type": "EMAIL", "value": party.email})
        elif spec.kind == "meeting":
            type_id, provider, provider_type = 1, "CRM_MEETING", "MEETING"
            subject = f"Meeting with {party.name}: {rng.choice(names.MEETING_TOPICS)}"
            end = start + 3600
            location = rng.choice(names.MEETING_LOCATIONS)
            notify = (1, 15)
            communications.append({"type": "", "value": party.name})
        else:
            type_id, provider, provider_type = 6, "CRM_TODO", "TODO"
            subject = rng.choice(names.TODO_TITLES)
            description, description_type = rng.choice(names.TODO_DESCRIPTIONS), 2
            color = spec.extra["color"] if "color" in spec.extra else rng.choice(_TODO_COLORS)
            pings = list(rng.choice(_PINGS))
        deadline = self.clock.max_date_ts() if incoming else (end if spec.kind == "email" else start)
        if spec.kind in ("call", "email") and spec.state in ("done", "incoming"):
            created = start  # the call happened / the e-mail was sent or received then
        else:
            created = min(start, self.ts(0)) - rng.randint(1, 14) * 86400 - rng.randint(0, 8) * 3600
        last_updated = end + rng.randint(0, 30) * 60 if done else created
        for comm in communications:
            comm.update(entity_type_id=party.entity_type_id, entity_id=party.entity_id)
        bindings = [spec.owner] + ([(party.entity_type_id, party.entity_id)] if party else [])
        values = {
            "owner_id": spec.owner[1], "owner_type_id": spec.owner[0], "type_id": type_id,
            "provider_id": provider, "provider_type_id": provider_type, "provider_group_id": None,
            "associated_entity_id": 0, "subject": subject, "created": created, "last_updated": last_updated,
            "start_time": start, "end_time": end, "deadline": deadline,
            "completed": "Y" if done else "N", "status": 2 if done else 1,
            "responsible_id": spec.responsible, "priority": rng.choice((1, 2, 2, 3)),
            "notify_type": notify[0], "notify_value": notify[1], "description": description,
            "description_type": description_type, "direction": direction, "location": location,
            "settings": {}, "originator_id": None, "origin_id": None,
            "author_id": spec.responsible, "editor_id": spec.responsible, "provider_params": {},
            "provider_data": None, "result_mark": 0, "result_value": None, "result_sum": None,
            "result_currency_id": None, "result_status": 0, "result_stream": 0, "result_source_id": None,
            "autocomplete_rule": 0, "is_incoming_channel": "Y" if incoming else "N", "parent_id": None,
            "color_id": color,
        }
        return values, bindings, communications, pings
