"""Application → "Badges…": the portal's kanban badges (``crm.activity.badge.list``, api-spec.md §4.13) —
code, title, and the value drawn as the portal's coloured pill — with Add… and Delete for a portal
administrator.

Badges are global per portal and ``list`` works with a webhook too, so the dialog lists them on a
webhook-only connection as well, and adds and deletes with the webhook too; adding and deleting need an
administrator (``user.admin``; for anyone else both buttons are disabled and say so). A badge still carried by an open configurable activity
cannot be deleted: the portal's words say so (``ENTITY_WITH_BADGE_EXISTS``). Texts from the portal are
plain text (painted, never rendered as markup); a ``{language: text}`` title or value shows in the
interface language (fallback ``en``, then the first).

Every call runs as a task of the window's :class:`~desktop_app.ui.tasks.TaskRegistry`; dialogs open with
``open()`` / ``show()``, never ``exec()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from desktop_app.services.app_features import AppUnavailable

from .add_badge_dialog import AddBadgeDialog
from .availability import admin_reason, reason_text
from .badge_pill import BadgeTypeRole, PillDelegate, type_label
from .list_dialog import ItemListModel, ItemRole, ListNames, ListTexts, PortalListDialog, enable

if TYPE_CHECKING:
    from desktop_app.bitrix.badges import Badge
    from desktop_app.services.app_features import ApplicationFeatures

    from ..main_window import MainWindow

__all__ = ["BadgeRole", "BadgesDialog", "BadgesModel"]

#: The :class:`Badge` of a row (any column).
BadgeRole = ItemRole
_VALUE_COLUMN = 2


class BadgesModel(ItemListModel):
    """The portal's badges: code, title, value (painted as a pill by :class:`PillDelegate`), type."""

    column_count = 4

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    @property
    def badges(self) -> list[Badge]:
        return self.items

    def set_badges(self, badges: list[Badge]) -> None:
        self.set_items(badges)

    def _cell(self, badge: Badge, column: int, role: int) -> Any:
        if role == BadgeTypeRole:
            return badge.badge_type.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (badge.code, badge.title_text(self.lang), badge.value_text(self.lang),
                    type_label(badge.badge_type.value))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == _VALUE_COLUMN:
            return type_label(badge.badge_type.value)
        return None

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Title"), self.tr("Value"), self.tr("Type"))


class BadgesDialog(PortalListDialog):
    """The badges (module docstring); non-modal, one per window (``window.app_menu.badges_dialog``).

    Attributes: :class:`~.list_dialog.PortalListDialog`'s; ``model`` is a :class:`BadgesModel`, its value
    column painted as pills.
    """

    task_prefix = "app-badges"

    def __init__(self, features: ApplicationFeatures, window: MainWindow, *, lang: str = "en") -> None:
        self._lang = lang
        super().__init__(features, window, ListNames(
            dialog="appBadgesDialog", intro="appBadgesIntro", view="appBadgesView", status="appBadgesStatus",
            add="addBadgeButton", delete="deleteBadgeButton", reload="reloadBadgesButton",
            question="deleteBadgeQuestion", confirm="confirmDeleteBadge"), (600, 380))
        self.view.setItemDelegateForColumn(_VALUE_COLUMN, PillDelegate(self.view))
        self._update_buttons()
        self.reload()

    def _texts(self) -> ListTexts:
        return ListTexts(
            title=self.tr("Badges"),
            intro=self.tr("Badges show on a CRM item's kanban card while an open configurable activity names it."),
            view=self.tr("Badges"),
            add=self.tr("&Add…"), add_name=self.tr("Add a badge"),
            delete=self.tr("&Delete"), delete_name=self.tr("Delete the selected badge"),
            reload=self.tr("&Reload"), reload_name=self.tr("Reload the badges"),
            loading=self.tr("Loading the badges…"),
            question_title=self.tr("Delete a badge"),
            question=self.tr("Delete the badge “%1” from the portal? Kanban cards stop showing it."),
            confirm=self.tr("Delete"),
            deleting=self.tr("Deleting “%1”…"),
            not_deleted=self.tr("“%1” was not deleted: %2"),
            read_again=self.tr("The list is read again to see whether the portal did it."),
            deleted=self.tr("“%1” was deleted."))

    def _make_model(self) -> BadgesModel:
        return BadgesModel(self._lang, self)

    def _key_of(self, item: Badge) -> str:
        return item.code

    async def _fetch(self) -> list[Badge]:
        return await self._features.badges()

    def _show_items(self, items: list[Badge]) -> None:
        self.model.set_badges(items)
        self.status.setText(self.tr("%n badge(s).", "", len(items)) if items
                            else self.tr("The portal has no badges yet."))

    async def _remove(self, key: str) -> None:
        await self._features.delete_badge(key)

    def _make_add_dialog(self, taken: set[str]) -> AddBadgeDialog:
        return AddBadgeDialog(self._features, self._tasks, taken, self)

    def selected_badge(self) -> Badge | None:
        return self.selected_item()

    def select_badge(self, code: str) -> bool:
        """Make the row of ``code`` current (False when the list has none)."""
        return self.select_key(code)

    def delete_badge(self, code: str) -> None:
        """Delete ``code`` now (no question; :meth:`confirm_delete` asks first)."""
        self.delete_key(code)

    def _update_buttons(self, *_args: object) -> None:
        unavailable = self._features.unavailable  # a webhook adds and deletes badges too (api-spec §4.13)
        reason = reason_text(unavailable) if unavailable != AppUnavailable.WEBHOOK_ONLY else ""
        reason = reason or admin_reason(self.admin, self.admin_problem)
        enable(self.add_button, reason, self.tr("Register a new badge"))
        selected = self.selected_badge()
        enable(self.delete_button, reason or ("" if selected is not None else self.tr("Select a badge first.")),
               self.tr("Delete the selected badge from the portal"))
