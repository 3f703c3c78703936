"""Remembering a portal that moved (issue 10 item 1): the keyring entry and the settings follow
the new address (:class:`PortalMoveRecorder`, the client's ``on_portal_moved``), and the next start
renames the local store file after the new host (:func:`_store_after_move`). Split out of
:mod:`desktop_app.services.session`, which uses both.

Secrets: the webhook code is only copied between keyring entries; never logged or written elsewhere.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sqlite3
from dataclasses import replace
from pathlib import Path

from desktop_app.bitrix import Webhook
from desktop_app.store.db import Store, default_store_path
from desktop_app.store.recovery import StoreRecovery

from . import settings as settings_file
from .secrets import SecretStore

log = logging.getLogger("desktop_app.services.session")

__all__ = ["PortalMoveRecorder"]


class PortalMoveRecorder:
    """``on_portal_moved`` of a session's client: remembers a portal that moved (issue 10 item 1).

    Called by the client (synchronously, after it switched to the new address) for a followed cloud
    rename and for a move the user confirmed. In a worker thread, in this order (write new, then
    delete old — a failure at any step leaves a start that still finds the code):

    1. the webhook code is written under the new host's keyring entry and read back
       (:meth:`SecretStore.copy_webhook_code`);
    2. the settings get the new ``portal_url``, and ``store_host`` the host the store file is still
       named after (renamed on the next start, :meth:`PortalSession.open_store`);
    3. the old host's keyring entry is deleted.

    Only a portal the settings remember (same address and user) is saved; when the keyring cannot
    take the code, nothing is changed (the old address then redirects again on the next start, and
    is followed or asked about again): the code is never lost. Saves run one after another; await
    :meth:`wait_saved` (``PortalSession.aclose`` does).

    Args:
        webhook: the webhook the client starts with (its code is what is moved; never logged).
        secrets: the keyring store; ``None`` = nothing is remembered (demo).
    """

    def __init__(self, webhook: Webhook, secrets: SecretStore | None) -> None:
        self._webhook = webhook
        self._secrets = secrets
        self._task: asyncio.Task[None] | None = None
        #: Base URLs moved to, in order (for the window and tests).
        self.followed: list[str] = []

    def __call__(self, new_base_url: str) -> None:
        old, new = self._webhook, replace(self._webhook, base_url=new_base_url)
        self._webhook = new
        self.followed.append(new.base_url)
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            self._save(old, new)
            return
        self._task = loop.create_task(self._save_after(self._task, old, new), name="portal-move-save")

    async def wait_saved(self) -> None:
        """Return once every move so far is saved (or was logged as not saved)."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)

    async def _save_after(self, previous: asyncio.Task[None] | None, old: Webhook, new: Webhook) -> None:
        if previous is not None:
            await asyncio.shield(previous)
        await asyncio.to_thread(self._save, old, new)

    def _save(self, old: Webhook, new: Webhook) -> None:
        try:
            saved = settings_file.load()
            if saved.portal_url != old.base_url or saved.user_id != old.user_id or self._secrets is None:
                log.info("portal %s moved to %s (not the saved portal: nothing saved)", old.host, new.host)
                return
            self._secrets.copy_webhook_code(old.host, new.host, old.user_id, old.code)
            store_host = saved.store_host or old.host
            settings_file.save(saved.model_copy(update={
                "portal_url": new.base_url, "store_host": None if store_host == new.host else store_host}))
            self._secrets.forget_old_entry(old.host, new.host, old.user_id)
        except Exception as exc:  # KeyringUnavailable, OSError, ValidationError…: logged, never raised
            log.warning("portal %s moved to %s, but the new address could not be saved (%s); the next start "
                        "uses %s again", old.host, new.host, type(exc).__name__, old.host)
            return
        log.info("portal %s moved to %s: the address and the keyring entry are saved for the next start",
                 old.host, new.host)


def _store_after_move(store_host: str | None, portal_host: str, user_id: int) -> tuple[Path, StoreRecovery | None]:
    """The store file to open for ``portal_host`` and the recovery report of a damaged old file.

    When the portal moved (``store_host``, the host the file is still named after), the old file is
    opened once (its WAL replayed and checkpointed; a damaged one recovered) and closed, then renamed
    to the new host's name, and ``Settings.store_host`` cleared. The old file is used as it is when
    that cannot be done safely: the settings do not (yet) name ``portal_host`` (the move was not
    saved: the next start looks for the old name again), a new-host file exists already, the WAL
    stayed behind, or the old file cannot be opened (locked, newer: :meth:`PortalSession.open_store`
    then reports it).
    """
    new_path = default_store_path(portal_host, user_id)
    if not store_host or store_host == portal_host:
        return new_path, None
    old_path = default_store_path(store_host, user_id)
    if old_path == new_path or not old_path.exists():
        _forget_store_host(portal_host)
        return new_path, None
    if settings_file.load().portal_host != portal_host:
        return old_path, None
    if new_path.exists():
        log.warning("both %s and %s exist; the store of the old address is kept in use", old_path.name, new_path.name)
        return old_path, None
    try:
        with Store.open(old_path) as old:
            recovered = old.recovery
        if Path(f"{old_path}-wal").exists():
            return old_path, recovered
        os.replace(old_path, new_path)
        Path(f"{old_path}-shm").unlink(missing_ok=True)
    except (sqlite3.Error, OSError) as exc:
        log.warning("the store %s stays under its old name (%s)", old_path.name, type(exc).__name__)
        return old_path, None
    log.info("the portal moved: store %s renamed to %s", old_path.name, new_path.name)
    _forget_store_host(portal_host)
    return new_path, recovered


def _forget_store_host(portal_host: str) -> None:
    current = settings_file.load()
    if current.store_host is not None and current.portal_host == portal_host:
        try:
            settings_file.save(current.model_copy(update={"store_host": None}))
        except OSError as exc:
            log.warning("settings not saved (%s)", exc.strerror or exc)
