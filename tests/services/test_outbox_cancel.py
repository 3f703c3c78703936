"""Cancelling the outbox's run loop (quitting the app) cancels the sends it started: none outlives the
processor and writes to a store that is about to close. A send cut off this way is verified on the
portal at the next start, never blindly repeated."""

from __future__ import annotations

import asyncio

from changes_helpers import DEAL, FIXED_NOW, at, ticking

from desktop_app.sandbox.faults import FaultKind, FaultPlan
from desktop_app.services.changes import ChangeService
from desktop_app.services.outbox import Backoff
from desktop_app.store import EntryState, Store


async def test_cancelling_run_cancels_sends_in_flight_and_the_next_start_verifies(client, portal, tmp_path) -> None:
    path = tmp_path / "outbox.sqlite3"
    store = Store.open(path)
    changes = ChangeService(client, store, clock=ticking(FIXED_NOW), backoff=Backoff(0.001, 0.02))
    portal.faults.configure(FaultPlan(delay_seconds=5.0))  # the portal holds its answer: the send is in flight
    portal.faults.force_next(FaultKind.DELAY, method="crm.activity.todo.add")
    entry = changes.add_todo(DEAL, at(4), title="Cut off while sending")
    before = {t for t in asyncio.all_tasks() if not t.done()}
    runner = asyncio.create_task(changes.processor.run())
    while store.outbox.get(entry.id).state is not EntryState.SENDING:
        await asyncio.sleep(0.01)

    runner.cancel()
    await asyncio.gather(runner, return_exceptions=True)

    leftovers = {t for t in asyncio.all_tasks() if not t.done()} - before - {asyncio.current_task()}
    assert not [t for t in leftovers if "_run_one" in repr(t.get_coro())], leftovers
    assert store.outbox.get(entry.id).state is EntryState.SENDING
    store.close()

    again = Store.open(path)
    restarted = ChangeService(client, again, clock=ticking(FIXED_NOW), backoff=Backoff(0.001, 0.02))
    await restarted.processor.drain()
    done = again.outbox.get(entry.id)
    assert done.state is EntryState.DONE
    titles = [r["subject"] for r in portal.db.query("SELECT subject FROM activity WHERE subject = ?", ("Cut off while sending",))]
    assert titles == ["Cut off while sending"]
    again.close()
