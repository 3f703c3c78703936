"""The main window over loopback HTTP, shared by the window tests in ``tests/gui``."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from datetime import datetime

from PySide6.QtCore import Qt

from desktop_app.bitrix import OwnerType, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.sandbox.faults import FaultKind, FaultPlan
from desktop_app.services.session import _open_webhook
from desktop_app.store import EntryState
from desktop_app.ui.main_window import MainWindow

#: How long a window test waits for the portal to confirm (ms).
CONFIRM_MS = 15000


@contextlib.contextmanager
def served_window(qtbot, arun, portal: SandboxPortal, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    """The main window on ``portal`` served over loopback, shown, with the deals' first timeline
    loaded; its tasks and session are closed afterwards."""
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path / "data"))
    with serve_in_thread(portal) as url:
        session = arun(_open_webhook(Webhook.parse(url), None))
        win = window_on(qtbot, session)
        yield win
        arun(win.tasks.cancel_all())
        arun(session.aclose())


def window_on(qtbot, session, size: tuple[int, int] | None = None) -> MainWindow:  # noqa: ANN001
    """A new main window on ``session`` (resized to ``size`` when given), shown, with its deals'
    first timeline loaded. The caller cancels its tasks and closes the session."""
    win = MainWindow()
    qtbot.addWidget(win)
    if size is not None:
        win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
        win.set_session(session, OwnerType.DEAL)
    return win


def confirmed(qtbot, win: MainWindow, action, *, count: int = 1) -> list:  # noqa: ANN001
    """Run ``action`` and wait until ``count`` changes are confirmed by the portal (``change_confirmed``);
    returns what was confirmed. Asserts that nothing is left open in the outbox."""
    done: list = []
    win.activity_actions.change_confirmed.connect(done.append)
    try:
        action()
        qtbot.waitUntil(lambda: len(done) >= count, timeout=CONFIRM_MS)
    finally:
        win.activity_actions.change_confirmed.disconnect(done.append)
    assert not win.session.changes.open_entries(), "every change confirmed, none left in the outbox"
    return done


def show_deal(qtbot, win: MainWindow, deal_id: int) -> None:  # noqa: ANN001
    """Click deal ``deal_id`` in the entity list, as a user would, and wait for its timeline (nothing
    to do when it is already the one shown)."""
    model, view = win.browser.model, win.browser.view
    row = next(r for r in range(model.rowCount()) if model.item_at(r).id == deal_id)
    if view.currentIndex().row() == row and win.timeline.entity is not None:
        return
    index = model.index(row, 0)
    with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
        view.setCurrentIndex(index)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def save_todo(qtbot, win: MainWindow, title: str, deadline: datetime) -> int:  # noqa: ANN001
    """New to-do on the entity shown, through the form as a user fills it: ``title``, ``deadline``
    (typed ``YYYY-MM-DD HH:MM``) and one reminder "at the time" (pingOffsets [0]); waits until the
    portal confirmed it and its card is on the timeline. Returns its id."""
    qtbot.mouseClick(win.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = win.todo_form
    form.deadline.setText(deadline.strftime("%Y-%m-%d %H:%M"))
    qtbot.keyClicks(form.title, title)
    for minutes, box in form.pings.items():
        box.setChecked(minutes == 0)
    [entry] = confirmed(qtbot, win, lambda: qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: win.timeline.model.row_of(entry.activity_id) is not None, timeout=CONFIRM_MS)
    return entry.activity_id


def complete_first_card(qtbot, win: MainWindow, portal: SandboxPortal, *, delay: float) -> int:
    """Complete the first open activity on the timeline while the portal holds its answer back
    ``delay`` seconds; returns the activity id once the change is on its way (``sending``)."""
    portal.faults.configure(FaultPlan(share=1.0, kinds=(FaultKind.DELAY,), delay_seconds=delay,
                                      methods=frozenset({"crm.activity.update"})))
    model = win.timeline.model
    activity = next(a for a in (model.activity_at(r) for r in range(model.rowCount()))
                    if a is not None and a.id > 0 and not a.completed)
    win.activity_actions.set_completed(activity, True)
    qtbot.waitUntil(lambda: any(e.state is EntryState.SENDING for e in win.session.changes.open_entries()),
                    timeout=CONFIRM_MS)
    return activity.id
