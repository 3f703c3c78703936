"""Which changes an activity takes (services/activity_rules.py; server-behaviour.md §1.7), and the
``crm.activity.configurable.update`` the client builds for a change of one field: only that field is sent
(a default sent instead would clear the badge and the reminders, or change the type)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop_app.bitrix import BitrixClient, Webhook
from desktop_app.bitrix.configurable import ConfigurableFields
from desktop_app.bitrix.errors import InvalidParameter
from desktop_app.bitrix.models import Activity
from desktop_app.services.activity_rules import (
    changed_by_application,
    configurable_change,
    plain_update_refused,
    split_plain,
)
from desktop_app.services.app_features import ApplicationFeatures
from desktop_app.services.kanban_moves import move_problem
from desktop_app.services.my_activities import Group, parse_rows


def _activity(activity_id: int, provider: str, client_id: str | None = None) -> Activity:
    row = {"ID": activity_id, "OWNER_TYPE_ID": 2, "OWNER_ID": 1, "TYPE_ID": 6,
           "PROVIDER_ID": provider, "SUBJECT": "s"}
    if client_id is not None:
        row["PROVIDER_PARAMS"] = {"clientId": client_id, "badgeCode": ""}
    return Activity.from_api(row)


class _Auth:
    client_id = "local.mine"


class _App:
    auth = _Auth()


def test_only_configurable_activities_refuse_the_plain_update_and_only_own_ones_go_through_the_app() -> None:
    features = ApplicationFeatures(_App())  # type: ignore[arg-type]
    todo = _activity(1, "CRM_TODO")
    mine, theirs, unknown = (_activity(2, "CONFIGURABLE_REST_APP", "local.mine"),
                             _activity(3, "CONFIGURABLE_REST_APP", "local.other"),
                             _activity(4, "CONFIGURABLE_REST_APP"))
    assert [plain_update_refused(a) for a in (todo, mine, theirs, unknown)] == [False, True, True, True]
    assert [changed_by_application(a, features) for a in (todo, mine, theirs, unknown)] == [False, True, False, False]
    assert not changed_by_application(mine, None)
    assert not changed_by_application(mine, ApplicationFeatures(None))  # a webhook only
    assert split_plain([mine, todo, theirs]) == ([todo], [mine, theirs])
    assert move_problem(False, Group.TODAY, configurable=True).code == "application"
    assert move_problem(True, Group.TODAY).code == "incoming" and move_problem(False, Group.TODAY) is None


def test_a_change_of_one_field_sends_that_field_alone() -> None:
    client = BitrixClient.for_webhook(Webhook("http://portal.local", 1, "code"), rate_plan=None)
    call = client.configurable.prepare_update(7, None, configurable_change(completed=True))
    assert call.params == {"id": 7, "fields": {"completed": True}}
    when = datetime(2026, 12, 10, 9, 0, tzinfo=timezone(timedelta(hours=3)))
    call = client.configurable.prepare_update(7, None, configurable_change(deadline=when))
    assert list(call.params["fields"]) == ["deadline"]
    # fields read from the portal (all given) are sent in full, but never typeId (it cannot change on update)
    full = ConfigurableFields.from_api({"typeId": "CONFIGURABLE", "completed": False, "pingOffsets": [15],
                                        "badgeCode": "x"})
    sent = client.configurable.prepare_update(7, None, full).params["fields"]
    assert set(sent) >= {"completed", "pingOffsets", "badgeCode"} and "typeId" not in sent
    with pytest.raises(InvalidParameter):
        client.configurable.prepare_update(7, None, ConfigurableFields())  # nothing given, no layout
    with pytest.raises(ValueError):
        configurable_change()
    with pytest.raises(ValueError):
        configurable_change(deadline=datetime(2026, 12, 10, 9, 0))  # naive
    assert configurable_change(deadline=datetime(2026, 12, 10, tzinfo=UTC)).to_api(partial=True)


def test_my_activities_rows_keep_the_creator_of_configurable_activities_only() -> None:
    batch = parse_rows([
        {"ID": "1", "PROVIDER_ID": "CONFIGURABLE_REST_APP", "PROVIDER_PARAMS": {"clientId": "local.mine"}},
        {"ID": "2", "PROVIDER_ID": "CRM_TODO", "PROVIDER_PARAMS": {"clientId": "local.mine"}},
        {"ID": "3", "PROVIDER_ID": "CONFIGURABLE_REST_APP", "PROVIDER_PARAMS": []},
        {"ID": "4", "PROVIDER_ID": "CONFIGURABLE_REST_APP", "PROVIDER_PARAMS": {"clientId": ["not", "text"]}},
    ])
    assert batch.creator == ["local.mine", "", "", ""]
