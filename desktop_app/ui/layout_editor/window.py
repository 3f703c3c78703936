"""The layout editor window (issue 11, item 5): JSON text with highlighting and line numbers beside
the live card preview, the validator's messages linked to their lines, a structured panel for the
common parts that edits the same text, templates, open/save and the document's undo/redo.

Flow: a change of the text schedules a validation: at once when the text has been quiet for
:data:`DEBOUNCE_MS` (a single keystroke reaches the preview in ~15 ms), otherwise when that interval
since the last validation is over — so a burst of typing is validated at most every
:data:`DEBOUNCE_MS` (or twice the last validation's time, if longer), never on each keystroke. The text is
parsed and validated (``desktop_app.layout``; text over ``MAX_LAYOUT_CHARS`` is refused before
parsing and the message shown), the problems are placed at their lines, the preview and the panel
are updated and :attr:`LayoutEditorWindow.validated` is emitted. Panel edits are written through
the text document (one undo step each) and validated at once. Portal texts are plain text.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.layout import MAX_LAYOUT_CHARS, LayoutReport, parse_layout_text, validate_layout

from ..plain_text import menu_text
from .code_editor import CodeEditor
from .json_edit import plan_edit
from .json_locate import utf16_offset
from .options_bar import PreviewOptionsBar
from .placement import place_problems
from .portal_bar import PortalActions
from .preview_bridge import LayoutPreviewWidget
from .problems_model import PLACE_ROLE, ProblemsModel
from .structure_panel import StructurePanel
from .templates import list_templates
from .window_files import FilesMixin

#: Least time between two validations while typing (ms).
DEBOUNCE_MS = 60


class LayoutEditorWindow(FilesMixin, QMainWindow):
    """Edit a ``LayoutDto`` (``crm.activity.configurable.*``) or ``RestAppLayoutDto``
    (``crm.activity.layout.blocks.set``) with a live preview.

    Signals:
        validated(LayoutReport): the text was validated (after the debounce or a panel edit).

    Attributes (for tests and the main window): ``editor`` (:class:`CodeEditor`), ``problems``
    (:class:`ProblemsModel`) and ``problems_view``, ``preview`` (``LayoutPreviewWidget``),
    ``options_bar``, ``panel`` (:class:`StructurePanel`), ``report`` (the latest report),
    ``data`` (the parsed text, ``None`` when it does not parse), ``path`` (the file, or ``None``).
    """

    validated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Layout editor") + " [*]")
        self.path: str | None = None
        self.kind = "layout"
        self.report: LayoutReport | None = None
        self.data: Any = None
        self._dialog: QFileDialog | None = None
        self._close_prompt: QMessageBox | None = None
        self._closing_ok = False

        self.editor = CodeEditor()
        self.editor.max_chars = MAX_LAYOUT_CHARS
        self.editor.paste_refused.connect(self._paste_refused)
        self.editor.setAccessibleName(self.tr("Layout JSON"))
        self.problems = ProblemsModel(self)
        self.problems_view = QTableView()
        self.problems_view.setModel(self.problems)
        self.problems_view.setAccessibleName(self.tr("Problems in the layout"))
        self.problems_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_view.setWordWrap(False)
        self.problems_view.verticalHeader().hide()
        header = self.problems_view.horizontalHeader()
        for column in (ProblemsModel.SEVERITY, ProblemsModel.CODE, ProblemsModel.PATH, ProblemsModel.LINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ProblemsModel.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.problems_view.activated.connect(self.go_to_problem)
        self.problems_view.clicked.connect(self.go_to_problem)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.options_bar = PreviewOptionsBar()
        self.preview = LayoutPreviewWidget()
        self.options_bar.options_changed.connect(self._options_changed)
        self.preview.set_options(self.options_bar.options())
        self.panel = StructurePanel()
        self.panel.edit_requested.connect(self.apply_edit)

        left = QSplitter(Qt.Orientation.Vertical)
        left.addWidget(self.editor)
        problems_box = QWidget()
        problems_layout = QVBoxLayout(problems_box)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.summary)
        problems_layout.addWidget(self.problems_view)
        left.addWidget(problems_box)
        left.setSizes([500, 180])
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.options_bar)
        preview_scroll = QScrollArea()
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setWidget(self.preview)
        middle_layout.addWidget(preview_scroll, 1)
        panel_scroll = QScrollArea()
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setWidget(self.panel)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, panel_scroll):
            splitter.addWidget(widget)
        splitter.setSizes([500, 520, 400])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.addWidget(self.notice)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.resize(1420, 820)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.validate_now)
        self._last_run = 0.0  # time.monotonic() when the last validation ended
        self._last_cost = 0.0  # how long it took (s)
        document = self.editor.document()
        document.contentsChanged.connect(self._schedule)
        document.modificationChanged.connect(self.setWindowModified)
        self._build_actions()
        #: The Portal actions (create / update a configurable activity, save / remove content blocks).
        self.portal = PortalActions(self)
        if parent is not None:
            parent.installEventFilter(self)  # the main window's close asks about unsaved changes first
        self.validate_now()

    # -- actions -----------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.templates_menu = file_menu.addMenu(self.tr("New from &template"))
        for template in list_templates():
            action = self.templates_menu.addAction(menu_text(template.title))
            action.triggered.connect(lambda _=False, t=template: self.load_template(t))
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.ask_open)
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.save_as_action = QAction(self.tr("Save &as…"), self)
        self.save_as_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        self.save_as_action.triggered.connect(self.ask_save_as)
        close_action = QAction(self.tr("&Close"), self)
        close_action.setShortcut(QKeySequence.StandardKey.Close)
        close_action.triggered.connect(self.close)
        file_menu.addActions([self.open_action, self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(close_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.editor.undo)
        self.undo_action.setEnabled(False)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.redo_action.triggered.connect(self.editor.redo)
        self.redo_action.setEnabled(False)
        self.editor.undoAvailable.connect(self.undo_action.setEnabled)
        self.editor.redoAvailable.connect(self.redo_action.setEnabled)
        edit_menu.addActions([self.undo_action, self.redo_action])

        toolbar = QToolBar(self.tr("Layout"))
        toolbar.setObjectName("layoutEditorToolbar")
        self.kind_box = QComboBox()
        self.kind_box.addItem(self.tr("Configurable activity layout"), "layout")
        self.kind_box.addItem(self.tr("Additional content blocks"), "rest_app")
        self.kind_box.setToolTip(self.tr("crm.activity.configurable.add layout, or crm.activity.layout.blocks.set layout"))
        self.kind_box.currentIndexChanged.connect(lambda _i: self.set_kind(self.kind_box.currentData()))
        toolbar.addWidget(QLabel(self.tr("Kind:")))
        toolbar.addWidget(self.kind_box)
        toolbar.addSeparator()
        toolbar.addActions([self.open_action, self.save_action, self.undo_action, self.redo_action])
        self.addToolBar(toolbar)

    # -- text → validation → preview, problems, panel ----------------------------------------------
    def set_kind(self, kind: str) -> None:
        """Validate the text as ``"layout"`` (LayoutDto) or ``"rest_app"`` (RestAppLayoutDto)."""
        if kind not in ("layout", "rest_app") or kind == self.kind:
            return
        self.kind = kind
        self.kind_box.setCurrentIndex(self.kind_box.findData(kind))
        if hasattr(self.preview, "set_kind"):
            self.preview.set_kind(kind)
        self.validate_now()

    def _schedule(self) -> None:
        if self._timer.isActive():
            return  # the pending run reads the latest text
        gap = max(DEBOUNCE_MS / 1000, 2 * self._last_cost)
        wait = gap - (time.monotonic() - self._last_run)
        self._timer.start(max(0, round(wait * 1000)))

    def validate_now(self) -> LayoutReport:
        """Validate the text now (the scheduler calls this) and update everything from it."""
        self._timer.stop()
        started = time.monotonic()
        try:
            return self._validate()
        finally:
            self._last_run = time.monotonic()
            self._last_cost = self._last_run - started

    def _validate(self) -> LayoutReport:
        self.editor.sync_highlighting()
        text = self.editor.toPlainText()
        parsed = parse_layout_text(text)
        if parsed.problem is not None:
            report = LayoutReport(kind=self.kind, problems=[parsed.problem])
            self.data = None
        else:
            self.data = parsed.value
            report = validate_layout(parsed.value, kind=self.kind)
        self.report = report
        placed = place_problems(text, report.problems)
        self.problems.set_problems(placed)
        errors = {p.line for pr, p in placed if p.line is not None and pr.severity == "error"}
        warnings = {p.line for pr, p in placed if p.line is not None and pr.severity == "warning"} - errors
        self.editor.set_problem_lines(errors, warnings)
        self.summary.setText(self._summary(report, parsed.problem is not None))
        if parsed.problem is None:
            self.preview.set_layout(self.data if isinstance(self.data, dict) else None, report)
        self.panel.set_data(self.data, self.kind, self.options_bar.options().lang)
        self.validated.emit(report)
        return report

    def _summary(self, report: LayoutReport, unreadable: bool) -> str:
        if not report.problems:
            return self.tr("No problems: the portal accepts this layout.")
        errors, warnings = len(report.errors), len(report.warnings)
        text = self.tr("%1 error(s), %2 warning(s).").replace("%1", str(errors)).replace("%2", str(warnings))
        first = report.first
        if first is not None:
            text += " " + self.tr("The portal answers %1 at %2.").replace("%1", first.code).replace("%2", first.path or self.tr("(layout)"))
        if report.truncated:
            text += " " + self.tr("More problems were found than are listed.")
        if unreadable:
            text += " " + self.tr("The preview shows the last readable text.")
        return text

    def _paste_refused(self, text: str) -> None:
        report = validate_layout(text, kind=self.kind)  # refused by its size before any parsing
        reason = str(report.first) if report.first is not None else ""
        self.show_notice(self.tr("The paste was not inserted: %1 Your text is unchanged.").replace("%1", reason))

    def _options_changed(self, options: Any) -> None:
        self.preview.set_options(options)
        self.panel.set_data(self.data, self.kind, options.lang)

    def go_to_problem(self, index: QModelIndex) -> None:
        """Move the cursor to the problem's place in the text and select it."""
        place = self.problems.data(index, PLACE_ROLE) if index.isValid() else None
        if place is None or place.line is None:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(place.start)
        cursor.setPosition(place.end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- panel → text --------------------------------------------------------------------------------
    def apply_edit(self, location: tuple, value: Any) -> None:
        """Set ``location`` to ``value`` in the text (one undo step) and validate at once."""
        text = self.editor.toPlainText()
        edit = plan_edit(text, tuple(location), value)
        if edit is None:
            return
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.setPosition(utf16_offset(text, edit.start))
        cursor.setPosition(utf16_offset(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(edit.replacement)
        cursor.endEditBlock()
        self.validate_now()

    def replace_text(self, text: str) -> None:
        """Put ``text`` in the editor as one undoable step (Undo brings the previous text back)."""
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self.editor.moveCursor(QTextCursor.MoveOperation.Start)
        self.validate_now()
