"""A conflict, in words (issue 12 point 4): what a colleague saved on the portal beside what you
changed, field by field, e.g. "Deadline — theirs: Fri, December 4, 10:00 am · yours: Thu,
December 3, 6:00 pm".

An outbox entry in ``conflict`` (:mod:`desktop_app.services.outbox_reconcile`) carries the user's
call (``params``), the activity as the user saw it (``before``) and the portal's version
(``theirs``, ``crm.activity.get``). :func:`conflict_rows` lines up, per field the change sets
(:func:`desktop_app.services.details.conflict_fields`), the portal's value and the user's, formatted
(:func:`desktop_app.ui.details_texts.value_text`); fields the user did not change and rows whose
two values read the same are left out, and the fields both sides changed (:func:`desktop_app.services.change_merge.merge_with_portal`)
come first, marked. The view's actions are the ones the outbox offers — Keep mine, Take theirs —
and "Copy mine", which puts the user's values on the clipboard as text so that nothing typed is
lost when taking theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop_app.bitrix.models import Activity, parse_datetime
from desktop_app.services.change_effects import change_targets, portal_value
from desktop_app.services.change_merge import merge_with_portal, normalised
from desktop_app.services.details import conflict_fields
from desktop_app.store.entries import OutboxEntry

from .details_texts import field_label, value_text
from .plain_text import plain
from .timeline.format import DateTexts


@dataclass(frozen=True)
class ConflictRow:
    """One field in question: ``field`` (legacy name), ``label`` ("Deadline"), the portal's value
    and the user's as words, and whether both sides changed it (``clash``)."""

    field: str
    label: str
    theirs: str
    mine: str
    clash: bool

    def sentence(self) -> str:
        """"Deadline — theirs: … · yours: …"."""
        return (QCoreApplication.translate("DetailsTexts", "%1 — theirs: %2 · yours: %3").replace("%1", self.label)
                .replace("%2", self.theirs).replace("%3", self.mine))


def _untouched(entry: OutboxEntry) -> set[str]:
    """Fields the change carries but the user left as they saw them (``before``): not "yours" —
    whatever the portal holds there stays either way (:mod:`desktop_app.services.change_merge`)."""
    if entry.before is None:
        return set()
    try:
        base = Activity.from_api(dict(entry.before))
        return {key for key, value in change_targets(entry).items()
                if normalised(key, value) == normalised(key, portal_value(base, key))}
    except (ValueError, TypeError, KeyError):
        return set()


def _clashes(entry: OutboxEntry) -> tuple[str, ...]:
    if not entry.theirs or entry.before is None:
        return ()
    try:
        merge = merge_with_portal(entry, Activity.from_api(dict(entry.theirs)))
    except (ValueError, TypeError, KeyError):  # a stored version we cannot read: no marks, rows stay
        return ()
    return merge.clashes if merge is not None else ()


def conflict_rows(entry: OutboxEntry, texts: DateTexts, today: date,
                  user_names: Mapping[int, str] | None = None) -> list[ConflictRow]:
    """The fields of a ``conflict`` ``entry`` the user changed whose portal value and the user's read
    differently, clashing fields first; reminders (``pingOffsets``, not visible on the portal) only when the
    portal's value is known."""
    theirs = entry.theirs or {}
    try:
        their_type = int(theirs.get("DESCRIPTION_TYPE") or 1)
    except (TypeError, ValueError):
        their_type = 1
    clashes = set(_clashes(entry))
    untouched = _untouched(entry) - clashes
    rows: list[ConflictRow] = []
    for change in conflict_fields(entry):
        if change.field in untouched or (change.field == "pingOffsets" and change.theirs == ""):
            continue
        their_text = value_text(change.field, change.theirs, texts, today, user_names, their_type)
        my_text = value_text(change.field, change.mine, texts, today, user_names)
        clash = change.field in clashes
        if their_text == my_text and not clash:
            continue
        rows.append(ConflictRow(change.field, field_label(change.field), their_text, my_text, clash))
    rows.sort(key=lambda r: not r.clash)
    return rows


class ConflictView(QWidget):
    """The portal's version beside the user's change, with Keep mine / Take theirs / Copy mine.

    Signals:
        resolved(bool keep_mine): ``True`` = send mine over theirs; ``False`` = drop mine, keep theirs.
    """

    resolved = Signal(bool)

    def __init__(self, entry: OutboxEntry, texts: DateTexts, today: date,
                 user_names: Mapping[int, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictView")
        self.rows = conflict_rows(entry, texts, today, user_names)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.who = plain(QLabel(self._who(entry, texts, today, user_names or {}), self))
        self.who.setObjectName("conflictWho")
        self.who.setWordWrap(True)
        layout.addWidget(self.who)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for column, title in enumerate((self.tr("Field"), self.tr("Theirs (on the portal)"), self.tr("Yours"))):
            head = plain(QLabel(title, self))
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            grid.addWidget(head, 0, column)
        for number, row in enumerate(self.rows, start=1):
            name = plain(QLabel(row.label + (" ⚠" if row.clash else ""), self))
            name.setObjectName(f"conflictField_{row.field}")
            if row.clash:
                name.setToolTip(self.tr("Changed on both sides"))
            cells = [name]
            for column, (prefix, text) in enumerate((("theirs", row.theirs), ("mine", row.mine)), start=1):
                cell = plain(QLabel(text, self))
                cell.setObjectName(f"{prefix}_{row.field}")
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(cell, number, column)
                cells.append(cell)
            for cell in cells:
                cell.setAccessibleDescription(row.sentence())
            grid.addWidget(name, number, 0)
        if not self.rows:
            grid.addWidget(plain(QLabel(self.tr("The values read the same; only the time of the change differs."),
                                        self)), 1, 0, 1, 3)
        layout.addLayout(grid)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.copy_button = self._button(self.tr("Cop&y mine"), "copyMineButton",
                                        self.tr("Copy your values to the clipboard as text"))
        self.copy_button.clicked.connect(self.copy_mine)
        self.keep_button = self._button(self.tr("&Keep mine"), "keepMineButton",
                                        self.tr("Send your change over the portal's version"))
        self.keep_button.clicked.connect(lambda: self.resolved.emit(True))
        self.take_button = self._button(self.tr("&Take theirs"), "takeTheirsButton",
                                        self.tr("Drop your change and keep what the portal has "
                                                "(copy yours first if you want to keep the text)"))
        self.take_button.clicked.connect(lambda: self.resolved.emit(False))
        for button in (self.copy_button, self.keep_button, self.take_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def sentences(self) -> list[str]:
        """Each row in words: "Deadline — theirs: … · yours: …"."""
        return [row.sentence() for row in self.rows]

    def mine_text(self) -> str:
        """The user's values, one "Label: value" line per field."""
        return "\n".join(f"{row.label}: {row.mine}" for row in self.rows)

    def copy_mine(self) -> None:
        """Put :meth:`mine_text` on the clipboard."""
        QGuiApplication.clipboard().setText(self.mine_text())

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        return button

    def _who(self, entry: OutboxEntry, texts: DateTexts, today: date, user_names: Mapping[int, str]) -> str:
        theirs = entry.theirs or {}
        when = ""
        stamp = theirs.get("LAST_UPDATED")
        if isinstance(stamp, str) and stamp:
            try:
                when = texts.card(parse_datetime(stamp), today)
            except ValueError:
                when = ""
        editor = str(theirs.get("EDITOR_ID") or "")
        name = user_names.get(int(editor)) if editor.isdigit() else None
        if name and when:
            return self.tr("%1 changed it on the portal (%2) after you opened it.").replace(
                "%1", name).replace("%2", when)
        if name:
            return self.tr("%1 changed it on the portal after you opened it.").replace("%1", name)
        return self.tr("Someone changed it on the portal after you opened it.")
