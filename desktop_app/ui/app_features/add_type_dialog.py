"""Add a custom activity type (``crm.activity.type.add``, api-spec.md §4.11): TYPE_ID, name, configurable,
and an icon file with a small preview, checked before anything is sent (``services.app_icons``). Qt only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QCheckBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop_app.services.app_features import IconRefused

from .fields import FieldProblems, error_label, icon_problem, plain_label
from .portal_form import PortalAddForm

__all__ = ["AddTypeDialog"]

_ICON_PREVIEW = 32
#: Largest picture previewed (pixels); the portal judges the file itself.
_PREVIEW_MAX_PIXELS = 4096 * 4096


class AddTypeDialog(PortalAddForm):
    """Add a type: TYPE_ID, name, configurable, an icon file with a preview (window-modal, ``open()``).

    Problems show under their field and nothing is sent: TYPE_ID empty or already one of the
    application's types (``taken``), an icon that is not a PNG/JPEG/GIF or too large
    (``ApplicationFeatures.read_icon``). The portal's refusal shows under the field it names. On
    success :attr:`added` is emitted and the dialog closes; otherwise everything typed stays.

    Signals:
        added(str): the portal registered the type (its TYPE_ID).
    """

    def __init__(self, features: Any, tasks: Any, taken: set[str], parent: QWidget) -> None:
        super().__init__(parent, "addTypeDialog", 460, features, tasks, taken, f"app-types:add:{id(self)}")
        self.setWindowTitle(self.tr("Add an activity type"))
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
        self._add_rows(form, ((self.tr("&Type ID:"), self.type_id, errors["TYPE_ID"]),
                              (self.tr("&Name:"), self.name, errors["NAME"])))
        form.addRow("", self.configurable)
        icon_label = QLabel(self.tr("&Icon:"), self)
        icon_label.setBuddy(self.choose_button)
        form.addRow(icon_label, icon_row)
        form.addRow("", errors["ICON_FILE"])
        self._finish_layout(form, "saveTypeButton")
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
        """The icon scaled to the preview's size; nothing for no file, an unreadable one, or a picture
        over :data:`_PREVIEW_MAX_PIXELS` (a small file may still unpack to a huge image)."""
        image = QImage()
        if path is not None:
            reader = QImageReader(str(path))
            size = reader.size()
            if size.isValid() and 0 < size.width() * size.height() <= _PREVIEW_MAX_PIXELS:
                reader.setScaledSize(size.scaled(_ICON_PREVIEW, _ICON_PREVIEW, Qt.AspectRatioMode.KeepAspectRatio))
                image = reader.read()
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText("—")
            return
        self.preview.setPixmap(QPixmap.fromImage(image))

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
        name, configurable = self.name.text().strip(), self.configurable.isChecked()
        self._send_now(self._add(type_id, lambda: self._features.add_type(type_id, name, icon, configurable=configurable),
                                 self.tr("The portal does not have it; Save sends it again.")),
                       self.tr("Sending to the portal…"))
        return True

    async def _listed_keys(self) -> set[str]:
        return {t.type_id for t in await self._features.types()}
