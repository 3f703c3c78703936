"""The JSON text editor: line numbers (a line-number area as in Qt's Code Editor example), syntax
highlighting (keys, strings, numbers, literals, brackets) and problem lines underlined — errors with
a wavy line, warnings with a dashed one, and a marker in the line-number area ("!" error, "?"
warning), so the two differ by more than colour.

Highlighting is switched off for text longer than :data:`HIGHLIGHT_LIMIT` (a 10 MB paste must not
freeze the editor; the validator refuses such text unparsed anyway).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

#: Longest text (characters) that is highlighted; longer text is shown plain.
HIGHLIGHT_LIMIT = 256 * 1024
#: Longest line (characters) that is highlighted.
LINE_LIMIT = 20_000

_TOKENS = re.compile(
    r'(?P<string>"(?:[^"\\]|\\.)*"?)(?P<colon>\s*:)?'
    r"|(?P<number>-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"|(?P<literal>\b(?:true|false|null)\b)"
    r"|(?P<bracket>[{}\[\]])"
)


def _format(color: str, *, bold: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(color))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


class JsonHighlighter(QSyntaxHighlighter):
    """Colours JSON tokens and underlines the lines in :attr:`error_lines` / :attr:`warning_lines`
    (0-based block numbers)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.formats = {
            "key": _format("#7a3e9d", bold=True),
            "string": _format("#2e7d32"),
            "number": _format("#1565c0"),
            "literal": _format("#c2185b", bold=True),
            "bracket": _format("#5d4037", bold=True),
        }
        self.error_lines: set[int] = set()
        self.warning_lines: set[int] = set()

    def set_problem_lines(self, errors: set[int], warnings: set[int]) -> None:
        """Underline these lines (0-based); only the lines that change are highlighted again."""
        changed = (errors ^ self.error_lines) | (warnings ^ self.warning_lines)
        self.error_lines, self.warning_lines = set(errors), set(warnings)
        doc = self.document()
        if doc is None:
            return
        for number in sorted(changed):
            block = doc.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if len(text) > LINE_LIMIT:
            return
        number = self.currentBlock().blockNumber()
        underline = None
        if number in self.error_lines:
            underline = (QTextCharFormat.UnderlineStyle.WaveUnderline, QColor("#d32f2f"))
        elif number in self.warning_lines:
            underline = (QTextCharFormat.UnderlineStyle.DashUnderline, QColor("#ef6c00"))

        def styled(fmt: QTextCharFormat) -> QTextCharFormat:
            if underline is None:
                return fmt
            fmt = QTextCharFormat(fmt)
            fmt.setUnderlineStyle(underline[0])
            fmt.setUnderlineColor(underline[1])
            return fmt

        if underline is not None:
            self.setFormat(0, len(text), styled(QTextCharFormat()))
        wide = None if text.isascii() else _utf16_positions(text)
        for match in _TOKENS.finditer(text):
            kind = match.lastgroup
            if match.group("string") is not None:
                kind = "key" if match.group("colon") else "string"
                start, end = match.span("string")
            else:
                start, end = match.span()
            if wide is not None:  # Qt counts UTF-16 code units: a character beyond U+FFFF is two
                start, end = wide[start], wide[end]
            self.setFormat(start, end - start, styled(self.formats[kind or "string"]))


def _utf16_positions(text: str) -> list[int] | None:
    """UTF-16 position of each character offset (and of the end); ``None`` when they are equal."""
    if all(ord(ch) <= 0xFFFF for ch in text):
        return None
    out, pos = [], 0
    for ch in text:
        out.append(pos)
        pos += 2 if ord(ch) > 0xFFFF else 1
    out.append(pos)
    return out


class _LineNumberArea(QWidget):
    def __init__(self, editor: CodeEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.editor.line_number_width(), 0)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        self.editor.paint_line_numbers(event)


class CodeEditor(QPlainTextEdit):
    """A plain-text editor for JSON with line numbers, highlighting and problem markers.

    Signals:
        paste_refused(str): a paste or drop was not inserted because the text would have been longer
            than :attr:`max_chars`; the argument is the text the document would have had.
    """

    paste_refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTabChangesFocus(False)
        #: Longest text (characters) a paste may produce; ``None`` for no limit.
        self.max_chars: int | None = None
        self.line_numbers = _LineNumberArea(self)
        self.highlighter = JsonHighlighter(self.document())
        self.blockCountChanged.connect(self._update_margin)
        self.updateRequest.connect(self._update_area)
        self._update_margin()

    # -- highlighting on/off by size ---------------------------------------------------------------
    def highlighting(self) -> bool:
        return self.highlighter.document() is not None

    def sync_highlighting(self) -> None:
        """Highlight only text up to :data:`HIGHLIGHT_LIMIT` characters."""
        small = self.document().characterCount() <= HIGHLIGHT_LIMIT
        if small and not self.highlighting():
            self.highlighter.setDocument(self.document())
        elif not small and self.highlighting():
            self.highlighter.setDocument(None)

    def insertFromMimeData(self, source) -> None:  # noqa: N802, ANN001 (Qt override)
        """Paste or drop. Text that would make the document longer than :attr:`max_chars` is not
        inserted (laying out megabytes of text would freeze the window): :attr:`paste_refused`
        carries the text the document would have had, so its size can be reported."""
        if source.hasText():
            pasted = source.text()
            cursor = self.textCursor()
            length = self.document().characterCount() - 1 - (cursor.selectionEnd() - cursor.selectionStart()) + len(pasted)
            if self.max_chars is not None and length > self.max_chars:
                text = self.toPlainText()
                self.paste_refused.emit(text[: cursor.selectionStart()] + pasted + text[cursor.selectionEnd() :])
                return
            if length > HIGHLIGHT_LIMIT:
                self.highlighter.setDocument(None)  # before the paste: a large paste is not highlighted at all
        super().insertFromMimeData(source)

    def set_problem_lines(self, errors: set[int], warnings: set[int]) -> None:
        self.highlighter.set_problem_lines(errors, warnings)
        self.line_numbers.update()

    # -- line-number area ------------------------------------------------------------------------
    def line_number_width(self) -> int:
        digits = len(str(max(1, self.blockCount())))
        return 6 + self.fontMetrics().horizontalAdvance("9") * (digits + 2)

    def _update_margin(self, _count: int = 0) -> None:
        self.setViewportMargins(self.line_number_width(), 0, 0, 0)

    def _update_area(self, rect: QRect, dy: int) -> None:
        if dy:
            self.line_numbers.scroll(0, dy)
        else:
            self.line_numbers.update(0, rect.y(), self.line_numbers.width(), rect.height())
        if rect.contains(self.viewport().rect()):
            self._update_margin()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        cr = self.contentsRect()
        self.line_numbers.setGeometry(QRect(cr.left(), cr.top(), self.line_number_width(), cr.height()))

    def paint_line_numbers(self, event: QPaintEvent) -> None:
        painter = QPainter(self.line_numbers)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.alternateBase())
        block = self.firstVisibleBlock()
        number = block.blockNumber()
        top = round(self.blockBoundingGeometry(block).translated(self.contentOffset()).top())
        bottom = top + round(self.blockBoundingRect(block).height())
        height = self.fontMetrics().height()
        width = self.line_numbers.width() - 4
        errors, warnings = self.highlighter.error_lines, self.highlighter.warning_lines
        while block.isValid() and top <= event.rect().bottom():
            if block.isVisible() and bottom >= event.rect().top():
                mark = "!" if number in errors else "?" if number in warnings else " "
                if mark != " ":
                    painter.setPen(QColor("#d32f2f") if mark == "!" else QColor("#ef6c00"))
                else:
                    painter.setPen(palette.placeholderText().color())
                painter.drawText(0, top, width, height, Qt.AlignmentFlag.AlignRight, f"{number + 1} {mark}")
            block = block.next()
            top = bottom
            bottom = top + round(self.blockBoundingRect(block).height())
            number += 1
        painter.end()
