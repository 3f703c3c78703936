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

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix.errors import outcome_unknown

from .add_type_dialog import AddTypeDialog
from .availability import admin_reason
from .fields import FEATURE_ERRORS, describe_error, plain_label

if TYPE_CHECKING:
    from desktop_app.bitrix.app_types import AppActivityType
    from desktop_app.services.app_features import ApplicationFeatures

    from ..main_window import MainWindow
    from .rest_app_activity import RestAppActivityDialog

__all__ = ["TypeRole", "TypesDialog", "TypesModel"]

#: The :class:`AppActivityType` of a row (any column).
TypeRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class TypesModel(QAbstractTableModel):
    """The application's types: columns TYPE_ID, name, configurable (Yes/No); :data:`TypeRole` gives the type."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.types: list[AppActivityType] = []

    def set_types(self, types: list[AppActivityType]) -> None:
        self.beginResetModel()
        self.types = list(types)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.types)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.types):
            return None
        item = self.types[index.row()]
        if role == TypeRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 0:
                return item.type_id
            if index.column() == 1:
                return item.name
            return self.tr("Yes") if item.is_configurable else self.tr("No")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Type ID"), self.tr("Name"), self.tr("Configurable"))[section]
        return None


class TypesDialog(QDialog):
    """The types manager (module docstring); non-modal, one per window (``window.app_menu.types_dialog``).

    Attributes:
        view, model: the list of types (:class:`TypesModel`).
        status: loading / errors / what was done (plain text).
        add_button, delete_button, activity_button: the actions; disabled ones say why in their tooltip.
        add_dialog, activity_dialog, confirmation: the child dialog open now, else ``None``.

    Signals:
        loaded(): the list was (re)loaded from the portal (or its loading failed: see :attr:`status`).
    """

    loaded = Signal()

    def __init__(self, features: ApplicationFeatures, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("appTypesDialog")
        self.setWindowTitle(self.tr("Activity types"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 380)
        self._features = features
        self._window = window
        self._tasks = window.tasks
        self.task_keys: set[str] = set()
        self.admin: bool | None = None  # None: not known yet
        self.admin_problem = ""  # why user.admin did not answer
        self.add_dialog: AddTypeDialog | None = None
        self.activity_dialog: RestAppActivityDialog | None = None
        self.confirmation: QMessageBox | None = None

        intro = plain_label(self, "appTypesIntro", self.tr(
            "Custom activity types registered by this application. A configurable type is used by configurable "
            "activities; an activity of any other type can be created here."))
        self.model = TypesModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("appTypesView")
        self.view.setAccessibleName(self.tr("Activity types"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.status = plain_label(self, "appTypesStatus")

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addTypeButton")
        self.add_button.setAccessibleName(self.tr("Add a type"))
        self.add_button.clicked.connect(self.open_add)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteTypeButton")
        self.delete_button.setAccessibleName(self.tr("Delete the selected type"))
        self.delete_button.clicked.connect(self.confirm_delete)
        self.activity_button = QPushButton(self.tr("&New activity of this type…"), self)
        self.activity_button.setObjectName("newTypeActivityButton")
        self.activity_button.setAccessibleName(self.tr("New activity of the selected type"))
        self.activity_button.clicked.connect(self.open_new_activity)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("reloadTypesButton")
        self.reload_button.setAccessibleName(self.tr("Reload the types"))
        self.reload_button.clicked.connect(self.reload)
        row = QHBoxLayout()
        for button in (self.add_button, self.delete_button, self.activity_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reload_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(close)
        window.timeline.loaded.connect(self._update_buttons)  # the entity a new activity goes to
        self._update_buttons()
        self.reload()

    # -- loading ---------------------------------------------------------------------------------

    def _start(self, coro: Any, key: str) -> None:
        full = f"app-types:{key}:{id(self)}"
        self.task_keys.add(full)
        self._tasks.start(coro, key=full)

    def reload(self) -> None:
        """Ask the portal again: whether the user is an administrator, then the types."""
        self.status.setText(self.tr("Loading the types…"))
        self._start(self._load(), "load")

    async def _check_admin(self) -> None:
        """``user.admin`` once; a failure is kept as the reason the administrator's buttons are disabled."""
        if self.admin is not None:
            return
        try:
            self.admin = await self._features.is_admin()
        except FEATURE_ERRORS as exc:
            self.admin_problem = describe_error(exc)

    async def _load(self) -> None:
        await self._check_admin()
        try:
            types = await self._features.types()
        except FEATURE_ERRORS as exc:
            self.status.setText(describe_error(exc))
        else:
            self.model.set_types(types)
            self.status.setText(self.tr("%n type(s).", "", len(types)) if types
                                else self.tr("This application has no custom types yet."))
        finally:
            self._update_buttons()
        self.loaded.emit()

    # -- buttons ---------------------------------------------------------------------------------

    def selected_type(self) -> AppActivityType | None:
        index = self.view.currentIndex()
        return index.data(TypeRole) if index.isValid() else None

    def select_type(self, type_id: str) -> bool:
        """Make the row of ``type_id`` current (False when the list has none)."""
        for row, item in enumerate(self.model.types):
            if item.type_id == type_id:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected_type()
        admin_why = admin_reason(self.admin, self.admin_problem)
        _enable(self.add_button, admin_why, self.tr("Register a new type with a name and an icon"))
        _enable(self.delete_button, admin_why or ("" if selected else self.tr("Select a type first.")),
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
        _enable(self.activity_button, reason, self.tr("Create an activity of this type on the entity on screen"))

    # -- add ---------------------------------------------------------------------------------------

    def open_add(self) -> AddTypeDialog:
        """Add…: :class:`AddTypeDialog` (window-modal, ``open()``); the list reloads when the portal has it."""
        dialog = AddTypeDialog(self._features, self._tasks, {t.type_id for t in self.model.types}, self)
        dialog.added.connect(self._on_added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "add_dialog", None))
        dialog.open()
        self.add_dialog = dialog
        return dialog

    def _on_added(self, type_id: str) -> None:
        self.loaded.connect(lambda: self.select_type(type_id), Qt.ConnectionType.SingleShotConnection)
        self.reload()

    # -- delete ------------------------------------------------------------------------------------

    def confirm_delete(self) -> QMessageBox | None:
        """Delete: asks first (window-modal message box, ``open()``); Delete there removes the type."""
        selected = self.selected_type()
        if selected is None or not self.admin:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete a type"), self.tr(
            "Delete the type “%1” from the portal? Its activities stay; no new ones can be created.")
            .replace("%1", selected.type_id), QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteTypeQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirmDeleteType")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: button is yes and self.delete_type(selected.type_id))
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: setattr(self, "confirmation", None))
        box.open()
        self.confirmation = box
        return box

    def delete_type(self, type_id: str) -> None:
        """Delete ``type_id`` now (no question; :meth:`confirm_delete` asks first)."""
        self.status.setText(self.tr("Deleting “%1”…").replace("%1", type_id))
        self.delete_button.setEnabled(False)
        self._start(self._delete(type_id), "delete")

    async def _delete(self, type_id: str) -> None:
        try:
            await self._features.delete_type(type_id)
        except FEATURE_ERRORS as exc:
            text = self.tr("“%1” was not deleted: %2").replace("%1", type_id).replace("%2", describe_error(exc))
            if outcome_unknown(exc):
                text += " " + self.tr("The list is read again to see whether the portal did it.")
                self.loaded.connect(lambda: self.status.setText(text), Qt.ConnectionType.SingleShotConnection)
                self.reload()
                return
            self.status.setText(text)
            self._update_buttons()
            return
        self.loaded.connect(lambda: self.status.setText(self.tr("“%1” was deleted.").replace("%1", type_id)),
                            Qt.ConnectionType.SingleShotConnection)
        self.reload()

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
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "activity_dialog", None))
        dialog.open()
        self.activity_dialog = dialog
        return dialog

    def done(self, result: int) -> None:
        """Closed (the Close button, Escape, another portal): its calls and its open forms' stop, then it is deleted."""
        for child in (self.add_dialog, self.activity_dialog, self.confirmation):
            if child is not None:
                child.reject()
        for key in self.task_keys:
            self._tasks.cancel(key)
        try:
            self._window.timeline.loaded.disconnect(self._update_buttons)
        except (RuntimeError, TypeError):
            pass
        super().done(result)


def _enable(button: QPushButton, reason: str, tip: str) -> None:
    """Enable ``button`` when there is no ``reason``; its tooltip says the reason, else ``tip``."""
    button.setEnabled(not reason)
    button.setToolTip(reason or tip)
