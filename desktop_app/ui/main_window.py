"""The main window: entity browser | timeline | side panel (todo form, activity form, details), a
message banner, menus and shortcuts. "My activities" (Ctrl+Shift+A) swaps the central area for the
current user's open activities across all entities (:class:`~desktop_app.ui.my_activities.MyActivitiesPanel`);
opening a row there shows that entity's timeline again.

Thin: it wires widgets to services and shows results. All network work runs as tasks on the qasync
loop (:class:`TaskRegistry`); errors arrive as non-modal banner messages with the Bitrix24 code.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.bitrix import CrmItem, OwnerType
from desktop_app.bitrix.errors import BitrixClientError, PortalMoveUnconfirmed
from desktop_app.bitrix.models import ActivityType
from desktop_app.services.counters import CountersService
from desktop_app.services.entities import EntityService
from desktop_app.services.my_activities import MyActivitiesService
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import PortalSession, open_demo_session
from desktop_app.services.timeline import EntityRef, TimelineService
from desktop_app.store.entries import EntryState
from desktop_app.store.recovery import StoreRecovery

from . import messages
from .activity_controller import ActivityController
from .activity_form import ActivityForm
from .banner import MessageBanner
from .connect_dialog import ConnectDialog
from .details_pane import DetailsPane
from .entity_browser import EntityBrowser
from .my_activities import MyActivitiesPanel
from .navigation import Navigator
from .portal_move import PortalMovePrompt
from .tasks import TaskRegistry
from .timeline.panel import TimelinePanel
from .todo_form import TodoForm

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Activity Desk's window.

    Signals:
        session_changed(PortalSession): a portal was opened.
        closed: the window was closed (the app then shuts down).

    Every change goes through :attr:`activity_actions` (:class:`ActivityController`) into the outbox; its
    ``entry_changed`` / ``change_confirmed`` signals tell when the portal has it.
    """

    session_changed = Signal(object)
    closed = Signal()

    def __init__(self, tasks: TaskRegistry | None = None, *, secrets: SecretStore | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Activity Desk"))
        self.resize(1280, 800)
        self.tasks = tasks or TaskRegistry(self.show_unexpected_error)
        self._secrets = secrets
        self.session: PortalSession | None = None
        self._timeline_service: TimelineService | None = None
        #: The question asked when closing with changes not yet on the portal (``None`` when not asked).
        self.quit_question: QMessageBox | None = None
        self._quit_confirmed = False
        self._quit_when_sent = False

        self.banner = MessageBanner(self)
        self.browser = EntityBrowser(self.tasks, self)
        self.timeline = TimelinePanel(self.tasks, self)
        self.side = QStackedWidget(self)
        self.side.setObjectName("sidePanel")
        self.todo_form = TodoForm(self.side)
        self.activity_form = ActivityForm(self.side)
        self.details = DetailsPane(self.side)
        for widget in (self.todo_form, self.activity_form, self.details):
            self.side.addWidget(widget)
        self.side.setMinimumWidth(340)
        self.side.hide()
        self.activity_actions = None
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.browser)
        splitter.addWidget(self.timeline)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setSizes([280, 620, 380])
        splitter.setChildrenCollapsible(False)

        #: "My activities": the current user's open activities, grouped (swapped in for the splitter).
        self.my_activities = MyActivitiesPanel(tasks=self.tasks, parent=self)
        self.pages = QStackedWidget(self)
        self.pages.setObjectName("centralPages")
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.my_activities)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.addWidget(self.banner)
        #: Asks Follow / Stay when the portal redirects to a host not yet confirmed (ui/portal_move.py).
        self.portal_move = PortalMovePrompt(lambda text, level: self.banner.show_message(text, level=level), self)
        self.session_changed.connect(self.portal_move.attach)
        layout.addWidget(self.portal_move)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.portal_label = QLabel(self.tr("Not connected"), self)
        self.portal_label.setObjectName("portalLabel")
        self.portal_label.setTextFormat(Qt.TextFormat.PlainText)  # the user's name: portal text
        self.statusBar().addPermanentWidget(self.portal_label)
        self.portal_move.followed.connect(lambda _url: self.session is not None and self.portal_label.setText(
            f"{self.session.portal_host} · {self.session.me.display_name}"))  # the address now in use

        #: Every activity action, through the outbox (:class:`ActivityController`).
        self.activity_actions = ActivityController(
            self.tasks, self.timeline, self.side, self.todo_form, self.activity_form, self.details,
            show_error=self.show_error, show_message=lambda text, level, code="": self.banner.show_message(text, level=level, code=code),
            parent=self)
        self._build_actions()
        self.browser.entity_selected.connect(self._on_entity_selected)
        self.browser.load_failed.connect(self.show_error)
        self.timeline.load_failed.connect(self.show_error)
        self.timeline.new_todo_requested.connect(self.open_todo_form)
        self.my_activities.attach_bulk(self.timeline.bulk)
        #: Open/Edit from My activities and Back (ui/navigation.py); card actions and outbox follow-up.
        self.navigation = Navigator(self)
        self.my_activities.attach_actions(self.activity_actions,
                                          lambda text, level: self.banner.show_message(text, level=level))
        self.activity_actions.entry_changed.connect(self.my_activities.apply_entry)
        self.my_activities.load_failed.connect(self.show_error)

    # -- actions -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        portal_menu = self.menuBar().addMenu(self.tr("&Portal"))
        self.connect_action = QAction(self.tr("&Connect a portal…"), self)
        self.connect_action.setStatusTip(self.tr("Connect to your Bitrix24 portal with an incoming webhook"))
        self.connect_action.triggered.connect(self.open_connect_dialog)
        self.demo_action = QAction(self.tr("Open the &demo portal"), self)
        self.demo_action.setStatusTip(self.tr("Explore Activity Desk on built-in sample data"))
        self.demo_action.triggered.connect(self.open_demo)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        portal_menu.addActions([self.connect_action, self.demo_action])
        portal_menu.addSeparator()
        portal_menu.addAction(quit_action)

        timeline_menu = self.menuBar().addMenu(self.tr("&Timeline"))
        self.new_todo_action = QAction(self.tr("&New todo"), self)
        self.new_todo_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_todo_action.setStatusTip(self.tr("Plan a todo for the selected entity"))
        self.new_todo_action.triggered.connect(self.open_todo_form)
        refresh_action = QAction(self.tr("&Refresh"), self)
        refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh_action.triggered.connect(self.timeline.reload)
        find_action = QAction(self.tr("&Find entity"), self)
        find_action.setShortcut(QKeySequence.StandardKey.Find)
        find_action.triggered.connect(lambda: (self.browser.search.setFocus(), self.browser.search.selectAll()))
        self.new_activity_actions = []
        for type_id, text, shortcut in ((ActivityType.CALL, self.tr("New &call…"), "Ctrl+Shift+L"),
                                        (ActivityType.MEETING, self.tr("New &meeting…"), "Ctrl+Shift+M"),
                                        (ActivityType.EMAIL, self.tr("New &e-mail…"), "Ctrl+Shift+E")):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, t=type_id: self.activity_actions.open_new_activity(t))
            self.new_activity_actions.append(action)
        search_action = QAction(self.tr("&Search the timeline"), self)
        search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        search_action.triggered.connect(lambda: self.timeline.filter_bar.search.setFocus())
        timeline_menu.addActions([self.new_todo_action, *self.new_activity_actions])
        timeline_menu.addSeparator()
        timeline_menu.addActions([refresh_action, find_action, search_action])

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.my_activities_action = QAction(self.tr("&My activities"), self)
        self.my_activities_action.setCheckable(True)
        self.my_activities_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.my_activities_action.setStatusTip(self.tr("Your open activities across all leads, deals, contacts and "
                                                       "companies, grouped by deadline"))
        self.my_activities_action.toggled.connect(self.show_my_activities)
        view_menu.addAction(self.my_activities_action)
        tools_menu = self.menuBar().addMenu(self.tr("T&ools"))
        self.layout_editor_action = QAction(self.tr("&Layout editor…"), self)
        self.layout_editor_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
        self.layout_editor_action.setStatusTip(self.tr("Write a configurable-activity layout with a live card preview"))
        self.layout_editor_action.triggered.connect(self.open_layout_editor)
        tools_menu.addAction(self.layout_editor_action)
        self.addActions([self.new_todo_action, *self.new_activity_actions, refresh_action, find_action,
                         search_action, quit_action, self.my_activities_action, self.layout_editor_action])

    def open_layout_editor(self) -> None:
        """Show the layout editor (one window, kept while the main window lives)."""
        from .layout_editor import LayoutEditorWindow

        if getattr(self, "layout_editor", None) is None:
            self.layout_editor = LayoutEditorWindow(self)
            self.layout_editor.setWindowFlag(Qt.WindowType.Window)
        self.layout_editor.show()
        self.layout_editor.raise_()
        self.layout_editor.activateWindow()

    # -- session -----------------------------------------------------------------------------

    def set_session(self, session: PortalSession, entity_type_id: int = OwnerType.DEAL) -> None:
        """Show ``session``'s portal; the previous session (if any) is closed."""
        previous = self.session
        self.session = session
        if previous is not None and previous is not session:
            self.tasks.start(previous.aclose())
        names = {uid: u.display_name for uid, u in session.users.items()}
        self._timeline_service = TimelineService(session.client)
        self.timeline.set_service(self._timeline_service, names, session.tz, session.clock)
        self.browser.set_service(EntityService(session.client), entity_type_id,
                                 CountersService(session.client, clock=session.clock))
        self.my_activities.set_service(MyActivitiesService(
            session.client, users=session.users, me_id=session.me.id, tz=session.tz, clock=session.clock))
        if self.pages.currentWidget() is self.my_activities:
            self.my_activities.start_load()
        self.activity_actions.set_session(session)
        self.timeline.set_cache(session.store.cache if session.store is not None else None)  # opened just above
        if session.store is not None and session.store.recovery is not None:
            self.show_store_recovery(session.store.recovery)
        who = session.me.display_name
        if session.is_demo:
            self.portal_label.setText(self.tr("Demo portal (sandbox) · %1").replace("%1", who))
        else:
            self.portal_label.setText(f"{session.portal_host} · {who}")
        if not session.secret_remembered:
            self.banner.show_message(self.tr(
                "No system keyring is available: the webhook is used for this session only and is not saved."),
                level="warning")
        self.session_changed.emit(session)

    def open_demo(self) -> None:
        self.tasks.start(self._open_demo(), key="session")

    async def _open_demo(self) -> None:
        try:
            session = await open_demo_session()
        except BitrixClientError as exc:
            self.show_error(exc)
            return
        self.set_session(session)

    def open_connect_dialog(self) -> ConnectDialog:
        secrets = self._secrets or SecretStore()
        dialog = ConnectDialog(self.tasks, secrets, self)
        dialog.connected.connect(self.set_session)
        dialog.demo_requested.connect(self.open_demo)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # -- my activities -----------------------------------------------------------------------

    def show_my_activities(self, shown: bool = True) -> None:
        """Swap the central area between My activities and the browser/timeline. The first time
        (per portal) My activities is shown, it loads the current user's open activities."""
        if self.my_activities_action.isChecked() != shown:
            self.my_activities_action.setChecked(shown)  # comes back here through toggled
            return
        self.pages.setCurrentWidget(self.my_activities if shown else self.splitter)
        if shown:
            if self.session is not None and not self.my_activities.is_loading \
                    and len(self.my_activities.source.rows) == 0:
                self.my_activities.start_load()
            self.my_activities.view().setFocus()

    def open_entity(self, owner_type_id: int, owner_id: int, activity_id: int = 0) -> None:
        """Show an entity's timeline (from a My-activities row) in the browser/timeline area."""
        self.show_my_activities(False)
        rows = self.my_activities.source.rows
        row = rows.row_of(activity_id) if activity_id else None
        title = f"#{owner_id}"
        if row is not None:
            title = rows.owner_name(row) or self.my_activities.source.owner_text(row)
        self.timeline.show_entity(EntityRef(owner_type_id, owner_id), title)
        self.timeline.view.setFocus()

    # -- timeline and todo -------------------------------------------------------------------

    def _on_entity_selected(self, item: CrmItem) -> None:
        self.timeline.show_entity(EntityRef(item.entity_type_id, item.id), item.display_name)
        if self.side.isVisible() and self.side.currentWidget() is self.todo_form and self.todo_form.editing is None:
            self.open_todo_form()
        elif self.side.isVisible():
            self.side.hide()

    def open_todo_form(self) -> None:
        entity = self.timeline.entity
        if self.session is None or entity is None:
            self.banner.show_message(self.tr("Select a lead, deal, contact or company first."), level="info")
            return
        now = self.session.clock() if self.session.clock is not None else None
        self.todo_form.prepare(entity.owner_type_id, entity.owner_id, self.timeline.title.text(),
                               self.session.users, self.session.me.id, self.session.tz, now)
        self.side.setCurrentWidget(self.todo_form)
        if not self.side.isVisible():
            self.side.show()
            sizes = self.splitter.sizes()
            wanted = max(360, self.side.minimumWidth())
            if sizes[2] < wanted:
                sizes[1] = max(self.timeline.minimumSizeHint().width(), sizes[1] - (wanted - sizes[2]))
                sizes[2] = wanted
                self.splitter.setSizes(sizes)
        self.todo_form.title.setFocus()

    # -- errors ------------------------------------------------------------------------------

    def show_error(self, exc: BaseException) -> None:
        """Show a client/service error as a non-modal banner with its Bitrix24 code (a portal move
        to confirm: the Follow / Stay bar instead)."""
        if isinstance(exc, PortalMoveUnconfirmed):
            self.portal_move.ask(exc)
            return
        message = messages.describe(exc)
        self.banner.show_message(message.text, level="error", code=message.code)

    def show_unexpected_error(self, exc: BaseException) -> None:
        """Last line of defence: log the traceback, tell the user in one sentence."""
        log.error("unexpected error", exc_info=exc)
        self.banner.show_message(
            self.tr("Something unexpected went wrong (%1). Your input is kept; details are in the log.")
            .replace("%1", type(exc).__name__), level="error")

    def show_store_recovery(self, report: StoreRecovery) -> None:
        """Tell the user their local database was damaged and replaced (issue 10 item 8): where the
        damaged file went and how many queued changes were put back. Plain text, no traceback."""
        text = self.tr("The local database was damaged. It was moved aside to %1 and a fresh one was started; "
                       "%n change(s) still waiting for the portal were recovered and will be sent.", "",
                       report.requeued).replace("%1", str(report.moved_to))
        if report.unreadable:
            text += " " + self.tr("%n damaged change(s) could not be read; they stay in the moved file.", "",
                                  report.unreadable)
        self.banner.show_message(text, level="warning")

    def show_settings_set_aside(self, moved_to: object) -> None:
        """Tell the user the settings file could not be read and was moved aside (``moved_to``)."""
        self.banner.show_message(self.tr(
            "Your settings file could not be read. It was moved aside to %1 and the defaults are used; "
            "connect your portal again.").replace("%1", str(moved_to)), level="warning")

    # -- closing -----------------------------------------------------------------------------

    def waiting_changes(self) -> int:
        """Changes queued but not yet confirmed that the outbox would still send by itself
        (``pending``, ``sending``, ``unknown``; failed and conflicting ones wait for the user)."""
        changes = self.session.changes if self.session is not None else None
        if changes is None or self.session.store is None:  # no outbox, or the session is closed already
            return 0
        waiting = (EntryState.PENDING, EntryState.SENDING, EntryState.UNKNOWN)
        return sum(1 for entry in changes.open_entries() if entry.state in waiting)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Close, unless changes still wait to be sent: then ask (non-blocking, issue 10 item 9) —
        *Quit now* (they are kept and sent on the next start), *Wait and quit* (the window closes by
        itself once they reached the portal) or *Cancel*."""
        waiting = 0 if self._quit_confirmed else self.waiting_changes()
        if waiting:
            event.ignore()
            self._ask_before_quitting(waiting)
            return
        self.closed.emit()
        super().closeEvent(event)

    def _ask_before_quitting(self, waiting: int) -> None:
        if self.quit_question is not None:
            self.quit_question.raise_()
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Changes not sent yet"), self.tr(
            "%n change(s) have not reached the portal yet. They are kept and will be sent the next time "
            "you start Activity Desk.", "", waiting), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("quitQuestion")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("You can also wait until they are sent; Activity Desk then quits by itself."))
        quit_now = box.addButton(self.tr("&Quit now"), QMessageBox.ButtonRole.DestructiveRole)
        wait = box.addButton(self.tr("&Wait and quit"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(wait)
        box.setEscapeButton(cancel)
        quit_now.setObjectName("quitNow")
        wait.setObjectName("waitAndQuit")

        def answered(_result: int) -> None:
            clicked = box.clickedButton()
            self.quit_question = None
            box.deleteLater()
            if clicked is quit_now:
                self._quit_confirmed = True
                self.close()
            elif clicked is wait:
                self._wait_then_quit()
            else:
                self._stop_waiting()

        box.finished.connect(answered)
        self.quit_question = box
        box.open()

    def _wait_then_quit(self) -> None:
        if not self._quit_when_sent:
            self._quit_when_sent = True
            self.activity_actions.entry_changed.connect(self._quit_if_sent)
        waiting = self.waiting_changes()
        self.banner.show_message(self.tr(
            "Activity Desk will quit once the %n waiting change(s) have reached the portal.", "", waiting),
            level="info")
        self._quit_if_sent()

    def _stop_waiting(self) -> None:
        if self._quit_when_sent:
            self._quit_when_sent = False
            self.activity_actions.entry_changed.disconnect(self._quit_if_sent)

    def _quit_if_sent(self, _entry: object = None) -> None:
        if self._quit_when_sent and self.waiting_changes() == 0:
            self._stop_waiting()
            self._quit_confirmed = True
            self.close()
