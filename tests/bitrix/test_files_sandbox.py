"""``FILES`` and ``client.files`` against the in-process sandbox portal: upload encoding, listing only
when selected, download with auth, removal, and the portal's 401/404 answers as client errors."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from changes_helpers import call_fields

from desktop_app.bitrix import AuthError, BitrixClient, NotFound, Webhook
from desktop_app.bitrix.files import encode_files
from desktop_app.services.attachments import LocalFile


async def _with_files(client: BitrixClient, *files: LocalFile) -> int:
    fields = call_fields("Files on the sandbox")
    fields.files = list(files)
    return await client.activities.add(fields)


async def test_files_are_listed_only_when_selected_and_never_by_get(client: BitrixClient) -> None:
    activity_id = await _with_files(client, LocalFile("a.txt", b"a"))
    plain = (await client.list_activities(filter={"ID": activity_id})).items[0]
    assert plain.files is None
    for select in (["ID", "FILES"], ["*", "STORAGE_ELEMENT_IDS"], ["ID", "WEBDAV_ELEMENTS"]):
        [row] = (await client.list_activities(filter={"ID": activity_id}, select=select)).items
        assert row.files is not None and len(row.files) == 1
        assert f"ownerId={activity_id}" in row.files[0].url and row.files[0].url.startswith("http://sandbox.local/")
    assert (await client.get_activity(activity_id)).files is None


async def test_download_remove_and_the_portal_answers(client: BitrixClient, portal, tmp_path: Path) -> None:  # noqa: ANN001
    data = os.urandom(100_000)
    activity_id = await _with_files(client, LocalFile("data.bin", data), LocalFile("b.txt", b"b"))
    [first, second] = (await client.list_activities(filter={"ID": activity_id}, select=["ID", "FILES"])).items[0].files
    done = await client.files.download(first.url, tmp_path / "x.bin")
    assert done.path.read_bytes() == data and done.size == len(data) and done.name == "data.bin"
    assert await client.files.head(second.url) == ("b.txt", 1)

    wrong = BitrixClient.for_webhook(Webhook("http://sandbox.local", 1, "wrongcode"), transport=portal.transport())
    async with wrong:
        with pytest.raises(AuthError) as info:
            await wrong.files.download(first.url, tmp_path / "y.bin")
    assert (info.value.status, info.value.code) == (401, "NO_AUTH_FOUND")
    with pytest.raises(NotFound) as missing:  # a file id of another activity
        await client.files.download(first.url.replace(f"ownerId={activity_id}", "ownerId=1"), tmp_path / "z.bin")
    assert missing.value.status == 404

    await client.activities.update(activity_id, {"FILES": encode_files(remove_ids=[first.id])})
    [left] = (await client.list_activities(filter={"ID": activity_id}, select=["ID", "FILES"])).items[0].files
    assert left.id == second.id
    with pytest.raises(NotFound):
        await client.files.download(first.url, tmp_path / "gone.bin")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.bin"]
