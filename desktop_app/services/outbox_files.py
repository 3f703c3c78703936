"""Outbox changes that carry files (``FILES``): checked on the portal by listing, never uploaded twice.

Part of the outbox processor (:mod:`desktop_app.services.outbox`); no Qt. ``crm.activity.get`` never
returns ``FILES`` (api-spec.md §3.1.5), so the files of an activity are read with
``crm.activity.list`` (``filter: {"ID": id}``, ``select: ["ID", "FILES"]``).

- **Creates** (``crm.activity.add`` with ``FILES``): an outcome-unknown create is found by its
  ``ORIGIN_ID`` (:mod:`.outbox_reconcile`); the files come with the activity, so nothing more is needed.
- **Updates** (``crm.activity.update`` with ``FILES``: uploads and/or ``{"id", "remove": "Y"}``):
  right before each send the activity's current file ids are listed and stored with the entry
  (``before["FILES"]``, in the same write that marks it ``sending``). If the outcome is unknown, the
  files are listed again: the change is applied when every removed id is gone and at least as many
  new ids as uploads appeared since that snapshot — then it is done, and the uploads are not sent
  again. A to-do's files go this way too: ``crm.activity.todo.add`` has no ``FILES``, so
  :meth:`~desktop_app.services.changes.ChangeService.add_todo` queues a ``crm.activity.update``
  ``{FILES}`` behind the create (the sandbox and the portal accept legacy updates of to-dos).
- **Names**: once such a change is confirmed the new file ids are matched, in ascending order, to
  the uploads' names in the order sent (the portal stores them in that order) and kept in the store's
  ``file_name`` table (:class:`~desktop_app.store.file_names.FileNameStore`); names of removed files
  are dropped. Best effort: a failed listing leaves names unknown, never the change undone.
"""

from __future__ import annotations

import logging
from typing import Any

from desktop_app.bitrix.client import BitrixClient
from desktop_app.bitrix.errors import BitrixClientError
from desktop_app.bitrix.files import file_removals, file_uploads
from desktop_app.bitrix.models import ActivityFile
from desktop_app.store.entries import OutboxEntry

from .change_kinds import kind_of

log = logging.getLogger(__name__)

#: ``select`` of the listing that reads an activity's files.
FILES_SELECT = ["ID", "FILES"]


def files_of(entry: OutboxEntry) -> Any:
    """The ``FILES`` value an add/update entry (a kind with legacy ``fields``) sends, or ``None``."""
    if not kind_of(entry.method).legacy_fields:
        return None
    fields = entry.params.get("fields")
    return fields.get("FILES") if isinstance(fields, dict) and fields.get("FILES") else None


def snapshot_ids(entry: OutboxEntry) -> set[int] | None:
    """The activity's file ids stored right before the entry was last sent, or ``None`` (never sent
    with a snapshot)."""
    before = entry.before if isinstance(entry.before, dict) else None
    files = before.get("FILES") if before is not None else None
    if not isinstance(files, list):
        return None
    out: set[int] = set()
    for item in files:
        if isinstance(item, dict) and not item.get("pending"):
            try:
                out.add(int(item["id"]))
            except (KeyError, TypeError, ValueError):
                continue
    return out


class FileTracker:
    """Lists activity files for the outbox (see the module docstring).

    Args:
        client: the portal.
        names: where file names are kept (``Store.files``), or ``None`` (names not kept).
    """

    def __init__(self, client: BitrixClient, names: Any = None) -> None:
        self._client = client
        self._names = names

    async def list_files(self, activity_id: int) -> tuple[ActivityFile, ...] | None:
        """The activity's files now (``crm.activity.list``), or ``None`` when it is not found.
        Raises the client's errors."""
        page = await self._client.list_activities(filter={"ID": int(activity_id)}, select=FILES_SELECT)
        for activity in page.items:
            if activity.id == int(activity_id):
                return activity.files or ()
        return None

    async def before_send(self, entry: OutboxEntry) -> dict[str, Any] | None:
        """For an update carrying ``FILES`` of an existing activity: ``before`` with ``FILES`` set to
        the activity's current files (to store with the ``sending`` mark); ``None`` for any other
        entry. Raises the client's errors (nothing is sent then)."""
        if files_of(entry) is None or entry.is_create or not entry.activity_id:
            return None
        current = await self.list_files(int(entry.activity_id))
        listed = [{"id": f.id, "url": f.url} for f in current or ()]
        return {**(entry.before or {"ID": int(entry.activity_id)}), "FILES": listed}

    async def applied(self, entry: OutboxEntry) -> bool | None:
        """Whether an update's ``FILES`` are on the portal (outcome unknown): every removed id gone
        and ≥ as many new ids as uploads since the snapshot. ``None`` when the entry carries no
        files; ``False`` without a snapshot (it was never sent). Raises the client's errors."""
        files = files_of(entry)
        if files is None or entry.is_create:
            return None
        before = snapshot_ids(entry)
        if before is None:
            return False
        current = await self.list_files(int(entry.activity_id or 0))
        if current is None:
            return False
        ids = {f.id for f in current}
        new = ids - before
        return not (set(file_removals(files)) & ids) and len(new) >= len(file_uploads(files))

    async def confirmed(self, entry: OutboxEntry, activity_id: int | None) -> None:
        """Remember the names of the files a confirmed entry uploaded (and forget removed ones).
        Never raises: names are a convenience."""
        files = files_of(entry)
        if files is None or not activity_id or self._names is None:
            return
        try:
            removed = file_removals(files)
            if removed:
                self._names.forget(removed)
            uploads = file_uploads(files)
            if not uploads:
                return
            current = await self.list_files(activity_id)
            before = set() if entry.is_create else (snapshot_ids(entry) or set())
            new = sorted(f.id for f in current or () if f.id not in before)
            if len(new) == len(uploads):  # more (someone else's too) or fewer: no guessing
                self._names.remember(activity_id, dict(zip(new, uploads, strict=True)))
        except (BitrixClientError, OSError, ValueError) as exc:
            log.info("names of the files of activity %s not recorded: %s", activity_id, type(exc).__name__)
        except Exception:  # noqa: BLE001 - e.g. sqlite3 errors: the change itself is confirmed
            log.exception("names of the files of activity %s not recorded", activity_id)


__all__ = ["FILES_SELECT", "FileTracker", "files_of", "snapshot_ids"]
