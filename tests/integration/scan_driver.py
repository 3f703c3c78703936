"""What the secret-scan drivers (``secret_scan_driver.py``, ``secret_scan_app_driver.py``) share: the protocol
line on stdout, the app's logging at DEBUG (httpx and httpcore too) to the console and to
``<data dir>/activity-desk-debug.log``, and an unexpected exception sent through the crash handler.
Imported by the drivers, which run as scripts (their folder is first on ``sys.path``).
"""

from __future__ import annotations

import logging
import sys

from desktop_app import app as desktop
from desktop_app.crash import CrashHandler
from desktop_app.store.db import data_dir


def say(*words: object) -> None:
    print(*words, flush=True)


def log_at_debug_to_file() -> None:
    """The app's logging set-up at DEBUG, httpx/httpcore at DEBUG, and a DEBUG log file in the data folder."""
    desktop._setup_logging("DEBUG")
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    log_file = data_dir() / "activity-desk-debug.log"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


def crash_with(message: str) -> None:
    """A ``ConnectionError(message)`` through the installed crash handler (a report file); says ``CRASHED``."""
    crashes = CrashHandler().install()
    try:
        try:
            raise ConnectionError(message)
        except ConnectionError:
            sys.excepthook(*sys.exc_info())
    finally:
        crashes.uninstall()
    assert crashes.reports, "no crash report was written"
    say("CRASHED")
