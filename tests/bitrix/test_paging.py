"""``client.walk`` on the wire: what each request asks for, and a portal whose cursor stops advancing
(hand-written replies through ``httpx.MockTransport``; the sandbox portal walks are in
tests/integration/test_batch_loopback.py)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

import httpx
import pytest

from desktop_app.bitrix import BitrixClient, CursorStalled, Webhook

WEBHOOK = Webhook("https://acme.bitrix24.com", 7, "s3cr3tc0de")


def _command_params(command: str) -> dict[str, str]:
    return dict(parse_qsl(command.split("?", 1)[1], keep_blank_values=True))


class FakePortal:
    """Answers crm.activity.list / batch from ``rows_after(cursor, descending)``; records requests."""

    def __init__(self, rows_after: Callable[[int | None, bool], list[dict[str, Any]]]) -> None:
        self.rows_after = rows_after
        self.requests: list[tuple[str, dict[str, Any]]] = []

    def page(self, flat: dict[str, str]) -> list[dict[str, Any]]:
        descending = flat.get("order[ID]") == "DESC"
        cursor = flat.get("filter[<ID]" if descending else "filter[>ID]")
        return self.rows_after(int(cursor) if cursor is not None else None, descending)

    def handler(self, request: httpx.Request) -> httpx.Response:
        method = request.url.path.rsplit("/", 1)[-1]
        body = json.loads(request.content)
        self.requests.append((method, body))
        if method == "crm.activity.list":
            flat = {"order[ID]": body["order"]["ID"], **{f"filter[{k}]": str(v) for k, v in body["filter"].items()}}
            return httpx.Response(200, json={"result": self.page(flat), "total": 0, "time": {}})
        results: dict[str, Any] = {}
        totals: dict[str, int] = {}
        previous: list[dict[str, Any]] = []
        for name, command in body["cmd"].items():
            flat = _command_params(command)
            if flat.get("start") == "0":
                results[name], totals[name] = [{"ID": "1"}], 1234
                continue
            for key in ("filter[>ID]", "filter[<ID]"):
                if flat.get(key, "").startswith("$result["):
                    flat[key] = previous[49]["ID"] if len(previous) == 50 else "0"
            previous = results[name] = self.page(flat)
        return httpx.Response(200, json={"result": {"result": results, "result_error": [], "result_total": totals,
                                                    "result_next": [], "result_time": []}, "time": {}})


def _client(portal: FakePortal) -> BitrixClient:
    return BitrixClient.for_webhook(WEBHOOK, transport=httpx.MockTransport(portal.handler), rate_plan=None)


def _dense(last: int) -> Callable[[int | None, bool], list[dict[str, Any]]]:
    def rows(cursor: int | None, descending: bool) -> list[dict[str, Any]]:
        if descending:
            top = last if cursor is None else cursor - 1
            return [{"ID": str(i)} for i in range(top, max(0, top - 50), -1)]
        first = 1 if cursor is None else cursor + 1
        return [{"ID": str(i)} for i in range(first, min(last, first + 49) + 1)]

    return rows


async def test_the_first_page_comes_alone_then_50_chained_pages_per_request() -> None:
    portal = FakePortal(_dense(3_000))
    async with _client(portal) as client:
        pages = [page async for page in client.walk(filter={"RESPONSIBLE_ID": 2}, select=["ID", "SUBJECT"])]

    assert [len(p.rows) for p in pages] == [50, 2500, 450]
    assert [p.rows_so_far for p in pages] == [50, 2550, 3000] and [p.requests for p in pages] == [1, 2, 3]
    assert [m for m, _ in portal.requests] == ["crm.activity.list", "batch", "batch"]
    first = portal.requests[0][1]
    assert first == {"order": {"ID": "ASC"}, "filter": {"RESPONSIBLE_ID": 2}, "start": -1, "select": ["ID", "SUBJECT"]}
    batch = portal.requests[1][1]
    assert batch["halt"] == 1 and len(batch["cmd"]) == 50
    commands = [_command_params(c) for c in batch["cmd"].values()]
    assert commands[0]["filter[>ID]"] == "50"
    assert [c["filter[>ID]"] for c in commands[1:3]] == ["$result[p0][49][ID]", "$result[p1][49][ID]"]
    assert all(c["start"] == "-1" and c["filter[RESPONSIBLE_ID]"] == "2" and c["order[ID]"] == "ASC"
               for c in commands)


async def test_with_total_adds_one_counted_call_and_descending_walks_down() -> None:
    portal = FakePortal(_dense(120))
    async with _client(portal) as client:
        pages = [page async for page in client.walk(with_total=True, descending=True, filter={"<ID": 101})]

    ids = [int(r["ID"]) for p in pages for r in p.rows]
    assert ids == list(range(100, 0, -1))
    assert all(p.total == 1234 for p in pages)
    counted = [c for _, body in portal.requests if "cmd" in body for c in body["cmd"].values() if "start=0" in c]
    assert len(counted) == 1 and "select[0]=ID" in counted[0] and "filter[%3CID]=101" in counted[0]
    assert portal.requests[0][0] == "batch" and list(portal.requests[0][1]["cmd"]) == ["total", "p0"]


async def test_a_cursor_that_stops_advancing_ends_the_walk_with_an_error() -> None:
    stuck = [{"ID": str(i)} for i in range(1, 51)]
    portal = FakePortal(lambda cursor, descending: stuck)  # a portal that ignores the >ID filter
    async with _client(portal) as client:
        walk = client.walk()
        first = await anext(walk)
        with pytest.raises(CursorStalled) as info:
            await anext(walk)

    assert len(first.rows) == 50
    assert info.value.method == "crm.activity.list" and info.value.cursor == 50
    assert "did not move past ID 50" in str(info.value) and "s3cr3tc0de" not in str(info.value)
    assert len(portal.requests) == 2


async def test_duplicate_rows_are_dropped() -> None:
    def rows(cursor: int | None, descending: bool) -> list[dict[str, Any]]:
        if cursor is None:  # an activity bound to two matched owners comes twice
            return [{"ID": "1"}, {"ID": "1"}] + [{"ID": str(i)} for i in range(2, 50)]
        return [{"ID": str(i)} for i in range(cursor + 1, min(cursor + 50, 60) + 1)]

    portal = FakePortal(rows)
    async with _client(portal) as client:
        ids = [int(r["ID"]) async for page in client.walk() for r in page.rows]
    assert ids == list(range(1, 61))
