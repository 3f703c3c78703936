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
from desktop_app.services.app_features import AppUnavailable

from .add_badge_dialog import AddBadgeDialog
from .availability import admin_reason, reason_text
from .badge_pill import BadgeTypeRole, PillDelegate, type_label
from .fields import FEATURE_ERRORS, describe_error, plain_label

if TYPE_CHECKING:
    from desktop_app.bitrix.badges import Badge
    from desktop_app.services.app_features import ApplicationFeatures

    from ..main_window import MainWindow

__all__ = ["BadgeRole", "BadgesDialog", "BadgesModel"]

#: The :class:`Badge` of a row (any column).
BadgeRole = Qt.ItemDataRole.UserRole + 1
_VALUE_COLUMN = 2
_Index = QModelIndex | QPersistentModelIndex


class BadgesModel(QAbstractTableModel):
    """The portal's badges: code, title, value (painted as a pill by :class:`PillDelegate`), type."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.badges: list[Badge] = []

    def set_badges(self, badges: list[Badge]) -> None:
        self.beginResetModel()
        self.badges = list(badges)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.badges)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.badges):
            return None
        badge = self.badges[index.row()]
        if role == BadgeRole:
            return badge
        if role == BadgeTypeRole:
            return badge.badge_type.value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return (badge.code, badge.title_text(self.lang), badge.value_text(self.lang),
                    type_label(badge.badge_type.value))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == _VALUE_COLUMN:
            return type_label(badge.badge_type.value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return (self.tr("Code"), self.tr("Title"), self.tr("Value"), self.tr("Type"))[section]
        return None


class BadgesDialog(QDialog):
    """The badges (module docstring); non-modal, one per window (``window.app_menu.badges_dialog``).

    Attributes:
        view, model: the list (:class:`BadgesModel`).
        status: loading / errors / what was done (plain text).
        add_button, delete_button: the administrator's actions; disabled ones say why in their tooltip.
        add_dialog, confirmation: the child dialog open now, else ``None``.

    Signals:
        loaded(): the list was (re)loaded (or its loading failed: see :attr:`status`).
    """

    loaded = Signal()

    def __init__(self, features: ApplicationFeatures, window: MainWindow, *, lang: str = "en") -> None:
        super().__init__(window)
        self.setObjectName("appBadgesDialog")
        self.setWindowTitle(self.tr("Badges"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(600, 380)
        self._features = features
        self._tasks = window.tasks
        self.task_keys: set[str] = set()
        self.admin: bool | None = None
        self.admin_problem = ""
        self.add_dialog: AddBadgeDialog | None = None
        self.confirmation: QMessageBox | None = None

        intro = plain_label(self, "appBadgesIntro", self.tr(
            "Badges show on a CRM item's kanban card while an open configurable activity names it."))
        self.model = BadgesModel(lang, self)
        self.view = QTableView(self)
        self.view.setObjectName("appBadgesView")
        self.view.setAccessibleName(self.tr("Badges"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(_VALUE_COLUMN, PillDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.status = plain_label(self, "appBadgesStatus")

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.add_button.setObjectName("addBadgeButton")
        self.add_button.setAccessibleName(self.tr("Add a badge"))
        self.add_button.clicked.connect(self.open_add)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.delete_button.setObjectName("deleteBadgeButton")
        self.delete_button.setAccessibleName(self.tr("Delete the selected badge"))
        self.delete_button.clicked.connect(self.confirm_delete)
        self.reload_button = QPushButton(self.tr("&Reload"), self)
        self.reload_button.setObjectName("reloadBadgesButton")
        self.reload_button.setAccessibleName(self.tr("Reload the badges"))
        self.reload_button.clicked.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
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
        self._update_buttons()
        self.reload()

    def _start(self, coro: Any, key: str) -> None:
        full = f"app-badges:{key}:{id(self)}"
        self.task_keys.add(full)
        self._tasks.start(coro, key=full)

    def reload(self) -> None:
        """Ask the portal again: whether the user is an administrator, then the badges."""
        self.status.setText(self.tr("Loading the badges…"))
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
            badges = await self._features.badges()
        except FEATURE_ERRORS as exc:
            self.status.setText(describe_error(exc))
        else:
            self.model.set_badges(badges)
            self.status.setText(self.tr("%n badge(s).", "", len(badges)) if badges
                                else self.tr("The portal has no badges yet."))
        finally:
            self._update_buttons()
        self.loaded.emit()

    def selected_badge(self) -> Badge | None:
        index = self.view.currentIndex()
        return index.data(BadgeRole) if index.isValid() else None

    def select_badge(self, code: str) -> bool:
        """Make the row of ``code`` current (False when the list has none)."""
        for row, badge in enumerate(self.model.badges):
            if badge.code == code:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _update_buttons(self) -> None:
        unavailable = self._features.unavailable  # a webhook adds and deletes badges too (api-spec §4.13)
        reason = reason_text(unavailable) if unavailable != AppUnavailable.WEBHOOK_ONLY else ""
        reason = reason or admin_reason(self.admin, self.admin_problem)
        self.add_button.setEnabled(not reason)
        self.add_button.setToolTip(reason or self.tr("Register a new badge"))
        selected = self.selected_badge()
        delete_reason = reason or ("" if selected is not None else self.tr("Select a badge first."))
        self.delete_button.setEnabled(not delete_reason)
        self.delete_button.setToolTip(delete_reason or self.tr("Delete the selected badge from the portal"))

    # -- add ---------------------------------------------------------------------------------------

    def open_add(self) -> AddBadgeDialog:
        """Add…: :class:`AddBadgeDialog` (window-modal, ``open()``); the list reloads when the portal has it."""
        dialog = AddBadgeDialog(self._features, self._tasks, {b.code for b in self.model.badges}, self)
        dialog.added.connect(self._on_added)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, "add_dialog", None))
        dialog.open()
        self.add_dialog = dialog
        return dialog

    def _on_added(self, code: str) -> None:
        self.loaded.connect(lambda: self.select_badge(code), Qt.ConnectionType.SingleShotConnection)
        self.reload()

    # -- delete ------------------------------------------------------------------------------------

    def confirm_delete(self) -> QMessageBox | None:
        """Delete: asks first (window-modal, ``open()``); Delete there removes the badge."""
        selected = self.selected_badge()
        if selected is None or not self.admin:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete a badge"), self.tr(
            "Delete the badge “%1” from the portal? Kanban cards stop showing it.").replace("%1", selected.code),
            QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("deleteBadgeQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirmDeleteBadge")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: button is yes and self.delete_badge(selected.code))
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: setattr(self, "confirmation", None))
        box.open()
        self.confirmation = box
        return box

    def delete_badge(self, code: str) -> None:
        """Delete ``code`` now (no question; :meth:`confirm_delete` asks first)."""
        self.status.setText(self.tr("Deleting “%1”…").replace("%1", code))
        self.delete_button.setEnabled(False)
        self._start(self._delete(code), "delete")

    async def _delete(self, code: str) -> None:
        try:
            await self._features.delete_badge(code)
        except FEATURE_ERRORS as exc:
            text = self.tr("“%1” was not deleted: %2").replace("%1", code).replace("%2", describe_error(exc))
            if outcome_unknown(exc):
                text += " " + self.tr("The list is read again to see whether the portal did it.")
                self.loaded.connect(lambda: self.status.setText(text), Qt.ConnectionType.SingleShotConnection)
                self.reload()
                return
            self.status.setText(text)
            self._update_buttons()
            return
        self.loaded.connect(lambda: self.status.setText(self.tr("“%1” was deleted.").replace("%1", code)),
                            Qt.ConnectionType.SingleShotConnection)
        self.reload()

    def done(self, result: int) -> None:
        """Closed (the Close button, Escape, another portal): its calls and its open forms' stop, then it is deleted."""
        for child in (self.add_dialog, self.confirmation):
            if child is not None:
                child.reject()
        for key in self.task_keys:
            self._tasks.cancel(key)
        super().done(result)
