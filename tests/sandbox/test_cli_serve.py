"""The ``serve`` CLI as a real process over loopback HTTP."""

from __future__ import annotations

import re

import httpx
import pytest
from sandbox_server import start_sandbox_server


@pytest.mark.integration
def test_serve_prints_the_webhook_url_and_answers_over_http() -> None:
    with start_sandbox_server("--webhook-code", "x1y2z3") as url:
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/rest/1/x1y2z3/", url)
        assert not url.endswith(":0/rest/1/x1y2z3/")
        response = httpx.post(url + "user.current", json={}, timeout=10)
        assert response.status_code == 200
        assert response.json()["result"]["NAME"] == "Alex"
        assert httpx.get(url.replace("x1y2z3", "wrong") + "user.current", timeout=10).status_code == 401
