"""HTTP transport of the Bitrix24 REST client: one ``httpx.AsyncClient``, JSON POST, envelopes.

A call is ``POST {base}/rest/{method}`` with a JSON body (api-spec.md §1.2), to which the
connection's :class:`~desktop_app.bitrix.auth.PortalAuth` (an ``httpx.Auth``) adds the credential: the
webhook's ``/{user_id}/{code}`` path (:class:`~desktop_app.bitrix.auth.WebhookAuth`) or an OAuth
``auth`` token (:class:`~desktop_app.bitrix.oauth.OAuthAuth`). The
reply is either the success envelope ``{"result", "next"?, "total"?, "time"}`` (§1.4), checked by
:class:`~desktop_app.bitrix.replies.Envelope` and returned as :class:`Response`, or the error envelope
``{"error", "error_description"}`` (§1.5), raised as a :class:`~desktop_app.bitrix.errors.BitrixError`
subclass. Network failures become :class:`~desktop_app.bitrix.errors.PortalUnreachable` /
``RequestTimeout``; a body that is not a Bitrix24 JSON envelope, or an envelope whose ``total`` /
``next`` / ``time`` has the wrong type, becomes :class:`~desktop_app.bitrix.errors.BadResponse`
(``field`` names the JSON path).

Whether a failed call may have been executed is part of the error (the outbox depends on it;
:func:`~desktop_app.bitrix.errors.outcome_unknown` is the single test):

- not sent: connection refused / DNS / TLS / connect or pool timeout, a failed write →
  ``PortalUnreachable(sent=False)``; a redirect not followed (``PortalMoved``, ``PortalMoveUnconfirmed``);
- outcome unknown: a read timeout after the request left → ``RequestTimeout(sent=True)``; the
  overall deadline passed → :class:`~desktop_app.bitrix.errors.DeadlineExceeded`; the connection
  dropped before the reply (``httpx.RemoteProtocolError``, ``httpx.ReadError``) →
  :class:`~desktop_app.bitrix.errors.ConnectionDropped`; a reply we cannot read →
  ``BadResponse`` (a reply over the size cap → :class:`~desktop_app.bitrix.errors.ReplyTooLarge`);
- answered: 503 ``QUERY_LIMIT_EXCEEDED`` → ``RateLimited``, other 5xx → ``ServerError``, 401
  ``expired_token`` (or another of the auth's ``refresh_codes``) → the auth is asked to refresh
  (:meth:`PortalAuth.token_expired` with the credential generation the call carried: concurrent
  callers cause one refresh; a webhook has nothing to refresh) and the call is replayed once — the
  portal did not execute it; a second ``expired_token`` raises
  :class:`~desktop_app.bitrix.errors.TokenExpired` (api-spec.md §1.6, server-behaviour.md §5.3).

Deadline and size (:mod:`desktop_app.bitrix.exchange`): every HTTP request (connect → last byte
of the body, not counting the wait for the rate limiter) must finish within ``deadline`` seconds
(:data:`DEFAULT_DEADLINE`, 70 s: the cloud cuts a request at 60 s, api-spec.md §2.2), else
``DeadlineExceeded``; a retried read gets a fresh deadline per try. The body is streamed and
refused beyond ``max_reply_bytes`` (:data:`MAX_REPLY_BYTES`, 32 MiB, counted after content decoding):
a ``Content-Length`` above it is refused before reading, a longer body as soon as the count passes it.

Redirects are not followed by httpx (a followed 302 turns a POST into a GET and loses the body, and
would send the webhook code to whatever host the ``Location`` names). A redirect is classified by
:func:`~desktop_app.bitrix.moves.classify_move`: a move over HTTPS from one Bitrix24 cloud domain to
another (a renamed portal, api-spec.md §1.1) is followed once and remembered (``on_portal_moved``);
a redirect to the same host raises ``PortalMoved``; any other move raises
:class:`~desktop_app.bitrix.errors.PortalMoveUnconfirmed` and sends nothing to the new host until
:meth:`BitrixTransport.confirm_move` is called with its address.

Limits (:mod:`desktop_app.bitrix.limits`, api-spec.md §2): every HTTP request first takes a slot of
the client-side leaky bucket (``rate_plan``, default :attr:`RatePlan.STANDARD`; ``None`` = off), a
call of a method blocked by the operating limit waits for its reset, and idempotent calls (reads,
batches of reads) are retried with jittered exponential backoff after 503, 429 and 5xx, and once
after a dropped connection, a read timeout or a passed deadline (``retry``); a reply over the size
cap is not retried. Writes are never retried here: they raise as described above.

Nothing here logs or raises text containing the webhook code or a token.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception

from .auth import PortalAuth, Webhook, WebhookAuth, split_portal_url
from .errors import (
    AuthError,
    BadResponse,
    BitrixError,
    InvalidWebhookUrl,
    OperationTimeLimit,
    PortalMoved,
    PortalMoveUnconfirmed,
    PortalUnreachable,
    RateLimited,
    ReplyTooLarge,
    TransportError,
    error_from_envelope,
)
from .exchange import REDIRECTS, RawReply, exchange
from .limits import (
    DEFAULT_RETRY,
    LeakyBucket,
    OperatingTracker,
    RatePlan,
    RetryPolicy,
    TransportStats,
    command_method,
    is_idempotent,
    methods_of,
)
from .moves import classify_move
from .replies import Checker, Envelope

log = logging.getLogger(__name__)

#: Timeouts in seconds. The cloud cuts a request at 60 s (api-spec.md §2.2), so the read timeout
#: sits above it: a slow batch must not be abandoned by us before the server gives up.
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=75.0, write=30.0, pool=10.0)
#: Seconds one HTTP request may take in all, connect → last byte of the body (the cloud cuts at 60 s).
DEFAULT_DEADLINE = 70.0
#: Largest reply body accepted, in bytes after content decoding (32 MiB; a 50-row page is ~100 KB,
#: a batch of 50 full pages ~5 MB).
MAX_REPLY_BYTES = 32 * 1024 * 1024
USER_AGENT = "ActivityDesk/0.1 (+httpx)"


@dataclass(frozen=True)
class Response:
    """A decoded success envelope.

    Attributes:
        result: the ``result`` payload (any JSON value).
        total: ``total`` of list methods (0 when ``start=-1``), else ``None``.
        next: ``next`` offset of list methods when more rows exist, else ``None``.
        time: the ``time`` object (seconds as floats; ``operating`` seconds and
            ``operating_reset_at`` Unix time when the portal sends them).
        status: HTTP status (200).
        method: the REST method that was called.
    """

    result: Any
    total: int | None = None
    next: int | None = None
    time: dict[str, Any] = field(default_factory=dict)
    status: int = 200
    method: str = ""


class BitrixTransport:
    """Sends REST calls for one connection over one pooled ``httpx.AsyncClient``.

    Args:
        auth: the connection: a :class:`Webhook` (wrapped in :class:`WebhookAuth`) or any
            :class:`PortalAuth` (``OAuthAuth`` for an application); set as the client's ``httpx.Auth``.
        transport: an httpx transport to use instead of the network (``httpx.ASGITransport`` for the
            in-process sandbox portal, ``httpx.MockTransport`` for hand-written replies).
        timeout: an ``httpx.Timeout`` (seconds); default :data:`DEFAULT_TIMEOUT`.
        on_portal_moved: ``(new_base_url: str) -> None``, called when a renamed cloud portal was
            followed automatically or a move was confirmed (:meth:`confirm_move`), so the caller can
            persist the new address.
        rate_plan: the portal's request-rate plan to stay under (default standard: burst 50, 2 per
            second); ``None`` switches the client-side limiter off.
        retry: retries of idempotent calls (:class:`RetryPolicy`; ``RetryPolicy.NONE`` = never).
        operating_limit: the portal's operating limit in seconds per 10 minutes when known (calls of a
            method that reached it wait for the reset before being sent); ``None`` = wait only after
            a 429 ``OPERATION_TIME_LIMIT``.
        operating_fallback_wait: seconds a method waits after a 429 when the portal never told its reset.
        deadline: seconds one HTTP request may take in all, connect → last byte
            (:data:`DEFAULT_DEADLINE`); ``None`` = no overall deadline (only ``timeout`` applies).
        max_reply_bytes: largest reply body accepted (:data:`MAX_REPLY_BYTES`).

    Create it inside the running event loop; close it with :meth:`aclose`.
    """

    def __init__(
        self,
        auth: Webhook | PortalAuth,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        on_portal_moved: Any = None,
        rate_plan: RatePlan | None = RatePlan.STANDARD,
        retry: RetryPolicy = DEFAULT_RETRY,
        operating_limit: float | None = None,
        operating_fallback_wait: float = 60.0,
        deadline: float | None = DEFAULT_DEADLINE,
        max_reply_bytes: int = MAX_REPLY_BYTES,
    ) -> None:
        self._auth = auth if isinstance(auth, PortalAuth) else WebhookAuth(auth)
        self._deadline = deadline
        self._max_reply_bytes = max_reply_bytes
        #: Checks replies against their documented shapes (:mod:`desktop_app.bitrix.replies`).
        self.checker = Checker(lambda: self.host, self._redact)
        self._bucket = LeakyBucket(rate_plan) if rate_plan is not None else None
        self._retry = retry
        self._operating = OperatingTracker(operating_limit, fallback_wait=operating_fallback_wait)
        self._counts = {"requests": 0, "rate_limited": 0, "operating_limited": 0, "retries": 0, "waited_seconds": 0.0}
        self._on_portal_moved = on_portal_moved
        if transport is None:
            # Connection-level retries only: nothing was sent, so they are safe for every method.
            transport = httpx.AsyncHTTPTransport(retries=2)
        self._http = httpx.AsyncClient(
            transport=transport,
            timeout=timeout,
            follow_redirects=False,
            auth=self._auth,
            headers={"Accept": "application/json", "User-Agent": USER_AGENT},
        )
        self._auth.bind(self._http)  # OAuthAuth sends its token requests through the same pool

    @property
    def auth(self) -> PortalAuth:
        """The connection's credential (:class:`PortalAuth`)."""
        return self._auth

    @property
    def webhook(self) -> Webhook | None:
        """The webhook of a webhook connection (its current address), ``None`` for an application."""
        return self._auth.webhook

    @property
    def host(self) -> str:
        """Portal host (and port): safe to show."""
        return self._auth.host

    @property
    def http(self) -> httpx.AsyncClient:
        """The pooled ``httpx.AsyncClient`` (file downloads use it; REST calls go through :meth:`call`)."""
        return self._http

    @property
    def rate_plan(self) -> RatePlan | None:
        return self._bucket.plan if self._bucket is not None else None

    @property
    def operating(self) -> OperatingTracker:
        """Operating time seen per method (:class:`~desktop_app.bitrix.limits.OperatingTracker`)."""
        return self._operating

    @property
    def stats(self) -> TransportStats:
        """A snapshot of the counters (:class:`~desktop_app.bitrix.limits.TransportStats`)."""
        return TransportStats(**self._counts)

    @property
    def deadline(self) -> float | None:
        """Seconds one HTTP request may take in all (``None`` = none)."""
        return self._deadline

    @property
    def max_reply_bytes(self) -> int:
        return self._max_reply_bytes

    def confirm_move(self, new_base_url: str) -> str:
        """The user confirmed that the portal moved to ``new_base_url`` (``scheme://host[:port]``, as in
        :attr:`PortalMoveUnconfirmed.new_base_url`): send every call there from now on, and tell
        ``on_portal_moved``. Returns the normalised base URL.

        Raises:
            InvalidWebhookUrl: not a portal address (a path, no host, plain http to a non-loopback host).
        """
        base_url, path = split_portal_url(new_base_url)
        if path not in ("", "/"):
            raise InvalidWebhookUrl("a portal address is scheme://host[:port], without a path")
        self._move_to(base_url)
        return base_url

    async def aclose(self) -> None:
        await self._http.aclose()

    async def call(self, method: str, params: dict[str, Any] | None = None) -> Response:
        """Call one REST method and decode its envelope, within the portal's limits.

        Waits for the rate bucket and for a blocked method's operating reset first. An idempotent
        call (:func:`~desktop_app.bitrix.limits.is_idempotent`) is retried by :class:`RetryPolicy`
        after 503, 429 and 5xx (backoff) and once after a dropped connection or a read timeout; the
        last error is raised.

        Args:
            method: REST method name, e.g. ``crm.activity.list``.
            params: JSON-serialisable parameters (sent as the JSON body).

        Returns:
            :class:`Response`.

        Raises:
            BitrixError: (or a subclass) the portal answered with an error envelope;
                ``TokenExpired`` when ``expired_token`` came back after one refresh and replay.
            ReconnectNeeded: (application connections) the refresh token or the client was refused
                (``invalid_grant`` / ``invalid_client``); nothing was sent (``sent`` False).
            PortalUnreachable / RequestTimeout / ConnectionDropped: no answer (``sent`` says whether
                the call may have been executed; see the module docstring).
            BadResponse: an answer that is not a Bitrix24 JSON envelope, or whose ``total`` / ``next`` /
                ``time`` has the wrong type (``field`` says which); ``ReplyTooLarge`` over the size cap.
            DeadlineExceeded: the request took longer than ``deadline`` in all.
            PortalMoved: the portal redirects to its own pages, or keeps redirecting.
            PortalMoveUnconfirmed: the portal redirects to a host that needs the user's confirmation.
        """
        if max(self._retry.attempts, self._retry.network_attempts) <= 1 or not is_idempotent(method, params):
            return await self._attempt(method, params)
        reply: Response | None = None
        retrying = AsyncRetrying(
            stop=self._stop,
            wait=self._backoff,
            retry=retry_if_exception(_retryable),
            sleep=self._pause,
            before_sleep=self._note_retry,
            reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                reply = await self._attempt(method, params)
        assert reply is not None
        return reply

    async def _attempt(self, method: str, params: dict[str, Any] | None) -> Response:
        """One try: operating wait, the call (with one token refresh), bookkeeping of limits."""
        await self._pause(self._operating.delay(methods_of(method, params)))
        try:
            reply = await self._call(method, params)
        except RateLimited:
            self._counts["rate_limited"] += 1
            if self._bucket is not None:
                self._bucket.saturate()
            raise
        except OperationTimeLimit:
            self._counts["operating_limited"] += 1
            self._operating.block(method)
            raise
        self._observe(method, params, reply)
        return reply

    def _observe(self, method: str, params: dict[str, Any] | None, reply: Response) -> None:
        if method.strip().lower() != "batch":
            self._operating.observe(method, reply.time)
            return
        cmd = (params or {}).get("cmd") or {}
        payload = reply.result if isinstance(reply.result, Mapping) else {}
        times = payload.get("result_time")
        errors = payload.get("result_error")
        for name, command in (cmd.items() if isinstance(cmd, Mapping) else enumerate(cmd)):
            name = str(name)
            if isinstance(times, Mapping) and isinstance(times.get(name), Mapping):
                self._operating.observe(command_method(command), times[name])
            error = errors.get(name) if isinstance(errors, Mapping) else None
            if isinstance(error, Mapping) and error.get("error") == "OPERATION_TIME_LIMIT":
                self._counts["operating_limited"] += 1
                self._operating.block(command_method(command))

    def _stop(self, state: RetryCallState) -> bool:
        error = state.outcome.exception() if state.outcome is not None else None
        limit = self._retry.network_attempts if isinstance(error, TransportError) else self._retry.attempts
        return state.attempt_number >= limit

    def _backoff(self, state: RetryCallState) -> float:
        error = state.outcome.exception() if state.outcome is not None else None
        policy = self._retry
        if isinstance(error, OperationTimeLimit):
            return 0.0  # the next try waits for the method's operating reset instead
        if isinstance(error, TransportError):
            return policy.initial + random.uniform(0, policy.jitter)
        return min(policy.max_wait, policy.initial * 2 ** (state.attempt_number - 1)) + random.uniform(0, policy.jitter)

    def _note_retry(self, state: RetryCallState) -> None:
        self._counts["retries"] += 1
        error = state.outcome.exception() if state.outcome is not None else None
        log.info("retrying an idempotent call to %s after %s", self.host, type(error).__name__)

    async def _pause(self, seconds: float) -> None:
        if seconds > 0:
            self._counts["waited_seconds"] += seconds
            await asyncio.sleep(seconds)

    async def _call(self, method: str, params: dict[str, Any] | None) -> Response:
        """The call, following an allowed portal move, refreshing the credential and replaying once
        after one of the auth's ``refresh_codes``."""
        body = json.dumps(params or {}, ensure_ascii=False, default=str).encode("utf-8")
        reply = await self._send_following(method, body)
        try:
            return self._decode(method, reply)
        except AuthError as exc:
            if exc.code not in self._auth.refresh_codes:
                raise
            log.info("%s answered %s to %s; refreshing and replaying once", self.host, exc.code, method)
        await self._auth.token_expired(reply.generation)
        return self._decode(method, await self._send_following(method, body))

    async def _send_following(self, method: str, body: bytes) -> RawReply:
        followed = False
        while True:
            reply = await self._send(method, body)
            if reply.status not in REDIRECTS:
                return reply
            self._follow_move(method, reply, followed)
            followed = True

    async def _send(self, method: str, body: bytes) -> RawReply:
        if self._bucket is not None:
            queued = time.monotonic()
            await self._bucket.acquire()
            self._counts["waited_seconds"] += time.monotonic() - queued
        self._counts["requests"] += 1
        started = time.monotonic()
        reply = await exchange(self._http, self._auth, method, body, deadline=self._deadline,
                               max_reply_bytes=self._max_reply_bytes, redact=self._redact)
        elapsed = time.monotonic() - started
        if self._bucket is not None:
            self._bucket.observe(elapsed)
        log.debug("%s %s -> %s in %.3f s", self.host, method, reply.status, elapsed)
        return reply

    def _follow_move(self, method: str, reply: RawReply, followed: bool) -> None:
        """Move the connection after a redirect it may follow, or raise (see :mod:`desktop_app.bitrix.moves`)."""
        webhook = self._auth  # host and base_url: where the connection talks to now
        move = classify_move(webhook.base_url, reply.headers.get("location", ""))
        if move.kind == "same_host":
            raise PortalMoved(
                f"{webhook.host} redirected {method} to a page of its own (HTTP {reply.status}); "
                "the portal may be blocked or its licence expired.",
                method=method, host=webhook.host, sent=False,
            )
        if move.kind == "unconfirmed":
            log.warning("portal %s redirects to %s; not followed until the user confirms the move",
                        webhook.host, move.new_host)
            raise PortalMoveUnconfirmed(
                f"{webhook.host} redirects {method} to {move.new_host}. Nothing was sent there: confirm that "
                "the portal has moved to follow it.",
                method=method, old_host=webhook.host, new_host=move.new_host, new_base_url=move.new_base_url,
            )
        if followed:
            raise PortalMoved(
                f"{webhook.host} keeps redirecting {method}; open the portal in a browser to check it.",
                method=method, host=webhook.host, sent=False,
            )
        self._move_to(move.new_base_url)

    def _move_to(self, base_url: str) -> None:
        old = self._auth.host
        self._auth.move_to(base_url)
        log.info("portal %s moved to %s", old, self._auth.host)
        if self._on_portal_moved is not None:
            self._on_portal_moved(base_url)

    def _decode(self, method: str, reply: RawReply) -> Response:
        status = reply.status
        try:
            payload = json.loads(reply.content)
        except (ValueError, UnicodeDecodeError, RecursionError):  # JSONDecodeError, > 4300-digit ints, deep nesting
            raise BadResponse(
                f"{self.host} answered {method} with something that is not JSON (HTTP {status}); "
                "is this a Bitrix24 portal address?",
                method=method, host=self.host, status=status, body_start=self._body_start(reply),
            ) from None
        if isinstance(payload, dict) and "error" in payload:
            raise error_from_envelope(payload, status, method)
        if not isinstance(payload, dict) or "result" not in payload or status >= 400:
            raise BadResponse(
                f"{self.host} answered {method} without a Bitrix24 result (HTTP {status}).",
                method=method, host=self.host, status=status, body_start=self._body_start(reply),
            )
        envelope = self.checker.check(Envelope, payload, method=method, status=status, path="")
        return Response(result=envelope.result, total=envelope.total, next=envelope.next, time=envelope.time,
                        status=status, method=method)

    def _body_start(self, reply: RawReply) -> str:
        return self._redact(reply.content[:200].decode("utf-8", "replace"))

    def _redact(self, text: str) -> str:
        return self._auth.redact(text)


#: Server faults that must not be hammered (api-spec.md §1.6): no automatic retry.
_NO_RETRY_CODES = frozenset({"OVERLOAD_LIMIT", "PORTAL_DELETED"})


def _retryable(error: BaseException) -> bool:
    """503 / 429 / 5xx, a dropped connection, a read timeout or a passed deadline (the request may
    have gone out, but an idempotent call does not mind); never a reply over the size cap. A
    connection that never opened is not retried here: httpx already retried it, and an offline
    portal should show as offline at once."""
    if isinstance(error, (RateLimited, OperationTimeLimit)):
        return True
    if isinstance(error, BitrixError):
        return error.status >= 500 and error.code not in _NO_RETRY_CODES
    if isinstance(error, ReplyTooLarge):
        return False  # the same request would bring the same reply
    if isinstance(error, BadResponse):
        return error.status >= 500
    return isinstance(error, PortalUnreachable) and error.sent


__all__ = ["DEFAULT_DEADLINE", "DEFAULT_TIMEOUT", "MAX_REPLY_BYTES", "BitrixError", "BitrixTransport", "Response"]
