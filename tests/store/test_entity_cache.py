"""The saved entity lists (offline browser, issue 12 point 11): pages kept per entity type in the
store file, replaced by a new first page, read back after reopening; the local search folds case
in every script like the portal's ``%`` filter."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import CrmItem, OwnerType
from desktop_app.services.entities import EntityService, matches
from desktop_app.store.db import Store
from desktop_app.store.entity_cache import MAX_SAVED_ROWS, EntityListCache

SEEN = datetime(2026, 12, 3, 9, 30, tzinfo=UTC)


def _rows(start: int, count: int) -> list[dict]:
    return [{"id": i, "title": f"Deal {i}"} for i in range(start + 1, start + count + 1)]


def test_pages_are_kept_per_type_and_survive_reopening(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "store.sqlite3"
    with Store.open(path) as store:
        cache = EntityListCache.of_store(store)
        cache.save_page(OwnerType.DEAL, 0, _rows(0, 50), 120, SEEN)
        cache.save_page(OwnerType.DEAL, 50, _rows(50, 50), 120, SEEN)
        cache.save_page(OwnerType.COMPANY, 0, [{"id": 7, "title": "Ærø Ferries ApS"}], 1, SEEN)
    with Store.open(path) as store:  # the store's own checks accept the extra tables
        cache = EntityListCache.of_store(store)
        deals = cache.load(OwnerType.DEAL)
        assert deals is not None and [r["id"] for r in deals.rows] == list(range(1, 101))
        assert deals.total == 120 and deals.seen_at == SEEN
        assert cache.load(OwnerType.COMPANY).rows == ({"id": 7, "title": "Ærø Ferries ApS"},)
        assert cache.load(OwnerType.LEAD) is None
        # A new first page replaces the list; a later page without a first one is not kept.
        cache.save_page(OwnerType.DEAL, 0, _rows(200, 3), 3, SEEN)
        assert [r["id"] for r in cache.load(OwnerType.DEAL).rows] == [201, 202, 203]
        cache.save_page(OwnerType.CONTACT, 50, _rows(0, 5), 55, SEEN)
        assert cache.load(OwnerType.CONTACT) is None


def test_rows_past_the_limit_are_not_kept() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    cache = EntityListCache(conn)
    for start in range(0, MAX_SAVED_ROWS + 100, 50):
        cache.save_page(OwnerType.DEAL, start, _rows(start, 50), 10_000, SEEN)
    assert len(cache.load(OwnerType.DEAL).rows) == MAX_SAVED_ROWS


def test_service_gives_the_saved_list_filtered_locally() -> None:
    conn = sqlite3.connect(":memory:", isolation_level=None)
    cache = EntityListCache(conn)
    cache.save_page(OwnerType.COMPANY, 0, [{"id": 1, "title": "Ærø Ferries ApS"}, {"id": 2, "title": "ООО Ромашка"},
                                           {"id": 3, "title": "Äpfel GmbH"}, {"id": "x", "title": "unreadable"}], 4, SEEN)
    service = EntityService(client=None, cache=cache)  # type: ignore[arg-type] - no portal call here
    assert [i.id for i in service.saved(OwnerType.COMPANY).items] == [1, 2, 3]  # the bad row left out
    for needle, expected in (("ærø", [1]), ("РОМАШКА", [2]), ("äPFEL", [3]), ("zz", [])):
        assert [i.id for i in service.saved(OwnerType.COMPANY, needle).items] == expected, needle
    assert service.saved(OwnerType.DEAL) is None


_letters = st.characters(codec=None, categories=("Lu", "Ll", "Zs", "Nd"),
                         include_characters="-&", min_codepoint=0x20, max_codepoint=0x4FF)
_alphabet = st.text(_letters.filter(lambda c: c not in "ıİſ"), min_size=1, max_size=12)  # Turkish i, long s


@settings(max_examples=120, deadline=None)
@given(title=_alphabet, data=st.data())
def test_any_part_of_the_title_is_found_in_either_case(title: str, data: st.DataObject) -> None:
    """Any slice of the title, upper- or lower-cased (Latin, Greek, Cyrillic), finds the item, as the
    portal's case-insensitive ``%`` filter would; a needle that is in no field finds nothing."""
    start = data.draw(st.integers(0, len(title) - 1))
    end = data.draw(st.integers(start + 1, len(title)))
    needle = title[start:end]
    item = CrmItem.from_api(OwnerType.DEAL, {"id": 1, "title": title})
    assert matches(item, needle.upper()) and matches(item, needle.lower()) and matches(item, needle)
    assert not matches(item, title + "\u0416\u0416x")  # longer than the title


def test_contacts_search_names_not_titles() -> None:
    item = CrmItem.from_api(OwnerType.CONTACT, {"id": 1, "name": "Σοφία", "lastName": "Παπαδοπούλου"})
    assert matches(item, "ΣΟΦΊΑ") and matches(item, "παπαδ") and not matches(item, "x")
