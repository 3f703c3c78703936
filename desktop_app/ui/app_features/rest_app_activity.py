""""New activity of this type…": an activity of one of the application's custom types on the entity
on screen — ``crm.activity.add`` with ``PROVIDER_ID=REST_APP`` and ``PROVIDER_TYPE_ID=<TYPE_ID>``
(seed 002's second example; api-spec.md §4.3, §4.11) through
:meth:`~desktop_app.services.app_features.ApplicationFeatures.add_rest_app_activity`.

Subject (required), deadline (optional; typed or picked, in the portal user's zone:
:class:`~desktop_app.ui.datetime_edit.DateTimeEdit`) and description. The current user is the
responsible. Sent at once through the application connection (not queued: only an application may
create it); when the portal has it the timeline is read again and shows the new card. A refusal shows
under its field; what was typed stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from desktop_app.bitrix.errors import outcome_unknown

from ..datetime_edit import DateTimeEdit
from .fields import FEATURE_ERRORS, FieldProblems, error_label, plain_label
from .portal_form import PortalForm

if TYPE_CHECKING:
    from desktop_app.bitrix.app_types import AppActivityType
    from desktop_app.services.app_features import ApplicationFeatures

    from ..main_window import MainWindow

__all__ = ["RestAppActivityDialog"]


class RestAppActivityDialog(PortalForm):
    """The form (module docstring); window-modal, opened with ``open()``.

    Attributes:
        subject, deadline, description: the fields.
        entity: the ``EntityRef`` the activity is created on (the timeline's when the dialog opened).
        problems: the error lines under the fields and the status line.

    Signals:
        created(int): the portal created the activity (its id); the timeline is being read again.
    """

    created = Signal(int)

    def __init__(self, features: ApplicationFeatures, window: MainWindow, activity_type: AppActivityType,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent or window, "restAppActivityDialog", 460, window.tasks, f"app-types:activity:{id(self)}")
        self.setWindowTitle(self.tr("New activity: %1").replace("%1", activity_type.name or activity_type.type_id))
        self._features = features
        self._window = window
        self.activity_type = activity_type
        self.entity = window.timeline.entity
        session = window.session

        where = plain_label(self, "restAppActivityEntity", self.tr("On: %1").replace(
            "%1", window.timeline.title.text() or "—"))
        self.subject = QLineEdit(self)
        self.subject.setObjectName("restAppSubject")
        self.subject.setAccessibleName(self.tr("Subject"))
        self.deadline = DateTimeEdit(self, name="restAppDeadline")
        self.deadline.setAccessibleName(self.tr("Deadline"))
        if session is not None and session.tz is not None:
            self.deadline.set_zone(session.tz, session.clock)
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("restAppDescription")
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        errors = {"SUBJECT": error_label(self, "restAppSubjectError"),
                  "DEADLINE": error_label(self, "restAppDeadlineError"),
                  "DESCRIPTION": error_label(self, "restAppDescriptionError")}
        self.status = plain_label(self, "restAppStatus")
        self.problems = FieldProblems(errors, self.status)

        form = QFormLayout()
        form.addRow(where)
        self._add_rows(form, ((self.tr("&Subject:"), self.subject, errors["SUBJECT"]),
                              (self.tr("&Deadline:"), self.deadline, errors["DEADLINE"]),
                              (self.tr("D&escription:"), self.description, errors["DESCRIPTION"])))
        self._finish_layout(form, "saveRestAppActivity")
        self.subject.setFocus()

    def submit(self) -> bool:
        """Check the form and send it (True), or show the problems under their fields (False, nothing sent)."""
        self.problems.clear()
        subject = self.subject.text().strip()
        ok = True
        if not subject:
            self.problems.show("SUBJECT", self.tr("Enter a subject."))
            ok = False
        problem = self.deadline.problem()
        if problem:
            self.problems.show("DEADLINE", problem)
            ok = False
        if self.entity is None:
            self.problems.show(None, self.tr("Open a lead, deal, contact or company first."))
            ok = False
        if not ok:
            return False
        self._send_now(self._send(subject, self.deadline.value(), self.description.toPlainText()),
                       self.tr("Sending to the portal…"))
        return True

    async def _send(self, subject: str, deadline: Any, description: str) -> None:
        entity = self.entity
        assert entity is not None
        session = self._window.session
        try:
            activity_id = await self._features.add_rest_app_activity(
                entity.owner_type_id, entity.owner_id, self.activity_type.type_id, subject,
                description=description, deadline=deadline,
                responsible_id=session.me.id if session is not None else None)
        except FEATURE_ERRORS as exc:
            self._refused(exc)
            if outcome_unknown(exc):  # it may be there: the timeline is read again before anything is re-sent
                self.status.setText(self.status.text() + " " + self.tr(
                    "It may have reached the portal: look at the timeline before saving again."))
                self._window.timeline.reload()
            return
        self.created.emit(activity_id)
        if self._window.timeline.entity == entity:
            self._window.timeline.reload()
        self.accept()
