"""Start the sandbox portal as a real process for integration tests.

Usage (e.g. from ``tests/conftest.py``, where ``tests/`` is on ``sys.path``)::

    from sandbox_server import start_sandbox_server

    @pytest.fixture
    def sandbox_url():
        with start_sandbox_server("--webhook-code", "x1y2z3") as url:
            yield url          # "http://127.0.0.1:<port>/rest/1/x1y2z3/"

``start_sandbox_server(*extra_args)`` runs ``python -m desktop_app.sandbox serve --host 127.0.0.1
--port 0 [extra_args]`` (adding ``--webhook-code sandbox-test`` and ``--rate-limit off`` when not given:
test sessions share one server and must not trip over each other's request rate), waits for the
``Webhook URL: …`` line on stdout (up to ``STARTUP_TIMEOUT`` seconds), yields the URL, and on exit
terminates the process and waits for it. On POSIX it also checks that SIGTERM stopped the server
cleanly (exit status 0).

Raises:
    RuntimeError: the process exited or printed nothing usable before the timeout (its stderr is
        included in the message), or did not exit cleanly.
"""

from __future__ import annotations

import contextlib
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

__all__ = ["STARTUP_TIMEOUT", "start_sandbox_server"]

STARTUP_TIMEOUT = 30.0
_PREFIX = "Webhook URL: "
_REPO_ROOT = Path(__file__).resolve().parents[1]


def _pump(stream, sink: queue.Queue[str | None] | list[str]) -> None:
    for line in iter(stream.readline, ""):
        if isinstance(sink, list):
            sink.append(line)
        else:
            sink.put(line)
    if not isinstance(sink, list):
        sink.put(None)


@contextlib.contextmanager
def start_sandbox_server(*extra_args: str) -> Iterator[str]:
    """Run the sandbox CLI in a subprocess; yield its webhook URL (see the module docstring)."""
    args = list(extra_args)
    if "--webhook-code" not in args:
        args += ["--webhook-code", "sandbox-test"]
    if "--rate-limit" not in args:
        args += ["--rate-limit", "off"]
    command = [sys.executable, "-m", "desktop_app.sandbox", "serve", "--host", "127.0.0.1", "--port", "0", *args]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_REPO_ROOT), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8", cwd=_REPO_ROOT, env=env)
    lines: queue.Queue[str | None] = queue.Queue()
    errors: list[str] = []
    readers = [threading.Thread(target=_pump, args=(process.stdout, lines), daemon=True),
               threading.Thread(target=_pump, args=(process.stderr, errors), daemon=True)]
    for reader in readers:
        reader.start()
    try:
        try:
            first = lines.get(timeout=STARTUP_TIMEOUT)
        except queue.Empty:
            first = None
        if not first or not first.startswith(_PREFIX):
            if first is None:  # the process ended or hangs: collect what it said on stderr
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=5)
                readers[1].join(timeout=5)
            raise RuntimeError(f"sandbox server did not start (stdout {first!r}); stderr:\n{''.join(errors)}")
        yield first[len(_PREFIX):].strip()
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)
        for reader in readers:
            reader.join(timeout=5)
    if os.name == "posix" and process.returncode != 0:
        raise RuntimeError(f"sandbox server exited with status {process.returncode}; stderr:\n{''.join(errors)}")
