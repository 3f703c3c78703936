"""Text that came from a portal is shown as text, never rendered as markup.

Subjects, descriptions, names, error descriptions and any other string a portal sends may contain
``<a href=…>`` or ``<b>``; Qt renders a label's, message box's or tooltip's text as rich text when it
merely *looks* like HTML (``Qt.TextFormat.AutoText``, ``Qt.mightBeRichText``). So every label or
message box that can show portal text is switched to ``Qt.TextFormat.PlainText``, and tooltips —
which have no format switch — get the text escaped inside an explicit rich-text paragraph that keeps
spaces and line breaks.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

_Shown = TypeVar("_Shown", QLabel, QMessageBox)


def plain(widget: _Shown) -> _Shown:
    """``widget`` (a QLabel or QMessageBox) set to show its text literally; returns it."""
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def plain_tooltip(text: str) -> str:
    """A tooltip string that shows ``text`` literally (escaped, spaces and line breaks kept)."""
    if not text:
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def menu_text(text: str) -> str:
    """``text`` for a menu entry or button: an ``&`` in a name is shown, not taken as a shortcut mark."""
    return text.replace("&", "&&")
