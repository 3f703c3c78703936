"""The main window's system-tray icon (issue 14 item 5): where the desktop has a system tray
(``QSystemTrayIcon.isSystemTrayAvailable()``), closing the window hides it to the tray instead of
quitting, so reminders (:mod:`.reminders_tray`) keep coming due; the icon's menu has **Open Activity
Desk** and **Quit** (which asks about changes not yet sent, like Portal → Quit: :mod:`.window_quit`).
The first time in a run the window closes to the tray, a tray message says so. Without a tray,
closing quits as before.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QStyle, QSystemTrayIcon


class WindowTray(QObject):
    """The tray icon of ``window`` (a :class:`~desktop_app.ui.main_window.MainWindow`).

    Attributes:
        icon: the ``QSystemTrayIcon``, ``None`` where the desktop has no tray.
        menu: its context menu (``open_action``, ``quit_action``).
        enabled: whether closing the window may hide it to the tray (read from the Settings menu's check).
        said_closed_to_tray: the "still running in the tray" message was shown in this run.
    """

    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self._window = window
        self.said_closed_to_tray = False
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu(window)
        self.menu.setObjectName("trayMenu")
        self.open_action = QAction(self.tr("&Open Activity Desk"), self)
        self.open_action.setObjectName("trayOpen")
        self.open_action.triggered.connect(self.show_window)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("trayQuit")
        self.quit_action.triggered.connect(window.quit_app)
        self.menu.addAction(self.open_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        if self.available():
            self._show_icon()

    @property
    def enabled(self) -> bool:
        """Whether closing the window may hide it to the tray: Settings → "Keep running in the tray when
        closed" is checked (``Settings.close_to_tray``, on unless saved off; on for a window without it)."""
        setting = getattr(self._window, "close_to_tray_action", None)
        return setting is None or setting.isChecked()

    @staticmethod
    def available() -> bool:
        """Whether the desktop has a system tray now."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def closes_to_tray(self) -> bool:
        """Whether closing the window hides it to the tray (a tray exists and it is enabled)."""
        return self.enabled and self.available()

    def _show_icon(self) -> QSystemTrayIcon:
        if self.icon is None:
            image = QApplication.windowIcon()
            if image.isNull():  # no application icon set (e.g. the window made outside app.py)
                image = QIcon(self._window.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon))
            self.icon = QSystemTrayIcon(image, self)
            self.icon.setToolTip(self.tr("Activity Desk"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
        self.icon.show()
        return self.icon

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def notify(self, title: str, text: str) -> bool:
        """A desktop notification from the tray icon; ``False`` where there is no tray."""
        if not self.available():
            return False
        self._show_icon().showMessage(title, text, QSystemTrayIcon.MessageIcon.Information)
        return True

    def hide_window(self) -> None:
        """Hide the window to the tray; the first time in a run, say so in a tray message."""
        self._window.hide()
        if not self.said_closed_to_tray:
            self.said_closed_to_tray = self.notify(self.tr("Activity Desk is still running"), self.tr(
                "Reminders keep coming while the window is closed. Open it again or quit from the tray icon."))

    def show_window(self) -> None:
        """Bring the window back (from the tray, a notification or a minimised state)."""
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()
