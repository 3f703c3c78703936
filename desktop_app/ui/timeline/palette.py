"""Colours and glyphs of timeline cards (Bitrix24 web timeline values).

Sources: server-behaviour.md §4.1 (design tokens), §4.2 (icon circle colours, card backgrounds,
label colours), §4.7 (deadline pill ``#fef3b8``), §4.9 (todo palette: ``color`` is the icon circle,
``itemBackground`` the card). Pill text colours are the Bitrix label colours, darkened where needed
to reach a 4.5:1 contrast (style.md §7).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop_app.bitrix.models import Activity, ActivityType, Direction

from .cards import CardData, CardState
from .sync import SyncKind

__all__ = ["TODO_PALETTE", "card_background", "circle_color", "glyph_name", "pill_colors", "sync_pill_colors"]

#: colorId (``None`` = default) → (icon circle, card background) — server-behaviour.md §4.9.
TODO_PALETTE: dict[str | None, tuple[str, str]] = {
    None: ("#FFC34D", "#FEFCEE"),
    "1": ("#4090C7", "#F4FCFE"),
    "2": ("#29D9D0", "#F2FFFE"),
    "3": ("#F57E02", "#FFF7EF"),
    "4": ("#8FB035", "#FAFDED"),
    "5": ("#B37DC4", "#FCFAFF"),
    "6": ("#858F9E", "#FCFCFD"),
    "7": ("#DA7790", "#FFF8FB"),
}

_CIRCLE = {
    CardState.PLANNED: QColor("#2fc6f6"),    # --ui-color-primary
    CardState.OVERDUE: QColor("#ff5752"),    # --ui-color-text-alert ("failure")
    CardState.INCOMING: QColor("#9dcf00"),   # --ui-color-primary-alt
    CardState.COMPLETED: QColor("#a8adb4"),  # base-50: history is grey
}
_TODO_CIRCLE = {key: QColor(value[0]) for key, value in TODO_PALETTE.items()}
_TODO_BACKGROUND = {key: QColor(value[1]) for key, value in TODO_PALETTE.items()}
_PLANNED_BACKGROUND = QColor("#FFFEEF")
_HISTORY_BACKGROUND = QColor("#FFFFFF")

#: state → (pill background, pill text).
_PILL = {
    CardState.OVERDUE: (QColor(255, 87, 82, 43), QColor("#c21b16")),   # failure label, alpha .17
    CardState.INCOMING: (QColor("#e2f1b3"), QColor("#4a6200")),        # success label, text darkened
    CardState.COMPLETED: (QColor("#e6e7e9"), QColor("#525c69")),       # secondary label
    CardState.PLANNED: (QColor("#fef3b8"), QColor("#7a5100")),         # deadline pill / warning text
}


#: sync kind → (pill background, pill text); texts reach 4.5:1 on their background.
_SYNC_PILL = {
    SyncKind.PENDING: (QColor("#dff4fd"), QColor("#005c8a")),     # primary, light
    SyncKind.UNKNOWN: (QColor("#e6e7e9"), QColor("#3b434f")),     # neutral
    SyncKind.FAILED: (QColor("#c21b16"), QColor("#ffffff")),      # failure: solid red, white text
    SyncKind.CONFLICT: (QColor("#ffc34d"), QColor("#3d2a00")),    # warning: amber
}


def sync_pill_colors(kind: SyncKind) -> tuple[QColor, QColor]:
    """(background, text) of a sync pill (see ``sync``): blue pending, grey checking, red failed,
    amber conflict."""
    return _SYNC_PILL[kind]


def circle_color(card: CardData) -> QColor:
    """Icon circle colour: red overdue, green incoming, grey history, todo palette for planned todos,
    else blue."""
    if card.state == CardState.PLANNED and card.activity.is_todo:
        return _TODO_CIRCLE[card.activity.color_id]
    return _CIRCLE[card.state]


def card_background(card: CardData) -> QColor:
    """Card fill: white for history, the todo's ``itemBackground`` for open todos, else ``#FFFEEF``."""
    if card.state == CardState.COMPLETED:
        return _HISTORY_BACKGROUND
    if card.activity.is_todo:
        return _TODO_BACKGROUND[card.activity.color_id]
    return _PLANNED_BACKGROUND


def pill_colors(state: CardState) -> tuple[QColor, QColor]:
    """(background, text) of the state pill."""
    return _PILL[state]


def glyph_name(activity: Activity) -> str:
    """qtawesome ``mdi6`` icon name for the activity's kind (white glyph on the circle)."""
    if activity.is_todo:
        return "mdi6.clipboard-check-outline"
    kind = activity.kind
    if kind == ActivityType.CALL:
        if activity.direction == Direction.INCOMING:
            return "mdi6.phone-incoming"
        if activity.direction == Direction.OUTGOING:
            return "mdi6.phone-outgoing"
        return "mdi6.phone"
    if kind == ActivityType.EMAIL:
        return "mdi6.email-outline"
    if kind == ActivityType.MEETING:
        return "mdi6.account-group"
    if kind == ActivityType.TASK:
        return "mdi6.format-list-checks"
    if kind == ActivityType.ACTION:
        return "mdi6.calendar-blank-outline"
    if kind == ActivityType.PROVIDER:
        return "mdi6.puzzle-outline"
    return "mdi6.bell-outline"
