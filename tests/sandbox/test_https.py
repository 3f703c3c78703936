"""The sandbox portal over HTTPS (``serve --ssl-certfile F --ssl-keyfile F``, ``serve_in_thread(..., ssl_*)``),
with a throwaway CA from ``trustme`` that the client trusts explicitly."""

from __future__ import annotations

import re
import ssl
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme
from sandbox_server import start_sandbox_server

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread

from .helpers import NOW


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def cert_files(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("tls")
    cert = ca.issue_cert("127.0.0.1", "localhost")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(b"".join(blob.bytes() for blob in cert.cert_chain_pems))
    cert.private_key_pem.write_to_path(str(key_path))
    return str(cert_path), str(key_path)


@pytest.fixture(scope="module")
def trusting(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


@pytest.fixture
def portal() -> Iterator[SandboxPortal]:
    with SandboxPortal(now=lambda: NOW) as portal:
        yield portal


@pytest.mark.integration
def test_serve_over_https_prints_an_https_url_and_answers(cert_files, trusting) -> None:
    cert, key = cert_files
    with start_sandbox_server("--ssl-certfile", cert, "--ssl-keyfile", key) as url:
        assert re.fullmatch(r"https://127\.0\.0\.1:\d+/rest/1/sandbox-test/", url)
        with httpx.Client(verify=trusting, timeout=10) as http:
            reply = http.post(url + "user.current", json={})
            assert reply.status_code == 200 and reply.json()["result"]["NAME"] == "Alex"
        with httpx.Client(timeout=10) as untrusting, pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY"):
            untrusting.post(url + "user.current", json={})
        with httpx.Client(timeout=10) as plain, pytest.raises(httpx.HTTPError):
            plain.post(url.replace("https://", "http://") + "user.current", json={})


def test_serve_refuses_a_certificate_without_its_key(cert_files) -> None:
    done = subprocess.run([sys.executable, "-m", "desktop_app.sandbox", "serve", "--webhook-code", "x",
                           "--ssl-certfile", cert_files[0]], capture_output=True, text=True, timeout=60, check=False,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 2
    assert "--ssl-certfile and --ssl-keyfile go together" in done.stderr


async def test_the_client_talks_to_a_threaded_https_portal(portal, cert_files, trusting) -> None:
    cert, key = cert_files
    with serve_in_thread(portal, ssl_certfile=cert, ssl_keyfile=key) as url:
        assert re.fullmatch(r"https://127\.0\.0\.1:\d+/rest/1/demo/", url)
        transport = httpx.AsyncHTTPTransport(verify=trusting)
        async with BitrixClient.for_webhook(Webhook.parse(url), transport=transport) as client:
            me = await client.call("user.current")
            reply = await client.call("batch", {"cmd": {"deal": "crm.activity.list?filter[OWNER_TYPE_ID]=2"
                                                                "&filter[OWNER_ID]=1&select[]=ID"}})
        assert me.result["ID"] == "1"
        assert reply.result["result_total"] == {"deal": 75}
