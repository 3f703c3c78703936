"""``PortalListDialog``: what the Application menu's list managers share (the activity types of
:mod:`.types_dialog`, the badges of :mod:`.badges_dialog`). Qt only.

A table of what the portal has, a status line, Add… / Delete / Reload (and a subclass's own buttons),
``user.admin`` asked once (its failure kept as the reason the administrator's buttons are disabled),
the delete question and the delete call, whose unknown outcome reads the list again before saying
anything. Every call runs as a task of the window's :class:`~desktop_app.ui.tasks.TaskRegistry` under a
key of :attr:`PortalListDialog.task_keys` (cancelled when the dialog closes); dialogs open with
``open()``, never ``exec()``.

A subclass gives the words (:class:`ListTexts`, translated in its own context), the object names
(:class:`ListNames`), the model, the portal calls (:meth:`~PortalListDialog._fetch`,
:meth:`~PortalListDialog._remove`), how the model is filled, its add form and its buttons' states.
"""

from __future__ import annotations

from dataclasses import dataclass
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

from .fields import FEATURE_ERRORS, describe_error, plain_label

if TYPE_CHECKING:
    from desktop_app.services.app_features import ApplicationFeatures

    from ..main_window import MainWindow

__all__ = ["ItemListModel", "ItemRole", "ListNames", "ListTexts", "PortalListDialog", "enable"]

#: The item of a row (any column) in a list dialog's model.
ItemRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractTableModel):
    """A list dialog's table: :attr:`items` by row, :attr:`column_count` columns; :data:`ItemRole` gives
    a row's item (any column). A subclass gives the headers and the cells."""

    column_count = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[Any] = []

    def set_items(self, items: list[Any]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def _headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _cell(self, item: Any, column: int, role: int) -> Any:
        """What ``role`` of ``item``'s ``column`` shows (``None``: nothing)."""
        raise NotImplementedError

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.column_count

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == ItemRole:
            return item
        return self._cell(item, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < self.column_count):
            return self._headers()[section]
        return None


@dataclass(frozen=True)
class ListNames:
    """Object names (what tests and accessibility tools find): the dialog, its intro and status lines,
    the view, the three buttons, the delete question and its Delete button."""

    dialog: str
    intro: str
    view: str
    status: str
    add: str
    delete: str
    reload: str
    question: str
    confirm: str


@dataclass(frozen=True)
class ListTexts:
    """The dialog's words, translated by the subclass. ``%1`` is an item's key (TYPE_ID, code),
    ``%2`` the error."""

    title: str
    intro: str
    view: str  #: the list's accessible name
    add: str
    add_name: str
    delete: str
    delete_name: str
    reload: str
    reload_name: str
    loading: str
    question_title: str
    question: str  #: %1
    confirm: str
    deleting: str  #: %1
    not_deleted: str  #: %1, %2
    read_again: str
    deleted: str  #: %1


def enable(button: QPushButton, reason: str, tip: str) -> None:
    """Enable ``button`` when there is no ``reason``; its tooltip says the reason, else ``tip``."""
    button.setEnabled(not reason)
    button.setToolTip(reason or tip)


class PortalListDialog(QDialog):
    """A list of the portal's items with Add… / Delete / Reload (module docstring); non-modal.

    Attributes:
        view, model: the list; :data:`ItemRole` of a row gives its item.
        status: loading / errors / what was done (plain text).
        add_button, delete_button, reload_button: the actions; disabled ones say why in their tooltip.
        add_dialog, confirmation: the child dialog open now, else ``None``.
        admin: whether the user is a portal administrator (``None``: not known yet); admin_problem: why
            ``user.admin`` did not answer.
        task_keys: the keys of the tasks it started.

    Signals:
        loaded(): the list was (re)loaded from the portal (or its loading failed: see :attr:`status`).
    """

    loaded = Signal()
    #: The first part of the dialog's task keys ("app-types" → ``app-types:load:<id>``).
    task_prefix = ""

    def __init__(self, features: ApplicationFeatures, window: MainWindow, names: ListNames,
                 size: tuple[int, int]) -> None:
        super().__init__(window)
        texts = self.texts = self._texts()
        self._names = names
        self.setObjectName(names.dialog)
        self.setWindowTitle(texts.title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(*size)
        self._features = features
        self._window = window
        self._tasks = window.tasks
        self.task_keys: set[str] = set()
        self.admin: bool | None = None  # None: not known yet
        self.admin_problem = ""  # why user.admin did not answer
        self.add_dialog: QDialog | None = None
        self.confirmation: QMessageBox | None = None

        intro = plain_label(self, names.intro, texts.intro)
        self.model = self._make_model()
        self.view = QTableView(self)
        self.view.setObjectName(names.view)
        self.view.setAccessibleName(texts.view)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.status = plain_label(self, names.status)

        self.add_button = self._button(texts.add, names.add, texts.add_name, self.open_add)
        self.delete_button = self._button(texts.delete, names.delete, texts.delete_name, self.confirm_delete)
        extra = self._extra_buttons()
        self.reload_button = self._button(texts.reload, names.reload, texts.reload_name, self.reload)
        row = QHBoxLayout()
        for button in (self.add_button, self.delete_button, *extra):
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

    def _button(self, text: str, name: str, accessible: str, slot: Any) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    # -- what a subclass gives -------------------------------------------------------------------

    def _texts(self) -> ListTexts:
        raise NotImplementedError

    def _make_model(self) -> ItemListModel:
        raise NotImplementedError

    def _extra_buttons(self) -> tuple[QPushButton, ...]:
        """Buttons after Delete (created here, in tab order)."""
        return ()

    def _key_of(self, item: Any) -> str:
        raise NotImplementedError

    async def _fetch(self) -> list[Any]:
        raise NotImplementedError

    def _show_items(self, items: list[Any]) -> None:
        """Put the portal's ``items`` into the model and say how many there are."""
        raise NotImplementedError

    async def _remove(self, key: str) -> None:
        raise NotImplementedError

    def _make_add_dialog(self, taken: set[str]) -> Any:
        """The add form (with an ``added(str)`` signal); ``taken``: the keys listed now."""
        raise NotImplementedError

    def _update_buttons(self, *_args: object) -> None:
        raise NotImplementedError

    def _children(self) -> tuple[QDialog | None, ...]:
        """The child dialogs open now (closed with this one)."""
        return (self.add_dialog, self.confirmation)

    # -- loading ---------------------------------------------------------------------------------

    def _start(self, coro: Any, key: str) -> None:
        full = f"{self.task_prefix}:{key}:{id(self)}"
        self.task_keys.add(full)
        self._tasks.start(coro, key=full)

    def reload(self) -> None:
        """Ask the portal again: whether the user is an administrator, then the list."""
        self.status.setText(self.texts.loading)
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
            items = await self._fetch()
        except FEATURE_ERRORS as exc:
            self.status.setText(describe_error(exc))
        else:
            self._show_items(items)
        finally:
            self._update_buttons()
        self.loaded.emit()

    # -- selection -------------------------------------------------------------------------------

    def selected_item(self) -> Any:
        index = self.view.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def select_key(self, key: str) -> bool:
        """Make the row of ``key`` current (False when the list has none)."""
        for row, item in enumerate(self.model.items):
            if self._key_of(item) == key:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    # -- add ---------------------------------------------------------------------------------------

    def open_add(self) -> Any:
        """Add…: the add form (window-modal, ``open()``); the list reloads when the portal has it."""
        dialog = self._make_add_dialog({self._key_of(item) for item in self.model.items})
        dialog.added.connect(self._on_added)
        return self._open_child(dialog, "add_dialog")

    def _open_child(self, dialog: QDialog, attr: str) -> Any:
        """Open ``dialog`` (``open()``), kept in ``self.<attr>`` until it is finished (then deleted)."""
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: setattr(self, attr, None))
        dialog.open()
        setattr(self, attr, dialog)
        return dialog

    def _on_added(self, key: str) -> None:
        self.loaded.connect(lambda: self.select_key(key), Qt.ConnectionType.SingleShotConnection)
        self.reload()

    # -- delete ------------------------------------------------------------------------------------

    def confirm_delete(self) -> QMessageBox | None:
        """Delete: asks first (window-modal message box, ``open()``); Delete there removes the item."""
        selected = self.selected_item()
        if selected is None or not self.admin:
            return None
        key = self._key_of(selected)
        texts = self.texts
        box = QMessageBox(QMessageBox.Icon.Question, texts.question_title, texts.question.replace("%1", key),
                          QMessageBox.StandardButton.Cancel, self)
        box.setObjectName(self._names.question)
        box.setTextFormat(Qt.TextFormat.PlainText)
        yes = box.addButton(texts.confirm, QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName(self._names.confirm)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.buttonClicked.connect(lambda button: button is yes and self.delete_key(key))
        box.finished.connect(box.deleteLater)
        box.finished.connect(lambda _r: setattr(self, "confirmation", None))
        box.open()
        self.confirmation = box
        return box

    def delete_key(self, key: str) -> None:
        """Delete ``key`` now (no question; :meth:`confirm_delete` asks first)."""
        self.status.setText(self.texts.deleting.replace("%1", key))
        self.delete_button.setEnabled(False)
        self._start(self._delete(key), "delete")

    async def _delete(self, key: str) -> None:
        texts = self.texts
        try:
            await self._remove(key)
        except FEATURE_ERRORS as exc:
            text = texts.not_deleted.replace("%1", key).replace("%2", describe_error(exc))
            if outcome_unknown(exc):
                text += " " + texts.read_again
                self.loaded.connect(lambda: self.status.setText(text), Qt.ConnectionType.SingleShotConnection)
                self.reload()
                return
            self.status.setText(text)
            self._update_buttons()
            return
        self.loaded.connect(lambda: self.status.setText(texts.deleted.replace("%1", key)),
                            Qt.ConnectionType.SingleShotConnection)
        self.reload()

    def done(self, result: int) -> None:
        """Closed (the Close button, Escape, another portal): its calls and its open forms' stop, then it is deleted."""
        for child in self._children():
            if child is not None:
                child.reject()
        for key in self.task_keys:
            self._tasks.cancel(key)
        super().done(result)
