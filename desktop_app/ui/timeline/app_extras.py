"""``AppExtras``: what an application connection adds to the timeline's cards (a mixin of ``TimelinePanel``,
issue 13).

* After a timeline is on screen (``loaded``) and after each live update (``liveUpdated``), the panel asks
  :meth:`ApplicationFeatures.card_extras <desktop_app.services.app_features.ApplicationFeatures.card_extras>`
  in the background (``crm.activity.configurable.get`` / ``crm.activity.layout.blocks.get`` in batches,
  api-spec.md §4.12, §4.14): configurable activities are then drawn from their layouts with their badge
  (§4.13), other activities with the application's content blocks inside them. The first paint never
  waits for it; a failure is logged and the cards stay as they are. ``cardExtrasLoaded(EntityRef)``
  says the answer is on the cards.
* A click on an application's button, link or menu item of a card (``redirect`` / ``restEvent`` /
  ``openRestApp``) is forwarded as ``cardButtonClicked(Activity, CardAction)``: the window runs it
  (:mod:`desktop_app.ui.app_features.card_buttons`).
* The card menu's application entries ("Edit layout…", "Layout blocks…", the card's own actions) read
  :attr:`app_menu_state`: available, or the reason why not (webhook only, offline …).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex

from desktop_app.bitrix.errors import BitrixClientError

from ..tasks import TaskRegistry
from .cards import CardBadge
from .delegate import TimelineDelegate
from .model import TimelineModel

__all__ = ["AppExtras", "AppMenuState"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AppMenuState:
    """What the card menu offers of the application's features.

    Attributes:
        reason: why they cannot be used now (plain text, translated), ``""`` when they can.
        own: ids of configurable activities this application created (others cannot be updated by it).
    """

    reason: str = ""
    own: frozenset[int] = frozenset()

    @property
    def available(self) -> bool:
        return not self.reason


class AppExtras:
    """Application extras on the cards; mixed into ``TimelinePanel`` (which declares the signals)."""

    model: TimelineModel
    delegate: TimelineDelegate
    _tasks: TaskRegistry
    _entity: Any
    loaded: Any
    liveUpdated: Any
    cardExtrasLoaded: Any
    cardButtonClicked: Any

    def _connect_app_extras(self) -> None:
        self._app_features: Any = None
        self._app_reason: Callable[[], str] = str
        self._app_own: frozenset[int] = frozenset()
        self.loaded.connect(lambda _entity: self.refresh_card_extras())
        self.liveUpdated.connect(lambda _entity: self.refresh_card_extras())
        self.delegate.cardButtonClicked.connect(self._card_button_clicked)

    @property
    def app_features(self) -> Any:
        """The session's ``ApplicationFeatures`` (``None``: none given, no application entries)."""
        return self._app_features

    @property
    def app_menu_state(self) -> AppMenuState | None:
        """What the card menu offers (``None``: no application entries at all)."""
        if self._app_features is None:
            return None
        return AppMenuState(self._app_reason(), self._app_own)

    def set_app_features(self, features: Any, reason: Callable[[], str] = str) -> None:
        """Use ``features`` (``ApplicationFeatures``; ``None``: none) for the cards (asks the extras of the
        shown timeline; without an application connection the service reads what a webhook can). ``reason()``
        says, when the card menu opens, why the application's actions cannot be used now (``""``: they can)."""
        self._app_features = features
        self._app_reason = reason
        self._app_own = frozenset()
        self.model.set_card_extras({}, {}, {})
        self.refresh_card_extras()

    def refresh_card_extras(self) -> None:
        """Ask the application's extras of the shown cards in the background (replaces a pending ask)."""
        features, entity = self._app_features, self._entity
        if features is None or entity is None:
            return
        self._tasks.start(self._load_card_extras(features, entity), key="timeline-extras")

    async def _load_card_extras(self, features: Any, entity: Any) -> None:
        activities = [a for a in self.model.activities() if a.id > 0]
        try:
            extras = await features.card_extras(entity.owner_type_id, entity.owner_id, activities)
        except (BitrixClientError, ValueError) as exc:  # decoration only: the plain cards stay
            log.warning("the application's card extras could not be read (%s)", type(exc).__name__)
            return
        if self._entity != entity or features is not self._app_features:
            return
        lang = str(getattr(features, "lang", "en") or "en")
        badges = {activity_id: CardBadge(badge.value_text(lang).upper(), str(badge.type), badge.title_text(lang))
                  for activity_id, badge in extras.badges.items()}
        self._app_own = frozenset(extras.own)
        self.model.set_card_extras(extras.layouts, badges, extras.blocks)
        self.cardExtrasLoaded.emit(entity)

    def _card_button_clicked(self, index: QModelIndex, action: Any) -> None:
        if not index.isValid() or index.row() >= self.model.rowCount():
            return
        card = self.model.card_at(index.row())
        self.cardButtonClicked.emit(card.activity, action)
