"""``kill -9`` right after a save loses nothing and doubles nothing (issue 3, "Done when").

The app runs in a process of its own (``app_driver.py``: the real ``QApplication``, qasync loop and
:class:`MainWindow`, driven through the todo form's widgets) against a sandbox portal served over
loopback HTTP from this test process, so the test can both inject faults and read the portal's
database. The app process is killed with SIGKILL, then started again on the same data directory.

1. The portal answers every ``crm.activity.todo.add`` with 503 ``QUERY_LIMIT_EXCEEDED``; the app is
   killed as soon as the todo is in the outbox. The portal has no such todo; the store has it.
   Faults off, restart: the todo reaches the portal, once, with what was typed.
2. The portal applies ``crm.activity.todo.add`` but holds its answer back (fault ``delay``); the app
   is killed while it waits (the entry is ``sending``). Restart: the change is reconciled with the
   todo the portal already has — not sent a second time.

The portal's clock is the real one, as the app's is: reconciling a todo whose outcome is unknown
looks for todos created since the send (``CREATED``), which only works when both clocks agree.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.bitrix import OwnerType, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.sandbox.faults import FaultKind, FaultPlan
from desktop_app.store import EntryState, OutboxEntry, Store
from desktop_app.store.db import DATA_DIR_ENV, default_store_path

pytestmark = [pytest.mark.integration, pytest.mark.timeout(90)]

DRIVER = Path(__file__).with_name("app_driver.py")
REPO = Path(__file__).resolve().parents[2]
DEAL = 1
#: The app process's local zone (POSIX TZ string: UTC+05:00, no tz database needed); the form's
#: deadline is typed in it.
APP_TZ_ENV = "<+05>-5"
APP_TZ = timezone(timedelta(hours=5))
LINE_TIMEOUT_S = 30.0
TODO_ADD = "crm.activity.todo.add"
#: What the offscreen platform plugin itself says (pyproject.toml ``qt_log_ignore``).
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints", "This plugin does not support raise",
                   "This plugin does not support grabbing the keyboard")


@dataclass
class App:
    """One running ``app_driver.py`` process and what it said so far."""

    proc: subprocess.Popen[str]
    stderr_path: Path
    lines: queue.Queue[str] = field(default_factory=queue.Queue)
    seen: list[str] = field(default_factory=list)

    def expect(self, prefix: str, timeout: float = LINE_TIMEOUT_S) -> list[str]:
        """Wait (at most ``timeout`` seconds) for the next stdout line starting with ``prefix``;
        returns its words after the prefix."""
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            try:
                line = self.lines.get(timeout=max(0.0, left))
            except queue.Empty:
                raise AssertionError(f"no {prefix!r} line within {timeout:.0f} s\n{self.report()}") from None
            if line is None:  # type: ignore[comparison-overlap]  # end of stdout
                raise AssertionError(f"the app ended before {prefix!r}\n{self.report()}")
            self.seen.append(line)
            if line.split(" ", 1)[0] == prefix:
                return line.split()[1:]

    def assert_quiet(self) -> None:
        """No Qt warning (but the offscreen plugin's own, as in pyproject's ``qt_log_ignore``), no
        logged error, no traceback on the app's stderr."""
        text = self.stderr_path.read_text(errors="replace")
        noise = [line for line in text.splitlines() if line.strip() and not any(ok in line for ok in OFFSCREEN_NOISE)]
        assert not noise, self.report()

    def report(self) -> str:
        err = self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""
        return (f"exit status: {self.proc.poll()}\n--- app stdout ---\n" + "\n".join(self.seen)
                + f"\n--- app stderr ---\n{err[-6000:]}")


@pytest.fixture
def live_portal() -> Iterator[SandboxPortal]:
    """A sandbox portal with demo data on the real clock, not conftest's fixed one (see the module
    docstring)."""
    p = SandboxPortal(":memory:", webhook_code="killtest", webhook_user_id=1, demo_data=True)
    yield p
    p.close()


@pytest.fixture
def webhook_url(live_portal: SandboxPortal) -> Iterator[str]:
    with serve_in_thread(live_portal) as url:
        yield url


@pytest.fixture
def start_app(tmp_path: Path, webhook_url: str) -> Iterator[Callable[..., App]]:
    """``start_app(mode, *options)`` runs ``app_driver.py`` on this test's data directory; every
    process it started is killed at teardown if it is still running."""
    data, config = tmp_path / "data", tmp_path / "config"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", DATA_DIR_ENV: str(data),
           "ACTIVITY_DESK_CONFIG_DIR": str(config), "TZ": APP_TZ_ENV, "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)}
    started: list[App] = []

    def start(mode: str, *options: str) -> App:
        stderr_path = tmp_path / f"app-{len(started) + 1}-{mode}.stderr"
        with stderr_path.open("w") as err:
            proc = subprocess.Popen([sys.executable, str(DRIVER), mode, "--webhook", webhook_url, "--deal", str(DEAL),
                                     *options], stdout=subprocess.PIPE, stderr=err, text=True, env=env, cwd=REPO)
        app = App(proc, stderr_path)

        def pump() -> None:
            assert proc.stdout is not None
            for line in proc.stdout:
                app.lines.put(line.rstrip("\n"))
            app.lines.put(None)  # type: ignore[arg-type]

        threading.Thread(target=pump, name=f"app-{mode}-stdout", daemon=True).start()
        started.append(app)
        return app

    yield start
    for app in started:
        if app.proc.poll() is None:
            app.proc.kill()
        app.proc.wait(timeout=10)


@pytest.fixture
def store_path(webhook_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the app keeps its outbox for this portal (``default_store_path`` under the data dir)."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    webhook = Webhook.parse(webhook_url)
    return default_store_path(webhook.host, webhook.user_id)


def read_entry(path: Path, entry_id: int) -> OutboxEntry:
    """The outbox entry as it is on disk (the app process is not running)."""
    with Store.open(path) as store:
        entry = store.outbox.get(entry_id)
    assert entry is not None, f"outbox entry {entry_id} is not in {path.name}"
    return entry


def todos_titled(portal: SandboxPortal, title: str) -> list[int]:
    """Ids of the todos on deal 1 with this subject (bindings, not just the owner columns)."""
    rows = portal.db.query(
        "SELECT a.id FROM activity a JOIN activity_binding b ON b.activity_id = a.id "
        "WHERE a.subject = ? AND a.provider_id = 'CRM_TODO' AND b.owner_type_id = ? AND b.owner_id = ? "
        "ORDER BY a.id", (title, int(OwnerType.DEAL), DEAL))
    return [int(r[0]) for r in rows]


def kill(app: App) -> None:
    app.proc.kill()  # SIGKILL on POSIX: no handler, no clean-up, no flush
    assert app.proc.wait(timeout=10) == -signal.SIGKILL, app.report()


def wait_until(condition: Callable[[], bool], timeout: float, what: str) -> None:
    """Poll ``condition`` (a cheap read of the in-process portal) until true, at most ``timeout`` s."""
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.02)


def form_input(title: str) -> tuple[list[str], datetime, str]:
    """(driver options, the deadline as the app means it, description) for a todo three days ahead."""
    day = (datetime.now(APP_TZ) + timedelta(days=3)).date()
    deadline = datetime(day.year, day.month, day.day, 14, 30, tzinfo=APP_TZ)
    description = f"{title}: bring the signed copy"
    return (["--deadline", deadline.strftime("%Y-%m-%d %H:%M"), "--title", title, "--description", description],
            deadline, description)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_todo_saved_then_killed_is_sent_after_restart(
        live_portal: SandboxPortal, start_app: Callable[..., App], store_path: Path) -> None:
    title = "Call back after the crash"
    options, deadline, description = form_input(title)
    live_portal.faults.configure(FaultPlan(share=1.0, kinds=(FaultKind.RATE_LIMIT,), methods=frozenset({TODO_ADD})))

    first = start_app("save", *options)
    first.expect("READY")
    [entry_id] = first.expect("SAVED")
    kill(first)

    # Dead before the portal took it: nothing there; the change is on disk, still to send.
    assert todos_titled(live_portal, title) == []
    entry = read_entry(store_path, int(entry_id))
    assert entry.method == TODO_ADD and entry.state.is_open and entry.activity_id is None
    assert (entry.params["title"], entry.params["description"]) == (title, description)

    live_portal.faults.clear()
    second = start_app("resume")
    done_entry, activity_id = second.expect("CONFIRMED")
    assert done_entry == entry_id
    assert second.expect("CARD") == [activity_id, *title.split()]  # the card is back, from the portal
    second.expect("IDLE")
    assert second.proc.wait(timeout=15) == 0, second.report()
    first.assert_quiet()
    second.assert_quiet()

    assert todos_titled(live_portal, title) == [int(activity_id)]  # there once, not twice
    stored = live_portal.db.activity(int(activity_id))
    assert stored["deadline"] == deadline and stored["description"] == description
    assert stored["responsible_id"] == 1 and stored["completed"] == "N"
    done = read_entry(store_path, int(entry_id))
    assert done.state is EntryState.DONE and done.activity_id == int(activity_id)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_while_the_portal_applies_it_is_reconciled_not_duplicated(
        live_portal: SandboxPortal, start_app: Callable[..., App], store_path: Path) -> None:
    title = "Confirm the delivery date"
    options, deadline, description = form_input(title)
    # The portal stores the todo at once but answers only 5 s later; the app dies in between.
    live_portal.faults.configure(FaultPlan(share=1.0, kinds=(FaultKind.DELAY,), delay_seconds=5.0,
                                           methods=frozenset({TODO_ADD})))

    first = start_app("save", *options)
    first.expect("READY")
    [entry_id] = first.expect("SAVED")
    assert first.expect("ENTRY")[:2] == [entry_id, "sending"]
    wait_until(lambda: len(todos_titled(live_portal, title)) == 1, 10.0, "the portal to store the todo")
    kill(first)
    [created] = todos_titled(live_portal, title)

    entry = read_entry(store_path, int(entry_id))
    assert entry.state is EntryState.SENDING and entry.activity_id is None  # the answer never came

    live_portal.faults.clear()
    second = start_app("resume")
    done_entry, activity_id = second.expect("CONFIRMED")
    assert (done_entry, int(activity_id)) == (entry_id, created)  # found on the portal, not resent
    assert second.expect("CARD") == [activity_id, *title.split()]
    second.expect("IDLE")
    assert second.proc.wait(timeout=15) == 0, second.report()
    first.assert_quiet()
    second.assert_quiet()

    assert todos_titled(live_portal, title) == [created]
    stored = live_portal.db.activity(created)
    assert stored["deadline"] == deadline and stored["description"] == description
    assert read_entry(store_path, int(entry_id)).state is EntryState.DONE
