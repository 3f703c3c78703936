"""The window in Russian (issue 14 item 4): with the language set to Russian the main window, its
menus, the to-do form, the activity form, the connect dialog, My activities, the details pane, the
guide, About and the layout editor show no English word except
portal data (names, subjects the demo portal holds), the product's name and a few technical
terms; dates follow the Russian locale; set back to English, a new window speaks English again.

The language applies at start (``desktop_app.i18n``), so each language gets a window built after
its translators are installed, as the app does."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget
from window_helpers import window_on

import desktop_app
from desktop_app import i18n
from desktop_app.bitrix import ActivityType
from desktop_app.layout import schema
from desktop_app.services.session import open_demo_session
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")

#: Words that stay as they are in Russian: the product's name, technical terms and key names, the
#: language autonyms; addresses (the connect dialog's example webhook URL) and REST method names
#: (crm.activity.configurable.add) are left out.
ALLOWED = {
    "activity", "desk", "e-mail", "url", "id", "html", "bb", "sms", "json", "ctrl", "shift", "alt", "esc", "enter",
    "qt", "pyside", "pyside6", "python", "gnome", "gnu", "lgpl", "mit", "keyring", "kwallet", "linux", "crm", "user",
    "english", "del", "return", "space", "tab", "backspace", "ins", "home", "end", "pgup", "pgdown", "left", "right",
    "up", "down", "menu", "meta",
}
#: Values of the layout JSON the layout editor offers as they are written (api-spec.md §5: block
#: and tag types, colours, portal language keys): code, not prose.
LAYOUT_TERMS = frozenset(w.lower() for group in (schema.ALL_LANGUAGES, schema.TAG_TYPES, schema.BUTTON_TYPES,
                                                  schema.BLOCK_TYPES, schema.TEXT_SIZES, schema.TEXT_COLORS,
                                                  schema.ACTION_TYPES, schema.LABEL_BG_COLORS)
                         for w in group)
TS_EN = Path(desktop_app.__file__).resolve().parent.parent / "resources" / "i18n" / "activity_desk_en.ts"
MARKUP = re.compile(r"<[^>]+>|\[/?\w+[^\]]*\]|\r?\n")
EXAMPLE = re.compile(r"«[^»]*»")
URL = re.compile(r"https?://\S+|\b[a-z]+(?:\.[A-Za-z]+){2,}\b")  # addresses, REST method names
WORD = re.compile(r"[A-Za-z][A-Za-z0-9\-]*[A-Za-z0-9]|[A-Za-z]")


@pytest.fixture
def language(qapp) -> Iterator[object]:  # noqa: ANN001
    """Installs a language for the test's windows; no translator and the locale as it was afterwards."""
    before = QLocale()

    def use(code: str) -> str:
        return i18n.install(qapp, code)

    yield use
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def open_window(qtbot, arun, fixed_now):  # noqa: ANN001, ANN201
    opened = []

    def make() -> MainWindow:
        session = arun(open_demo_session(now=lambda: fixed_now))
        win = window_on(qtbot, session)
        opened.append((win, session))
        return win

    yield make
    for win, session in opened:
        arun(win.tasks.cancel_all())
        arun(session.aclose())


class PortalData:
    """What the demo portal holds, as a user may see it in the window: whole values of two words or
    more (titles, subjects: taken out of a text before it is read) and single words (first and last
    names) that are not words of the interface itself (so "Call" or "New" in a portal title does
    not let an untranslated "New call" through)."""

    def __init__(self, win: MainWindow) -> None:
        db = win.session.sandbox.db
        values: set[str] = set()
        tables = [row[0] for row in db.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.conn.execute(f'SELECT * FROM "{table}"'):
                for value in row:  # HTML and BB code descriptions are shown as plain lines
                    if isinstance(value, str):
                        values.update(part.strip() for part in MARKUP.split(html.unescape(value)) if part.strip())
        interface = {w.lower() for m in ET.parse(TS_EN).getroot().iter("message")
                     for w in WORD.findall(m.findtext("source").replace("&", ""))}
        self.phrases = sorted((v for v in values if len(WORD.findall(v)) >= 2), key=len, reverse=True)
        self.words = {w.lower() for v in values for w in WORD.findall(v)} - interface

    def strip(self, text: str) -> str:
        for phrase in self.phrases:
            if phrase in text:
                text = text.replace(phrase, " ")
        return text


def _menu_texts(menu: QMenu) -> list[str]:
    texts = [menu.title()]
    for action in menu.actions():
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
        elif not action.isSeparator():
            texts.append(action.text())
    return texts


def _visible_texts(root: QWidget) -> list[str]:
    """What a user reads on ``root``: labels, buttons, group titles, placeholders, combo items and
    tooltips, and the actions of its menu bar and of its widgets."""
    texts = [root.windowTitle()]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        # Tooltips: markup aside, and «…» examples of what to type (the date parser reads English
        # words: desktop_app.services.datetime_input).
        texts.append(EXAMPLE.sub(" ", re.sub(r"<[^>]+>", " ", widget.toolTip())))
        texts += [a.text() for a in QWidget.actions(widget) if isinstance(a, QAction) and not a.isSeparator() and a.menu() is None]
    if isinstance(root, MainWindow):
        for menu_action in root.menuBar().actions():
            texts += _menu_texts(menu_action.menu())
    return [t for t in texts if t]


def _english(texts: list[str], portal: PortalData, extra: frozenset[str] = frozenset()) -> list[str]:
    """Latin words of ``texts`` that are not portal data, addresses, allowed terms or all-caps codes."""
    allowed = ALLOWED | portal.words | extra
    return sorted({f"{w!r} in {t!r}" for t in texts for w in WORD.findall(URL.sub(" ", portal.strip(t)).replace("&", ""))
                   if w.lower() not in allowed and not w.isupper()})


def test_russian_everywhere_then_english_again(qtbot, language, open_window) -> None:  # noqa: ANN001
    assert language("ru") == "ru"
    win = open_window()
    portal = PortalData(win)
    assert win.menuBar().actions()[0].text() == "&Портал"
    assert _english(_visible_texts(win), portal) == []

    win.open_todo_form()
    assert win.todo_form.isVisible()
    assert _english(_visible_texts(win.todo_form), portal) == []

    win.open_new_activity(ActivityType.CALL)
    form = win.activity_form
    qtbot.waitUntil(lambda: form.isVisible() and form.type_combo.count() > 0, timeout=15000)
    assert _english(_visible_texts(form), portal) == []

    dialog = win.open_connect_dialog()
    qtbot.waitExposed(dialog)
    assert _english(_visible_texts(dialog), portal) == []
    dialog.reject()

    assert QLocale().language() == QLocale.Language.Russian, "dates and times follow the language"

    assert language("en") == "en"
    english = open_window()
    assert english.menuBar().actions()[0].text() == "&Portal"
    assert "Timeline" in [a.text().replace("&", "") for a in english.menuBar().actions()]


def test_menus_keep_their_mnemonics_distinct_in_russian(language, open_window) -> None:  # noqa: ANN001
    """Alt+letter reaches one item per menu: no two items of a menu (the bar, its menus, a card's
    context menu with its quick edits) share a letter."""
    language("ru")
    win = open_window()
    menus = [win.menuBar()] + [a.menu() for a in win.menuBar().actions()]
    menus += [a.menu() for m in menus[1:] for a in m.actions() if a.menu() is not None]
    model = win.timeline.model
    row = next(r for r in range(model.rowCount())
               if (a := model.activity_at(r)) is not None and not a.completed)  # an open card: quick edits too
    card_menu = win.timeline.open_card_menu(row)
    menus += [card_menu, *(a.menu() for a in card_menu.actions() if a.menu() is not None)]
    assert _english(_menu_texts(card_menu), PortalData(win)) == []
    clashes = []
    for menu in menus:
        letters = [m.group(1).lower() for a in menu.actions() if (m := re.search(r"&([^&\s])", a.text()))]
        clashes += [(menu.title(), letter) for letter in set(letters) if letters.count(letter) > 1]
    card_menu.close()
    assert clashes == []


def test_russian_in_my_activities_details_the_guide_about_and_the_layout_editor(qtbot, language, open_window) -> None:  # noqa: ANN001
    language("ru")
    win = open_window()
    portal = PortalData(win)
    with qtbot.waitSignal(win.my_activities.loaded, timeout=15000):
        win.my_activities_action.setChecked(True)
    assert _english(_visible_texts(win), portal) == []
    win.my_activities_action.setChecked(False)

    model = win.timeline.model
    activity = next(a for a in (model.activity_at(r) for r in range(model.rowCount())) if a is not None)
    win.activity_actions.open_details(activity)
    pane = win.details
    qtbot.waitUntil(lambda: pane.details is not None and pane.details.activity.id == activity.id, timeout=15000)
    qtbot.waitUntil(lambda: any(w.isVisibleTo(pane) for w in pane.findChildren(QLabel, "field_TYPE")), timeout=15000)
    assert _english(_visible_texts(pane), portal) == []

    guide = win.open_guide()
    qtbot.waitExposed(guide)
    assert _english(_visible_texts(guide), portal) == []
    guide.reject()
    about = win.open_about()
    qtbot.waitExposed(about)
    assert _english(_visible_texts(about), portal) == []
    about.reject()
    win.open_layout_editor()
    qtbot.waitExposed(win.layout_editor)
    assert _english(_visible_texts(win.layout_editor), portal, LAYOUT_TERMS) == []
    win.layout_editor.close()
