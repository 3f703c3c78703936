"""Connecting an application: the OAuth 2.0 authorization-code flow in the system browser (no Qt).

Steps (api-spec.md §1.3; the loopback redirect per RFC 8252 §7.3):

1. :class:`LoopbackRedirect` listens on ``127.0.0.1`` on a random port (asyncio) for **one** answer on
   its path; its :attr:`~LoopbackRedirect.redirect_uri` is ``http://127.0.0.1:<port>/``.
2. :func:`authorize_url` builds ``{portal}/oauth/authorize/?client_id=…&state=…&redirect_uri=…`` with a
   fresh random ``state`` (:func:`new_state`), and the caller's ``open_browser(url)`` opens it (the UI
   passes ``QDesktopServices.openUrl``; scripts ``webbrowser.open``).
3. The portal redirects the browser to the loopback address with ``code``, ``state``, ``domain``,
   ``member_id``, ``scope``, ``server_domain``; the listener answers a small HTML page (plain text, no
   markup from the request) and hands back an :class:`AuthorizationReply`. A ``state`` that is not ours
   is refused (:class:`AuthorizationRefused`, HTTP 400 page), as are ``error=…`` answers, a missing code
   and a ``domain`` other than the portal's.
4. :func:`exchange_code` POSTs the code (form body) to the token URL and returns
   :class:`~desktop_app.bitrix.oauth.OAuthTokens`.

:func:`authorize` runs 1–3 with a timeout (``timeout`` seconds, default 300:
:class:`AuthorizationTimedOut` — a page closed without an answer looks exactly like this) and can be
cancelled (cancel its task: the listener is closed, nothing is left listening). When the browser cannot
reach the loopback address, the user copies the address bar (or just the code) and
:func:`parse_pasted_code` reads it.

Secrets: the code is registered with the log redaction as soon as it is read, and never written to a
log or an exception text; the state is compared in constant time.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import html
import inspect
import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from desktop_app.bitrix.auth import split_portal_url
from desktop_app.bitrix.oauth import OAuthTokens, authorize_url_for, request_tokens, token_url_for
from desktop_app.bitrix.redaction import register_secret

log = logging.getLogger(__name__)

__all__ = [
    "AuthorizationError", "AuthorizationRefused", "AuthorizationReply", "AuthorizationTimedOut", "LoopbackRedirect",
    "PastedCodeInvalid", "authorize", "authorize_url", "exchange_code", "new_state", "parse_pasted_code",
]

#: Seconds :func:`authorize` waits for the browser's answer.
DEFAULT_TIMEOUT = 300.0
#: Largest request head the listener reads, in bytes.
_MAX_HEAD = 16 * 1024
#: Seconds one connection to the listener may take to send its request head.
_HEAD_TIMEOUT = 10.0
_CODE_RE = re.compile(r"^[A-Za-z0-9._~-]{4,512}$")


class AuthorizationError(Exception):
    """The authorization did not give a code. The message is plain language and holds no secret."""


class AuthorizationRefused(AuthorizationError):
    """The answer was refused: a ``state`` that is not this attempt's, an ``error`` from the portal (the
    user denied access), no ``code``, or another portal's ``domain``."""


class AuthorizationTimedOut(AuthorizationError):
    """No answer came back in time (the page was closed, or the browser could not reach the app)."""


class PastedCodeInvalid(AuthorizationError, ValueError):
    """Pasted text that is neither the portal's redirect address nor an authorization code.

    Attributes:
        field: ``code`` or ``state``.
        rule: what is wrong, in plain words.
    """

    def __init__(self, field_name: str, rule: str) -> None:
        super().__init__(f"{field_name}: {rule}")
        self.field = field_name
        self.rule = rule


@dataclass(frozen=True)
class AuthorizationReply:
    """What the portal sent back to the redirect URI (api-spec.md §1.3 step 2).

    Attributes:
        code: the authorization code (secret; lives 30 s, one use).
        domain: the portal's host (``acme.bitrix24.com``).
        member_id: the portal's stable id.
        scope: granted scopes.
        server_domain: the authorization server's host.
    """

    code: str = field(repr=False)
    domain: str = ""
    member_id: str = ""
    scope: frozenset[str] = frozenset()
    server_domain: str = ""


def new_state() -> str:
    """A fresh unguessable ``state`` (32 URL-safe characters)."""
    return secrets.token_urlsafe(24)


def authorize_url(base_url: str, client_id: str, state: str, redirect_uri: str) -> str:
    """``{base}/oauth/authorize/?client_id=…&state=…&redirect_uri=…`` for the portal at ``base_url``.

    Raises:
        InvalidWebhookUrl: ``base_url`` is not a portal address (scheme, host; plain http only on loopback).
    """
    base, _ = split_portal_url(base_url)
    query = urlencode({"client_id": client_id, "state": state, "redirect_uri": redirect_uri})
    return f"{authorize_url_for(base)}?{query}"


def _same_state(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


def _first(query: dict[str, list[str]], key: str) -> str:
    values = query.get(key) or [""]
    return values[0]


def reply_from_query(query_text: str, expected_state: str, portal_host: str | None = None) -> AuthorizationReply:
    """The :class:`AuthorizationReply` in a redirect's query string, checked against ``expected_state``
    and, when given, ``portal_host`` (``domain``).

    Raises:
        AuthorizationRefused: see the class.
    """
    query = parse_qs(query_text, keep_blank_values=True, max_num_fields=50)
    code = _first(query, "code")
    register_secret(code)
    if not _same_state(_first(query, "state"), expected_state):
        raise AuthorizationRefused("The answer does not belong to this sign-in attempt (state does not match); "
                                   "it was refused. Start connecting again.")
    error = _first(query, "error")
    if error:
        raise AuthorizationRefused(f"The portal did not grant access ({error[:64]}).")
    if not _CODE_RE.match(code):
        raise AuthorizationRefused("The portal's answer holds no usable authorization code.")
    domain = _first(query, "domain").lower()
    if portal_host and domain and domain != portal_host.lower():
        raise AuthorizationRefused(f"The answer came from another portal ({domain[:100]}); it was refused.")
    scope = frozenset(s.strip() for s in _first(query, "scope").split(",") if s.strip())
    return AuthorizationReply(code=code, domain=domain, member_id=_first(query, "member_id")[:64], scope=scope,
                              server_domain=_first(query, "server_domain")[:255])


def parse_pasted_code(text: str, expected_state: str | None = None) -> str:
    """The authorization code in what the user pasted: the whole redirect address from the browser's
    address bar (``http://127.0.0.1:…/?code=…&state=…``, or just its ``?code=…`` part), or the bare code.

    A pasted address must carry this attempt's ``state`` when ``expected_state`` is given.

    Raises:
        PastedCodeInvalid: empty text (``code``/``required``), an address without a code, an address whose
            ``state`` does not match (``state``), or a bare code that is not 4–512 of ``A-Z a-z 0-9 . _ ~ -``.
    """
    value = (text or "").strip()
    if not value:
        raise PastedCodeInvalid("code", "paste the address the browser shows, or the code")
    if "=" in value or "?" in value or "://" in value:
        query_text = urlsplit(value).query if ("://" in value or value.startswith("/")) else value.lstrip("?")
        query = parse_qs(query_text, keep_blank_values=True, max_num_fields=50)
        code = _first(query, "code")
        register_secret(code)
        if expected_state is not None and not _same_state(_first(query, "state"), expected_state):
            raise PastedCodeInvalid("state", "the address belongs to another sign-in attempt; start connecting again")
        if not _CODE_RE.match(code):
            raise PastedCodeInvalid("code", "the address holds no authorization code")
        return code
    register_secret(value)
    if not _CODE_RE.match(value):
        raise PastedCodeInvalid("code", "a code is 4–512 latin letters, digits, '.', '_', '~' or '-'")
    return value


_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Activity Desk</title></head>
<body style="font-family:sans-serif;margin:3em"><h1>{title}</h1><p>{text}</p></body></html>"""


def _page(status: int, title: str, text: str) -> bytes:
    body = _PAGE.format(title=html.escape(title), text=html.escape(text)).encode("utf-8")
    reason = {200: "OK", 400: "Bad Request", 404: "Not Found", 405: "Method Not Allowed"}.get(status, "Error")
    head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/html; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\n"
            "Connection: close\r\n\r\n")
    return head.encode("ascii") + body


class LoopbackRedirect:
    """A one-answer HTTP listener on ``127.0.0.1`` (random port) for the authorization redirect.

    Use ``async with LoopbackRedirect(state) as listener``; :meth:`wait` returns the reply. Requests for
    other paths (``/favicon.ico``) get 404 and do not count; the first request on :attr:`path` settles the
    attempt (accepted or refused), and the listener stops when the ``async with`` block ends.

    Args:
        state: this attempt's ``state``.
        portal_host: the portal's ``host[:port]``; an answer naming another ``domain`` is refused.
        path: the redirect path (``/``).
        port: the port to listen on; 0 (default) picks a free one. A fixed port gives a stable redirect
            URI to register in the portal; ``OSError`` from ``async with`` when it is taken.
    """

    def __init__(self, state: str, *, portal_host: str | None = None, path: str = "/", port: int = 0) -> None:
        self._state = state
        self._portal_host = portal_host
        self.path = path
        self._server: asyncio.Server | None = None
        self._answer: asyncio.Future[AuthorizationReply] | None = None
        self.port = port

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.port}{self.path}"

    async def __aenter__(self) -> LoopbackRedirect:
        self._answer = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._serve, host="127.0.0.1", port=self.port)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Stop listening (idempotent); a :meth:`wait` still pending is cancelled."""
        server, self._server = self._server, None
        if server is not None:
            server.close()
            with contextlib.suppress(Exception):
                await server.wait_closed()
        if self._answer is not None and not self._answer.done():
            self._answer.cancel()

    async def wait(self, timeout: float | None = DEFAULT_TIMEOUT) -> AuthorizationReply:
        """The reply, once the browser brings it.

        Raises:
            AuthorizationRefused: the answer was refused (see the class). AuthorizationTimedOut: none in
                ``timeout`` seconds.
        """
        assert self._answer is not None, "use LoopbackRedirect in 'async with'"
        try:
            async with asyncio.timeout(timeout):
                return await asyncio.shield(self._answer)
        except TimeoutError:
            raise AuthorizationTimedOut("No answer came back from the portal's sign-in page in time; "
                                        "start connecting again, or paste the address the browser shows.") from None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            try:
                async with asyncio.timeout(_HEAD_TIMEOUT):
                    head = await reader.readuntil(b"\r\n\r\n")
            except (TimeoutError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ConnectionError):
                return
            writer.write(self._answer_for(head[:_MAX_HEAD]))
            with contextlib.suppress(ConnectionError):
                await writer.drain()
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    def _answer_for(self, head: bytes) -> bytes:
        line = head.split(b"\r\n", 1)[0].decode("latin-1")
        parts = line.split(" ")
        if len(parts) != 3:
            return _page(400, "Not understood", "This address only takes the portal's sign-in answer.")
        verb, target, _ = parts
        target_parts = urlsplit(target)
        if target_parts.path != self.path:
            return _page(404, "Not found", "This address only takes the portal's sign-in answer.")
        if verb != "GET":
            return _page(405, "Not allowed", "This address only takes the portal's sign-in answer.")
        assert self._answer is not None
        if self._answer.done():
            return _page(400, "Already answered", "This sign-in attempt is over; you can close this tab.")
        try:
            reply = reply_from_query(target_parts.query, self._state, self._portal_host)
        except AuthorizationRefused as exc:
            self._answer.set_exception(exc)
            return _page(400, "Not connected", f"{exc} You can close this tab.")
        self._answer.set_result(reply)
        return _page(200, "Connected", "Activity Desk received the portal's answer. You can close this tab.")


async def authorize(base_url: str, client_id: str, open_browser: Callable[[str], Any], *,
                    timeout: float = DEFAULT_TIMEOUT, path: str = "/") -> tuple[AuthorizationReply, str]:
    """Run steps 1–3 of the module docstring: returns ``(reply, redirect_uri)`` (the token request may
    need the redirect URI). ``open_browser(url)`` may return an awaitable; a ``False`` result is taken as
    "no browser" and still waits (the user may open the address by hand).

    Raises:
        AuthorizationRefused, AuthorizationTimedOut: see the classes. ``asyncio.CancelledError``: the
            caller cancelled (the listener is closed either way).
        InvalidWebhookUrl: ``base_url`` is not a portal address.
    """
    base, _ = split_portal_url(base_url)
    state = new_state()
    async with LoopbackRedirect(state, portal_host=urlsplit(base).netloc, path=path) as listener:
        url = authorize_url(base, client_id, state, listener.redirect_uri)
        opened = open_browser(url)
        if inspect.isawaitable(opened):
            opened = await opened
        if opened is False:
            log.warning("the system browser could not be opened for the sign-in page")
        return await listener.wait(timeout), listener.redirect_uri


async def exchange_code(http: httpx.AsyncClient, base_url: str, client_id: str, client_secret: str, code: str, *,
                        redirect_uri: str | None = None, token_url: str | None = None) -> OAuthTokens:
    """Step 4: ``grant_type=authorization_code`` (form body) → :class:`OAuthTokens`.

    Raises:
        ReconnectNeeded: ``invalid_grant`` (the code expired — it lives 30 s — or was used) or
            ``invalid_client`` (wrong client id or secret).
        AuthorizationRefused: the reply's ``client_endpoint`` is not the portal's address.
        BadResponse / BitrixError / PortalUnreachable / PortalMoved: see
            :func:`~desktop_app.bitrix.oauth.request_tokens`.
    """
    base, _ = split_portal_url(base_url)
    form = {"grant_type": "authorization_code", "client_id": client_id, "client_secret": client_secret, "code": code}
    if redirect_uri:
        form["redirect_uri"] = redirect_uri
    tokens = await request_tokens(http, token_url or token_url_for(base), form)
    if tokens.client_endpoint:
        endpoint = urlsplit(tokens.client_endpoint)
        if f"{endpoint.scheme}://{endpoint.netloc}".lower() != base.lower():
            raise AuthorizationRefused(f"The portal answered for another address ({endpoint.netloc[:100]}); "
                                       "the tokens were not kept.")
    return tokens
