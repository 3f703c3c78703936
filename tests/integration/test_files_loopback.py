"""Attachments end to end over loopback HTTP against a served sandbox portal: a call with a 5 MB file
and a to-do with a file go through the outbox, then every file is downloaded byte-identical under its
name; an edit removes one file and adds another."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from changes_helpers import DEAL, call_fields

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.services.attachments import AttachmentService, LocalFile
from desktop_app.services.changes import ChangeService
from desktop_app.services.outbox import Backoff
from desktop_app.store import EntryState, Store

pytestmark = pytest.mark.integration

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


@pytest.fixture
def served() -> Iterator[str]:
    portal = SandboxPortal(":memory:", webhook_code="files-loopback", webhook_user_id=1, demo_data=True,
                           now=lambda: NOW)
    try:
        with serve_in_thread(portal) as url:
            yield url
    finally:
        portal.close()


async def test_files_through_the_outbox_download_byte_identical(served: str, tmp_path: Path) -> None:
    big = os.urandom(5 * 1024 * 1024)
    small = "Ærø notes €\n".encode() * 100
    webhook = Webhook.parse(served)
    async with BitrixClient.for_webhook(webhook) as client:
        with Store.open(tmp_path / "store.sqlite3") as store:
            changes = ChangeService(client, store, backoff=Backoff(0.01, 0.2))
            fields = call_fields("Offer call with attachments")
            fields.files = [LocalFile("offer-5MB.bin", big), LocalFile("Ærø notes.txt", small)]
            call = changes.add_activity(fields)
            todo = changes.add_todo(DEAL, NOW + timedelta(days=1), title="Send the signed copy",
                                    files=[LocalFile("checklist.txt", b"1. sign\n2. scan\n")])
            await changes.processor.drain()
            assert [e.state for e in changes.outbox.all_entries()] == [EntryState.DONE] * 3
            call_id, todo_id = changes.entry(call.id).activity_id, changes.entry(todo.id).activity_id

            service = AttachmentService(client, store.files)
            downloads = tmp_path / "downloads"
            downloads.mkdir()
            saved = {}
            for activity_id in (call_id, todo_id):
                for file in await service.files(activity_id):
                    path = await service.download(activity_id, file, downloads)
                    saved[file.name] = path
            assert sorted(saved) == ["checklist.txt", "offer-5MB.bin", "Ærø notes.txt"]
            assert saved["offer-5MB.bin"].read_bytes() == big
            assert saved["Ærø notes.txt"].read_bytes() == small
            assert saved["checklist.txt"].read_bytes() == b"1. sign\n2. scan\n"
            assert sorted(p.name for p in downloads.iterdir()) == sorted(p.name for p in saved.values())

            # an edit: remove the big file, add another; the small one stays
            loaded = (await client.list_activities(filter={"ID": call_id}, select=["*", "FILES"])).items[0]
            big_id = next(f.id for f in await service.files(call_id) if f.name == "offer-5MB.bin")
            edit = changes.update_activity(loaded, {"FILES": [{"id": big_id, "remove": "Y"},
                                                              {"fileData": ["signed.txt", "c2lnbmVk"]}]})
            await changes.processor.drain()
            assert changes.entry(edit.id).state is EntryState.DONE
            assert [f.name for f in await service.files(call_id)] == ["Ærø notes.txt", "signed.txt"]
