"""What the timeline's cards draw besides the activity rows, read for :meth:`ApplicationFeatures.card_extras
<desktop_app.services.app_features.ApplicationFeatures.card_extras>` (issue 13; no Qt).

:func:`card_commands` builds the ``batch`` commands (``crm.activity.configurable.get`` per configurable
activity, ``crm.activity.layout.blocks.get`` per other activity, one ``crm.activity.badge.list``),
:func:`read_card_batch` reads the reply command by command (an unreadable or refused answer spoils only its own
card), and :func:`rows_layouts` reads what the ``crm.activity.list`` rows hold themselves (``PROVIDER_DATA`` is
the configurable activity's layout as JSON, ``PROVIDER_PARAMS`` ``{clientId, badgeCode}``; server-behaviour.md
§1.7) for a webhook-only or offline connection. Sources: api-spec.md §4.12–4.14, §2.4 (batch).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop_app.bitrix.badges import Badge
from desktop_app.bitrix.configurable import CONFIGURABLE_PROVIDER
from desktop_app.bitrix.errors import BadResponse, BitrixClientError, NotFound
from desktop_app.bitrix.prepared import PreparedCall

if TYPE_CHECKING:
    from desktop_app.bitrix import BitrixClient
    from desktop_app.bitrix.batch import BatchReply
    from desktop_app.bitrix.models import Activity

__all__ = ["NO_BLOCK_TYPES", "CardBatch", "CardExtras", "badges_by_activity", "card_commands", "read_card_batch",
           "rows_layouts"]

#: Legacy activity types the portal never takes layout blocks on (3 task, 5 system action;
#: ``UNSUITABLE_ACTIVITY_TYPE_ERROR``, server-behaviour.md §1.11): no ``layout.blocks.get`` for them.
NO_BLOCK_TYPES = (3, 5)
#: The ``batch`` command name of the badge list (activity commands are ``c<id>`` and ``b<id>``).
BADGES = "badges"


@dataclass(frozen=True)
class CardExtras:
    """What the timeline's cards draw besides the activity rows.

    Attributes:
        layouts: configurable activity id → its LayoutDto (``crm.activity.configurable.get`` ``layout``, or
            ``PROVIDER_DATA`` without an application connection).
        blocks: other activity id → this application's RestAppLayoutDto ``{"blocks": {…}}``
            (``crm.activity.layout.blocks.get``; only activities that have some).
        badges: configurable activity id → the :class:`Badge` its ``badgeCode`` names (known badges only).
        own: configurable activity ids created by this application (it may update them).
        failed: activity id → the error its call got (other than "not found": e.g. ``AccessDenied``, or a
            ``BadResponse`` for an answer that could not be read), for a note on the card.
        requests: HTTP requests used.
    """

    layouts: dict[int, dict[str, Any]] = field(default_factory=dict)
    blocks: dict[int, dict[str, Any]] = field(default_factory=dict)
    badges: dict[int, Badge] = field(default_factory=dict)
    own: set[int] = field(default_factory=set)
    failed: dict[int, BitrixClientError] = field(default_factory=dict)
    requests: int = 0


def card_commands(client: BitrixClient, owner_type_id: int, owner_id: int,
                  activities: Sequence[Activity]) -> tuple[dict[str, PreparedCall], list[Activity]]:
    """The ``batch`` commands for the cards of ``activities`` (bound to the owner) and the configurable ones.

    Skipped: ids ≤ 0 (not yet on the portal), duplicates, and types :data:`NO_BLOCK_TYPES`; the badge list
    is asked only when a configurable activity is there.
    """
    commands: dict[str, PreparedCall] = {}
    seen: set[int] = set()
    configurable: list[Activity] = []
    for activity in activities:
        if activity.id <= 0 or activity.id in seen:
            continue
        seen.add(activity.id)
        if activity.provider_id == CONFIGURABLE_PROVIDER:
            configurable.append(activity)
            commands[f"c{activity.id}"] = client.configurable.prepare_get(activity.id)
        elif activity.type_id not in NO_BLOCK_TYPES:
            commands[f"b{activity.id}"] = client.layout_blocks.prepare_get(owner_type_id, owner_id, activity.id)
    if configurable:
        commands[BADGES] = PreparedCall("crm.activity.badge.list", {})
    return commands, configurable


@dataclass
class CardBatch:
    """What :func:`read_card_batch` read: ``layouts``, ``blocks``, ``failed`` as in :class:`CardExtras`,
    ``codes`` (activity id → ``badgeCode``), ``badges`` (the list's first page, ``None`` when it was not
    asked or not readable) and ``more_badges`` (the list has further pages)."""

    layouts: dict[int, dict[str, Any]] = field(default_factory=dict)
    blocks: dict[int, dict[str, Any]] = field(default_factory=dict)
    failed: dict[int, BitrixClientError] = field(default_factory=dict)
    codes: dict[int, str] = field(default_factory=dict)
    badges: list[Badge] | None = None
    more_badges: bool = False


def read_card_batch(client: BitrixClient, reply: BatchReply) -> CardBatch:
    """Read the reply to :func:`card_commands`' batch: a missing activity (``NOT_FOUND``) is left out, another
    refusal or an unreadable answer goes to ``failed``; an unreadable badge list is no badges."""
    out = CardBatch()
    for name, result in reply.results.items():
        if name == BADGES:
            with contextlib.suppress(BadResponse):  # badges are decoration: without them the cards still show
                out.badges = client.badges.read_list(result.result) if result.ok else None
                out.more_badges = out.badges is not None and result.next is not None and result.next > 0
            continue
        activity_id = int(name[1:])
        if result.error is not None:
            if not isinstance(result.error, NotFound):
                out.failed[activity_id] = result.error
            continue
        try:
            if name.startswith("c"):
                got = client.configurable.read_activity(result.result)
                out.layouts[activity_id] = got.layout
                if got.fields.badge_code:
                    out.codes[activity_id] = got.fields.badge_code
            else:
                found = client.layout_blocks.read_layout(result.result)
                if found is not None:
                    out.blocks[activity_id] = found
        except BadResponse as exc:  # one unreadable answer spoils only its own card
            out.failed[activity_id] = exc
    return out


def _provider_params(activity: Activity) -> Mapping[str, Any]:
    params = activity.raw.get("PROVIDER_PARAMS") if activity.raw else None
    return params if isinstance(params, Mapping) else {}


def _provider_layout(activity: Activity) -> dict[str, Any] | None:
    """The layout a configurable activity's ``PROVIDER_DATA`` holds (JSON text), or ``None``."""
    text = activity.raw.get("PROVIDER_DATA") if activity.raw else None
    if not isinstance(text, str) or not text.startswith("{"):
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) and value else None


def rows_layouts(activities: Sequence[Activity]) -> tuple[dict[int, dict[str, Any]], dict[int, str]]:
    """``(layouts, badge codes)`` of the configurable activities from their rows alone (no request)."""
    layouts: dict[int, dict[str, Any]] = {}
    codes: dict[int, str] = {}
    for activity in activities:
        if activity.id <= 0 or activity.provider_id != CONFIGURABLE_PROVIDER:
            continue
        layout = _provider_layout(activity)
        if layout is not None:
            layouts[activity.id] = layout
        code = _provider_params(activity).get("badgeCode")
        if isinstance(code, str) and code:
            codes[activity.id] = code
    return layouts, codes


def badges_by_activity(codes: Mapping[int, str], badges: Sequence[Badge] | None) -> dict[int, Badge]:
    """Activity id → the badge its code names, for the codes a known badge has."""
    by_code = {b.code: b for b in badges or ()}
    return {i: by_code[c] for i, c in codes.items() if c in by_code}
