"""Start-up: ``activity-desk [--demo] [--screenshot PATH | --quit-when-ready]``.

Creates the ``QApplication``, runs the main coroutine on a qasync event loop (the Qt loop *is* the
asyncio loop), opens the demo portal or the saved one (or asks for a webhook), and shuts down in
order: tasks cancelled and awaited, the HTTP client closed, then the loop.

``--screenshot PATH`` waits until the first entity's timeline has loaded, saves a PNG of the window
to PATH and exits 0 (1 if it could not, with the reason on stderr); it implies ``--demo``. With it,
``--window-size WxH`` (default 1280x800) sizes the window and ``--show VIEW`` picks what is on
screen: ``timeline`` (default), ``my-activities``, ``todo-form``, ``form-attachments`` (the to-do form
with two files attached, when the form has the attachment list) or ``details`` (the first card's
details). ``packaging/screenshots.py`` makes the documentation's set with them.
``--quit-when-ready`` prints ``Ready`` at that moment and quits (the ``startup`` benchmark times it
with ``--demo``); without ``--demo`` it opens the saved portal as a normal start does (its store
checked and, if damaged, recovered) and exits 1 at once when no portal is saved.

A saved portal that cannot be reached at start opens *offline*: the saved entity lists and
timelines are shown, and the window reconnects when the portal answers (issue 12 point 11).

A settings file that is not valid JSON, or a damaged store file, never blocks the start: each is
moved aside and the window says so (issue 10 item 8).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
from pathlib import Path

from desktop_app.resource_paths import MissingResource, require_resource

os.environ.setdefault("QT_API", "pyside6")

log = logging.getLogger("desktop_app")

SCREENSHOT_TIMEOUT_S = 60.0
#: What ``--show`` can put on screen for ``--screenshot``.
SCREENSHOT_VIEWS = ("timeline", "my-activities", "todo-form", "form-attachments", "details", "application")
#: Files of resources/ (desktop_app/resource_paths.py) checked at start: a partial install says so
#: in a dialog instead of starting without them. Translations are optional (English is built in).
APP_ICON = ("icons", "activity-desk.svg")
REQUIRED_RESOURCES = (("layout_templates",),)


def settle_garbage_collector(app) -> None:  # noqa: ANN001 - QCoreApplication
    """Collect cyclic garbage on the GUI thread only, and keep start-up objects out of its walks.

    Everything alive after start-up (modules, Qt wrappers, pydantic schemas) is frozen
    (``gc.freeze``), so a full collection walks only what the session adds and no longer stalls the
    event loop for tens of milliseconds while a big list loads. Automatic collection is switched off
    and a 0.5 s timer on ``app`` collects the generations due, on this thread: left to itself Python
    collects in whichever thread allocates (an executor, a server thread), and a Qt object caught in
    a cycle would then be destroyed off the GUI thread.
    """
    from PySide6.QtCore import QTimer

    gc.collect()
    gc.freeze()
    gc.disable()

    def collect_due() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [generation for generation in (2, 1, 0) if counts[generation] > thresholds[generation]]
        if due:
            gc.collect(due[0])

    timer = QTimer(app)
    timer.setInterval(500)
    timer.timeout.connect(collect_due)
    timer.start()
    app._gc_timer = timer  # keep it alive


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="activity-desk", description="Bitrix24 CRM activities on your desktop.")
    parser.add_argument("--demo", action="store_true", help="use the built-in sandbox portal (no account needed)")
    parser.add_argument("--screenshot", metavar="PATH",
                        help="save a PNG of the window once the first timeline has loaded, then exit")
    parser.add_argument("--window-size", metavar="WxH", type=_window_size, default=None,
                        help="window size, e.g. 1024x640 (with --screenshot; default 1280x800)")
    parser.add_argument("--show", choices=SCREENSHOT_VIEWS, default="timeline",
                        help="what --screenshot shows (default: timeline)")
    parser.add_argument("--quit-when-ready", action="store_true",
                        help="print 'Ready' once the first timeline has loaded, then quit (start-up benchmark; "
                             "the saved portal unless --demo)")
    parser.add_argument("--log-level", default="WARNING", help="console log level (DEBUG, INFO, WARNING…)")
    return parser.parse_args(argv)


def _window_size(text: str) -> tuple[int, int]:
    """``"1024x640"`` → ``(1024, 640)``; argparse reports a ValueError as a usage error."""
    width, sep, height = text.lower().partition("x")
    if not sep or not width.strip().isdigit() or not height.strip().isdigit():
        raise argparse.ArgumentTypeError(f"window size must look like 1024x640, not {text!r}")
    size = int(width), int(height)
    if not (320 <= size[0] <= 8192 and 240 <= size[1] <= 8192):
        raise argparse.ArgumentTypeError(f"window size {text!r} is outside 320x240 … 8192x8192")
    return size


def _setup_logging(level: str) -> None:
    """Console logging at ``level``, with every secret masked in every record of every library.

    ``redaction.install`` puts one :class:`~desktop_app.bitrix.redaction.SecretsFilter` on the root
    handler and around the log-record factory, so records from httpx, qasync, asyncio or our own
    loggers — and handlers added later — never carry a webhook code or token (see that module).
    """
    import threading

    from desktop_app.bitrix import redaction

    logging.basicConfig(level=getattr(logging, level.upper(), logging.WARNING),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    redaction.install()
    logging.captureWarnings(True)  # warnings (e.g. an unclosed client's URL) pass through the filter too

    # Python prints these tracebacks straight to stderr; through logging they are masked as well.
    def _thread_exception(args: threading.ExceptHookArgs) -> None:
        if not issubclass(args.exc_type, SystemExit):
            log.error("uncaught exception in thread %s", getattr(args.thread, "name", "?"),
                      exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    def _unraisable(args) -> None:  # noqa: ANN001 - sys.UnraisableHookArgs
        log.warning("%s: %r", args.err_msg or "Exception ignored in", args.object,
                    exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    threading.excepthook = _thread_exception
    sys.unraisablehook = _unraisable
    # httpx logs every request URL at INFO: masked by the filter, and kept quiet as well.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


def _install_translators(app) -> None:  # noqa: ANN001 - QApplication
    """Qt's and our translators for the language of the settings (the system's by default)."""
    from desktop_app import i18n
    from desktop_app.services import settings as settings_file

    i18n.install(app, settings_file.read_language())


def _report_missing_resource(exc: MissingResource, *, headless: bool) -> int:
    """A partial install: name the missing file and say to reinstall, in a dialog (on stderr when
    ``headless``: ``--screenshot``/``--quit-when-ready`` runs have nobody to click). Returns 1."""
    from PySide6.QtCore import QCoreApplication, Qt

    text = QCoreApplication.translate(
        "App", "Activity Desk cannot start: the file {name} is missing ({path}).\n\n"
        "The installation is incomplete. Please reinstall Activity Desk.").format(name=exc.relative, path=exc.path)
    if headless:
        print(f"activity-desk: {text}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Activity Desk"), text)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as typed, never as markup
    box.exec()
    return 1


def _platform_plugin_problem() -> str | None:
    """A wrong-platform or partial install without any Qt platform plugin (``plugins/platforms``):
    Qt would abort the process with no window at all, so say it first. ``None`` when plugins are
    there, or when ``QT_QPA_PLATFORM_PLUGIN_PATH`` / ``QT_PLUGIN_PATH`` point elsewhere (Qt looks there)."""
    if os.environ.get("QT_QPA_PLATFORM_PLUGIN_PATH") or os.environ.get("QT_PLUGIN_PATH"):
        return None
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    if folder.is_dir() and any(p.suffix in (".so", ".dll", ".dylib") for p in folder.iterdir()):
        return None
    return (f"Activity Desk cannot start: the Qt platform plugins are missing (looked in {folder}). "
            "The installation is incomplete or made for another system. Please reinstall Activity Desk.")


def _say_before_qt(text: str) -> int:
    """No window can be shown without a platform plugin: stderr, and a system message box on Windows."""
    print(f"activity-desk: {text}", file=sys.stderr)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        ctypes.windll.user32.MessageBoxW(None, text, "Activity Desk", 0x10)
    return 1


async def _run(app, window, args: argparse.Namespace) -> int:  # noqa: ANN001
    from desktop_app.bitrix.errors import BitrixClientError
    from desktop_app.services import settings as settings_file
    from desktop_app.services.secrets import SecretStore
    from desktop_app.services.session import open_demo_session, restore_session

    closed = asyncio.Event()
    window.closed.connect(closed.set)
    window.show()

    loaded: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def _on_loaded(_entity: object) -> None:
        if not loaded.done():
            loaded.set_result(None)

    window.timeline.loaded.connect(_on_loaded)
    if args.window_size is not None:
        window.resize(*args.window_size)

    if args.demo or args.screenshot:
        try:
            window.set_session(await open_demo_session())
        except BitrixClientError as exc:
            window.show_error(exc)
    else:
        moved = settings_file.set_aside_unreadable()
        if moved is not None:
            window.show_settings_set_aside(moved)
        secrets = SecretStore()
        try:
            session = await restore_session(secrets=secrets, offline_ok=not args.quit_when_ready)
        except BitrixClientError as exc:
            window.show_error(exc)
            session = None
        if session is not None:
            window.set_session(session)
        elif not args.quit_when_ready:
            window.open_connect_dialog()

    code = 0
    if args.screenshot:
        code = await _take_screenshot(app, window, loaded, Path(args.screenshot), args.show)
    elif args.quit_when_ready and window.session is None:
        print("activity-desk: no portal could be opened (connect one first, or use --demo)", file=sys.stderr)
        code = 1
    elif args.quit_when_ready:
        try:
            await asyncio.wait_for(loaded, SCREENSHOT_TIMEOUT_S)
            print("Ready", flush=True)
        except TimeoutError:
            print(f"activity-desk: the timeline did not load within {SCREENSHOT_TIMEOUT_S:.0f} s", file=sys.stderr)
            code = 1
    else:
        await closed.wait()
    await window.tasks.cancel_all()
    if window.session is not None:
        await window.session.aclose()
    return code


async def _take_screenshot(app, window, loaded: asyncio.Future[None], path: Path,  # noqa: ANN001
                           view: str = "timeline") -> int:
    try:
        await asyncio.wait_for(loaded, SCREENSHOT_TIMEOUT_S)
    except TimeoutError:
        print(f"activity-desk: the timeline did not load within {SCREENSHOT_TIMEOUT_S:.0f} s", file=sys.stderr)
        return 1
    from desktop_app.ui.screenshot_views import show_view

    try:
        await asyncio.wait_for(show_view(window, view), SCREENSHOT_TIMEOUT_S)
    except (TimeoutError, LookupError) as exc:
        print(f"activity-desk: could not show {view}: {exc or 'timed out'}", file=sys.stderr)
        return 1
    # Let the view lay out and paint the freshly loaded rows before grabbing.
    for _ in range(5):
        app.processEvents()
        await asyncio.sleep(0.05)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(path), "PNG"):
        print(f"activity-desk: could not write {path}", file=sys.stderr)
        return 1
    print(f"Screenshot saved to {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``activity-desk`` command (``activity-desk preview …``: desktop_app.preview_cli)."""
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["preview"]:
        from desktop_app.preview_cli import main as preview_main

        return preview_main(argv[1:])
    args = parse_args(argv)
    _setup_logging(args.log_level)

    import qasync
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import settings as settings_file
    from desktop_app.ui.main_window import MainWindow

    if QApplication.instance() is None and (problem := _platform_plugin_problem()) is not None:
        return _say_before_qt(problem)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Activity Desk")
    app.setOrganizationName("ActivityDesk")
    app.setQuitOnLastWindowClosed(False)  # shutdown is ours: tasks first, then the loop
    # The language, then the window's colours, tray choice, geometry and profiles: one read of the settings.
    with settings_file.read_once():
        _install_translators(app)
        try:
            icon = require_resource(*APP_ICON)
            for parts in REQUIRED_RESOURCES:
                require_resource(*parts)
        except MissingResource as exc:
            return _report_missing_resource(exc, headless=bool(args.screenshot or args.quit_when_ready))
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon)))

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        window = MainWindow()
    settle_garbage_collector(app)

    from desktop_app.crash import CrashHandler
    from desktop_app.ui.crash_dialog import show_crash_dialog

    # An exception nobody handled (a slot, a thread, a loop callback): a masked report in the data
    # dir and a dialog offering to open its folder (desktop_app/crash.py).
    crashes = CrashHandler(lambda path, text: show_crash_dialog(path, text, window), loop=loop).install()
    try:
        with loop:
            return loop.run_until_complete(_run(app, window, args))
    finally:
        crashes.uninstall()


if __name__ == "__main__":
    sys.exit(main())
