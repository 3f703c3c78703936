"""A corrupt store with 40 queued edits neither blocks the start nor loses the edits (issue 10 item 8,
"Done when").

The sandbox portal is served over loopback HTTP from this test process (its database is read back
here); the app runs as the real ``activity-desk`` command in a process of its own, with the portal
saved in its settings file and the webhook code in the real keyring: the Secret Service (GNOME
Keyring) of the test command's private D-Bus session, which the child reaches through the inherited
``DBUS_SESSION_BUS_ADDRESS`` — the same keyring the app uses on a desktop.

1. 40 edits are queued through the change service (as the window queues them) and not sent.
2. Random bytes (seeded) are written over the store file: the header, one page of the outbox, two
   other pages. Which edits are still readable is known from the bytes: those whose row text is
   intact.
3. ``activity-desk --quit-when-ready`` exits 0 and prints ``Ready``; it logged what happened; the
   damaged file is kept next to the fresh store, which holds every readable edit.
4. The outbox processor works through the fresh store until it is empty: every readable edit is
   on the portal, once; the unreadable ones changed nothing.

The window's own words (the banner) are checked in-process with pytest-qt at the end.
"""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from secret_service import secret_service_store

from desktop_app.bitrix import BitrixClient, OwnerType, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.services import settings as settings_file
from desktop_app.services.changes import ChangeService
from desktop_app.services.secrets import SecretStore
from desktop_app.services.session import _open_webhook
from desktop_app.store import EntryState, Store
from desktop_app.store.db import DATA_DIR_ENV, default_store_path
from desktop_app.ui.main_window import MainWindow

pytestmark = [pytest.mark.integration, pytest.mark.timeout(180)]

REPO = Path(__file__).resolve().parents[2]
EDITS = 40
PAGE = 4096
CODE = "corruptstore42"


@pytest.fixture
def secret_service() -> Iterator[SecretStore]:
    """``SecretStore()`` as the app builds it, on the test session's real Secret Service."""
    yield from secret_service_store()


@pytest.fixture
def live_portal() -> Iterator[SandboxPortal]:
    """Demo data on the real clock (the app's reconciliation compares both clocks)."""
    p = SandboxPortal(":memory:", webhook_code=CODE, webhook_user_id=1, demo_data=True)
    yield p
    p.close()


@pytest.fixture
def webhook_url(live_portal: SandboxPortal) -> Iterator[str]:
    with serve_in_thread(live_portal) as url:
        yield url


def _subject(i: int) -> str:
    return f"Recovered edit {i:02d} of issue ten"


async def _queue_edits(url: str, store_path: Path) -> dict[int, str]:
    """Queue one subject change on each of 40 open non-todo activities, as the window does (through
    :class:`ChangeService`, not sent). Returns ``{activity id: new subject}``."""
    client = BitrixClient.for_webhook(Webhook.parse(url))
    try:
        activities = []
        async for page in client.iter_activity_pages(order={"ID": "ASC"}):
            activities += [a for a in page.items if a.provider_id != "CRM_TODO" and not a.completed]
            if len(activities) >= EDITS:
                break
        assert len(activities) >= EDITS, "the demo portal has 40 open activities"
        with Store.open(store_path) as store:
            changes = ChangeService(client, store)
            return {changes.update_activity(a, {"SUBJECT": _subject(i)}).activity_id: _subject(i)
                    for i, a in enumerate(activities[:EDITS])}
    finally:
        await client.aclose()


async def _drain(url: str, store_path: Path) -> None:
    client = BitrixClient.for_webhook(Webhook.parse(url), rate_plan=None)
    try:
        with Store.open(store_path) as store:
            await ChangeService(client, store).processor.drain()
    finally:
        await client.aclose()


def _damage(path: Path, seed: int) -> bytes:
    """Random bytes over the header, over the page holding edit 20 and over two other pages."""
    data = bytearray(path.read_bytes())
    rng = random.Random(seed)
    data[:100] = rng.randbytes(100)
    victims = {bytes(data).index(_subject(20).encode()) // PAGE, *rng.sample(range(1, len(data) // PAGE), 2)}
    for page in victims:
        data[page * PAGE:(page + 1) * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))
    return bytes(data)


def _child_env(data: Path, config: Path) -> dict[str, str]:
    """The test's environment (its D-Bus session: the Secret Service) with the app's folders under the test."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", DATA_DIR_ENV: str(data),
           settings_file.CONFIG_DIR_ENV: str(config), "PYTHONUNBUFFERED": "1",
           "PYTHONPATH": os.pathsep.join(p for p in (str(REPO), os.environ.get("PYTHONPATH", "")) if p)}
    env.pop("PYTHON_KEYRING_BACKEND", None)  # the keyring the app picks by itself
    return env


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX paths and signals in the child")
def test_corrupt_store_with_40_queued_edits_starts_and_every_readable_edit_reaches_the_portal(
        live_portal: SandboxPortal, webhook_url: str, secret_service: SecretStore, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data, config = tmp_path / "data", tmp_path / "config"
    monkeypatch.setenv(DATA_DIR_ENV, str(data))
    monkeypatch.setenv(settings_file.CONFIG_DIR_ENV, str(config))
    webhook = Webhook.parse(webhook_url)
    # The saved portal, as "Connect" leaves it: address and user in settings, the code in the keyring.
    settings_file.save(settings_file.Settings(portal_url=webhook.base_url, user_id=webhook.user_id))
    secret_service.store_webhook_code(webhook.host, webhook.user_id, webhook.code)
    try:
        _corrupt_store_scenario(live_portal, webhook_url, data, config)
    finally:
        secret_service.delete_webhook_code(webhook.host, webhook.user_id)


def _corrupt_store_scenario(live_portal: SandboxPortal, webhook_url: str, data: Path, config: Path) -> None:
    webhook = Webhook.parse(webhook_url)
    store_path = default_store_path(webhook.host, webhook.user_id)

    edits = asyncio.run(_queue_edits(webhook_url, store_path))
    before = {aid: live_portal.db.activity(aid)["subject"] for aid in edits}
    damaged = _damage(store_path, seed=10)
    readable = {aid: s for aid, s in edits.items() if s.encode() in damaged}
    assert EDITS // 2 < len(readable) < EDITS  # the damage cost some edits, most survive

    env = _child_env(data, config)
    started = subprocess.run([sys.executable, "-m", "desktop_app", "--quit-when-ready"], cwd=REPO, env=env,
                             capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr[-4000:]
    assert started.stdout.splitlines()[-1] == "Ready"
    assert "Traceback" not in started.stderr
    assert "was damaged" in started.stderr and f"{len(readable)} queued change(s) put back" in started.stderr
    [aside] = [p for p in data.iterdir() if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert aside.read_bytes() == damaged  # kept as it was, next to the fresh store
    assert aside.name in started.stderr
    with Store.open(store_path) as fresh:  # the fresh store holds every readable edit (some maybe sent already)
        assert fresh.recovery is None
        held = {e.activity_id: e.params["fields"]["SUBJECT"] for e in fresh.outbox.all_entries()}
    assert held == readable

    # The outbox of the fresh store is worked through (the processor the app runs; no client-side
    # rate limit, which would only stretch 40 sends to half a minute here).
    asyncio.run(_drain(webhook_url, store_path))

    for aid in edits:
        subject = live_portal.db.activity(aid)["subject"]
        assert subject == readable.get(aid, before[aid]), f"activity {aid}"
    with Store.open(store_path) as fresh:
        entries = fresh.outbox.all_entries()
    assert {e.activity_id for e in entries} == set(readable)
    assert all(e.state is EntryState.DONE for e in entries)


def test_the_window_says_what_happened(qtbot, arun, qloop, live_portal: SandboxPortal, webhook_url: str,  # noqa: ARG001
                                       tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The banner names the moved file and the number of recovered changes — in words, no traceback."""
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    webhook = Webhook.parse(webhook_url)
    store_path = default_store_path(webhook.host, webhook.user_id)
    arun(_queue_edits(webhook_url, store_path))
    _damage(store_path, seed=11)

    session = arun(_open_webhook(webhook, None))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    try:
        with qtbot.waitSignal(win.timeline.loaded, timeout=15000):
            win.set_session(session, OwnerType.DEAL)
        report = session.store.recovery
        assert report is not None and report.requeued > EDITS // 2
        text = win.banner.text()
        assert win.banner.isVisible() and win.banner.level == "warning"
        assert "The local database was damaged" in text and str(report.moved_to) in text
        assert f"{report.requeued} change(s) still waiting for the portal were recovered" in text
        assert not any(word in text for word in ("Traceback", "DatabaseError", "malformed", "quick_check"))
    finally:
        arun(win.tasks.cancel_all())
        # A cancelled OutboxProcessor.run leaves the sends it started running: let them finish before
        # the store closes under them.
        processor, outbox = session.changes.processor, session.store.outbox
        qtbot.waitUntil(lambda: not any(processor.is_in_flight(e.id) for e in outbox.all_entries()), timeout=15000)
        arun(session.aclose())


def test_a_settings_file_that_is_not_json_is_moved_aside_and_told(qtbot, arun, qloop, tmp_path: Path,  # noqa: ARG001
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    """The start (``desktop_app.app._run``, no demo) moves a settings file that is not JSON aside,
    says so in the window, and goes on without a saved portal (``--quit-when-ready``: exit 1 at once)."""
    from desktop_app.app import _run, parse_args

    config = tmp_path / "config"
    monkeypatch.setenv(settings_file.CONFIG_DIR_ENV, str(config))
    config.mkdir()
    (config / "settings.json").write_bytes(b'{"portal_url": "https://acme.bitrix24.com", "user_id": 1,')
    win = MainWindow()
    qtbot.addWidget(win)

    code = arun(_run(None, win, parse_args(["--quit-when-ready"])))

    [aside] = list(config.glob("settings.json.corrupt-*"))
    assert aside.read_bytes().startswith(b'{"portal_url"')  # kept as it was
    assert not (config / "settings.json").exists()
    text = win.banner.text()
    assert win.banner.isVisible() and "settings file could not be read" in text and str(aside) in text
    assert code == 1 and "no portal could be opened" in capsys.readouterr().err
