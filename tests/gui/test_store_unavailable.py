"""A local store the app cannot open — held by another running copy, or written by a newer Activity
Desk — is told in the window in words (what, why, what to do), never as a traceback; the portal can
still be browsed, and every change is refused with that message, the user's input kept and the
file's queued changes untouched.

Real pieces: the window, the sandbox portal (in-process), the store file on disk, and a second
SQLite connection holding ``BEGIN EXCLUSIVE`` on it (what another copy in the middle of a write does).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from changes_helpers import DEAL, at
from PySide6.QtCore import Qt

from desktop_app.bitrix import BitrixClient, OwnerType, RetryPolicy, Webhook
from desktop_app.services.changes import ChangeService
from desktop_app.services.session import PortalSession
from desktop_app.store import EntryState, Store, db
from desktop_app.store.db import DATA_DIR_ENV, SCHEMA_VERSION, default_store_path
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")

HOST = "acme.bitrix24.com"
WAIT_MS = 15000


@dataclass
class Scene:
    kind: str  # "locked" or "newer"
    win: MainWindow
    session: PortalSession
    path: Path
    queued_id: int
    release: Callable[[], None]  # the other copy lets go of the file


def _store_with_a_queued_todo(client: BitrixClient, path: Path) -> int:
    with Store.open(path) as store:
        return ChangeService(client, store).add_todo(DEAL, at(5), title="Queued by the other copy").id


def _client(portal) -> BitrixClient:  # noqa: ANN001
    return BitrixClient.for_webhook(Webhook(f"https://{HOST}", 1, "demo"), transport=portal.transport(),
                                    rate_plan=None, retry=RetryPolicy.NONE)


@pytest.fixture
def scene(request, qtbot, arun, portal, tmp_path, monkeypatch) -> Iterator[Scene]:  # noqa: ANN001
    """The window opened on a portal whose store file is ``locked`` (a second connection holds
    ``BEGIN EXCLUSIVE`` until :attr:`Scene.release`) or ``newer`` (a higher ``user_version``); the
    file holds one todo queued earlier."""
    kind = request.param
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    # The other copy never lets go while the window opens: waiting SQLite's 5 s for it shows nothing
    # more than waiting a quarter of a second.
    monkeypatch.setattr(db, "BUSY_TIMEOUT_S", 0.25)
    client = _client(portal)
    session = PortalSession(client=client, me=arun(client.current_user()))
    path = default_store_path(HOST, 1)
    queued_id = _store_with_a_queued_todo(client, path)
    other = sqlite3.connect(path, isolation_level=None)
    if kind == "locked":
        other.execute("BEGIN EXCLUSIVE")  # another running Activity Desk, in the middle of a write
    else:
        other.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")  # what a newer Activity Desk leaves
        other.close()

    def release() -> None:
        if kind == "locked":
            other.close()  # closing ends its transaction (rolled back); closing twice is harmless

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    try:
        with qtbot.waitSignal(win.timeline.loaded, timeout=WAIT_MS):  # browsing works
            win.set_session(session, OwnerType.DEAL)
        yield Scene(kind, win, session, path, queued_id, release)
    finally:
        release()
        arun(win.tasks.cancel_all())
        arun(session.aclose())


def _says_what_happened_and_what_to_do(scene: Scene) -> str:
    banner = scene.win.banner
    text = banner.text()
    assert banner.isVisible() and banner.level == "error"
    assert str(scene.path) in text and "changes cannot be saved" in text and "browse" in text
    assert not any(word in text for word in ("Traceback", "OperationalError", "DatabaseError", "locked", "unexpected"))
    assert scene.session.changes is None and scene.win.activity_actions.store_problem == text
    assert scene.win.timeline.model.rowCount() > 0  # the portal's timeline is on screen
    assert scene.win.waiting_changes() == 0  # closing does not ask about changes it cannot see
    return text


def _refuses_a_change_and_keeps_the_input(scene: Scene, qtbot, portal) -> None:  # noqa: ANN001
    win = scene.win
    problem = win.activity_actions.store_problem
    win.banner.hide()
    qtbot.mouseClick(win.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = win.todo_form
    assert form.isVisible()
    form.deadline.clear()
    qtbot.keyClicks(form.deadline, "2026-11-26 14:30")
    qtbot.keyClicks(form.title, "Typed while the store is unavailable")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert win.banner.isVisible() and win.banner.text() == problem
    assert form.isVisible() and form.title.text() == "Typed while the store is unavailable"  # kept
    assert form.state.text() == "Not saved — your input is kept."
    assert portal.db.count_activities(subject="Typed while the store is unavailable") == 0

    win.banner.hide()  # a quick action on a card is refused the same way
    activity = win.timeline.model.activity_at(0)
    before = portal.db.activity(activity.id)
    win.activity_actions.set_completed(activity, not activity.completed)
    assert win.banner.isVisible() and win.banner.text() == problem
    assert portal.db.activity(activity.id) == before


@pytest.mark.parametrize("scene", ["locked"], indirect=True)
def test_a_store_held_by_another_copy(scene: Scene, qtbot, arun, portal) -> None:  # noqa: ANN001
    text = _says_what_happened_and_what_to_do(scene)
    assert "in use by another running copy of Activity Desk" in text and "Close the other copy" in text
    _refuses_a_change_and_keeps_the_input(scene, qtbot, portal)

    # The other copy quits; the user opens the portal again: its queued change is there and is sent.
    scene.release()
    client = _client(portal)
    again = PortalSession(client=client, me=arun(client.current_user()))
    try:
        with qtbot.waitSignal(scene.win.activity_actions.change_confirmed, timeout=WAIT_MS) as sent:
            scene.win.set_session(again, OwnerType.DEAL)
        assert scene.win.activity_actions.store_problem is None
        assert sent.args[0].id == scene.queued_id and sent.args[0].state is EntryState.DONE
        assert portal.db.count_activities(subject="Queued by the other copy") == 1
    finally:
        arun(scene.win.tasks.cancel_all())
        arun(again.aclose())


@pytest.mark.parametrize("scene", ["newer"], indirect=True)
def test_a_store_written_by_a_newer_version(scene: Scene, qtbot, portal) -> None:  # noqa: ANN001
    text = _says_what_happened_and_what_to_do(scene)
    assert "written by a newer version of Activity Desk" in text and "Update Activity Desk" in text
    _refuses_a_change_and_keeps_the_input(scene, qtbot, portal)

    before = scene.path.read_bytes()
    scene.win.activity_actions.set_session(scene.session)  # opening again (a reconnect) changes nothing either
    assert scene.path.read_bytes() == before
    conn = sqlite3.connect(scene.path)
    try:  # left untouched: still the newer version, the queued change still in it
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
        assert conn.execute("SELECT COUNT(*) FROM outbox WHERE id = ?", (scene.queued_id,)).fetchone()[0] == 1
    finally:
        conn.close()
