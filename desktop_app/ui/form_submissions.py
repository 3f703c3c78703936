"""The forms' submissions (to-do add / edit, call / meeting / e-mail add / edit) turned into outbox
changes: a mixin of :class:`~desktop_app.ui.activity_controller.ActivityController`.

A form emits what the user typed (``TodoDraft``, ``TodoUpdate``, ``SystemActivityFields`` or
``ActivityUpdate``); the checks the client makes before queueing are shown under their field (the
input kept), anything queued closes the form. Texts keep the controller's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop_app.bitrix import Activity
from desktop_app.bitrix.errors import InvalidParameter
from desktop_app.bitrix.files import encode_files
from desktop_app.services.activity_draft import ActivityUpdate
from desktop_app.services.timeline import EntityRef
from desktop_app.services.todo import FieldProblem, TodoDraft, TodoUpdate

if TYPE_CHECKING:
    from desktop_app.services.changes import ChangeService
    from desktop_app.services.session import PortalSession

    from .activity_form import ActivityForm
    from .outbox_cards import OutboxCards
    from .todo_form import TodoForm


class FormSubmissions:
    """Form → outbox; mixed into ``ActivityController``, which provides the attributes below."""

    session: PortalSession | None
    changes: ChangeService | None
    todo_form: TodoForm
    activity_form: ActivityForm
    cards: OutboxCards
    owner: EntityRef | None
    _show_message: Callable[[str, str], None]
    _refuse_without_store: Callable[..., bool]
    close_side: Callable[[], None]

    def _on_todo_submitted(self, draft: TodoDraft) -> None:
        assert self.session is not None
        if self._refuse_without_store(self.todo_form):
            return
        problems = draft.problems(self.session.tz)
        if problems:
            self.todo_form.saving_finished(False)
            self.todo_form.show_problems(problems)
            return
        deadline = draft.parse_deadline(self.session.tz)
        owner = EntityRef(draft.owner_type_id, draft.owner_id)
        try:
            self.changes.add_todo(owner, deadline, title=draft.title.strip(), description=draft.description,
                                  responsible_id=draft.responsible_id, color_id=draft.color_id,
                                  ping_offsets=draft.all_ping_offsets(), files=draft.files)
        except InvalidParameter as exc:
            self._refused(self.todo_form, exc)
            return
        self.todo_form.saving_finished(True)
        self.close_side()  # saved: the form does not stay open (and blank); the next one starts fresh
        text = QCoreApplication.translate("ActivityController", "To-do “%1” saved; sending it to the portal.")
        self._show_message(text.replace("%1", draft.title.strip() or "…"), "info")

    def _on_todo_update_submitted(self, update: TodoUpdate) -> None:
        """Queue only what the user changed (``update.changed``), by the narrowest calls.

        Deadline / description / colour / responsible go out as the matching
        ``crm.activity.todo.update*`` call(s), which leave everything else — notably the reminders,
        which ``crm.activity.get`` does not return — as it is on the portal. A new title or new
        reminders need the full ``crm.activity.todo.update`` (api-spec.md §4.9.2–4.9.6); it carries
        the reminders the form knows or the user set, and its other fields are filled with the
        portal's current values just before it is sent (:mod:`desktop_app.services.change_merge`),
        so a colleague's change meanwhile is not overwritten."""
        if self._refuse_without_store(self.todo_form):
            return
        activity = update.activity
        owner = self.owner or EntityRef(activity.owner_type_id, activity.owner_id)
        changed = update.changed
        files, removed = self.todo_form.attachments.files(), self.todo_form.attachments.removed_ids()
        if not changed and not (files or removed):
            self.todo_form.saving_finished(False)
            self._show_message(QCoreApplication.translate("ActivityController", "Nothing changed."), "info")
            return
        try:
            if update.needs_full_update:
                if update.ping_offsets is None:  # the form asks first; never invent reminders
                    raise ValueError("the reminders are not known here; choose them in the form")
                self.changes.update_todo(
                    activity, owner, update.deadline, title=update.title, description=update.description,
                    responsible_id=update.responsible_id if "responsibleId" in changed else None,
                    ping_offsets=update.ping_offsets, color_id=update.color_id)
            else:
                narrow: list[tuple[str, Any]] = [
                    (method, value) for name, method, value in (
                        ("deadline", "update_todo_deadline", update.deadline),
                        ("description", "update_todo_description", update.description),
                        ("colorId", "update_todo_color", update.color_id),
                        ("responsibleId", "update_todo_responsible", update.responsible_id),
                    ) if name in changed]
                for method, value in narrow:
                    activity = self._latest(activity)
                    getattr(self.changes, method)(activity, owner, value)
            if files or removed:  # todo.update has no FILES: crm.activity.update adds / removes them (§3.1.5)
                self.changes.update_activity(self._latest(activity), {"FILES": encode_files(files, removed)})
        except InvalidParameter as exc:
            self._refused(self.todo_form, exc)
            return
        except (LookupError, ValueError) as exc:
            self.todo_form.saving_finished(False)
            text = QCoreApplication.translate("ActivityController", "This change can no longer be made: %1")
            self._show_message(text.replace("%1", str(exc)), "warning")
            return
        self.todo_form.saving_finished(True)
        self.close_side()

    @staticmethod
    def _refused(form: TodoForm | ActivityForm, exc: InvalidParameter) -> None:
        """A value the client refused before queueing: shown under its field, the input kept."""
        form.saving_finished(False)
        form.show_problems([FieldProblem.from_error(exc)])

    def _latest(self, activity: Activity) -> Activity:
        """The card's current copy (after earlier optimistic edits), for chained changes."""
        return self.cards.current(activity.id) or activity

    def _on_activity_submitted(self, intent: object) -> None:
        if self._refuse_without_store(self.activity_form):
            return
        try:
            if isinstance(intent, ActivityUpdate):
                self.changes.update_activity(intent.activity, intent.fields)
            else:
                self.changes.add_activity(intent)  # type: ignore[arg-type]
        except InvalidParameter as exc:
            self._refused(self.activity_form, exc)
            return
        self.activity_form.saving_finished(True)
        self.close_side()
