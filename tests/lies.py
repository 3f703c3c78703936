"""Replies that lie (issue 10, item 6), shared by the in-process outbox test
(tests/services/test_outbox_lies.py, an httpx transport) and the loopback lying proxy
(tests/integration/test_lying_proxy_loopback.py, an HTTP server).

:data:`LIES` is a list of 13 kinds of lie about a request the portal DID apply: a reply of the right
envelope with wrong types, nulls, numbers beyond 64 bits, a truncated copy of the true reply, an
HTML page, a 4xx without an error. :class:`LiePlan` is the seeded generator that picks, per reply,
whether to lie and how; it knows nothing of transports, so both harnesses tell the same lies for
the same seed and the same order of requests. :func:`write_until_told` is the user's writes of the outbox tests,
round after round (:func:`write_round`) until every lie is told (:class:`Planned`: what each create
must look like at the end).
"""

from __future__ import annotations

import json
import random
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from changes_helpers import DEAL, at, call_fields

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.models import Activity
from desktop_app.services.changes import ChangeService
from desktop_app.store import OutboxEntry

__all__ = ["HTML", "LIES", "LiePlan", "Planned", "envelope", "original_result", "rest_method", "write_round",
           "write_until_told"]

HTML = b"<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"


def envelope(result: object, **extra: object) -> bytes:
    """A Bitrix24 reply envelope ``{"result": …, "time": {…}, **extra}`` as JSON bytes."""
    return json.dumps({"result": result, "time": {"start": 1.0, "finish": 1.01}, **extra}).encode()


def original_result(body: bytes) -> object:
    """The ``result`` of a true reply's body, or ``None`` when it has none."""
    try:
        return json.loads(body).get("result")
    except (ValueError, AttributeError):
        return None


def rest_method(path: str) -> str:
    """The REST method of a request path: ``/rest/1/code/crm.activity.add.json`` → ``crm.activity.add``."""
    return path.split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1].removesuffix(".json")


#: Each lie: (name, make(rng, true body) -> (HTTP status, body)). All keep the envelope's shape
#: ``{"result": …}`` or break it the way a proxy or a buggy portal does.
LIES: list[tuple[str, Callable[[random.Random, bytes], tuple[int, bytes]]]] = [
    ("null item", lambda rng, body: (200, envelope({"item": None}))),
    ("null result", lambda rng, body: (200, envelope(None))),
    ("id of letters", lambda rng, body: (200, envelope(rng.choice(["abc", "x7k", "NaN", "1e3x"])))),
    ("todo id of letters", lambda rng, body: (200, envelope({"id": "seven"}))),
    ("list for an object", lambda rng, body: (200, envelope([["nested"], {"id": []}]))),
    ("rows of wrong types", lambda rng, body: (200, envelope([{"ID": "abc", "LAST_UPDATED": 7, "COMPLETED": []}]))),
    ("id beyond 64 bits", lambda rng, body: (200, envelope(rng.choice([10**30, -(10**25), 99999999999999999999])))),
    ("total of letters", lambda rng, body: (200, envelope(original_result(body), total="x"))),
    ("huge next", lambda rng, body: (200, envelope(original_result(body), next=10**40))),
    ("infinite total", lambda rng, body: (200, b'{"result": [], "total": 1e999}')),
    ("truncated JSON", lambda rng, body: (200, body[: rng.randrange(1, max(2, len(body) - 1))])),
    ("HTML page", lambda rng, body: (rng.choice([200, 403, 404, 502]), HTML)),
    ("4xx without an error", lambda rng, body: (rng.choice([400, 404]), envelope(original_result(body)))),
]


class LiePlan:
    """Which replies lie, and how, from a seeded generator.

    For a reply to one of ``methods``, with probability ``rate`` and while ``budget`` lasts, the
    reply becomes a lie (a random kind of :data:`LIES`); while the budget lasts, replies to ``reads``
    (the outbox's look-ups) lie too, with probability ``read_rate``, not counted in the budget.
    Thread-safe (a loopback server answers from several threads).

    Attributes:
        told: how many lies per REST method; ``kinds``: how many of each kind of lie.
        forced: replies told first, in order: (method, status, body, forwarded: whether the portal
            still gets the request — a lie about a change it applied — or not — a refusal in its place).
    """

    def __init__(self, *, seed: int, budget: int, rate: float, methods: tuple[str, ...],
                 reads: tuple[str, ...] = (), read_rate: float = 0.0) -> None:
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self.budget = budget
        self.rate = rate
        self.methods = set(methods)
        self.reads = set(reads)
        self.read_rate = read_rate
        self.told: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.forced: list[tuple[str, int, bytes, bool]] = []

    def take_forced(self, method: str) -> tuple[int, bytes, bool] | None:
        """The first forced reply for ``method`` (removed from :attr:`forced`): (status, body, forwarded)."""
        with self._lock:
            for i, (wanted, status, body, forwarded) in enumerate(self.forced):
                if wanted == method:
                    del self.forced[i]
                    return status, body, forwarded
        return None

    def lie(self, method: str, body: bytes) -> tuple[int, bytes, str] | None:
        """Given the true reply's ``body`` to ``method``: a lie (status, body, Content-Type), or
        ``None`` to tell the truth."""
        with self._lock:
            counted = method in self.methods and self._rng.random() < self.rate
            if not (self.budget > 0 and (counted or (method in self.reads and self._rng.random() < self.read_rate))):
                return None
            self.budget -= counted
            name, make = self._rng.choice(LIES)
            status, lie = make(self._rng, body)
            self.told[method] += 1
            self.kinds[name] += 1
        return status, lie, "text/html" if lie is HTML else "application/json"


@dataclass
class Planned:
    """One create and what its activity must look like at the end."""

    entry: OutboxEntry
    subject: str
    description: str = ""


async def write_round(service: ChangeService, honest: BitrixClient, rng: random.Random, rounds: int, prefix: str,
                      creates: list[Planned], existing: list[tuple[Activity, str]]) -> None:
    """Round ``rounds`` of the user's writes, then the outbox drained: two calls (created, then renamed)
    and two to-dos (created, description edited once or twice as ``rng`` says, deadline moved to
    the 20th), appended to ``creates``; and an edit of a to-do ``honest`` added on the portal first,
    appended to ``existing`` with the description it must end with. Subjects start with ``prefix``."""
    for n in range(4):
        tag = f"{prefix}-{rounds}-{n}"
        if n % 2:  # a call (crm.activity.add with ORIGIN_ID), then renamed
            call = Planned(service.add_activity(call_fields(f"{tag} call")), f"{tag} call")
            placeholder = service.optimistic(call.entry, None)
            call.subject = f"{tag} call, renamed"
            service.update_activity(placeholder, {"SUBJECT": call.subject})
            creates.append(call)
        else:  # a to-do (crm.activity.todo.add), its description edited, its deadline moved
            todo = Planned(service.add_todo(DEAL, at(1 + n, 9 + rounds % 8), title=f"{tag} todo",
                                            description="first"), f"{tag} todo", "first")
            placeholder = service.optimistic(todo.entry, None)
            for step in range(rng.randint(1, 2)):
                todo.description = f"edit {step}"
                service.update_todo_description(placeholder, DEAL, todo.description)
            service.update_todo_deadline(placeholder, DEAL, at(20, 9 + n))
            creates.append(todo)
    # an edit of an activity that was already on the portal
    loaded = await honest.get_activity(await honest.add_todo(2, 1, at(2), title=f"{prefix}-{rounds} loaded"))
    service.update_todo_description(loaded, DEAL, f"edited in round {rounds}")
    existing.append((loaded, f"edited in round {rounds}"))
    await service.processor.drain()


async def write_until_told(service: ChangeService, honest: BitrixClient, plan: LiePlan, seed: int, prefix: str,
                           max_rounds: int = 60) -> tuple[list[Planned], list[tuple[Activity, str]], int]:
    """:func:`write_round` after round (their ``rng`` seeded with ``seed``) while ``plan`` has lies
    left to tell, at most ``max_rounds``; returns the creates, the edits of existing activities and
    the number of rounds."""
    rng = random.Random(seed)
    creates: list[Planned] = []
    existing: list[tuple[Activity, str]] = []
    rounds = 0
    while plan.budget > 0 and rounds < max_rounds:  # until every lie is told
        rounds += 1
        await write_round(service, honest, rng, rounds, prefix, creates, existing)
    return creates, existing, rounds
