"""The real ``activity-desk`` start-up (``desktop_app.app.main``) driven through one whole session, for
``test_debug_log_secrets.py``.

Run as a script: ``python tests/integration/debug_session_driver.py [activity-desk options]``, e.g.
``--log-level DEBUG``. Everything ``activity-desk`` does happens as usual — its logging set-up, the
keyring, the saved settings, :class:`MainWindow`, the qasync loop, the ordered shutdown — except that
the window acts as a user would:

- when the app asks for a webhook (the connect dialog opens), it types the URL in
  ``ACTIVITY_DESK_TEST_WRONG_WEBHOOK`` (if set), clicks *Connect* and waits for the error, then types
  ``ACTIVITY_DESK_TEST_WEBHOOK`` and clicks *Connect*;
- once the first timeline has loaded, it clicks *New todo*, fills the form, clicks *Save*, waits for the
  portal to confirm the change, and closes the window (the app then exits as after a user's close).

httpx and httpcore log at DEBUG in this process (the app pins them to WARNING): the secrets filter, not
the level, must keep their request lines clean.

Protocol on stdout, one flushed line each: ``DIALOG keyring|no-keyring``, ``REFUSED <text of the
dialog's error>``, ``SESSION <portal host>``, ``LOADED``, ``CONFIRMED``, ``CLOSING``. A watchdog ends
the process with status 3 after ``ACTIVITY_DESK_TEST_WATCHDOG`` seconds (default 90).
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
import threading
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_API", "pyside6")
if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from driver_protocol import next_emission, say
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtTest import QTest

from desktop_app import app as desktop
from desktop_app.ui import main_window

WEBHOOK = os.environ["ACTIVITY_DESK_TEST_WEBHOOK"]
WRONG_WEBHOOK = os.environ.get("ACTIVITY_DESK_TEST_WRONG_WEBHOOK", "")
WATCHDOG_S = float(os.environ.get("ACTIVITY_DESK_TEST_WATCHDOG", "90"))


class _Reenabled(QObject):
    """Resolves a future when the watched widget becomes enabled again (the check has finished)."""

    def __init__(self, widget: Any) -> None:
        super().__init__(widget)
        self.future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.EnabledChange and self._widget.isEnabled() and not self.future.done():
            self.future.set_result(None)
        return False


class DrivenWindow(main_window.MainWindow):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._started = False
        self.session_changed.connect(lambda session: say("SESSION", session.portal_host))
        self.timeline.loaded.connect(self._first_load)

    def open_connect_dialog(self):  # noqa: ANN201 - as the base class
        dialog = super().open_connect_dialog()
        say("DIALOG", "keyring" if dialog._secrets.available else "no-keyring")
        self.tasks.start(self._connect(dialog), key="driver-connect")
        return dialog

    async def _connect(self, dialog: Any) -> None:
        if WRONG_WEBHOOK:
            checked = _Reenabled(dialog.connect_button)
            QTest.keyClicks(dialog.url_edit, WRONG_WEBHOOK)
            QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
            await checked.future
            say("REFUSED", dialog.error.text())
            dialog.url_edit.clear()
        connected = next_emission(dialog.connected)
        QTest.keyClicks(dialog.url_edit, WEBHOOK)
        QTest.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        await connected

    def _first_load(self, _entity: object) -> None:
        if not self._started:
            self._started = True
            say("LOADED")
            self.tasks.start(self._save_todo_and_close(), key="driver-save")

    async def _save_todo_and_close(self) -> None:
        confirmed = next_emission(self.activity_actions.change_confirmed)
        QTest.mouseClick(self.timeline.new_todo_button, Qt.MouseButton.LeftButton)
        form = self.todo_form
        form.deadline.clear()
        QTest.keyClicks(form.deadline, "2031-05-06 10:30")
        QTest.keyClicks(form.title, "Call back about the offer")
        QTest.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        await confirmed
        say("CONFIRMED")
        say("CLOSING")
        self.close()


def _setup_logging_with_libraries_at_debug(level: str) -> None:
    _app_setup_logging(level)
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.DEBUG)


def _watchdog() -> None:
    sys.stderr.write(f"debug_session_driver: watchdog: still running after {WATCHDOG_S:.0f} s, exiting\n")
    sys.stderr.flush()
    os._exit(3)


_app_setup_logging = desktop._setup_logging

if __name__ == "__main__":
    desktop._setup_logging = _setup_logging_with_libraries_at_debug
    main_window.MainWindow = DrivenWindow  # what desktop.main() builds
    watchdog = threading.Timer(WATCHDOG_S, _watchdog)
    watchdog.daemon = True
    watchdog.start()
    sys.exit(desktop.main(sys.argv[1:]))
