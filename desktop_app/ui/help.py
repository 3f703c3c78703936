"""Help: the F1 guide with the keyboard shortcuts, and the About dialog.

The shortcut list is built from the window's actual :class:`QAction` objects (their text and
``shortcuts()``), so it cannot drift from what the keys do. About reads versions and licences from
the installed packages' metadata (``importlib.metadata``: ``License-Expression``, else ``License``,
else the licence classifiers); only what metadata cannot say (the icon font inside qtawesome) is
written here.
"""

from __future__ import annotations

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

#: The distribution of this application (pyproject ``name``).
APP_DISTRIBUTION = "activity-desk"

#: Bundled components shown in About: (distribution, what it does here). Versions and licences come
#: from their metadata.
COMPONENTS: tuple[tuple[str, str], ...] = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("Help", "Qt for Python: the window and widgets")),
    ("shiboken6", QT_TRANSLATE_NOOP("Help", "Qt for Python bindings runtime")),
    ("httpx", QT_TRANSLATE_NOOP("Help", "HTTP client")),
    ("httpcore", QT_TRANSLATE_NOOP("Help", "HTTP transport of httpx")),
    ("keyring", QT_TRANSLATE_NOOP("Help", "OS keyring access")),
    ("qasync", QT_TRANSLATE_NOOP("Help", "asyncio on the Qt event loop")),
    ("qtawesome", QT_TRANSLATE_NOOP("Help", "icon fonts")),
    ("pydantic", QT_TRANSLATE_NOOP("Help", "reply validation")),
    ("platformdirs", QT_TRANSLATE_NOOP("Help", "data and settings folders")),
    ("tenacity", QT_TRANSLATE_NOOP("Help", "retry schedule of the outbox")),
    ("starlette", QT_TRANSLATE_NOOP("Help", "the sandbox (demo) portal")),
    ("uvicorn", QT_TRANSLATE_NOOP("Help", "the sandbox portal's HTTP server")),
)


def app_version() -> str:
    """This application's version from its package metadata (``"unknown"`` when not installed)."""
    try:
        return metadata.version(APP_DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def licence_of(distribution: str) -> str:
    """The licence a package declares (SPDX expression, ``License`` field or classifiers), or ``""``."""
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return ""
    expression = (meta.get("License-Expression") or "").strip()
    if expression:
        return expression
    text = (meta.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    classifiers = [c.rsplit("::", 1)[-1].strip() for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::") and c.count("::") >= 2]
    return ", ".join(classifiers)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    purpose: str


def components() -> list[Component]:
    """Installed bundled components with version and licence (missing packages are left out),
    plus the Material Design Icons font that qtawesome ships (the version read from its file name)."""
    found: list[Component] = []
    for distribution, purpose in COMPONENTS:
        try:
            version = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
        found.append(Component(distribution, version, licence_of(distribution),
                               QCoreApplication.translate("Help", purpose)))
    mdi = _mdi_font_version()
    if mdi is not None:
        found.append(Component("Material Design Icons (Pictogrammers)", mdi, "Apache-2.0",
                               QCoreApplication.translate("Help", "icons, as bundled by qtawesome")))
    return found


def _mdi_font_version() -> str | None:
    try:
        import qtawesome
    except ImportError:
        return None
    fonts = Path(qtawesome.__file__).parent / "fonts"
    versions = sorted(m.group(1) for p in fonts.glob("materialdesignicons6-webfont-*.ttf")
                      if (m := re.search(r"-(\d+(?:\.\d+)*)\.ttf$", p.name)))
    return versions[-1] if versions else None


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """``(what it does, keys)`` for every action with a shortcut, in the given order, each action
    once; the text loses its ``&`` mnemonics and trailing ``…``; several shortcuts are joined with
    " or " (native text, e.g. ``Ctrl+N``)."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in actions:
        keys = [k for k in action.shortcuts() if not k.isEmpty()]
        if not keys or id(action) in seen:
            continue
        seen.add(id(action))
        text = re.sub(r"&(.)", r"\1", action.text()).replace("&&", "&").rstrip("…").strip()
        rows.append((text, " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)))
    return rows


class GuideDialog(QDialog):
    """F1: what the window is for, in a few lines, and the table of keyboard shortcuts."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpGuide")
        self.setWindowTitle(self.tr("Activity Desk guide"))
        guide = QLabel(self)
        guide.setObjectName("guideText")
        guide.setTextFormat(Qt.TextFormat.PlainText)
        guide.setWordWrap(True)
        guide.setText("\n\n".join([
            self.tr("Pick a lead, deal, contact or company on the left; its timeline shows in the middle: "
                    "planned to-dos first, sorted by deadline, then the history."),
            self.tr("New to-do (Ctrl+N) opens the form for the entity on screen. Right-click a card (or press "
                    "the Menu key) to complete, reschedule, edit or delete it."),
            self.tr("In a small window the entity list makes room for the form while it is open; Find entity "
                    "(Ctrl+F) shows the list again."),
            self.tr("My activities (Ctrl+Shift+A) lists your open activities across all entities, grouped by "
                    "deadline; Open shows one in its timeline."),
            self.tr("Every change is queued and sent to the portal; when the portal cannot be reached it is "
                    "kept and sent later, and saved lists stay readable."),
        ]))
        self.table = QTableWidget(self)
        self.table.setObjectName("shortcutTable")
        rows = shortcut_rows(actions)
        self.table.setColumnCount(2)
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(guide)
        heading = QLabel(self.tr("Keyboard shortcuts"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(600, 600)

    def shortcuts(self) -> list[tuple[str, str]]:
        """The rows shown: ``(action, keys)``."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]


class AboutDialog(QDialog):
    """Help → About: version, Qt / PySide6 / Python versions and the bundled components' licences."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Activity Desk"))
        self.version = app_version()
        title = QLabel(self.tr("Activity Desk %1").replace("%1", self.version), self)
        title.setObjectName("aboutVersion")
        title.setTextFormat(Qt.TextFormat.PlainText)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(self)
        summary.setObjectName("aboutSummary")
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        summary.setText("\n".join([
            self.tr("Bitrix24 CRM activities on your desktop. Licence: %1.").replace(
                "%1", licence_of(APP_DISTRIBUTION) or "MIT"),
            self.tr("Qt %1 · PySide6 %2 · Python %3").replace("%1", qVersion()).replace(
                "%2", pyside_version).replace("%3", platform.python_version()),
        ]))
        self.table = QTableWidget(self)
        self.table.setObjectName("componentTable")
        found = components()
        self.table.setColumnCount(4)
        self.table.setRowCount(len(found))
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence"),
                                              self.tr("Used for")])
        for row, component in enumerate(found):
            for column, text in enumerate((component.name, component.version, component.licence, component.purpose)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, self.fontMetrics().horizontalAdvance("LGPL-3.0-only OR GPL-2.0-only") + 16)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        note = QLabel(self.tr("Qt and PySide6 are used under the GNU LGPL version 3; you may replace them with "
                              "your own build."), self)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(860, 560)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()  # now that the stretched column has its width

    def component_licences(self) -> dict[str, str]:
        """``{component: licence}`` as shown."""
        return {self.table.item(r, 0).text(): self.table.item(r, 2).text() for r in range(self.table.rowCount())}
