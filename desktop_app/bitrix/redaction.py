"""Secrets out of every log line: one :class:`logging.Filter` that masks what a record would print.

What is masked (each replaced by :data:`MASK`, ``••••``), in the formatted message (``msg % args``),
the exception and stack text, and string ``extra`` fields, whatever library logged the record:

- the webhook code in a REST path: ``/rest/<user id>/<code>/`` → ``/rest/<user id>/••••/``
  (api-spec.md §1.1; also percent-encoded slashes and a path cut after the code);
- ``auth=<token>`` and ``auth[…]=<token>`` in a query string or form body, and ``access_token``,
  ``refresh_token``, ``client_secret``, ``application_token`` as query/form parameters or as JSON /
  Python-dict keys (``"access_token": "…"``), and ``Authorization: Bearer <token>``;
- an OAuth authorization code in a URL's query (``?code=…`` / ``&code=…``, api-spec.md §1.3);
- every string registered with :func:`register_secret` (the session registers the webhook code of
  every :class:`~desktop_app.bitrix.auth.Webhook` it parses), wherever it appears.

Installing (:func:`install`, called by the app's logging set-up): the filter is added to every
handler of the root logger **and** wrapped around the log-record factory
(:func:`logging.setLogRecordFactory`), so every record is masked when it is created — including
records of loggers that do not propagate and records that reach a handler added later (a file
handler, pytest's capture). A filter on the root *logger* alone would not do: Python consults a
logger's filters only for records logged on that very logger, not for records propagated from
``httpx``, ``qasync`` or ``desktop_app.*``.

The filter never raises: a record it cannot format is replaced by a fixed text naming its logger.
No Qt here.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from typing import Any

__all__ = ["MASK", "SecretsFilter", "install", "redact", "register_secret", "registered_secret_count"]

#: What a secret is replaced with.
MASK = "••••"
#: Shorter strings are not registered: masking them would mangle ordinary words (webhook codes
#: are 4–64 characters, api-spec.md §1.1).
MIN_SECRET_LENGTH = 4

#: Characters that end a path segment or a parameter value in URLs, bodies, JSON and reprs.
_STOP = r"""/?#&\s"'<>,;()\[\]{}"""
# /rest/<user id>/<code> — "/" may be percent-encoded; the code runs to the next separator.
_WEBHOOK_PATH = re.compile(r"(?i)((?:/|%2F)rest(?:/|%2F)\d+(?:/|%2F))((?:(?!%2F)[^" + _STOP + r"])+)")
_TOKEN_KEYS = r"(?:auth|access_token|refresh_token|client_secret|application_token)"
# key=value (query string, form body); the key may be bracketed, plain or percent-encoded:
# auth=…, auth[access_token]=…, auth%5Baccess_token%5D=…
_QUERY_TOKEN = re.compile(
    r"(?i)((?:(?<=\[)|(?<=%5B)|(?<![A-Za-z0-9_%]))" + _TOKEN_KEYS
    + r"(?:\[[^\]=&\s]*\]|%5B(?:(?!%5D)[^=&\s])*%5D)?(?:\]|%5D)?=)([^&\s\"'#<>,;)\]}]+)")
# "key": "value" / 'key': 'value' (JSON, a dict's repr), also with escaped quotes (JSON in a string)
_JSON_TOKEN = re.compile(r"""(?i)(\\?["']""" + _TOKEN_KEYS + r"""\\?["']\s*:\s*\\?["'])([^"'\\]+)""")
_BEARER = re.compile(r"(?i)(\bBearer\s+)([A-Za-z0-9._~+/=-]+)")
# ?code=… / &code=… (also percent-encoded separators): the authorization code of a redirect URI
_QUERY_CODE = re.compile(r"(?i)((?:[?&]|%3F|%26)code(?:=|%3D))([^&\s\"'#<>,;)\]}%]+)")

_lock = threading.Lock()
_secrets: set[str] = set()
_secret_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    """Mask ``value`` wherever it appears in a log record from now on.

    Empty values, non-strings and strings shorter than :data:`MIN_SECRET_LENGTH` are ignored.
    Thread-safe; registering the same value twice is harmless.
    """
    global _secret_pattern
    if not isinstance(value, str) or len(value) < MIN_SECRET_LENGTH or value == MASK:
        return
    with _lock:
        if value in _secrets:
            return
        _secrets.add(value)
        ordered = sorted(_secrets, key=len, reverse=True)  # longest first: no partial leftovers
        _secret_pattern = re.compile("|".join(re.escape(s) for s in ordered))


def registered_secret_count() -> int:
    """How many secrets are registered (for diagnostics; never the secrets themselves)."""
    return len(_secrets)


def redact(text: str) -> str:
    """``text`` with every known secret masked (see the module docstring for what is known)."""
    if not text:
        return text
    pattern = _secret_pattern
    if pattern is not None:
        text = pattern.sub(MASK, text)
    text = _WEBHOOK_PATH.sub(lambda m: m.group(1) + MASK, text)
    text = _QUERY_TOKEN.sub(lambda m: m.group(1) + MASK, text)
    text = _JSON_TOKEN.sub(lambda m: m.group(1) + MASK, text)
    text = _QUERY_CODE.sub(lambda m: m.group(1) + MASK, text)
    return _BEARER.sub(lambda m: m.group(1) + MASK, text)


_FORMATTER = logging.Formatter()
_STANDARD_ATTRIBUTES = frozenset(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


class SecretsFilter(logging.Filter):
    """Masks secrets in a record in place and always lets it through (see the module docstring).

    After filtering, ``record.msg`` is the masked, fully formatted message and ``record.args`` is
    ``None``; an exception is kept only as masked text in ``record.exc_text`` (``record.exc_info``
    becomes ``None``, so no handler can format the original exception, whose arguments may hold a
    URL); ``record.stack_info`` and string ``extra`` attributes are masked. Running it twice on a
    record is harmless.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            _redact_record(record)
        except Exception:  # never let logging fail, never let the unmasked record through
            _replace(record, f"<a {record.levelname} record of {record.name!r} was dropped: it could not be masked>")
        return True


def _redact_record(record: logging.LogRecord) -> None:
    try:
        message = record.getMessage()
    except Exception:  # msg % args failed: keep both, as text, masked
        message = f"{_safe_str(record.msg)} (arguments that did not fit: {_safe_repr(record.args)})"
    record.msg = redact(message)
    record.args = None
    if getattr(record, "message", None) is not None:
        record.message = record.msg
    if record.exc_info:
        if not record.exc_text:
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        record.exc_info = None
    if record.exc_text:
        record.exc_text = redact(record.exc_text)
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    for key, value in list(record.__dict__.items()):
        if key not in _STANDARD_ATTRIBUTES and isinstance(value, str):
            setattr(record, key, redact(value))


def _replace(record: logging.LogRecord, text: str) -> None:
    record.msg, record.args = text, None
    record.exc_info = record.exc_text = record.stack_info = None
    for key, value in list(record.__dict__.items()):
        if key not in _STANDARD_ATTRIBUTES and isinstance(value, str):
            setattr(record, key, "")


def _safe_str(value: Any) -> str:
    try:
        return str(value)
    except Exception:
        return f"<{type(value).__name__}>"


def _safe_repr(value: Any) -> str:
    try:
        return repr(value)
    except Exception:
        return f"<{type(value).__name__}>"


#: The filter :func:`install` uses (one instance for the process).
FILTER = SecretsFilter("activity-desk-secrets")


def install(logger: logging.Logger | None = None) -> SecretsFilter:
    """Mask secrets in every log record of this process (idempotent); return the filter.

    Adds :data:`FILTER` to every handler of ``logger`` (the root logger by default) and wraps the
    current log-record factory so each record is masked as it is created, which also covers
    handlers added later and loggers that do not propagate.
    """
    target = logger or logging.getLogger()
    for handler in target.handlers:
        if FILTER not in handler.filters:
            handler.addFilter(FILTER)
    factory = logging.getLogRecordFactory()
    if not getattr(factory, "_masks_secrets", False):
        logging.setLogRecordFactory(_masking_factory(factory))
    return FILTER


def _masking_factory(inner: Callable[..., logging.LogRecord]) -> Callable[..., logging.LogRecord]:
    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = inner(*args, **kwargs)
        FILTER.filter(record)
        return record

    factory._masks_secrets = True  # type: ignore[attr-defined]
    return factory
