"""The layout editor window (issue 11 item 5): JSON text with highlighting and line numbers, the live
card preview, validation messages linked to their lines, a structured panel that edits the same
text, templates, open/save, undo/redo. Entry point: :class:`LayoutEditorWindow`."""

from .window import LayoutEditorWindow

__all__ = ["LayoutEditorWindow"]
