"""Quitting with changes still in the outbox (issue 10 item 9): the window says how many wait and
that they will be sent on the next start, and lets the user quit now, wait for them, or stay.

The real window on the sandbox portal over loopback HTTP; the portal holds its answer to
``crm.activity.update`` back for a moment (fault ``delay``) so a change is still on its way when the
user closes the window. The question is a non-modal ``QMessageBox.open()`` — the event loop keeps
running (the change arrives while it is shown).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from window_helpers import CONFIRM_MS, complete_first_card, served_window

from desktop_app.sandbox import SandboxPortal
from desktop_app.store import EntryState
from desktop_app.ui.main_window import MainWindow

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]


@pytest.fixture
def window(qtbot, arun, ticking_portal: SandboxPortal, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
        yield win


def _let_the_send_finish(qtbot, win: MainWindow) -> None:
    """Wait for the held-back answer: the processor's in-flight send is its own task, which
    cancelling ``processor.run()`` does not end (it would outlive the test)."""
    qtbot.waitUntil(lambda: not any(win.session.changes.processor.is_in_flight(e.id)
                                    for e in win.session.changes.open_entries()), timeout=CONFIRM_MS)


def _question(qtbot, win: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: win.quit_question is not None and win.quit_question.isVisible(), timeout=5000)
    return win.quit_question


def _click(qtbot, box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_closing_with_nothing_waiting_closes_at_once(qtbot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.closed, timeout=2000):
        assert window.close()
    assert window.quit_question is None


def test_quit_now_says_how_many_wait_and_keeps_them_for_the_next_start(
        qtbot, window: MainWindow, ticking_portal: SandboxPortal) -> None:
    complete_first_card(qtbot, window, ticking_portal, delay=2.0)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))

    assert window.close() is False  # not yet: the user is asked
    box = _question(qtbot, window)
    assert window.isVisible() and not closed
    assert "1 change" in box.text() and "next time you start" in box.text()

    with qtbot.waitSignal(window.closed, timeout=2000):
        _click(qtbot, box, "quitNow")
    assert not window.isVisible()
    # Kept in the store: the next start sends (or verifies) it.
    assert [e.state for e in window.session.store.outbox.open_entries()] == [EntryState.SENDING]
    _let_the_send_finish(qtbot, window)


def test_wait_and_quit_closes_by_itself_once_the_portal_has_the_change(
        qtbot, window: MainWindow, ticking_portal: SandboxPortal) -> None:
    activity_id = complete_first_card(qtbot, window, ticking_portal, delay=1.5)
    window.close()
    box = _question(qtbot, window)
    _click(qtbot, box, "waitAndQuit")
    assert window.isVisible()  # still open while the change is on its way
    assert "quit once the 1 waiting change" in window.banner.text()

    with qtbot.waitSignal(window.closed, timeout=CONFIRM_MS):
        pass  # the event loop runs on; the confirmation closes the window
    assert not window.isVisible()
    assert window.session.changes.open_entries() == []
    assert ticking_portal.db.activity(activity_id)["completed"] == "Y"


def test_cancel_keeps_the_window_and_a_second_close_asks_again(
        qtbot, window: MainWindow, ticking_portal: SandboxPortal) -> None:
    complete_first_card(qtbot, window, ticking_portal, delay=2.0)
    closed: list[bool] = []
    window.closed.connect(lambda: closed.append(True))
    window.close()
    box = _question(qtbot, window)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.quit_question is None, timeout=2000)
    assert window.isVisible() and not closed

    window.close()
    again = _question(qtbot, window)
    assert "1 change" in again.text()
    _click(qtbot, again, "quitNow")
    assert closed == [True]
    _let_the_send_finish(qtbot, window)


def test_the_question_does_not_block_the_outbox(qtbot, window: MainWindow, ticking_portal: SandboxPortal) -> None:
    """While the question is shown the event loop runs: the change reaches the portal meanwhile."""
    activity_id = complete_first_card(qtbot, window, ticking_portal, delay=1.0)
    window.close()
    box = _question(qtbot, window)
    qtbot.waitUntil(lambda: not window.session.changes.open_entries(), timeout=CONFIRM_MS)
    assert box.isVisible()
    assert ticking_portal.db.activity(activity_id)["completed"] == "Y"
    with qtbot.waitSignal(window.closed, timeout=2000):
        _click(qtbot, box, "quitNow")
