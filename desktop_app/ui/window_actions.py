"""The main window's menus, actions and shortcuts (Portal, Timeline, View, Tools, Settings, Help).

:func:`build_actions` creates every :class:`QAction` on the window, puts it in its menu and on the
window (so its shortcut works wherever the focus is), and keeps the ones others need as window
attributes (``connect_action``, ``demo_action``, ``new_todo_action``, ``new_activity_actions``,
``my_activities_action``, ``layout_editor_action``, ``language_actions``, ``guide_action``, ``about_action``).
Settings → Language saves the choice (:mod:`desktop_app.i18n`); it applies at the next start, and
the window says so in both the current and the chosen language.
:func:`shortcut_actions` lists them in menu order for the F1 guide (:mod:`.help`), so the shortcut
list is the real one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from desktop_app.bitrix.models import ActivityType

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.services.settings import Settings

    from .main_window import MainWindow

#: The window's texts are in its context, ``MainWindow``, written out so pyside6-lupdate files them there.
translate = QCoreApplication.translate


def build_actions(window: MainWindow) -> None:
    """Menus and actions of ``window`` (see the module docstring)."""
    portal_menu = window.menuBar().addMenu(translate("MainWindow", "&Portal"))
    window.connect_action = QAction(translate("MainWindow", "&Connect a portal…"), window)
    window.connect_action.setStatusTip(translate("MainWindow", "Connect to your Bitrix24 portal with an incoming webhook"))
    window.connect_action.triggered.connect(window.open_connect_dialog)
    window.demo_action = QAction(translate("MainWindow", "Open the &demo portal"), window)
    window.demo_action.setStatusTip(translate("MainWindow", "Explore Activity Desk on built-in sample data"))
    window.demo_action.triggered.connect(window.open_demo)
    quit_action = QAction(translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.quit_app)
    portal_menu.addActions([window.connect_action, window.demo_action])
    portal_menu.addSeparator()
    portal_menu.addAction(quit_action)

    timeline_menu = window.menuBar().addMenu(translate("MainWindow", "&Timeline"))
    window.new_todo_action = QAction(translate("MainWindow", "&New to-do"), window)
    window.new_todo_action.setShortcut(QKeySequence.StandardKey.New)
    window.new_todo_action.setStatusTip(translate("MainWindow", "Plan a to-do for the entity on screen"))
    window.new_todo_action.triggered.connect(window.open_todo_form)
    refresh_action = QAction(translate("MainWindow", "&Refresh"), window)
    refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
    refresh_action.triggered.connect(window.refresh)
    find_action = QAction(translate("MainWindow", "&Find entity"), window)
    find_action.setShortcut(QKeySequence.StandardKey.Find)
    find_action.triggered.connect(window.find_entity)
    window.new_activity_actions = []
    for type_id, text, shortcut in ((ActivityType.CALL, translate("MainWindow", "New &call…"), "Ctrl+Shift+L"),
                                    (ActivityType.MEETING, translate("MainWindow", "New &meeting…"), "Ctrl+Shift+M"),
                                    (ActivityType.EMAIL, translate("MainWindow", "New &e-mail…"), "Ctrl+Shift+E")):
        action = QAction(text, window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _=False, t=type_id: window.open_new_activity(t))
        window.new_activity_actions.append(action)
    search_action = QAction(translate("MainWindow", "&Search the timeline"), window)
    search_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
    search_action.triggered.connect(lambda: window.timeline.filter_bar.search.setFocus())
    timeline_menu.addActions([window.new_todo_action, *window.new_activity_actions])
    timeline_menu.addSeparator()
    timeline_menu.addActions([refresh_action, find_action, search_action])

    view_menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    window.my_activities_action = QAction(translate("MainWindow", "&My activities"), window)
    window.my_activities_action.setCheckable(True)
    window.my_activities_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
    window.my_activities_action.setStatusTip(translate("MainWindow", "Your open activities across all leads, deals, contacts and "
                                                "companies, grouped by deadline"))
    window.my_activities_action.toggled.connect(window.show_my_activities)
    view_menu.addAction(window.my_activities_action)

    tools_menu = window.menuBar().addMenu(translate("MainWindow", "T&ools"))
    window.layout_editor_action = QAction(translate("MainWindow", "&Layout editor…"), window)
    window.layout_editor_action.setShortcut(QKeySequence("Ctrl+Shift+Y"))
    window.layout_editor_action.setStatusTip(translate("MainWindow", "Write a configurable-activity layout with a live card preview"))
    window.layout_editor_action.triggered.connect(window.open_layout_editor)
    tools_menu.addAction(window.layout_editor_action)

    settings_menu = window.menuBar().addMenu(translate("MainWindow", "&Settings"))
    _build_language_menu(window, settings_menu.addMenu(translate("MainWindow", "&Language")))
    _build_appearance_menu(window, settings_menu.addMenu(translate("MainWindow", "&Appearance")))
    _build_tray_action(window, settings_menu)

    help_menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    window.guide_action = QAction(translate("MainWindow", "&Guide and shortcuts"), window)
    window.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    if window.guide_action.shortcut().isEmpty():  # platforms without a standard help key
        window.guide_action.setShortcut(QKeySequence("F1"))
    window.guide_action.setStatusTip(translate("MainWindow", "A short guide to Activity Desk and every keyboard shortcut"))
    window.guide_action.triggered.connect(window.open_guide)
    window.about_action = QAction(translate("MainWindow", "&About Activity Desk"), window)
    window.about_action.setMenuRole(QAction.MenuRole.AboutRole)
    window.about_action.triggered.connect(window.open_about)
    help_menu.addActions([window.guide_action, window.about_action])

    window.addActions([window.new_todo_action, *window.new_activity_actions, refresh_action, find_action,
                       search_action, quit_action, window.my_activities_action, window.layout_editor_action,
                       window.guide_action])


def _build_language_menu(window: MainWindow, menu: QMenu) -> None:
    """"System language (…)", then each language by its own name; the saved choice is checked."""
    from desktop_app import i18n
    from desktop_app.services import settings as settings_file

    system_name = i18n.NATIVE_NAMES[i18n.system_language()]
    choices = [(None, translate("MainWindow", "&System language (%1)").replace("%1", system_name))]
    choices += [(code, i18n.NATIVE_NAMES[code]) for code in i18n.LANGUAGES]  # autonyms: never translated
    window.language_actions = _choice_actions(window, menu, choices, settings_file.read_language(),
                                              lambda code: choose_language(window, code))


def _choice_actions(window: MainWindow, menu: QMenu, choices: list[tuple[str | None, str]], saved: str | None,
                    choose: Callable[[str | None], object]) -> list[QAction]:
    """One checkable action per ``(code, text)`` in an exclusive group added to ``menu`` (data: the
    code, ``""`` for ``None``); the ``saved`` code is checked and a triggered one calls ``choose(code)``."""
    group = QActionGroup(window)
    group.setExclusive(True)
    for code, text in choices:
        action = QAction(text, group)
        action.setCheckable(True)
        action.setChecked(code == saved)
        action.setData(code or "")
        action.triggered.connect(lambda _=False, c=code: choose(c))
        menu.addAction(action)
    return group.actions()


def _build_appearance_menu(window: MainWindow, menu: QMenu) -> None:
    """System colours / Light / Dark (ui/color_scheme.py): applied at once, saved in the settings;
    the timeline's cards follow (``TimelineDelegate.set_dark``)."""
    from desktop_app.services import settings as settings_file

    from .color_scheme import ColorScheme

    saved = settings_file.load(set_aside=False).color_scheme  # built before the start reports a damaged file
    window.color_scheme = ColorScheme(saved, window)
    window.color_scheme.changed.connect(window.timeline.delegate.set_dark)
    window.timeline.delegate.set_dark(window.color_scheme.dark)
    choices = [(None, translate("MainWindow", "&System colours")), ("light", translate("MainWindow", "&Light")),
               ("dark", translate("MainWindow", "&Dark"))]
    window.color_scheme_actions = _choice_actions(window, menu, choices, saved,
                                                  lambda code: choose_color_scheme(window, code))


def _build_tray_action(window: MainWindow, menu: QMenu) -> None:
    """Settings → "Keep running in the tray when closed" (``Settings.close_to_tray``, default on): read
    by :class:`~desktop_app.ui.window_tray.WindowTray`; disabled, saying why, on a desktop without a tray."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from desktop_app.services import settings as settings_file

    action = QAction(translate("MainWindow", "Keep running in the &tray when closed"), window)
    action.setObjectName("closeToTrayAction")
    action.setCheckable(True)
    action.setChecked(settings_file.load(set_aside=False).close_to_tray is not False)
    if QSystemTrayIcon.isSystemTrayAvailable():
        action.setStatusTip(translate("MainWindow", "Closing the window hides it to the system tray, where reminders "
                                                    "keep coming; Portal → Quit ends Activity Desk"))
    else:
        action.setEnabled(False)
        action.setStatusTip(translate("MainWindow", "This desktop has no system tray: closing the window quits"))
    action.setToolTip(action.statusTip())
    action.toggled.connect(lambda on: choose_close_to_tray(window, on))
    menu.addAction(action)
    window.close_to_tray_action = action


def _save_setting(field: str, value: object, current: Settings | None = None) -> str | None:
    """Save ``value`` as the settings file's ``field`` (over ``current``, the file as the caller
    already read it, else as read now); ``None`` when written, else the reason it was not (the
    OS's, or the validation's) for the caller to show."""
    from pydantic import ValidationError

    from desktop_app.services import settings as settings_file

    try:
        settings_file.save((settings_file.load() if current is None else current).model_copy(update={field: value}))
    except (OSError, ValidationError) as exc:
        return getattr(exc, "strerror", None) or str(exc)
    return None


def choose_close_to_tray(window: MainWindow, on: bool) -> None:
    """Closing the window hides it to the tray (``on``) or quits; saved in the settings (a file that
    cannot be written is said in the status bar; the choice still applies for this run: the tray
    reads the action's check, :attr:`WindowTray.enabled <desktop_app.ui.window_tray.WindowTray.enabled>`)."""
    reason = _save_setting("close_to_tray", on)
    if reason is not None:
        window.statusBar().showMessage(
            translate("MainWindow", "The setting could not be saved: %1").replace("%1", reason), 8000)


def choose_color_scheme(window: MainWindow, code: str | None) -> None:
    """Apply ``code`` (``None``: the system's colours, ``"light"``, ``"dark"``) now and save it; a
    settings file that cannot be written is said in the status bar (the choice still applies)."""
    window.color_scheme.set_preference(code)
    for action in window.color_scheme_actions:
        action.setChecked((action.data() or None) == code)
    reason = _save_setting("color_scheme", code)
    if reason is not None:
        window.statusBar().showMessage(
            translate("MainWindow", "The colours could not be saved: %1").replace("%1", reason), 8000)


def choose_language(window: MainWindow, code: str | None) -> QMessageBox | None:
    """Save ``code`` (``None``: the system's) as the interface language and tell the user it applies
    at the next start (in the current language and, when it differs, the chosen one). Returns the
    message box shown (window-modal through ``open()``: the event loop keeps running), or ``None``
    when the choice was already saved."""
    from desktop_app import i18n
    from desktop_app.services import settings as settings_file

    title = translate("MainWindow", "Language")
    current = settings_file.load()
    if current.language == code:
        return None
    reason = _save_setting("language", code, current)
    if reason is not None:
        box = QMessageBox(QMessageBox.Icon.Warning, title,
                          translate("MainWindow", "The language could not be saved: %1").replace("%1", reason),
                          QMessageBox.StandardButton.Ok, window)
    else:
        source = "The interface language changes the next time you start Activity Desk."
        texts = [translate("MainWindow", "The interface language changes the next time you start Activity Desk.")]
        chosen = i18n.translated_in(i18n.chosen_language(code), "MainWindow", source)
        if chosen not in texts:
            texts.append(chosen)
        box = QMessageBox(QMessageBox.Icon.Information, title, "\n\n".join(texts), QMessageBox.StandardButton.Ok, window)
    box.setObjectName("languageMessage")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


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
