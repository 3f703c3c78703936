"""Sync badges: what a card says about a change of the user's that the portal has not confirmed yet.

The outbox (``desktop_app.store.entries.OutboxEntry``, issue 3 "no edit lost") keeps every change
until the portal confirms it; the card of the activity it is about shows a pill for the entry's
:class:`~desktop_app.store.entries.EntryState`:

=========  ==========================  =======================================================
state      pill                        meaning
=========  ==========================  =======================================================
pending    "Waiting to send"           queued (or waiting for the retry delay after a 5xx/503)
sending    "Sending…"                  the request is on its way
unknown    "Checking…"                 timeout/dropped connection: reconciled before any resend
failed     "Not saved: <code>" (red)   the portal refused it for good; the tooltip has the reason
conflict   "Changed on the portal"     the activity changed meanwhile (amber): keep mine / theirs
done       (no pill)
=========  ==========================  =======================================================

A placeholder card of a create that the portal has not confirmed yet (negative id,
``OutboxEntry.placeholder_id``) always shows at least "Waiting to send".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from desktop_app.store.entries import EntryState, OutboxEntry

__all__ = ["SyncBadge", "SyncKind", "sync_badge"]


class SyncKind(IntEnum):
    """Which pill a card shows (its colour comes from ``palette.sync_pill_colors``)."""

    PENDING = 0
    UNKNOWN = 1
    FAILED = 2
    CONFLICT = 3


@dataclass(frozen=True, slots=True)
class SyncBadge:
    """The sync pill of one card: ``kind``, ``text`` (the pill), ``detail`` (tooltip/speech sentence),
    ``entry`` (the outbox entry, ``None`` for a placeholder without one)."""

    kind: SyncKind
    text: str
    detail: str
    entry: OutboxEntry | None = None


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def sync_badge(entry: OutboxEntry | None, *, placeholder: bool = False) -> SyncBadge | None:
    """The badge for ``entry`` (``None``: no open change), or ``None`` when nothing is to be shown.

    ``placeholder``: the card is a not-yet-confirmed create (negative id); without an entry it still
    shows "Waiting to send".
    """
    state = entry.state if entry is not None else (EntryState.PENDING if placeholder else EntryState.DONE)
    if state is EntryState.DONE:
        return None
    if state is EntryState.SENDING:
        return SyncBadge(SyncKind.PENDING, translate("TimelineModel", "Sending…"),
                         translate("TimelineModel", "Your change is being sent to the portal."), entry)
    if state is EntryState.PENDING:
        detail = translate("TimelineModel", "Your change is saved on this computer and will be sent to the portal.")
        if entry is not None and entry.attempts and entry.error_text:
            detail = translate("TimelineModel", "Your change will be sent again: {reason}").format(reason=entry.error_text)
        return SyncBadge(SyncKind.PENDING, translate("TimelineModel", "Waiting to send"), detail, entry)
    if state is EntryState.UNKNOWN:
        return SyncBadge(SyncKind.UNKNOWN, translate("TimelineModel", "Checking…"),
                         translate("TimelineModel", "The connection broke after sending; checking whether the portal saved it."), entry)
    if state is EntryState.CONFLICT:
        return SyncBadge(SyncKind.CONFLICT, translate("TimelineModel", "Changed on the portal"),
                         translate("TimelineModel", "Someone changed this activity on the portal since you loaded it. "
                             "Choose whether to keep your change or take theirs."), entry)
    assert entry is not None  # FAILED
    code = entry.error_code or translate("TimelineModel", "error")
    reason = entry.error_text or code
    return SyncBadge(SyncKind.FAILED, translate("TimelineModel", "Not saved: {code}").format(code=code),
                     translate("TimelineModel", "The portal did not save your change ({code}): {reason}").format(
                         code=code, reason=reason), entry)
