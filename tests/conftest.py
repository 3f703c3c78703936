"""Shared fixtures: a sandbox portal with a fixed clock, a client on it (in-process ASGI), a qasync
loop for widget tests, isolation from the developer's real settings, and the masked DEBUG log."""

from __future__ import annotations

import asyncio
import gc
import io
import os
import threading
import time
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timedelta, timezone

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest  # noqa: E402

from desktop_app.bitrix import BitrixClient, Webhook  # noqa: E402

#: The sandbox portal's zone (+03:00) and a fixed "now" (a Monday morning) for reproducible data.
PORTAL_TZ = timezone(timedelta(hours=3))
FIXED_NOW = datetime(2026, 11, 23, 10, 0, tzinfo=PORTAL_TZ)
DEMO_WEBHOOK = Webhook(base_url="http://sandbox.local", user_id=1, code="demo")


@pytest.fixture(autouse=True, scope="session")
def _garbage_collected_on_the_main_thread() -> Iterator[None]:
    """Cyclic garbage is collected only on the main (Qt) thread, after each test.

    Left to itself, Python's collector runs in whichever thread allocates at that moment — here a
    loopback server's thread — and a Qt object caught in a cycle is then destroyed off the GUI
    thread ("Timers cannot be stopped from another thread", or a segfault). The app does the same
    (``desktop_app.app.settle_garbage_collector``)."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_test() -> Iterator[None]:
    yield
    gc.collect()


#: Set on an item whose setup or call failed: its leaks are then a consequence, not news.
_FAILED_BEFORE_TEARDOWN = pytest.StashKey[bool]()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[pytest.TestReport]:
    report = yield
    if report.when in ("setup", "call") and report.failed:
        item.stash[_FAILED_BEFORE_TEARDOWN] = True
    return report


#: How long a test's own non-daemon threads may take to finish after its teardown (seconds).
THREAD_GRACE_S = 2.0


@pytest.fixture(autouse=True)
def _no_leaked_threads(request: pytest.FixtureRequest) -> Iterator[None]:
    """A non-daemon thread the test started and left running fails the test (as napari's conftest
    does for QThreads). Such a thread keeps the interpreter from exiting, and it outlives the test
    that should own it. Checked after every other fixture of the test is torn down (this autouse
    fixture is set up first), with :data:`THREAD_GRACE_S` for threads that are already finishing.
    Not reported for a test that already failed (see :func:`qloop`)."""
    before = set(threading.enumerate())
    yield
    started = [t for t in threading.enumerate() if t not in before and not t.daemon and t.is_alive()]
    deadline = time.monotonic() + THREAD_GRACE_S
    for thread in started:
        thread.join(max(0.0, deadline - time.monotonic()))
    alive = [t for t in started if t.is_alive()]
    if alive and not request.node.stash.get(_FAILED_BEFORE_TEARDOWN, False):
        pytest.fail(
            f"the test leaked {len(alive)} non-daemon thread(s) still running {THREAD_GRACE_S:g} s after its end: "
            + ", ".join(f"{t.name} (target {getattr(t, '_target', None)!r})" for t in alive),
            pytrace=False,
        )


@pytest.fixture(autouse=True)
def _isolated_config(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never read or write the developer's real settings."""
    monkeypatch.setenv("ACTIVITY_DESK_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _own_secret_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """Secrets a test registers for masking (webhook codes, tokens, codes a hypothesis test pasted)
    are forgotten afterwards: a random one such as "POST" would otherwise mask words in later tests'
    log lines."""
    from desktop_app.bitrix import redaction

    monkeypatch.setattr(redaction, "_secrets", set(redaction._secrets))
    monkeypatch.setattr(redaction, "_secret_pattern", redaction._secret_pattern)


@pytest.fixture
def debug_log() -> Iterator[io.StringIO]:
    """Everything logged at DEBUG (httpx and httpcore included), masked the app's way (tests/debug_log.py)."""
    from debug_log import masked_debug_log  # here, not at the top: tests/test_leak_checks.py runs this file alone

    with masked_debug_log() as handler:
        yield handler.stream


@pytest.fixture
def fixed_now() -> datetime:
    return FIXED_NOW


@pytest.fixture
def portal() -> Iterator[object]:
    """A fresh in-memory sandbox portal with demo data, its clock fixed at :data:`FIXED_NOW`."""
    from desktop_app.sandbox import SandboxPortal

    p = SandboxPortal(":memory:", webhook_code="demo", webhook_user_id=1, demo_data=True, now=lambda: FIXED_NOW)
    yield p
    p.close()


@pytest.fixture
async def client(portal) -> AsyncIterator[BitrixClient]:  # noqa: ANN001
    """A :class:`BitrixClient` on :func:`portal` through ``portal.transport()`` (in-process, no socket)."""
    c = BitrixClient.for_webhook(DEMO_WEBHOOK, transport=portal.transport())
    yield c
    await c.aclose()


@pytest.fixture(scope="session")
def sandbox_url() -> Iterator[str]:
    """Webhook URL of a real ``activity-desk-sandbox serve`` process on loopback (one per test session)."""
    from sandbox_server import start_sandbox_server

    with start_sandbox_server() as url:
        yield url


def _describe_task(task: asyncio.Task) -> str:
    """``name: coroutine (file:line)`` of a task, for the leak report."""
    coro = task.get_coro()
    code = getattr(coro, "cr_code", None) or getattr(coro, "gi_code", None)
    qualname = getattr(coro, "__qualname__", None) or repr(coro)
    frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
    where = f" at {code.co_filename}:{frame.f_lineno}" if code is not None and frame is not None else ""
    return f"{task.get_name()}: {qualname}(){where}"


@pytest.fixture
def qloop(qapp, qtbot, request: pytest.FixtureRequest) -> Iterator[asyncio.AbstractEventLoop]:  # noqa: ANN001
    """A qasync loop bound to ``qapp`` and marked running, as it is inside the app's ``exec()``.

    The Qt loop is the asyncio loop, so ``qtbot.waitSignal`` / ``waitUntil`` also drive pending
    coroutines (style.md §2.7, pattern A). The loop is registered as *the running loop* so code that
    asks for it (anyio inside the in-process sandbox, ``asyncio.get_running_loop()``) finds it even
    while pytest-qt spins a nested Qt loop. Run a coroutine to the end with :func:`arun`.

    **A leaked task fails the test.** At teardown (after pytest-qt has closed the test's widgets),
    a task of this loop that is still pending and that nobody asked to cancel was leaked: the test
    (or the code under test) started it and neither awaited nor cancelled it. The test then errors
    with the tasks' names and coroutines (unless it already failed: a failed setup or assertion
    leaves tasks behind as a matter of course). Tasks whose owner cancelled them (a widget's close,
    a ``TaskRegistry.cancel_all``) are only waited for. Either way every pending task is cancelled
    and finished here, so the next test starts on a clean loop.
    """
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    leaked = [t for t in pending if not t.cancelling()]
    report = sorted(_describe_task(t) for t in leaked)
    try:
        for task in pending:
            task.cancel()
        if pending:
            qtbot.waitUntil(lambda: all(t.done() for t in pending), timeout=5000)
    finally:
        try:
            qapp.aboutToQuit.disconnect(loop._after_run_forever)
        except (RuntimeError, TypeError):
            pass
        # Not loop.stop(): it calls QApplication.exit(), which would end the next test's nested loops.
        loop._QEventLoop__is_running = False  # the flag already_running=True set; nothing else to undo on Unix
        asyncio.events._set_running_loop(None)
        loop.close()
        asyncio.set_event_loop(None)
    if report and not request.node.stash.get(_FAILED_BEFORE_TEARDOWN, False):
        pytest.fail(
            f"the test leaked {len(report)} asyncio task(s) still pending at its end (neither awaited nor "
            "cancelled by their owner; cancelled now):\n  " + "\n  ".join(report),
            pytrace=False,
        )


@pytest.fixture
def arun(qloop, qtbot):  # noqa: ANN001, ANN201
    """``arun(coro, timeout_ms=15000)``: run a coroutine on :func:`qloop` until it finishes and
    return its result (raising its exception), while Qt keeps processing events."""

    def run(coro, timeout_ms: int = 15000):  # noqa: ANN001, ANN202
        task = qloop.create_task(coro)
        qtbot.waitUntil(task.done, timeout=timeout_ms)
        return task.result()

    return run
