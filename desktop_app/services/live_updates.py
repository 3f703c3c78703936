"""Live updates: which activities someone else changed, polled while the window is in use (issue 13 item 5).

Two modes, chosen by the session:

- **events** (an application connection, :attr:`PortalSession.app_client`): once, ``event.get`` and
  ``event.bind`` with ``event_type=offline`` for each of ``ONCRMACTIVITYADD``, ``ONCRMACTIVITYUPDATE``,
  ``ONCRMACTIVITYDELETE`` not bound yet (api-spec.md §4.16; the rest module's ``event.bind``); then
  each poll is **one** ``event.offline.get`` with ``clear=1`` and no ``process_id`` (the portal
  reserves and deletes what it returns in that same request). Each event's ``EVENT_DATA.FIELDS.ID`` is
  the activity id; the ids are handed to ``on_changes`` as a :class:`LiveChanges`.
- **delta** (a webhook only): each poll awaits ``fallback()`` — the window's existing delta refresh of
  what it shows (``services/timeline_delta.py`` through ``CachedTimelineService.refresh``).

Pacing (:meth:`LiveUpdates.interval`): every :data:`ACTIVE_INTERVAL` seconds while the window is
active; every :data:`BACKGROUND_INTERVAL` seconds once it has been inactive (another window in front,
minimised); no request at all after :data:`IDLE_AFTER` seconds inactive, until :meth:`set_active`
``(True)`` wakes the loop, which then polls at once.

Errors: a poll that fails with a :class:`~desktop_app.bitrix.errors.BitrixClientError` (portal
unreachable, expired connection…) is logged (a warning once per outage) and retried at the next interval; an ``event.bind`` that
fails leaves the events mode off for this run (the delta fallback is used when given). No Qt here.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Any

from desktop_app.bitrix import BitrixClient
from desktop_app.bitrix.errors import BitrixClientError

log = logging.getLogger(__name__)

__all__ = ["ACTIVE_INTERVAL", "ACTIVITY_EVENTS", "BACKGROUND_INTERVAL", "IDLE_AFTER", "LiveChanges", "LiveUpdates"]

#: Seconds between polls while the window is active.
ACTIVE_INTERVAL = 2.5
#: Seconds between polls while the window is inactive (in the background, minimised).
BACKGROUND_INTERVAL = 60.0
#: Seconds inactive after which polling stops until the window is active again.
IDLE_AFTER = 600.0
#: The activity events bound offline (upper case, as ``event.get`` lists them).
ACTIVITY_EVENTS = ("ONCRMACTIVITYADD", "ONCRMACTIVITYUPDATE", "ONCRMACTIVITYDELETE")
_DELETE = "ONCRMACTIVITYDELETE"
#: Events read per ``event.offline.get`` (the portal's default page).
_LIMIT = 50


@dataclass(frozen=True)
class LiveChanges:
    """Activities changed on the portal since the last poll.

    Attributes:
        changed: ids added or updated (``ONCRMACTIVITYADD``/``UPDATE``) and not deleted since.
        deleted: ids deleted (``ONCRMACTIVITYDELETE``).
    """

    changed: frozenset[int] = frozenset()
    deleted: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.changed or self.deleted)


def _activity_id(event: Any) -> int | None:
    """``EVENT_DATA.FIELDS.ID`` as a positive int (numeric strings accepted), else ``None``."""
    try:
        value = int(event["EVENT_DATA"]["FIELDS"]["ID"])
    except (KeyError, TypeError, ValueError):
        return None
    return value if value > 0 else None


def changes_from_events(events: Iterable[Any]) -> LiveChanges:
    """Fold ``event.offline.get``'s ``events`` (in queue order) into :class:`LiveChanges`; entries
    that are not activity events or carry no readable id are skipped (logged)."""
    changed: set[int] = set()
    deleted: set[int] = set()
    for event in events:
        name = str(event.get("EVENT_NAME", "")).upper() if isinstance(event, dict) else ""
        activity_id = _activity_id(event)
        if name not in ACTIVITY_EVENTS or activity_id is None:
            log.warning("offline event skipped: %s", name[:60] or "unreadable entry")
            continue
        if name == _DELETE:
            changed.discard(activity_id)
            deleted.add(activity_id)
        else:
            deleted.discard(activity_id)
            changed.add(activity_id)
    return LiveChanges(frozenset(changed), frozenset(deleted))


class LiveUpdates:
    """The polling loop (module docstring).

    Args:
        app_client: the application connection's client, or ``None`` (delta mode).
        on_changes: ``(LiveChanges) -> None``: called with the ids of each poll that found some.
        fallback: ``() -> Awaitable``: the delta refresh awaited by each poll without an application
            connection (or after ``event.bind`` failed); ``None`` = nothing to do then.
        clock: monotonic seconds (tests).
    """

    def __init__(self, app_client: BitrixClient | None, *, on_changes: Callable[[LiveChanges], Any],
                 fallback: Callable[[], Awaitable[Any]] | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._client = app_client
        self._on_changes = on_changes
        self._fallback = fallback
        self._clock = clock
        self._active = True
        self._inactive_since: float | None = None
        self._wake = asyncio.Event()
        self._bound = False
        #: Polls sent so far (one request each), for diagnostics and tests.
        self.polls = 0

    @property
    def mode(self) -> str:
        """``"events"`` (an application connection that is or may be bound) or ``"delta"``."""
        return "events" if self._client is not None else "delta"

    def set_active(self, active: bool) -> None:
        """The window became active (polls resume at once) or inactive (polls slow down, then stop)."""
        if active == self._active:
            return
        self._active = active
        self._inactive_since = None if active else self._clock()
        self._wake.set()

    def interval(self) -> float | None:
        """Seconds until the next poll, or ``None`` when idle (no poll until the window is active)."""
        if self._active or self._inactive_since is None:
            return ACTIVE_INTERVAL
        if self._clock() - self._inactive_since >= IDLE_AFTER:
            return None
        return BACKGROUND_INTERVAL

    async def bind(self) -> bool:
        """Bind the activity events offline (only those ``event.get`` does not list yet). True when
        they are bound; False (logged) when the portal refused — the events mode is then off.

        Source: ``event.get``, ``event.bind`` (``event``, ``event_type=offline``)."""
        if self._client is None:
            return False
        if self._bound:
            return True
        try:
            handlers = (await self._client.call("event.get")).result or []
            bound = {str(h.get("event", "")).upper() for h in handlers
                     if isinstance(h, dict) and str(h.get("offline", "0")) == "1"}
            for event in ACTIVITY_EVENTS:
                if event not in bound:
                    await self._client.call("event.bind", {"event": event, "event_type": "offline"})
        except BitrixClientError as exc:
            log.warning("activity events not bound (%s): live updates use the delta refresh", type(exc).__name__)
            self._client = None
            return False
        self._bound = True
        return True

    async def poll(self) -> LiveChanges:
        """One poll: ``event.offline.get`` (``clear=1``, ``limit=50``) in events mode, else the fallback
        (which reports nothing here: it updates what it shows itself).

        Raises:
            BitrixClientError: the request failed (nothing was cleared when it did not reach the portal).
        """
        self.polls += 1
        if self._client is None:
            if self._fallback is not None:
                await self._fallback()
            return LiveChanges()
        reply = await self._client.call("event.offline.get", {"clear": 1, "limit": _LIMIT})
        result = reply.result if isinstance(reply.result, dict) else {}
        events = result.get("events") or []
        return changes_from_events(events if isinstance(events, list) else [])

    async def run(self) -> None:
        """Bind (events mode), then poll until cancelled, handing changes to ``on_changes``."""
        if self._client is not None:
            await self.bind()
        failing = False
        while True:
            try:
                changes = await self.poll()
            except BitrixClientError as exc:
                # once per outage at warning level; while it lasts, every poll only at debug level
                log.log(logging.DEBUG if failing else logging.WARNING, "live update poll failed: %s", type(exc).__name__)
                failing = True
            else:
                failing = False
                if changes:
                    self._on_changes(changes)
            await self._pause()

    async def _pause(self) -> None:
        self._wake.clear()
        delay = self.interval()
        if delay is None:
            await self._wake.wait()
            return
        try:
            await asyncio.wait_for(self._wake.wait(), delay)
        except TimeoutError:
            pass
        else:
            if not self._active:  # went to the background: wait out the slower interval
                await self._pause()
