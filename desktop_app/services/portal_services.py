"""The ONE place that builds the services of a portal session (issue 13 item 1; no Qt).

:func:`build_services` opens the session's local store (outbox, caches), loads or saves the
employees for an offline start, and builds every service the window and its widgets use, all on the
session's connections: :attr:`PortalSession.client` (the webhook's client, or the application's for an
application-only profile) for everything, and :attr:`PortalSession.app_client` for what only an
application may do (:class:`~desktop_app.services.app_features.ApplicationFeatures`). The main window
keeps the result as ``window.services`` and hands the parts to its widgets; widgets never build services.

A store that cannot be opened (:class:`~desktop_app.services.session.StoreUnavailable`) does not stop
the session: :attr:`PortalServices.store_problem` says why, :attr:`PortalServices.changes` is ``None``
(every change is then refused with that reason), and reading works without the caches.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from desktop_app.store.entity_cache import EntityListCache
from desktop_app.store.file_names import FileNameStore
from desktop_app.store.pins import PinStore

from .app_features import ApplicationFeatures
from .attachments import AttachmentService
from .bulk import BulkService
from .cached_timeline import CachedTimelineService
from .catalog import PortalCatalog
from .changes import ChangeService
from .contacts import ContactDirectory
from .counters import CountersService
from .details import DetailsService
from .entities import EntityService
from .my_activities import MyActivitiesService
from .session import PortalSession, StoreUnavailable
from .timeline import TimelineService

__all__ = ["PortalServices", "build_services"]

log = logging.getLogger(__name__)


@dataclass
class PortalServices:
    """Every service of one open portal (built by :func:`build_services`).

    Attributes:
        session: the session they work on.
        timeline: timelines (``crm.activity.list``…, :class:`TimelineService`).
        entities: the entity browser's lists (``crm.item.list``), with the saved pages of the store.
        counters: the entity list's activity counters.
        my_activities: the current user's open activities across all entities.
        catalog: the portal's catalog (activity types, communication channels…).
        contacts: entities' parties (``crm.<type>.list`` with ``PHONE``/``EMAIL``).
        details: the details pane's reads (activity, bindings, files).
        app_features: what only an application connection may do (``session.app_client``; its
            ``unavailable`` says why not for a webhook-only session).
        changes: the change service on the store (every write goes through it), ``None`` when the store
            cannot be opened (see :attr:`store_problem`).
        store_problem: why the store could not be opened, else ``None``.
        cached_timeline: the timeline remembered per entity in the store's cache (``None`` without a store).
        attachments: file names of the timeline's cards (``HEAD`` of each file URL), kept in the store.
        bulk: bulk actions on a multi-selection (``None`` without a change service).
        pins: pinned cards per portal (``None`` without a store).
        file_names: names of files seen here (``None`` without a store).
    """

    session: PortalSession
    timeline: TimelineService
    entities: EntityService
    counters: CountersService
    my_activities: MyActivitiesService
    catalog: PortalCatalog
    contacts: ContactDirectory
    details: DetailsService
    app_features: ApplicationFeatures
    changes: ChangeService | None
    store_problem: StoreUnavailable | None
    cached_timeline: CachedTimelineService | None = None
    attachments: AttachmentService | None = None
    bulk: BulkService | None = None
    pins: PinStore | None = None
    file_names: FileNameStore | None = None


def _clock(session: PortalSession) -> Callable[[], datetime]:
    return session.clock if session.clock is not None else (lambda: datetime.now(UTC))


def _entity_cache(session: PortalSession) -> EntityListCache | None:
    if session.store is None:
        return None
    try:
        return EntityListCache.of_store(session.store)
    except sqlite3.Error as exc:
        log.warning("saved entity lists unavailable: %s", exc)
        return None


def build_services(session: PortalSession, *, lang: str = "en") -> PortalServices:
    """Open ``session``'s store and build its services (idempotent for the store: a second call reuses it).

    Args:
        session: an open portal (online or offline).
        lang: the interface language (``"en"``/``"ru"``) for texts the portal keeps per language
            (badges' titles).

    Returns:
        The session's :class:`PortalServices`. Never raises for a store that cannot be opened
        (:attr:`PortalServices.store_problem`).
    """
    try:
        changes: ChangeService | None = session.open_store()
        problem = None
    except StoreUnavailable as exc:
        changes, problem = None, exc
    if session.offline:
        session.load_saved_users()
    else:
        session.save_users()
    client = session.client
    store = session.store
    timeline = TimelineService(client)
    cache = getattr(store, "cache", None)
    pins = PinStore.of(cache) if cache is not None else None
    file_names = FileNameStore(pins.connection) if pins is not None else None
    return PortalServices(
        session=session,
        timeline=timeline,
        entities=EntityService(client, _entity_cache(session)),
        counters=CountersService(client, clock=session.clock),
        my_activities=MyActivitiesService(client, users=session.users, me_id=session.me.id, tz=session.tz,
                                          clock=session.clock),
        catalog=PortalCatalog(client),
        contacts=ContactDirectory(client),
        details=DetailsService(client, store.files if store is not None else None),
        app_features=ApplicationFeatures(session.app_client, lang=lang,
                                         webhook_client=client if client is not session.app_client else None),
        changes=changes,
        store_problem=problem,
        cached_timeline=CachedTimelineService(timeline, cache, clock=_clock(session)) if cache is not None else None,
        attachments=AttachmentService(client, file_names),
        bulk=BulkService(changes) if changes is not None else None,
        pins=pins,
        file_names=file_names,
    )
