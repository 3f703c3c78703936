"""Which redirects the client follows by itself (issue 10, item 1; api-spec.md §1.1).

The classification is a pure function (:func:`desktop_app.bitrix.moves.classify_move`); the client's
behaviour on HTTPS cloud hosts is checked with hand-written replies through ``httpx.MockTransport``
(plain http is only allowed for loopback portals; the loopback servers are in
tests/integration/test_hostile_http.py). Every request the mock gets is recorded, so "nothing went
to the new host" is an assertion on what was actually sent.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import BitrixClient, InvalidWebhookUrl, PortalMoved, PortalMoveUnconfirmed, Webhook, outcome_unknown
from desktop_app.bitrix.moves import classify_move, is_cloud_host

CODE = "s3cr3tc0de"
OLD = "https://acme.bitrix24.com"


@pytest.mark.parametrize(("location", "kind", "new_base_url"), [
    ("https://acme-new.bitrix24.com/rest/7/s3cr3tc0de/user.current", "cloud", "https://acme-new.bitrix24.com"),
    ("https://acme.bitrix24.de/rest/7/x/m", "cloud", "https://acme.bitrix24.de"),
    ("https://ACME2.Bitrix24.com.br/", "cloud", "https://acme2.bitrix24.com.br"),
    ("https://acme-new.bitrix24.com:443/", "cloud", "https://acme-new.bitrix24.com"),
    # https → http is never automatic, not even between cloud domains
    ("http://acme-new.bitrix24.com/rest/7/x/m", "unconfirmed", "http://acme-new.bitrix24.com"),
    ("https://evil.example/rest/7/x/m", "unconfirmed", "https://evil.example"),
    ("https://acme.bitrix24.com.evil.example/", "unconfirmed", "https://acme.bitrix24.com.evil.example"),
    ("https://acme.bitrix24.evil/", "unconfirmed", "https://acme.bitrix24.evil"),
    ("https://a.b.bitrix24.com/", "unconfirmed", "https://a.b.bitrix24.com"),
    ("https://acme-new.bitrix24.com:8443/", "unconfirmed", "https://acme-new.bitrix24.com:8443"),
    ("https://user:pw@acme-new.bitrix24.com/", "unconfirmed", "https://acme-new.bitrix24.com"),
    ("https://10.0.0.1/rest/", "unconfirmed", "https://10.0.0.1"),
    ("/auth/?backurl=/rest/", "same_host", ""),
    ("https://acme.bitrix24.com/licence-expired", "same_host", ""),
    ("http://acme.bitrix24.com/", "same_host", ""),
    ("https://acme.bitrix24.com:99999/", "same_host", ""),  # an unparsable port is refused
    ("", "same_host", ""),
])
def test_only_https_moves_between_bitrix24_cloud_domains_are_trusted(location: str, kind: str, new_base_url: str) -> None:
    move = classify_move(OLD, location)
    assert (move.kind, move.new_base_url) == (kind, new_base_url)


def test_a_portal_on_its_own_domain_is_never_moved_automatically() -> None:
    assert classify_move("https://crm.example.com", "https://acme.bitrix24.com/").kind == "unconfirmed"
    assert classify_move("http://127.0.0.1:5000", "http://127.0.0.1:6000/rest").kind == "unconfirmed"
    assert is_cloud_host("acme.bitrix24.com.") and not is_cloud_host("bitrix24.com") and not is_cloud_host("-x.bitrix24.com")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_location_text_is_classified_without_raising(location: str) -> None:
    move = classify_move(OLD, location)
    if move.kind == "cloud":
        assert move.new_base_url.startswith("https://") and is_cloud_host(move.new_host)


class Portals:
    """Hand-written hosts: ``routes[host](request)``; records (host, path, body) of every request."""

    def __init__(self, routes: dict[str, httpx.Response | None]) -> None:
        self.routes = routes
        self.seen: list[tuple[str, str, bytes]] = []

    def handler(self, request: httpx.Request) -> httpx.Response:
        self.seen.append((request.url.host, request.url.path, request.content))
        reply = self.routes.get(request.url.host)
        return reply if reply is not None else httpx.Response(200, json={"result": {"id": 99}, "time": {}})

    def hosts(self) -> list[str]:
        return [host for host, _, _ in self.seen]


def _client(portals: Portals, moved: list[str]) -> BitrixClient:
    return BitrixClient.for_webhook(Webhook(OLD, 7, CODE), transport=httpx.MockTransport(portals.handler),
                                    on_portal_moved=moved.append, rate_plan=None)


async def write(client: BitrixClient) -> int:
    """One ``crm.activity.todo.add`` with a recognisable body (``Call back``)."""
    return await client.add_todo(2, 1, datetime(2026, 12, 1, 15, 0, tzinfo=timezone(timedelta(hours=3))), title="Call back")


def _redirect(location: str) -> httpx.Response:
    return httpx.Response(302, headers={"Location": location})


async def test_a_move_to_a_foreign_host_waits_for_confirmation_then_goes_there() -> None:
    portals = Portals({"acme.bitrix24.com": _redirect(f"https://captive.example/rest/7/{CODE}/crm.activity.todo.add")})
    moved: list[str] = []
    async with _client(portals, moved) as client:
        for _ in range(2):  # every call meets the redirect again; none is followed
            with pytest.raises(PortalMoveUnconfirmed) as info:
                await write(client)
        assert portals.hosts() == ["acme.bitrix24.com", "acme.bitrix24.com"] and moved == []
        error = info.value
        assert (error.old_host, error.new_host, error.new_base_url) == ("acme.bitrix24.com", "captive.example",
                                                                         "https://captive.example")
        assert not outcome_unknown(error) and CODE not in str(error)

        client.confirm_portal_move(error.new_base_url)
        assert moved == ["https://captive.example"] and client.host == "captive.example"
        assert await write(client) == 99
    assert portals.hosts() == ["acme.bitrix24.com", "acme.bitrix24.com", "captive.example"]
    assert b"Call back" in portals.seen[-1][2]


async def test_https_to_http_between_cloud_domains_is_not_followed() -> None:
    portals = Portals({"acme.bitrix24.com": _redirect("http://acme-new.bitrix24.com/rest/7/x/user.current")})
    moved: list[str] = []
    async with _client(portals, moved) as client:
        with pytest.raises(PortalMoveUnconfirmed) as info:
            await client.current_user()
        with pytest.raises(InvalidWebhookUrl):  # and plain http to a public host cannot even be confirmed
            client.confirm_portal_move(info.value.new_base_url)
    assert portals.hosts() == ["acme.bitrix24.com"] and moved == []


async def test_a_cloud_rename_is_followed_once_with_the_body_and_remembered() -> None:
    portals = Portals({"acme.bitrix24.com": _redirect("https://acme-new.bitrix24.com/rest/7/x/crm.activity.todo.add")})
    moved: list[str] = []
    async with _client(portals, moved) as client:
        assert await write(client) == 99
        assert await write(client) == 99
    assert portals.hosts() == ["acme.bitrix24.com", "acme-new.bitrix24.com", "acme-new.bitrix24.com"]
    assert portals.seen[0][2] == portals.seen[1][2] and b"Call back" in portals.seen[1][2]
    assert moved == ["https://acme-new.bitrix24.com"]


async def test_a_redirect_to_the_same_host_or_a_chain_of_moves_stops() -> None:
    same = Portals({"acme.bitrix24.com": _redirect("/auth/")})
    chain = Portals({"acme.bitrix24.com": _redirect("https://b.bitrix24.com/"),
                     "b.bitrix24.com": _redirect("https://c.bitrix24.com/")})
    for portals, hosts in ((same, ["acme.bitrix24.com"]), (chain, ["acme.bitrix24.com", "b.bitrix24.com"])):
        async with _client(portals, []) as client:
            with pytest.raises(PortalMoved) as info:
                await client.current_user()
        assert type(info.value) is PortalMoved and not outcome_unknown(info.value)
        assert portals.hosts() == hosts  # the third host (c) never gets a request
