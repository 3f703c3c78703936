"""OAuth secrets in log lines at DEBUG, whichever library logs them: token-request form bodies, token
replies, the JSON body of a REST call, a redirect carrying the authorization code (the whole flow over
loopback is checked in tests/integration/test_oauth_loopback.py)."""

from __future__ import annotations

import io
import json
import logging

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import redaction

VALUES = st.from_regex(r"[A-Za-z0-9]{12,64}", fullmatch=True)


@settings(max_examples=40, deadline=None)
@given(access=VALUES, refresh=VALUES, secret=VALUES, code=VALUES)
def test_unregistered_oauth_values_are_masked_by_shape(access: str, refresh: str, secret: str, code: str) -> None:
    lines = [
        f"send_request_body b'grant_type=refresh_token&client_id=local.app&client_secret={secret}&refresh_token={refresh}'",
        json.dumps({"access_token": access, "refresh_token": refresh, "expires_in": 3600}),
        repr({"auth": access, "select": ["ID"]}),
        f"receive_response_headers (b'location', b'http://127.0.0.1:5555/?code={code}&state=s&domain=x')",
        f"HTTP Request: GET http://127.0.0.1:5555/?state=s&code={code} \"HTTP/1.1 200 OK\"",
        f"Authorization: Bearer {access}",
    ]
    masked = redaction.redact("\n".join(lines))
    for value in (access, refresh, secret, code):
        assert value not in masked
    assert "client_id=local.app" in masked and "expires_in" in masked


def test_httpx_and_httpcore_debug_records_are_masked(debug_log: io.StringIO) -> None:
    access, secret = "AccessTok3nValue0001", "ClientS3cretValue0001"
    logging.getLogger("httpcore.http11").debug("send_request_body.started request=%r body=%r", "<Request>",
                                               f"client_secret={secret}&grant_type=refresh_token".encode())
    logging.getLogger("httpx").info("HTTP Request: POST %s", f"http://127.0.0.1/rest/user.current?auth={access}")
    try:
        raise ValueError({"access_token": access})
    except ValueError:
        logging.getLogger("desktop_app.bitrix.oauth").debug("failed", exc_info=True)
    text = debug_log.getvalue()
    assert "send_request_body" in text and "HTTP Request" in text and "Traceback" in text
    assert access not in text and secret not in text
