"""The timeline opens from the local cache at once and stays readable offline (issue 3 item 3a).

The real TimelinePanel on the sandbox portal (in-process transport, which drops connections like the
network does) with a real Store on disk; and the real window over loopback HTTP, whose confirmed
changes keep the cached snapshot current.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.bitrix import BitrixClient, OwnerType, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.sandbox.faults import FaultKind, FaultPlan
from desktop_app.services.cached_timeline import CachedTimelineService
from desktop_app.services.session import _open_webhook
from desktop_app.services.timeline import (
    EntityRef,
    StateFilter,
    TimelineFilter,
    TimelineService,
)
from desktop_app.store.db import Store
from desktop_app.store.file_names import FileNameStore
from desktop_app.store.pins import PinStore
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.tasks import TaskRegistry
from desktop_app.ui.timeline.format import card_date_text, time_text
from desktop_app.ui.timeline.panel import TimelinePanel

pytestmark = [pytest.mark.usefixtures("qloop")]

USER_TZ = ZoneInfo("Europe/Berlin")
USERS = {1: "Portal Administrator", 3: "Olga Ivanova", 5: "Max Weber"}
DEAL_1 = EntityRef(2, 1)
DEAL_2 = EntityRef(2, 2)
WAIT_MS = 15000


class Clock:
    """The session clock, movable by the test (aware datetimes)."""

    def __init__(self, now: datetime) -> None:
        self.value = now

    def __call__(self) -> datetime:
        return self.value


@pytest.fixture
def store(tmp_path) -> Iterator[Store]:
    s = Store.open(tmp_path / "store.sqlite3")
    yield s
    s.close()


@pytest.fixture
def clock(fixed_now: datetime) -> Clock:
    return Clock(fixed_now)


@pytest.fixture
def panel(qtbot, arun, portal, store: Store, clock: Clock) -> Iterator[TimelinePanel]:
    client = BitrixClient.for_webhook(Webhook(base_url="http://sandbox.local", user_id=1, code="demo"),
                                      transport=portal.transport())
    errors: list[BaseException] = []
    tasks = TaskRegistry(errors.append)
    widget = TimelinePanel(tasks)
    qtbot.addWidget(widget)
    widget.resize(720, 900)
    service = TimelineService(client)
    widget.set_service(service, USERS, USER_TZ, clock=clock)
    pins = PinStore.of(store.cache)
    widget.set_cache(CachedTimelineService(service, store.cache, clock=clock), pins, FileNameStore(pins.connection))
    widget.client = client  # for the tests below
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    arun(tasks.cancel_all())
    arun(client.aclose())
    assert not errors


def _events(panel: TimelinePanel) -> list[tuple]:
    """What the user saw at each signal: (signal, rows, status text, ids)."""
    seen: list[tuple] = []
    panel.cacheShown.connect(lambda e: seen.append(("cacheShown", panel.model.rowCount(), panel.status.text(),
                                                    {a.id for a in panel.model.activities()})))
    panel.loaded.connect(lambda e: seen.append(("loaded", panel.model.rowCount(), panel.status.text(),
                                                {a.id for a in panel.model.activities()})))
    panel.load_failed.connect(lambda exc: seen.append(("load_failed", exc)))
    return seen


def _visit(qtbot, panel: TimelinePanel, entity: EntityRef) -> None:
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.show_entity(entity, f"Deal {entity.owner_id}")


def test_a_second_visit_shows_the_cached_cards_before_the_portal_answers(qtbot, arun, panel, store,
                                                                         fixed_now) -> None:
    events = _events(panel)
    _visit(qtbot, panel, DEAL_1)
    assert [e[0] for e in events] == ["loaded"], "nothing cached yet: straight from the portal"
    snapshot = store.cache.load_timeline(DEAL_1)
    assert snapshot is not None and len(snapshot.planned) == 15 and len(snapshot.history) == 50
    assert snapshot.seen_at == fixed_now and snapshot.next_start == 50

    _visit(qtbot, panel, DEAL_2)
    # Meanwhile a colleague plans a todo on deal 1: only the portal's answer can show it.
    new_id = arun(panel.client.add_todo(2, 1, fixed_now + timedelta(days=2), title="Call back about the discount"))

    events.clear()
    _visit(qtbot, panel, DEAL_1)
    (first, rows, status, ids), (second, fresh_rows, fresh_status, fresh_ids) = events
    assert first == "cacheShown" and second == "loaded"
    assert rows == 65 and new_id not in ids, "the cached cards, before any network answer"
    assert status == f"Showing what was seen at {time_text(fixed_now, USER_TZ)}; updating…"
    assert fresh_rows == 66 and new_id in fresh_ids
    assert "scroll for older ones" in fresh_status
    # The fresh load became the snapshot.
    assert new_id in {a.id for a in store.cache.load_timeline(DEAL_1).planned}

    # Older history still comes page by page from the portal, after the first 50.
    assert panel.model.has_more
    panel.model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: panel.model.rowCount() == 76 and not panel.model.has_more, timeout=WAIT_MS)
    assert panel.status.text() == "76 activities."
    assert len({a.id for a in panel.model.activities()}) == 76


def test_offline_the_cached_cards_stay_and_refresh_tries_again(qtbot, panel, portal, clock, fixed_now) -> None:
    _visit(qtbot, panel, DEAL_1)
    shown = {a.id for a in panel.model.activities()}
    events = _events(panel)

    portal.faults.configure(FaultPlan(share=1.0, kinds=(FaultKind.DROP_BEFORE,)))
    offline = f"Offline — showing what was seen at {time_text(fixed_now, USER_TZ)}. Refresh to try again."
    with qtbot.waitSignal(panel.cacheShown, timeout=WAIT_MS):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text() == offline, timeout=WAIT_MS)
    assert {a.id for a in panel.model.activities()} == shown, "the cached cards, not an empty error"
    assert not panel.model.has_more
    assert [e[0] for e in events] == ["cacheShown"], "no error banner, no loaded"

    # Two days later, still offline: the date is given too.
    clock.value = fixed_now + timedelta(days=2)
    with qtbot.waitSignal(panel.cacheShown, timeout=WAIT_MS):
        panel.reload()
    seen = card_date_text(fixed_now, now=clock.value, tz=USER_TZ)
    assert "23" in seen and "November" in seen  # the day, in the locale's order
    qtbot.waitUntil(lambda: panel.status.text().startswith(f"Offline — showing what was seen at {seen}."),
                    timeout=WAIT_MS)
    assert panel.model.rowCount() == 65

    # Back online: Refresh loads from the portal again.
    portal.faults.clear()
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    assert panel.status.text() == "65 activities shown; scroll for older ones."
    assert panel.cached_service.cached(DEAL_1).seen_at == clock.value


def test_offline_without_a_snapshot_the_error_is_shown(qtbot, panel, portal) -> None:
    portal.faults.configure(FaultPlan(share=1.0, kinds=(FaultKind.DROP_BEFORE,)))
    with qtbot.waitSignal(panel.load_failed, timeout=WAIT_MS):
        panel.show_entity(DEAL_1, "Deal 1")
    assert panel.model.rowCount() == 0
    assert panel.status.text() == "Could not load the timeline."


def test_a_filtered_timeline_comes_from_the_portal_and_leaves_the_snapshot_alone(qtbot, panel, store) -> None:
    _visit(qtbot, panel, DEAL_1)
    before = store.cache.load_timeline(DEAL_1)
    events = _events(panel)
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        panel.set_filter(TimelineFilter(state=StateFilter.OPEN))
    assert [e[0] for e in events] == ["loaded"], "no cached cards under a filter"
    assert panel.model.rowCount() == 15 and all(not a.completed for a in panel.model.activities())
    after = store.cache.load_timeline(DEAL_1)
    assert (len(after.planned), len(after.history)) == (len(before.planned), len(before.history)) == (15, 50)


# -- the window: confirmed changes keep the snapshot current ------------------------------------------


@pytest.fixture
def window(qtbot, arun, fixed_now, tmp_path, monkeypatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path / "data"))
    started = time.monotonic()
    portal = SandboxPortal(":memory:", webhook_code="cachetest", webhook_user_id=1, demo_data=True,
                           now=lambda: fixed_now + timedelta(seconds=time.monotonic() - started))
    with serve_in_thread(portal) as url:
        session = arun(_open_webhook(Webhook.parse(url), None))
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        with qtbot.waitSignal(win.timeline.loaded, timeout=WAIT_MS):
            win.set_session(session, OwnerType.DEAL)
        win.portal = portal  # for the tests below
        yield win
        arun(win.tasks.cancel_all())
        arun(session.aclose())
    portal.close()


def _confirmed(qtbot, win: MainWindow, action) -> None:
    done: list = []
    win.activity_actions.change_confirmed.connect(done.append)
    try:
        action()
        qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    finally:
        win.activity_actions.change_confirmed.disconnect(done.append)


def _menu(win: MainWindow, activity_id: int, name: str) -> None:
    menu = win.timeline.open_card_menu(win.timeline.model.row_of(activity_id))
    action = menu.action_named(name)
    assert action is not None and action.isEnabled(), name
    action.trigger()
    menu.close()


def test_confirmed_changes_through_the_window_update_the_cached_snapshot(qtbot, window: MainWindow) -> None:
    cache = window.session.store.cache
    entity = window.timeline.entity
    assert window.session.store.path.parent.name == "data", "a real store file in the data directory"
    snapshot = cache.load_timeline(entity)
    assert snapshot is not None and {a.id for a in snapshot.planned} == {
        a.id for a in window.timeline.model.activities() if not a.completed}

    target = snapshot.planned[0]
    _confirmed(qtbot, window, lambda: _menu(window, target.id, "cardComplete"))
    assert window.portal.db.activity(target.id)["completed"] == "Y"
    qtbot.waitUntil(lambda: target.id in {a.id for a in cache.load_timeline(entity).history}, timeout=WAIT_MS)
    assert target.id not in {a.id for a in cache.load_timeline(entity).planned}

    _menu(window, target.id, "cardDelete")
    box = window.activity_actions.confirmation
    assert isinstance(box, QMessageBox)
    _confirmed(qtbot, window, lambda: box.button(QMessageBox.StandardButton.Yes).click())
    assert window.portal.db.activity(target.id) is None
    cached = cache.load_timeline(entity)
    assert target.id not in {a.id for a in [*cached.planned, *cached.history]}

    # Offline, the next visit shows the snapshot with those changes.
    window.portal.faults.configure(FaultPlan(share=1.0, kinds=(FaultKind.DROP_BEFORE,)))
    with qtbot.waitSignal(window.timeline.cacheShown, timeout=WAIT_MS):
        window.timeline.reload()
    qtbot.waitUntil(lambda: window.timeline.status.text().startswith("Offline"), timeout=WAIT_MS)
    assert window.timeline.model.row_of(target.id) is None
    assert {a.id for a in window.timeline.model.activities() if not a.completed} == {
        a.id for a in snapshot.planned[1:]}
    window.portal.faults.clear()


def test_refresh_updates_the_cards_in_place_after_a_colleagues_edit(qtbot, arun, panel, store) -> None:
    """A refresh of the timeline on screen costs one request and changes only the edited card: the
    selected card stays selected and the list is not reset (no flicker, no jump)."""
    _visit(qtbot, panel, DEAL_1)
    target = panel.model.activity_at(3)
    panel.view.setCurrentIndex(panel.model.index(3, 0))
    resets: list[int] = []
    panel.model.modelReset.connect(lambda: resets.append(1))
    arun(panel.client.call("crm.activity.update", {"id": target.id, "fields": {"SUBJECT": "Renamed by Olga"}}))
    before = panel.client.stats.requests
    with qtbot.waitSignal(panel.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    assert panel.client.stats.requests - before == 1
    assert resets == [], "updated in place, not reset"
    row = panel.model.row_of(target.id)
    assert panel.model.activity_at(row).subject == "Renamed by Olga"
    assert panel.model.index(row, 0).data() == "Renamed by Olga"
    assert panel.view.currentIndex().row() == row, "the selected card stays selected"
    assert store.cache.load_timeline(DEAL_1).planned  # the snapshot was kept current
