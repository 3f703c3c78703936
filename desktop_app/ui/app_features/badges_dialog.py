"""Application → "Badges…": the portal's kanban badges (``crm.activity.badge.list``, api-spec.md §4.13) —
code, title, and the value drawn as the portal's coloured pill — with Add… and Delete for a portal
administrator.

Badges are global per portal and ``list`` works with a webhook too, so the dialog lists them on a
webhook-only connection as well; adding and deleting need an administrator (``user.admin``; for anyone
else both buttons are disabled and say so). A badge still carried by an open configurable activity
cannot be deleted: the portal's words say so (``ENTITY_WITH_BADGE_EXISTS``). Texts from the portal are
plain text (painted, never rendered as markup); a ``{language: text}`` title or value shows in the
interface language (fallback ``en``, then the first).

Every call runs as a task of the window's :class:`~desktop_app.ui.tasks.TaskRegistry`; dialogs open with
``open()`` / ``show()``, never ``exec()``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.bitrix.errors import outcome_unknown

from .availability import admin_text, reason_text
from .fields import FEATURE_ERRORS, FieldProblems, describe_error, error_label, plain_label

if TYPE_CHECKING:
    from desktop_app.bitrix.badges import Badge
    from desktop_app.services.app_features import ApplicationFeatures

    from ..main_window import MainWindow

__all__ = ["BADGE_COLOURS", "AddBadgeDialog", "BadgeRole", "BadgesDialog", "BadgesModel", "paint_pill", "pill_pixmap"]

#: Pill backgrounds by badge ``type`` (api-spec.md §4.13, sampled from the portal); unknown types: secondary.
BADGE_COLOURS = {"success": "#ebf6d9", "failure": "#eed6d4", "warning": "#ebe9a1", "primary": "#e4f2f8",
                 "secondary": "#eaebed"}
PILL_TEXT = "#333c48"
#: The :class:`Badge` of a row (any column).
BadgeRole = Qt.ItemDataRole.UserRole + 1
#: The badge type (``success``…) of a row.
BadgeTypeRole = Qt.ItemDataRole.UserRole + 2
_VALUE_COLUMN = 2
_Index = QModelIndex | QPersistentModelIndex

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def type_label(kind: str) -> str:
    """A badge type in words with its colour (translated)."""
    words = {"success": translate("BadgesDialog", "Success (green)"),
             "failure": translate("BadgesDialog", "Failure (red)"),
             "warning": translate("BadgesDialog", "Warning (yellow)"),
             "primary": translate("BadgesDialog", "Primary (blue)"),
             "secondary": translate("BadgesDialog", "Secondary (grey)")}
    return words.get(kind, kind)


def _pill_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    font.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
    return font


def paint_pill(painter: QPainter, rect: QRectF, text: str, kind: str, font: QFont) -> None:
    """Draw a badge value as the portal does: upper-case ``text`` in a rounded pill of ``kind``'s colour
    (:data:`BADGE_COLOURS`), left-aligned and vertically centred in ``rect``. ``text`` is drawn as text
    (never markup) and elided to fit."""
    font = _pill_font(font)
    metrics = QFontMetrics(font)
    shown = metrics.elidedText(text.upper(), Qt.TextElideMode.ElideRight, max(0, int(rect.width()) - 16))
    height = min(rect.height(), metrics.height() + 6)
    width = min(rect.width(), metrics.horizontalAdvance(shown) + 16)
    pill = QRectF(rect.left(), rect.top() + (rect.height() - height) / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(BADGE_COLOURS.get(kind, BADGE_COLOURS["secondary"])))
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setPen(QColor(PILL_TEXT))
    painter.setFont(font)
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, shown)
    painter.restore()


def pill_pixmap(text: str, kind: str, font: QFont, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The pill of :func:`paint_pill` on a transparent pixmap sized to fit (a preview, a combo icon)."""
    metrics = QFontMetrics(_pill_font(font))
    size = QSize(metrics.horizontalAdvance(text.upper()) + 18, metrics.height() + 8)
    pixmap = QPixmap(size * device_pixel_ratio)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_pill(painter, QRectF(1, 0, size.width() - 2, size.height()), text, kind, font)
    painter.end()
    return pixmap


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


class PillDelegate(QStyledItemDelegate):
    """Paints the value column as the badge's coloured pill (:func:`paint_pill`)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = QRectF(option.rect.adjusted(4, 2, -4, -2))
        paint_pill(painter, rect, text, index.data(BadgeTypeRole) or "secondary", option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        metrics = QFontMetrics(_pill_font(option.font))
        return QSize(max(hint.width(), metrics.horizontalAdvance(str(index.data() or "").upper()) + 28),
                     max(hint.height(), metrics.height() + 10))


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
        self._keys: set[str] = set()
        self.admin: bool | None = None
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
        self._keys.add(full)
        self._tasks.start(coro, key=full)

    def reload(self) -> None:
        """Ask the portal again: whether the user is an administrator, then the badges."""
        self.status.setText(self.tr("Loading the badges…"))
        self._start(self._load(), "load")

    async def _load(self) -> None:
        try:
            if self.admin is None:
                self.admin = await self._features.is_admin()
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
        reason = reason_text(self._features.unavailable)  # adding and deleting go through the application
        if not reason and not self.admin:
            reason = admin_text() if self.admin is False else self.tr("Checking your permissions on the portal…")
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

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        for key in self._keys:
            self._tasks.cancel(key)
        super().closeEvent(event)


class AddBadgeDialog(QDialog):
    """Add a badge: code, title, value, type (with the pill as it will look); window-modal, ``open()``.

    Problems show under their field and nothing is sent (an empty code, title or value; a code the
    portal already has). The portal's refusal shows under the field it names, else in the status line;
    what was typed stays.

    Signals:
        added(str): the portal registered the badge (its code).
    """

    added = Signal(str)

    def __init__(self, features: ApplicationFeatures, tasks: Any, taken: set[str], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("addBadgeDialog")
        self.setWindowTitle(self.tr("Add a badge"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        self._features = features
        self._tasks = tasks
        self._taken = taken
        self._key = f"app-badges:add:{id(self)}"

        self.code = QLineEdit(self)
        self.code.setObjectName("badgeCodeEdit")
        self.code.setAccessibleName(self.tr("Code"))
        self.code.setPlaceholderText(self.tr("e.g. paymentOverdue"))
        self.title = QLineEdit(self)
        self.title.setObjectName("badgeTitleEdit")
        self.title.setAccessibleName(self.tr("Title"))
        self.value = QLineEdit(self)
        self.value.setObjectName("badgeValueEdit")
        self.value.setAccessibleName(self.tr("Value"))
        self.type = QComboBox(self)
        self.type.setObjectName("badgeTypeCombo")
        self.type.setAccessibleName(self.tr("Type"))
        for kind in BADGE_COLOURS:
            self.type.addItem(type_label(kind), kind)
        self.preview = QLabel(self)
        self.preview.setObjectName("badgePreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        errors = {name: error_label(self, f"badge{name.title()}Error") for name in ("code", "title", "value", "type")}
        self.status = plain_label(self, "addBadgeStatus")
        self.problems = FieldProblems(errors, self.status, hints={"unique": "code"})

        form = QFormLayout()
        for text, field, key in ((self.tr("&Code:"), self.code, "code"), (self.tr("&Title:"), self.title, "title"),
                                 (self.tr("&Value:"), self.value, "value"), (self.tr("T&ype:"), self.type, "type")):
            label = QLabel(text, self)
            label.setBuddy(field)
            form.addRow(label, field)
            form.addRow("", errors[key])
        form.addRow(self.tr("Preview:"), self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveBadgeButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.value.textChanged.connect(lambda _t: self._update_preview())
        self.type.currentIndexChanged.connect(lambda _i: self._update_preview())
        self._update_preview()

    def _update_preview(self) -> None:
        text = self.value.text().strip() or self.tr("Value")
        self.preview.setPixmap(pill_pixmap(text, self.type.currentData() or "secondary", self.font(),
                                           self.devicePixelRatioF()))

    def submit(self) -> bool:
        """Check the form and send ``crm.activity.badge.add`` (True), or show the problems (False, nothing sent)."""
        self.problems.clear()
        code, title, value = self.code.text().strip(), self.title.text().strip(), self.value.text().strip()
        ok = True
        if not code:
            self.problems.show("code", self.tr("Enter a code, e.g. paymentOverdue."))
            ok = False
        elif code in self._taken:
            self.problems.show("code", self.tr("The portal already has a badge “%1”; choose another code.")
                               .replace("%1", code))
            ok = False
        if not title:
            self.problems.show("title", self.tr("Enter a title."))
            ok = False
        if not value:
            self.problems.show("value", self.tr("Enter the value shown in the badge."))
            ok = False
        if not ok:
            return False
        self.save_button.setEnabled(False)
        self.status.setText(self.tr("Sending to the portal…"))
        self._tasks.start(self._send(code, title, value, self.type.currentData()), key=self._key)
        return True

    async def _send(self, code: str, title: str, value: str, kind: str) -> None:
        try:
            await self._features.add_badge(code, title, value, kind)
        except FEATURE_ERRORS as exc:
            if outcome_unknown(exc) and await self._arrived(code):
                self._finish(code)
                return
            self.save_button.setEnabled(True)
            self.problems.clear()
            self.problems.show_error(exc)
            return
        self._finish(code)

    async def _arrived(self, code: str) -> bool:
        try:
            return any(b.code == code for b in await self._features.badges())
        except FEATURE_ERRORS:
            return False

    def _finish(self, code: str) -> None:
        self.added.emit(code)
        self.accept()

    def done(self, result: int) -> None:
        self._tasks.cancel(self._key)
        super().done(result)
