"""The main window's menus, actions and shortcuts (Portal, Timeline, View, Tools, Help).

:func:`build_actions` creates every :class:`QAction` on the window, puts it in its menu and on the
window (so its shortcut works wherever the focus is), and keeps the ones others need as window
attributes (``connect_action``, ``demo_action``, ``new_todo_action``, ``new_activity_actions``,
``my_activities_action``, ``layout_editor_action``, ``guide_action``, ``about_action``).
:func:`shortcut_actions` lists them in menu order for the F1 guide (:mod:`.help`), so the shortcut
list is the real one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from desktop_app.bitrix.models import ActivityType

if TYPE_CHECKING:
    from .main_window import MainWindow


def build_actions(window: MainWindow) -> None:
    """Menus and actions of ``window`` (see the module docstring)."""
    tr = window.tr
    portal_menu = window.menuBar().addMenu(tr("&Portal"))
    window.connect_action = QAction(tr("&Connect a portal…"), window)
    window.connect_action.setStatusTip(tr("Connect to your Bitrix24 portal with an incoming webhook"))
    window.connect_action.triggered.connect(window.open_connect_dialog)
    window.demo_action = QAction(tr("Open the &demo portal"), window)
    window.demo_action.setStatusTip(tr("Explore Activity Desk on built-in sample data"))
    window.demo_action.triggered.connect(window.open_demo)
    quit_action = QAction(tr("&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    portal_menu.addActions([window.connect_action, window.demo_action])
    portal_menu.addSeparator()
    portal_menu.addAction(quit_action)

    timeline_menu = window.menuBar().addMenu(tr("&Timeline"))
    window.new_todo_action = QAction(tr("&New to-do"), window)
    window.new_todo_action.setShortcut(QKeySequence.StandardKey.New)
    window.new_todo_action.setStatusTip(tr("Plan a to-do for the entity on screen"))
    window.new_todo_action.triggered.connect(window.open_todo_form)
    refresh_action = QAction(tr("&Refresh"), window)
    refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
    refresh_action.triggered.connect(window.refresh)
    find_action = QAction(tr("&Find entity"), window)
    find_action.setShortcut(QKeySequence.StandardKey.Find)
    find_action.triggered.connect(window.find_entity)
    window.new_activity_actions = []
    for type_id, text, shortcut in ((ActivityType.CALL, tr("New &call…"), "Ctrl+Shift+L"),
                                    (ActivityType.MEETING, tr("New &meeting…"), "Ctrl+Shift+M"),
                                    (ActivityType.EMAIL, tr("New &e-mail…"), "Ctrl+Shift+E")):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, t=type_id: window.open_new_activity(t))
        window.new_activity_actions.append(action)
    search_action = QAction(tr("&Search the timeline"), window)
    search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    search_action.triggered.connect(lambda: window.timeline.filter_bar.search.setFocus())
    timeline_menu.addActions([window.new_todo_action, *window.new_activity_actions])
    timeline_menu.addSeparator()
    timeline_menu.addActions([refresh_action, find_action, search_action])

    view_menu = window.menuBar().addMenu(tr("&View"))
    window.my_activities_action = QAction(tr("&My activities"), window)
    window.my_activities_action.setCheckable(True)
    window.my_activities_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
    window.my_activities_action.setStatusTip(tr("Your open activities across all leads, deals, contacts and "
                                                "companies, grouped by deadline"))
    window.my_activities_action.toggled.connect(window.show_my_activities)
    view_menu.addAction(window.my_activities_action)

    tools_menu = window.menuBar().addMenu(tr("T&ools"))
    window.layout_editor_action = QAction(tr("&Layout editor…"), window)
    window.layout_editor_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
    window.layout_editor_action.setStatusTip(tr("Write a configurable-activity layout with a live card preview"))
    window.layout_editor_action.triggered.connect(window.open_layout_editor)
    tools_menu.addAction(window.layout_editor_action)

    help_menu = window.menuBar().addMenu(tr("&Help"))
    window.guide_action = QAction(tr("&Guide and shortcuts"), window)
    window.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    if window.guide_action.shortcut().isEmpty():  # platforms without a standard help key
        window.guide_action.setShortcut(QKeySequence("F1"))
    window.guide_action.setStatusTip(tr("A short guide to Activity Desk and every keyboard shortcut"))
    window.guide_action.triggered.connect(window.open_guide)
    window.about_action = QAction(tr("&About Activity Desk"), window)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.about_action.triggered.connect(window.open_about)
    help_menu.addActions([window.guide_action, window.about_action])

    window.addActions([window.new_todo_action, *window.new_activity_actions, refresh_action, find_action,
                       search_action, quit_action, window.my_activities_action, window.layout_editor_action,
                       window.guide_action])


def shortcut_actions(window: MainWindow) -> list[QAction]:
    """Every action reachable from the menu bar, in menu order, then any other action on the window
    (e.g. one a panel added) — what the F1 guide lists."""
    found: list[QAction] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is not None:
            found.extend(a for a in menu.actions() if not a.isSeparator())
    found.extend(a for a in window.actions() if a not in found)
    return found
