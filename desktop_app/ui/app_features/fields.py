"""What the application dialogs' forms share: a problem shown under its field (plain text — the portal's
words are never markup), the field a portal error names, and the status line. Qt only."""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.bitrix.errors import AdminRequired, BitrixClientError, BitrixError, InvalidParameter
from desktop_app.services.app_features import ApplicationUnavailable, IconRefused, IconRule

from .. import messages
from .availability import admin_text, reason_text

__all__ = ["FEATURE_ERRORS", "FieldProblems", "describe_error", "error_label", "field_named_in", "icon_problem",
           "plain_label"]

#: What an application call may raise that the dialogs tell the user (anything else is a bug: the
#: window's task registry logs it and says so).
FEATURE_ERRORS = (BitrixClientError, ApplicationUnavailable, IconRefused)

translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls

ERROR_STYLE = "color: #c21b16;"


def plain_label(parent: QWidget, name: str, text: str = "") -> QLabel:
    """A word-wrapped plain-text label (portal text is shown as sent, never as markup)."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def error_label(parent: QWidget, name: str) -> QLabel:
    """The hidden red line under a field that says what is wrong with it."""
    label = plain_label(parent, name)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label


def field_named_in(text: str, fields: Iterable[str], hints: dict[str, str] | None = None) -> str | None:
    """The first of ``fields`` that ``text`` (a portal's error description) names as a word, else the
    field of the first phrase of ``hints`` (``phrase → field``, case-insensitive) it contains, else ``None``."""
    for field in fields:
        if re.search(rf"(?<![A-Za-z0-9_]){re.escape(field)}(?![A-Za-z0-9_])", text, re.IGNORECASE):
            return field
    lowered = text.casefold()
    for phrase, field in (hints or {}).items():
        if phrase.casefold() in lowered:
            return field
    return None


def describe_error(exc: BaseException) -> str:
    """One line for an application call's error: the window's message with its Bitrix24 code, the
    reason an application connection is missing, or an icon file's rule (plain text)."""
    if isinstance(exc, ApplicationUnavailable):
        return reason_text(exc.reason)
    if isinstance(exc, IconRefused):
        return icon_problem(exc)
    if isinstance(exc, AdminRequired):
        return admin_text()
    message = messages.describe(exc)
    return f"{message.text} ({message.code})" if message.code else message.text


def icon_problem(exc: IconRefused) -> str:
    """The rule an icon file broke, translated (``services.app_icons``: PNG/JPEG/GIF, at most 1 MiB)."""
    if exc.reason == IconRule.EMPTY:
        return translate("AppFeatures", "The icon file is empty.")
    if exc.reason == IconRule.UNREADABLE:
        return translate("AppFeatures", "The icon file cannot be read; choose another file.")
    if exc.reason == IconRule.TOO_LARGE:
        limit = (exc.limit or 0) // 1024
        if exc.size:
            return translate("AppFeatures", "The icon file is too large: %1 KiB; at most %2 KiB is accepted.") \
                .replace("%1", str(-(-exc.size // 1024))).replace("%2", str(limit))
        return translate("AppFeatures", "The icon file is too large; at most %1 KiB is accepted.").replace("%1", str(limit))
    return translate("AppFeatures", "The icon is not a PNG, JPEG or GIF image; choose an image file.")


class FieldProblems:
    """The error labels of a form, by field name (the REST field: ``TYPE_ID``, ``code``…), and its status line."""

    def __init__(self, labels: dict[str, QLabel], status: QLabel, hints: dict[str, str] | None = None,
                 icon_field: str | None = None) -> None:
        self.labels = labels
        self.status = status
        self.hints = hints or {}
        self.icon_field = icon_field

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
            label.hide()
        self.status.clear()

    def show(self, field: str | None, text: str) -> None:
        """``text`` under ``field`` (in the status line when the form has no such field)."""
        label = self.labels.get(field) if field is not None else None
        if label is None:
            self.status.setText(text)
            return
        label.setText(text)
        label.show()

    def text(self, field: str) -> str:
        """What is shown under ``field`` now (``""``: nothing)."""
        label = self.labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_error(self, exc: BaseException) -> None:
        """An application call's error under the field it names, else in the status line: a local
        check's rule (:class:`InvalidParameter`), an icon's (:class:`IconRefused`, under
        ``icon_field``), or the portal's own words (``error_description``, plain text)."""
        if isinstance(exc, InvalidParameter):
            field = exc.field if exc.field in self.labels else None
            if (exc.field, exc.code) in messages.RULES:
                text = messages.rule_text(exc.field, exc.code)
            else:  # the client's English rule, after the field's name: "TYPE_ID must be at most 100 characters"
                text = f"{messages.field_label(exc.field)} {exc.message}".strip()
            self.show(field, text)
            return
        if isinstance(exc, IconRefused):
            self.show(self.icon_field, icon_problem(exc))
            return
        if isinstance(exc, BitrixError) and exc.description:
            field = field_named_in(exc.description, self.labels, self.hints)
            if field is not None:
                self.show(field, exc.description)
                return
        self.show(None, describe_error(exc))
