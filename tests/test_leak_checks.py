"""The suite's leak checks fire (tests/conftest.py): a test that leaves an asyncio task pending on
``qloop``, or a non-daemon thread running, errors at teardown naming it; awaited, owner-cancelled
and daemon work passes; a test that already failed gets no second report.

Run as a separate pytest process on probe tests, with this suite's conftest.py copied next to them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

PROBES = '''
import asyncio
import threading
import time


async def forever():
    await asyncio.sleep(3600)


def test_leaks_a_task(qloop, qtbot):
    qloop.create_task(forever(), name="probe-forever")
    qtbot.wait(10)


def test_leaks_a_task_and_fails(qloop, qtbot):
    qloop.create_task(forever(), name="probe-failed")
    raise AssertionError("the primary failure")


def test_awaits_its_task(arun):
    assert arun(asyncio.sleep(0.01, result=3)) == 3


def test_owner_cancels_its_task(qloop, qtbot):
    task = qloop.create_task(forever())
    qtbot.wait(10)
    task.cancel()


def test_next_test_starts_on_a_clean_loop(qloop):
    assert not asyncio.all_tasks(qloop)


def test_leaks_a_thread():
    threading.Thread(target=time.sleep, args=(2.5,), name="probe-thread").start()


def test_daemon_thread_is_not_a_leak():
    threading.Thread(target=time.sleep, args=(2.5,), name="probe-daemon", daemon=True).start()


def test_thread_that_finishes_in_time():
    threading.Thread(target=time.sleep, args=(0.2,), name="probe-quick").start()
'''

INI = """[pytest]
qt_api = pyside6
asyncio_mode = auto
asyncio_default_fixture_loop_scope = function
"""


def test_leaked_tasks_and_threads_fail_their_test(tmp_path: Path) -> None:
    shutil.copy(HERE / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text(INI, encoding="utf-8")
    (tmp_path / "test_probes.py").write_text(PROBES, encoding="utf-8")

    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "-rA", "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False,
    )
    out = result.stdout
    outcomes = {f"{line.split(' ', 1)[0]} {line.split('::')[1].split(' ')[0]}"  # "-rA" summary: "ERROR test_probes.py::name - …"
                for line in out.splitlines() if line.startswith(("PASSED ", "ERROR ", "FAILED ")) and "test_probes.py::" in line}

    assert outcomes == {
        "PASSED test_leaks_a_task", "ERROR test_leaks_a_task",  # passed its call, errored at teardown
        "FAILED test_leaks_a_task_and_fails",  # one report only: its own failure
        "PASSED test_awaits_its_task",
        "PASSED test_owner_cancels_its_task",
        "PASSED test_next_test_starts_on_a_clean_loop",
        "PASSED test_leaks_a_thread", "ERROR test_leaks_a_thread",
        "PASSED test_daemon_thread_is_not_a_leak",
        "PASSED test_thread_that_finishes_in_time",
    }, out + result.stderr
    assert "leaked 1 asyncio task(s)" in out and "probe-forever: forever()" in out
    assert "leaked 1 non-daemon thread(s)" in out and "probe-thread" in out and "probe-daemon" not in out
