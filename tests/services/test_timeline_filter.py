"""Timeline filters built for ``crm.activity.list`` and run against the sandbox portal: the counts a
user sees under "open", "completed", "overdue", a kind, a person or a search match the portal's data."""

from __future__ import annotations

from datetime import datetime

import pytest

from desktop_app.services.timeline import (
    ActivityKind,
    EntityRef,
    StateFilter,
    TimelineFilter,
    TimelineService,
    list_filters,
)

DEAL_1 = EntityRef(2, 1)


def _deal_1_ids(portal, where: str = "1 = 1", params: tuple = ()) -> set[int]:
    """Ids of the activities bound to deal 1 that satisfy ``where`` — read from the sandbox's own tables."""
    rows = portal.db.query(
        "SELECT a.id FROM activity a JOIN activity_binding b ON b.activity_id = a.id "
        f"WHERE b.owner_type_id = 2 AND b.owner_id = 1 AND ({where})", params)
    return {row["id"] for row in rows}


async def _all_ids(service: TimelineService, flt: TimelineFilter, now: datetime) -> tuple[set[int], int]:
    """Every row the query shows (planned + every history page) and the count it reports."""
    query = service.query(DEAL_1, flt, now)
    planned = await query.planned()
    ids = [a.id for a in planned]
    while query.has_more_history:
        ids.extend(a.id for a in await query.next_history_page())
    assert len(ids) == len(set(ids)), "disjoint queries must not return a row twice"
    return set(ids), len(planned) + query.history_total


@pytest.mark.parametrize(("state", "where"), [
    (StateFilter.ALL, "1 = 1"),
    (StateFilter.OPEN, "a.completed = 'N'"),
    (StateFilter.COMPLETED, "a.completed = 'Y'"),
    (StateFilter.OVERDUE, "a.completed = 'N' AND a.deadline < :now"),
])
async def test_state_filters_match_the_portal(client, portal, fixed_now, state, where) -> None:
    expected = _deal_1_ids(portal, where.replace(":now", "?"), (int(fixed_now.timestamp()),) if ":now" in where
                           else ())
    ids, count = await _all_ids(TimelineService(client), TimelineFilter(state=state), fixed_now)
    assert ids == expected
    assert count == len(expected)


async def test_deal_1_has_the_documented_states(client, fixed_now) -> None:
    service = TimelineService(client)
    overdue, _ = await _all_ids(service, TimelineFilter(state=StateFilter.OVERDUE), fixed_now)
    completed, _ = await _all_ids(service, TimelineFilter(state=StateFilter.COMPLETED), fixed_now)
    everything, _ = await _all_ids(service, TimelineFilter(), fixed_now)
    assert (len(overdue), len(completed), len(everything)) == (3, 60, 75)


async def test_subject_search_finds_the_expected_rows(client, portal, fixed_now) -> None:
    ids, count = await _all_ids(TimelineService(client), TimelineFilter(text=" QUOTE "), fixed_now)
    assert ids == _deal_1_ids(portal, "a.subject LIKE '%quote%'") and len(ids) == 2
    assert count == 2


async def test_search_also_finds_words_only_in_the_description(client, portal, fixed_now) -> None:
    ids, _ = await _all_ids(TimelineService(client), TimelineFilter(text="budget"), fixed_now)
    expected = _deal_1_ids(portal, "a.description LIKE '%budget%' OR a.subject LIKE '%budget%'")
    assert ids == expected and len(expected) == 4
    assert not _deal_1_ids(portal, "a.subject LIKE '%budget%'")


async def test_search_in_subject_or_description_returns_each_row_once(client, portal, fixed_now) -> None:
    # "pricing" is in both the subject and the description of several e-mails.
    ids, count = await _all_ids(TimelineService(client), TimelineFilter(text="pricing"), fixed_now)
    expected = _deal_1_ids(portal, "a.subject LIKE '%pricing%' OR a.description LIKE '%pricing%'")
    assert ids == expected and count == len(expected)


@pytest.mark.parametrize(("kinds", "where"), [
    ({ActivityKind.TODO}, "a.provider_id = 'CRM_TODO'"),
    ({ActivityKind.CALL, ActivityKind.MEETING}, "a.type_id IN (1, 2)"),
    ({ActivityKind.TODO, ActivityKind.EMAIL}, "a.provider_id = 'CRM_TODO' OR a.type_id = 4"),
    ({ActivityKind.OTHER}, "a.type_id IN (0, 5) OR a.type_id = 6 AND a.provider_id <> 'CRM_TODO'"),
])
async def test_kind_filters(client, portal, fixed_now, kinds, where) -> None:
    ids, count = await _all_ids(TimelineService(client), TimelineFilter(kinds=frozenset(kinds)), fixed_now)
    assert ids == _deal_1_ids(portal, where)
    assert count == len(ids)


async def test_responsible_and_state_combine(client, portal, fixed_now) -> None:
    flt = TimelineFilter(state=StateFilter.COMPLETED, responsible_ids=frozenset({5, 6}))
    ids, _ = await _all_ids(TimelineService(client), flt, fixed_now)
    expected = _deal_1_ids(portal, "a.completed = 'Y' AND a.responsible_id IN (5, 6)")
    assert ids == expected and len(expected) >= 2


def test_filters_sent_to_the_portal(fixed_now) -> None:
    flt = TimelineFilter(state=StateFilter.OVERDUE, kinds=frozenset({ActivityKind.TODO}),
                         responsible_ids=frozenset({3, 1}), text="nda")
    planned = list_filters(DEAL_1, flt, completed=False, now=fixed_now)
    assert planned == [
        {"BINDINGS": [{"OWNER_TYPE_ID": 2, "OWNER_ID": 1}], "COMPLETED": "N",
         "<DEADLINE": "2026-11-23T10:00:00+03:00", "@RESPONSIBLE_ID": [1, 3],
         "TYPE_ID": 6, "PROVIDER_ID": "CRM_TODO", "%SUBJECT": "nda"},
        {"BINDINGS": [{"OWNER_TYPE_ID": 2, "OWNER_ID": 1}], "COMPLETED": "N",
         "<DEADLINE": "2026-11-23T10:00:00+03:00", "@RESPONSIBLE_ID": [1, 3],
         "TYPE_ID": 6, "PROVIDER_ID": "CRM_TODO", "%DESCRIPTION": "nda", "!%SUBJECT": "nda"},
    ]
    assert list_filters(DEAL_1, flt, completed=True, now=fixed_now) == []  # nothing completed is overdue
    assert TimelineFilter().is_empty and not flt.is_empty
