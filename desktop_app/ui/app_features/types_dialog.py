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

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix.errors import outcome_unknown
from desktop_app.services.app_features import IconRefused

from .availability import admin_text
from .fields import FEATURE_ERRORS, FieldProblems, describe_error, error_label, icon_problem, plain_label

if TYPE_CHECKING:
    from desktop_app.bitrix.app_types import AppActivityType
    from desktop_app.services.app_features import ApplicationFeatures

    from ..main_window import MainWindow
    from .rest_app_activity import RestAppActivityDialog

__all__ = ["AddTypeDialog", "TypeRole", "TypesDialog", "TypesModel"]

#: The :class:`AppActivityType` of a row (any column).
TypeRole = Qt.ItemDataRole.UserRole + 1
_ICON_PREVIEW = 32
_Index = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


class TypesModel(QAbstractTableModel):
    """The application's types: columns TYPE_ID, name, configurable (Yes/No); :data:`TypeRole` gives the type."""

    HEADERS = ("TYPE_ID", "Name", "Configurable")

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
        self._keys: set[str] = set()
        self.admin: bool | None = None  # None: not known yet
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
        self._keys.add(full)
        self._tasks.start(coro, key=full)

    def reload(self) -> None:
        """Ask the portal again: whether the user is an administrator, then the types."""
        self.status.setText(self.tr("Loading the types…"))
        self._start(self._load(), "load")

    async def _load(self) -> None:
        try:
            if self.admin is None:
                self.admin = await self._features.is_admin()
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
        admin_reason = "" if self.admin else (admin_text() if self.admin is False
                                              else self.tr("Checking your permissions on the portal…"))
        _enable(self.add_button, admin_reason, self.tr("Register a new type with a name and an icon"))
        _enable(self.delete_button, admin_reason or ("" if selected else self.tr("Select a type first.")),
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

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        for key in self._keys:
            self._tasks.cancel(key)
        try:
            self._window.timeline.loaded.disconnect(self._update_buttons)
        except (RuntimeError, TypeError):
            pass
        super().closeEvent(event)


def _enable(button: QPushButton, reason: str, tip: str) -> None:
    """Enable ``button`` when there is no ``reason``; its tooltip says the reason, else ``tip``."""
    button.setEnabled(not reason)
    button.setToolTip(reason or tip)


class AddTypeDialog(QDialog):
    """Add a type: TYPE_ID, name, configurable, an icon file with a preview (window-modal, ``open()``).

    Problems show under their field and nothing is sent: TYPE_ID empty or already one of the
    application's types (``taken``), an icon that is not a PNG/JPEG/GIF or too large
    (``ApplicationFeatures.read_icon``). The portal's refusal shows under the field it names. On
    success :attr:`added` is emitted and the dialog closes; otherwise everything typed stays.

    Signals:
        added(str): the portal registered the type (its TYPE_ID).
    """

    added = Signal(str)

    def __init__(self, features: ApplicationFeatures, tasks: Any, taken: set[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("addTypeDialog")
        self.setWindowTitle(self.tr("Add an activity type"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        self._features = features
        self._tasks = tasks
        self._taken = taken
        self._key = f"app-types:add:{id(self)}"
        self.icon_path: Path | None = None
        self.file_dialog: QFileDialog | None = None

        self.type_id = QLineEdit(self)
        self.type_id.setObjectName("typeIdEdit")
        self.type_id.setAccessibleName(self.tr("Type ID"))
        self.type_id.setPlaceholderText(self.tr("e.g. ERP_SYNC"))
        self.name = QLineEdit(self)
        self.name.setObjectName("typeNameEdit")
        self.name.setAccessibleName(self.tr("Name"))
        self.configurable = QCheckBox(self.tr("&Configurable (used by configurable activities)"), self)
        self.configurable.setObjectName("typeConfigurable")
        self.icon_file = QLineEdit(self)
        self.icon_file.setObjectName("typeIconFile")
        self.icon_file.setReadOnly(True)
        self.icon_file.setAccessibleName(self.tr("Icon file"))
        self.icon_file.setPlaceholderText(self.tr("No icon"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setObjectName("chooseIconButton")
        self.choose_button.setAccessibleName(self.tr("Choose an icon file"))
        self.choose_button.clicked.connect(self.choose_icon)
        self.clear_icon_button = QPushButton(self.tr("No icon"), self)
        self.clear_icon_button.setObjectName("clearIconButton")
        self.clear_icon_button.setAccessibleName(self.tr("Remove the icon"))
        self.clear_icon_button.clicked.connect(lambda: self.set_icon_path(None))
        self.preview = QLabel(self)
        self.preview.setObjectName("typeIconPreview")
        self.preview.setFixedSize(_ICON_PREVIEW + 4, _ICON_PREVIEW + 4)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Icon preview"))

        errors = {"TYPE_ID": error_label(self, "typeIdError"), "NAME": error_label(self, "typeNameError"),
                  "ICON_FILE": error_label(self, "typeIconError")}
        self.status = plain_label(self, "addTypeStatus")
        self.problems = FieldProblems(errors, self.status, hints={
            "already registered": "TYPE_ID", "reserved": "TYPE_ID", "type id": "TYPE_ID"}, icon_field="ICON_FILE")

        icon_row = QHBoxLayout()
        icon_row.addWidget(self.preview)
        icon_row.addWidget(self.icon_file, 1)
        icon_row.addWidget(self.choose_button)
        icon_row.addWidget(self.clear_icon_button)
        form = QFormLayout()
        for text, field, error in ((self.tr("&Type ID:"), self.type_id, errors["TYPE_ID"]),
                                   (self.tr("&Name:"), self.name, errors["NAME"])):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
            form.addRow("", error)
        form.addRow("", self.configurable)
        icon_label = QLabel(self.tr("&Icon:"), self)
        icon_label.setBuddy(self.choose_button)
        form.addRow(icon_label, icon_row)
        form.addRow("", errors["ICON_FILE"])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveTypeButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._show_preview(None)

    # -- icon ------------------------------------------------------------------------------------

    def choose_icon(self) -> QFileDialog:
        """The file chooser (``open()``; a chosen file goes to :meth:`set_icon_path`)."""
        dialog = QFileDialog(self, self.tr("Choose an icon"), str(self.icon_path.parent) if self.icon_path else "",
                             self.tr("Images (*.png *.jpg *.jpeg *.gif);;All files (*)"))
        dialog.setObjectName("iconFileDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.set_icon_path(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.file_dialog = dialog
        return dialog

    def set_icon_path(self, path: Path | None) -> None:
        """Use the icon file at ``path`` (``None``: no icon): it is checked at once, the preview shows
        it or the problem shows under the field."""
        self.icon_path = path
        self.icon_file.setText(str(path) if path is not None else "")
        self.problems.labels["ICON_FILE"].hide()
        if path is None:
            self._show_preview(None)
            return
        if self._read_icon() is not None:
            self._show_preview(path)
        else:
            self._show_preview(None)

    def _read_icon(self) -> Any:
        """The checked icon (``LocalIcon``) or ``None`` with the problem under the icon field."""
        if self.icon_path is None:
            return None
        try:
            return self._features.read_icon(self.icon_path)
        except IconRefused as exc:
            self.problems.show("ICON_FILE", icon_problem(exc))
            return None

    def _show_preview(self, path: Path | None) -> None:
        pixmap = QPixmap(str(path)) if path is not None else QPixmap()
        if pixmap.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText("—")
            return
        self.preview.setPixmap(pixmap.scaled(_ICON_PREVIEW, _ICON_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))

    # -- save --------------------------------------------------------------------------------------

    def submit(self) -> bool:
        """Check the form; when it is fine send ``crm.activity.type.add`` (True), else show every
        problem under its field and send nothing (False)."""
        self.problems.clear()
        type_id = self.type_id.text().strip()
        ok = True
        if not type_id:
            self.problems.show("TYPE_ID", self.tr("Enter a type ID, e.g. ERP_SYNC."))
            ok = False
        elif type_id in self._taken:
            self.problems.show("TYPE_ID", self.tr("“%1” is already one of this application's types; choose another "
                                                  "ID.").replace("%1", type_id))
            ok = False
        icon = None
        if self.icon_path is not None:
            icon = self._read_icon()
            ok = ok and icon is not None
        if not ok:
            return False
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Sending to the portal…"))
        self._tasks.start(self._send(type_id, self.name.text().strip(), icon, self.configurable.isChecked()),
                          key=self._key)
        return True

    async def _send(self, type_id: str, name: str, icon: Any, configurable: bool) -> None:
        try:
            await self._features.add_type(type_id, name, icon, configurable=configurable)
        except FEATURE_ERRORS as exc:
            if outcome_unknown(exc) and await self._arrived(type_id):
                self._done(type_id)
                return
            self.save_button.setEnabled(True)
            self.problems.clear()
            self.problems.show_error(exc)
            if outcome_unknown(exc):
                self.status.setText(self.status.text() + " " + self.tr("The portal does not have it; Save sends it again."))
            return
        self._done(type_id)

    async def _arrived(self, type_id: str) -> bool:
        """After an unknown outcome: whether the portal has ``type_id`` now (False when it cannot be asked)."""
        try:
            return any(t.type_id == type_id for t in await self._features.types())
        except FEATURE_ERRORS:
            return False

    def _done(self, type_id: str) -> None:
        self.added.emit(type_id)
        self.accept()

    def done(self, result: int) -> None:
        self._tasks.cancel(self._key)
        super().done(result)
