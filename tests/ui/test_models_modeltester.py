"""Qt's model tester (pytest-qt ``qtmodeltester``) on every item model in ``desktop_app.ui``, each fed
by the sandbox portal (in-process) the way the window feeds it: first page, next pages, counters,
filters, edits that move rows, removals.

``qtmodeltester.check`` runs Qt's ``QAbstractItemModelTester`` on the model as it is and then stays
attached: every later reset, insert, move, removal and ``dataChanged`` is checked as it happens,
and any breach (a wrong row count, an index with a bad parent, data of the wrong type, a signal
with rows out of range) is a Qt warning that fails the test. Each test also asserts what the user
sees, so the models are not merely well-formed but full of the portal's data.

``test_every_item_model_is_under_the_tester`` finds the ``QAbstractItemModel`` subclasses in
``desktop_app.ui`` and fails when one has no test here.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from datetime import timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

import desktop_app.ui
from desktop_app.bitrix import BitrixClient, OwnerType, Webhook
from desktop_app.services.counters import CountersService
from desktop_app.services.entities import EntityService
from desktop_app.services.my_activities import Group, MyActivitiesService
from desktop_app.services.timeline import EntityRef, StateFilter, TimelineService
from desktop_app.ui.app_features.badges_dialog import BadgesModel
from desktop_app.ui.app_features.list_dialog import ItemListModel
from desktop_app.ui.app_features.types_dialog import TypesModel
from desktop_app.ui.entity_browser import CountersRole, EntityBrowser, EntityListModel
from desktop_app.ui.layout_editor.problems_model import PLACE_ROLE, ProblemsModel
from desktop_app.ui.my_activities import MyActivitiesPanel
from desktop_app.ui.my_activities.model import ActivityIdRole, IsHeaderRole, SegmentedModel
from desktop_app.ui.tasks import TaskRegistry
from desktop_app.ui.timeline import ActivityRole, TimelineModel
from desktop_app.ui.timeline.panel import TimelinePanel

pytestmark = pytest.mark.usefixtures("qloop")

ROOT = Path(__file__).resolve().parents[2]
MSK = timezone(timedelta(hours=3))
USERS = {1: "Portal Administrator", 3: "Olga Ivanova", 5: "Max Weber"}
LOAD_MS = 15000

#: Every item model of desktop_app.ui and the test here that runs it under the model tester.
COVERED = {
    EntityListModel: "test_entity_list_model_pages_counters_type_and_search",
    TimelineModel: "test_timeline_model_load_more_filter_complete_and_remove",
    SegmentedModel: "test_my_activities_models_list_board_filter_and_collapse",
    ProblemsModel: "test_layout_problems_model",
    TypesModel: "tests/gui/test_app_types_badges_window.py::test_register_a_type_with_an_icon",
    BadgesModel: "tests/gui/test_app_types_badges_window.py::test_badges_are_listed_as_coloured_pills_and_one_is_added",
    # the base of TypesModel and BadgesModel: its rows, data and headers run under the tester with theirs
    ItemListModel: "tests/gui/test_app_types_badges_window.py::test_register_a_type_with_an_icon",
}


def test_every_item_model_is_under_the_tester() -> None:
    found: set[type] = set()
    for info in pkgutil.walk_packages(desktop_app.ui.__path__, "desktop_app.ui."):
        module = importlib.import_module(info.name)
        found.update(cls for _, cls in inspect.getmembers(module, inspect.isclass)
                     if issubclass(cls, QAbstractItemModel) and cls.__module__.startswith("desktop_app.ui"))
    assert found == set(COVERED), "an item model without a qtmodeltester test here (or a test of a model that is gone)"
    for name in COVERED.values():
        if "::" not in name:
            assert callable(globals().get(name)), name
            continue
        path, test = name.split("::")  # a test in another file: it exists and runs the model tester
        source = (ROOT / path).read_text(encoding="utf-8")
        body = source.split(f"def {test}(", 1)
        assert len(body) == 2, name
        assert "qtmodeltester.check(" in body[1].split("\ndef ", 1)[0], name


@pytest.fixture
def client(portal, arun) -> Iterator[BitrixClient]:  # noqa: ANN001
    """A client on the demo portal, in-process; closed on the test's loop."""
    c = BitrixClient.for_webhook(Webhook(base_url="http://sandbox.local", user_id=1, code="demo"),
                                 transport=portal.transport())
    yield c
    arun(c.aclose())


@pytest.fixture
def tasks(arun) -> Iterator[TaskRegistry]:  # noqa: ANN001
    """The widgets' task registry; no task may fail, all are cancelled at the end."""
    errors: list[BaseException] = []
    registry = TaskRegistry(errors.append)
    yield registry
    arun(registry.cancel_all())
    assert not errors


def _column(model: QAbstractItemModel, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    return [model.index(row, 0).data(role) for row in range(model.rowCount())]


def test_entity_list_model_pages_counters_type_and_search(qtbot, qtmodeltester, arun, client, tasks, fixed_now) -> None:  # noqa: ANN001
    deals = arun(client.list_items(OwnerType.DEAL, order={"updatedTime": "DESC", "id": "DESC"}))
    browser = EntityBrowser(tasks)
    qtbot.addWidget(browser)
    browser.resize(320, 400)
    browser.show()
    qtbot.waitExposed(browser)
    model = browser.model
    qtmodeltester.check(model)  # empty, then every change below

    # First page (a reset), then its activity counters (dataChanged on the badge role).
    with qtbot.waitSignals([browser.page_loaded, browser.counters_loaded], timeout=LOAD_MS):
        browser.set_service(EntityService(client), OwnerType.DEAL, CountersService(client, clock=lambda: fixed_now))
    assert _column(model) == [item.display_name for item in deals.items] and len(deals.items) > 20
    with_counters = [c for c in _column(model, CountersRole) if c is not None and (c.overdue or c.incoming)]
    assert with_counters, "the demo's deals have overdue or incoming activities"

    # Another type (a reset to contacts), then a search narrowing it (another reset).
    with qtbot.waitSignal(browser.page_loaded, timeout=LOAD_MS):
        browser.type_combo.setCurrentIndex(browser.type_combo.findData(int(OwnerType.CONTACT)))
    contacts = _column(model)
    assert contacts and set(contacts).isdisjoint(d.display_name for d in deals.items)
    needle = next(name for name in contacts if not name.startswith("#")).split()[0]
    with qtbot.waitSignal(browser.page_loaded, timeout=LOAD_MS):
        browser.search.setText(needle)
    assert 0 < model.rowCount() < len(contacts)
    assert all(needle.casefold() in name.casefold() for name in _column(model))

    # A page in two parts, the way scrolling appends the next page (beginInsertRows); a repeated
    # item is not listed twice. (The demo portal has fewer than 50 deals: one page.)
    model.set_items(deals.items[:20], has_more=True)
    assert model.canFetchMore(QModelIndex())
    model.append_items(deals.items[15:], has_more=False)
    assert _column(model) == [item.display_name for item in deals.items]
    assert not model.canFetchMore(QModelIndex())


def test_timeline_model_load_more_filter_complete_and_remove(qtbot, qtmodeltester, arun, client, tasks, fixed_now) -> None:  # noqa: ANN001
    panel = TimelinePanel(tasks)
    qtbot.addWidget(panel)
    panel.resize(720, 900)
    panel.set_service(TimelineService(client), USERS, ZoneInfo("Europe/Berlin"), clock=lambda: fixed_now)
    panel.show()
    qtbot.waitExposed(panel)
    model = panel.model
    qtmodeltester.check(model)

    with qtbot.waitSignal(panel.loaded, timeout=LOAD_MS):
        panel.show_entity(EntityRef(2, 1), "Deal 1")
    assert model.rowCount() == 65  # 15 open + the first 50 of 60 completed (the demo's deal 1)

    # Scrolling to the end loads the older history (appended rows).
    with qtbot.waitSignal(model.rowsInserted, timeout=LOAD_MS):
        panel.view.scrollToBottom()
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 75

    # Completing an open activity on the portal moves its card from the planned block to history.
    open_row = 0
    activity = model.index(open_row, 0).data(ActivityRole)
    assert not activity.completed
    arun(client.activities.set_completed(activity.id, True))
    panel.add_activity(arun(client.get_activity(activity.id)))
    moved = model.row_of(activity.id)
    assert moved is not None and moved > open_row and model.index(moved, 0).data(ActivityRole).completed

    # Deleting it removes the card; the overdue filter reloads only open, overdue ones.
    assert panel.remove_activity(activity.id) and model.row_of(activity.id) is None
    with qtbot.waitSignal(panel.loaded, timeout=LOAD_MS):
        qtbot.mouseClick(panel.filter_bar.state_buttons[StateFilter.OVERDUE], Qt.MouseButton.LeftButton)
    shown = _column(model, ActivityRole)
    assert shown and all(not a.completed and a.deadline is not None and a.deadline < fixed_now for a in shown)


def test_my_activities_models_list_board_filter_and_collapse(qtbot, qtmodeltester, arun, portal, client, fixed_now) -> None:  # noqa: ANN001
    portal.seed_activities(1500)
    users = {u.id: u for u in arun(client.get_users())}
    service = MyActivitiesService(client, users=users, me_id=1, tz=MSK, clock=lambda: fixed_now)
    panel = MyActivitiesPanel(service, week_start=1)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    grouped = panel.list_view.model()
    columns = [panel.board.column(group).model() for group in Group]
    for model in (grouped, *columns):
        qtmodeltester.check(model)

    count = arun(panel.load(1), timeout_ms=60000)
    ids = [i for i in _column(grouped, ActivityIdRole) if i is not None]
    assert count == len(ids) == len(set(ids)) > 100
    panel.set_layout_mode("board")  # the kanban columns fill when shown
    assert sorted(i for column in columns for i in _column(column, ActivityIdRole)) == sorted(ids)
    panel.set_layout_mode("list")

    # Collapsing a group's header removes its rows from the list; expanding brings them back.
    header = next(row for row in range(grouped.rowCount())
                  if grouped.index(row, 0).data(IsHeaderRole) and grouped.segment_size(grouped.locate(row)[0]))
    seg = grouped.locate(header)[0]
    grouped.set_expanded(seg, False)
    assert grouped.rowCount() == len(ids) + len(grouped.groups) - grouped.segment_size(seg)
    grouped.set_expanded(seg, True)
    assert grouped.rowCount() == len(ids) + len(grouped.groups)

    # The filter narrows every model (one layout change each), and clearing it brings all rows back.
    subject = next(a for a in arun(client.list_activities(filter={"ID": ids[0]})).items).subject
    word = max(subject.split(), key=len)
    panel.search.setText(word)
    qtbot.waitUntil(lambda: len([i for i in _column(grouped, ActivityIdRole) if i is not None]) < len(ids), timeout=LOAD_MS)
    assert ids[0] in _column(grouped, ActivityIdRole)
    panel.search.clear()
    qtbot.waitUntil(lambda: len([i for i in _column(grouped, ActivityIdRole) if i is not None]) == len(ids), timeout=LOAD_MS)


def test_layout_problems_model(qtmodeltester) -> None:  # noqa: ANN001
    """The layout editor's messages: an invalid layout's problems, then none, then a parse error."""
    from desktop_app.layout import validate_layout
    from desktop_app.ui.layout_editor.placement import place_problems

    model = ProblemsModel()
    qtmodeltester.check(model)
    text = '{"icon": {"code": "info"}, "header": {"tags": {"a": {"title": "x", "type": "bad"}}}, "body": {"blocks": {}}}'
    model.set_problems(place_problems(text, validate_layout(text).problems))
    assert model.rowCount() >= 3 and model.columnCount() == 5
    shown = {(model.index(r, 0).data(), model.index(r, 1).data(), model.index(r, 2).data()) for r in range(model.rowCount())}
    assert ("Error", "ENUM_FIELD", "header.tags.a.type") in shown and ("Error", "FIELD_IS_REQUIRED", "header.title") in shown
    assert model.index(0, 0).data(PLACE_ROLE).line == 0
    model.set_problems([])
    assert model.rowCount() == 0
    model.set_problems(place_problems("{,", validate_layout("{,").problems))
    assert model.index(0, 1).data() == "INVALID_JSON" and model.index(0, 4).data() == "1"
