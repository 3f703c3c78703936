"""The details load includes the activity's files, named when Activity Desk knows the name."""

from __future__ import annotations

from changes_helpers import call_fields

from desktop_app.bitrix import BitrixClient
from desktop_app.services.attachments import AttachmentService, LocalFile
from desktop_app.services.details import DetailsService
from desktop_app.store import Store


async def test_details_list_the_files_with_known_names(client: BitrixClient, tmp_path) -> None:  # noqa: ANN001
    fields = call_fields("Details with files")
    fields.files = [LocalFile("a.txt", b"a"), LocalFile("b.txt", b"b")]
    activity_id = await client.activities.add(fields)
    with Store.open(tmp_path / "s.sqlite3") as store:
        before = await DetailsService(client, store.files).load(activity_id)
        assert [f.name for f in before.files] == [None, None]
        assert before.activity.files is not None and len(before.activity.files) == 2
        await AttachmentService(client, store.files).download(activity_id, before.files[1], tmp_path)
        after = await DetailsService(client, store.files).load(activity_id)
    assert [f.name for f in after.files] == [None, "b.txt"]
    assert [f.id for f in after.files] == [f.id for f in before.files]


async def test_an_activity_without_files_has_none(client: BitrixClient) -> None:
    details = await DetailsService(client).load(await client.activities.add(call_fields("No files")))
    assert details.files == [] and details.activity.files == ()
