"""``activity-desk-sandbox``: run the sandbox portal as a local HTTP server.

Usage::

    activity-desk-sandbox serve --host 127.0.0.1 --port 0 --webhook-code CODE [--user-id 1]
                                [--db PATH] [--empty]
                                [--rate-limit standard|enterprise|off|BURST/RATE]
                                [--operating-limit SECONDS|off --operating-cost SECONDS
                                 --operating-window SECONDS]
                                [--ssl-certfile CERT.pem --ssl-keyfile KEY.pem] [--insecure-http]
                                [--activities N]
                                [--fault-share 0.2 --faults rate_limit,drop_after,...
                                 --fault-delay 2 --fault-seed 1 --fault-methods crm.activity.todo.add,...]
                                [--app-client-id ID --app-client-secret SECRET [--app-redirect-uri URI]
                                 [--app-scopes crm,user] [--token-lifetime SECONDS] [--oauth-user ID]]

The socket is bound here (``--port 0`` picks a free port) and handed to uvicorn; once uvicorn is
serving it, exactly one line goes to stdout (flushed)::

    Webhook URL: http://127.0.0.1:PORT/rest/1/CODE/

With ``--ssl-certfile``/``--ssl-keyfile`` (PEM files; uvicorn's TLS) the portal serves HTTPS and the
line says ``https://``; clients must trust the certificate's CA. Without TLS only loopback clients
are served; any other client gets 400 ``INVALID_REQUEST`` / ``Https required.`` as from the cloud,
unless ``--insecure-http`` (``SandboxPortal(insecure_http=True)``). ``X-Forwarded-*`` headers are not
trusted (uvicorn's proxy headers are off). ``--activities N`` seeds N extra
activities on the demo entities for load tests (``SandboxPortal.seed_activities``).
Demo data is loaded unless ``--empty``; with ``--db PATH`` an existing database keeps its data.
Besides ``/rest/…`` the server answers ``/bitrix/tools/crm_show_file.php``, the download URL of the files
``crm.activity.list`` returns in ``FILES`` (``auth`` = the webhook code; ``show_file.py``). Request bodies
have no size limit (neither the portal app nor uvicorn caps them; the cloud documents 2 GB), so an upload
of several megabytes of Base64 in JSON is read whole.
Ctrl+C / SIGTERM stop the server gracefully and the process exits with status 0. Logs go to stderr.
The ``--fault-*`` options switch on fault injection (``faults.py``) for the whole run.
OAuth (``oauth.py``): ``--app-client-id``/``--app-client-secret`` register one local application
(both or neither; the secret is best passed through the environment variable
``ACTIVITY_DESK_SANDBOX_APP_SECRET`` instead, which keeps it out of the process list). Then
``/oauth/authorize/?client_id=ID&state=S&redirect_uri=URI`` redirects (auto-approved for
``--oauth-user``, default the webhook's user) to the redirect URI with ``code``, ``state``, ``domain``,
``member_id``, ``scope``, ``server_domain``; ``/oauth/token/`` answers the ``authorization_code`` and
``refresh_token`` grants; ``/rest/<method>?auth=TOKEN`` runs as the token's user in the application's
context (``event.*``, the application-only ``crm.activity.*`` families). ``--app-redirect-uri``
(default: any loopback URI, any port) fixes the redirect URI; ``--app-scopes`` (default ``crm,user``)
the granted scopes; ``--token-lifetime`` (default 3600) the access token's lifetime in seconds, e.g.
``1`` to see ``expired_token`` and a refresh. The announced line stays the webhook URL; the OAuth
endpoints are on the same ``scheme://host:port``.
Load limits (``limits.py``): ``--rate-limit`` (default ``standard``: burst 50, 2 requests per second;
503 ``QUERY_LIMIT_EXCEEDED`` past it), ``--operating-limit`` (default 480 seconds of execution time per
method per window; 429 ``OPERATION_TIME_LIMIT`` past it), ``--operating-cost`` (model seconds charged
per call on top of the real duration, default 0) and ``--operating-window`` (default 600 seconds, in
10 buckets).

In a test process, :func:`serve_in_thread` runs a :class:`SandboxPortal` on a loopback port in a
background thread, so the test can reach ``portal.faults`` and ``portal.db`` directly.

A dropped connection (fault ``drop_before`` / ``drop_after``) closes the socket without a byte of
answer; httpx raises ``httpx.RemoteProtocolError("Server disconnected without sending a response.")``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import sys
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import Any

import uvicorn
from uvicorn.server import HANDLED_SIGNALS

from .faults import (
    DROP_EXTENSION,
    ConnectionDropped,
    FaultKind,
    FaultPlan,
    Receive,
    Scope,
    Send,
)
from .limits import OperatingLimit, RateLimit, parse_operating_limit, parse_rate_limit
from .oauth import DEFAULT_APP_SCOPES, DEFAULT_TOKEN_LIFETIME, SandboxApp
from .portal import SandboxPortal

__all__ = ["APP_SECRET_ENV", "build_parser", "main", "serve_in_thread"]

#: Environment variable holding the application's client secret (instead of ``--app-client-secret``).
APP_SECRET_ENV = "ACTIVITY_DESK_SANDBOX_APP_SECRET"


class _ConnectionDropper:
    """ASGI middleware: offers the app ``scope["extensions"][DROP_EXTENSION]``, which closes the
    request's TCP connection without an answer and returns once uvicorn has seen it go (so uvicorn
    neither answers 500 nor logs anything)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.server: uvicorn.Server | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("client") is not None:
            async def drop() -> None:
                await self._drop(scope, receive)

            scope["extensions"] = {**(scope.get("extensions") or {}), DROP_EXTENSION: drop}
        await self.app(scope, receive, send)

    async def _drop(self, scope: Scope, receive: Receive) -> None:
        connections = self.server.server_state.connections if self.server is not None else ()
        mine = [c for c in list(connections) if getattr(c, "client", None) == scope["client"]]
        if not mine:
            raise ConnectionDropped("fault injection: the request's connection was not found")
        for connection in mine:
            connection.transport.close()
        while (await receive())["type"] != "http.disconnect":
            pass


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
    serve.add_argument("--ssl-certfile", default=None, metavar="PEM",
                       help="serve HTTPS with this certificate (chain) file; needs --ssl-keyfile")
    serve.add_argument("--ssl-keyfile", default=None, metavar="PEM", help="the certificate's private key file")
    serve.add_argument("--insecure-http", action="store_true",
                       help="serve plain HTTP to non-loopback clients too (default: they get 'Https required.')")
    serve.add_argument("--activities", type=_count, default=0, metavar="N",
                       help="seed N extra activities on the demo entities (load tests; default 0)")
    serve.add_argument("--activities-responsible-share", type=float, default=1 / 7, metavar="SHARE",
                       help="share (0-1) of the seeded activities given to the webhook's user (default 1/7)")
    serve.add_argument("--activities-open-share", type=float, default=0.3, metavar="SHARE",
                       help="share (0-1) of the seeded activities left open (default 0.3)")
    limits = serve.add_argument_group("load limits", "the real portal's request-rate and operating-time limits")
    limits.add_argument("--rate-limit", type=_rate_limit, default="standard", metavar="PLAN",
                        help="standard (50 burst, 2/s; default), enterprise (250, 5/s), off, or BURST/RATE")
    limits.add_argument("--operating-limit", type=_operating_limit, default=480.0, metavar="SECONDS",
                        help="execution seconds per method per window before 429, or off (default 480)")
    limits.add_argument("--operating-cost", type=_non_negative, default=0.0, metavar="SECONDS",
                        help="model execution seconds charged per call on top of the real duration (default 0)")
    limits.add_argument("--operating-window", type=_positive, default=600.0, metavar="SECONDS",
                        help="length of the operating-time window, in 10 buckets (default 600)")
    faults = serve.add_argument_group("fault injection", "make a share of the REST calls fail (for tests and demos)")
    faults.add_argument("--fault-share", type=float, default=0.0, metavar="SHARE",
                        help="share of calls that get a fault, 0..1 (default 0 = none)")
    faults.add_argument("--faults", type=_fault_kinds, default=tuple(FaultKind), metavar="KIND,...",
                        help="kinds to pick from, comma-separated (default all): "
                             + ", ".join(kind.value for kind in FaultKind))
    faults.add_argument("--fault-delay", type=float, default=2.0, metavar="SECONDS",
                        help="how long a 'delay' fault holds the answer back, in seconds (default 2)")
    faults.add_argument("--fault-seed", type=int, default=None, metavar="N",
                        help="seed for the choice of failing calls (default: random)")
    faults.add_argument("--fault-methods", type=_method_names, default=None, metavar="METHOD,...",
                        help="only calls of these REST methods get faults (default all)")
    oauth = serve.add_argument_group("OAuth application", "register one local application (oauth.py)")
    oauth.add_argument("--app-client-id", default=None, metavar="ID", help="the application's client_id")
    oauth.add_argument("--app-client-secret", default=None, metavar="SECRET",
                       help="its client_secret (or set ACTIVITY_DESK_SANDBOX_APP_SECRET)")
    oauth.add_argument("--app-redirect-uri", default=None, metavar="URI",
                       help="its redirect URI (default: any loopback http URI, any port)")
    oauth.add_argument("--app-scopes", type=_scopes, default=DEFAULT_APP_SCOPES, metavar="SCOPE,...",
                       help="granted scopes, comma-separated (default crm,user)")
    oauth.add_argument("--token-lifetime", type=_seconds, default=DEFAULT_TOKEN_LIFETIME, metavar="SECONDS",
                       help="access-token lifetime in whole seconds (default 3600)")
    oauth.add_argument("--oauth-user", type=int, default=None, metavar="ID",
                       help="the user /oauth/authorize/ approves for (default: the webhook's user)")
    return parser


def _scopes(text: str) -> frozenset[str]:
    scopes = frozenset(part.strip() for part in text.split(",") if part.strip())
    if not scopes:
        raise argparse.ArgumentTypeError("give at least one scope, e.g. crm,user")
    return scopes


def _seconds(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of seconds: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("must be at least 1 second")
    return value


def _apps(args: argparse.Namespace) -> list[SandboxApp]:
    """The application of ``--app-*`` (none without ``--app-client-id``).

    Raises:
        ValueError: only one of client id and secret given.
    """
    secret = args.app_client_secret or os.environ.get(APP_SECRET_ENV) or None
    if args.app_client_id is None:
        if args.app_client_secret is not None:
            raise ValueError("--app-client-secret needs --app-client-id")
        return []
    if not args.app_client_id or not secret:
        raise ValueError(f"--app-client-id needs --app-client-secret (or {APP_SECRET_ENV})")
    return [SandboxApp(args.app_client_id, secret, args.app_redirect_uri, args.app_scopes)]


def _rate_limit(text: str) -> RateLimit | None:
    try:
        return parse_rate_limit(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _operating_limit(text: str) -> float | None:
    try:
        return parse_operating_limit(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} must not be negative")
    return value


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be greater than 0")
    return value


def _limits(args: argparse.Namespace) -> dict[str, Any]:
    """``SandboxPortal`` keyword arguments for the load limits chosen on the command line."""
    operating = None
    if args.operating_limit is not None:
        operating = OperatingLimit(limit=args.operating_limit, window=args.operating_window,
                                   bucket=args.operating_window / 10, cost_per_call=args.operating_cost)
    return {"rate_limit": args.rate_limit, "operating_limit": operating}


def _fault_kinds(text: str) -> tuple[FaultKind, ...]:
    names = [part.strip().lower() for part in text.split(",") if part.strip()]
    try:
        return tuple(FaultKind(name) for name in names)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown fault kind in {text!r}; choose from {', '.join(k.value for k in FaultKind)}") from None


def _method_names(text: str) -> frozenset[str]:
    return frozenset(part.strip().lower() for part in text.split(",") if part.strip())


def _fault_plan(args: argparse.Namespace) -> FaultPlan:
    return FaultPlan(share=args.fault_share, kinds=args.faults, delay_seconds=args.fault_delay,
                     methods=args.fault_methods, seed=args.fault_seed)


def _config(portal: SandboxPortal, **options: Any) -> tuple[uvicorn.Config, _ConnectionDropper]:
    app = _ConnectionDropper(portal.app)
    return uvicorn.Config(app, access_log=False, lifespan="off", proxy_headers=False, **options), app


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on accepted sockets whose proto says TCP;
    # without it Nagle holds the body back behind the headers and every answer waits ~40 ms.
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    if sys.platform != "win32":
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.setblocking(False)
    return sock


def _tls(certfile: str | None, keyfile: str | None) -> dict[str, Any]:
    """uvicorn TLS options; both files or neither.

    Raises:
        ValueError: only one of the two files was given.
    """
    if (certfile is None) != (keyfile is None):
        raise ValueError("--ssl-certfile and --ssl-keyfile go together")
    return {} if certfile is None else {"ssl_certfile": certfile, "ssl_keyfile": keyfile}


def serve(args: argparse.Namespace) -> int:
    """Run ``serve`` until a signal stops it; returns the exit status."""
    try:
        plan = _fault_plan(args)
        tls = _tls(args.ssl_certfile, args.ssl_keyfile)
        apps = _apps(args)
    except ValueError as error:
        print(f"activity-desk-sandbox: {error}", file=sys.stderr)
        return 2
    portal = SandboxPortal(args.db, webhook_code=args.webhook_code, webhook_user_id=args.user_id,
                           demo_data=not args.empty, tz_offset_minutes=args.tz_offset,
                           insecure_http=args.insecure_http, apps=apps, token_lifetime=args.token_lifetime,
                           oauth_user_id=args.oauth_user, **_limits(args))
    portal.faults.configure(plan)
    if args.activities:
        try:
            portal.seed_activities(args.activities, responsible_share=args.activities_responsible_share,
                                   open_share=args.activities_open_share)
        except ValueError as error:
            print(f"activity-desk-sandbox: --activities: {error}", file=sys.stderr)
            portal.close()
            return 2
    try:
        sock = _bind(args.host, args.port)
    except OSError as error:
        print(f"activity-desk-sandbox: cannot listen on {args.host}:{args.port}: {error}", file=sys.stderr)
        portal.close()
        return 2
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = portal.webhook_url(f"{'https' if tls else 'http'}://{host}:{port}")

    def announce() -> None:
        sys.stdout.write(f"Webhook URL: {url}\n")
        sys.stdout.flush()

    config, dropper = _config(portal, log_level=args.log_level, **tls)
    server = dropper.server = _Server(config, announce)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
        portal.close()
    return 0


@contextlib.contextmanager
def serve_in_thread(portal: SandboxPortal, host: str = "127.0.0.1", port: int = 0, *,
                    ssl_certfile: str | None = None, ssl_keyfile: str | None = None) -> Iterator[str]:
    """Serve ``portal`` over HTTP (HTTPS with ``ssl_certfile``/``ssl_keyfile``, PEM paths) on a
    background thread; yields its webhook URL (``http[s]://127.0.0.1:PORT/rest/1/CODE/``). On exit
    the server stops (in-flight requests finish); the portal stays open. uvicorn does not configure
    logging here.

    Raises:
        ValueError: only one of the two TLS files was given.
        OSError: the address cannot be bound.
        RuntimeError: the server did not start within 30 seconds.
    """
    tls = _tls(ssl_certfile, ssl_keyfile)
    sock = _bind(host, port)
    config, dropper = _config(portal, log_config=None, **tls)
    started = threading.Event()
    server = dropper.server = _Server(config, started.set)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="sandbox-portal", daemon=True)
    thread.start()
    try:
        while not started.wait(0.05):
            if not thread.is_alive() or server.should_exit:
                raise RuntimeError("the sandbox portal server did not start")
        shown = f"[{host}]" if ":" in host else host
        scheme = "https" if tls else "http"
        yield portal.webhook_url(f"{scheme}://{shown}:{sock.getsockname()[1]}")
    finally:
        server.should_exit = True
        thread.join(timeout=30)
        sock.close()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``activity-desk-sandbox`` and ``python -m desktop_app.sandbox``."""
    args = build_parser().parse_args(argv)
    if args.command == "serve":
        return serve(args)
    return 2  # pragma: no cover - argparse enforces the sub-command


if __name__ == "__main__":
    raise SystemExit(main())
