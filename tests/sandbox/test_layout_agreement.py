"""The app and the sandbox portal judge every layout alike (issue 11 item 2, api-spec.md §5.11,
server-behaviour.md §1.7, §1.11, §3).

App side: :func:`desktop_app.layout.validate_layout` on the JSON text (what the editor and the CLI
read). Portal side: the same layout sent as a JSON request body, decoded by the sandbox's PHP-style
``json_decode`` and judged by :func:`desktop_app.sandbox.layouts.check_layout`. Both know the same
portal (its languages, its icon and logo codes). They must give the same answer — accepted or refused,
the same first code, the portal's text for it — and an accepted layout must come back from the
sandbox's storage exactly as :func:`desktop_app.layout.normalise_layout` predicts.
"""

from __future__ import annotations

import copy
import gc
import itertools
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layout.corpus_cases import invalid_files, kind_of_valid, load_case, valid_files

from desktop_app.layout import (
    SYSTEM_ICON_CODES,
    LayoutReport,
    LayoutRules,
    normalise_layout,
    portal_description,
    portal_error,
    validate_layout,
)
from desktop_app.sandbox.clock import PortalClock
from desktop_app.sandbox.db import SandboxDB
from desktop_app.sandbox.layouts import (
    PORTAL_LANGUAGES,
    LayoutError,
    check_layout,
    delete_layout,
    load_layout,
    portal_layout_rules,
    store_layout,
)
from desktop_app.sandbox.wire import PHP_INT_MAX, PHP_INT_MIN, php_json_loads

_IDS = itertools.count(1)


@pytest.fixture(autouse=True)
def _collect_after_test() -> Iterator[None]:
    # No Qt, no threads here: a young-generation pass instead of the suite's full collection (as tests/layout).
    yield
    gc.collect(0)


@pytest.fixture(scope="module")
def db() -> Iterator[SandboxDB]:
    store = SandboxDB(":memory:", PortalClock(lambda: datetime(2025, 2, 3, 9, 30, tzinfo=UTC)))
    yield store
    store.close()


def portal_rules(case: dict[str, Any]) -> LayoutRules:
    """The sandbox portal a corpus case describes: its languages; its icon/logo lists as custom codes."""
    given_rules = case.get("rules") or {}
    return portal_layout_rules(
        languages=given_rules.get("languages", PORTAL_LANGUAGES),
        custom_icons=given_rules.get("icon_codes", ()),
        custom_logos=given_rules.get("logo_codes", ()),
    )


def sent(layout: Any) -> Any:
    """The ``layout`` parameter as the sandbox decodes it from a JSON request body."""
    return php_json_loads(json.dumps({"layout": layout}))["layout"]


def assert_agree(layout: Any, kind: str, rules: LayoutRules, db: SandboxDB) -> tuple[LayoutReport, LayoutError | None]:
    """Judge ``layout`` on both sides and assert the answers are the same; returns both answers."""
    text = json.dumps(layout)
    report = validate_layout(text, kind=kind, rules=rules)
    app_says = [str(p) for p in report.errors]
    try:
        stored = check_layout(sent(layout), kind, rules=rules)
    except LayoutError as error:
        assert report.first is not None, f"the sandbox refused {error.body()}, the app accepted"
        assert error.status == 400
        assert error.body() == portal_error(report.first, with_path=True), app_says
        assert error.body()["error"] == report.first.code
        return report, error
    assert report.ok, f"the app refused ({app_says}), the sandbox accepted"
    assert stored == report.normalised
    activity_id = next(_IDS)
    store_layout(db, activity_id, stored, kind=kind)
    assert load_layout(db, activity_id, kind=kind) == normalise_layout(text, kind=kind, rules=rules)
    return report, None


# ------------------------------------------------------------------------------------------ the corpus


@pytest.mark.parametrize("path", valid_files(), ids=lambda p: p.stem)
def test_valid_layouts_are_accepted_by_both_and_stored_as_normalised(path: Path, db: SandboxDB) -> None:
    layout = json.loads(path.read_text(encoding="utf-8"))
    report, error = assert_agree(layout, kind_of_valid(path), portal_layout_rules(), db)
    assert error is None and report.problems == []


@pytest.mark.parametrize("path", invalid_files(), ids=lambda p: p.stem)
def test_invalid_layouts_get_the_same_answer_from_both(path: Path, db: SandboxDB) -> None:
    case = load_case(path)
    expect = case["expect"]
    report, error = assert_agree(case["layout"], case["kind"], portal_rules(case), db)
    if expect["severity"] == "error":
        assert error is not None, f"accepted; expected {expect}"
        assert error.code == expect["code"]
        assert error.problem.path == expect["path"]
        suffix = f" ({expect['path']})" if expect["path"] else ""
        assert error.description == portal_description(error.problem) + suffix
        assert "#" not in error.description, "a placeholder of the portal text left unfilled"
    elif expect["code"] == "ENUM_FIELD" and expect["path"] in ("icon.code", "body.logo.code"):
        # "Not a system code" is only a warning while the app does not know the portal's codes; this
        # portal has no custom icon or logo with that code, so it refuses the layout.
        assert error is not None and error.code == "ENUM_FIELD" and error.problem.path == expect["path"]
    else:
        assert error is None, f"refused: {error}"
        assert (expect["code"], expect["path"]) in [(p.code, p.path) for p in report.warnings]


def test_a_custom_icon_registered_on_the_portal_is_accepted_and_listed_in_the_refusal(db: SandboxDB) -> None:
    case = load_case(next(p for p in invalid_files() if p.stem == "5.4-icon-code-not-system-warning"))
    code = case["layout"]["icon"]["code"]
    assert code not in SYSTEM_ICON_CODES
    with pytest.raises(LayoutError) as refused:
        check_layout(sent(case["layout"]), "layout")
    assert refused.value.code == "ENUM_FIELD"
    assert refused.value.description.startswith("Field code in IconDto must be one of these values: ['call', ")
    assert refused.value.description.endswith(" (icon.code)") and f"'{code}'" not in refused.value.description
    custom = portal_layout_rules(custom_icons=[code])  # an administrator uploaded it (crm.timeline.icon.add)
    assert_agree(case["layout"], "layout", custom, db)
    assert check_layout(sent(case["layout"]), "layout", rules=custom)["icon"] == {"code": code}
    other = {**case["layout"], "icon": {"code": "comet"}}
    with pytest.raises(LayoutError) as refused:
        check_layout(sent(other), "layout", rules=custom)
    assert refused.value.description.endswith(f", 'repeat-sale', '{code}']. (icon.code)")  # system codes, then custom


def test_layout_text_is_not_parsed_as_json_by_the_portal() -> None:
    text = valid_files()[0].read_text(encoding="utf-8")
    assert validate_layout(text).ok  # the app reads the text of a file …
    with pytest.raises(LayoutError) as refused:  # … the portal gets arrays: a string is no layout
        check_layout(text, "layout")
    assert refused.value.body() == {"error": "ERROR_EMPTY_LAYOUT", "error_description": 'The field "layout" is required.'}
    with pytest.raises(LayoutError) as refused:
        check_layout(json.dumps({"blocks": {}}), "rest_app")
    assert refused.value.body() == {
        "error": "FIELD_IS_REQUIRED",
        "error_description": "Field blocks is required for RestAppLayoutBlocksDto. (blocks)",
    }


# ------------------------------------------------------------------------------------------ storage


def test_storage_keeps_one_layout_per_activity_and_one_block_set_per_application(db: SandboxDB) -> None:
    first = check_layout(sent(json.loads(valid_files()[0].read_text(encoding="utf-8"))), "layout")
    blocks = {"blocks": {"a": {"type": "text", "properties": {"value": "A"}}}}
    other = {"blocks": {"b": {"type": "largeText", "properties": {"value": "B"}}}}
    activity_id = next(_IDS)
    assert load_layout(db, activity_id, kind="layout") is None
    store_layout(db, activity_id, first, kind="layout")
    store_layout(db, activity_id, check_layout(blocks, "rest_app"), kind="rest_app", client_id="app.one")
    store_layout(db, activity_id, check_layout(other, "rest_app"), kind="rest_app", client_id="app.two")
    store_layout(db, activity_id, check_layout(other, "rest_app"), kind="rest_app", client_id="app.one")  # set replaces
    assert load_layout(db, activity_id, kind="layout") == first
    assert load_layout(db, activity_id, kind="rest_app", client_id="app.one") == other
    assert load_layout(db, activity_id, kind="rest_app", client_id="app.two") == other
    assert load_layout(db, activity_id, kind="rest_app") is None  # blocks belong to the app that set them
    order = [r[0] for r in db.query("SELECT client_id FROM activity_layout WHERE activity_id = ? AND kind = 'rest_app' "
                                    "ORDER BY rowid", (activity_id,))]  # fmt: skip
    assert order == ["app.one", "app.two"]  # a replaced block set keeps its place (one section per app)
    assert delete_layout(db, activity_id, kind="rest_app", client_id="app.two") is True
    assert delete_layout(db, activity_id, kind="rest_app", client_id="app.two") is False  # blocks.delete: NOT_FOUND
    with pytest.raises(ValueError, match="kind"):
        store_layout(db, activity_id, first, kind="todo")


def test_deleting_an_activity_deletes_its_layouts() -> None:
    store = SandboxDB(":memory:", PortalClock(lambda: datetime(2025, 2, 3, 9, 30, tzinfo=UTC)))
    try:
        activity_id = store.insert_activity({"owner_type_id": 2, "owner_id": 1, "type_id": 6, "subject": "Call"}, [(2, 1)])
        store_layout(store, activity_id, {"blocks": {}}, kind="rest_app", client_id="app")
        assert store.delete_activity(activity_id)
        assert load_layout(store, activity_id, kind="rest_app", client_id="app") is None
    finally:
        store.close()


# ------------------------------------------------------------------------------------------ mutations

#: Values that steer mutations towards the validator's rules (enums, booleans, languages, keys).
_WORDS = (
    "text", "largeText", "link", "deadline", "withTitle", "lineOfBlocks", "redirect", "restEvent", "openRestApp",
    "primary", "secondary", "success", "failure", "lavender", "web", "mobile", "loader", "disable", "true", "Y",
    "1", "yes", "", "en", "de", "xx", "#1e6ec2", "#zzz", "call", "document", "rocket", "base_90", "md", "a b",
    "type", "properties", "value", "title", "action", "blocks", "code", "uri", "id", "actionParams", "scope",
)  # fmt: skip
_KEYS = st.sampled_from(_WORDS) | st.text(max_size=6)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=PHP_INT_MIN, max_value=PHP_INT_MAX)  # beyond 64 bits: see the last test below
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from(_WORDS)
    | st.text(max_size=10)
)
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(_KEYS, inner, max_size=3),
                       max_leaves=8)  # fmt: skip


def _cases() -> list[tuple[Any, str, LayoutRules]]:
    cases = [(json.loads(p.read_text(encoding="utf-8")), kind_of_valid(p), portal_layout_rules()) for p in valid_files()]
    for path in invalid_files():
        case = load_case(path)
        cases.append((case["layout"], case["kind"], portal_rules(case)))
    return cases


_CASES = _cases()
#: Half the draws start from a valid layout, so accepted (and stored) mutants are common too.
_START = st.integers(0, len(valid_files()) - 1) | st.integers(0, len(_CASES) - 1)


def _containers(value: Any) -> list[Any]:
    """Every dict and list inside ``value`` (the mutation sites), outermost first."""
    found, stack = [], [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict | list):
            found.append(node)
            stack.extend(node.values() if isinstance(node, dict) else node)
    return found


def _mutate(data: st.DataObject, layout: Any) -> Any:
    root = [copy.deepcopy(layout)]  # a holder, so the layout itself can be replaced
    for _ in range(data.draw(st.integers(1, 4), label="mutations")):
        sites = _containers(root)
        if len(sites) > 1 and data.draw(st.integers(0, 9), label="inside") > 0:
            sites = sites[1:]  # mostly inside the layout; sometimes the layout itself is replaced
        node = data.draw(st.sampled_from(sites), label="site")
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        how = data.draw(st.sampled_from(["replace", "delete", "add", "rename", "listify", "flood"]), label="how")
        if not keys and how != "add":
            how = "add"
        key = data.draw(st.sampled_from(keys), label="key") if keys else None
        if how == "replace":
            node[key] = data.draw(_VALUES, label="value")
        elif how == "delete" and node is not root:
            del node[key]
        elif how == "add":
            value = data.draw(_VALUES, label="value")
            if isinstance(node, dict):
                node[data.draw(_KEYS, label="new key")] = value
            elif node is not root:
                node.append(value)
        elif how == "rename" and isinstance(node, dict):
            new_key = data.draw(_KEYS, label="new key")  # in place; a key it collides with is dropped
            items = [(new_key if k == key else k, v) for k, v in node.items() if k != new_key or k == key]
            node.clear()
            node.update(items)
        elif how == "listify" and isinstance(node[key], dict):
            node[key] = list(node[key].values())
        elif how == "flood" and isinstance(node[key], dict) and node[key]:
            first_key, first = next(iter(node[key].items()))
            node[key].update({f"{first_key}{i}": copy.deepcopy(first) for i in range(data.draw(st.integers(1, 25)))})
    return root[0]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), index=_START)
def test_mutated_corpus_layouts_get_the_same_answer_from_both(data: st.DataObject, index: int, db: SandboxDB) -> None:
    layout, kind, rules = _CASES[index]
    assert_agree(_mutate(data, layout), kind, rules, db)


def test_an_integer_beyond_64_bits_is_stored_as_the_portal_stores_it(db: SandboxDB) -> None:
    layout = {"blocks": {"a": {"type": "link", "properties": {"text": "Open", "action": {
        "type": "restEvent", "id": "open", "actionParams": {"n": PHP_INT_MAX * 10}}}}}}  # fmt: skip
    assert_agree(layout, "rest_app", portal_layout_rules(), db)
