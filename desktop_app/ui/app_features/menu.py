"""The main window's "Application" menu: the features only a Bitrix24 *application* connection (OAuth)
may use — custom activity types, badges, and (added by the configurable-activity and layout-block
modules) their own actions — and, when they cannot be used, why and how to fix it (issue 13 item 4).

:class:`ApplicationMenu` is ``window.app_menu``. Other modules add their actions with
:meth:`ApplicationMenu.add_feature_action` (``needs="application"`` or ``"portal"``, see
:mod:`.availability`); the menu enables and disables every action as the session changes
(``MainWindow.session_changed``), as the window goes offline or back (its title changes) and each
time the menu opens. A disabled action carries the reason in its tooltip and status tip; the menu
then also offers "Why are these unavailable?" (:class:`UnavailableDialog`), which explains the
application connection and offers "Connect an application…".

Dialogs are opened with ``open()`` / ``show()``, never ``exec()`` (style.md §2.4).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenu, QPushButton, QVBoxLayout, QWidget

from desktop_app.services.app_features import ApplicationFeatures, AppUnavailable

from .availability import NEEDS, no_portal_text, reason_text, unavailable_for
from .fields import plain_label

if TYPE_CHECKING:
    from ..main_window import MainWindow
    from .badges_dialog import BadgesDialog
    from .types_dialog import TypesDialog

__all__ = ["ApplicationMenu", "UnavailableDialog"]

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


class ApplicationMenu(QObject):
    """``window.app_menu``: the "&Application" menu of ``window`` (inserted after "Tools").

    Attributes:
        menu: the :class:`QMenu`.
        types_action: "Activity types…" (:class:`~.types_dialog.TypesDialog`), needs the application.
        badges_action: "Badges…" (:class:`~.badges_dialog.BadgesDialog`), needs the portal (webhook or application).
        why_action: "Why are these unavailable?", shown while an application feature is unavailable.
        types_dialog, badges_dialog, explanation: the dialog last opened (``None`` when none is).

    Signals:
        availability_changed(): actions were enabled or disabled again (:meth:`refresh`).
    """

    availability_changed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("applicationMenuController")
        self._window = window
        self._actions: list[tuple[QAction, str, str, str]] = []  # action, needs, its own tooltip / status tip
        self.types_dialog: TypesDialog | None = None
        self.badges_dialog: BadgesDialog | None = None
        self.explanation: UnavailableDialog | None = None

        self.menu = QMenu(translate("MainWindow", "&Application"), window)
        self.menu.setObjectName("applicationMenu")
        self.menu.setToolTipsVisible(True)  # a disabled item's tooltip is its reason
        bar = window.menuBar()
        after_tools = _menu_after(window, window.layout_editor_action)
        if after_tools is not None:
            bar.insertMenu(after_tools, self.menu)
        else:
            bar.addMenu(self.menu)

        self.types_action = QAction(translate("MainWindow", "Activity &types…"), window)
        self.types_action.setObjectName("appTypesAction")
        self.types_action.setStatusTip(translate("MainWindow", "Your application's custom activity types: add one with "
                                                               "an icon, delete one, create an activity of a type"))
        self.types_action.triggered.connect(self.open_types)
        self.badges_action = QAction(translate("MainWindow", "&Badges…"), window)
        self.badges_action.setObjectName("appBadgesAction")
        self.badges_action.setStatusTip(translate("MainWindow", "The portal's kanban badges: list, add, delete"))
        self.badges_action.triggered.connect(self.open_badges)
        self._end = self.menu.addSeparator()
        self.why_action = QAction(translate("MainWindow", "Why are these unavailable?"), window)
        self.why_action.setObjectName("appWhyAction")
        self.why_action.triggered.connect(self.explain)
        self.menu.addAction(self.why_action)
        self.add_feature_action(self.types_action)
        self.add_feature_action(self.badges_action, needs="portal")

        window.session_changed.connect(self._on_session_changed)
        window.windowTitleChanged.connect(lambda _title: self.refresh())  # offline / back: the title says so
        self.menu.aboutToShow.connect(self.refresh)
        self.refresh()

    # -- public API (H3's actions) -------------------------------------------------------------

    def add_feature_action(self, action: QAction, needs: str = "application") -> QAction:
        """Put ``action`` in the menu (above "Why are these unavailable?") and keep it enabled only
        while what it ``needs`` is there (``"application"``: the application connection, online;
        ``"portal"``: any connection, online). While disabled its tooltip and status tip say why; its
        own are put back when it is enabled again. An action with a shortcut is also added to the
        window, so the shortcut works wherever the focus is. Returns ``action``.

        Raises:
            ValueError: ``needs`` is not one of :data:`~.availability.NEEDS`.
        """
        if needs not in NEEDS:
            raise ValueError(f"needs must be one of {NEEDS}, not {needs!r}")
        tip = action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
        self._actions.append((action, needs, tip, action.statusTip()))
        self.menu.insertAction(self._end, action)
        if not action.shortcut().isEmpty():
            self._window.addAction(action)
        self._apply(action, needs, tip, action.statusTip())
        return action

    def features(self) -> ApplicationFeatures | None:
        """The application features of the window's session (``window.services.app_features``; ``None``
        without a session)."""
        services = self._window.services
        return services.app_features if services is not None else None

    def unavailable(self, needs: str = "application") -> AppUnavailable | None:
        """What stands in the way of a feature that ``needs`` it now (``None``: usable, or no session)."""
        session = self._window.session
        if session is None:
            return None
        features = self.features()
        return unavailable_for(has_app_client=session.app_client is not None,
                               offline=bool(self._window.offline or session.offline),
                               features_unavailable=features.unavailable if features is not None else None,
                               needs=needs)

    def reason(self, needs: str = "application") -> str:
        """Why a feature that ``needs`` it is unavailable now, translated (``""``: it is available)."""
        if self._window.session is None:
            return no_portal_text()
        return reason_text(self.unavailable(needs))

    def refresh(self) -> None:
        """Enable / disable every feature action for the current session (module docstring)."""
        for action, needs, tip, status in self._actions:
            self._apply(action, needs, tip, status)
        self.why_action.setVisible(self._window.session is not None and self.unavailable("application") is not None)
        self.availability_changed.emit()

    def _apply(self, action: QAction, needs: str, tip: str, status: str) -> None:
        reason = self.reason(needs)
        action.setEnabled(not reason)
        action.setToolTip(reason or tip or action.text().replace("&", ""))
        action.setStatusTip(reason or status)

    # -- dialogs ------------------------------------------------------------------------------

    def open_types(self) -> TypesDialog | None:
        """"Activity types…": the application's custom types (:class:`~.types_dialog.TypesDialog`,
        non-modal; one at a time). ``None`` when the application connection is not there."""
        from .types_dialog import TypesDialog

        features = self.features()
        if features is None or self.reason("application"):
            return None
        return self._show_one("types_dialog", lambda: TypesDialog(features, self._window))

    def open_badges(self) -> BadgesDialog | None:
        """"Badges…": the portal's badges (:class:`~.badges_dialog.BadgesDialog`, non-modal; one at a
        time). With a webhook only the list is read with the webhook (api-spec.md §4.13)."""
        from .badges_dialog import BadgesDialog

        features = self.features()
        session = self._window.session
        if features is None or session is None or self.reason("portal"):
            return None
        return self._show_one("badges_dialog", lambda: BadgesDialog(features, self._window))

    def _show_one(self, attr: str, make: Callable[[], QDialog]) -> Any:
        """The dialog kept in ``self.<attr>`` shown and raised, else a new one from ``make()`` (non-modal,
        ``show()``; forgotten when it is closed, which deletes it)."""
        dialog = getattr(self, attr)
        if dialog is not None:
            dialog.show()
            dialog.raise_()
            return dialog
        dialog = make()
        setattr(self, attr, dialog)
        dialog.finished.connect(lambda _r: self._forget(attr, dialog))  # closing deletes it
        dialog.show()
        return dialog

    def explain(self) -> UnavailableDialog:
        """"Why are these unavailable?": :class:`UnavailableDialog` for the current reason (window-modal, ``open()``)."""
        unavailable = self.unavailable("application") or AppUnavailable.WEBHOOK_ONLY
        dialog = UnavailableDialog(unavailable, self._window)
        dialog.connect_requested.connect(self._connect_application)
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _r: self._forget("explanation", dialog))
        dialog.open()
        self.explanation = dialog
        return dialog

    def _forget(self, name: str, dialog: QDialog) -> None:
        """A dialog closed (and is being deleted): no longer the one ``name`` refers to."""
        if getattr(self, name) is dialog:
            setattr(self, name, None)

    def _connect_application(self) -> None:
        """The connect dialog on its "Application (OAuth)" tab."""
        self._window.open_connect_dialog(application=True)

    def _on_session_changed(self, _session: object) -> None:
        """Another portal: dialogs of the previous one close (their features belonged to it)."""
        for dialog in (self.types_dialog, self.badges_dialog):
            if dialog is not None:
                dialog.close()
        self.refresh()


class UnavailableDialog(QDialog):
    """Why the application features are unavailable and how to add an application connection.

    Attributes:
        text: the explanation (plain text).
        connect_button: "Connect an application…" (hidden when it would not help: offline).

    Signals:
        connect_requested(): the user chose to connect an application (the dialog then closes).
    """

    connect_requested = Signal()

    def __init__(self, unavailable: AppUnavailable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("appUnavailableDialog")
        self.setWindowTitle(self.tr("Application features"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(480)
        self.unavailable = unavailable
        self.text = plain_label(self, "appUnavailableText", self._explanation(unavailable))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.connect_button = QPushButton(self.tr("&Connect an application…"), self)
        self.connect_button.setObjectName("connectApplicationButton")
        self.connect_button.setAccessibleName(self.tr("Connect an application"))
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setVisible(unavailable != AppUnavailable.OFFLINE)
        self.connect_button.clicked.connect(self._connect)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        if self.connect_button.isVisibleTo(self):
            self.connect_button.setDefault(True)

    def _explanation(self, unavailable: AppUnavailable) -> str:
        features = self.tr("Custom activity types, activities of those types, configurable activities, additional "
                           "content blocks and adding badges need an application connection (OAuth): Bitrix24 "
                           "lets only an application call these methods, never an incoming webhook.")
        how = self.tr("To add one: create a local application on your portal (Developer resources → Other → Local "
                      "application, with the crm scope), then choose Portal → Connect a portal… → the Application (OAuth) tab, "
                      "and enter its client id and client secret. The webhook keeps working beside it.")
        if unavailable == AppUnavailable.OFFLINE:
            return "\n\n".join([reason_text(unavailable), self.tr(
                "The application features come back by themselves when the portal answers again.")])
        if unavailable == AppUnavailable.RECONNECT:
            return "\n\n".join([reason_text(unavailable), features])
        return "\n\n".join([features, self.tr("This portal is connected by an incoming webhook only."), how])

    def _connect(self) -> None:
        self.accept()
        self.connect_requested.emit()


def _menu_after(window: MainWindow, action: QAction) -> QAction | None:
    """The menu-bar entry after the menu holding ``action`` (``None``: none, or no such menu)."""
    entries = window.menuBar().actions()
    for index, entry in enumerate(entries):
        menu = entry.menu()
        if menu is not None and action in menu.actions():
            return entries[index + 1] if index + 1 < len(entries) else None
    return None
