"""The activity timeline of a CRM entity: list model, card delegate, date texts and the panel.

``TimelineModel`` (rows, order, paging hooks, roles) + ``TimelineDelegate`` (painting each row with
the one card painter, :mod:`desktop_app.ui.cards`) for a ``TimelineView`` (``QListView``, batched
layout of measured rows: Pinned / Planned / History sections, each headed by its first row).
``panel.TimelinePanel`` is the widget the main window shows (import it from
``desktop_app.ui.timeline.panel``); the cards' own clicks, keys, pins and the empty state are
``card_actions.CardActions``.
Sources: server-behaviour.md §4.1–4.2, §4.7, §4.9; style.md §6–7.
"""

from typing import Any

from .cards import CardData, CardState, Section
from .format import card_date_text, deadline_pill_text
from .model import ActivityRole, CardDataRole, CardStateRole, SyncRole, TimelineModel
from .sync import SyncBadge, SyncKind

__all__ = [
    "ActivityRole",
    "CardData",
    "CardDataRole",
    "CardState",
    "CardStateRole",
    "Section",
    "SyncBadge",
    "SyncKind",
    "SyncRole",
    "TimelineDelegate",
    "TimelineModel",
    "card_date_text",
    "deadline_pill_text",
]


def __getattr__(name: str) -> Any:
    """``TimelineDelegate`` is imported on first use: the delegate imports the card painter, whose
    timeline card imports this package's palette, so an eager import here would be circular for
    whoever imports :mod:`desktop_app.ui.cards` first."""
    if name == "TimelineDelegate":
        from .delegate import TimelineDelegate

        return TimelineDelegate
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
