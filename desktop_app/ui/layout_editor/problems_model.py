"""The validation messages of the layout editor as a table model: severity (a word and an icon, not
colour alone), code, path, message and line. Each row keeps its :class:`LayoutProblem` and where it
is in the text (:class:`Placed`), under :data:`PROBLEM_ROLE` / :data:`PLACE_ROLE`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.layout import LayoutProblem

from ..plain_text import plain_tooltip

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2


def code_help(code: str) -> str:
    """A translated one-line explanation of a problem code (the code itself is the stable identifier)."""
    texts = {
        "ERROR_EMPTY_LAYOUT": QCoreApplication.translate("ProblemsModel", "The layout is missing, empty or not an object."),
        "FIELD_IS_REQUIRED": QCoreApplication.translate("ProblemsModel", "A required field is missing."),
        "FIELD_IS_REDUNDANT": QCoreApplication.translate("ProblemsModel", "A field the portal does not know; remove it."),
        "ENUM_FIELD": QCoreApplication.translate("ProblemsModel", "A value outside the allowed set."),
        "TOO_MANY_ITEMS": QCoreApplication.translate("ProblemsModel", "More entries than the portal allows."),
        "KEY_CONTAIN_WRONG_SYMBOLS": QCoreApplication.translate("ProblemsModel", "A key may contain only A–Z, a–z, 0–9, _ and -."),
        "WRONG_LANG": QCoreApplication.translate("ProblemsModel", "A translation key that is not a portal language."),
        "WRONG_FIELD_VALUE": QCoreApplication.translate("ProblemsModel", "A value of the wrong shape."),
        "LAYOUT_TOO_LARGE": QCoreApplication.translate("ProblemsModel", "The text is too large; it was not read."),
        "INVALID_JSON": QCoreApplication.translate("ProblemsModel", "The text is not valid JSON."),
        "NESTING_TOO_DEEP": QCoreApplication.translate("ProblemsModel", "The JSON is nested too deeply."),
    }
    return texts.get(code, code)


@dataclass(frozen=True)
class Placed:
    """Where a problem is shown: ``line`` 0-based (``None`` when not found), ``start``/``end``
    ``QTextDocument`` positions of the text to select."""

    line: int | None
    start: int
    end: int


class ProblemsModel(QAbstractTableModel):
    """Rows: problems in the validator's order (the first error is the portal's answer)."""

    SEVERITY, CODE, PATH, MESSAGE, LINE = range(5)

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: list[tuple[LayoutProblem, Placed]] = []

    def set_problems(self, rows: list[tuple[LayoutProblem, Placed]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def problem(self, row: int) -> LayoutProblem:
        return self._rows[row][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802, ANN201
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or not 0 <= section < 5:
            return None
        return (self.tr("Severity"), self.tr("Code"), self.tr("Path"), self.tr("Message"), self.tr("Line"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: ANN201
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        problem, place = self._rows[index.row()]
        column = index.column()
        if role == PROBLEM_ROLE:
            return problem
        if role == PLACE_ROLE:
            return place
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.SEVERITY:
                return self.tr("Error") if problem.severity == "error" else self.tr("Warning")
            if column == self.CODE:
                return problem.code
            if column == self.PATH:
                return problem.path or self.tr("(layout)")
            if column == self.MESSAGE:
                return problem.message
            if column == self.LINE:
                return str(place.line + 1) if place.line is not None else ""
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY:
            style = QApplication.style()
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical if problem.severity == "error" else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            return style.standardIcon(pixmap) if style is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(f"{problem.code}: {code_help(problem.code)}\n{problem.message}")  # values the user typed
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.SEVERITY:
            return self.tr("Error") if problem.severity == "error" else self.tr("Warning")
        return None
