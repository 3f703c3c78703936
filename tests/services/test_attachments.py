"""Attachments in the services: reading a user's file (limits, unreadable files), the drafts' checks
and FILES encoding, and listing/downloading an activity's files on the in-process sandbox portal."""

from __future__ import annotations

import os
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from changes_helpers import call_fields

from desktop_app.bitrix import BitrixClient, NotFound
from desktop_app.bitrix.errors import FileUrlRefused
from desktop_app.bitrix.models import Activity
from desktop_app.services.activity_draft import ActivityDraft
from desktop_app.services.attachments import (
    MAX_FILE_BYTES,
    MAX_FILES,
    AttachmentProblem,
    AttachmentService,
    LocalFile,
    PortalFile,
    check_files,
    read_local_file,
)
from desktop_app.services.todo import TodoDraft
from desktop_app.store import Store

TZ = timezone(timedelta(hours=3))


# -- the user's files ----------------------------------------------------------------------------

def test_a_readable_file_is_read_with_its_base_name(tmp_path: Path) -> None:
    path = tmp_path / "Ærø offer.pdf"
    path.write_bytes(b"%PDF")
    assert read_local_file(path) == LocalFile("Ærø offer.pdf", b"%PDF")
    assert read_local_file(str(path)).size == 4


def test_each_unusable_file_gets_its_code(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    big = tmp_path / "big.bin"
    big.write_bytes(b"x" * 101)
    locked = tmp_path / "locked.txt"
    locked.write_bytes(b"secret")
    locked.chmod(0)
    cases = {empty: "empty", big: "too_large", tmp_path: "not_a_file", tmp_path / "gone.txt": "unreadable"}
    if os.geteuid() != 0:  # root reads anything
        cases[locked] = "unreadable"
    for path, code in cases.items():
        with pytest.raises(AttachmentProblem) as info:
            read_local_file(path, max_bytes=100)
        assert info.value.code == code and info.value.path == str(path)
        assert path.name in str(info.value)  # the message names the file
    with pytest.raises(AttachmentProblem) as info:
        read_local_file(big, max_bytes=100)
    assert info.value.limit == 100


def test_limits_of_one_change() -> None:
    check_files([LocalFile(f"{i}.txt", b"x") for i in range(MAX_FILES)])
    with pytest.raises(AttachmentProblem) as info:
        check_files([LocalFile(f"{i}.txt", b"x") for i in range(MAX_FILES + 1)])
    assert (info.value.code, info.value.limit) == ("too_many", 10)
    with pytest.raises(AttachmentProblem) as info:
        check_files([LocalFile("huge.bin", b"\0" * (MAX_FILE_BYTES + 1))])
    assert (info.value.code, info.value.path, info.value.limit) == ("too_large", "huge.bin", 20 * 1024 * 1024)


def test_drafts_name_the_files_problem() -> None:
    files = tuple(LocalFile(f"{i}.txt", b"x") for i in range(MAX_FILES + 1))
    todo = TodoDraft(2, 1, deadline_text="2026-12-04 10:00", title="Call back", files=files)
    assert [(p.field, p.rule) for p in todo.problems(TZ)] == [("FILES", "too_many")]
    draft = ActivityDraft(2, 1, subject="Offer", files=(LocalFile("e.txt", b""),))
    assert ("FILES", "empty") in [(p.field, p.rule) for p in draft.problems(TZ)]


def test_an_edit_sends_only_the_new_files_and_the_removals() -> None:
    original = Activity.from_api({"ID": "7", "TYPE_ID": "2", "SUBJECT": "Offer", "OWNER_TYPE_ID": "2", "OWNER_ID": "1",
                                  "DIRECTION": "2", "PRIORITY": "2", "DESCRIPTION_TYPE": "1",
                                  "FILES": [{"id": 3, "url": "http://sandbox.local/f?fileId=3"}]})
    draft = ActivityDraft.from_activity(original, TZ)
    assert draft.to_update(original, TZ).fields == {}  # nothing touched: nothing sent
    draft.files = (LocalFile("new.txt", b"hi"),)
    draft.remove_file_ids = (3,)
    assert draft.to_update(original, TZ).fields == {"FILES": [{"fileData": ["new.txt", "aGk="]},
                                                              {"id": 3, "remove": "Y"}]}


# -- listing and downloading on the sandbox --------------------------------------------------------

async def test_files_are_listed_and_downloaded_byte_identical_with_names_learnt(
        client: BitrixClient, tmp_path: Path) -> None:
    data = os.urandom(70_000)
    fields = call_fields("With files")
    fields.files = [LocalFile("Ærø €.bin", data), LocalFile("notes.txt", b"hello")]
    activity_id = await client.activities.add(fields)
    with Store.open(tmp_path / "s.sqlite3") as store:
        service = AttachmentService(client, store.files)
        files = await service.files(activity_id)
        assert [f.name for f in files] == [None, None]  # the portal gives ids and urls only
        first = await service.download(activity_id, files[0], tmp_path)  # a folder: the portal's name
        assert first == tmp_path / "Ærø €.bin" and first.read_bytes() == data
        again = await service.download(activity_id, files[0], tmp_path)  # never overwrites in a folder
        assert again == tmp_path / "Ærø € (1).bin" and again.read_bytes() == data
        exact = await service.download(activity_id, files[1], tmp_path / "chosen.txt")  # a file path: exactly there
        assert exact.read_bytes() == b"hello"
        named = await service.files(activity_id)
        assert [f.name for f in named] == ["Ærø €.bin", "notes.txt"]  # learnt from the downloads
        listed = (await client.list_activities(filter={"ID": activity_id}, select=["ID", "FILES"])).items[0]
        assert [f.name for f in service.portal_files(listed)] == ["Ærø €.bin", "notes.txt"]
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


async def test_unknown_activity_and_foreign_urls_are_errors(client: BitrixClient, tmp_path: Path) -> None:
    service = AttachmentService(client)
    with pytest.raises(NotFound):
        await service.files(987654)
    foreign = PortalFile(1, "https://evil.example/bitrix/tools/crm_show_file.php?fileId=1&auth=", None)
    with pytest.raises(FileUrlRefused):
        await service.download(1, foreign, tmp_path)
    assert list(tmp_path.iterdir()) == []


async def test_a_removed_file_answers_not_found(client: BitrixClient, tmp_path: Path) -> None:
    fields = call_fields("Removed")
    fields.files = [LocalFile("gone.txt", b"bye")]
    activity_id = await client.activities.add(fields)
    service = AttachmentService(client)
    [file] = await service.files(activity_id)
    await client.activities.update(activity_id, {"FILES": [{"id": file.id, "remove": "Y"}]})
    assert await service.files(activity_id) == []
    with pytest.raises(NotFound):
        await service.download(activity_id, file, tmp_path / "gone.txt")
    assert list(tmp_path.iterdir()) == []


async def test_names_are_asked_of_the_portal_once_and_kept(client: BitrixClient, tmp_path: Path) -> None:
    """Cards show names, not "File <id>": ``learn_names`` HEADs each file URL (no body read), keeps
    the names in the store, and leaves out a file the portal will not describe (gone, foreign)."""
    fields = call_fields("Named later")
    fields.files = [LocalFile("Offer Ærø.pdf", b"%PDF-1.4"), LocalFile("gone.txt", b"bye")]
    activity_id = await client.activities.add(fields)
    with Store.open(tmp_path / "s.sqlite3") as store:
        service = AttachmentService(client, store.files)
        offer, gone = await service.files(activity_id)
        await client.activities.update(activity_id, {"FILES": [{"id": gone.id, "remove": "Y"}]})
        foreign = (999, "https://evil.example/bitrix/tools/crm_show_file.php?fileId=999&auth=")
        learnt = await service.learn_names([(activity_id, offer.id, offer.url), (activity_id, gone.id, gone.url),
                                            (activity_id, *foreign)])
        assert learnt == {offer.id: "Offer Ærø.pdf"}
        assert [f.name for f in await service.files(activity_id)] == ["Offer Ærø.pdf"]  # kept for next time
    assert list(tmp_path.glob("*.part")) == []
