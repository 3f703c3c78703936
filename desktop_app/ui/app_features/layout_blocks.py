"""An application's content blocks on an activity (issue 13 item 4; ``crm.activity.layout.blocks.*``,
api-spec.md §4.14, server-behaviour.md §1.11).

The card menu's "Layout blocks…" on a non-configurable activity (a to-do, a call …) reads this
application's blocks of that activity (``get_layout_blocks``; a starter set when it has none) into the
layout editor as a RestAppLayoutDto (kind "rest_app"); the preview shows them inside the activity's own
card. The editor's "Save blocks on portal" sends them (``set_layout_blocks``: the application's
previous set is replaced) and "Remove blocks" deletes them; the timeline card then shows the blocks, or
no longer does. A refusal is shown in the editor, whose text stays as it is.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from desktop_app.bitrix.errors import BitrixClientError, NotFound
from desktop_app.services.app_features import ApplicationUnavailable
from desktop_app.ui.cards.build import HostCard

from ..layout_editor.portal_bar import EditorTarget
from .configurable import failure_text

if TYPE_CHECKING:
    from .app_cards import AppCards

__all__ = ["LayoutBlocksEditing", "starter_blocks"]

log = logging.getLogger(__name__)


def starter_blocks(note: str) -> dict[str, Any]:
    """A first RestAppLayoutDto to change: one text block saying ``note``."""
    return {"blocks": {"note": {"type": "text", "properties": {"value": note, "color": "base_90"}}}}


class LayoutBlocksEditing(QObject):
    """Edit, save and remove an application's content blocks from the layout editor (module docstring)."""

    def __init__(self, cards: AppCards) -> None:
        super().__init__(cards)
        self._cards = cards

    def edit_blocks(self, activity: Any) -> None:
        """"Layout blocks…" on a card: the activity's blocks (or a starter) into the editor."""
        self._cards.window.tasks.start(self._read(activity), key="app-blocks-read")

    async def _read(self, activity: Any) -> None:
        cards = self._cards
        features, entity = cards.features(), cards.window.timeline.entity
        if features is None or entity is None:
            return
        try:
            found = await features.get_layout_blocks(entity.owner_type_id, entity.owner_id, activity.id)
        except (BitrixClientError, ApplicationUnavailable) as exc:
            cards.read_failed(self.tr("The content blocks of “%1” could not be read: %2"), activity, exc)
            return
        editor = cards.editor_for("rest_app")
        layout = found if found else starter_blocks(self.tr("A note from the application."))
        editor.replace_text(json.dumps(layout, ensure_ascii=False, indent=2))
        if found:
            editor.editor.document().setModified(False)  # the text is what the portal has
        card = cards.card_of(activity.id)
        title = (card.title if card is not None else activity.subject) or f"#{activity.id}"
        editor.preview.set_host(HostCard(title, card.preview if card is not None else "",
                                         card.date_text if card is not None else ""))
        editor.portal.set_target(EditorTarget("blocks", activity.id, entity.owner_type_id, entity.owner_id, title))
        editor.show_notice(self.tr("The application's content blocks of “%1” as the portal has them. Change them, "
                                   "then Portal → Save blocks on portal.").replace("%1", title) if found else
                           self.tr("“%1” has no content blocks of this application yet: this is a start. Change it, "
                                   "then Portal → Save blocks on portal.").replace("%1", title))

    def save(self, target: EditorTarget, layout: dict) -> None:
        """"Save blocks on portal": ``crm.activity.layout.blocks.set``."""
        self._cards.window.tasks.start(self._send(target, layout), key="app-blocks-send")

    def remove(self, target: EditorTarget) -> None:
        """"Remove blocks": ``crm.activity.layout.blocks.delete``."""
        self._cards.window.tasks.start(self._send(target, None), key="app-blocks-send")

    async def _send(self, target: EditorTarget, layout: dict | None) -> None:
        cards = self._cards
        editor = cards.editor()
        features = cards.features_or_notice(editor, self.tr("Open a portal first."))
        if features is None:
            return
        editor.portal.set_busy(True)
        try:
            if layout is None:
                await features.delete_layout_blocks(target.owner_type_id, target.owner_id, target.activity_id)
            else:
                await features.set_layout_blocks(target.owner_type_id, target.owner_id, target.activity_id, layout)
        except NotFound:
            if layout is not None:
                editor.show_notice(self.tr("The activity or its entity is no longer on the portal; nothing was "
                                           "saved. Your text is kept."))
                return
            editor.show_notice(self.tr("“%1” had no content blocks of this application.").replace("%1", target.title))
        except (BitrixClientError, ApplicationUnavailable) as exc:
            log.info("layout blocks not sent (%s)", type(exc).__name__)
            editor.show_notice(self.tr("Not saved: %1 Your text is kept.").replace("%1", failure_text(exc)))
            return
        else:
            editor.editor.document().setModified(False)
            editor.show_notice(
                self.tr("The content blocks are on “%1” now.").replace("%1", target.title) if layout is not None
                else self.tr("The content blocks were removed from “%1”. The text stays here; Save brings them back.")
                .replace("%1", target.title))
        finally:
            editor.portal.set_busy(False)
        cards.show_card(target.activity_id)
