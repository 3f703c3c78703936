"""Case-insensitive ``%LIKE%`` in every script (issue 12 point 11): the portal's collation folds
letter case for Danish, German, Cyrillic and Greek too; SQLite's own LIKE folds only ASCII, so the
sandbox filters through ``bx_like`` (``listing.like_casefold``)."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.clock import PortalClock
from desktop_app.sandbox.listing import Column, FilterBuilder, like_casefold, register_sql_functions

from .helpers import NOW, Call, fetch_all

PAIRS = [("Ærø Ferries", "ærø"), ("ÆRØ", "ærø ferries"), ("Äpfel GmbH", "ÄPFEL"), ("äpfel", "ÄPFEL"),
         ("Ромашка ООО", "РОМАШКА"), ("ромашка", "Ромашка"), ("Αθήνα Shipping", "ΑΘΉΝΑ"), ("Straße", "STRASSE")]


@pytest.mark.parametrize("value, needle", PAIRS)
def test_substring_folds_every_script(value: str, needle: str) -> None:
    assert like_casefold(value, f"%{needle}%", "\\") or like_casefold(needle, f"%{value}%", "\\")


def test_wildcards_escape_and_null() -> None:
    assert like_casefold("Ærø Ferries", "ÆRØ%") == 1
    assert like_casefold("Ærø Ferries", "%ferries") == 1
    assert like_casefold("Ærø", "_rø") == 1
    assert like_casefold("100% Ærø", "%100\\%%", "\\") == 1
    assert like_casefold("100 Ærø", "%100\\%%", "\\") == 0  # an escaped % is literal
    assert like_casefold("a_b", "%\\_%", "\\") == 1 and like_casefold("ab", "%\\_%", "\\") == 0
    assert like_casefold(None, "%x%") is None and like_casefold("x", None) is None
    assert like_casefold(12345, "%234%") == 1


_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=150, deadline=None)
@given(value=_text, needle=_text)
def test_substring_agrees_with_casefold(value: str, needle: str) -> None:
    """``%needle%`` with the needle's own % and _ escaped matches exactly when the case-folded needle
    is inside the case-folded value (the portal's ci collation; hypothesis picks any script)."""
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    assert bool(like_casefold(value, f"%{escaped}%", "\\")) == (needle.casefold() in value.casefold())


def test_filter_builder_uses_it_on_a_connection() -> None:
    conn = sqlite3.connect(":memory:")
    register_sql_functions(conn)
    conn.execute("CREATE TABLE t (id INTEGER, title TEXT)")
    conn.executemany("INSERT INTO t VALUES (?, ?)", [(1, "ærø ferries"), (2, "Äpfel"), (3, None), (4, "Athens")])
    builder = FilterBuilder({"TITLE": Column("title", "str")}, PortalClock(lambda: NOW))

    def ids(filter_value: dict) -> list[int]:
        where, params = builder.where(filter_value)
        return [r[0] for r in conn.execute(f"SELECT id FROM t WHERE {where} ORDER BY id", params)]

    assert ids({"%TITLE": "ÆRØ"}) == [1]
    assert ids({"%TITLE": "äpfel"}) == [2]
    assert ids({"!%TITLE": "ÆRØ"}) == [2, 3, 4]  # negation keeps NULLs, as before
    assert ids({"=%TITLE": "ÄP%"}) == [2]


async def test_item_list_search_finds_other_case(call: Call, portal: SandboxPortal) -> None:
    with portal.db.transaction():
        portal.db.conn.execute("UPDATE crm_item SET title = 'Ærø Ferries ApS' WHERE entity_type_id = 4 AND id = 1")
        portal.db.conn.execute("UPDATE crm_item SET title = 'ООО Ромашка' WHERE entity_type_id = 4 AND id = 2")
    for needle, expected in (("ærø", [1]), ("ÆRØ FERRIES", [1]), ("ромашка", [2]), ("РОМАШКА", [2])):
        rows = await fetch_all(call, "crm.item.list", {"entityTypeId": 4, "filter": {"%title": needle}})
        assert [r["id"] for r in rows] == expected, needle


async def test_activity_list_subject_search_finds_other_case(call: Call) -> None:
    for title in ("Позвонить Ивану", "Αποστολή προσφοράς", "Äpfel liefern"):
        response = await call("crm.activity.todo.add", {"ownerTypeId": 2, "ownerId": 1,
                                                        "deadline": "2025-02-05T15:00:00", "title": title})
        assert response.status_code == 200, response.text
    for needle, expected in (("ПОЗВОНИТЬ", "Позвонить Ивану"), ("ΑΠΟΣΤΟΛΉ", "Αποστολή προσφοράς"),
                             ("ÄPFEL", "Äpfel liefern")):
        rows = await fetch_all(call, "crm.activity.list", {"filter": {"%SUBJECT": needle}, "select": ["SUBJECT"]})
        assert [r["SUBJECT"] for r in rows] == [expected], needle
