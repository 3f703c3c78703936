"""``PortalForm``: what the application dialogs' forms share (add a type :mod:`.add_type_dialog`, add a
badge :mod:`.add_badge_dialog`, an activity of a custom type :mod:`.rest_app_activity`). Qt only.

A window-modal dialog (``open()``) with labelled fields, an error line under each, a status line and
Save / Cancel. Save checks the form (the subclass's ``submit``) and sends it as one task of the window's
:class:`~desktop_app.ui.tasks.TaskRegistry` under the form's key, with Save disabled while it runs; a
refusal shows under the field it names and Save is enabled again (what was typed stays); closing the
form cancels its task. An add form (:class:`PortalAddForm`) whose call ends with an unknown outcome
asks the portal's list whether the item is there before it offers Save again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Coroutine, Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop_app.bitrix.errors import outcome_unknown

from ..datetime_edit import DateTimeEdit
from .fields import FEATURE_ERRORS, FieldProblems

__all__ = ["PortalAddForm", "PortalForm"]


class PortalForm(QDialog):
    """The form's frame (module docstring). A subclass builds its fields, sets :attr:`status` and
    :attr:`problems`, then calls :meth:`_finish_layout`; its ``submit`` ends with :meth:`_send_now`.

    Attributes:
        status: the status line (plain text); problems: the error lines under the fields (:class:`FieldProblems`).
        buttons, save_button: Save / Cancel (Save runs ``submit``).
    """

    status: QLabel
    problems: FieldProblems

    def __init__(self, parent: QWidget, name: str, width: int, tasks: Any, key: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(width)
        self._tasks = tasks
        self._key = key

    def _add_rows(self, form: QFormLayout, rows: Iterable[tuple[str, QWidget, QLabel]]) -> None:
        """Each ``(label text, field, error line)``: the field with its label (the label's buddy: the
        field, a :class:`DateTimeEdit`'s line), then its error line under it."""
        for text, field, error in rows:
            label = QLabel(text, self)
            label.setBuddy(field.line if isinstance(field, DateTimeEdit) else field)
            form.addRow(label, field)
            form.addRow("", error)

    def _finish_layout(self, form: QFormLayout, save_name: str) -> None:
        """Save / Cancel (Save named ``save_name``) and the dialog's layout: form, status line, buttons."""
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName(save_name)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)

    def submit(self) -> bool:
        raise NotImplementedError

    def _send_now(self, coro: Coroutine[Any, Any, None], sending: str) -> None:
        """Save disabled, ``sending`` ("Sending to the portal…", translated by the subclass) in the status
        line, and ``coro`` started under the form's key."""
        self.save_button.setEnabled(False)
        self.status.setText(sending)
        self._tasks.start(coro, key=self._key)

    def _refused(self, exc: BaseException) -> None:
        """The call failed: Save again, the error under the field it names (else in the status line)."""
        self.save_button.setEnabled(True)
        self.problems.clear()
        self.problems.show_error(exc)

    def done(self, result: int) -> None:
        self._tasks.cancel(self._key)
        super().done(result)


class PortalAddForm(PortalForm):
    """A form that adds one item the portal lists by a key (a type's TYPE_ID, a badge's code).

    Signals:
        added(str): the portal has the item (its key); the form then closes.
    """

    added = Signal(str)

    def __init__(self, parent: QWidget, name: str, width: int, features: Any, tasks: Any, taken: set[str],
                 key: str) -> None:
        super().__init__(parent, name, width, tasks, key)
        self._features = features
        self._taken = taken  # the keys listed now: refused before anything is sent

    async def _listed_keys(self) -> set[str]:
        """The keys the portal lists now (may raise what an application call raises)."""
        raise NotImplementedError

    async def _add(self, key: str, call: Callable[[], Awaitable[object]], not_there: str = "") -> None:
        """Await ``call()``. Done, or an unknown outcome after which the portal lists ``key``: :attr:`added`
        and the form closes. Otherwise the refusal under its field (:meth:`_refused`), and after an unknown
        outcome ``not_there`` (translated by the subclass) in the status line."""
        try:
            await call()
        except FEATURE_ERRORS as exc:
            if outcome_unknown(exc) and await self._arrived(key):
                self._added(key)
                return
            self._refused(exc)
            if outcome_unknown(exc) and not_there:
                self.status.setText(self.status.text() + " " + not_there)
            return
        self._added(key)

    async def _arrived(self, key: str) -> bool:
        """After an unknown outcome: whether the portal has ``key`` now (False when it cannot be asked)."""
        try:
            return key in await self._listed_keys()
        except FEATURE_ERRORS:
            return False

    def _added(self, key: str) -> None:
        self.added.emit(key)
        self.accept()
