"""Files through the outbox on the in-process sandbox portal: adds, edits and to-dos with files,
pending files on the optimistic card, names kept, a restart with the base64 still queued, and
outcome-unknown sends verified by listing the files — never uploaded twice."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import httpx
import pytest
from changes_helpers import DEAL, FIXED_NOW, at, call_fields, change_service, ticking

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.errors import InvalidParameter
from desktop_app.bitrix.prepared import PreparedCall
from desktop_app.sandbox.faults import FaultKind
from desktop_app.services.attachments import AttachmentService, LocalFile
from desktop_app.services.changes import ChangeService
from desktop_app.services.outbox import Backoff
from desktop_app.store import EntryState, Store


@pytest.fixture
async def net_client(portal) -> AsyncIterator[BitrixClient]:  # noqa: ANN001
    c = BitrixClient.for_webhook(Webhook("http://sandbox.local", 1, "demo"), transport=portal.transport(),
                                 timeout=httpx.Timeout(2.0, connect=1.0))
    yield c
    await c.aclose()


async def _files(client: BitrixClient, store: Store, activity_id: int) -> list[tuple[str | None, bytes]]:
    """(known name, bytes) of each file the portal holds for the activity."""
    service = AttachmentService(client, store.files)
    out = []
    for f in await service.files(activity_id):
        reply = await client.http.get(client.files.auth_url(f.url))
        out.append((f.name, reply.content))
    return out


async def test_a_call_with_files_lands_with_them_and_their_names(changes: ChangeService, net_client, store) -> None:
    data = os.urandom(50_000)
    fields = call_fields("Call with files")
    fields.files = [LocalFile("offer.pdf", data), LocalFile("Ærø €.txt", b"notes")]
    entry = changes.add_activity(fields)
    known_when_done: list[list[str]] = []
    changes.subscribe(lambda e: known_when_done.append(sorted(store.files.for_activity(e.activity_id).values()))
                      if e.state is EntryState.DONE else None)
    card = changes.optimistic(entry, None)
    assert [(f.name, f.pending) for f in card.files] == [("offer.pdf", True), ("Ærø €.txt", True)]
    assert "fileData" not in str(card.raw)  # the card holds names, never the bytes
    await changes.processor.drain()
    done = changes.entry(entry.id)
    assert done.state is EntryState.DONE
    assert await _files(net_client, store, done.activity_id) == [("offer.pdf", data), ("Ærø €.txt", b"notes")]
    assert known_when_done == [["offer.pdf", "Ærø €.txt"]]  # the card refreshing on "done" finds the names


async def test_an_edit_adds_and_removes_files_and_leaves_the_others(changes: ChangeService, net_client, store) -> None:
    fields = call_fields("Edited files")
    fields.files = [LocalFile("keep.txt", b"keep"), LocalFile("drop.txt", b"drop")]
    created = changes.add_activity(fields)
    await changes.processor.drain()
    activity_id = changes.entry(created.id).activity_id
    loaded = (await net_client.list_activities(filter={"ID": activity_id}, select=["*", "FILES"])).items[0]
    keep, drop = loaded.files
    entry = changes.update_activity(loaded, {"FILES": [{"fileData": ["new.txt", "bmV3"]}, {"id": drop.id, "remove": "Y"}]})
    card = changes.optimistic(entry, loaded)
    assert [(f.id, f.pending) for f in card.files] == [(keep.id, False), (0, True)]
    await changes.processor.drain()
    assert changes.entry(entry.id).state is EntryState.DONE
    assert await _files(net_client, store, activity_id) == [("keep.txt", b"keep"), ("new.txt", b"new")]
    assert store.files.names([drop.id]) == {}  # the removed file's name is forgotten


async def test_a_todo_gets_its_files_by_an_update_queued_behind_the_create(changes: ChangeService, net_client,
                                                                           store, portal) -> None:
    create = changes.add_todo(DEAL, at(4), title="To-do with files",
                              files=[LocalFile("a.txt", b"alpha"), LocalFile("b.txt", b"beta")])
    [upload] = [e for e in changes.open_entries() if e.id != create.id]
    assert (upload.method, upload.after_entry_id, upload.activity_id) == ("crm.activity.update", create.id, None)
    card = changes.optimistic(upload, changes.optimistic(create, None))  # the placeholder card, files pending
    assert [(f.name, f.pending) for f in card.files] == [("a.txt", True), ("b.txt", True)]
    await changes.processor.drain()
    todo_id = changes.entry(create.id).activity_id
    assert changes.entry(upload.id).state is EntryState.DONE and changes.entry(upload.id).activity_id == todo_id
    assert (await net_client.get_activity(todo_id)).is_todo
    assert await _files(net_client, store, todo_id) == [("a.txt", b"alpha"), ("b.txt", b"beta")]


async def test_nothing_is_written_when_a_file_name_is_refused(changes: ChangeService) -> None:
    with pytest.raises(InvalidParameter):
        changes.add_todo(DEAL, at(4), title="Bad file", files=[LocalFile("../x.txt", b"x")])
    with pytest.raises(InvalidParameter) as info:
        changes.add_todo(DEAL, at(4), title="Too many", files=[LocalFile(f"{i}.txt", b"x") for i in range(11)])
    assert (info.value.field, info.value.code) == ("FILES", "too_many")
    fields = call_fields("Too large")
    fields.files = [LocalFile("huge.bin", bytes(20 * 1024 * 1024 + 1))]
    with pytest.raises(InvalidParameter) as info:
        changes.add_activity(fields)
    assert (info.value.field, info.value.code) == ("FILES", "too_large")
    assert changes.open_entries() == []


async def test_the_queued_base64_survives_a_restart(tmp_path, net_client) -> None:  # noqa: ANN001
    data = os.urandom(200_000)
    path = tmp_path / "outbox.sqlite3"
    with Store.open(path) as first:
        fields = call_fields("Queued before a restart")
        fields.files = [LocalFile("big.bin", data)]
        entry = ChangeService(net_client, first, clock=ticking(FIXED_NOW)).add_activity(fields)
    with Store.open(path) as again:  # the app was closed before anything was sent
        service = change_service(net_client, again)
        await service.processor.drain()
        done = service.entry(entry.id)
        assert done.state is EntryState.DONE
        assert await _files(net_client, again, done.activity_id) == [("big.bin", data)]


@pytest.mark.parametrize("method", ["crm.activity.add", "crm.activity.update"])
async def test_a_dropped_reply_is_verified_by_listing_never_uploaded_twice(changes: ChangeService, net_client,
                                                                          store, portal, method: str) -> None:
    fields = call_fields("Dropped with files")
    loaded = None
    if method == "crm.activity.update":
        created = changes.add_activity(fields)
        await changes.processor.drain()
        activity_id = changes.entry(created.id).activity_id
        loaded = (await net_client.list_activities(filter={"ID": activity_id}, select=["*", "FILES"])).items[0]
    portal.faults.force_next(FaultKind.DROP_AFTER, method=method)
    if loaded is None:
        fields.files = [LocalFile("once.txt", b"once")]
        entry = changes.add_activity(fields)
    else:
        entry = changes.update_activity(loaded, {"FILES": [{"fileData": ["once.txt", "b25jZQ=="]}]})
    await changes.processor.drain()
    done = changes.entry(entry.id)
    assert done.state is EntryState.DONE and done.attempts == 1
    assert changes.processor.stats["unknown"] == 1 and changes.processor.stats["reconciled_applied"] == 1
    assert [content for _, content in await _files(net_client, store, done.activity_id)] == [b"once"]


async def test_an_update_lost_before_the_portal_saw_it_is_sent_again_once(changes: ChangeService, net_client,
                                                                         store, portal) -> None:
    created = changes.add_activity(call_fields("Lost update"))
    await changes.processor.drain()
    activity_id = changes.entry(created.id).activity_id
    loaded = (await net_client.list_activities(filter={"ID": activity_id}, select=["*", "FILES"])).items[0]
    portal.faults.force_next(FaultKind.DROP_BEFORE, method="crm.activity.update")
    entry = changes.update_activity(loaded, {"FILES": [{"fileData": ["twice?.txt", "eA=="]}]})
    await changes.processor.drain()
    done = changes.entry(entry.id)
    assert done.state is EntryState.DONE and done.attempts == 2
    assert changes.processor.stats["reconciled_resent"] == 1
    assert await _files(net_client, store, activity_id) == [("twice?.txt", b"x")]


async def test_killed_mid_upload_is_verified_on_the_next_start(tmp_path, net_client) -> None:  # noqa: ANN001
    """The app died after the update with files left (state ``sending`` stored with its snapshot of
    the activity's files): on restart the files are listed, found, and not uploaded again."""
    path = tmp_path / "outbox.sqlite3"
    with Store.open(path) as first:
        service = change_service(net_client, first)
        created = service.add_activity(call_fields("Killed mid-upload"))
        await service.processor.drain()
        activity_id = service.entry(created.id).activity_id
        loaded = (await net_client.list_activities(filter={"ID": activity_id}, select=["*", "FILES"])).items[0]
        entry = service.update_activity(loaded, {"FILES": [{"fileData": ["one.txt", "MQ=="]}]})
        before = await service.processor._files.before_send(service.entry(entry.id))  # what the processor stores
        first.outbox.update(entry.id, state=EntryState.SENDING, attempts=1, verify_first=True, before=before,
                            sent_at=ticking(FIXED_NOW)())
        stored = first.outbox.get(entry.id)
        await net_client.send(PreparedCall(stored.method, first.outbox.sendable_params(stored)))
    with Store.open(path) as again:
        restarted = ChangeService(net_client, again, clock=ticking(FIXED_NOW), backoff=Backoff(0.001, 0.02))
        await restarted.processor.drain()
        assert again.outbox.get(entry.id).state is EntryState.DONE
        assert restarted.processor.stats["reconciled_applied"] == 1
        assert [c for _, c in await _files(net_client, again, activity_id)] == [b"1"]


async def test_an_entry_whose_bytes_are_gone_fails_without_sending(changes: ChangeService, store, portal) -> None:
    fields = call_fields("Bytes lost")
    fields.files = [LocalFile("lost.txt", b"lost")]
    entry = changes.add_activity(fields)
    store._conn.execute("DELETE FROM outbox_upload")  # what a damaged database file can leave
    await changes.processor.drain()
    failed = changes.entry(entry.id)
    assert (failed.state, failed.error_code) == (EntryState.FAILED, "FILES_LOST")
    assert "lost.txt" in failed.error_text and "attach them again" in failed.error_text
    assert portal.db.count_activities(origin_id=entry.origin_id) == 0  # nothing reached the portal


async def test_a_files_only_edit_of_a_todo(changes: ChangeService, net_client, store) -> None:
    todo = await net_client.get_activity(await net_client.add_todo(2, 1, at(5), title="Existing to-do"))
    with pytest.raises(InvalidParameter):
        changes.update_files(todo)  # nothing to change
    first = changes.update_files(todo, add=[LocalFile("one.txt", b"1"), LocalFile("two.txt", b"2")])
    await changes.processor.drain()
    [one, _two] = await AttachmentService(net_client, store.files).files(todo.id)
    again = (await net_client.list_activities(filter={"ID": todo.id}, select=["*", "FILES"])).items[0]
    second = changes.update_files(again, remove_ids=[one.id])
    await changes.processor.drain()
    assert [changes.entry(e.id).state for e in (first, second)] == [EntryState.DONE] * 2
    assert await _files(net_client, store, todo.id) == [("two.txt", b"2")]
