"""An honest window (issue 12 points 7, 10, 11), on the sandbox portal over loopback HTTP: the
"Offline" banner goes when the portal answers again, the title names what is on screen, the
entity list says why it is empty, an offline start shows the saved list (searchable), F1 lists the
real shortcuts, About shows the version and licences."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import metadata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget
from window_helpers import CONFIRM_MS, served_window

from desktop_app.bitrix import OwnerType, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.sandbox.faults import FaultKind
from desktop_app.services.session import _open_webhook
from desktop_app.ui import main_window as main_window_module
from desktop_app.ui.main_window import MainWindow

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]


@pytest.fixture
def window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) -> Iterator[MainWindow]:  # noqa: ANN001
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        yield win


def _search(qtbot, win: MainWindow, text: str, signal) -> None:  # noqa: ANN001
    search = win.browser.search
    search.setFocus()
    search.selectAll()
    with qtbot.waitSignal(signal, timeout=CONFIRM_MS):
        if text:
            qtbot.keyClicks(search, text)
        else:
            qtbot.keyClick(search, Qt.Key.Key_Backspace)


def _pick(qtbot, win: MainWindow, row: int) -> None:  # noqa: ANN001
    view = win.browser.view
    index = view.model().index(row, 0)
    with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


# -- the title -----------------------------------------------------------------------------------


def test_title_names_the_entity_its_type_and_the_portal(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    host = window.session.portal_host
    first = window.browser.model.item_at(0)
    assert window.windowTitle() == f"{first.display_name} — Deal · {host} — Activity Desk"
    _pick(qtbot, window, 2)
    picked = window.browser.model.item_at(2)
    assert window.windowTitle() == f"{picked.display_name} — Deal · {host} — Activity Desk"
    with qtbot.waitSignal(window.browser.page_loaded, timeout=CONFIRM_MS):
        window.browser.type_combo.setCurrentIndex(window.browser.type_combo.findData(int(OwnerType.COMPANY)))
    _pick(qtbot, window, 0)
    company = window.browser.model.item_at(0)
    assert window.windowTitle() == f"{company.display_name} — Company · {host} — Activity Desk"
    with qtbot.waitSignal(window.my_activities.loaded, timeout=CONFIRM_MS):
        qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.windowTitle() == f"My activities · {host} — Activity Desk"


# -- empty states ----------------------------------------------------------------------------------


def test_entity_list_says_when_nothing_matches(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    empty = window.browser.empty_state
    assert not empty.is_shown()
    _search(qtbot, window, "zz-no-such-deal", window.browser.page_loaded)
    assert window.browser.model.rowCount() == 0
    assert empty.is_shown() and empty.isVisible()
    assert empty.title() == "No match for “zz-no-such-deal”"
    assert "clear the search" in empty.hint()
    search = window.browser.search
    search.selectAll()
    with qtbot.waitSignal(window.browser.page_loaded, timeout=CONFIRM_MS):
        qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert window.browser.model.rowCount() > 0 and not empty.isVisible()


# -- offline and back --------------------------------------------------------------------------------


def test_offline_banner_clears_when_the_portal_answers_again(qtbot, window: MainWindow,  # noqa: ANN001
                                                             ticking_portal: SandboxPortal) -> None:
    """The portal stops answering (every connection dropped): the search falls back to the saved
    list, the banner says offline; F5 once the portal is back: the banner goes, the list is live."""
    ticking_portal.faults.force_next(FaultKind.DROP_BEFORE, count=1000)
    _search(qtbot, window, "northwind", window.browser.saved_list_shown)
    banner = window.banner
    assert banner.isVisible() and banner.cause == "offline" and "Offline" in banner.text()
    assert window.offline and "(offline)" in window.windowTitle()
    assert window.browser.status.text().startswith("Offline — showing the saved list from")
    names = [window.browser.model.item_at(r).display_name for r in range(window.browser.model.rowCount())]
    assert names and all("northwind" in n.casefold() for n in names)
    ticking_portal.faults.clear()
    with qtbot.waitSignal(banner.cleared, timeout=CONFIRM_MS, check_params_cb=lambda c: c == "offline"):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not banner.isVisible() and not window.offline
    assert "(offline)" not in window.windowTitle()
    qtbot.waitUntil(lambda: not window.browser.showing_saved, timeout=CONFIRM_MS)


def test_a_failed_list_message_goes_when_the_list_loads(qtbot, window: MainWindow,  # noqa: ANN001
                                                       ticking_portal: SandboxPortal) -> None:
    """A server error on the entity list is shown with its code; the next search that loads takes
    the message away. A message with another cause (no keyring) stays until dismissed."""
    ticking_portal.faults.force_next(FaultKind.SERVER_ERROR, method="crm.item.list", count=1000)
    _search(qtbot, window, "north", window.browser.load_failed)
    banner = window.banner
    assert banner.isVisible() and banner.cause == "entities" and banner.code().startswith("INTERNAL_SERVER_ERROR")
    assert not window.offline  # the portal answered: an error, not "offline"
    ticking_portal.faults.clear()
    with qtbot.waitSignal(banner.cleared, timeout=CONFIRM_MS, check_params_cb=lambda c: c == "entities"):
        qtbot.keyClicks(window.browser.search, "w")
    assert not banner.isVisible()
    banner.show_message("No system keyring is available", level="warning")
    _search(qtbot, window, "northwind", window.browser.page_loaded)
    assert banner.isVisible() and banner.text() == "No system keyring is available"


def test_reconnect_probe_clears_the_banner_by_itself(qtbot, arun, ticking_portal, tmp_path,  # noqa: ANN001
                                                     monkeypatch) -> None:
    monkeypatch.setattr(main_window_module, "RECONNECT_INTERVAL_MS", 200)
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        ticking_portal.faults.force_next(FaultKind.DROP_BEFORE, count=1000)
        _search(qtbot, win, "a", win.browser.saved_list_shown)
        assert win.banner.cause == "offline" and win.banner.isVisible()
        ticking_portal.faults.clear()
        with qtbot.waitSignal(win.banner.cleared, timeout=CONFIRM_MS):
            pass  # the probe every 200 ms finds the portal again; nobody pressed anything
        assert not win.offline


def test_offline_start_shows_the_saved_list_and_search_works(qtbot, arun, ticking_portal, tmp_path,  # noqa: ANN001
                                                            monkeypatch) -> None:
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path / "data"))
    # A first run online saves the deals' first page in the portal's store file.
    with serve_in_thread(ticking_portal) as url:
        session = arun(_open_webhook(Webhook.parse(url), None))
        first = MainWindow()
        qtbot.addWidget(first)
        first.show()
        with qtbot.waitSignal(first.timeline.loaded, timeout=CONFIRM_MS):
            first.set_session(session, OwnerType.DEAL)
        online_names = [first.browser.model.item_at(r).display_name for r in range(first.browser.model.rowCount())]
        arun(first.tasks.cancel_all())
        arun(session.aclose())
        first.close()
    port = int(url.split(":")[2].split("/")[0])

    # The next start: the portal does not answer.
    session = arun(_open_webhook(Webhook.parse(url), None, offline_ok=True))
    assert session.offline
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.browser.saved_list_shown, timeout=CONFIRM_MS):
        win.set_session(session, OwnerType.DEAL)
    try:
        model = win.browser.model
        assert [model.item_at(r).display_name for r in range(model.rowCount())] == online_names
        assert win.browser.status.text().startswith("Offline — showing the saved list from")
        assert win.banner.isVisible() and win.banner.cause == "offline"
        assert "(offline)" in win.windowTitle()
        assert win.session.me.display_name != f"#{win.session.me.id}"  # the saved employee, not an id

        # Search filters the saved rows locally, case-insensitively in any script.
        _search(qtbot, win, "NORTHWIND", win.browser.saved_list_shown)
        shown = [model.item_at(r).display_name for r in range(model.rowCount())]
        assert shown and shown == [n for n in online_names if "northwind" in n.casefold()]
        _search(qtbot, win, "zz-none", win.browser.saved_list_shown)
        assert model.rowCount() == 0 and win.browser.empty_state.title() == "No match for “zz-none”"
        _search(qtbot, win, "", win.browser.saved_list_shown)

        # The portal is back on the same address: F5 reconnects, the banner goes, the list is live.
        with serve_in_thread(ticking_portal, port=port):
            with qtbot.waitSignal(win.browser.page_loaded, timeout=CONFIRM_MS):
                qtbot.keyClick(win, Qt.Key.Key_F5)
            assert not win.offline and not win.banner.isVisible()
            assert not win.browser.showing_saved and "(offline)" not in win.windowTitle()
            arun(win.tasks.cancel_all())
    finally:
        arun(win.tasks.cancel_all())
        arun(session.aclose())


# -- help ----------------------------------------------------------------------------------------------


def test_f1_opens_the_guide_with_the_real_shortcuts(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    rows = dict(guide.shortcuts())
    assert rows["New to-do"] == QKeySequence("Ctrl+N").toString(QKeySequence.SequenceFormat.NativeText)
    assert rows["My activities"] == QKeySequence("Ctrl+Shift+A").toString(QKeySequence.SequenceFormat.NativeText)
    assert "Guide and shortcuts" in rows
    # Every action of the window with a shortcut is listed with its keys: the list cannot drift.
    listed = {keys for value in rows.values() for keys in value.split(" / ")}
    for action in window.actions():
        for keys in action.shortcuts():
            assert keys.toString(QKeySequence.SequenceFormat.NativeText) in listed, action.text()
    guide.reject()
    window.new_todo_action.setShortcut(QKeySequence("Ctrl+Alt+T"))
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide is not guide and window.guide.isVisible())
    assert dict(window.guide.shortcuts())["New to-do"] == QKeySequence("Ctrl+Alt+T").toString(
        QKeySequence.SequenceFormat.NativeText)
    window.guide.reject()


def test_about_shows_version_and_licences(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.about_action.trigger()
    about = window.about
    qtbot.waitUntil(about.isVisible)
    assert about.version == metadata.version("activity-desk")
    title = about.findChild(type(window.portal_label).__mro__[1], "aboutVersion")
    assert title is not None and title.text() == f"Activity Desk {about.version}"
    licences = about.component_licences()
    assert "LGPL-3.0" in licences["PySide6-Essentials"]
    assert licences["httpx"].startswith("BSD") and licences["keyring"] == "MIT"
    assert licences["qasync"].startswith("BSD")
    assert any(name.startswith("Material Design Icons") for name in licences)
    summary = about.findChild(type(title), "aboutSummary").text()
    assert "PySide6" in summary and "Python" in summary and "Qt" in summary
    about.reject()


# -- small windows and Ctrl+N ------------------------------------------------------------------------------


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _crushed(win: MainWindow) -> list[str]:
    """What a user would see cut or crushed: a pane below its minimum size hint, panes overlapping,
    the form's title field or Save button outside the window."""
    problems = []
    panes = [w for w in (win.browser, win.timeline, win.side) if w.isVisible()]
    for pane in panes:
        hint = pane.minimumSizeHint()
        if pane.width() < hint.width() or pane.height() < hint.height():
            problems.append(f"{pane.objectName() or type(pane).__name__} {pane.size().toTuple()} < {hint.toTuple()}")
    for i, a in enumerate(panes):
        problems += [f"{type(a).__name__} overlaps {type(b).__name__}" for b in panes[i + 1:]
                     if a.geometry().intersects(b.geometry())]
    for widget in win.findChildren(QWidget):  # every field and button, outside scrolled lists
        if widget.isVisible() and not widget.isWindow() and not _in_scroll_area(widget, win):
            hint = widget.minimumSizeHint()
            if hint.isValid() and (widget.width() < hint.width() or widget.height() < hint.height()):
                problems.append(f"{type(widget).__name__} {widget.objectName()} {widget.size().toTuple()} "
                                f"< {hint.toTuple()}")
    for widget in (win.todo_form.save_button, win.todo_form.title):
        if widget.isVisible():
            corners = (widget.mapTo(win, widget.rect().topLeft()), widget.mapTo(win, widget.rect().bottomRight()))
            if not all(win.rect().contains(c) for c in corners):
                problems.append(f"{widget.objectName()} outside the window")
    return problems


def _assert_not_crushed(qtbot, win: MainWindow) -> None:  # noqa: ANN001
    try:
        qtbot.waitUntil(lambda: not _crushed(win), timeout=2000)
    except AssertionError:
        pass
    assert _crushed(win) == []


def test_ctrl_n_opens_a_visible_form_at_1024x640(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    _assert_not_crushed(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.todo_form
    qtbot.waitUntil(lambda: form.isVisible() and window.side.width() >= window.side.minimumSizeHint().width())
    assert QApplication.focusWidget() is form.title
    # The list gave way rather than being squeezed; the timeline and the form keep their sizes.
    assert not window.browser.isVisible()
    assert "Ctrl+F shows it again" in window.statusBar().currentMessage()  # the user is told where it went
    _assert_not_crushed(qtbot, window)
    # Ctrl+F brings the list back (in the timeline's place) and picking an entity shows the timeline.
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.browser.isVisible)
    _assert_not_crushed(qtbot, window)
    # Closing the form gives the list its place again.
    qtbot.mouseClick(form.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.side.isHidden() and window.browser.isVisible() and window.timeline.isVisible())
    _assert_not_crushed(qtbot, window)
    # At 1280×800 the list, the timeline and the form all fit.
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(form.isVisible)
    assert window.browser.isVisible() and window.timeline.isVisible()
    _assert_not_crushed(qtbot, window)


def test_ctrl_n_from_my_activities_opens_the_form_for_the_selected_card(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.resize(1024, 640)
    panel = window.my_activities
    with qtbot.waitSignal(panel.loaded, timeout=CONFIRM_MS):
        qtbot.keyClick(window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = panel.view()
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).flags() & Qt.ItemFlag.ItemIsSelectable)
    view.setCurrentIndex(model.index(row, 0))
    [activity] = panel.selected_activities()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.todo_form
    qtbot.waitUntil(form.isVisible)
    assert window.pages.currentWidget() is window.splitter
    assert (window.timeline.entity.owner_type_id, window.timeline.entity.owner_id) == (
        activity.owner_type_id, activity.owner_id)
    _assert_not_crushed(qtbot, window)


# -- counts follow changes ---------------------------------------------------------------------------------


def test_entity_counters_follow_a_completed_todo(qtbot, window: MainWindow, ticking_portal: SandboxPortal) -> None:  # noqa: ANN001
    from window_helpers import confirmed

    from desktop_app.ui.entity_browser import CountersRole
    from desktop_app.ui.timeline import CardState
    from desktop_app.ui.timeline.model import CardStateRole

    browser = window.browser
    qtbot.waitUntil(lambda: browser.model.index(0, 0).data(CountersRole) is not None, timeout=CONFIRM_MS)
    row = next((r for r in range(browser.model.rowCount())
                if (browser.model.index(r, 0).data(CountersRole) or None) and
                browser.model.index(r, 0).data(CountersRole).overdue), None)
    assert row is not None, "a listed entity with an overdue activity"
    if browser.view.currentIndex().row() != row:
        _pick(qtbot, window, row)
    before = browser.model.index(row, 0).data(CountersRole).overdue
    model = window.timeline.model
    card = next(r for r in range(model.rowCount()) if model.index(r, 0).data(CardStateRole) == CardState.OVERDUE)
    activity = model.activity_at(card)
    menu = window.timeline.open_card_menu(card)
    complete = menu.action_named("cardComplete")
    confirmed(qtbot, window, lambda: (complete.trigger(), menu.close()))
    assert ticking_portal.db.activity(activity.id)["completed"] == "Y"
    # The red badge of that entity counts one less, without a reload of the list.
    qtbot.waitUntil(lambda: browser.model.index(row, 0).data(CountersRole).overdue == before - 1, timeout=CONFIRM_MS)


def test_long_entity_names_elide_with_the_whole_name_in_the_tooltip(qtbot, window: MainWindow) -> None:  # noqa: ANN001
    window.resize(1024, 640)
    view = window.browser.view
    qtbot.waitUntil(lambda: window.width() == 1024)
    model = view.model()
    width = view.viewport().width()
    long_rows = [r for r in range(model.rowCount())
                 if view.fontMetrics().horizontalAdvance(model.item_at(r).display_name) > width]
    assert long_rows, "the demo has names longer than the list is wide"
    qtbot.waitUntil(lambda: all(view.visualRect(model.index(r, 0)).width() <= width for r in long_rows))
    assert not view.horizontalScrollBar().isVisible()
    tooltip = model.index(long_rows[0], 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.item_at(long_rows[0]).display_name in tooltip
    status_text = window.portal_label
    status_text.setText("x" * 400)  # a very long user or portal name is elided too, whole in the tooltip
    assert status_text.width() < window.width() and status_text.is_elided() and "x" * 400 in status_text.toolTip()


# -- search folds case in every script ---------------------------------------------------------------


def test_search_finds_names_whatever_their_script_and_case(qtbot, window: MainWindow,  # noqa: ANN001
                                                           ticking_portal: SandboxPortal) -> None:
    """Typed in the window's search box, "ÆRØ" finds a deal titled "ærø …" and "ΑΘΉΝΑ" finds
    "Αθήνα …" (the portal's collation folds case for every script, not only ASCII)."""
    ticking_portal.db.execute("UPDATE crm_item SET title = ? WHERE entity_type_id = 2 AND id = 2", ("ærø Fisk: ferry booking",))
    ticking_portal.db.execute("UPDATE crm_item SET title = ? WHERE entity_type_id = 2 AND id = 3", ("Αθήνα Travel: tours",))
    search = window.browser.search
    for typed, expected in (("ÆRØ", "ærø Fisk: ferry booking"), ("αθήνα", "Αθήνα Travel: tours")):
        search.setFocus()
        search.selectAll()
        with qtbot.waitSignal(window.browser.page_loaded, timeout=CONFIRM_MS):
            # Typed through the input method, as a keyboard layout for these scripts delivers it
            # (QTest's key clicks only synthesise Latin-1 keys).
            event = QInputMethodEvent()
            event.setCommitString(typed)
            QApplication.sendEvent(search, event)
        assert search.text() == typed
        model = window.browser.model
        names = [model.item_at(r).display_name for r in range(model.rowCount())]
        assert names == [expected], typed
