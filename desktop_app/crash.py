"""Crash reports: an exception nobody handled becomes a report file with every secret masked.

Where the safety nets are (:func:`install`):

- ``sys.excepthook`` — an exception escaping a Qt slot or any main-thread callback;
- ``threading.excepthook`` — an exception ending a thread;
- the asyncio (qasync) loop's exception handler — an exception in a loop callback, or a task whose
  exception nobody retrieved. Tasks started through :class:`desktop_app.ui.tasks.TaskRegistry`
  are handled there (a banner message) and never get here.

Each writes ``<data dir>/crash/crash-<UTC time>-<pid>.txt`` (:func:`crash_dir`; the data dir is
:func:`desktop_app.store.db.data_dir`) holding the time (UTC, ISO 8601), the Activity Desk version,
the platform and Python, where it happened, and the traceback — all passed through
:func:`desktop_app.bitrix.redaction.redact`, so no webhook code, token or registered secret is in
the file. The exception is logged too (the logging filter masks it as well), and ``notify(path,
text)`` is called so the UI can offer to open the folder (``desktop_app.ui.crash_dialog``);
``notify`` is called on the loop's thread when a loop is given, else on the failing thread.

Writing a report never raises: if the folder cannot be written the exception is only logged.
No Qt here.
"""

from __future__ import annotations

import asyncio
import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop_app import __version__
from desktop_app.bitrix.redaction import redact

log = logging.getLogger(__name__)

#: Folder name of the crash reports inside the data dir.
CRASH_DIR_NAME = "crash"

Notify = Callable[[Path, str], None]


def crash_dir() -> Path:
    """``<data dir>/crash`` (not created here)."""
    from desktop_app.store.db import data_dir

    return data_dir() / CRASH_DIR_NAME


def report_text(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                *, where: str, now: datetime | None = None) -> str:
    """The report, already masked: header lines (time, version, platform, where) and the traceback."""
    now = now or datetime.now(UTC)
    lines = [
        "Activity Desk crash report",
        f"Time: {now.isoformat(timespec='seconds')}",
        f"Version: {__version__}",
        f"Platform: {platform.platform()}",
        f"Python: {platform.python_version()} ({sys.executable and Path(sys.executable).name})",
        f"Where: {where}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
        "",
    ]
    return redact("\n".join(lines))


def write_report(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
                 *, where: str, folder: Path | None = None) -> tuple[Path | None, str]:
    """Write a report into ``folder`` (default :func:`crash_dir`, created if needed).

    Returns ``(path, text)``; ``path`` is ``None`` when the file could not be written (logged).
    """
    text = report_text(exc_type, exc, tb, where=where)
    folder = folder or crash_dir()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    path = folder / f"crash-{stamp}-{os.getpid()}.txt"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        log.error("could not write a crash report to %s: %s", folder, error)
        return None, text
    return path, text


class CrashHandler:
    """The installed safety nets (see the module docstring); :meth:`uninstall` puts the previous back.

    Args:
        notify: called with ``(report path, report text)`` after a report was written.
        loop: the app's event loop: its exception handler is set, and ``notify`` runs on it.
        folder: where reports go (default :func:`crash_dir`).
    """

    def __init__(self, notify: Notify | None = None, *, loop: asyncio.AbstractEventLoop | None = None,
                 folder: Path | None = None) -> None:
        self._notify = notify
        self._loop = loop
        self._folder = folder
        self._previous: tuple[Any, Any, Any] | None = None
        self.reports: list[Path] = []

    def install(self) -> CrashHandler:
        loop_handler = self._loop.get_exception_handler() if self._loop is not None else None
        self._previous = (sys.excepthook, threading.excepthook, loop_handler)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        if self._loop is not None:
            self._loop.set_exception_handler(self._loop_handler)
        return self

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, loop_handler = self._previous
        if self._loop is not None:
            self._loop.set_exception_handler(loop_handler)
        self._previous = None

    def handle(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
               *, where: str) -> Path | None:
        """Log, write the report and notify. Never raises."""
        try:
            log.error("unexpected error (%s)", where, exc_info=(exc_type, exc, tb))
            path, text = write_report(exc_type, exc, tb, where=where, folder=self._folder)
            if path is None:
                return None
            self.reports.append(path)
            if self._notify is not None:
                if self._loop is not None and not self._loop.is_closed():
                    self._loop.call_soon_threadsafe(self._notify, path, text)
                else:
                    self._notify(path, text)
            return path
        except Exception:  # noqa: BLE001 - the last safety net must not throw
            log.exception("the crash handler failed")
            return None

    def _excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.handle(exc_type, exc, tb, where="main thread")

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if issubclass(args.exc_type, SystemExit):
            return
        name = getattr(args.thread, "name", "?")
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, where=f"thread {name}")

    def _loop_handler(self, loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if not isinstance(exc, BaseException):  # a message only (e.g. "Unclosed client session")
            log.error("event loop: %s", context.get("message", "?"))
            return
        self.handle(type(exc), exc, exc.__traceback__, where=f"event loop: {context.get('message', '')}")
