"""The sandbox portal under hostile input (issue 10 #11): every method it registers, every parameter
it reads, sent wrong types (null, list, map, 64-bit overflows, negative, float, bool, long string,
100 levels of nesting) as JSON, as a form body and as a query string; deep and unclosed bracket keys,
deep JSON, 10 MB bodies, random parameter trees. Every answer is a JSON envelope with a documented
status, the PHP-like outcome where PHP's is known, and nothing is logged with a traceback.

In-process (``portal.transport()``) for speed: the whole corpus runs in a few seconds.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.calls import invoke
from desktop_app.sandbox.methods.activity_fields import ACTIVITY_FIELD_INFO
from desktop_app.sandbox.methods.contact import LEGACY_ITEM_FIELDS
from desktop_app.sandbox.methods.item import ITEM_FIELDS
from desktop_app.sandbox.registry import REGISTRY
from desktop_app.sandbox.schema import ACTIVITY_FIELD_KINDS

from .helpers import BASE_URL, NOW

HUGE = 99999999999999999999
PHP_INT_MAX = 9223372036854775807
DEADLINE = "2025-02-06T10:00:00+03:00"
DEAL = {"ownerTypeId": 2, "ownerId": 1}


def nested(levels: int, leaf: Any = 1) -> Any:
    """``[[[…leaf…]]]`` ``levels`` deep, built without recursion."""
    value = leaf
    for _ in range(levels):
        value = [value]
    return value


#: The wrong values sent for every parameter (JSON keeps their types; form/query sends their PHP text).
WRONG_VALUES: dict[str, Any] = {
    "null": None, "empty_list": [], "list": [1, "2"], "map": {"a": {"b": 1}}, "huge": HUGE,
    "huge_negative": -HUGE, "huge_string": str(HUGE), "negative": -1, "float": 1.5,
    "big_float": 1e308, "true": True, "false": False, "empty": "", "text": "abc",
    "long_string": "x" * 100_000, "nested_100": nested(100),
    "huge_items": [HUGE, str(HUGE), -HUGE, 1e308, {"OWNER_TYPE_ID": HUGE, "OWNER_ID": -HUGE, "ENTITY_TYPE_ID": HUGE,
                                                    "ENTITY_ID": str(HUGE), "VALUE": "v", "TYPE": "PHONE"}],
}
#: The values also sent in a query string.
QUERY_LABELS = {"huge", "huge_negative", "map", "nested_100"}
#: A smaller set for the many fields inside ``fields`` / ``filter`` (the same kinds of wrongness).
FIELD_VALUES = {key: WRONG_VALUES[key] for key in
                ("null", "map", "huge", "huge_negative", "float", "true", "long_string", "nested_100", "huge_items")}

_LEGACY_LIST = ["order", "filter", "select", "start"]
_IDS = ["ownerTypeId", "ownerId", "id"]
_TODO = ["ownerTypeId", "ownerId", "deadline", "title", "description", "responsibleId", "parentActivityId",
         "fileTokens", "settings", "pingOffsets", "colorId"]
#: Every parameter each registered method reads (top level; ``fields``/``filter`` entries below).
PARAMETERS: dict[str, list[str]] = {
    "batch": ["cmd", "halt"],
    "crm.activity.add": ["fields", "params"],
    "crm.activity.update": ["id", "fields", "params"],
    "crm.activity.delete": ["id"],
    "crm.activity.get": ["id"],
    "crm.activity.list": _LEGACY_LIST,
    "crm.activity.fields": [],
    "crm.activity.communication.fields": [],
    "crm.activity.binding.add": ["activityId", "entityTypeId", "entityId"],
    "crm.activity.binding.delete": ["activityId", "entityTypeId", "entityId"],
    "crm.activity.binding.list": ["activityId"],
    "crm.activity.binding.move": ["activityId", "sourceEntityTypeId", "sourceEntityId", "targetEntityTypeId",
                                  "targetEntityId"],
    "crm.activity.todo.add": [*_TODO, "isCopy"],
    "crm.activity.todo.update": ["id", *_TODO],
    "crm.activity.todo.updatecolor": [*_IDS, "colorId"],
    "crm.activity.todo.updatedeadline": [*_IDS, "value"],
    "crm.activity.todo.updatedescription": [*_IDS, "value"],
    "crm.activity.todo.updateresponsibleuser": [*_IDS, "responsibleId"],
    "crm.company.list": _LEGACY_LIST,
    "crm.contact.list": _LEGACY_LIST,
    "crm.lead.list": _LEGACY_LIST,
    **{f"crm.enum.{name}": [] for name in ("activitydirection", "activitynotifytype", "activitypriority",
                                             "activitystatus", "activitytype", "contenttype", "ownertype")},
    "crm.item.list": ["entityTypeId", "select", "order", "filter", "start"],
    "user.current": [],
    "user.admin": [],
    "user.get": ["FILTER", "SORT", "ORDER", "ID", "ACTIVE", "NAME", "start"],
    "crm.activity.configurable.add": ["ownerTypeId", "ownerId", "fields", "layout"],
    "crm.activity.configurable.update": ["id", "fields", "layout"],
    "crm.activity.configurable.get": ["id"],
    "crm.activity.type.add": ["fields"],
    "crm.activity.type.list": [],
    "crm.activity.type.delete": ["TYPE_ID"],
    "crm.activity.badge.add": ["code", "title", "value", "type"],
    "crm.activity.badge.get": ["code"],
    "crm.activity.badge.list": [],
    "crm.activity.badge.delete": ["code"],
    **{f"crm.activity.layout.blocks.{name}": ["entityTypeId", "entityId", "activityId"] + (["layout"] if name == "set" else [])
       for name in ("set", "get", "delete")},
    # event.*: application context only; as an application they are fuzzed in test_events_hostile.py
    "event.bind": ["event", "event_type", "handler", "auth_type"],
    "event.unbind": ["event", "event_type", "handler", "auth_type"],
    "event.get": [],
    "event.offline.get": ["filter", "order", "limit", "clear", "process_id", "error"],
    "event.offline.clear": ["process_id", "id", "message_id"],
    "event.offline.list": ["filter", "order", "start"],
}
#: Keys inside ``fields`` (crm.activity.add/update) and inside ``filter`` (list methods).
ACTIVITY_FIELDS = [*ACTIVITY_FIELD_INFO, "ORIGIN_VERSION", "IS_INCOMING_CHANNEL"]
COMMUNICATION_KEYS = ["ENTITY_TYPE_ID", "ENTITY_ID", "VALUE", "TYPE"]
FILTER_KEYS: dict[str, list[str]] = {
    "crm.activity.list": [*ACTIVITY_FIELD_KINDS, "BINDINGS", ">=DEADLINE", "@ID", "!%SUBJECT"],
    "crm.contact.list": [*LEGACY_ITEM_FIELDS[3], "PHONE", "EMAIL", "@ID"],
    "crm.company.list": [*LEGACY_ITEM_FIELDS[4], "PHONE", "@ID"],
    "crm.lead.list": [*LEGACY_ITEM_FIELDS[1], "EMAIL", ">ID"],
    "crm.item.list": [*ITEM_FIELDS[2], "@id", "0", "logic"],
}


def base_params(method: str, todo_id: int) -> dict[str, Any]:
    """Valid parameters of ``method``: a hostile value replaces one of them at a time."""
    one = {"ID": 1}
    return {
        "batch": {"cmd": {"me": "user.current"}, "halt": 0},
        "crm.activity.add": {"fields": {"SUBJECT": "s", "TYPE_ID": 2, "OWNER_TYPE_ID": 2, "OWNER_ID": 1,
                                        "COMMUNICATIONS": [{"VALUE": "+1 555 0100", "TYPE": "PHONE"}]}},
        "crm.activity.update": {"id": todo_id, "fields": {"SUBJECT": "s2"}},
        "crm.activity.delete": {"id": HUGE},
        "crm.activity.get": {"id": todo_id},
        "crm.activity.list": {"filter": one, "select": ["ID"]},
        "crm.activity.binding.add": {"activityId": todo_id, "entityTypeId": 3, "entityId": 1},
        "crm.activity.binding.delete": {"activityId": todo_id, "entityTypeId": 3, "entityId": 1},
        "crm.activity.binding.list": {"activityId": todo_id},
        "crm.activity.binding.move": {"activityId": todo_id, "sourceEntityTypeId": 2, "sourceEntityId": 1,
                                      "targetEntityTypeId": 2, "targetEntityId": 2},
        "crm.activity.todo.add": {**DEAL, "deadline": DEADLINE, "title": "t"},
        "crm.activity.todo.update": {**DEAL, "id": todo_id, "deadline": DEADLINE, "title": "t2"},
        "crm.activity.todo.updatecolor": {**DEAL, "id": todo_id, "colorId": "2"},
        "crm.activity.todo.updatedeadline": {**DEAL, "id": todo_id, "value": DEADLINE},
        "crm.activity.todo.updatedescription": {**DEAL, "id": todo_id, "value": "d"},
        "crm.activity.todo.updateresponsibleuser": {**DEAL, "id": todo_id, "responsibleId": 2},
        "crm.company.list": {"filter": one},
        "crm.contact.list": {"filter": one},
        "crm.lead.list": {"filter": one},
        "crm.item.list": {"entityTypeId": 2, "filter": {"id": 1}},
        "user.get": {"FILTER": one},
        "crm.activity.configurable.add": {**DEAL, "fields": {}, "layout": {
            "icon": {"code": "info"}, "header": {"title": "t"},
            "body": {"logo": {"code": "comment"}, "blocks": {"b": {"type": "text", "properties": {"value": "v"}}}}}},
        "crm.activity.configurable.update": {"id": todo_id, "fields": {}},
        "crm.activity.configurable.get": {"id": todo_id},
        "crm.activity.type.add": {"fields": {"TYPE_ID": "T1", "NAME": "n"}},
        "crm.activity.type.delete": {"TYPE_ID": "T1"},
        "crm.activity.badge.add": {"code": "c", "title": "t", "value": "v", "type": "success"},
        "crm.activity.badge.get": {"code": "c"},
        "crm.activity.badge.delete": {"code": "c"},
        **{f"crm.activity.layout.blocks.{name}": {"entityTypeId": 2, "entityId": 1, "activityId": todo_id}
           for name in ("set", "get", "delete")},
    }.get(method, {})


# ------------------------------------------------------------------------------------- encodings


def form_pairs(name: str, value: Any) -> list[tuple[str, str]]:
    """``value`` under ``name`` as PHP bracket pairs (``http_build_query``: null dropped, bools 1/0)."""
    pairs: list[tuple[str, str]] = []
    stack: list[tuple[str, Any]] = [(name, value)]
    while stack:
        key, item = stack.pop()
        if item is None:
            continue
        if isinstance(item, dict):
            stack.extend((f"{key}[{k}]", v) for k, v in reversed(item.items()))
        elif isinstance(item, list):
            stack.extend((f"{key}[{i}]", v) for i, v in reversed(list(enumerate(item))))
        elif isinstance(item, bool):
            pairs.append((key, "1" if item else "0"))
        else:
            pairs.append((key, str(item)))
    return pairs


def urlencode(pairs: Iterable[tuple[str, str]]) -> str:
    return "&".join(f"{quote(k, safe='[]')}={quote(v, safe='')}" for k, v in pairs)


def with_value(base: dict[str, Any], paths: list[tuple[str, ...]], value: Any) -> dict[str, Any]:
    """A copy of ``base`` with ``value`` at every path (``("fields", "SUBJECT")``), maps created on the way."""
    params = json.loads(json.dumps(base))
    for path in paths:
        container = params
        for key in path[:-1]:
            if not isinstance(container.get(key), dict):
                container[key] = {}
            container = container[key]
        container[path[-1]] = value
    return params


# ------------------------------------------------------------------------------------- checks

#: (HTTP status, error code) pairs a corpus request may get; any 400 is a method's own error.
#: 403 ``ACCESS_DENIED``: crm.activity.type.* (``AccessException``, server-behaviour.md §1.9).
#: 403 ``WRONG_AUTH_TYPE``: event.* called through the webhook (``AuthTypeException``).
DOCUMENTED_ERRORS = {401: {"INVALID_CREDENTIALS", "NO_AUTH_FOUND"}, 403: {"ACCESS_DENIED", "WRONG_AUTH_TYPE"},
                     404: {"ERROR_METHOD_NOT_FOUND"}, 500: {"ERROR_CORE"}}


def assert_envelope(reply: httpx.Response, what: str) -> dict[str, Any]:
    """The answer is PHP-style JSON: a success (200, ``result`` + ``time``) or a documented error."""
    assert reply.headers["content-type"] == "application/json; charset=utf-8", what
    body = json.loads(reply.content)  # strict JSON: no NaN, no Infinity
    assert isinstance(body, dict), what
    if "result" in body:
        assert reply.status_code == 200 and "time" in body, what
        return body
    assert isinstance(body.get("error"), str) and isinstance(body.get("error_description"), str), (what, body)
    assert "time" not in body, what
    assert reply.status_code == 400 or body["error"] in DOCUMENTED_ERRORS.get(reply.status_code, ()), \
        (what, reply.status_code, body)
    assert body["error"] not in ("INTERNAL_SERVER_ERROR", "WRONG_ENCODING"), (what, body)
    return body


def assert_quiet_log(caplog: pytest.LogCaptureFixture) -> None:
    """Nothing at ERROR or above, and no traceback at any level."""
    loud = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info or r.exc_text]
    assert not loud, [f"{r.name}: {r.getMessage()}" for r in loud]


class Portal:
    """An in-process portal with JSON, form and query callers."""

    def __init__(self, portal: SandboxPortal, http: httpx.AsyncClient) -> None:
        self.portal = portal
        self.http = http
        self.url = portal.webhook_url(BASE_URL)

    async def json(self, method: str, params: Any) -> httpx.Response:
        return await self.http.post(self.url + method, json=params)

    async def raw(self, method: str, content: bytes | str, content_type: str) -> httpx.Response:
        return await self.http.post(self.url + method, content=content, headers={"content-type": content_type})

    async def form(self, method: str, pairs: Iterable[tuple[str, str]]) -> httpx.Response:
        return await self.raw(method, urlencode(pairs), "application/x-www-form-urlencoded")

    async def query(self, method: str, pairs: Iterable[tuple[str, str]]) -> httpx.Response:
        return await self.http.get(self.url + method + "?" + urlencode(pairs))

    async def todo(self) -> int:
        reply = await self.json("crm.activity.todo.add", {**DEAL, "deadline": DEADLINE, "title": "target"})
        return reply.json()["result"]["id"]


@pytest.fixture
async def hostile(caplog: pytest.LogCaptureFixture) -> AsyncIterator[Portal]:
    caplog.set_level(logging.DEBUG, logger="desktop_app.sandbox")
    with SandboxPortal(now=lambda: NOW) as portal:
        async with httpx.AsyncClient(transport=portal.transport(), base_url=BASE_URL, timeout=60) as http:
            yield Portal(portal, http)
    assert_quiet_log(caplog)


# ------------------------------------------------------------------------------------- the corpus


class RecordingParams(dict):  # type: ignore[type-arg]
    """Parameters that note every name a handler looks up."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.read: set[str] = set()

    def get(self, key: Any, default: Any = None) -> Any:
        self.read.add(key)
        return super().get(key, default)

    def __getitem__(self, key: Any) -> Any:
        self.read.add(key)
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        self.read.add(str(key))
        return super().__contains__(key)


def _spellings(name: str) -> set[str]:
    capitalized = name[:1].upper() + name[1:].lower()
    return {name, name.upper(), name.lower(), capitalized, "ar" + capitalized}


def test_the_corpus_names_every_method_and_every_parameter_the_handlers_read() -> None:
    assert sorted(PARAMETERS) == REGISTRY.names()
    with SandboxPortal(now=lambda: NOW) as portal:
        todo = invoke(portal, "crm.activity.todo.add", {**DEAL, "deadline": DEADLINE, "title": "t"}, 0)
        todo_id = todo.body["result"]["id"]
        for method in REGISTRY.names():
            params = RecordingParams(base_params(method, todo_id))
            invoke(portal, method, params, 0)
            known = {spelling for name in PARAMETERS[method] for spelling in _spellings(name)}
            assert params.read <= known, (method, params.read - known)


def _cases(method: str) -> Iterator[tuple[list[tuple[str, ...]], dict[str, Any]]]:
    """(paths, values) for every parameter of ``method``, one at a time, then for all the entries of its
    ``fields``/``filter`` at once (the method reads each of them whatever the others hold)."""
    for name in PARAMETERS[method]:
        yield [(name,)], WRONG_VALUES
    if method in ("crm.activity.add", "crm.activity.update"):
        yield [("fields", field) for field in ACTIVITY_FIELDS], FIELD_VALUES
        yield [("fields", "COMMUNICATIONS", "0", key) for key in COMMUNICATION_KEYS], FIELD_VALUES
    if method in FILTER_KEYS:
        yield [("filter", key) for key in FILTER_KEYS[method]], FIELD_VALUES
    if method == "batch":
        yield [("cmd", "x")], {**FIELD_VALUES, "huge_id": f"crm.activity.get?id={HUGE}",
                             "deep_key": "crm.activity.get?id" + "[a]" * 100 + "=1",
                             "unclosed": "crm.activity.get?id[=5", "nested_batch": "batch?cmd[a]=user.current",
                             "huge_reference": "crm.activity.get?id=$result[me][ID]&x=$result[me][" + "9" * 40 + "]"}


async def test_every_parameter_of_every_method_gets_an_envelope_for_every_wrong_type(hostile: Portal) -> None:
    for method in REGISTRY.names():  # one test, not one per method: the corpus stays a few seconds long
        await _send_wrong_types(hostile, method)


async def _send_wrong_types(hostile: Portal, method: str) -> None:
    todo_id = await hostile.todo()
    base = base_params(method, todo_id)
    assert_envelope(await hostile.json(method, base), f"{method} base")
    for paths, values in _cases(method):
        sent: set[tuple[tuple[str, str], ...]] = set()
        for label, value in values.items():
            params = with_value(base, paths, value)
            what = f"{method} {'.'.join(paths[0])}{'…' if len(paths) > 1 else ''}={label}"
            assert_envelope(await hostile.json(method, params), what + " (JSON)")
            pairs = tuple(pair for key, item in params.items() for pair in form_pairs(key, item))
            if pairs in sent:
                continue  # the same text as an earlier value (null and a missing value, 1 and true …)
            sent.add(pairs)
            assert_envelope(await hostile.form(method, pairs), what + " (form)")
            if len(paths) == 1 and label in QUERY_LABELS:  # the query string shares the form's parser
                assert_envelope(await hostile.query(method, pairs), what + " (query)")


async def test_hostile_keys_and_bodies_get_an_envelope(hostile: Portal) -> None:
    for method in REGISTRY.names():
        await _send_hostile_keys_and_bodies(hostile, method)


async def _send_hostile_keys_and_bodies(hostile: Portal, method: str) -> None:
    todo_id = await hostile.todo()
    pairs = [pair for key, item in base_params(method, todo_id).items() for pair in form_pairs(key, item)]
    deep_key = "id" + "[a]" * 100
    for extra in ([(deep_key, "1")], [("id[", "1")], [("id[a][b", "1")], [("fields[SUBJECT", "x")],
                  [("[]", "1"), ("[a]", "2")], [(" .x[ ]", "1")], [("a" * 10_000 + "[", "1")],
                  [("id", "1"), ("id" + "[]" * 65, "2")]):
        assert_envelope(await hostile.form(method, pairs + extra), f"{method} {extra[0][0][:40]}")
        assert_envelope(await hostile.query(method, pairs + extra), f"{method} {extra[0][0][:40]} (query)")
    for body, content_type in (("[" * 100_000 + "]" * 100_000, "application/json"),
                               ('{"a":' * 600 + "1" + "}" * 600, "application/json"),
                               ('{"id": NaN, "ID": Infinity}', "application/json"),
                               ('{"id": "\\ud800"}', "application/json"),
                               (b"\xff\xfe{}", "application/json"),
                               ('{"id": 1', "application/json"),
                               ("--x\r\nContent-Disposition: form-data; name=\"id\"\r\n\r\n1", "multipart/form-data"),
                               ("id=%ff%fe&id[=%00", "text/plain")):
        assert_envelope(await hostile.raw(method, body, content_type), f"{method} body {str(body)[:30]}")


async def test_hostile_paths_get_an_envelope(hostile: Portal) -> None:
    code = hostile.portal.webhook_code
    for path, status in ((f"/rest/{'1' * 5000}/{code}/user.current", 401), (f"/rest/١/{code}/user.current", 401),
                         (f"/rest/{HUGE}/{code}/user.current", 401), (f"/rest/01/{code}/user.current", 200),
                         (f"/rest/1/{code}/{'a' * 60_000}", 404), (f"/rest/1/{code}/crm.activity.get.xml", 400),
                         (f"/rest/1/{code}/%00%ff/user.current", 404), ("/rest/", 401), ("/", 404),
                         (f"/rest/1/{code}/user.current/", 200)):
        reply = await hostile.http.post(path, json={})
        assert assert_envelope(reply, path[:60]) is not None and reply.status_code == status, (path[:60], reply.text)


# ------------------------------------------------------------------------------------- PHP outcomes

#: (method, params, expected error body): a 64-bit overflow reads as PHP_INT_MAX and is simply not found.
HUGE_IDS = [
    ("crm.activity.get", {"id": HUGE}, {"error": "", "error_description": "Activity is not found."}),
    ("crm.activity.get", {"ID": str(HUGE)}, {"error": "", "error_description": "Activity is not found."}),
    ("crm.activity.get", {"id": -HUGE}, {"error": "", "error_description": "ID is not defined or invalid."}),
    ("crm.activity.update", {"id": HUGE, "fields": {"SUBJECT": "x"}},
     {"error": "", "error_description": "Activity is not found."}),
    ("crm.activity.delete", {"id": HUGE}, {"error": "", "error_description": "Activity is not found."}),
    ("crm.activity.add", {"fields": {"SUBJECT": "s", "TYPE_ID": 2, "OWNER_TYPE_ID": 2, "OWNER_ID": HUGE,
                                     "COMMUNICATIONS": [{"VALUE": "+1 555 0100"}]}},
     {"error": "", "error_description": f"Could not find 'DEAL' with ID: {PHP_INT_MAX}"}),
    ("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": HUGE, "deadline": DEADLINE},
     {"error": "OWNER_NOT_FOUND", "error_description": "Owner was not found"}),
    ("crm.activity.todo.add", {"ownerTypeId": HUGE, "ownerId": 1, "deadline": DEADLINE},  # a type id ≥ 1030
     {"error": "OWNER_NOT_FOUND", "error_description": "Owner was not found"}),
    ("crm.activity.todo.add", {"ownerTypeId": -HUGE, "ownerId": 1, "deadline": DEADLINE},
     {"error": "NOT_FOUND", "error_description": "Item was not found."}),
    ("crm.activity.todo.update", {**DEAL, "id": HUGE, "deadline": DEADLINE},
     {"error": "NOT_FOUND", "error_description": "Item was not found."}),
    ("crm.activity.todo.updatedeadline", {**DEAL, "id": str(HUGE), "value": DEADLINE},
     {"error": "NOT_FOUND", "error_description": "Item was not found."}),
    ("crm.activity.todo.updatedescription", {"ownerTypeId": 2, "ownerId": HUGE, "id": 1, "value": "d"},
     {"error": "NOT_FOUND", "error_description": "Item was not found."}),
    ("crm.activity.todo.updatecolor", {**DEAL, "id": HUGE, "colorId": "1"},
     {"error": "NOT_FOUND", "error_description": "Item was not found."}),
    ("crm.activity.todo.updateresponsibleuser", {**DEAL, "id": HUGE, "responsibleId": 2},
     {"error": "NOT_FOUND", "error_description": "Item was not found."}),
    ("crm.activity.binding.list", {"activityId": HUGE}, {"error": "NOT_FOUND", "error_description": "Item was not found."}),
    ("crm.activity.binding.add", {"activityId": HUGE, "entityTypeId": 2, "entityId": 1},
     {"error": "NOT_FOUND", "error_description": "Item was not found."}),
    ("crm.item.list", {"entityTypeId": HUGE},
     None),
]


async def test_integers_beyond_64_bits_read_as_php_int_max_and_give_the_normal_error(hostile: Portal) -> None:
    for method, params, expected in HUGE_IDS:
        for reply in (await hostile.json(method, params),
                      await hostile.form(method, [p for k, v in params.items() for p in form_pairs(k, v)])):
            body = assert_envelope(reply, method)
            assert reply.status_code == 400, (method, params)
            if expected is not None:
                assert body == expected, (method, params)


async def test_huge_list_parameters_page_and_filter_like_php(hostile: Portal) -> None:
    reply = await hostile.json("crm.activity.list", {"filter": {"ID": HUGE}, "start": HUGE})
    assert assert_envelope(reply, "list")["result"] == [] and reply.json()["total"] == 0
    reply = await hostile.json("crm.activity.list", {"filter": {"ID": 1}, "start": -HUGE, "select": ["ID"]})
    assert reply.json()["result"] == [{"ID": "1"}] and reply.json()["total"] == 0  # start < 0: no count


async def test_json_nested_beyond_512_levels_is_invalid_json_and_so_no_parameters(hostile: Portal) -> None:
    ok = await hostile.json("crm.activity.todo.add", {**DEAL, "deadline": DEADLINE, "title": "deep",
                                                      "settings": nested(510, {"a": 1})})
    assert assert_envelope(ok, "511 levels")["result"]["id"] > 0
    for levels in (513, 600, 50_000):
        body = {"id": 1, "deep": nested(levels - 1)} if levels < 1000 else None
        content = json.dumps(body) if body is not None else '{"id": 1, "deep": ' + "[" * levels + "]" * levels + "}"
        reply = await hostile.raw("crm.activity.get", content, "application/json")
        assert reply.status_code == 400
        assert reply.json() == {"error": "", "error_description": "ID is not defined or invalid."}


async def test_bracket_keys_follow_php_nesting_limit_and_unclosed_brackets(hostile: Portal) -> None:
    todo_id = await hostile.todo()
    sixty_four = [("id", str(todo_id)), ("x" + "[a]" * 64, "1")]
    assert (await hostile.form("crm.activity.get", sixty_four)).status_code == 200
    # 65 levels: the key is dropped and its whole top-level name deleted (max_input_nesting_level = 64).
    for pairs in ([("id", str(todo_id)), ("id" + "[a]" * 65, "1")], [("id" + "[]" * 100_000, str(todo_id))]):
        reply = await hostile.form("crm.activity.get", pairs)
        assert reply.json() == {"error": "", "error_description": "ID is not defined or invalid."}
    # An unclosed bracket is part of the name: "id[x" is the parameter "id_x", not "id".
    reply = await hostile.query("crm.activity.get", [("id[x", str(todo_id))])
    assert reply.json() == {"error": "", "error_description": "ID is not defined or invalid."}
    reply = await hostile.query("crm.activity.todo.updatedescription",
                                [*form_pairs("ownerTypeId", 2), ("ownerId", "1"), ("id", str(todo_id)),
                                 ("value[a", "x")])
    assert reply.json() == {"error": "100", "error_description": "Could not find value for parameter {value}"}


async def test_ten_megabyte_bodies_get_an_envelope(hostile: Portal) -> None:
    ten_mb = 10 * 1024 * 1024
    todo_id = await hostile.todo()
    reply = await hostile.json("crm.activity.todo.updatedescription",
                               {**DEAL, "id": todo_id, "value": "d" * ten_mb})
    assert assert_envelope(reply, "10 MB JSON")["result"] == {"id": todo_id}
    reply = await hostile.raw("crm.activity.get", "[" * ten_mb, "application/json")
    assert reply.json() == {"error": "", "error_description": "ID is not defined or invalid."}
    reply = await hostile.raw("crm.activity.get", "id" + "[a]" * (ten_mb // 3) + "=1", "application/x-www-form-urlencoded")
    assert reply.json() == {"error": "", "error_description": "ID is not defined or invalid."}
    reply = await hostile.raw("crm.activity.get", f"id={todo_id}&" + "x" * ten_mb, "application/x-www-form-urlencoded")
    assert assert_envelope(reply, "10 MB form")["result"]["ID"] == str(todo_id)


async def test_long_filter_lists_are_answered(hostile: Portal) -> None:
    everything = (await hostile.json("crm.activity.list", {"select": ["ID"]})).json()["total"]
    values = [*range(1, 5000)]
    reply = await hostile.json("crm.activity.list", {"filter": {"@ID": values, "@OWNER_ID": values}, "select": ["ID"]})
    assert assert_envelope(reply, "5000 values in @")["total"] == everything
    reply = await hostile.json("crm.activity.list", {"filter": {"ID": values[:1500]}, "select": ["ID"]})
    assert assert_envelope(reply, "1500 values OR-ed")["total"] == everything  # past SQLite's 1000 levels


# ------------------------------------------------------------------------------------- property

_NAMES = sorted({name for names in PARAMETERS.values() for name in names} | set(ACTIVITY_FIELDS)
                | {"ID", "a[b", "x[]", "@ID", "!=ID", ">=DEADLINE", "0", "logic", "BINDINGS", "OWNER_ID"})
_scalars = st.one_of(st.none(), st.booleans(), st.integers(min_value=-(2**80), max_value=2**80),
                     st.sampled_from([HUGE, -HUGE, 2**63, -(2**63) - 1, 1e300, -0.0]),
                     st.floats(allow_nan=False, allow_infinity=False), st.text(max_size=30),
                     st.sampled_from(["", "0", "Y", "N", str(HUGE), "1e999", "$result[a]", DEADLINE]))
_keys = st.one_of(st.sampled_from(_NAMES), st.text(max_size=12))
_trees = st.recursive(_scalars, lambda children: st.one_of(st.lists(children, max_size=4),
                                                           st.dictionaries(_keys, children, max_size=4)),
                      max_leaves=20)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
async def test_random_parameter_trees_get_an_envelope(hostile: Portal, data: st.DataObject) -> None:
    method = data.draw(st.sampled_from(REGISTRY.names()), label="method")
    own = PARAMETERS[method] or ["id"]
    params = data.draw(st.dictionaries(st.one_of(st.sampled_from(own), _keys), _trees, max_size=5), label="params")
    assert_envelope(await hostile.json(method, params), f"{method} JSON {params!r:.200}")
    pairs = [pair for key, item in params.items() for pair in form_pairs(key, item)]
    assert_envelope(await hostile.form(method, pairs), f"{method} form {pairs!r:.200}")
