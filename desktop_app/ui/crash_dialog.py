"""The dialog after a crash report was written (``desktop_app.crash``): one plain sentence, an
*Open folder* button (the crash folder in the system's file manager) and a *Details* expander with
the report's text — already masked, never anything else of the exception."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


class CrashDialog(QMessageBox):
    """Non-modal window-modal message box for one crash report.

    Args:
        report: the report file written; its folder is what *Open folder* opens.
        text: the masked report text, shown only under *Show Details…* (plain text).
    """

    def __init__(self, report: Path, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Activity Desk"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.tr("Something unexpected went wrong. Your input is kept. A report (without "
                             "passwords or codes) was saved in %1.").replace("%1", str(report.parent)))
        self.setDetailedText(text)
        self.open_folder_button = self.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        self.open_folder_button.setAccessibleName(self.tr("Open the crash report folder"))
        self.close_button = self.addButton(QMessageBox.StandardButton.Close)
        self.setDefaultButton(self.close_button)
        self.open_folder_button.clicked.connect(self.open_folder)  # the box then closes, as for any button
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def open_folder(self) -> bool:
        """Show the report's folder in the system's file manager; ``False`` if nothing could open it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.parent)))


def show_crash_dialog(report: Path, text: str, parent: QWidget | None = None) -> CrashDialog:
    """Open a :class:`CrashDialog` without blocking (the event loop keeps running) and return it."""
    dialog = CrashDialog(report, text, parent)
    dialog.open()
    return dialog
