"""Fixtures of the window tests over loopback HTTP."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from desktop_app.sandbox import SandboxPortal


@pytest.fixture
def ticking_portal(fixed_now: datetime) -> Iterator[SandboxPortal]:
    """Demo portal whose clock starts at FIXED_NOW and ticks, so LAST_UPDATED moves on each write."""
    started = time.monotonic()
    portal = SandboxPortal(":memory:", webhook_code="e2etest", webhook_user_id=1, demo_data=True,
                           now=lambda: fixed_now + timedelta(seconds=time.monotonic() - started))
    yield portal
    portal.close()


class UrlCatcher(QObject):
    """Stands in for the browser: the addresses the window asked QDesktopServices to open, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def url_catcher() -> Iterator[UrlCatcher]:
    """http and https addresses the window opens are caught (``url_catcher.urls``) instead of opening a browser."""
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    QDesktopServices.setUrlHandler("http", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("https")
    QDesktopServices.unsetUrlHandler("http")
