"""Every activity action of the window, routed through the outbox.

The timeline's context menu and quick edits, the details pane (complete / reopen / delete,
bindings, retry / discard / conflicts) and the two forms emit intents; this controller turns each
into a :class:`~desktop_app.services.changes.ChangeService` call (checked, written to the outbox,
then sent by its processor). :class:`~desktop_app.ui.outbox_cards.OutboxCards` keeps the cards in
step with the outbox. Bulk actions on a multi-selection go through the timeline's
:class:`~desktop_app.ui.bulk_actions.BulkController` (``bulk``), which this controller connects to
the session's :class:`~desktop_app.services.bulk.BulkService`. Qt only; no REST logic here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QStackedWidget, QWidget

from desktop_app.bitrix import Activity
from desktop_app.bitrix.errors import BitrixClientError, InvalidParameter
from desktop_app.bitrix.models import ActivityType
from desktop_app.services.activity_rules import plain_update_refused
from desktop_app.services.catalog import PortalCatalog
from desktop_app.services.contacts import ContactDirectory
from desktop_app.services.details import DetailsService
from desktop_app.services.live_updates import LiveChanges, LiveUpdates
from desktop_app.services.portal_services import PortalServices, build_services
from desktop_app.services.session import StoreUnavailable
from desktop_app.services.timeline import EntityRef
from desktop_app.store.entries import EntryState, OutboxEntry

from .activity_form import ActivityForm
from .attachments_widget import FormFiles
from .configurable_changes import ConfigurableChanges
from .details_downloads import DetailsDownloads
from .details_pane import DetailsPane
from .form_submissions import FormSubmissions
from .outbox_cards import OutboxCards
from .plain_text import plain
from .tasks import TaskRegistry
from .timeline.panel import TimelinePanel
from .todo_form import TodoForm

if TYPE_CHECKING:
    from desktop_app.services.changes import ChangeService
    from desktop_app.services.session import PortalSession

log = logging.getLogger(__name__)

EDITABLE_SYSTEM_TYPES = (ActivityType.CALL, ActivityType.MEETING, ActivityType.EMAIL)


class ActivityController(QObject, FormSubmissions):
    """Connects the timeline, the side panel (todo form, activity form, details pane) and the outbox.

    Signals:
        entry_changed(OutboxEntry): an outbox entry changed state (after the cards were updated).
        change_confirmed(OutboxEntry): the portal confirmed a change (state ``done``).
        liveChanged(LiveChanges): someone changed activities on the portal (live updates of an
            application connection, :mod:`desktop_app.services.live_updates`); the timeline is
            already told, My activities listens to this.
    """

    entry_changed = Signal(object)
    change_confirmed = Signal(object)
    liveChanged = Signal(object)

    def __init__(self, tasks: TaskRegistry, timeline: TimelinePanel, side: QStackedWidget, todo_form: TodoForm,
                 activity_form: ActivityForm, details: DetailsPane, *, show_error: Callable[[BaseException], None],
                 show_message: Callable[..., None], parent: QWidget) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._timeline = timeline
        self._side = side
        self.todo_form = todo_form
        self.activity_form = activity_form
        self.details = details
        self._show_error = show_error
        self._show_message = show_message
        self._parent = parent
        self.session: PortalSession | None = None
        self.changes: ChangeService | None = None
        self._catalog: PortalCatalog | None = None
        self._directory: ContactDirectory | None = None
        self._details_service: DetailsService | None = None
        #: The details pane's files: listed, downloaded and opened (:class:`DetailsDownloads`).
        self.downloads = DetailsDownloads(details, tasks, self)
        self._confirm: QMessageBox | None = None
        #: Why changes cannot be saved in this session (its store could not be opened), else ``None``.
        self.store_problem: str | None = None
        #: The session's live updates (polled while the application is active), else ``None``.
        self.live: LiveUpdates | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

        #: Outbox → cards (:class:`OutboxCards`); its signals are re-emitted by this controller.
        self.cards = OutboxCards(tasks, timeline, show_message=show_message, parent=self)
        self.cards.entry_changed.connect(self._on_entry)
        self.cards.entry_changed.connect(self.entry_changed)
        self.cards.change_confirmed.connect(self.change_confirmed)
        #: Bulk actions (the timeline's :class:`~desktop_app.ui.bulk_actions.BulkController`).
        self.bulk = timeline.bulk
        self.bulk.refused.connect(lambda text: self._show_message(text, "warning"))
        self.bulk.finished.connect(lambda p: self._show_message(
            self.bulk.report_text(p), "warning" if p.failed else "info"))
        #: Configurable activities: changed through their application, not the outbox (:mod:`.configurable_changes`).
        self.configurable = ConfigurableChanges(tasks, show_message, self)
        self.configurable.changed.connect(lambda i: self._on_live_changes(LiveChanges(changed=frozenset({i}))))
        t = timeline
        t.detailsRequested.connect(self.open_details)
        t.editRequested.connect(self.edit)
        t.completeRequested.connect(self.set_completed)
        t.deleteRequested.connect(self.confirm_delete)
        t.quickDeadlineRequested.connect(lambda a, v: self._narrow("update_todo_deadline", a, v))
        t.quickColorRequested.connect(lambda a, v: self._narrow("update_todo_color", a, v))
        t.quickResponsibleRequested.connect(lambda a, v: self._narrow("update_todo_responsible", a, v))
        t.retryRequested.connect(lambda e: self.retry(e.id))
        t.discardRequested.connect(lambda e: self.discard(e.id))
        d = details
        d.editRequested.connect(self.edit)
        d.completeRequested.connect(self.set_completed)
        d.deleteRequested.connect(self.delete)
        d.retryRequested.connect(self.retry)
        d.discardRequested.connect(self.discard)
        d.conflictResolved.connect(self.resolve_conflict)
        d.closeRequested.connect(self.close_side)
        d.bindings_panel.addRequested.connect(lambda b: self._binding("add_binding", b))
        d.bindings_panel.moveRequested.connect(lambda a, b: self._binding("move_binding", a, b))
        d.bindings_panel.removeRequested.connect(lambda b: self._binding("delete_binding", b))
        #: The forms' files: the portal's listed when editing, downloaded / opened (:class:`FormFiles`).
        self.form_files = FormFiles(tasks, (todo_form.attachments, activity_form.attachments), self)
        todo_form.submitted.connect(self._on_todo_submitted)
        todo_form.update_submitted.connect(self._on_todo_update_submitted)
        todo_form.cancelled.connect(self.close_side)
        activity_form.submitted.connect(self._on_activity_submitted)
        activity_form.cancelled.connect(self.close_side)

    # -- session ---------------------------------------------------------------------------------

    def set_session(self, session: PortalSession, services: PortalServices | None = None) -> None:
        """Use ``session``'s services (``services``: the window's, else built here by
        :func:`~desktop_app.services.portal_services.build_services`, which opens the store) and start
        sending its outbox.

        A store that cannot be opened (another running copy holds it, a newer Activity Desk wrote it:
        :class:`~desktop_app.services.session.StoreUnavailable`) is told in the banner
        (:attr:`store_problem`); browsing still works and every change is refused with that text,
        the user's input kept."""
        if services is None or services.session is not session:
            services = build_services(session)
        self.session = session
        self.configurable.features = services.app_features
        self._tasks.cancel("outbox")
        self._start_live_updates(session)
        self.changes = services.changes
        problem = services.store_problem
        self.store_problem = self._store_problem_text(problem) if problem is not None else None
        self.cards.set_session(session, self.changes)
        self._catalog = services.catalog
        self._directory = services.contacts
        self._details_service = services.details
        self.form_files.set_session(session)
        self.downloads.set_session(session)
        self.details.set_clock(session.tz, session.clock)
        self.details.bindings_panel.set_search(self._details_service.search_entities)
        self.bulk.unavailable = self.store_problem or ""
        if self.changes is None:
            self.bulk.set_service(None)
            self._show_message(self.store_problem, "error")
            return
        self.bulk.set_service(services.bulk, users=session.user_names,
                              tz=session.tz, clock=session.clock)
        self._tasks.start(self.changes.processor.run(), key="outbox")
        pending = len(self.changes.open_entries())
        if pending:
            self._show_message(self.tr("%n change(s) from your last session are being sent.", "", pending), "info")

    def _start_live_updates(self, session: PortalSession) -> None:
        """Poll the portal for others' changes: ``event.offline.get`` with the session's application
        connection, else the timeline's delta refresh (:class:`LiveUpdates`)."""
        self.live = LiveUpdates(session.app_client, on_changes=self._on_live_changes,
                                fallback=self._timeline.refresh_live)
        self._tasks.start(self.live.run(), key="live-updates")

    def _on_live_changes(self, changes: LiveChanges) -> None:
        self._timeline.apply_live_changes(changes.changed, changes.deleted)
        self.liveChanged.emit(changes)

    def _on_application_state(self, state: Qt.ApplicationState) -> None:
        if self.live is not None:
            self.live.set_active(state == Qt.ApplicationState.ApplicationActive)

    def _store_problem_text(self, exc: StoreUnavailable) -> str:
        """What happened, why, and what to do — in the user's words (no SQLite text but the file)."""
        if exc.reason == "locked":
            text = self.tr("Your local database %1 is in use by another running copy of Activity Desk. Close the "
                           "other copy, then restart Activity Desk.")
        elif exc.reason == "newer":
            text = self.tr("Your local database %1 was written by a newer version of Activity Desk and is left "
                           "untouched. Update Activity Desk to use it (changes it holds are sent then).")
        else:
            text = self.tr("Your local database %1 cannot be opened (%2). Check that its folder is writable and the "
                           "disk is not full, then restart Activity Desk.").replace("%2", exc.detail)
        text = text.replace("%1", str(exc.path))
        return text + " " + self.tr("Until then you can browse the portal, but changes cannot be saved.")

    def _refuse_without_store(self, form: TodoForm | ActivityForm | None = None) -> bool:
        """True when no change can be saved in this session (no store): says why, keeps the form's input."""
        if self.changes is not None:
            return False
        if form is not None:
            form.saving_finished(False)
        if self.store_problem:
            self._show_message(self.store_problem, "error")
        return True

    @property
    def owner(self) -> EntityRef | None:
        return self._timeline.entity

    # -- side panel --------------------------------------------------------------------------------

    def _show_side(self, widget: QWidget) -> None:
        self._side.setCurrentWidget(widget)
        self._side.show()

    def close_side(self) -> None:
        self._side.hide()

    def open_details(self, activity: Activity) -> None:
        if self._details_service is None or activity.id <= 0:
            return
        self.details.show_loading(activity)
        self._refresh_details_entries(activity.id)
        self._show_side(self.details)
        self._tasks.start(self._load_details(activity.id), key="details")

    async def _load_details(self, activity_id: int) -> None:
        assert self._details_service is not None
        try:
            details = await self._details_service.load(activity_id)
        except BitrixClientError as exc:
            self.details.show_error(str(exc))
            return
        if self.changes is not None and details.activity.is_todo:  # crm.activity.get has no reminders
            details = replace(details, ping_offsets=self.changes.known_ping_offsets(details.activity))
        if self.details.activity is None or self.details.activity.id == activity_id:
            self.details.show_details(details)
            self._refresh_details_entries(activity_id)
            self.downloads.load(activity_id)

    def _refresh_details_entries(self, activity_id: int) -> None:
        if self.changes is None:
            return
        self.details.set_entries([e for e in self.changes.open_entries() if e.activity_id == activity_id])

    def open_new_activity(self, type_id: int | None = None) -> None:
        """The system-activity form (call, meeting, e-mail) for the timeline's entity."""
        if self._require_entity() is None:
            return
        self.activity_form.new()
        self._show_side(self.activity_form)
        self._tasks.start(self._prepare_activity_form(None, type_id), key="activity-form")

    async def _prepare_activity_form(self, activity: Activity | None, type_id: int | None) -> None:
        assert self.session is not None and self._catalog is not None and self._directory is not None
        owner_type_id, owner_id = ((activity.owner_type_id, activity.owner_id) if activity is not None
                                   else (self.owner.owner_type_id, self.owner.owner_id))  # type: ignore[union-attr]
        try:
            await self.activity_form.prepare(self._catalog, self._directory, owner_type_id, owner_id,
                                             self._timeline.title.text(), self.session.users, self.session.me.id,
                                             self.session.tz)
        except BitrixClientError as exc:
            self._show_error(exc)
            return
        if activity is not None:
            self.activity_form.load(activity)
            self.form_files.load(self.activity_form.attachments, activity.id)
        elif type_id is not None:
            index = self.activity_form.type_combo.findData(int(type_id))
            if index >= 0:
                self.activity_form.type_combo.setCurrentIndex(index)

    def edit(self, activity: Activity) -> None:
        """Open the right form for ``activity``: todo form for todos, activity form for calls,
        meetings and e-mails; other providers are read-only here (their own app edits them)."""
        if self.session is None or activity.id <= 0:
            return
        if plain_update_refused(activity):  # a configurable activity: no form; its application changes it
            self._show_message(self.configurable.edit_reason(activity), "info")
            return
        if activity.is_todo:
            # crm.activity.get has no reminders: the ones set from here, or None (the form says so).
            pings = self.changes.known_ping_offsets(activity) if self.changes is not None else None
            self.todo_form.load(activity, self.session.tz, users=self.session.users, ping_offsets=pings)
            self.form_files.load(self.todo_form.attachments, activity.id)
            self._show_side(self.todo_form)
            return
        if activity.type_id in EDITABLE_SYSTEM_TYPES:
            self._show_side(self.activity_form)
            self._tasks.start(self._prepare_activity_form(activity, None), key="activity-form")
            return
        self._show_message(self.tr("This kind of activity is edited in the application that created it."), "info")

    # -- intents → outbox ------------------------------------------------------------------------

    def _require_entity(self) -> EntityRef | None:
        if self.store_problem and self._refuse_without_store():
            return None
        if self.changes is None or self.owner is None:
            self._show_message(self.tr("Select a lead, deal, contact or company first."), "info")
            return None
        return self.owner

    def _queue(self, call: Callable[[], OutboxEntry]) -> OutboxEntry | None:
        """Run one enqueue; a refused value is shown naming the field and the rule."""
        try:
            return call()
        except InvalidParameter as exc:
            self._show_error(exc)
        except (LookupError, ValueError) as exc:
            log.warning("change refused: %s", exc)
            self._show_message(self.tr("This change can no longer be made: %1").replace("%1", str(exc)), "warning")
        return None

    def _narrow(self, method: str, activity: Activity, value: Any) -> None:
        owner = self._require_entity()
        if owner is None:
            return
        assert self.changes is not None
        self._queue(lambda: getattr(self.changes, method)(activity, owner, value))

    def set_completed(self, activity: Activity, completed: bool) -> None:
        if plain_update_refused(activity):  # through its application at once, or refused with the reason
            self.configurable.change(activity, completed=completed)
        elif not self._refuse_without_store():
            self._queue(lambda: self.changes.set_completed(activity, completed))  # type: ignore[union-attr]

    def move_deadline(self, activity: Activity, when: datetime) -> None:
        """Give one activity the deadline ``when`` (aware), by the narrowest call: a to-do's
        ``crm.activity.todo.updateDeadline``, an e-mail's ``END_TIME``, a call's or meeting's ``START_TIME``
        (its ``END_TIME`` moved by the same amount); other kinds are edited in their own application.
        Used by My activities (card menu, kanban drops), where no timeline owner is selected.
        A configurable activity goes through its application (:mod:`.configurable_changes`)."""
        if plain_update_refused(activity):
            self.configurable.change(activity, deadline=when)
            return
        if self._refuse_without_store():
            return
        changes = self.changes
        assert changes is not None
        if activity.is_todo:
            owner = EntityRef(activity.owner_type_id, activity.owner_id)  # the owner is always a binding
            self._queue(lambda: changes.update_todo_deadline(activity, owner, when))
        elif activity.kind == ActivityType.EMAIL:
            self._queue(lambda: changes.update_activity(activity, {"END_TIME": when}))
        elif activity.type_id in EDITABLE_SYSTEM_TYPES:
            fields: dict[str, Any] = {"START_TIME": when}
            if activity.start_time is not None and activity.end_time is not None:
                fields["END_TIME"] = when + (activity.end_time - activity.start_time)
            self._queue(lambda: changes.update_activity(activity, fields))
        else:
            self._show_message(self.tr("This kind of activity is edited in the application that created it."),
                               "info")

    def confirm_delete(self, activity: Activity) -> None:
        """Ask (non-blocking) before deleting; the answer ``Yes`` queues the delete."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete activity"),
                          self.tr("Delete “%1”? This cannot be undone.").replace("%1", activity.subject or "…"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self._parent)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("confirmDelete")
        plain(box)  # the subject: portal text
        box.finished.connect(lambda result: self.delete(activity)
                             if result == QMessageBox.StandardButton.Yes else None)
        box.finished.connect(box.deleteLater)
        self._confirm = box
        box.open()

    @property
    def confirmation(self) -> QMessageBox | None:
        return self._confirm

    def delete(self, activity: Activity) -> None:
        if self._refuse_without_store():
            return
        if activity.id < 0:  # a create still in the outbox: deleting it means not sending it
            self.discard(-activity.id)
            return
        if self._queue(lambda: self.changes.delete_activity(activity)) is not None:  # type: ignore[union-attr]
            if self.details.activity is not None and self.details.activity.id == activity.id:
                self.close_side()

    def _binding(self, method: str, *bindings: Any) -> None:
        activity = self.details.activity
        if self._refuse_without_store() or activity is None:
            return
        self._queue(lambda: getattr(self.changes, method)(activity, *bindings))

    def retry(self, entry_id: int) -> None:
        if not self._refuse_without_store():
            self._queue(lambda: self.changes.retry(entry_id))  # type: ignore[union-attr]

    def discard(self, entry_id: int) -> None:
        if not self._refuse_without_store():
            try:
                self.changes.discard(entry_id)
            except (LookupError, ValueError) as exc:
                self._show_message(str(exc), "warning")

    def resolve_conflict(self, entry_id: int, keep_mine: bool) -> None:
        if not self._refuse_without_store():
            self._queue(lambda: self.changes.resolve_conflict(entry_id, keep_mine))  # type: ignore[union-attr]

    # -- outbox → details pane ------------------------------------------------------------------

    def _on_entry(self, entry: OutboxEntry) -> None:
        """After the cards were updated: keep the details pane's entries (and fields) current."""
        if self.details.activity is not None and entry.activity_id == self.details.activity.id:
            self._refresh_details_entries(entry.activity_id)
            if entry.state is EntryState.DONE and self._details_service is not None:
                self._tasks.start(self._load_details(entry.activity_id), key="details")
