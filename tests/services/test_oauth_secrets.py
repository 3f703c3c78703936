"""An application connection's secrets in the real Secret Service: the client secret and the token set
round-trip per portal and client id, a renewed set replaces the old one, nothing else holds them, and a
damaged entry means "connect again" (None), never an exception."""

from __future__ import annotations

import secrets as token_source
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from secret_service import secret_service_store

from desktop_app.bitrix.oauth import OAuthTokens
from desktop_app.services.secrets import SecretStore

NOW = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


@pytest.fixture
def store() -> Iterator[SecretStore]:
    yield from secret_service_store()


def _tokens(tag: str) -> OAuthTokens:
    return OAuthTokens(access_token=f"access-{tag}-{token_source.token_hex(8)}",
                       refresh_token=f"refresh-{tag}-{token_source.token_hex(8)}", expires_at=NOW + timedelta(hours=1),
                       scope=frozenset({"crm", "user"}), member_id="m-1", domain="oauth.bitrix.info",
                       client_endpoint="https://acme.bitrix24.com/rest/", user_id=7, status="L")


def test_client_secret_and_tokens_round_trip_per_portal_and_client(store: SecretStore) -> None:
    host = f"it-{token_source.token_hex(4)}.bitrix24.com"
    secret = token_source.token_hex(16)
    store.store_client_secret(host, "local.app1", secret)
    first, renewed = _tokens("one"), _tokens("two")
    store.store_tokens(host, "local.app1", first)
    store.store_tokens(host, "local.app1", renewed)  # a refresh replaces the set
    try:
        assert store.load_client_secret(host, "local.app1") == secret
        assert store.load_tokens(host, "local.app1") == renewed
        assert store.load_tokens(host, "local.app2") is None and store.load_client_secret("other.test", "local.app1") is None
        assert store.load_webhook_code(host, 7) is None  # a separate entry kind
    finally:
        store.delete_application(host, "local.app1")
    assert store.load_tokens(host, "local.app1") is None and store.load_client_secret(host, "local.app1") is None
    store.delete_application(host, "local.app1")  # twice: nothing to delete is fine


def test_damaged_details_mean_connect_again(store: SecretStore) -> None:
    host = f"it-{token_source.token_hex(4)}.bitrix24.com"
    store.store_tokens(host, "local.app1", _tokens("x"))
    try:
        store._backend.set_password(SecretStore.SERVICE, f"oauth-meta:local.app1@{host}", "{not json")
        assert store.load_tokens(host, "local.app1") is None
    finally:
        store.delete_application(host, "local.app1")


@pytest.mark.parametrize(("client_id", "host"), [("", "a.test"), ("has space", "a.test"), ("local.app", ""),
                                                 ("local.app", "a.test/path"), ("x" * 129, "a.test")])
def test_bad_keys_are_refused_before_the_keyring_is_asked(client_id: str, host: str) -> None:
    from keyring.backends import fail

    with pytest.raises(ValueError):
        SecretStore(backend=fail.Keyring()).store_client_secret(host, client_id, "secret-value")
