"""The details pane in the real window over loopback HTTP (issue 12 point 4).

A demo call reads in words; a colleague's change of the same field on the portal (written straight
into the sandbox's database, as another user's save would) turns the user's change into a conflict
that the details show field by field in words; Keep mine / Take theirs leave the portal as chosen.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from window_helpers import CONFIRM_MS, confirmed, served_window, show_deal

from desktop_app.bitrix import OwnerType
from desktop_app.sandbox import SandboxPortal
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.timeline.format import deadline_pill_text

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]

_PORTAL: list[SandboxPortal] = []


@pytest.fixture
def window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    _PORTAL.append(ticking_portal)
    try:
        with served_window(qtbot, arun, ticking_portal, tmp_path, monkeypatch) as win:
            show_deal(qtbot, win, 1)
            yield win
    finally:
        _PORTAL.clear()


def _trigger(win: MainWindow, activity_id: int, name: str) -> None:
    row = win.timeline.model.row_of(activity_id)
    assert row is not None, f"card {activity_id} is on the timeline"
    menu = win.timeline.open_card_menu(row)
    action = menu.action_named(name)
    assert action is not None and action.isEnabled(), name
    action.trigger()
    menu.close()


def _open_details(qtbot, win: MainWindow, activity_id: int) -> None:
    _trigger(win, activity_id, "cardDetails")
    pane = win.details
    qtbot.waitUntil(lambda: pane.details is not None and pane.details.activity.id == activity_id,
                    timeout=CONFIRM_MS)
    # Rows added to a shown pane are shown by a queued event: wait until the user can see them.
    qtbot.waitUntil(lambda: any(w.isVisibleTo(pane) for w in pane.findChildren(QLabel, "field_TYPE")),
                    timeout=CONFIRM_MS)


def _field(win: MainWindow, key: str) -> str:
    [label] = [w for w in win.details.findChildren(QLabel, f"field_{key}") if w.isVisibleTo(win.details)]
    return label.text()


def _now(win: MainWindow) -> datetime:
    return win.session.clock() if win.session.clock is not None else datetime.now(UTC)


def _pill(win: MainWindow, value: datetime) -> str:
    if value.year >= 9999:
        return "No deadline"
    return deadline_pill_text(value, now=_now(win), tz=win.session.tz, locale=QLocale())


def test_a_demo_call_reads_in_words(qtbot, window: MainWindow) -> None:
    db = _PORTAL[0].db
    call_id = next(a.id for a in window.timeline.model.activities() if a.type_id == 2)
    row = db.activity(call_id)
    _open_details(qtbot, window, call_id)
    assert _field(window, "TYPE") == "Call"
    assert _field(window, "DIRECTION") == {1: "Incoming", 2: "Outgoing"}[row["direction"]]
    user = db.user(row["responsible_id"])
    assert _field(window, "RESPONSIBLE") == f"{user['name']} {user['last_name']}"
    [comm] = row["communications"]
    contact = db.item(comm["entity_type_id"], comm["entity_id"])
    assert _field(window, "CLIENT") == f"{contact['name']} {contact['last_name']} — {comm['value']}"
    assert _field(window, "DEADLINE") == _pill(window, row["deadline"])
    tech = window.details.technical
    assert not tech.text.isVisible() and "VOXIMPLANT_CALL" not in "".join(
        w.text() for w in window.details.findChildren(QLabel) if w.isVisibleTo(window.details))
    qtbot.mouseClick(tech.toggle, Qt.MouseButton.LeftButton)
    assert f"PROVIDER_ID: {row['provider_id']}" in tech.text.toPlainText().splitlines()


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep-mine", "take-theirs"])
def test_a_colleagues_deadline_beside_mine_and_the_choice_lands_on_the_portal(
        qtbot, window: MainWindow, keep_mine: bool) -> None:
    portal = _PORTAL[0]
    db = portal.db
    todo_id = next(a.id for a in window.timeline.model.activities() if a.is_todo and not a.completed)
    colleague = db.query_one("SELECT id, name, last_name FROM user WHERE id != 1 AND active = 1 ORDER BY id LIMIT 1")
    tz = window.session.tz
    now = _now(window)
    theirs = (now + timedelta(days=11)).astimezone(tz).replace(hour=10, minute=0, second=0, microsecond=0)
    # The colleague saves a new deadline on the portal while our card still shows the old one…
    stamp = int(theirs.timestamp())
    db.update_activity(todo_id, deadline=stamp, start_time=stamp, end_time=stamp, editor_id=int(colleague["id"]),
                       last_updated=max(portal.clock.now_ts(), int(db.activity(todo_id)["last_updated"].timestamp())) + 1)
    # … and we move the deadline to tomorrow 9:00 from the card's menu.
    mine = (now + timedelta(days=1)).astimezone(tz).replace(hour=9, minute=0, second=0, microsecond=0)
    _trigger(window, todo_id, "quickDeadline_tomorrow_9")
    changes = window.session.changes
    qtbot.waitUntil(lambda: bool(changes.open_entries()) and changes.open_entries()[0].state == "conflict",
                    timeout=CONFIRM_MS)
    assert db.activity(todo_id)["deadline"] == theirs, "nothing overwritten before the choice"

    _open_details(qtbot, window, todo_id)
    pane = window.details
    qtbot.waitUntil(lambda: pane.findChild(QWidget, "conflictView") is not None, timeout=CONFIRM_MS)
    view = pane.findChild(QWidget, "conflictView")
    name = f"{colleague['name']} {colleague['last_name']}"
    assert view.findChild(QLabel, "conflictWho").text().startswith(f"{name} changed it on the portal")
    assert view.findChild(QLabel, "theirs_DEADLINE").text() == _pill(window, theirs)
    assert view.findChild(QLabel, "mine_DEADLINE").text() == _pill(window, mine)
    assert view.sentences() == [f"Deadline — theirs: {_pill(window, theirs)} · yours: {_pill(window, mine)}"]
    assert _field(window, "DEADLINE") == _pill(window, theirs), "the summary shows the portal's version"

    if keep_mine:
        confirmed(qtbot, window, lambda: qtbot.mouseClick(view.findChild(QPushButton, "keepMineButton"),
                                                          Qt.MouseButton.LeftButton))
        assert db.activity(todo_id)["deadline"] == mine
        qtbot.waitUntil(lambda: _field(window, "DEADLINE") == _pill(window, mine), timeout=CONFIRM_MS)
    else:
        qtbot.mouseClick(view.findChild(QPushButton, "takeTheirsButton"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not changes.open_entries(), timeout=CONFIRM_MS)
        assert db.activity(todo_id)["deadline"] == theirs
    qtbot.waitUntil(lambda: pane.findChild(QWidget, "conflictView") is None or not pane.entries.isVisible(),
                    timeout=CONFIRM_MS)
    assert db.activity(todo_id)["editor_id"] == (1 if keep_mine else int(colleague["id"]))
    assert OwnerType.DEAL in {b[0] for b in db.activity(todo_id)["bindings"]}


def test_files_are_listed_downloaded_byte_identical_and_opened(qtbot, window: MainWindow, arun, tmp_path) -> None:
    from desktop_app.bitrix import BitrixClient, Webhook

    portal = _PORTAL[0]
    activity_id = next(a.id for a in window.timeline.model.activities() if a.type_id == 2)
    payloads = {"notes.txt": b"Called back: price agreed.\n", "scan.bin": bytes(range(256)) * 40}
    # A colleague attaches two files on the portal (crm.activity.update FILES fileData, api-spec.md §3.1.5).
    colleague = BitrixClient.for_webhook(Webhook(base_url="http://sandbox.local", user_id=1, code=portal.webhook_code),
                                         transport=portal.transport())
    try:
        files = [{"fileData": [name, base64.b64encode(data).decode()]} for name, data in payloads.items()]
        arun(colleague.call("crm.activity.update", {"id": activity_id, "fields": {"FILES": files}}))
    finally:
        arun(colleague.aclose())

    _open_details(qtbot, window, activity_id)
    listed = window.details.files
    qtbot.waitUntil(lambda: len(listed.files()) == 2, timeout=CONFIRM_MS)
    assert "FILES" in window.details.summary.keys()
    first, second = listed.files()

    # Download…: the user picks where to save; the bytes arrive unchanged.
    target = tmp_path / "saved-notes.txt"
    saved: list[tuple[int, str]] = []
    window.activity_actions.downloads.saved.connect(lambda file_id, path: saved.append((file_id, path)))
    qtbot.mouseClick(listed.findChild(QPushButton, f"download_{first.id}"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listed.dialog is not None and listed.dialog.isVisible())
    listed.dialog.selectFile(str(target))
    listed.dialog.accept()
    qtbot.waitUntil(lambda: bool(saved), timeout=CONFIRM_MS)
    assert saved == [(first.id, str(target))]
    assert target.read_bytes() == payloads["notes.txt"]
    assert listed.findChild(QLabel, f"fileState_{first.id}").text() == "Saved as saved-notes.txt"

    # Open: downloaded to a private folder under the portal's name, then handed to the system.
    opened: list[str] = []
    window.activity_actions.downloads.open_url = lambda url: opened.append(url.toLocalFile())
    qtbot.mouseClick(listed.findChild(QPushButton, f"open_{second.id}"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=CONFIRM_MS)
    assert Path(opened[0]).name == "scan.bin"
    assert Path(opened[0]).read_bytes() == payloads["scan.bin"]
