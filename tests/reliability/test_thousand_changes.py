"""Reliability: 1,000 changes through the outbox with 20 % injected faults of every kind, then the
portal is checked directly — every change applied exactly once, nothing lost, no duplicates.

A sandbox portal of its own is served over real loopback HTTP (``serve_in_thread``), so its faults
reach nobody else (its database in memory: it is read directly afterwards, never reopened). The
client's read timeout is 0.2 s and a ``delay`` fault holds the answer 0.4 s (twice as long, so every
delay is an unknown outcome to verify); backoff runs in milliseconds. Conflicts (a colleague's
edit, fault ``concurrent_edit``) are resolved "keep mine" by the test, as a user would, and counted.

The summary line is printed and, when ``ACTIVITY_DESK_RELIABILITY_JSON`` names a file, written
there as JSON.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest

from desktop_app.bitrix import BitrixClient, RetryPolicy, Webhook
from desktop_app.bitrix.activities import CommunicationInput, SystemActivityFields
from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.models import Activity, ActivityType, Direction
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.sandbox.faults import FaultKind, FaultPlan
from desktop_app.services.changes import ChangeService
from desktop_app.services.outbox import Backoff
from desktop_app.services.timeline import EntityRef
from desktop_app.store import EntryState, OutboxEntry, Store

pytestmark = [pytest.mark.integration, pytest.mark.timeout(300)]

SEED = 20261123
CHANGES = 1000
TODOS, CALLS = 120, 80
TZ = timezone(timedelta(hours=3))
USERS = (1, 2, 3, 4, 5, 6)
CONTACTS = range(1, 41)
EDITED = re.compile(r"^(?:\n?Edited by [^\n]+)*$")


@dataclass
class Expected:
    """What one activity must look like on the portal once every change is applied."""

    index: int
    kind: str  # "todo" | "call"
    owner: EntityRef
    subject: str
    description: str = ""
    deadline: datetime | None = None
    color: str | None = None
    responsible: int = 1
    completed: bool = False
    priority: int = 2
    contacts: set[int] = field(default_factory=set)
    deleted: bool = False
    entry: OutboxEntry | None = None


class Plan:
    """Makes random but valid changes and keeps the expected state (the model)."""

    def __init__(self, service: ChangeService, rng: random.Random) -> None:
        self.service = service
        self.rng = rng
        self.items: list[Expected] = []
        self.made = 0
        self.kinds: dict[str, int] = {}

    def _count(self, kind: str) -> None:
        self.made += 1
        self.kinds[kind] = self.kinds.get(kind, 0) + 1

    def create(self, index: int) -> None:
        owner = EntityRef(2, 1 + index % 35)
        if index < TODOS:
            item = Expected(index, "todo", owner, f"REL-{index} todo",
                            deadline=datetime(2027, 1, 1 + index % 28, 8 + index % 10, 0, tzinfo=TZ))
            item.entry = self.service.add_todo(owner, item.deadline, title=item.subject, description="start")
            item.description = "start"
            self._count("todo.add")
        else:
            item = Expected(index, "call", owner, f"REL-{index} call")
            fields = SystemActivityFields(
                type_id=ActivityType.CALL, subject=item.subject, owner_type_id=2, owner_id=owner.owner_id,
                communications=[CommunicationInput("+1 555 666 5116", 4, 1, "PHONE")],
                start_time=datetime(2027, 2, 1, 9, 0, tzinfo=TZ), direction=Direction.OUTGOING)
            item.entry = self.service.add_activity(fields)
            self._count("activity.add")
        self.items.append(item)

    def change(self, item: Expected, target: Activity) -> None:
        """One change of ``item`` (``target`` = the loaded activity or the create's placeholder)."""
        s, rng = self.service, self.rng
        if item.completed:  # a completed todo takes no edits: reopen it (or delete it)
            if rng.random() < 0.1:
                return self._delete(item, target)
            s.set_completed(target, False)
            item.completed = False
            return self._count("reopen")
        roll = rng.random()
        if roll < 0.03:
            return self._delete(item, target)
        if roll < 0.13:
            s.set_completed(target, True)
            item.completed = True
            return self._count("complete")
        if roll < 0.33:
            return self._binding(item, target)
        if item.kind == "call":
            if rng.random() < 0.5:
                item.subject = f"REL-{item.index} call v{self.made}"
                item.priority = rng.choice((1, 2, 3))
                s.update_activity(target, {"SUBJECT": item.subject, "PRIORITY": item.priority})
            else:
                item.description = f"notes {self.made}"
                s.update_activity(target, {"DESCRIPTION": item.description})
            return self._count("activity.update")
        op = rng.choice(("deadline", "description", "color", "responsible", "full"))
        if op == "deadline":
            item.deadline = datetime(2027, 3, 1 + self.made % 28, 9, 0, tzinfo=TZ)
            s.update_todo_deadline(target, item.owner, item.deadline)
        elif op == "description":
            item.description = f"text {self.made}"
            s.update_todo_description(target, item.owner, item.description)
        elif op == "color":
            item.color = rng.choice(("1", "2", "3", "4", "5", "6", "7", None))
            s.update_todo_color(target, item.owner, item.color)
        elif op == "responsible":
            item.responsible = rng.choice(USERS)
            s.update_todo_responsible(target, item.owner, item.responsible)
        else:
            item.subject = f"REL-{item.index} todo v{self.made}"
            item.description = f"full {self.made}"
            item.deadline = datetime(2027, 4, 1 + self.made % 28, 15, 0, tzinfo=TZ)
            item.color = rng.choice(("2", "5", None))
            item.responsible = rng.choice(USERS)
            s.update_todo(target, item.owner, item.deadline, title=item.subject, description=item.description,
                          responsible_id=item.responsible, ping_offsets=[15], color_id=item.color)
        return self._count(f"todo.{op}")

    def _delete(self, item: Expected, target: Activity) -> None:
        self.service.delete_activity(target)
        item.deleted = True
        self._count("delete")

    def _binding(self, item: Expected, target: Activity) -> None:
        free = [c for c in CONTACTS if c not in item.contacts]
        bound = sorted(item.contacts)
        op = self.rng.choice(("add", "move", "delete") if bound else ("add",))
        if op == "add":
            contact = self.rng.choice(free)
            self.service.add_binding(target, Binding(3, contact))
            item.contacts.add(contact)
        elif op == "move":
            source, contact = self.rng.choice(bound), self.rng.choice(free)
            self.service.move_binding(target, Binding(3, source), Binding(3, contact))
            item.contacts = (item.contacts - {source}) | {contact}
        else:
            contact = self.rng.choice(bound)
            self.service.delete_binding(target, Binding(3, contact))
            item.contacts.discard(contact)
        self._count(f"binding.{op}")

    def live(self) -> list[Expected]:
        return [i for i in self.items if not i.deleted]


async def test_thousand_changes_with_a_fifth_of_the_calls_failing(tmp_path) -> None:
    portal = SandboxPortal(":memory:", webhook_code="reliability")
    before = portal.db.count_activities()
    faults = FaultPlan(share=0.2, seed=SEED, delay_seconds=0.4)
    started = time.monotonic()
    with serve_in_thread(portal) as url:
        # The portal runs without a rate limit here (limits are tested in test_batch_loopback.py).
        client = BitrixClient.for_webhook(Webhook.parse(url), timeout=httpx.Timeout(0.2, connect=2.0), rate_plan=None,
                                          retry=RetryPolicy.NONE)
        store = Store.open(tmp_path / "outbox.sqlite3")
        service = ChangeService(client, store, backoff=Backoff(0.005, 0.2), max_parallel=2)
        loop = asyncio.get_running_loop()
        conflicts: list[int] = []

        def keep_mine(entry: OutboxEntry) -> None:
            if entry.state is EntryState.CONFLICT:
                conflicts.append(entry.id)
                loop.call_soon(service.resolve_conflict, entry.id, True)

        service.subscribe(keep_mine)
        plan = Plan(service, random.Random(SEED))
        half = (CHANGES - TODOS - CALLS) // 2

        # Phase 1: creates, and changes of activities that exist only as placeholders so far.
        for index in range(TODOS + CALLS):
            plan.create(index)
        while plan.made < TODOS + CALLS + half:
            item = plan.rng.choice(plan.live())
            plan.change(item, service.optimistic(item.entry, None))
        portal.faults.configure(faults)
        await asyncio.wait_for(service.processor.drain(), 240)

        # Phase 2: the activities as loaded from the portal (LAST_UPDATED is the conflict base).
        portal.faults.clear()
        loaded = {i.index: await client.get_activity(store.outbox.get(i.entry.id).activity_id) for i in plan.live()}
        while plan.made < CHANGES:
            item = plan.rng.choice(plan.live())
            plan.change(item, loaded[item.index])
        portal.faults.configure(faults)
        await asyncio.wait_for(service.processor.drain(), 240)
        portal.faults.clear()
        await client.aclose()
    seconds = time.monotonic() - started

    # Every change is confirmed: nothing open, nothing failed, nothing dropped.
    entries = store.outbox.all_entries()
    store.close()
    assert plan.made == CHANGES and len(entries) == CHANGES
    assert [e.id for e in entries if e.state is not EntryState.DONE] == []

    # The portal holds exactly what the changes made, once.
    duplicates = 0
    problems: list[str] = []
    for item in plan.items:
        activity_id = next(e.activity_id for e in entries if e.id == item.entry.id)
        same_create = portal.db.count_activities(origin_id=item.entry.origin_id) if item.kind == "call" else \
            len([r for r in portal.db.query("SELECT subject FROM activity WHERE subject LIKE ?", (f"REL-{item.index} %",))])
        duplicates += max(0, same_create - (0 if item.deleted else 1))
        row = portal.db.activity(activity_id)
        if item.deleted:
            if row is not None:
                problems.append(f"{item.index}: not deleted")
            continue
        problems += _differences(item, row, portal.db.binding_pairs(activity_id))
    after = portal.db.count_activities()
    deletes = sum(1 for i in plan.items if i.deleted)
    counts = {str(k): v for k, v in sorted(portal.faults.counts.items())}
    portal.close()

    stats = service.processor.stats
    summary: dict[str, Any] = {
        "changes": plan.made, "kinds": dict(sorted(plan.kinds.items())), "faults": counts,
        "faults_total": sum(counts.values()), "sent": stats["sent"], "retries": stats["retries"],
        "unknown_outcomes": stats["unknown"], "reconciled_applied": stats["reconciled_applied"],
        "reconciled_resent": stats["reconciled_resent"], "conflicts": len(conflicts), "failed": stats["failed"],
        "duplicates": duplicates, "seconds": round(seconds, 1),
    }
    print("\nreliability: " + json.dumps(summary))
    if os.environ.get("ACTIVITY_DESK_RELIABILITY_JSON"):
        Path(os.environ["ACTIVITY_DESK_RELIABILITY_JSON"]).write_text(json.dumps(summary, indent=2), encoding="utf-8")

    assert problems == []
    assert duplicates == 0
    assert after == before + TODOS + CALLS - deletes
    assert all(counts.get(str(kind), 0) > 0 for kind in FaultKind), counts  # every kind was injected
    assert stats["failed"] == 0


def _differences(item: Expected, row: dict[str, Any] | None, bindings: list[tuple[int, int]]) -> list[str]:
    if row is None:
        return [f"{item.index}: missing"]
    out: list[str] = []

    def check(name: str, got: Any, want: Any) -> None:
        if got != want:
            out.append(f"{item.index} {name}: portal {got!r}, expected {want!r}")

    check("SUBJECT", row["subject"], item.subject)
    check("COMPLETED", row["completed"], "Y" if item.completed else "N")
    description = row["description"] or ""
    # A colleague's edit (fault concurrent_edit) may have added lines after our last description.
    if not (description.startswith(item.description) and EDITED.match(description[len(item.description):])):
        out.append(f"{item.index} DESCRIPTION: portal {description!r}, expected {item.description!r}")
    contacts = {eid for etype, eid in bindings if etype == 3}
    check("contacts", contacts, item.contacts)
    check("owner bound", (2, item.owner.owner_id) in bindings, True)
    if item.kind == "todo":
        check("DEADLINE", row["deadline"], item.deadline)
        check("COLOR", row["color_id"], item.color)
        check("RESPONSIBLE_ID", row["responsible_id"], item.responsible)
    else:
        check("PRIORITY", row["priority"], item.priority)
    return out
