"""The timeline model and card painter for issue 12 point 3: sections and their order, pins (and
their store), "Show more", the client and attachments lines; the model under Qt's model tester."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from desktop_app.bitrix.models import Activity
from desktop_app.store.pins import PinStore
from desktop_app.ui.cards import CardTree
from desktop_app.ui.cards.timeline_card import ROW_HEIGHT, TimelineCardTree, card_height
from desktop_app.ui.timeline.cards import Section, client_of, description_text
from desktop_app.ui.timeline.delegate import HEADER_HEIGHT, TimelineDelegate
from desktop_app.ui.timeline.model import TimelineModel
from desktop_app.ui.timeline.view import TimelineView

TZ = timezone(timedelta(hours=3))
NOW = datetime(2025, 2, 3, 12, 0, tzinfo=TZ)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
ANNA = [{"ID": "5", "TYPE": "PHONE", "VALUE": "+1 555 0100", "ENTITY_ID": "3", "ENTITY_TYPE_ID": "3",
         "ENTITY_SETTINGS": {"NAME": "Anna", "LAST_NAME": "Smith", "COMPANY_TITLE": "Acme"}}]


def at(day: int, hour: int = 10) -> datetime:
    return datetime(2025, 2, day, hour, tzinfo=TZ)


def with_fields(activity: Activity, **fields) -> Activity:
    return Activity.from_api({**activity.raw, **fields})


def model_of(*activities: Activity) -> TimelineModel:
    model = TimelineModel(tz=TZ, locale=ENGLISH)
    model.set_now(NOW)
    model.set_activities(activities)
    return model


def test_planned_by_deadline_then_history_by_completion_time(make_activity) -> None:
    # History: completed by LAST_UPDATED (the completion time), not by START_TIME: the one completed
    # today heads History although its start time is the oldest.
    done_today = with_fields(make_activity(1, "Done today", completed=True, start_time=at(1)),
                             LAST_UPDATED=at(3, 9).isoformat())
    done_before = with_fields(make_activity(2, "Done before", completed=True, start_time=at(2)),
                              LAST_UPDATED=at(2, 11).isoformat())
    model = model_of(done_before, done_today,
                     make_activity(3, "No deadline", todo=True),
                     make_activity(4, "Later", deadline=at(9), todo=True),
                     make_activity(5, "Sooner", deadline=at(4), todo=True))
    assert [a.subject for a in model.activities()] == ["Sooner", "Later", "No deadline", "Done today", "Done before"]
    assert [model.card_at(r).section for r in range(5)] == [Section.PLANNED] * 3 + [Section.HISTORY] * 2
    # A completed card shows when it was completed.
    assert model.card_at(3).date_text == "today, 9:00 am"


def test_pins_go_on_top_newest_first_and_back_when_unpinned(qtmodeltester, make_activity) -> None:
    model = model_of(make_activity(1, "Open", deadline=at(4), todo=True),
                     make_activity(2, "Old call", completed=True, start_time=at(1)),
                     make_activity(3, "Older call", completed=True, start_time=at(1, 8)))
    qtmodeltester.check(model)
    assert model.set_pinned(3, NOW) == 0
    assert model.set_pinned(2, NOW + timedelta(minutes=1)) == 0
    assert [a.id for a in model.activities()] == [2, 3, 1]
    assert [model.card_at(r).section for r in range(3)] == [Section.PINNED, Section.PINNED, Section.PLANNED]
    assert model.card_at(0).pinned and model.card_at(0).accessible_text.startswith("Pinned.")
    model.set_pinned(2, None)
    assert [a.id for a in model.activities()] == [3, 1, 2]
    model.set_pins({1: NOW})
    assert [a.id for a in model.activities()] == [1, 2, 3]
    assert not model.is_pinned(3)


def test_the_pin_store_keeps_pins_per_activity(tmp_path) -> None:
    path = tmp_path / "store.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    PinStore(conn).set_pinned(7, True, now=NOW)
    PinStore(conn).set_pinned(8, True, now=NOW)
    PinStore(conn).set_pinned(8, False)
    conn.close()
    again = sqlite3.connect(path, isolation_level=None)
    assert PinStore(again).pinned() == {7: NOW.astimezone(UTC)}
    again.close()


def test_show_more_expands_in_place_and_the_row_is_measured_again(qtbot, make_activity) -> None:
    long_text = "\n".join(f"Line {n} of the delivery plan" for n in range(1, 12))
    model = model_of(make_activity(1, "Plan", todo=True, description=long_text),
                     make_activity(2, "Short", todo=True, description="One line"))
    view = TimelineView()
    qtbot.addWidget(view)
    delegate = TimelineDelegate(view)
    view.setItemDelegate(delegate)
    view.setModel(model)
    view.resize(600, 700)
    view.show()
    qtbot.waitExposed(view)
    first, second = model.index(0, 0), model.index(1, 0)
    qtbot.waitUntil(lambda: view.visualRect(second).height() == ROW_HEIGHT)
    collapsed = view.visualRect(first).height()
    assert collapsed == ROW_HEIGHT + HEADER_HEIGHT
    parts = delegate.layout(view.visualRect(first), model.card_at(0))
    short_parts = delegate.layout(view.visualRect(second), model.card_at(1))
    assert not parts.more.isEmpty() and short_parts.more.isEmpty(), "Show more only when there is more"
    assert model.card_at(0).preview.startswith("Line 1 of the delivery plan Line 2")

    model.set_expanded(1, True)
    delegate.sizeHintChanged.emit(first)
    qtbot.waitUntil(lambda: view.visualRect(first).height() > collapsed + 10 * 15)
    tree = delegate.tree(model.card_at(0))
    assert isinstance(tree, TimelineCardTree)
    assert tree.measure(view.viewport().width()) + HEADER_HEIGHT == view.visualRect(first).height()
    assert tree.part_rects(view.viewport().width())["more"].top() > tree.part_rects(view.viewport().width())["preview"].top()
    model.set_expanded(1, False)
    delegate.sizeHintChanged.emit(first)
    qtbot.waitUntil(lambda: view.visualRect(first).height() == collapsed)


def test_client_and_files_lines(make_activity) -> None:
    call = with_fields(make_activity(1, "Call Anna", deadline=at(4)), COMMUNICATIONS=ANNA)
    todo = with_fields(make_activity(2, "Send the offer", deadline=at(5), todo=True),
                       FILES=[{"id": 11, "url": "https://x.example/f?fileId=11"},
                              {"id": 12, "url": "https://x.example/f?fileId=12"}])
    model = model_of(call, todo)
    assert model.card_at(0).client == "Anna Smith · +1 555 0100"
    assert model.card_at(1).client == ""  # a to-do has no COMMUNICATIONS …
    model.set_entity_client("Acme Ltd", "+1 555 0199")
    assert model.card_at(1).client == "Acme Ltd · +1 555 0199"  # … it shows the entity's own client
    assert model.card_at(0).client == "Anna Smith · +1 555 0100"
    assert model.card_at(1).files_text == "File 11, File 12" and model.card_at(1).file_ids == (11, 12)
    model.set_file_names({12: "contract.pdf"})
    assert model.card_at(1).files_text == "File 11, contract.pdf"
    assert "Files: File 11, contract.pdf" in model.card_at(1).tooltip
    # Each optional line makes the card taller by the same amount at every width.
    assert card_height(model.card_at(0)) == ROW_HEIGHT + 27 + 24
    assert card_height(model.card_at(1)) == ROW_HEIGHT + 27 + 24  # the files take the (empty) description's line
    described = model_of(with_fields(make_activity(3, "Offer", deadline=at(5), todo=True, description="Prices"),
                                     FILES=[{"id": 13, "url": "https://x.example/f?fileId=13"}])).card_at(0)
    assert card_height(described) == ROW_HEIGHT + 27 + 24


def test_a_configurable_card_and_a_plain_card_have_the_same_complete_checkbox(make_activity) -> None:
    """One kind of card: the plain to-do and a configurable activity both answer a click on their
    header checkbox with the "complete" action."""
    model = model_of(make_activity(1, "Plain", deadline=at(4), todo=True))
    model.set_layouts({1: {"header": {"title": "Configurable"}, "body": {"logo": {"code": "call"}, "blocks": {}}}})
    configurable = CardTree.from_card(model.card_at(0))
    configurable.measure(560)
    plain = model_of(make_activity(2, "Plain", deadline=at(4), todo=True)).card_at(0)
    plain_tree = CardTree.from_card(plain)
    plain_tree.measure(560)
    kinds = {action.kind for _rect, action in configurable.actions()}
    plain_kinds = {action.kind for _rect, action in plain_tree.actions()}
    assert "complete" in kinds and "complete" in plain_kinds


@settings(max_examples=60, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda children: st.lists(children, max_size=4) | st.dictionaries(
                        st.sampled_from(["TYPE", "VALUE", "ENTITY_SETTINGS", "NAME", "LAST_NAME", "COMPANY_TITLE"]),
                        children, max_size=5), max_leaves=12))
def test_client_of_takes_any_communications_reply_as_plain_text(value) -> None:
    # Whatever the reply's COMMUNICATIONS held (the card reads the raw reply for ENTITY_SETTINGS).
    activity = Activity.from_api({"ID": "1", "DESCRIPTION": str(value)[:2000]}).model_copy(
        update={"raw": {"COMMUNICATIONS": value}})
    name, phone = client_of(activity)
    assert isinstance(name, str) and isinstance(phone, str) and len(name) <= 120 and len(phone) <= 60
    assert isinstance(description_text(activity), str)


def test_a_row_whose_height_changes_in_place_is_laid_out_again(qtbot, make_activity) -> None:
    """The entity's client arrives after the cards are shown: the to-do rows grow by its line (the
    rows below move down instead of being painted over)."""
    model = model_of(make_activity(1, "First", deadline=at(4), todo=True),
                     make_activity(2, "Second", deadline=at(5), todo=True))
    view = TimelineView()
    qtbot.addWidget(view)
    view.setItemDelegate(TimelineDelegate(view))
    view.setModel(model)
    view.resize(600, 600)
    view.show()
    qtbot.waitExposed(view)
    second = model.index(1, 0)
    qtbot.waitUntil(lambda: view.visualRect(second).height() == ROW_HEIGHT + 27)
    model.set_entity_client("Acme Ltd", "+1 555 0199")
    qtbot.waitUntil(lambda: view.visualRect(second).height() == ROW_HEIGHT + 27 + 24)
    first = view.visualRect(model.index(0, 0))
    assert view.visualRect(second).top() == first.bottom() + 1
