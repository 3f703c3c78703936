"""The real Activity Desk window in a process of its own, for ``test_kill_after_save.py``.

Run as a script (``python tests/integration/app_driver.py MODE --webhook URL …``); it builds what
``activity-desk`` builds — the ``QApplication``, the qasync loop, :class:`MainWindow` — opens the
webhook's session (``_open_webhook``: no keyring, no settings file), shows it with
``window.set_session`` and waits for the first timeline. Then, by ``MODE``:

``save``
    picks the deal ``--deal``, clicks *New todo*, types ``--deadline`` / ``--title`` /
    ``--description`` into the form and clicks *Save* (QTest: key and mouse events on the real
    widgets). Keeps running until it is killed (that is the point) or the watchdog fires.
``resume``
    just opens the window on the same data directory: the outbox processor sends what the last
    run left behind. Exits 0 once no change is left open in the outbox.

Protocol on stdout, one line each, flushed at once (the test acts on them):

- ``READY <deal id>``: the deal's timeline is on screen.
- ``ENTRY <entry id> <state> <attempts> <error code or ->``: an outbox entry changed
  (``entry_changed``); ``SAVED <entry id>`` follows the first ``pending`` of a new todo, i.e. once
  the change is committed to the store.
- ``CONFIRMED <entry id> <activity id>``: the portal confirmed a change (``change_confirmed``).
- ``CARD <activity id> <subject>``: after a confirmation, the timeline shows the portal's card.
- ``IDLE``: (``resume``) nothing is left open in the outbox; the process then exits 0.

Qt messages and log records go to stderr. A watchdog (``--watchdog`` seconds, default 60) ends the
process with status 3 if the test that started it is gone, so nothing is left running.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import qasync
from driver_protocol import next_emission, say
from PySide6.QtCore import Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from desktop_app.bitrix import OwnerType, Webhook
from desktop_app.services.session import _open_webhook
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.ui.main_window import MainWindow


def _qt_message(mode: QtMsgType, _context: Any, message: str) -> None:
    sys.stderr.write(f"Qt {mode.name}: {message}\n")
    sys.stderr.flush()


def _click_row(view: QAbstractItemView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


async def show_deal(window: MainWindow, deal_id: int) -> None:
    """Wait for the first timeline, then click the deal ``deal_id`` in the entity list (if it is not
    the one already shown) and wait for its timeline."""
    loaded = next_emission(window.timeline.loaded)
    await loaded
    model = window.browser.model
    row = next(r for r in range(model.rowCount()) if model.item_at(r).id == deal_id)
    if window.timeline.entity is None or window.timeline.entity.owner_id != deal_id:
        loaded = next_emission(window.timeline.loaded)
        _click_row(window.browser.view, row)
        await loaded
    say("READY", deal_id)


async def save_todo(window: MainWindow, args: argparse.Namespace) -> None:
    """Open the todo form with its button, type into it and click Save, as a user would."""
    QTest.mouseClick(window.timeline.new_todo_button, Qt.MouseButton.LeftButton)
    form = window.todo_form
    if not form.isVisible():
        raise RuntimeError("the todo form did not open")
    form.deadline.clear()
    QTest.keyClicks(form.deadline, args.deadline)
    QTest.keyClicks(form.title, args.title)
    QTest.keyClicks(form.description, args.description)
    QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    problems = {key: form.error_text(key) for key in ("deadline", "title") if form.error_text(key)}
    if problems:
        raise RuntimeError(f"the form refused the input: {problems}")


async def run(window: MainWindow, args: argparse.Namespace) -> int:
    window.show()
    session = await _open_webhook(Webhook.parse(args.webhook), None)
    actions = window.activity_actions
    saved: set[int] = set()
    idle: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def on_entry(entry: OutboxEntry) -> None:
        say("ENTRY", entry.id, entry.state, entry.attempts, entry.error_code or "-")
        if (entry.method == "crm.activity.todo.add" and entry.state is EntryState.PENDING
                and entry.attempts == 0 and entry.id not in saved):
            saved.add(entry.id)
            say("SAVED", entry.id)

    confirmed: dict[int, int] = {}

    def on_confirmed(entry: OutboxEntry) -> None:
        confirmed[entry.id] = int(entry.activity_id or 0)
        say("CONFIRMED", entry.id, entry.activity_id)

    actions.entry_changed.connect(on_entry)
    actions.change_confirmed.connect(on_confirmed)
    window.set_session(session, OwnerType.DEAL)
    await show_deal(window, args.deal)

    if args.mode == "save":
        await save_todo(window, args)
        await asyncio.Event().wait()  # until SIGKILL (or the watchdog)
        return 0

    def check_idle(_entry: object = None) -> None:
        if not idle.done() and session.changes is not None and not session.changes.open_entries():
            idle.set_result(None)

    actions.entry_changed.connect(check_idle)
    check_idle()
    await idle
    # What the user sees now: the timeline read again from the portal, each confirmed change's card.
    loaded = next_emission(window.timeline.loaded)
    window.timeline.reload()
    await loaded
    model = window.timeline.model
    for activity_id in confirmed.values():
        row = model.row_of(activity_id)
        if row is not None:
            say("CARD", activity_id, model.activity_at(row).subject)
    say("IDLE")
    await window.tasks.cancel_all()
    await session.aclose()
    return 0


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "resume"))
    parser.add_argument("--webhook", required=True, help="the sandbox portal's test webhook URL")
    parser.add_argument("--deal", type=int, default=1)
    parser.add_argument("--deadline", default="")
    parser.add_argument("--title", default="")
    parser.add_argument("--description", default="")
    parser.add_argument("--watchdog", type=float, default=60.0, help="seconds before the process ends itself")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Activity Desk")
    app.setOrganizationName("ActivityDesk")
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    def watchdog() -> None:
        sys.stderr.write(f"app_driver: watchdog: still running after {args.watchdog:.0f} s, exiting\n")
        sys.stderr.flush()
        os._exit(3)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(watchdog)
    timer.start(int(args.watchdog * 1000))
    window = MainWindow()
    with loop:
        return loop.run_until_complete(run(window, args))


if __name__ == "__main__":
    sys.exit(main())
