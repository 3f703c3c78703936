"""Replies of the application families that do not have the documented shape (a lying or broken server,
which the sandbox never is): each becomes one BadResponse naming the field, never a ValidationError."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from desktop_app.bitrix import BadResponse, BitrixClient, Webhook
from desktop_app.bitrix.configurable import ConfigurableFields
from desktop_app.bitrix.models import Activity
from desktop_app.services.app_features import ApplicationFeatures

LAYOUT = {"header": {"title": "x"}, "body": {"blocks": {}}}


def _client(results: dict[str, Any]) -> BitrixClient:
    """A client whose portal answers ``{"result": results[method]}`` to every call."""

    def handler(request: httpx.Request) -> httpx.Response:
        method = request.url.path.rsplit("/", 1)[-1]
        return httpx.Response(200, json={"result": results[method]})

    return BitrixClient.for_webhook(Webhook("http://liar.local", 1, "code"), transport=httpx.MockTransport(handler),
                                    rate_plan=None)


@pytest.mark.parametrize(("method", "result", "call", "field"), [
    ("crm.activity.type.list", [{"NAME": "no id"}], lambda c: c.activity_types.list(), "result[0].TYPE_ID"),
    ("crm.activity.type.list", {"TYPE_ID": "X"}, lambda c: c.activity_types.list(), "result"),
    ("crm.activity.type.add", False, lambda c: c.activity_types.add("X"), "result"),
    ("crm.activity.badge.get", {"badge": None}, lambda c: c.badges.get("b"), "result.badge"),
    ("crm.activity.badge.list", {"badges": [{"code": "b", "title": ["x"], "value": "v"}]},
     lambda c: c.badges.list(), "result.badges[0].title"),
    ("crm.activity.configurable.add", {"activity": {"id": "abc"}},
     lambda c: c.configurable.add(2, 1, LAYOUT), "result.activity.id"),
    ("crm.activity.configurable.get", {"activity": {"id": 1, "ownerTypeId": 2, "ownerId": 1}},
     lambda c: c.configurable.get(1), "result.activity.fields"),
    ("crm.activity.configurable.get", {"activity": {"id": 1, "ownerTypeId": 2, "ownerId": 1,
                                                    "fields": {"pingOffsets": [-1]}, "layout": {}}},
     lambda c: c.configurable.get(1), "result.activity.fields.pingOffsets[0]"),
    ("crm.activity.layout.blocks.get", {"layout": "text"}, lambda c: c.layout_blocks.get(2, 1, 1), "result.layout"),
    ("crm.activity.layout.blocks.get", {"layout": {"blocks": "x"}}, lambda c: c.layout_blocks.get(2, 1, 1),
     "result.layout.blocks"),
    ("crm.activity.layout.blocks.set", {"success": False},
     lambda c: c.layout_blocks.set(2, 1, 1, {"blocks": {}}), "result.success"),
])
async def test_a_reply_of_the_wrong_shape_is_a_bad_response(method, result, call, field) -> None:  # noqa: ANN001
    client = _client({method: result})
    try:
        with pytest.raises(BadResponse) as caught:
            await call(client)
        assert (caught.value.method, caught.value.field) == (method, field)
    finally:
        await client.aclose()


async def test_one_unreadable_card_answer_spoils_only_its_card() -> None:
    good = {"activity": {"id": 7, "ownerTypeId": 2, "ownerId": 1, "fields": ConfigurableFields().model_dump(
        by_alias=True, mode="json"), "layout": LAYOUT}}
    batch = {"result": {"c7": good, "c8": {"activity": None}, "b9": {"layout": None},
                        "badges": {"badges": "garbage"}},
             "result_error": [], "result_total": [], "result_next": [], "result_time": []}
    client = _client({"batch": batch})
    rows = [Activity.from_api({"ID": str(i), "TYPE_ID": "6", "PROVIDER_ID": p})
            for i, p in ((7, "CONFIGURABLE_REST_APP"), (8, "CONFIGURABLE_REST_APP"), (9, "CRM_TODO"))]
    try:
        extras = await ApplicationFeatures(client).card_extras(2, 1, rows)
    finally:
        await client.aclose()
    assert extras.layouts == {7: LAYOUT}
    assert set(extras.failed) == {8} and isinstance(extras.failed[8], BadResponse)
    assert extras.blocks == {} and extras.badges == {}
    assert json.dumps(extras.layouts)  # plain JSON for the card painter
