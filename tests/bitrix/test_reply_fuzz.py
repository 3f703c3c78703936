"""Replies that lie (issue 10, item 6): every public client method, fed envelopes with wrong types,
nulls, huge numbers, floats, nested garbage and truncated bytes, raises only typed
``BitrixClientError`` subclasses — a mismatch is one ``BadResponse`` naming the method and the JSON
path of the field, and counts as "outcome unknown" (verify on the portal before re-sending).

The replies are hand-written (the sandbox portal never lies) and answered through
``httpx.MockTransport``; each example gets a fresh client without retries or rate limiting.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import (
    Activity,
    BadResponse,
    BatchReply,
    BitrixClient,
    BitrixClientError,
    BitrixError,
    CrmItem,
    PortalMoved,
    RetryPolicy,
    User,
    Webhook,
    outcome_unknown,
)
from desktop_app.bitrix.activities import CommunicationInput, FieldInfo, SystemActivityFields
from desktop_app.bitrix.bindings import Binding
from desktop_app.bitrix.models import ActivityType
from desktop_app.bitrix.prepared import PreparedCall

CODE = "s3cr3tc0de"
WHEN = datetime(2026, 12, 1, 15, 0, tzinfo=timezone(timedelta(hours=3)))
CALL = SystemActivityFields(ActivityType.CALL, "Call Ann", 2, 1, [CommunicationInput("+100", 3, 1, "PHONE")],
                            start_time=WHEN)


def _is_id(value: Any) -> bool:
    return type(value) is int and 0 < value < 2**63


async def _walk(client: BitrixClient) -> list[Any]:
    pages = []
    async for page in client.walk(with_total=False):
        pages.append(page)
        if len(pages) == 4:
            break
    for page in pages:
        assert all(isinstance(r, dict) and _is_id(int(r["ID"])) for r in page.rows)
    return pages


async def _activity_pages(client: BitrixClient) -> list[Any]:
    pages = [p async for p in client.iter_activity_pages()]
    assert all(isinstance(a, Activity) for p in pages for a in p.items)
    return pages


def _check(kind: type | Callable[[Any], bool]) -> Callable[[Any], bool]:
    return kind if not isinstance(kind, type) else (lambda value: isinstance(value, kind))


#: name → (call, is it a write, what a successful result must look like)
CALLS: dict[str, tuple[Callable[[BitrixClient], Awaitable[Any]], bool, Callable[[Any], bool]]] = {
    "user.current": (lambda c: c.current_user(), False, _check(User)),
    "user.get": (lambda c: c.get_users([1, 2]), False, lambda r: all(isinstance(u, User) for u in r)),
    "crm.item.list": (lambda c: c.list_items(2), False,
                      lambda p: all(isinstance(i, CrmItem) and _is_id(i.id) for i in p.items) and p.total >= 0),
    "crm.activity.list": (lambda c: c.list_activities(), False,
                          lambda p: all(isinstance(a, Activity) for a in p.items) and (p.next is None or p.next >= 0)),
    "crm.activity.list pages": (_activity_pages, False, lambda r: True),
    "crm.activity.get": (lambda c: c.get_activity(1), False, _check(Activity)),
    "crm.activity.fields": (lambda c: c.activities.fields(), False,
                            lambda r: all(isinstance(f, FieldInfo) and isinstance(f.type, str) for f in r.values())),
    "crm.activity.binding.list": (lambda c: c.bindings.list(1), False,
                                  lambda r: all(isinstance(b, Binding) and _is_id(b.entity_id) for b in r)),
    "walk": (_walk, False, lambda r: True),
    "batch": (lambda c: c.batch({"me": PreparedCall("user.current", {}), "n": PreparedCall("crm.activity.list", {})}),
              False, lambda r: isinstance(r, BatchReply) and all(isinstance(x.total, int | None) for x in r.results.values())),
    "crm.activity.todo.add": (lambda c: c.add_todo(2, 1, WHEN, title="t"), True, _is_id),
    "crm.activity.todo.updateDeadline": (lambda c: c.todo.update_deadline(5, 2, 1, WHEN), True, _is_id),
    "crm.activity.add": (lambda c: c.activities.add(CALL), True, _is_id),
    "crm.activity.update": (lambda c: c.activities.update(5, {"SUBJECT": "x"}), True, lambda r: r is None),
    "crm.activity.binding.add": (lambda c: c.bindings.add(5, Binding(2, 3)), True, lambda r: r is None),
}

# -------------------------------------------------------------------------------- strategies

KEYS = st.sampled_from(["ID", "id", "items", "item", "entityTypeId", "entityId", "result", "result_error", "result_total",
                        "result_next", "result_time", "total", "next", "time", "SUBJECT", "OWNER_ID", "DEADLINE", "SETTINGS",
                        "COMMUNICATIONS", "type", "title", "isRequired", "NAME", "opportunity", "me", "n", "p0", "raw",
                        "operating_reset_at", "error", "error_description"]) | st.text(max_size=4)
SCALARS = (st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=8)
           | st.sampled_from(["", "abc", "12", "-1", "0", "1e5", "9" * 25, "Y", "N", "2026-12-01T15:00:00+03:00",
                              "9999-12-31T00:00:00+03:00", "2026-13-45"]))
HOSTILE = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5),
                       max_leaves=12)
ROW_FIELDS = ("SUBJECT", "OWNER_ID", "DEADLINE", "SETTINGS", "COMMUNICATIONS", "entityTypeId", "entityId")
ROW = st.fixed_dictionaries({"ID": SCALARS}, optional=dict.fromkeys(ROW_FIELDS, HOSTILE))
NEAR = st.one_of(
    st.lists(ROW, max_size=4),                                       # list methods, binding rows
    st.fixed_dictionaries({"items": st.lists(st.dictionaries(KEYS, HOSTILE, max_size=4) | ROW, max_size=3)}),
    st.fixed_dictionaries({"id": SCALARS}),                            # todo.* and creates
    st.dictionaries(st.sampled_from(["result", "result_error", "result_total", "result_next", "result_time"]),
                    st.dictionaries(st.sampled_from(["me", "n", "p0", "total"]), HOSTILE, max_size=3) | HOSTILE,
                    max_size=5),                                       # batch sections
    st.dictionaries(st.text(max_size=6), st.dictionaries(st.sampled_from(["type", "title", "isRequired"]), HOSTILE)),
    ROW,
)
ENVELOPES = st.fixed_dictionaries(
    {"result": HOSTILE | NEAR},
    optional={"total": SCALARS | HOSTILE, "next": SCALARS | HOSTILE, "time": HOSTILE},
)


def _encode(envelope: Any) -> bytes:
    return json.dumps(envelope).encode()


HUGE = b"9" * 5000  # past Python's 4,300-digit int parsing limit
DEEP = b"[" * 100_000 + b"]" * 100_000  # past the JSON parser's recursion limit
BODIES = st.one_of(
    ENVELOPES.map(_encode),
    st.tuples(ENVELOPES.map(_encode), st.floats(0, 1)).map(lambda t: t[0][: int(len(t[0]) * t[1])]),  # truncated
    st.sampled_from([b"", b"null", b"[]", b'"result"', b"<html>captive portal</html>", b'{"result": {"id": ' + HUGE + b"}}",
                     b'{"result": ' + DEEP + b"}", b'{"result": [], "total": ' + HUGE + b"}", b"\xff\xfe\x00garbage",
                     b'{"result": {"id": 1e999}}', b'{"result": NaN, "next": Infinity}']),
    st.binary(max_size=40),
)
STATUSES = st.sampled_from([200] * 8 + [201, 204, 400, 404, 500, 502, 302])


# ------------------------------------------------------------------------------------ runner


def _client(body: bytes, status: int) -> BitrixClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": "application/json"})

    return BitrixClient.for_webhook(Webhook("https://acme.bitrix24.com", 7, CODE), transport=httpx.MockTransport(handler),
                                    rate_plan=None, retry=RetryPolicy.NONE)


async def _outcome(name: str, body: bytes, status: int) -> tuple[Any, BaseException | None]:
    call = CALLS[name][0]
    async with _client(body, status) as client:
        try:
            return await asyncio.wait_for(call(client), 10), None
        except BaseException as exc:  # noqa: BLE001 - the test judges whatever comes out
            return None, exc


def _judge(name: str, body: bytes, status: int) -> BaseException | None:
    result, exc = asyncio.run(_outcome(name, body, status))
    if exc is None:
        assert CALLS[name][2](result), (name, result)
        return None
    assert isinstance(exc, BitrixClientError), f"{name}: {type(exc).__name__}: {exc}"
    assert CODE not in str(exc)
    if isinstance(exc, BadResponse):
        assert outcome_unknown(exc) and exc.method and exc.host == "acme.bitrix24.com"
    elif CALLS[name][1] and not isinstance(exc, (BitrixError, PortalMoved)):
        assert outcome_unknown(exc), f"{name}: {exc!r} leaves a write's outcome open but does not say so"
    return exc


@settings(max_examples=200, deadline=None)
@given(name=st.sampled_from(sorted(CALLS)), envelope=ENVELOPES, status=STATUSES)
def test_lying_envelopes_give_only_typed_errors(name: str, envelope: Any, status: int) -> None:
    exc = _judge(name, _encode(envelope), status)
    event(f"{name}: {type(exc).__name__ if exc else 'ok'}")


@settings(max_examples=150, deadline=None)
@given(name=st.sampled_from(sorted(CALLS)), body=BODIES)
def test_broken_bodies_give_only_typed_errors(name: str, body: bytes) -> None:
    exc = _judge(name, body, 200)
    event(f"{name}: {type(exc).__name__ if exc else 'ok'}")


# ------------------------------------------------------------------------- the cases


@pytest.mark.parametrize(("name", "reply", "field"), [
    ("crm.item.list", {"result": {"item": None}}, "result.items"),
    ("crm.item.list", {"result": {"items": [{"id": 3}, {"id": "abc"}]}}, "result.items[1].id"),
    ("crm.activity.todo.add", {"result": {"id": "abc"}}, "result.id"),
    ("crm.activity.todo.updateDeadline", {"result": {"id": None}}, "result.id"),
    ("crm.activity.add", {"result": "twelve"}, "result"),
    ("crm.activity.add", {"result": 10**20}, "result"),
    ("user.current", {"result": [{"ID": "1"}]}, "result"),
    ("crm.activity.get", {"result": {"ID": 10**20}}, "result.ID"),
    ("crm.activity.get", {"result": {"ID": "5", "COMMUNICATIONS": [{"ID": "x"}]}}, "result.COMMUNICATIONS[0].ID"),
    ("crm.activity.list", {"result": [{"ID": "1"}, {"ID": "x"}]}, "result[1].ID"),
    ("crm.activity.list", {"result": [], "total": "x"}, "total"),
    ("crm.activity.list", {"result": [], "next": "abc"}, "next"),
    ("crm.activity.list", {"result": [], "next": 2**64}, "next"),
    ("crm.activity.list", {"result": {"0": {"ID": "1"}}}, "result"),
    ("crm.activity.binding.list", {"result": [{"entityTypeId": 2, "entityId": None}]}, "result[0].entityId"),
    ("crm.activity.fields", {"result": {"SUBJECT": {"type": ["string"]}}}, "result.SUBJECT.type"),
    ("batch", {"result": {"result": {"me": {}}, "result_total": {"me": "x"}}}, "result.result_total.me"),
    ("batch", {"result": {"result": {"me": {}}}}, "result.result.n"),
    ("batch", {"result": [[1, 2], "x"]}, "result"),
    ("walk", {"result": [{"SUBJECT": "no id"}]}, "result[0].ID"),
    ("user.get", {"result": [{"ID": "1"}, None]}, "result[1]"),
])
def test_each_lie_is_one_bad_response_naming_method_and_field(name: str, reply: Any, field: str) -> None:
    exc = _judge(name, _encode(reply), 200)
    assert isinstance(exc, BadResponse), exc
    assert exc.field == field and f"field {field}" in str(exc)
    method = "crm.activity.list" if name in ("walk", "crm.activity.list pages") else name
    assert exc.method == method and method in str(exc) and "acme.bitrix24.com" in str(exc)


def test_nulls_and_php_empty_arrays_that_the_portal_really_sends_are_read() -> None:
    activity = {"ID": "5", "SUBJECT": None, "DESCRIPTION": None, "SETTINGS": [], "OWNER_ID": "", "DEADLINE": ""}
    assert _judge("crm.activity.get", _encode({"result": activity, "time": []}), 200) is None
    assert _judge("batch", _encode({"result": {"result": {"me": {"ID": "1"}, "n": []}, "result_error": [],
                                               "result_total": {"n": 0}, "result_next": [], "result_time": []}}), 200) is None
