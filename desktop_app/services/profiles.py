"""Profiles: the portals (and users) Activity Desk can open, kept in the settings file (issue 14 item 3; no Qt).

A :class:`Profile` names a portal address, the user the profile acts as, and which connections it
keeps: a webhook (code in the keyring) and/or an application (client secret and tokens in the
keyring). The settings file holds the list and the current one (:attr:`Settings.profiles`,
:attr:`Settings.current_profile`); its older single-portal fields ``portal_url`` / ``user_id`` /
``store_host`` mirror the current profile, so:

- a file written before profiles existed (only those fields) reads as one webhook profile, made
  current, and is written back that way on the next save (:func:`list_profiles` and friends migrate it);
- a change made to those fields by the code that follows a moved portal
  (:mod:`~desktop_app.services.portal_moves`: new address, the host the store is named after) is
  taken into the current profile (same user id, other address or store host: the portal moved);
- an older Activity Desk still opens the current portal.

Removing a profile (:func:`remove_profile`) deletes its keyring entries (webhook code, client secret,
tokens), its local store (outbox, timeline and entity-list caches, pins, file names: one SQLite file
with its ``-wal``/``-shm``), and the profile itself; the profile open in a running session is refused
(:class:`ProfileInUse`) until that session is closed.

Secrets never reach the settings file: :class:`Profile` has no field for them and rejects unknown fields.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

from desktop_app.store.db import default_store_path

from . import settings as settings_file
from .secrets import SecretStore
from .settings import Profile, Settings

__all__ = [
    "Profile", "ProfileInUse", "ProfileNotFound", "current_profile", "list_profiles", "profile_id",
    "profile_store_paths", "queued_changes", "remove_profile", "save_profile", "set_current_profile",
]

log = logging.getLogger(__name__)

#: Files SQLite keeps next to a store file.
_SIDE_FILES = ("-wal", "-shm", "-journal")


class ProfileNotFound(LookupError):
    """No saved profile has this id (the message names it)."""


class ProfileInUse(RuntimeError):
    """The profile is open in this running Activity Desk: close its session (or switch to another
    portal) before removing it. The message says so in the user's words."""


def profile_id(portal_url: str, user_id: int) -> str:
    """The id of a new profile: ``<user id>@<host[:port]>`` (lower case), e.g. ``1@acme.bitrix24.com``.

    Raises:
        ValueError: ``portal_url`` is not a portal address (see :class:`Profile`), ``user_id`` < 1.
    """
    base = Profile(id="x", portal_url=portal_url, user_id=user_id).portal_url
    return f"{user_id}@{urlsplit(base).netloc}"


def _mirror(settings: Settings, profiles: tuple[Profile, ...], current: str | None) -> Settings:
    """``settings`` with ``profiles``/``current`` and the single-portal fields copied from the current one."""
    chosen = next((p for p in profiles if p.id == current), None)
    return settings.model_copy(update={
        "profiles": profiles, "current_profile": chosen.id if chosen else None,
        "portal_url": chosen.portal_url if chosen else None, "user_id": chosen.user_id if chosen else None,
        "store_host": chosen.store_host if chosen else None})


def _reconciled(settings: Settings) -> Settings:
    """The settings with the profiles made consistent with the single-portal fields (module docstring)."""
    profiles = list(settings.profiles or ())
    current = settings.current_profile
    if current is not None and all(p.id != current for p in profiles):
        current = None
    if settings.portal_url and settings.user_id:
        url, user, host = settings.portal_url, settings.user_id, settings.store_host
        chosen = next((p for p in profiles if p.id == current), None)
        if chosen is not None and chosen.user_id == user:
            if (chosen.portal_url, chosen.store_host) != (url, host):  # the portal moved (portal_moves)
                moved = chosen.model_copy(update={"portal_url": url, "store_host": host})
                profiles[profiles.index(chosen)] = moved
        else:
            same = next((p for p in profiles if (p.portal_url, p.user_id) == (url, user)), None)
            if same is None:  # a file from before profiles (or written by an older Activity Desk)
                same = Profile(id=_free_id(profile_id(url, user), profiles), portal_url=url, user_id=user,
                               webhook=True, store_host=host)
                profiles.append(same)
                log.info("settings: the saved portal %s became profile %s", same.portal_host, same.id)
            current = same.id
    elif current is None and profiles:
        current = profiles[0].id
    return _mirror(settings, tuple(profiles), current)


def _free_id(wanted: str, profiles: list[Profile]) -> str:
    taken = {p.id for p in profiles}
    candidate, n = wanted, 2
    while candidate in taken:
        candidate, n = f"{wanted}-{n}", n + 1
    return candidate


def _load(*, for_saving: bool = False) -> Settings:
    """The settings, with an older file's single portal migrated into a profile and damaged profile
    entries dropped; written back when that changed a readable file (errors logged), so a secret typed
    into a hand-edited entry does not stay on disk. Reading never moves a damaged file aside nor creates
    one — the start does that and tells the user (``desktop_app.app``); ``for_saving``: about to be
    saved, so a damaged file is moved aside first (:func:`settings_file.load`)."""
    with settings_file.read_once():  # load and holds_settings look at the same bytes
        loaded = settings_file.load(set_aside=for_saving)
        settings = _reconciled(loaded)
        write_back = settings != loaded and settings_file.holds_settings()
    if write_back:
        try:
            settings_file.save(settings)
        except OSError as exc:
            log.warning("settings not saved (%s)", exc.strerror or exc)
    return settings


def list_profiles() -> list[Profile]:
    """The saved profiles, in the order they were added (a file from before profiles: its one portal)."""
    return list(_load().profiles or ())


def current_profile() -> Profile | None:
    """The profile opened at start (the last one connected or switched to), or ``None``."""
    settings = _load()
    return next((p for p in settings.profiles or () if p.id == settings.current_profile), None)


def save_profile(profile: Profile, *, make_current: bool = True) -> Profile:
    """Add ``profile`` or update the saved one with its id, or with its portal and user (then the saved
    id is kept, and the connections add up: ``webhook`` stays True and ``app_client_id`` stays set
    unless ``profile`` names another). ``make_current``: open it at the next start.

    Returns:
        The profile as saved (its id may be the earlier profile's of the same portal and user).

    Raises:
        OSError: the settings file cannot be written.
    """
    settings = _load(for_saving=True)
    profiles = list(settings.profiles or ())
    same = next((p for p in profiles if p.id == profile.id), None) or next(
        (p for p in profiles if (p.portal_url, p.user_id) == (profile.portal_url, profile.user_id)), None)
    if same is None:
        saved = profile
        profiles.append(saved)
    else:
        saved = profile.model_copy(update={
            "id": same.id, "label": profile.label or same.label, "webhook": profile.webhook or same.webhook,
            "app_client_id": profile.app_client_id or same.app_client_id,
            "store_host": profile.store_host if profile.portal_url != same.portal_url else same.store_host})
        profiles[profiles.index(same)] = saved
    current = saved.id if make_current else settings.current_profile
    settings_file.save(_mirror(settings, tuple(profiles), current))
    return saved


def set_current_profile(profile_id_: str) -> Profile:
    """Open profile ``profile_id_`` at the next start (a switch).

    Raises:
        ProfileNotFound: no such profile. OSError: the settings file cannot be written.
    """
    settings = _load(for_saving=True)
    profile = _find(settings, profile_id_)
    settings_file.save(_mirror(settings, settings.profiles or (), profile.id))
    return profile


def _find(settings: Settings, wanted: str) -> Profile:
    for profile in settings.profiles or ():
        if profile.id == wanted:
            return profile
    raise ProfileNotFound(f"There is no saved portal profile {wanted!r}.")


def profile_store_paths(profile: Profile) -> list[Path]:
    """The profile's local store file(s): ``store-<host>-<user id>.sqlite3`` for its host, and for the
    host the file is still named after when the portal moved (:attr:`Profile.store_host`). The
    entity-list cache, the timeline cache, pins and file names live in that same file."""
    hosts = [profile.portal_host] + ([profile.store_host] if profile.store_host else [])
    return list(dict.fromkeys(default_store_path(host, profile.user_id) for host in hosts))


def queued_changes(profile: Profile) -> int:
    """How many changes in the profile's outbox are not yet confirmed by the portal (0 when it has no
    store, or it cannot be read: logged). Reads the file read-only; never changes it."""
    total = 0
    for path in profile_store_paths(profile):
        if not path.exists():
            continue
        try:
            conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                total += conn.execute("SELECT COUNT(*) FROM outbox WHERE state != 'done'").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            log.warning("the outbox of %s could not be counted (%s)", path.name, exc)
    return total


def remove_profile(profile_id_: str, secrets: SecretStore) -> None:
    """Forget a profile: its keyring entries (webhook code; the application's client secret and tokens),
    its local store (with the queued changes and caches in it: :func:`profile_store_paths`, and their
    ``-wal``/``-shm``), then the profile. When it was the current profile, the first remaining one
    becomes current (none: the next start asks to connect).

    Blocking (keyring, files): run it in a worker thread from the UI.

    Raises:
        ProfileNotFound: no such profile.
        ProfileInUse: its session is open in this process (close it first: nothing was deleted).
        KeyringUnavailable: the keyring failed while deleting (the profile and its store are kept, so
            removing it can be tried again).
        OSError: a store file or the settings file could not be deleted / written (what was deleted so
            far stays deleted; the profile is kept and can be removed again).
    """
    from .connection import open_profile_ids

    profile = _find(_load(), profile_id_)
    if profile.id in open_profile_ids():
        raise ProfileInUse(f"The portal {profile.portal_host} is open in this window. Switch to another portal "
                           "or close it before removing it.")
    hosts = {profile.portal_host} | ({profile.store_host} if profile.store_host else set())
    for host in sorted(hosts):
        secrets.delete_webhook_code(host, profile.user_id)
        if profile.app_client_id:
            secrets.delete_application(host, profile.app_client_id)
    for path in profile_store_paths(profile):
        for name in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
            try:
                os.unlink(name)
            except FileNotFoundError:
                continue
            log.info("deleted %s of the removed profile %s", name.name, profile.id)
    settings = _load(for_saving=True)
    left = tuple(p for p in settings.profiles or () if p.id != profile.id)
    current = settings.current_profile if settings.current_profile != profile.id else (left[0].id if left else None)
    settings_file.save(_mirror(settings, left, current))
    log.info("removed the portal profile %s", profile.id)
