"""``activity-desk-sandbox``: run the sandbox portal as a local HTTP server.

Usage::

    activity-desk-sandbox serve --host 127.0.0.1 --port 0 --webhook-code CODE [--user-id 1]
                                [--db PATH] [--empty]

The socket is bound here (``--port 0`` picks a free port) and handed to uvicorn; once uvicorn is
serving it, exactly one line goes to stdout (flushed)::

    Webhook URL: http://127.0.0.1:PORT/rest/1/CODE/

Demo data is loaded unless ``--empty``; with ``--db PATH`` an existing database keeps its data.
Ctrl+C / SIGTERM stop the server gracefully and the process exits with status 0. Logs go to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import socket
import sys
import threading
from collections.abc import Callable, Generator, Sequence

import uvicorn
from uvicorn.server import HANDLED_SIGNALS

from .portal import SandboxPortal

__all__ = ["main", "build_parser"]


class _Server(uvicorn.Server):
    """uvicorn server that reports when it serves and exits quietly on SIGINT/SIGTERM."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[], None]) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        if self.started:
            self._on_started()

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        # uvicorn re-raises the captured signal after shutdown (exit status 130/-15); a sandbox
        # stopped on purpose should just exit 0, so the handlers are restored without re-raising.
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        originals = {sig: signal.signal(sig, self.handle_exit) for sig in HANDLED_SIGNALS}
        try:
            yield
        finally:
            for sig, handler in originals.items():
                signal.signal(sig, handler)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (``serve`` sub-command)."""
    parser = argparse.ArgumentParser(prog="activity-desk-sandbox",
                                     description="Emulated Bitrix24 portal for the Activity Desk demo and tests.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the sandbox portal over HTTP")
    serve.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=0, help="TCP port; 0 = any free port (default)")
    serve.add_argument("--webhook-code", required=True, help="the webhook secret in the URL")
    serve.add_argument("--user-id", type=int, default=1, help="the webhook owner's user id (default 1)")
    serve.add_argument("--db", default=":memory:", help="SQLite file (default: in memory)")
    serve.add_argument("--empty", action="store_true", help="do not load the demo data")
    serve.add_argument("--tz-offset", type=int, default=180, help="portal UTC offset in minutes (default 180)")
    serve.add_argument("--log-level", default="warning", help="uvicorn log level (default warning)")
    return parser


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    if sys.platform != "win32":
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def serve(args: argparse.Namespace) -> int:
    """Run ``serve`` until a signal stops it; returns the exit status."""
    portal = SandboxPortal(args.db, webhook_code=args.webhook_code, webhook_user_id=args.user_id,
                           demo_data=not args.empty, tz_offset_minutes=args.tz_offset)
    try:
        sock = _bind(args.host, args.port)
    except OSError as error:
        print(f"activity-desk-sandbox: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        portal.close()
        return 2
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = portal.webhook_url(f"http://{host}:{port}")

    def announce() -> None:
        sys.stdout.write(f"Webhook URL: {url}\n")
        sys.stdout.flush()

    config = uvicorn.Config(portal.app, log_level=args.log_level, access_log=False, lifespan="off")
    try:
        _Server(config, announce).run(sockets=[sock])
    finally:
        sock.close()
        portal.close()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``activity-desk-sandbox`` and ``python -m desktop_app.sandbox``."""
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    return 2  # pragma: no cover - argparse enforces the sub-command


if __name__ == "__main__":
    raise SystemExit(main())
