"""Typed errors of the Bitrix24 REST client.

Every failure the client can meet is one of these, so callers (services, UI) never see an httpx,
JSON or pydantic exception. No message ever contains a webhook code or an access token: texts are
built from the method name, the portal host and the server's own ``error`` / ``error_description``.

Tree (``sent`` = the request may have reached the portal)::

    BitrixClientError
    ├── InvalidWebhookUrl, InvalidParameter      refused locally, nothing sent
    ├── FileUrlRefused (host, reason)            a file URL not on the portal: nothing sent
    ├── DownloadNotSaved (path, reason)          a download's bytes could not be written
    ├── TransportError (method, host, sent)
    │   ├── PortalUnreachable                    sent=False: nothing left
    │   │   ├── RequestTimeout                   sent=True after a read timeout
    │   │   │   ├── DeadlineExceeded             the whole exchange outlasted the deadline (sent=True)
    │   │   │   └── DownloadStalled              a file download went silent (stall_seconds)
    │   │   └── ConnectionDropped                sent=True
    │   ├── BadResponse (status, body_start, field)   an unreadable or mistyped reply (sent=True)
    │   │   └── ReplyTooLarge (limit)            over the size cap
    │   ├── PortalMoved                          a redirect not followed (sent=False)
    │   │   └── PortalMoveUnconfirmed (old_host, new_host, new_base_url)
    │   └── ReconnectNeeded (code)               oauth_tokens.py: the application's refresh token or
    │                                            client was refused; connect again (sent=False)
    └── BitrixError (code, description, status)  the portal's error envelope, and its subclasses

:func:`outcome_unknown` is the single test of "verify on the portal before sending again".

Source: api-spec.md §1.1 (moved portals), §1.5 (error envelope), §1.6 (system error codes), §2.2
(the cloud's 60 s cut); server-behaviour.md §5.3; issue 10 contract (errors ⇄ outbox ⇄ UI).
"""

from __future__ import annotations

from typing import Any


class BitrixClientError(Exception):
    """Base class of every error raised by ``desktop_app.bitrix``."""


class InvalidWebhookUrl(BitrixClientError, ValueError):
    """A webhook URL that does not have the form ``https://<portal>/rest/<user_id>/<code>/``.

    Attributes:
        reason: which part is wrong, in plain words (never contains the code itself).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"Invalid webhook URL: {reason}")
        self.reason = reason


class TransportError(BitrixClientError):
    """The request did not produce a usable reply (network, timeout, non-JSON body).

    Attributes:
        method: REST method name, e.g. ``crm.activity.list``.
        host: portal host the call went to.
        sent: True when the request may have reached the server (a timeout while reading), so a
            create may or may not have been applied; False when it surely was not sent.
    """

    def __init__(self, message: str, *, method: str, host: str, sent: bool) -> None:
        super().__init__(message)
        self.method = method
        self.host = host
        self.sent = sent


class PortalUnreachable(TransportError):
    """Connection refused, DNS failure, TLS failure or a timeout: the portal did not answer."""


class RequestTimeout(PortalUnreachable):
    """The portal accepted the connection but did not answer in time (httpx read/write timeout).

    With ``sent=True`` the request left in full: whether the portal applied it is unknown.
    """


class ConnectionDropped(PortalUnreachable):
    """The connection broke after the request was sent, before a reply arrived
    (``httpx.RemoteProtocolError`` / ``httpx.ReadError``): whether the portal applied the call is
    unknown (``sent`` is always True). A write must be reconciled before it is sent again."""


class DeadlineExceeded(RequestTimeout):
    """The whole HTTP exchange (connect → last byte of the reply body) took longer than the
    transport's overall deadline (:data:`~desktop_app.bitrix.transport.DEFAULT_DEADLINE`, 70 s; the
    cloud cuts a request at 60 s, api-spec.md §2.2), e.g. a server trickling its reply a byte at a time.

    ``sent`` is always True: whether the portal applied the call is unknown.

    Attributes:
        deadline: the deadline that was exceeded, in seconds.
    """

    def __init__(self, message: str, *, method: str, host: str, deadline: float) -> None:
        super().__init__(message, method=method, host=host, sent=True)
        self.deadline = deadline


class BadResponse(TransportError):
    """The portal answered something we cannot read: not a Bitrix24 JSON envelope (HTML, garbage,
    empty, truncated), or an envelope whose content does not have the documented shape (a ``null``
    where an object is expected, an id made of letters, ``total: "x"``, a number beyond 64 bits).

    The request left in full (``sent`` is True), so for a write the outcome is unknown
    (:func:`outcome_unknown`).

    Attributes:
        status: HTTP status of the reply.
        body_start: up to 200 characters of the body (or of the offending value), webhook code masked.
        field: the JSON path of the mismatch inside the reply (``result.item``, ``result[3].ID``,
            ``total``), or ``None`` when the body as a whole is unreadable.
    """

    def __init__(self, message: str, *, method: str, host: str, status: int, body_start: str,
                 field: str | None = None) -> None:
        super().__init__(message, method=method, host=host, sent=True)
        self.status = status
        self.body_start = body_start
        self.field = field


class ReplyTooLarge(BadResponse):
    """The reply body exceeded the transport's size cap
    (:data:`~desktop_app.bitrix.transport.MAX_REPLY_BYTES`, 32 MiB): refused while streaming, before
    it is held in memory (a ``Content-Length`` above the cap is refused before reading anything).

    Attributes:
        limit: the cap in bytes.
    """

    def __init__(self, message: str, *, method: str, host: str, status: int, limit: int) -> None:
        super().__init__(message, method=method, host=host, status=status, body_start="")
        self.limit = limit


def outcome_unknown(error: BaseException) -> bool:
    """True when ``error`` leaves it open whether the portal executed the call, so a write must be
    looked up on the portal before it is sent again:

    - :class:`RequestTimeout` with ``sent=True`` (a read timeout after the request left, and
      :class:`DeadlineExceeded`);
    - :class:`ConnectionDropped`;
    - every :class:`BadResponse` (a reply we cannot read, :class:`ReplyTooLarge` included).

    False for everything else: :class:`PortalUnreachable` with ``sent=False`` (nothing left),
    :class:`BitrixError` (the portal answered with an error envelope), :class:`PortalMoved` /
    :class:`PortalMoveUnconfirmed` (the old host did not execute the call), local refusals.
    """
    if isinstance(error, BadResponse):
        return True
    return isinstance(error, (RequestTimeout, ConnectionDropped)) and error.sent


class BitrixError(BitrixClientError):
    """The portal answered with the error envelope ``{"error", "error_description"}``.

    Attributes:
        code: the ``error`` field, verbatim. Legacy ``crm.activity.*`` methods send ``""``
            (api-spec.md §1.5); controllers send symbolic codes (``NOT_FOUND``) or digits (``100``).
        description: the ``error_description`` field, verbatim (may be empty).
        status: HTTP status of the reply (400, 401, 403, 404, 429, 500, 503 …; 200 inside batch).
        method: the REST method that failed.
        payload: the whole decoded error body (extra keys such as ``argument`` are kept).
    """

    def __init__(
        self,
        code: str,
        description: str,
        status: int,
        *,
        method: str = "",
        payload: dict[str, Any] | None = None,
    ) -> None:
        self.code = code
        self.description = description
        self.status = status
        self.method = method
        self.payload = payload or {"error": code, "error_description": description}
        label = code if code else "error"
        where = f" in {method}" if method else ""
        super().__init__(f"{label}{where} (HTTP {status}): {description}".rstrip(": "))


class AuthError(BitrixError):
    """401/403 authorization family: ``INVALID_CREDENTIALS``, ``NO_AUTH_FOUND``,
    ``expired_token``, ``invalid_token``, ``insufficient_scope``, ``user_access_error``,
    ``WRONG_AUTH_TYPE``, ``ACCESS_DENIED`` with HTTP 401/403 (plan without REST)."""


class TokenExpired(AuthError):
    """401 ``expired_token``: the access token ran out. The transport asks its auth to refresh and
    replays the call once (the portal did not execute it); raised when the replay gets it again."""


class MethodNotFound(BitrixError):
    """404 ``ERROR_METHOD_NOT_FOUND``: the portal does not know the method."""


class NotFound(BitrixError):
    """The object does not exist: ``NOT_FOUND``, ``OWNER_NOT_FOUND``, ``BINDING_NOT_FOUND`` or a
    legacy description such as ``Activity is not found.`` / ``Could not find 'DEAL' with ID: 7``."""


class AccessDenied(BitrixError):
    """``ACCESS_DENIED`` from a method (HTTP 400), or legacy ``Access denied.``."""


class ApplicationContextRequired(AccessDenied):
    """The method works only for an application (an OAuth connection), not for an incoming webhook:
    ``ERROR_WRONG_CONTEXT`` (``crm.activity.configurable.*``, ``crm.activity.layout.blocks.*``), and
    ``ACCESS_DENIED`` / legacy ``""`` whose description says ``Application context required``
    (``crm.activity.type.*`` answer HTTP 403, ``crm.activity.add`` with ``PROVIDER_ID=REST_APP``).
    Source: api-spec.md §1.3, §4.11–4.14. Nothing was changed on the portal."""


class WrongApplication(AccessDenied):
    """``ERROR_WRONG_APPLICATION``: only the application that created the configurable activity may
    update it (api-spec.md §4.12.2). Nothing was changed on the portal."""


class AdminRequired(AccessDenied):
    """``ACCESS_DENIED`` / ``Access denied! Admin permissions required``: the method needs a portal
    administrator (``crm.activity.type.*`` answer it with HTTP 403, api-spec.md §4.11). The connection
    itself is fine (not an :class:`AuthError`)."""


class InvalidArgument(BitrixError):
    """The portal rejected a parameter: code ``100`` (missing/mistyped parameter),
    ``WRONG_DATETIME_FORMAT``, ``INVALID_ARG_VALUE``, or a legacy ``The field X is …`` message."""


class RateLimited(BitrixError):
    """503 ``QUERY_LIMIT_EXCEEDED`` (429 on older portals): too many requests (api-spec.md §2.1)."""


class OperationTimeLimit(BitrixError):
    """429 ``OPERATION_TIME_LIMIT``: the method's execution-time budget is spent (api-spec.md §2.2)."""


class ServerError(BitrixError):
    """5xx: ``INTERNAL_SERVER_ERROR``, ``ERROR_UNEXPECTED_ANSWER``, ``PORTAL_DELETED``,
    ``OVERLOAD_LIMIT`` and any other server-side fault."""


_AUTH_CODES = {
    "INVALID_CREDENTIALS",
    "NO_AUTH_FOUND",
    "expired_token",
    "invalid_token",
    "insufficient_scope",
    "user_access_error",
    "WRONG_AUTH_TYPE",
    "APPLICATION_NOT_FOUND",
    "method_confirm_waiting",
    "METHOD_CONFIRM_WAITING",
    "METHOD_CONFIRM_DENIED",
}
_NOT_FOUND_CODES = {"NOT_FOUND", "OWNER_NOT_FOUND", "BINDING_NOT_FOUND", "ERROR_NOT_FOUND"}
_ARGUMENT_CODES = {"100", "WRONG_DATETIME_FORMAT", "INVALID_ARG_VALUE", "REQUIRED_ARG_MISSING"}


def error_from_envelope(payload: dict[str, Any], status: int, method: str) -> BitrixError:
    """Map a decoded error envelope to the most specific :class:`BitrixError` subclass.

    ``payload`` is the decoded body ``{"error": str, "error_description": str, ...}``; ``status``
    the HTTP status. Legacy methods (empty code) are classified by their description text
    (api-spec.md §6 #12: clients must match on the description).
    """
    code = str(payload.get("error", "") or "")
    description = str(payload.get("error_description", "") or "")
    lowered = description.lower()
    cls: type[BitrixError]
    if code == "QUERY_LIMIT_EXCEEDED":
        cls = RateLimited
    elif code == "expired_token":
        cls = TokenExpired
    elif code == "OPERATION_TIME_LIMIT":
        cls = OperationTimeLimit
    elif code == "ERROR_METHOD_NOT_FOUND":
        cls = MethodNotFound
    elif code == "ERROR_WRONG_CONTEXT" or "application context required" in f"{code.lower()} {lowered}":
        cls = ApplicationContextRequired
    elif code == "ERROR_WRONG_APPLICATION":
        cls = WrongApplication
    elif code == "ACCESS_DENIED" and "admin permissions required" in lowered:
        cls = AdminRequired
    elif code in _AUTH_CODES or (code == "ACCESS_DENIED" and status in (401, 403)):
        cls = AuthError
    elif code in _NOT_FOUND_CODES or (not code and ("not found" in lowered or "could not find" in lowered)):
        cls = NotFound
    elif code == "ACCESS_DENIED" or (not code and lowered.startswith("access denied")):
        cls = AccessDenied
    elif code in _ARGUMENT_CODES or (not code and lowered.startswith(("the field ", "id is not defined", "parameter '"))):
        cls = InvalidArgument
    elif status >= 500:
        cls = ServerError
    else:
        cls = BitrixError
    return cls(code, description, status, method=method, payload=payload)


#: The stable codes of :class:`InvalidParameter` (and of the services' ``FieldProblem`` checks: one
#: vocabulary for both), each with its default English message (logs, tests, and what a user sees
#: when the UI has no translated sentence for the ``(field, code)`` pair).
PARAMETER_RULES: dict[str, str] = {
    "required": "is required",
    "format": "is not in a form the portal accepts",
    "positive": "must be a positive whole number",
    "utc_offset": "must carry a UTC offset (time zone)",
    "negative": "must be whole minutes before the deadline, 0 or more",
    "palette": "must be one of 1–7, or empty for the default colour",
    "too_long": "must be at most 255 characters",
    "type": "must be 1 (meeting), 2 (call) or 4 (e-mail)",
    "only_one": "calls and meetings take exactly one communication",
    "not_text": "must be text",
    "empty": "nothing to update",
    "same_type": "must be the same type as the source; to change the type add the new binding, then delete the old one",
    "same_entity": "must differ from the source entity",
    # checked by the forms' services only (nothing in the client raises them today)
    "past": "is in the past",
    "unknown": "the reminders set on the portal are not known here",
    "before_start": "must not be before the start",
    "enum": "is not one of the values the portal offers",
    "calls_emails_only": "only calls and e-mails have a direction",
    "incoming_deadline": "an open incoming activity has no deadline",
    "type_mismatch": "calls need a phone number and e-mails an e-mail address",
    "empty_value": "the chosen communication has no value",
    "too_many": "at most 10 files can be attached in one change",
    "too_large": "a file is larger than the 20 MB limit",
    "file_name": "every file needs a name",
    # application methods (bitrix/app_types.py, badges.py, configurable.py)
    "reserved": "is reserved by the portal",
    "unknown_badge": "is not a badge registered on the portal",
    "badge_type": "must be success, failure, warning, primary or secondary",
}


class InvalidParameter(BitrixClientError, ValueError):
    """A parameter the client refuses before sending, because the portal would reject it.

    ``str(exc)`` is ``"<field>: <message>"``.

    Attributes:
        field: the parameter name as the REST method spells it (``deadline``, ``colorId`` …).
        code: the rule it breaks, a stable identifier from :data:`PARAMETER_RULES` (``required``,
            ``format``, ``positive``, ``utc_offset``, ``negative``, ``palette``, ``too_long``, ``type``,
            ``only_one``, ``not_text``, ``empty``, ``same_type``, ``same_entity``); the UI maps
            ``(field, code)`` to a translated sentence.
        message: the rule in plain English (defaults to the code's entry in :data:`PARAMETER_RULES`).
    """

    def __init__(self, field: str, code: str, message: str | None = None) -> None:
        text = message or PARAMETER_RULES.get(code) or code.replace("_", " ")
        super().__init__(f"{field}: {text}")
        self.field = field
        self.code = code
        self.message = text


class FileUrlRefused(BitrixClientError, ValueError):
    """A file URL the client will not download from: not ``http(s)``, not on the portal's own
    scheme + host + port, or with user info. Nothing was sent (no request, no credential).

    Attributes:
        host: the URL's host[:port] (safe to show; ``""`` when there is none).
        reason: the rule broken, in plain words.
    """

    def __init__(self, reason: str, *, host: str = "") -> None:
        where = f" ({host})" if host else ""
        super().__init__(f"The file address{where} was not opened: {reason}. Nothing was sent.")
        self.host = host
        self.reason = reason


class DownloadStalled(RequestTimeout):
    """A file download received nothing for ``stall_seconds``: abandoned, the partial file removed.

    Attributes:
        stall_seconds: the allowed silence, in seconds.
    """

    def __init__(self, message: str, *, method: str, host: str, stall_seconds: float) -> None:
        super().__init__(message, method=method, host=host, sent=True)
        self.stall_seconds = stall_seconds


class DownloadNotSaved(BitrixClientError, OSError):
    """The downloaded bytes could not be written to the chosen place (no permission, disk full, a
    folder where the file should go). Nothing is left behind.

    Attributes:
        path: the target path (text).
        reason: the operating system's reason (``strerror``), or the exception's class name.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"The file could not be saved as {path}: {reason}.")
        self.path = path
        self.reason = reason


class PortalMoved(TransportError):
    """The portal answered 3xx (api-spec.md §1.1: a renamed cloud portal answers 302 to its new domain).

    A move over HTTPS from one Bitrix24 cloud domain to another is followed by the transport itself
    (see :func:`~desktop_app.bitrix.transport.is_cloud_move`); this is raised when the redirect
    points to the same host or loops (an expired licence page, for instance).
    """


class PortalMoveUnconfirmed(PortalMoved):
    """The portal answered a redirect to a host that is not trusted automatically (not a Bitrix24
    cloud → Bitrix24 cloud move over HTTPS, e.g. another domain, a captive portal, or https → http).

    Nothing — no request, no body, no webhook code — has gone to the new host, and the old host did
    not execute the call (``sent`` is False). Every call that meets the same redirect raises this
    again until the user confirms the move with ``BitrixClient.confirm_portal_move(new_base_url)``.

    Attributes:
        old_host: the host the call went to (``acme.bitrix24.com``).
        new_host: the host the redirect names (host[:port]), safe to show.
        new_base_url: ``scheme://host[:port]`` of the redirect target, to pass to ``confirm_portal_move``.
        method: the REST method that was redirected.
    """

    def __init__(self, message: str, *, method: str, old_host: str, new_host: str, new_base_url: str) -> None:
        super().__init__(message, method=method, host=old_host, sent=False)
        self.old_host = old_host
        self.new_host = new_host
        self.new_base_url = new_base_url
