"""Application → "Activity types…": the application's custom activity types (``crm.activity.type.list``,
api-spec.md §4.11) with Add…, Delete and, for a type that is not configurable, "New activity of this
type…" (``crm.activity.add`` ``PROVIDER_ID=REST_APP``, seed 002; :mod:`.rest_app_activity`).

Only a portal administrator may add or delete a type (``user.admin``): for anyone else both buttons are
disabled and say so. Every call is sent at once through the application connection
(:class:`~desktop_app.services.app_features.ApplicationFeatures`), as a task of the window's
:class:`~desktop_app.ui.tasks.TaskRegistry`; the dialog stays responsive and never uses ``exec()``.
A problem is shown under the field it concerns (the portal's own words as plain text) and what was
typed stays in the form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from .add_type_dialog import AddTypeDialog
from .availability import admin_reason
from .list_dialog import ItemListModel, ItemRole, ListNames, ListTexts, PortalListDialog, enable

if TYPE_CHECKING:
    from desktop_app.bitrix.app_types import AppActivityType
    from desktop_app.services.app_features import ApplicationFeatures

    from ..main_window import MainWindow
    from .rest_app_activity import RestAppActivityDialog

__all__ = ["TypeRole", "TypesDialog", "TypesModel"]

#: The :class:`AppActivityType` of a row (any column).
TypeRole = ItemRole


class TypesModel(ItemListModel):
    """The application's types: columns TYPE_ID, name, configurable (Yes/No); :data:`TypeRole` gives the type."""

    column_count = 3

    @property
    def types(self) -> list[AppActivityType]:
        return self.items

    def set_types(self, types: list[AppActivityType]) -> None:
        self.set_items(types)

    def _cell(self, item: AppActivityType, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return item.type_id
            if column == 1:
                return item.name
            return self.tr("Yes") if item.is_configurable else self.tr("No")
        return None

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Type ID"), self.tr("Name"), self.tr("Configurable"))


class TypesDialog(PortalListDialog):
    """The types manager (module docstring); non-modal, one per window (``window.app_menu.types_dialog``).

    Attributes (besides :class:`~.list_dialog.PortalListDialog`'s):
        model: :class:`TypesModel`.
        activity_button: "New activity of this type…"; disabled, it says why in its tooltip.
        activity_dialog: the new-activity form open now, else ``None``.
    """

    task_prefix = "app-types"

    def __init__(self, features: ApplicationFeatures, window: MainWindow) -> None:
        super().__init__(features, window, ListNames(
            dialog="appTypesDialog", intro="appTypesIntro", view="appTypesView", status="appTypesStatus",
            add="addTypeButton", delete="deleteTypeButton", reload="reloadTypesButton",
            question="deleteTypeQuestion", confirm="confirmDeleteType"), (560, 380))
        self.activity_dialog: RestAppActivityDialog | None = None
        window.timeline.loaded.connect(self._update_buttons)  # the entity a new activity goes to
        self._update_buttons()
        self.reload()

    def _texts(self) -> ListTexts:
        return ListTexts(
            title=self.tr("Activity types"),
            intro=self.tr("Custom activity types registered by this application. A configurable type is used by "
                          "configurable activities; an activity of any other type can be created here."),
            view=self.tr("Activity types"),
            add=self.tr("&Add…"), add_name=self.tr("Add a type"),
            delete=self.tr("&Delete"), delete_name=self.tr("Delete the selected type"),
            reload=self.tr("&Reload"), reload_name=self.tr("Reload the types"),
            loading=self.tr("Loading the types…"),
            question_title=self.tr("Delete a type"),
            question=self.tr("Delete the type “%1” from the portal? Its activities stay; no new ones can be created."),
            confirm=self.tr("Delete"),
            deleting=self.tr("Deleting “%1”…"),
            not_deleted=self.tr("“%1” was not deleted: %2"),
            read_again=self.tr("The list is read again to see whether the portal did it."),
            deleted=self.tr("“%1” was deleted."))

    def _make_model(self) -> TypesModel:
        return TypesModel(self)

    def _extra_buttons(self) -> tuple[QPushButton, ...]:
        self.activity_button = self._button(self.tr("&New activity of this type…"), "newTypeActivityButton",
                                            self.tr("New activity of the selected type"), self.open_new_activity)
        return (self.activity_button,)

    def _key_of(self, item: AppActivityType) -> str:
        return item.type_id

    async def _fetch(self) -> list[AppActivityType]:
        return await self._features.types()

    def _show_items(self, items: list[AppActivityType]) -> None:
        self.model.set_types(items)
        self.status.setText(self.tr("%n type(s).", "", len(items)) if items
                            else self.tr("This application has no custom types yet."))

    async def _remove(self, key: str) -> None:
        await self._features.delete_type(key)

    def _make_add_dialog(self, taken: set[str]) -> AddTypeDialog:
        return AddTypeDialog(self._features, self._tasks, taken, self)

    def _children(self) -> tuple[QDialog | None, ...]:
        return (self.add_dialog, self.activity_dialog, self.confirmation)

    # -- buttons ---------------------------------------------------------------------------------

    def selected_type(self) -> AppActivityType | None:
        return self.selected_item()

    def select_type(self, type_id: str) -> bool:
        """Make the row of ``type_id`` current (False when the list has none)."""
        return self.select_key(type_id)

    def delete_type(self, type_id: str) -> None:
        """Delete ``type_id`` now (no question; :meth:`confirm_delete` asks first)."""
        self.delete_key(type_id)

    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected_type()
        admin_why = admin_reason(self.admin, self.admin_problem)
        enable(self.add_button, admin_why, self.tr("Register a new type with a name and an icon"))
        enable(self.delete_button, admin_why or ("" if selected else self.tr("Select a type first.")),
               self.tr("Delete the selected type from the portal"))
        entity = self._window.timeline.entity
        if selected is None:
            reason = self.tr("Select a type first.")
        elif selected.is_configurable:
            reason = self.tr("A configurable type is used by configurable activities (Tools → Layout editor).")
        elif entity is None:
            reason = self.tr("Open a lead, deal, contact or company first: the activity is created there.")
        else:
            reason = ""
        enable(self.activity_button, reason, self.tr("Create an activity of this type on the entity on screen"))

    # -- new activity ------------------------------------------------------------------------------

    def open_new_activity(self) -> RestAppActivityDialog | None:
        """"New activity of this type…" on the entity on screen (:mod:`.rest_app_activity`)."""
        from .rest_app_activity import RestAppActivityDialog

        selected = self.selected_type()
        if selected is None or selected.is_configurable or self._window.timeline.entity is None:
            return None
        dialog = RestAppActivityDialog(self._features, self._window, selected, self)
        dialog.created.connect(lambda _id: self.status.setText(
            self.tr("The activity was created; it is in the timeline.")))
        return self._open_child(dialog, "activity_dialog")

    def done(self, result: int) -> None:
        """Closed (the Close button, Escape, another portal): its calls and its open forms' stop, then it is deleted."""
        try:
            self._window.timeline.loaded.disconnect(self._update_buttons)
        except (RuntimeError, TypeError):
            pass
        super().done(result)
