"""Webhook URLs as users paste them."""

from __future__ import annotations

import pytest

from desktop_app.bitrix import InvalidWebhookUrl, Webhook


@pytest.mark.parametrize(
    "url",
    [
        "https://acme.bitrix24.com/rest/1/abc123xyz/",
        "https://acme.bitrix24.com/rest/1/abc123xyz",
        "  https://acme.bitrix24.com/rest/1/abc123xyz/profile  ",
        "https://acme.bitrix24.com/rest/1/abc123xyz/crm.deal.list.json",
    ],
)
def test_accepted_forms(url: str) -> None:
    webhook = Webhook.parse(url)
    assert webhook.base_url == "https://acme.bitrix24.com"
    assert webhook.user_id == 1
    assert webhook.method_url("user.current") == "https://acme.bitrix24.com/rest/1/abc123xyz/user.current"


def test_plain_http_only_on_loopback() -> None:
    assert Webhook.parse("http://127.0.0.1:8765/rest/1/demo123/").base_url == "http://127.0.0.1:8765"
    with pytest.raises(InvalidWebhookUrl, match="https"):
        Webhook.parse("http://acme.bitrix24.com/rest/1/abc123xyz/")


@pytest.mark.parametrize(
    ("url", "part"),
    [
        ("", "empty"),
        ("acme.bitrix24.com/rest/1/abc123xyz/", "https://"),
        ("ftp://acme.bitrix24.com/rest/1/abc123xyz/", "scheme"),
        ("https:///rest/1/abc123xyz/", "host"),
        ("https://acme.bitrix24.com/crm/deal/1/", "path"),
        ("https://acme.bitrix24.com/rest/abc/abc123xyz/", "user id"),
        ("https://acme.bitrix24.com/rest/1/a!/", "code"),
    ],
)
def test_malformed_urls_name_the_wrong_part(url: str, part: str) -> None:
    with pytest.raises(InvalidWebhookUrl) as info:
        Webhook.parse(url)
    assert part in info.value.reason


def test_the_code_never_shows() -> None:
    webhook = Webhook.parse("https://acme.bitrix24.com/rest/1/topsecret99/")
    assert "topsecret99" not in repr(webhook)
    assert "topsecret99" not in webhook.redacted_url()
    with pytest.raises(InvalidWebhookUrl) as info:
        Webhook.parse("https://acme.bitrix24.com/rest/0/topsecret99/")
    assert "topsecret99" not in str(info.value)
