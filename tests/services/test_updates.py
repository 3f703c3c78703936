"""services/updates against a release feed served over loopback HTTP: a newer version is told, the
same or an older one is not, the feed is asked at most once a day, never in the demo or without a
feed, and a feed that lies (not JSON, a javascript: or plain-http address, a huge body, a redirect)
is ignored without an error. The feed a build sets (``resources/release.json`` in a PyInstaller
bundle, written by packaging/activity-desk.spec from ``RELEASE_FEED``) turns the check on; a bundle
built without one, a damaged file, the source checkout and the demo stay off."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from feed_server import Feed, served

from desktop_app.services import settings as settings_file
from desktop_app.services import updates


@pytest.fixture
def feed(monkeypatch) -> Iterator[tuple[Feed, str]]:  # noqa: ANN001
    f = Feed()
    with served(f) as url:
        monkeypatch.setenv(updates.FEED_ENV, url)
        yield f, url


def _body(version: str, url: str = "https://example.com/releases/x") -> bytes:
    return json.dumps({"version": version, "url": url}).encode()


def test_a_newer_release_is_told_then_not_asked_again_the_same_day(arun, feed) -> None:  # noqa: ANN001
    served_feed, _url = feed
    served_feed.body = _body("9.1.0")
    release = arun(updates.check_if_due(demo=False, current="0.1.0", now=1_000_000))
    assert release == updates.Release("9.1.0", "https://example.com/releases/x")
    assert settings_file.load().updates_checked_at == 1_000_000
    assert arun(updates.check_if_due(demo=False, current="0.1.0", now=1_000_000 + 3600)) is None
    assert served_feed.hits == 1
    assert arun(updates.check_if_due(demo=False, current="0.1.0", now=1_000_000 + 86_401)) is not None
    assert served_feed.hits == 2


@pytest.mark.parametrize("version", ["0.1.0", "0.0.9", "0.1.0rc1"])
def test_the_same_or_an_older_release_is_not_told(arun, feed, version: str) -> None:  # noqa: ANN001
    feed[0].body = _body(version)
    assert arun(updates.check_if_due(demo=False, current="0.1.0")) is None and feed[0].hits == 1


def test_never_in_the_demo_nor_without_a_feed(arun, feed, monkeypatch) -> None:  # noqa: ANN001
    feed[0].body = _body("9.0")
    assert arun(updates.check_if_due(demo=True, current="0.1.0")) is None
    monkeypatch.delenv(updates.FEED_ENV)
    assert updates.build_feed() == "" and updates.feed_url() is None  # a source checkout has no build feed
    assert arun(updates.check_if_due(demo=False, current="0.1.0")) is None
    assert feed[0].hits == 0


@pytest.mark.parametrize("status, body, headers", [
    (200, b"<html>not json</html>", {}),
    (200, _body("9.0", "javascript:alert(1)"), {}),
    (200, _body("9.0", "http://example.com/plain"), {}),
    (200, _body("not a version"), {}),
    (200, b"[" + b" " * (updates.MAX_FEED_BYTES + 10) + b"]", {}),
    (302, b"", {"Location": "https://example.com/elsewhere.json"}),
    (500, _body("9.0"), {}),
])
def test_a_feed_that_lies_is_ignored(arun, feed, status: int, body: bytes, headers: dict) -> None:  # noqa: ANN001
    feed[0].status, feed[0].body, feed[0].headers = status, body, headers
    assert arun(updates.check_if_due(demo=False, current="0.1.0")) is None
    assert feed[0].hits == 1


def test_a_feed_address_must_be_https_or_loopback(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv(updates.FEED_ENV, "http://releases.example.com/feed.json")
    assert updates.feed_url() is None
    monkeypatch.setenv(updates.FEED_ENV, "https://releases.example.com/feed.json")
    assert updates.feed_url() == "https://releases.example.com/feed.json"
    assert updates.feed_url(demo=True) is None


def _bundle(monkeypatch, tmp_path: Path, content: bytes | None) -> None:  # noqa: ANN001
    """Run as a PyInstaller bundle (``sys._MEIPASS``) whose build wrote ``content`` to release.json."""
    resources = tmp_path / "bundle" / "desktop_app" / "resources"
    resources.mkdir(parents=True)
    if content is not None:
        (resources / "release.json").write_bytes(content)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "bundle"), raising=False)


def test_a_bundle_built_with_a_feed_asks_it_and_its_demo_does_not(arun, feed, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    served_feed, url = feed
    monkeypatch.delenv(updates.FEED_ENV)
    _bundle(monkeypatch, tmp_path, json.dumps({"feed": url}).encode())
    served_feed.body = _body("9.2.0")
    assert updates.feed_url() == url and updates.feed_url(demo=True) is None
    assert arun(updates.check_if_due(demo=True, current="0.1.0")) is None and served_feed.hits == 0
    assert arun(updates.check_if_due(demo=False, current="0.1.0")) == updates.Release(
        "9.2.0", "https://example.com/releases/x")
    assert served_feed.hits == 1


def test_the_environment_variable_wins_over_the_build_s_feed(monkeypatch, tmp_path) -> None:  # noqa: ANN001
    _bundle(monkeypatch, tmp_path, b'{"feed": "https://releases.example.com/feed.json"}')
    monkeypatch.setenv(updates.FEED_ENV, "https://mirror.example.org/feed.json")
    assert updates.feed_url() == "https://mirror.example.org/feed.json"


@pytest.mark.parametrize("content", [
    None,  # an older bundle without the file
    b'{"feed": ""}\n',  # built without RELEASE_FEED: off
    b'{"feed": "http://releases.example.com/feed.json"}',  # plain http to a remote host: refused
    b'{"feed": 42}', b'["https://releases.example.com/feed.json"]', b"not json", b"\xff\xfe{}",
])
def test_a_bundle_without_a_usable_feed_makes_no_check(arun, feed, monkeypatch, tmp_path, content) -> None:  # noqa: ANN001
    monkeypatch.delenv(updates.FEED_ENV)
    _bundle(monkeypatch, tmp_path, content)
    assert updates.feed_url() is None
    assert arun(updates.check_if_due(demo=False, current="0.1.0")) is None and feed[0].hits == 0
