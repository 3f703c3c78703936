"""The reminders part of the todo form (``pingOffsets``, minutes before the deadline).

The portal's presets — at the time (0), 15 min, 30 min, 1 h (60), 1 day (1440) — as check boxes,
and a field for other minutes ("90, 2880"). The portal does not show a todo's reminders through
``crm.activity.get`` (api-spec.md §4.9.1), so when editing a todo whose reminders Activity Desk did
not set, the box says so and offers two explicit choices: leave them as they are on the portal
(the default; nothing about them is sent) or set the ones ticked here. Nothing is invented.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.todo import PING_CHOICES


class RemindersBox(QWidget):
    """Presets, custom minutes and (for reminders not known here) the keep/set choice.

    Signals:
        edited: the user changed something in the box.

    Attributes:
        pings: preset minutes → its check box (``todoPing_<minutes>``).
        custom: the other minutes (``todoPingCustom``).
        unknown_note: "Reminders set on the portal are not visible…" (``todoPingUnknown``).
        keep_button / set_button: leave them as they are / set these (``todoPingKeep`` /
            ``todoPingSet``), shown only when the reminders are not known.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todoReminders")
        labels = {
            0: self.tr("At the time"), 15: self.tr("15 minutes before"), 30: self.tr("30 minutes before"),
            60: self.tr("1 hour before"), 1440: self.tr("1 day before"),
        }
        self.unknown_note = QLabel(self.tr("Reminders set on the portal are not visible to Activity Desk."), self)
        self.unknown_note.setObjectName("todoPingUnknown")
        self.unknown_note.setWordWrap(True)
        self.keep_button = QRadioButton(self.tr("Leave them as they are on the portal"), self)
        self.keep_button.setObjectName("todoPingKeep")
        self.set_button = QRadioButton(self.tr("Replace them with these:"), self)
        self.set_button.setObjectName("todoPingSet")
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.keep_button)
        self._choice.addButton(self.set_button)
        self.keep_button.setChecked(True)

        self.pings: dict[int, QCheckBox] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        for i, minutes in enumerate(PING_CHOICES):
            box = QCheckBox(labels[minutes], self)
            box.setObjectName(f"todoPing_{minutes}")
            box.toggled.connect(lambda _on: self.edited.emit())
            self.pings[minutes] = box
            grid.addWidget(box, i // 2, i % 2)
        self.custom = QLineEdit(self)
        self.custom.setObjectName("todoPingCustom")
        self.custom.setPlaceholderText(self.tr("e.g. 90, 2880"))
        self.custom.setAccessibleName(self.tr("Other reminders, minutes before the deadline"))
        self.custom.textEdited.connect(lambda _t: self.edited.emit())
        other = QLabel(self.tr("&Other:"), self)
        other.setBuddy(self.custom)
        custom_row = QHBoxLayout()
        custom_row.addWidget(other)
        custom_row.addWidget(self.custom, 1)
        custom_row.addWidget(QLabel(self.tr("minutes before"), self))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.unknown_note)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.set_button)
        layout.addLayout(grid)
        layout.addLayout(custom_row)
        self._choice.buttonToggled.connect(lambda _b, _on: self._sync())
        self._known = True
        self.show_offsets([0, 15])

    # -- state -----------------------------------------------------------------------------

    def show_offsets(self, offsets: Sequence[int] | None) -> None:
        """Show ``offsets`` (minutes) ticked: presets as boxes, the rest as custom minutes.
        ``None``: not known here — say so, offer keep/set, and start from "leave them"."""
        self._known = offsets is not None
        chosen = set(offsets or ())
        for minutes, box in self.pings.items():
            box.blockSignals(True)
            box.setChecked(minutes in chosen)
            box.blockSignals(False)
        self.custom.setText(", ".join(str(m) for m in sorted(chosen - set(self.pings))))
        self.keep_button.setChecked(True)
        self._sync()

    def _sync(self) -> None:
        unknown = not self._known
        for widget in (self.unknown_note, self.keep_button, self.set_button):
            widget.setVisible(unknown)
        editable = self._known or self.set_button.isChecked()
        for box in self.pings.values():
            box.setEnabled(editable)
        self.custom.setEnabled(editable)
        self.edited.emit()

    @property
    def known(self) -> bool:
        """The reminders shown are the todo's (or a new todo's choice), not unknown."""
        return self._known

    def keeps(self) -> bool:
        """Reminders not known here and the user leaves them as they are on the portal."""
        return not self._known and self.keep_button.isChecked()

    def ticked(self) -> list[int]:
        """The ticked presets (minutes)."""
        return [m for m, box in self.pings.items() if box.isChecked()]

    def custom_text(self) -> str:
        return self.custom.text()


translate = QCoreApplication.translate  # pyside6-lupdate reads translate("Context", "text") calls


def reminders_text(offsets: Sequence[int] | None) -> str:
    """The reminders as a user reads them: "At the time, 1 hour before, 2 days before", "None" for
    ``[]``, and for ``None`` (not known here) that they are not visible to Activity Desk."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("RemindersBox", text)

    if offsets is None:
        return translate("RemindersBox", "Not visible to Activity Desk (set on the portal)")
    if not offsets:
        return translate("RemindersBox", "None")
    parts: list[str] = []
    for minutes in sorted(set(offsets)):
        if minutes == 0:
            parts.append(translate("RemindersBox", "At the time"))
            continue
        for size, one, many in ((1440, "1 day before", "%1 days before"), (60, "1 hour before", "%1 hours before"),
                                (1, "1 minute before", "%1 minutes before")):
            if minutes % size == 0:
                count = minutes // size
                parts.append(tr(one) if count == 1 else tr(many).replace("%1", str(count)))
                break
    return ", ".join(parts)
