"""TimelineModel: Bitrix timeline order, card states, edits, paging hooks, accessible text."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import QListView

from desktop_app.ui.timeline import ActivityRole, CardDataRole, CardState, CardStateRole, TimelineModel

ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@pytest.fixture
def at(viewer_tz):
    """``at(month, day, hour=10, minute=0, year=2025)`` → aware datetime in the viewer's zone."""
    return lambda month, day, hour=10, minute=0, year=2025: datetime(year, month, day, hour, minute, tzinfo=viewer_tz)


@pytest.fixture
def activities(make_activity, at):
    """A deal's timeline: four open activities and three completed ones (now = Feb 3, 12:00)."""
    return [
        make_activity(1, "Call back about the offer", deadline=at(2, 5)),
        make_activity(2, "Send the contract", deadline=at(2, 1), type_id=4),  # overdue e-mail
        make_activity(3, "Missed call from +7 999 000-00-01", deadline="max", direction=1),  # incoming
        make_activity(4, "Prepare the demo", deadline=at(2, 4, 9), todo=True, color="3"),
        make_activity(5, "Visit the warehouse", type_id=1),  # meeting without deadline
        make_activity(10, "First call", completed=True, start_time=at(1, 20)),
        make_activity(11, "Intro e-mail", completed=True, start_time=at(1, 25), type_id=4),
        make_activity(12, "Follow-up call", completed=True, start_time=at(1, 25)),
    ]


@pytest.fixture
def model(qapp, activities, now, viewer_tz):
    model = TimelineModel(tz=viewer_tz, locale=ENGLISH)
    model.set_now(now)
    shuffled = list(activities)
    random.Random(4).shuffle(shuffled)
    model.set_activities(shuffled)
    return model


def ids(model: TimelineModel) -> list[int]:
    return [model.activity_at(row).id for row in range(model.rowCount())]


def state_of(model: TimelineModel, activity_id: int) -> CardState:
    row = model.row_of(activity_id)
    assert row is not None
    return model.index(row, 0).data(CardStateRole)


def test_planned_block_then_history_newest_first(model):
    # Incoming first, then deadlines ascending (overdue Feb 1, todo Feb 4, call Feb 5), no deadline
    # last; then history newest first, the two Jan 25 items by id descending.
    assert ids(model) == [3, 2, 4, 1, 5, 12, 11, 10]


def test_states_at_a_fixed_now(model, qtbot, at):
    assert state_of(model, 3) is CardState.INCOMING
    assert state_of(model, 2) is CardState.OVERDUE
    assert state_of(model, 1) is CardState.PLANNED
    assert state_of(model, 5) is CardState.PLANNED
    assert state_of(model, 10) is CardState.COMPLETED
    assert model.card_at(model.row_of(2)).pill_text == "Overdue"
    assert model.card_at(model.row_of(3)).pill_text == "Incoming"
    assert model.card_at(model.row_of(10)).pill_text == "Completed"

    # Three days later the Feb 4 todo and the Feb 5 call are overdue too; the order does not change.
    with qtbot.waitSignal(model.dataChanged):
        model.set_now(at(2, 6, 9))
    assert state_of(model, 4) is CardState.OVERDUE
    assert state_of(model, 1) is CardState.OVERDUE
    assert state_of(model, 5) is CardState.PLANNED
    assert ids(model) == [3, 2, 4, 1, 5, 12, 11, 10]


def test_display_role_and_date_texts(model, make_activity):
    index = model.index(model.row_of(1), 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Call back about the offer"
    assert index.data(ActivityRole).id == 1
    assert index.data(CardDataRole).date_text == "February 5, 10:00 am"
    assert model.card_at(model.row_of(4)).date_text == "tomorrow, 9:00 am"
    assert model.card_at(model.row_of(10)).date_text == "January 20, 10:00 am"
    # No subject: the card's title is its kind, as on the web timeline; nothing is invented.
    model.upsert(make_activity(20, "   "))
    assert model.index(model.row_of(20), 0).data(Qt.ItemDataRole.DisplayRole) == "Outgoing call"
    model.upsert(make_activity(21, "", todo=True))
    assert model.index(model.row_of(21), 0).data(Qt.ItemDataRole.DisplayRole) == "To-do"


def test_upsert_inserts_a_new_activity_at_its_sorted_row(model, make_activity, at, qtbot):
    new = make_activity(30, "Confirm delivery", deadline=at(2, 2, 15))  # after Feb 1, before Feb 4

    def is_row_2(parent, first, last):
        return (first, last) == (2, 2)

    with qtbot.waitSignal(model.rowsInserted, check_params_cb=is_row_2):
        assert model.upsert(new) == 2
    assert ids(model) == [3, 2, 30, 4, 1, 5, 12, 11, 10]
    assert state_of(model, 30) is CardState.OVERDUE


def test_upsert_moves_a_rescheduled_activity(model, make_activity, at, qtbot):
    moved = make_activity(1, "Call back about the offer", deadline=at(1, 31))  # now before Feb 1
    with qtbot.waitSignal(model.rowsMoved):
        assert model.upsert(moved) == 1
    assert ids(model) == [3, 1, 2, 4, 5, 12, 11, 10]
    assert state_of(model, 1) is CardState.OVERDUE

    # Completing the todo moves it into history, on top (its start time is the newest).
    done = make_activity(4, "Prepare the demo", todo=True, color="3", completed=True, deadline=at(2, 4, 9),
                         start_time=at(2, 3, 11))
    with qtbot.waitSignal(model.rowsMoved):
        assert model.upsert(done) == 4
    assert ids(model) == [3, 1, 2, 5, 4, 12, 11, 10]
    assert state_of(model, 4) is CardState.COMPLETED


def test_upsert_updates_in_place_without_moving(model, make_activity, at, qtbot):
    renamed = make_activity(1, "Call back: new price", deadline=at(2, 5))
    row = model.row_of(1)

    def is_that_row(top_left, bottom_right, roles=()):
        return top_left.row() == bottom_right.row() == row

    with qtbot.assertNotEmitted(model.rowsMoved), qtbot.waitSignal(model.dataChanged,
                                                                   check_params_cb=is_that_row):
        assert model.upsert(renamed) == row
    assert model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) == "Call back: new price"


def test_remove(model, qtbot):
    with qtbot.waitSignal(model.rowsRemoved):
        assert model.remove(2) is True
    assert ids(model) == [3, 4, 1, 5, 12, 11, 10]
    assert model.row_of(2) is None
    assert model.row_of(10) == 6
    assert model.remove(999) is False


def test_append_history_adds_an_older_page_at_the_end(model, make_activity, at, qtbot):
    page = [
        make_activity(8, "Older call", completed=True, start_time=at(1, 5)),
        make_activity(9, "Older e-mail", completed=True, start_time=at(1, 15), type_id=4),
        make_activity(10, "First call (edited)", completed=True, start_time=at(1, 20)),  # already loaded
    ]

    def two_rows_at_the_end(parent, first, last):
        return (first, last) == (8, 9)

    with qtbot.waitSignal(model.rowsInserted, check_params_cb=two_rows_at_the_end):
        model.append_history(page)
    assert ids(model) == [3, 2, 4, 1, 5, 12, 11, 10, 9, 8]
    assert model.index(model.row_of(10), 0).data(Qt.ItemDataRole.DisplayRole) == "First call (edited)"


def test_fetch_more_is_requested_once_per_page(model, make_activity, at, qtbot):
    root = QModelIndex()
    assert model.canFetchMore(root) is False  # the server has not said there is more
    model.set_has_more(True)
    assert model.canFetchMore(root) is True

    with qtbot.waitSignal(model.fetch_more_requested):
        model.fetchMore(root)
    assert model.canFetchMore(root) is False
    with qtbot.assertNotEmitted(model.fetch_more_requested):
        model.fetchMore(root)  # the view asks again while the page is loading

    model.append_history([make_activity(7, "Old", completed=True, start_time=at(1, 2))])
    assert model.canFetchMore(root) is True
    with qtbot.waitSignal(model.fetch_more_requested):
        model.fetchMore(root)
    model.set_has_more(False)  # last page
    assert model.canFetchMore(root) is False


def test_a_view_showing_the_end_of_the_list_asks_for_the_next_page(model, qtbot):
    model.set_has_more(True)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(500, 2000)  # every row fits: the end of the list is visible
    with qtbot.waitSignal(model.fetch_more_requested):
        view.show()
    assert model.fetch_pending


def test_accessible_text_says_kind_subject_state_deadline_and_responsible(model, qtbot):
    index = model.index(model.row_of(2), 0)
    text = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert text == "Outgoing e-mail “Send the contract”, overdue, deadline Sat, February 1, 10:00 am, responsible: #1."

    with qtbot.waitSignal(model.dataChanged):
        model.set_user_names({1: "Anna Petrova"})
    text = model.index(model.row_of(2), 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert text.endswith("responsible: Anna Petrova.")
    incoming = model.index(model.row_of(3), 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert "Incoming call" in incoming and "incoming" in incoming and "no deadline" in incoming
    tooltip = model.index(model.row_of(1), 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Deadline: Wed, February 5, 10:00 am" in tooltip and "Anna Petrova" in tooltip


def test_description_preview_is_plain_text(qapp, make_activity, viewer_tz, now):
    model = TimelineModel(tz=viewer_tz, locale=ENGLISH)
    model.set_now(now)
    model.set_activities([
        make_activity(1, "HTML", description="<p>Price &amp; terms</p>\n<p>agreed</p>", description_type=3),
        make_activity(2, "BB", description="[b]Bring[/b] the [url=https://x]samples[/url]", description_type=2),
    ])
    assert model.card_at(model.row_of(1)).preview == "Price & terms agreed"
    assert model.card_at(model.row_of(2)).preview == "Bring the samples"
    description = model.index(model.row_of(1), 0).data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert description.endswith("Price & terms agreed")


def test_clear_and_naive_now(model):
    model.set_has_more(True)
    model.clear()
    assert model.rowCount() == 0
    assert model.canFetchMore(QModelIndex()) is False
    with pytest.raises(ValueError):
        model.set_now(datetime(2025, 2, 3, 12, 0))
    model.set_now(None)
    assert model.now.utcoffset() is not None
    assert abs(model.now - datetime.now().astimezone()) < timedelta(minutes=1)


def test_qtmodeltester_with_data_and_after_edits(model, qtmodeltester, make_activity, at):
    qtmodeltester.check(model)
    model.upsert(make_activity(40, "New todo", deadline=at(2, 10), todo=True))
    model.upsert(make_activity(1, "Rescheduled", deadline=at(3, 1)))
    model.remove(11)
    model.append_history([make_activity(6, "Oldest", completed=True, start_time=at(1, 1))])
    qtmodeltester.check(model)
    assert ids(model) == [3, 2, 4, 40, 1, 5, 12, 10, 6]


def test_incoming_channel_activity_shows_its_arrival_time_not_the_max_date(model, make_activity, at):
    # The portal stores DEADLINE = 9999-12-31 for incoming-channel activities (server-behaviour.md §1.2).
    arrived = make_activity(50, "Web form: price request", deadline="max", incoming_channel=True,
                            start_time=at(2, 3, 9, 15), type_id=6)
    assert model.upsert(arrived) == 1  # incoming block, after the incoming call #3 (lower id)
    card = model.card_at(1)
    assert card.state is CardState.INCOMING
    assert card.date_text == "today, 9:15 am"
    assert "9999" not in card.tooltip and "no deadline" in card.accessible_text


class _German(QTranslator):
    """A translator for the two timeline contexts, as a German .qm file would provide."""

    WORDS = {("TimelineFormat", "tomorrow, {time}"): "morgen, {time}",
             ("TimelineModel", "Overdue"): "Überfällig"}

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.WORDS.get((context, source))  # None: not translated here

    def isEmpty(self):
        return False


def test_retranslate_picks_up_an_installed_translator(model, qapp, qtbot):
    translator = _German()
    qapp.installTranslator(translator)
    try:
        with qtbot.waitSignal(model.dataChanged):
            model.retranslate()
        assert model.card_at(model.row_of(4)).date_text == "morgen, 9:00 am"
        assert model.card_at(model.row_of(2)).pill_text == "Überfällig"
        assert model.card_at(model.row_of(1)).pill_text == "Planned"  # untranslated words stay English
    finally:
        qapp.removeTranslator(translator)
    model.retranslate()
    assert model.card_at(model.row_of(2)).pill_text == "Overdue"


def test_sync_state_marks_one_card_and_survives_a_reload(model, qtmodeltester, qtbot, make_activity, at):
    from desktop_app.store.entries import EntryState, OutboxEntry
    from desktop_app.ui.timeline import SyncRole

    activities = [make_activity(1, "A", deadline=at(2, 4)), make_activity(2, "B", deadline=at(2, 5))]
    model.set_activities(activities)
    entry = OutboxEntry(id=9, method="crm.activity.todo.updateDeadline", params={}, owner_type_id=2, owner_id=7,
                        state=EntryState.CONFLICT, created_at=at(2, 3), activity_id=2)
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_sync_state(2, entry)
    row = model.row_of(2)
    assert changed.args[0].row() == changed.args[1].row() == row
    assert model.index(row, 0).data(SyncRole) == entry
    assert model.card_at(row).sync.text == "Changed on the portal"
    assert "Changed on the portal" in model.index(row, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(model.row_of(1), 0).data(SyncRole) is None
    model.set_activities(activities)  # a reload keeps the pill until the entry is done
    assert model.card_at(model.row_of(2)).sync.text == "Changed on the portal"
    qtmodeltester.check(model)
    model.set_sync_state(2, OutboxEntry(**{**entry.__dict__, "state": EntryState.DONE}))
    assert model.card_at(model.row_of(2)).sync is None
    assert "Changed on the portal" not in model.card_at(model.row_of(2)).tooltip
