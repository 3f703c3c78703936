"""Words for an activity's fields (details_texts, details_summary.client_lines) and the conflict view
on whatever a portal stored as "theirs": every kind reads as a word, never a code; a hostile or
broken portal version never raises and is shown as plain text."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel

from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.models import Activity, Communication
from desktop_app.services.details import ActivityDetails
from desktop_app.store.entries import EntryState, OutboxEntry
from desktop_app.ui.details_conflict import ConflictView, conflict_rows
from desktop_app.ui.details_summary import client_lines
from desktop_app.ui.details_texts import direction_text, type_text, value_text
from desktop_app.ui.timeline.format import DateTexts

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)
TEXTS = DateTexts(TZ, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
TODAY = date(2026, 11, 23)


def _activity(**fields: object) -> Activity:
    return Activity.from_api({"ID": "7", "OWNER_TYPE_ID": "2", "OWNER_ID": "1", "TYPE_ID": "2", **fields})


@pytest.mark.parametrize(("fields", "word"), [
    ({"TYPE_ID": "1"}, "Meeting"), ({"TYPE_ID": "2"}, "Call"), ({"TYPE_ID": "3"}, "Task"),
    ({"TYPE_ID": "4"}, "E-mail"), ({"TYPE_ID": "6", "PROVIDER_ID": "CRM_TODO"}, "To-do"),
    ({"TYPE_ID": "6", "PROVIDER_ID": "REST_APP"}, "App activity"),
    ({"TYPE_ID": "6", "PROVIDER_ID": "SOMETHING_NEW"}, "Activity"), ({"TYPE_ID": "42"}, "Activity"),
])
def test_every_kind_reads_as_a_word(qapp, fields: dict, word: str) -> None:  # noqa: ANN001
    assert type_text(_activity(**fields)) == word


def test_direction_only_where_there_is_one(qapp) -> None:  # noqa: ANN001
    assert direction_text(_activity(DIRECTION="1")) == "Incoming"
    assert direction_text(_activity(DIRECTION="2")) == "Outgoing"
    assert direction_text(_activity(DIRECTION="0")) is None
    assert direction_text(_activity(TYPE_ID="6", PROVIDER_ID="CRM_TODO", DIRECTION="2")) is None


def test_values_in_words(qapp) -> None:  # noqa: ANN001
    assert value_text("COMPLETED", "Y", TEXTS, TODAY) == "Completed"
    assert value_text("COMPLETED", "N", TEXTS, TODAY) == "Open"
    assert value_text("PRIORITY", "3", TEXTS, TODAY) == "High"
    assert value_text("COLOR", "", TEXTS, TODAY) == "Default (yellow)"
    assert value_text("COLOR", "1", TEXTS, TODAY) == "Blue"
    assert value_text("pingOffsets", "[0, 15]", TEXTS, TODAY) == "At the time, 15 minutes before"
    assert value_text("RESPONSIBLE_ID", "5", TEXTS, TODAY, {5: "Michael Hayes"}) == "Michael Hayes"
    assert value_text("RESPONSIBLE_ID", "9", TEXTS, TODAY) == "User #9"
    assert value_text("DEADLINE", "2026-12-04T10:00:00+03:00", TEXTS, TODAY) == "Fri, December 4, 10:00 am"
    assert value_text("DEADLINE", "9999-12-31T00:00:00+03:00", TEXTS, TODAY) == "No deadline"
    assert value_text("DESCRIPTION", "<p>Hi <b>there</b></p>", TEXTS, TODAY, description_type=3) == "Hi there"
    assert value_text("SUBJECT", "", TEXTS, TODAY) == "(empty)"


def test_the_client_from_communications_or_from_bound_contacts(qapp) -> None:  # noqa: ANN001
    comms = [Communication(TYPE="PHONE", VALUE="+1 555 0100", ENTITY_TYPE_ID=3, ENTITY_ID=4),
             Communication(TYPE="EMAIL", VALUE="ann@example.com", ENTITY_TYPE_ID=3, ENTITY_ID=4),
             Communication(TYPE="EMAIL", VALUE="desk@acme.example", ENTITY_TYPE_ID=4, ENTITY_ID=2)]
    details = ActivityDetails(activity=_activity(), communications=comms,
                              entity_names={(3, 4): "Ann Lee", (4, 2): "Acme"})
    assert client_lines(details) == ["Ann Lee — +1 555 0100, ann@example.com", "Acme — desk@acme.example"]
    unnamed = ActivityDetails(activity=_activity(), communications=comms[:1])
    assert client_lines(unnamed) == ["Contact #4 — +1 555 0100"]
    bound = ActivityDetails(activity=_activity(), bindings=[Binding(2, 1), Binding(3, 4)],
                            entity_names={(3, 4): "Ann Lee", (2, 1): "Big deal"})
    assert client_lines(bound) == ["Ann Lee"]
    assert client_lines(ActivityDetails(activity=_activity(), bindings=[Binding(2, 1)])) == []


_SEEN = {"ID": "7", "OWNER_TYPE_ID": "2", "OWNER_ID": "1", "TYPE_ID": "6", "PROVIDER_ID": "CRM_TODO",
         "SUBJECT": "Call back", "DESCRIPTION": "", "DESCRIPTION_TYPE": "1", "RESPONSIBLE_ID": "1",
         "DEADLINE": "2026-11-25T10:00:00+03:00", "LAST_UPDATED": "2026-11-20T10:00:00+03:00", "SETTINGS": []}
_MINE = {"id": 7, "ownerTypeId": 2, "ownerId": 1, "title": "Call back today", "description": "Ask for <b>Ann</b>",
         "deadline": "2026-11-26T18:00:00+03:00", "colorId": "default", "responsibleId": 1, "pingOffsets": [0, 15]}
_values = st.one_of(st.none(), st.text(max_size=30), st.integers(-5, 10**12), st.booleans(),
                    st.lists(st.integers(-5, 99), max_size=3), st.dictionaries(st.text(max_size=5), st.text(max_size=5),
                                                                               max_size=2))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(theirs=st.dictionaries(st.sampled_from(["SUBJECT", "DESCRIPTION", "DESCRIPTION_TYPE", "DEADLINE", "SETTINGS",
                                               "EDITOR_ID", "LAST_UPDATED", "RESPONSIBLE_ID", "COMPLETED"]),
                              _values, max_size=6))
def test_a_broken_or_hostile_portal_version_never_raises_and_is_shown_plain(qtbot, theirs: dict) -> None:
    entry = OutboxEntry(id=1, method="crm.activity.todo.update", params=_MINE, owner_type_id=2, owner_id=1,
                        state=EntryState.CONFLICT, created_at=NOW, activity_id=7, before=_SEEN,
                        theirs={**_SEEN, **theirs})
    rows = conflict_rows(entry, TEXTS, TODAY, {1: "Alex Morgan"})
    assert all(row.label and row.sentence() for row in rows)
    view = ConflictView(entry, TEXTS, TODAY, {1: "Alex Morgan"})
    qtbot.addWidget(view)
    labels = view.findChildren(QLabel)
    assert labels and all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    mine = {row.field: row.mine for row in rows}
    if "SUBJECT" in mine:
        assert mine["SUBJECT"] == "Call back today"
    if "DESCRIPTION" in mine:
        assert mine["DESCRIPTION"] == "Ask for <b>Ann</b>", "the user's text as typed"
