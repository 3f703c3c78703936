"""The sandbox's REST core as a Starlette app: routing, webhook auth, parameters, envelopes.

Routes (api-spec.md §1.1, server-behaviour.md §5):

* ``GET|POST /rest/{user_id}/{code}/{method}`` — a webhook call. ``method`` is case-insensitive and
  may end in ``.json`` (or a trailing ``/``). The sandbox answers JSON only: a ``.xml`` suffix gets
  HTTP 400 ``UNSUPPORTED_FORMAT`` (our code; the real portal would send XML).
* ``GET|POST /rest/{method}`` — an application's call with an OAuth access token: ``auth`` or
  ``access_token`` in the query or body, or ``Authorization: Bearer``; it runs as the token's user in
  the application's context (``oauth.py``). No token: 401 ``NO_AUTH_FOUND`` / ``Wrong authorization
  data``; unknown token: 401 ``invalid_token``; expired: 401 ``expired_token``.
* ``GET /oauth/authorize/`` and ``GET|POST /oauth/token/`` — the authorization server (``oauth.py``).

Order of checks: the request-rate bucket when on (503 ``QUERY_LIMIT_EXCEEDED`` / ``Too many
requests``, every request counts once, a ``batch`` too; ``limits.py``), credentials (401
``INVALID_CREDENTIALS`` for a webhook; the token errors above), then the method (404
``ERROR_METHOD_NOT_FOUND``), then the caller's scopes (401 ``insufficient_scope``, ``calls.py``), then
the handler. Each call carries its :class:`~desktop_app.sandbox.principal.Principal`.
Parameters: the query string merged with the body (JSON, urlencoded or multipart with PHP bracket
keys, a file part as an :class:`~desktop_app.sandbox.uploads.UploadedFile`; body keys win; invalid
JSON = no body — also JSON nested deeper than 512 levels, ``NaN`` or an unpaired surrogate; bracket
keys deeper than 64 levels are dropped, see ``wire.py``);
``start`` is taken out and ``intval``-ed, ``auth`` (and ``access_token`` on the token route) dropped
(server-behaviour.md §5.1).
Any other HTTP method (PUT, DELETE, …) is read like GET: query parameters only, as PHP fills no
``$_POST`` for it. ``GET|HEAD /bitrix/tools/crm_show_file.php`` serves the activity files that
``crm.activity.list`` links in ``FILES`` (``show_file.py``). Any other path (or another HTTP method on
that one) answers 404 ``ERROR_METHOD_NOT_FOUND``. Handlers get the request's ``scheme://host[:port]``
(``MethodContext.base_url``) for the absolute URLs they return.

Replies: ``{"result", ["next"], ["total"], "time"}`` or ``{"error", "error_description"}`` (no
``time``), PHP-style JSON, ``Content-Type: application/json; charset=utf-8``; a result JSON cannot
carry (an infinite float) answers ``{"error": "WRONG_ENCODING", "error_description": "Wrong request
encoding"}`` with the call's status, as the portal's encoder does (server-behaviour.md §5.2).
``portal.app`` is this app inside :class:`~desktop_app.sandbox.guard.RequestGuard` ("Https required."
for plain HTTP from other hosts, and the 500 envelope instead of any traceback). The call itself (the
operating limit, the handler, the envelope) is :func:`desktop_app.sandbox.calls.run_call`, shared
with the commands of a ``batch`` (``batch.py``).

Fault injection (``portal.faults``, see ``faults.py``) acts on a recognised method call, after the
parameters are read: it may refuse the call (503/500/401), drop the connection before or after
serving it, hold the answer back, or let a colleague edit the named activity first.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .calls import run_call
from .errors import (
    CoreError,
    SandboxError,
    invalid_credentials,
    method_not_found,
    no_auth_found,
)
from .faults import DropConnection, FaultKind, edit_concurrently, refusal
from .files import SHOW_FILE_PATH
from .guard import RequestGuard, internal_server_error
from .oauth import OAuthError
from .principal import Principal, webhook_principal
from .registry import Handler, MethodContext
from .show_file import request_base_url, show_file_endpoint
from .uploads import form_value
from .wire import php_intval, php_json_dumps, php_json_loads, php_parse_pairs

if TYPE_CHECKING:
    from .portal import SandboxPortal

__all__ = ["create_app", "read_params"]

JSON_TYPE = "application/json; charset=utf-8"
_DROP = DropConnection()
#: Every HTTP method is routed; only POST carries body parameters.
_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
_WRONG_ENCODING = '{"error":"WRONG_ENCODING","error_description":"Wrong request encoding"}'


def _reply(body: dict[str, Any], status: int = 200) -> Response:
    try:
        text = php_json_dumps(body)
    except (ValueError, RecursionError):  # what json_encode cannot encode (server-behaviour.md §5.2)
        text = _WRONG_ENCODING
    return Response(text, status_code=status, media_type=JSON_TYPE)


def _error(error: SandboxError) -> Response:
    return _reply(error.body(), error.status)


async def read_params(request: Request) -> dict[str, Any]:
    """Query and body parameters merged (body keys override query keys), bracket keys nested."""
    params = php_parse_pairs(parse_qsl(request.url.query, keep_blank_values=True))
    if request.method != "POST":
        return params
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    raw = await request.body()
    body: dict[str, Any] = {}
    if content_type == "multipart/form-data":
        try:
            form = await request.form()
        except Exception:  # a malformed multipart body carries no parameters (PHP sees none either)
            return params
        body = php_parse_pairs([(key, await form_value(value)) for key, value in form.multi_items()])
    elif content_type == "application/json":
        try:
            decoded = php_json_loads(raw.decode("utf-8")) if raw.strip() else {}
        except ValueError:  # UnicodeDecodeError included
            decoded = {}  # invalid JSON → empty body, like CRestUtil::getRequestData
        body = decoded if isinstance(decoded, dict) else {}
    elif raw:
        body = php_parse_pairs(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
    return {**params, **body}


def access_token(request: Request, params: dict[str, Any]) -> str:
    """The OAuth access token of a ``/rest/<method>`` call, taken out of ``params``: ``auth`` or
    ``access_token`` (query or body), else ``Authorization: Bearer <token>``; ``""`` when none
    (server-behaviour.md §5.1)."""
    found = ""
    for key in ("auth", "access_token"):
        value = params.pop(key, None)
        if not found and isinstance(value, str):
            found = value.strip()
    if not found:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer":
            found = value.strip()
    return found


def _method_name(raw: str) -> str | SandboxError:
    name = raw.strip("/").lower()
    if name.endswith(".json"):
        name = name[: -len(".json")]
    elif name.endswith(".xml"):
        return CoreError("UNSUPPORTED_FORMAT",
                            "The sandbox portal answers JSON only; call the method without the .xml suffix.", 400)
    return name


def create_app(portal: SandboxPortal) -> RequestGuard:
    """Build the ASGI app serving ``portal`` (inside its :class:`RequestGuard`)."""

    def too_many_requests() -> Response | None:
        bucket = portal.rate_limiter
        if bucket is None or bucket.admit():
            return None
        return _error(CoreError("QUERY_LIMIT_EXCEEDED", "Too many requests", 503))

    async def webhook_call(request: Request) -> Response | DropConnection:
        limited = too_many_requests()
        if limited is not None:
            return limited
        user_id = request.path_params["user_id"]
        code = request.path_params["code"]
        if not (user_id.isascii() and user_id.isdigit() and php_intval(user_id) == portal.webhook_user_id
                and code == portal.webhook_code):
            return _error(invalid_credentials())
        found = method_handler(request)
        if isinstance(found, SandboxError):
            return _error(found)
        params = await read_params(request)
        params.pop("auth", None)
        principal = webhook_principal(portal.db, portal.webhook_user_id)
        return await dispatch(request, *found, params, principal)

    async def token_call(request: Request) -> Response | DropConnection:
        limited = too_many_requests()
        if limited is not None:
            return limited
        params = await read_params(request)
        token = access_token(request, params)
        if not token:
            return _error(no_auth_found())
        try:
            principal = portal.oauth.principal(token)
        except SandboxError as refused:
            return _error(refused)
        found = method_handler(request)
        if isinstance(found, SandboxError):
            return _error(found)
        return await dispatch(request, *found, params, principal)

    def method_handler(request: Request) -> tuple[str, Handler] | SandboxError:
        """The path's method (lower case) and its handler, or the error to answer (``_method_name``'s,
        404 ``ERROR_METHOD_NOT_FOUND``)."""
        name = _method_name(request.path_params["method"])
        if isinstance(name, SandboxError):
            return name
        handler = portal.registry.get(name)
        return method_not_found() if handler is None else (name, handler)

    async def dispatch(request: Request, name: str, handler: Handler, params: dict[str, Any],
                       principal: Principal) -> Response | DropConnection:
        start = php_intval(params.pop("start", 0))
        ctx = MethodContext(method=name, params=params, start=start, user_id=principal.user_id,
                            portal=portal, base_url=request_base_url(request), principal=principal)
        fault = portal.faults.pick(name, params)
        if fault is None:
            return serve(ctx, handler)
        refused = refusal(fault)
        if refused is not None:
            return _error(refused)
        if fault is FaultKind.DROP_BEFORE:
            return _DROP
        if fault is FaultKind.CONCURRENT_EDIT:
            edit_concurrently(portal, params)
        response = serve(ctx, handler)
        if fault is FaultKind.DROP_AFTER:
            return _DROP
        if fault is FaultKind.DELAY:
            await asyncio.sleep(portal.faults.plan.delay_seconds)
        return response

    def serve(ctx: MethodContext, handler: Handler) -> Response:
        reply = run_call(ctx, handler)
        return _reply(reply.body, reply.status)

    async def authorize(request: Request) -> Response:
        params = php_parse_pairs(parse_qsl(request.url.query, keep_blank_values=True))
        try:
            location = portal.oauth.authorize(params, request_base_url(request))
        except OAuthError as refused:
            return _reply(refused.body(), refused.status)
        return Response(status_code=302, headers={"location": location, "cache-control": "no-store"})

    async def token_endpoint(request: Request) -> Response:
        params = await read_params(request)
        try:
            reply = portal.oauth.token(params, request_base_url(request))
        except OAuthError as refused:
            return _reply(refused.body(), refused.status)
        return Response(php_json_dumps(reply), status_code=200, media_type=JSON_TYPE,
                        headers={"cache-control": "no-store", "pragma": "no-cache"})

    async def not_found(request: Request, exc: Exception) -> Response:
        return _error(method_not_found())

    async def failed(request: Request, exc: Exception) -> Response:
        return _error(internal_server_error())  # the guard logs it (one line)

    routes = [
        Route("/rest/{user_id}/{code}/{method:path}", webhook_call, methods=_METHODS),
        Route("/rest/{method:path}", token_call, methods=_METHODS),
        Route("/oauth/authorize/", authorize, methods=["GET"]),
        Route("/oauth/authorize", authorize, methods=["GET"]),
        Route("/oauth/token/", token_endpoint, methods=["GET", "POST"]),
        Route("/oauth/token", token_endpoint, methods=["GET", "POST"]),
        Route(SHOW_FILE_PATH, show_file_endpoint(portal), methods=["GET", "HEAD"]),
    ]
    app = Starlette(routes=routes, exception_handlers={HTTPException: not_found, Exception: failed})
    return RequestGuard(app, lambda: portal.insecure_http)
