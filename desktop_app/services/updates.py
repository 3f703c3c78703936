"""Is a newer release out? (issue 14 item 6). No Qt; never downloads or installs anything.

The release feed is a URL fixed when a build is made — the build (``packaging/activity-desk.spec``,
from the environment variable ``RELEASE_FEED`` at build time) writes it into the bundled data file
``resources/release.json`` (:data:`BUILD_CONFIG`, ``{"feed": "https://…"}``; found through
:mod:`desktop_app.resource_paths`; absent in a source checkout and a wheel) — or given by the
environment variable ``ACTIVITY_DESK_RELEASE_FEED`` (which wins); with neither, and always in the
sandbox demo, no check is made. The feed is a small JSON object (at most
:data:`MAX_FEED_BYTES`)::

    {"version": "1.4.0", "url": "https://example.com/activity-desk/releases/1.4.0"}

``version`` is a PEP 440 version compared with the running one (``packaging.version``); ``url`` is
the release page the user may open (https, or http on a loopback host). The feed is asked at most
once a day (:data:`CHECK_INTERVAL`, the last time kept as ``updates_checked_at`` in the settings
file). A feed that cannot be reached or read is logged at INFO and otherwise ignored: the check is a
courtesy, never an error the user must handle.
"""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx
from packaging.version import InvalidVersion, Version

import desktop_app
from desktop_app.bitrix.auth import is_loopback_host
from desktop_app.resource_paths import resource_path

from . import settings as settings_file

log = logging.getLogger(__name__)

#: The data file a release build writes beside the other resources: ``{"feed": "<url>"}`` (``""``: none).
BUILD_CONFIG = ("release.json",)
FEED_ENV = "ACTIVITY_DESK_RELEASE_FEED"
#: At most one check per this many seconds.
CHECK_INTERVAL = 24 * 3600
#: A feed bigger than this is not read.
MAX_FEED_BYTES = 64 * 1024
#: Seconds to wait for the feed.
TIMEOUT = 10.0


@dataclass(frozen=True)
class Release:
    """A release newer than the running one: ``version`` (text as in the feed) and ``url`` (its page)."""

    version: str
    url: str


def _usable_url(url: object) -> str | None:
    """``url`` when it is https (or http on a loopback host) with a host; else ``None``."""
    if not isinstance(url, str) or len(url) > 2000:
        return None
    parts = urlsplit(url.strip())
    if not parts.hostname or parts.username or parts.password:
        return None
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname)):
        return url.strip()
    return None


def build_feed() -> str:
    """The feed URL the build wrote into :data:`BUILD_CONFIG`; ``""`` when there is no such file
    (a source checkout, a wheel, a build without ``RELEASE_FEED``). A file that cannot be read or is
    not ``{"feed": "<text>"}`` is logged (naming the file and the rule) and counts as none."""
    path = resource_path(*BUILD_CONFIG)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("release feed of the build not read from %s: %s", path, type(exc).__name__)
        return ""
    feed = data.get("feed") if isinstance(data, dict) else None
    if not isinstance(feed, str):
        log.warning("release feed of the build ignored: %s must be a JSON object with a text 'feed'", path)
        return ""
    return feed.strip()


def feed_url(*, demo: bool = False) -> str | None:
    """The release feed to ask (``ACTIVITY_DESK_RELEASE_FEED``, else the build's :func:`build_feed`),
    or ``None`` (none configured, not https/loopback, or the demo)."""
    if demo:
        return None
    return _usable_url(os.environ.get(FEED_ENV, "").strip() or build_feed())


def parse_feed(content: bytes, current: str = desktop_app.__version__) -> Release | None:
    """The release the feed announces when it is newer than ``current``; ``None`` when it is not.

    Raises:
        ValueError: the feed is not the JSON object described above (names the field at fault).
    """
    try:
        data = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ValueError("release feed: not UTF-8 JSON") from None
    if not isinstance(data, dict):
        raise ValueError("release feed: not a JSON object")
    version, url = data.get("version"), _usable_url(data.get("url"))
    if not isinstance(version, str) or len(version) > 64:
        raise ValueError("release feed: 'version' must be a version text")
    if url is None:
        raise ValueError("release feed: 'url' must be an https address")
    try:
        newer = Version(version) > Version(current)
    except InvalidVersion:
        raise ValueError("release feed: 'version' is not a PEP 440 version") from None
    return Release(version, url) if newer else None


def check_due(now: float | None = None) -> bool:
    """Whether a day has passed since the last check (UTC seconds ``now``, default the real time)."""
    last = settings_file.load().updates_checked_at
    now = time.time() if now is None else now
    return last is None or not (0 <= now - last < CHECK_INTERVAL)


async def check(feed: str, *, current: str = desktop_app.__version__, transport: httpx.AsyncBaseTransport | None = None,
                now: float | None = None) -> Release | None:
    """Ask ``feed`` once (GET, no redirects, :data:`TIMEOUT`) and remember when; the newer release,
    or ``None`` (not newer, or the feed could not be read — logged at INFO)."""
    stamp = time.time() if now is None else now
    try:
        settings_file.save(settings_file.load().model_copy(update={"updates_checked_at": stamp}))
    except (OSError, ValueError) as exc:
        log.info("last update check time not saved: %s", exc)
    try:
        async with (httpx.AsyncClient(transport=transport, timeout=TIMEOUT, follow_redirects=False) as client,
                    client.stream("GET", feed, headers={"Accept": "application/json"}) as reply):
            if reply.status_code != 200:
                log.info("release feed answered HTTP %s", reply.status_code)
                return None
            declared = reply.headers.get("content-length", "")
            body = b""
            if not (declared.isdigit() and int(declared) > MAX_FEED_BYTES):
                chunks = reply.aiter_bytes()
                try:
                    async for chunk in chunks:
                        body += chunk
                        if len(body) > MAX_FEED_BYTES:
                            break
                finally:
                    await chunks.aclose()
            if len(body) > MAX_FEED_BYTES or (declared.isdigit() and int(declared) > MAX_FEED_BYTES):
                log.info("release feed larger than %s bytes; ignored", MAX_FEED_BYTES)
                return None
        return parse_feed(body, current)
    except httpx.HTTPError as exc:
        log.info("release feed not reachable: %s", type(exc).__name__)
    except ValueError as exc:
        log.info("%s", exc)
    return None


async def check_if_due(*, demo: bool, current: str = desktop_app.__version__, now: float | None = None,
                       transport: httpx.AsyncBaseTransport | None = None) -> Release | None:
    """:func:`check` the configured feed when there is one, it is not the demo, and a day has passed."""
    feed = feed_url(demo=demo)
    if feed is None or not check_due(now):
        return None
    return await check(feed, current=current, transport=transport, now=now)
