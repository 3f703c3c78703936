"""The main window: entity browser | timeline | side panel (todo form, activity form, details), a
message banner, menus and shortcuts. "My activities" (Ctrl+Shift+A) swaps the central area for the
current user's open activities across all entities (:class:`~desktop_app.ui.my_activities.MyActivitiesPanel`);
opening a row there shows that entity's timeline again. Menus and shortcuts: :mod:`.window_actions`;
F1 guide and About: :mod:`.help`.

Thin: it wires widgets to services and shows results. All network work runs as tasks on the qasync
loop (:class:`TaskRegistry`); errors arrive as non-modal banner messages with the Bitrix24 code.

Honest state (issue 12 point 7): a banner message names its cause and goes when the cause is gone
(a list that failed loads, the portal answers again). When the portal cannot be reached the window
is *offline*: the banner says so, the entity list shows its saved pages, and every
:data:`RECONNECT_INTERVAL_MS` the portal is asked again (``user.current``); the first answer — that
probe or any load or confirmed change — clears the banner and reloads. The title names the entity
on screen, its type and the portal. Small windows (point 8): when the side form would squeeze the
entity list below its minimum size, the list gives way until the form closes.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget

from desktop_app.bitrix import CrmItem, OwnerType
from desktop_app.bitrix.errors import BitrixClientError, PortalMoveUnconfirmed, PortalUnreachable
from desktop_app.services.portal_services import PortalServices, build_services
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import PortalSession, open_demo_session
from desktop_app.services.timeline import EntityRef, TimelineService
from desktop_app.store.recovery import StoreRecovery

from . import messages
from .activity_controller import ActivityController
from .activity_form import ActivityForm
from .app_features.app_cards import AppCards
from .app_features.menu import ApplicationMenu
from .banner import MessageBanner
from .connect_dialog import ConnectDialog
from .details_pane import DetailsPane
from .elided_label import ElidedLabel
from .entity_browser import EntityBrowser
from .help import AboutDialog, GuideDialog
from .my_activities import MyActivitiesPanel
from .navigation import Navigator
from .portal_move import PortalMovePrompt
from .profiles_menu import ProfilesMenu
from .reminders_tray import ReminderNotifier
from .tasks import TaskRegistry
from .timeline.panel import TimelinePanel
from .todo_form import TodoForm
from .update_notice import UpdateNotice
from .window_actions import build_actions, shortcut_actions
from .window_memory import WindowMemory
from .window_quit import QuitGuardMixin
from .window_state import RECONNECT_INTERVAL_MS, WindowStateMixin

log = logging.getLogger(__name__)



class MainWindow(WindowStateMixin, QuitGuardMixin, QMainWindow):
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
        self.resize(1280, 800)
        self.tasks = tasks or TaskRegistry(self.show_unexpected_error)
        self._secrets = secrets
        self.session: PortalSession | None = None
        #: The open session's services (:func:`~desktop_app.services.portal_services.build_services`).
        self.services: PortalServices | None = None
        self._timeline_service: TimelineService | None = None
        #: The question asked when closing with changes not yet on the portal (``None`` when not asked).
        self.quit_question: QMessageBox | None = None
        self._quit_confirmed = False
        self._quit_when_sent = False
        #: True while the portal cannot be reached (see the module docstring).
        self.offline = False
        self._list_wanted = False  # small window, side form open: the list shown instead of the timeline
        self.guide: GuideDialog | None = None
        self.about: AboutDialog | None = None

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
        self.side.installEventFilter(self)  # shown / hidden: the panes are fitted again
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

        self.portal_label = ElidedLabel(self.tr("Not connected"), self)
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
        build_actions(self)
        #: Saved portals in the Portal menu: switch between them, remove one (ui/profiles_menu.py).
        self.profiles_menu = ProfilesMenu(self)
        #: The "Application" menu: types, badges, other modules' application actions, why they are unavailable.
        self.app_menu = ApplicationMenu(self)
        #: Geometry, splitter and last selection between runs (ui/window_memory.py).
        self.memory = WindowMemory(self)
        #: Reminder popups (and tray notifications) for to-dos' pingOffsets (ui/reminders_tray.py).
        self.reminders = ReminderNotifier(self)
        #: A newer release said in the banner (ui/update_notice.py; never for the demo).
        self.update_notice = UpdateNotice(self)
        self.browser.entity_selected.connect(self._on_entity_selected)
        self.browser.load_failed.connect(lambda exc: self.show_error(exc, cause="entities"))
        self.browser.page_loaded.connect(lambda _n: self._portal_answered("entities"))
        self.timeline.load_failed.connect(lambda exc: self.show_error(exc, cause="timeline"))
        self.timeline.loaded.connect(lambda _e: self._portal_answered("timeline"))
        self.timeline.new_todo_requested.connect(self.open_todo_form)
        self.my_activities.attach_bulk(self.timeline.bulk)
        #: Open/Edit from My activities and Back (ui/navigation.py); card actions and outbox follow-up.
        self.navigation = Navigator(self)
        self.my_activities.attach_actions(self.activity_actions,
                                          lambda text, level: self.banner.show_message(text, level=level))
        self.activity_actions.entry_changed.connect(self.my_activities.apply_entry)
        self.my_activities.load_failed.connect(lambda exc: self.show_error(exc, cause="my-activities"))
        self.my_activities.loaded.connect(lambda _n: self._portal_answered("my-activities"))
        self.activity_actions.change_confirmed.connect(self._on_change_confirmed)
        self._reconnect_timer = QTimer(self, interval=RECONNECT_INTERVAL_MS)
        self._reconnect_timer.timeout.connect(self._try_reconnect)
        #: The application's cards, card buttons and the layout editor's portal actions (ui/app_features/app_cards.py).
        self.app_cards = AppCards(self)
        self._update_title()

    # -- actions (menus and shortcuts: ui/window_actions.py) -----------------------------------

    def open_guide(self) -> GuideDialog:
        """F1: the short guide and the list of keyboard shortcuts (from the real actions)."""
        dialog = GuideDialog(shortcut_actions(self), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.guide = dialog
        return dialog

    def open_about(self) -> AboutDialog:
        """Help → About: version, Qt/PySide6/Python versions, bundled components and their licences."""
        dialog = AboutDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.about = dialog
        return dialog

    def refresh(self) -> None:
        """F5: the timeline again; while offline, also ask the portal whether it answers again."""
        self.timeline.reload()
        if self.offline:
            self._try_reconnect()

    def find_entity(self) -> None:
        """Ctrl+F: focus the entity search (back from My activities; in a small window with the side
        form open, the list takes the timeline's place until an entity is picked)."""
        if self.pages.currentWidget() is self.my_activities:
            self.show_my_activities(False)
        self._list_wanted = True
        self._fit_panes()
        self.browser.search.setFocus()
        self.browser.search.selectAll()

    def open_layout_editor(self) -> None:
        """Show the layout editor (one window, kept while the main window lives)."""
        from .layout_editor import LayoutEditorWindow

        if getattr(self, "layout_editor", None) is None:
            self.layout_editor = LayoutEditorWindow(self)
            self.layout_editor.setWindowFlag(Qt.WindowType.Window)
            self.app_cards.attach_editor(self.layout_editor)
        self.layout_editor.show()
        self.layout_editor.raise_()
        self.layout_editor.activateWindow()

    # -- session -----------------------------------------------------------------------------

    def set_session(self, session: PortalSession, entity_type_id: int | None = None) -> None:
        """Show ``session``'s portal; the previous session (if any) is closed. ``entity_type_id``
        ``None``: the type (and entity) remembered for a portal (ui/window_memory.py), else deals."""
        entity_type_id = self.memory.entity_type(session, entity_type_id) or OwnerType.DEAL
        previous = self.session
        self.session = session
        if previous is not None and previous is not session:
            self.tasks.start(previous.aclose())
        #: The session's services, built in one place (services/portal_services.py); widgets get their parts.
        self.services = services = build_services(session, lang=QLocale().name().split("_")[0])
        self._set_offline(session.offline)
        names = session.user_names
        self._timeline_service = services.timeline
        self.timeline.set_service(services.timeline, names, session.tz, session.clock,
                                  contacts=services.contacts, attachments=services.attachments)
        self.browser.set_service(services.entities, entity_type_id, services.counters)
        self.my_activities.set_service(services.my_activities)
        if self.pages.currentWidget() is self.my_activities:
            self.my_activities.start_load()
        self.activity_actions.set_session(session, services)
        self.timeline.set_cache(services.cached_timeline, services.pins, services.file_names)
        if session.store is not None and session.store.recovery is not None:
            self.show_store_recovery(session.store.recovery)
        self._show_portal_label()
        if not session.secret_remembered:
            self.banner.show_message(self.tr(
                "No system keyring is available: the webhook is used for this session only and is not saved."),
                level="warning")
        if session.offline:
            self._show_offline()
        self._update_title()
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

    def open_connect_dialog(self, *, application: bool = False) -> ConnectDialog:
        """The connect dialog; ``application``: on its "Application (OAuth)" tab."""
        secrets = self._secrets or SecretStore()
        dialog = ConnectDialog(self.tasks, secrets, self, application=application)
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
        self._update_title()
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
        self._update_title()
        self.timeline.view.setFocus()

    # -- timeline and todo -------------------------------------------------------------------

    def _on_entity_selected(self, item: CrmItem) -> None:
        self.timeline.show_entity(EntityRef(item.entity_type_id, item.id), item.display_name)
        self._update_title()
        if self._list_wanted:
            self._list_wanted = False
            self._fit_panes()
        if self.side.isVisible() and self.side.currentWidget() is self.todo_form and self.todo_form.editing is None:
            self.open_todo_form()
        elif self.side.isVisible():
            self.side.hide()

    def _show_current_entity(self) -> bool:
        """Ctrl+N and the New call/meeting/e-mail keys from My activities: the entity of the selected
        card (else the timeline's entity) in the timeline area. False when there is none."""
        if self.pages.currentWidget() is self.my_activities:
            selected = self.my_activities.selected_activities()
            if selected:
                activity = selected[0]
                navigation = getattr(self, "navigation", None)  # Back returns to My activities
                if navigation is not None:
                    navigation.open_activity(activity.owner_type_id, activity.owner_id, activity.id)
                else:
                    self.open_entity(activity.owner_type_id, activity.owner_id, activity.id)
            elif self.timeline.entity is not None:
                self.show_my_activities(False)
        if self._list_wanted:
            self._list_wanted = False
            self._fit_panes()
        return self.timeline.entity is not None

    def open_new_activity(self, type_id: int) -> None:
        """A new call, meeting or e-mail for the current entity (a visible form, also from My activities)."""
        self._show_current_entity()
        self.activity_actions.open_new_activity(type_id)

    def open_todo_form(self) -> None:
        """Ctrl+N: the to-do form for the current entity, visible (also from My activities and in a
        small window, where the entity list then gives way)."""
        self._show_current_entity()
        entity = self.timeline.entity
        if self.session is None or entity is None:
            self.banner.show_message(self.tr("Select a lead, deal, contact or company first."), level="info")
            return
        now = self.session.clock() if self.session.clock is not None else None
        self.todo_form.prepare(entity.owner_type_id, entity.owner_id, self.timeline.title.text(),
                               self.session.users, self.session.me.id, self.session.tz, now)
        self.side.setCurrentWidget(self.todo_form)
        self.side.show()
        self._fit_panes()  # a small window: the list gives way, the form gets its room
        self.todo_form.title.setFocus()

    # -- errors ------------------------------------------------------------------------------

    def show_error(self, exc: BaseException, cause: str = "") -> None:
        """Show a client/service error as a non-modal banner with its Bitrix24 code (a portal move
        to confirm: the Follow / Stay bar instead; an unreachable portal: the window goes offline).
        ``cause``: what failed (``"entities"``, ``"timeline"``…), so the message goes when it works."""
        if isinstance(exc, PortalMoveUnconfirmed):
            self.portal_move.ask(exc)
            return
        if isinstance(exc, PortalUnreachable) and self.session is not None:
            if not self.offline:
                self._set_offline(True)
            self._show_offline()
            return
        message = messages.describe(exc)
        self.banner.show_message(message.text, level="error", code=message.code, cause=cause)

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
