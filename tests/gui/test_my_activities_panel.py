"""The My-activities panel on its own over the sandbox portal (in-process): groups with counters,
list ↔ board remembered, the filter, Enter opening an entity, the user picker, and a bigger seeded
portal loaded under Qt's model tester and cancelled half-way."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta, timezone

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.services.my_activities import Group, MyActivitiesService
from desktop_app.ui.my_activities import MyActivitiesPanel
from desktop_app.ui.my_activities.model import (
    ActivityIdRole,
    CountRole,
    GroupRole,
    IsHeaderRole,
    OwnerRole,
    SubtitleRole,
)

pytestmark = pytest.mark.usefixtures("qloop")

MSK = timezone(timedelta(hours=3))


@pytest.fixture
def demo_client(portal, arun) -> Iterator[BitrixClient]:  # noqa: ANN001
    client = BitrixClient.for_webhook(Webhook(base_url="http://sandbox.local", user_id=1, code="demo"),
                                      transport=portal.transport())
    yield client
    arun(client.aclose())


@pytest.fixture
def service(demo_client, arun, fixed_now) -> MyActivitiesService:  # noqa: ANN001
    users = {u.id: u for u in arun(demo_client.get_users())}
    return MyActivitiesService(demo_client, users=users, me_id=1, tz=MSK, clock=lambda: fixed_now)


def make_panel(qtbot, service: MyActivitiesService) -> MyActivitiesPanel:  # noqa: ANN001
    panel = MyActivitiesPanel(service, week_start=1)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def open_ids(arun, client: BitrixClient, user_id: int, extra: dict | None = None) -> set[int]:  # noqa: ANN001
    ids: set[int] = set()
    start: int | None = 0
    while start is not None:
        page = arun(client.list_activities(filter={"RESPONSIBLE_ID": user_id, "COMPLETED": "N", **(extra or {})},
                                           select=["ID"], start=start))
        ids.update(a.id for a in page.items)
        start = page.next
    return ids


def rows_by_group(model) -> dict[int, list[int]]:  # noqa: ANN001
    out: dict[int, list[int]] = {int(g): [] for g in Group}
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if not index.data(IsHeaderRole):
            out[index.data(GroupRole)].append(index.data(ActivityIdRole))
    return out


def test_load_groups_the_users_open_activities_with_counters(qtbot, arun, service, demo_client, fixed_now) -> None:  # noqa: ANN001
    panel = make_panel(qtbot, service)
    with qtbot.waitSignal(panel.loaded, timeout=15000) as loaded:
        panel.start_load()
    expected = open_ids(arun, demo_client, 1)
    overdue = open_ids(arun, demo_client, 1, {"<DEADLINE": fixed_now.isoformat()})
    assert loaded.args == [len(expected)]
    model = panel.list_view.model()
    groups = rows_by_group(model)
    assert {i for ids in groups.values() for i in ids} == expected
    assert set(groups[Group.OVERDUE]) == overdue
    headers = [model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data(IsHeaderRole)]
    assert [h.data(Qt.ItemDataRole.DisplayRole).split(" · ")[0] for h in headers] == [
        "Overdue", "Today", "Tomorrow", "This week", "Next week", "Later", "No deadline"]
    assert [h.data(CountRole) for h in headers] == [len(groups[int(g)]) for g in Group]
    assert str(len(expected)) in panel.status.text()
    assert panel.user_combo.currentText().endswith("(you)")
    # Owner names arrived: a Deal-1 row names the deal, not "#1".
    deal_1 = arun(demo_client.list_items(2, filter={"id": 1})).items[0].display_name
    subtitles = [model.index(r, 0).data(SubtitleRole) for r in range(model.rowCount())
                 if model.index(r, 0).data(OwnerRole) == (2, 1)]
    assert subtitles and all(f"Deal · {deal_1}" in s for s in subtitles)


def test_board_shows_six_counted_columns_and_the_choice_is_remembered(qtbot, service) -> None:  # noqa: ANN001
    panel = make_panel(qtbot, service)
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.start_load()
    grouped = rows_by_group(panel.list_view.model())
    qtbot.mouseClick(panel.board_button, Qt.MouseButton.LeftButton)
    assert panel.layout_mode == "board" and panel.board.isVisible()
    for group in Group:
        column = panel.board.column(group)
        ids = [column.model().index(r, 0).data(ActivityIdRole) for r in range(column.model().rowCount())]
        assert ids == grouped[int(group)]
        assert panel.board.header_text(group).endswith(f"· {len(ids)}")
    assert panel.view() is panel.board.busiest_view()

    again = make_panel(qtbot, service)  # a new window opens the board, as last chosen
    assert again.layout_mode == "board" and again.board_button.isChecked()
    qtbot.mouseClick(again.list_button, Qt.MouseButton.LeftButton)
    assert make_panel(qtbot, service).layout_mode == "list"


def test_filter_by_subject_or_client_name(qtbot, arun, service, demo_client) -> None:  # noqa: ANN001
    panel = make_panel(qtbot, service)
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.start_load()
    model = panel.list_view.model()
    everything = sum(len(v) for v in rows_by_group(model).values())
    deal_1 = arun(demo_client.list_items(2, filter={"id": 1})).items[0].display_name
    word = deal_1.split()[0]
    qtbot.keyClicks(panel.search, word.lower())
    qtbot.waitUntil(lambda: 0 < sum(len(v) for v in rows_by_group(model).values()) < everything)
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        if not index.data(IsHeaderRole):
            text = f"{index.data(Qt.ItemDataRole.DisplayRole)} {index.data(SubtitleRole)}".lower()
            assert word.lower() in text
    panel.search.clear()
    qtbot.waitUntil(lambda: sum(len(v) for v in rows_by_group(model).values()) == everything)


def test_enter_on_a_row_asks_to_open_its_entity(qtbot, arun, service, demo_client) -> None:  # noqa: ANN001
    panel = make_panel(qtbot, service)
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.start_load()
    view = panel.list_view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if not model.index(r, 0).data(IsHeaderRole))
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    activity = arun(demo_client.get_activity(model.index(row, 0).data(ActivityIdRole)))
    with qtbot.waitSignal(panel.open_entity_requested, timeout=2000) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [activity.owner_type_id, activity.owner_id, activity.id]


def test_shift_click_selects_several_rows(qtbot, service) -> None:  # noqa: ANN001
    panel = make_panel(qtbot, service)
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.start_load()
    view = panel.list_view
    model = view.model()
    rows = [r for r in range(model.rowCount()) if not model.index(r, 0).data(IsHeaderRole)][:3]
    with qtbot.waitSignal(panel.selection_changed, timeout=2000):
        view.selectionModel().select(model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
    view.setCurrentIndex(model.index(rows[0], 0))
    qtbot.waitUntil(lambda: view.indexAt(view.visualRect(model.index(rows[2], 0)).center()).row() == rows[2])
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     view.visualRect(model.index(rows[2], 0)).center())
    expected = [model.index(r, 0).data(ActivityIdRole) for r in range(rows[0], rows[2] + 1)
                if not model.index(r, 0).data(IsHeaderRole)]
    assert panel.selected_activity_ids() == expected and len(expected) >= 2


def test_picking_a_colleague_loads_their_activities(qtbot, arun, service, demo_client) -> None:  # noqa: ANN001
    panel = make_panel(qtbot, service)
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.start_load()
    index = panel.user_combo.findData(2)
    with qtbot.waitSignal(panel.loaded, timeout=15000):
        panel.user_combo.setCurrentIndex(index)
        panel.user_combo.activated.emit(index)
    shown = {i for ids in rows_by_group(panel.list_view.model()).values() for i in ids}
    assert shown == open_ids(arun, demo_client, 2) and shown


def test_a_seeded_portal_loads_under_the_model_tester(qtbot, qtmodeltester, arun, portal, service, demo_client) -> None:  # noqa: ANN001
    portal.seed_activities(8000)
    panel = make_panel(qtbot, service)
    qtmodeltester.check(panel.list_view.model(), force_py=True)
    count = arun(panel.load(1), timeout_ms=60000)
    expected = open_ids(arun, demo_client, 1)
    assert count == len(expected) > 300
    assert {i for ids in rows_by_group(panel.list_view.model()).values() for i in ids} == expected


def test_cancel_keeps_the_rows_so_far(qtbot, arun, portal, service, demo_client) -> None:  # noqa: ANN001
    portal.seed_activities(20000)
    panel = make_panel(qtbot, service)
    seen: list[str] = []

    def cancel_on_second_page(_added: object) -> None:
        if len(panel.source.rows) > 50 and not seen:  # the first page (50 rows) is shown: the user cancels
            seen.append(panel.status.text())
            qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)

    panel.source.rows_added.connect(cancel_on_second_page)
    loaded: list[int] = []
    panel.loaded.connect(loaded.append)
    panel.start_load(1)
    qtbot.waitUntil(lambda: bool(seen) and not panel.is_loading, timeout=30000)
    total = len(open_ids(arun, demo_client, 1))
    assert seen == ["Loading… 50 of ?"]
    assert 50 < len(panel.source.rows) < total and not loaded
    assert panel.status.text().startswith("Cancelled") and not panel.cancel_button.isVisible()
