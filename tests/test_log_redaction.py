"""No log line carries a secret: webhook codes, ``auth=`` values and OAuth tokens are masked in every
record, from every library, in the message, its arguments, exceptions and stacks (issue 10, item 2)."""

from __future__ import annotations

import io
import json
import logging
import string
import uuid
from collections.abc import Iterator
from urllib.parse import urlencode

import httpx
import pytest
from debug_log import masked_debug_log, stream_handler
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import Webhook, redaction
from desktop_app.bitrix.redaction import MASK, SecretsFilter

#: Webhook codes as Bitrix24 issues them (api-spec.md §1.1).
CODES = st.from_regex(r"[A-Za-z0-9_-]{4,64}", fullmatch=True)
TOKENS = st.text(alphabet=string.ascii_letters + string.digits + "._~-", min_size=4, max_size=80)


class Capture:
    """The root logger's output (as the app formats it) while the filter is installed."""

    def __init__(self) -> None:
        self.handler = stream_handler()
        self.stream = self.handler.stream

    def text(self) -> str:
        self.handler.flush()
        return self.stream.getvalue()

    def clear(self) -> None:
        self.stream.seek(0)
        self.stream.truncate()


@pytest.fixture
def captured() -> Iterator[Capture]:
    """A root handler with the filter installed the app's way; logging put back afterwards."""
    capture = Capture()
    with masked_debug_log(capture.handler):
        yield capture


def _logger(name: str = "httpx") -> logging.Logger:
    logger = logging.getLogger(name)
    logger.setLevel(logging.DEBUG)
    return logger


def test_webhook_url_in_message_arguments_exception_and_extra_is_masked(captured: Capture) -> None:
    code = "k3Qz9xWebhookC0de"
    url = f"https://acme.bitrix24.com/rest/7/{code}/crm.activity.list"
    log = _logger("desktop_app.bitrix.transport")
    log.debug("POST %s -> %d", url, 200)
    log.info("request %(url)s", {"url": url})
    log.warning("body", extra={"detail": f"see {url}"})
    try:
        try:
            raise OSError(f"connection reset by {url}")
        except OSError as exc:
            raise RuntimeError(f"call failed: {url!r}") from exc
    except RuntimeError:
        log.exception("while calling %s", url)
    log.error("where", stack_info=True)

    out = captured.text()
    assert code not in out
    assert "https://acme.bitrix24.com/rest/7/••••/crm.activity.list" in out
    assert "OSError: connection reset by https://acme.bitrix24.com/rest/7/••••/crm.activity.list" in out
    assert "Traceback (most recent call last)" in out and "Stack (most recent call last)" in out


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("GET /rest/crm.activity.list?auth=TOKEN1234&start=50", "GET /rest/crm.activity.list?auth=••••&start=50"),
        ("auth[access_token]=TOKEN1234&auth[refresh_token]=TOKEN5678&auth[domain]=x.bitrix24.com",
         "auth[access_token]=••••&auth[refresh_token]=••••&auth[domain]=••••"),
        ("event=ONCRMACTIVITYADD&auth%5Bapplication_token%5D=TOKEN1234", "event=ONCRMACTIVITYADD&auth%5Bapplication_token%5D=••••"),
        ('{"access_token": "TOKEN1234", "refresh_token":"TOKEN5678", "expires": 3600}',
         '{"access_token": "••••", "refresh_token":"••••", "expires": 3600}'),
        ("{'client_secret': 'TOKEN1234', 'grant_type': 'refresh_token'}", "{'client_secret': '••••', 'grant_type': 'refresh_token'}"),
        ("grant_type=refresh_token&client_secret=TOKEN1234&refresh_token=TOKEN5678",
         "grant_type=refresh_token&client_secret=••••&refresh_token=••••"),
        ("Authorization: Bearer TOKEN1234", "Authorization: Bearer ••••"),
        ("url=https%3A%2F%2Fa.bitrix24.de%2Frest%2F1%2FTOKEN1234%2Fprofile", "url=https%3A%2F%2Fa.bitrix24.de%2Frest%2F1%2F••••%2Fprofile"),
        ("oauth=kept&author=kept", "oauth=kept&author=kept"),
    ],
)
def test_tokens_in_queries_bodies_and_headers_are_masked(captured: Capture, text: str, masked: str) -> None:
    _logger("qasync").debug("%s", text)
    assert captured.text() == f"DEBUG qasync: {masked}\n"


def test_a_registered_secret_is_masked_wherever_it_stands(captured: Capture) -> None:
    webhook = Webhook.parse("https://acme.bitrix24.com/rest/3/Reg1steredC0de/")  # registers its code
    log = _logger("somelib")
    log.info("code=%s; glued%sglued; %r", webhook.code, webhook.code, [webhook.code.encode()])
    out = captured.text()
    assert webhook.code not in out
    assert out.count(MASK) == 3
    assert "Reg1steredC0de" not in repr(webhook)


def test_odd_records_neither_crash_nor_leak(captured: Capture, capsys: pytest.CaptureFixture[str]) -> None:
    code = "0ddRec0rdC0de"
    url = f"http://127.0.0.1:8765/rest/1/{code}/"

    class Unprintable:
        def __str__(self) -> str:
            raise ValueError(url)

        __repr__ = __str__

    log = _logger("odd")
    log.info("two %s %s", url)  # too few arguments: logging would print them to stderr
    log.info(Unprintable())
    log.info("%s", Unprintable())
    log.info(None)
    log.error("not in an exception", exc_info=True)
    log.info("%(missing)s", {"url": url})

    out = captured.text()
    assert code not in out
    assert "Logging error" not in capsys.readouterr().err
    assert out.count("\n") >= 6


def test_handlers_added_later_and_loggers_that_do_not_propagate_are_covered(captured: Capture) -> None:
    code = "LaterHandl3rC0de"
    late = io.StringIO()
    logger = _logger(f"isolated.{uuid.uuid4().hex}")
    logger.propagate = False
    handler = logging.StreamHandler(late)
    logger.addHandler(handler)
    try:
        logger.warning("POST https://acme.bitrix24.com/rest/1/%s/batch", code)
    finally:
        logger.removeHandler(handler)
    assert late.getvalue() == "POST https://acme.bitrix24.com/rest/1/••••/batch\n"
    assert redaction.FILTER in captured.handler.filters


def test_httpx_and_httpcore_debug_logging_over_loopback_is_masked(captured: Capture, sandbox_url: str) -> None:
    """Even with httpx and httpcore at DEBUG (the app pins them to WARNING), no request line leaks."""
    code = sandbox_url.rstrip("/").rsplit("/", 1)[1]
    for name in ("httpx", "httpcore"):
        _logger(name)
    try:
        with httpx.Client() as client:
            reply = client.post(f"{sandbox_url}user.current", json={})
            client.get(f"{sandbox_url}profile?{urlencode({'auth': 'AuThT0ken99'})}")
    finally:
        for name in ("httpx", "httpcore"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    assert reply.status_code == 200
    out = captured.text()
    assert "INFO httpx: HTTP Request: POST http://127.0.0.1:" in out
    assert "/rest/1/••••/user.current" in out
    assert "DEBUG httpcore." in out
    assert code not in out and "AuThT0ken99" not in out


# -- properties -------------------------------------------------------------------------------------

_SHAPES = [
    "https://portal.bitrix24.com/rest/{uid}/{code}/crm.activity.list",
    "http://127.0.0.1:8765/rest/{uid}/{code}",
    "/rest/{uid}/{code}/batch.json?halt=0",
    "https%3A%2F%2Fportal.bitrix24.com%2Frest%2F{uid}%2F{code}%2Fprofile",
    "https://portal.bitrix24.com/rest/user.current?auth={code}&x=1",
    "auth[access_token]={code}&auth[expires_in]=3600",
    '{{"refresh_token": "{code}"}}',
    "{{'access_token': '{code}'}}",
    "client_secret={code}",
    "Authorization: Bearer {code}",
]


def _render(record_args: tuple[str, object, str, str]) -> str:
    capture = Capture()
    capture.handler.addFilter(SecretsFilter())
    log = logging.getLogger("hypothesis.redaction")
    log.handlers[:] = [capture.handler]
    log.propagate = False
    log.setLevel(logging.DEBUG)
    template, argument, exc_text, shaped = record_args
    try:
        raise ValueError(exc_text)
    except ValueError:
        log.error(template, argument, shaped, exc_info=True)
    return capture.text()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(code=st.one_of(CODES, TOKENS), uid=st.integers(1, 10**6), shape=st.sampled_from(_SHAPES),
       where=st.sampled_from(["argument", "exception", "dict", "bytes"]), prefix=st.text(max_size=20))
def test_property_unregistered_codes_in_known_places_never_survive(
    code: str, uid: int, shape: str, where: str, prefix: str
) -> None:
    shaped = prefix + " " + shape.format(uid=uid, code=code)
    masked_form = prefix + " " + shape.format(uid=uid, code=MASK)
    argument: object = {"url": shaped} if where == "dict" else shaped.encode() if where == "bytes" else shaped
    exc_text = shaped if where == "exception" else "no secret"
    out = _render(("calling %s (%s)", argument, exc_text, masked_form))
    # Skip codes that are simply part of the surrounding text (e.g. "list" in crm.activity.list).
    expected = _render(("calling %s (%s)", masked_form if where in ("argument", "dict", "bytes") else "x",
                        masked_form if where == "exception" else "no secret", masked_form))
    assume(code not in expected and code not in prefix)
    assert code not in out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=st.text(min_size=4, max_size=40).filter(lambda s: s.strip() == s and "•" not in s),
       before=st.text(max_size=15), after=st.text(max_size=15))
def test_property_registered_secrets_never_survive(secret: str, before: str, after: str) -> None:
    redaction.register_secret(secret)
    placed = before + secret + after
    out = _render(("%s", json.dumps({"v": placed}, ensure_ascii=False), placed, placed))
    baseline = _render(("%s", json.dumps({"v": before + after}, ensure_ascii=False), before + after, before + after))
    assume(secret not in baseline)
    assert secret not in out


def test_the_apps_logging_setup_masks_thread_tracebacks_too(
    captured: Capture, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """``activity-desk``'s set-up routes what Python would print straight to stderr (an exception in a
    worker thread) through the filtered logging."""
    import sys
    import threading

    from desktop_app import app

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(sys, "unraisablehook", sys.unraisablehook)
    monkeypatch.setattr(logging, "_warnings_showwarning", None, raising=False)
    app._setup_logging("DEBUG")
    try:
        code = "Thr3adC0deLeak"

        def fail() -> None:
            raise ConnectionError(f"reset by https://acme.bitrix24.com/rest/1/{code}/profile")

        worker = threading.Thread(target=fail, name="keyring-worker")
        worker.start()
        worker.join()
    finally:
        logging.captureWarnings(False)
        for name in ("httpx", "httpcore"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    out = captured.text()
    assert "uncaught exception in thread keyring-worker" in out
    assert "ConnectionError: reset by https://acme.bitrix24.com/rest/1/••••/profile" in out
    assert code not in out + "".join(capfd.readouterr())
