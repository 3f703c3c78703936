"""Property-based: random and mutated layouts never crash the validator; every problem has a known
code and a path that leads into the input; accepted layouts normalise idempotently."""

from __future__ import annotations

import copy
import json
import os
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.layout import ALL_CODES, LOCAL_CODES, normalise_layout, portal_description, resolve_text, translate_layout, validate_layout

from .corpus_cases import kind_of_valid, valid_files

#: LAYOUT_HYPOTHESIS_EXAMPLES=2000 for a long soak; the default keeps the suite fast.
EXAMPLES = int(os.environ.get("LAYOUT_HYPOTHESIS_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

KEYS = st.sampled_from(
    ["icon", "header", "body", "footer", "code", "title", "type", "tags", "logo", "blocks", "properties", "value", "action",
     "uri", "id", "actionParams", "sliderParams", "width", "leftBoundary", "menu", "items", "buttons", "scope", "bold",
     "hideIfReadonly", "showPinItem", "block", "inline", "en", "de", "xx", "a b", "", "0", "text", "link", "deadline"]
) | st.text(max_size=8)  # fmt: skip
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12)
SCALARS |= st.sampled_from(
    ["text", "link", "deadline", "withTitle", "lineOfBlocks", "largeText", "redirect", "restEvent", "openRestApp", "primary",
     "warning", "web", "Y", "N", "true", "1", "info", "document"]
)  # fmt: skip
JSON = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=5), max_leaves=25)

PLACEHOLDER = re.compile(r"#(FIELD|PARENT_OBJECT|COUNT|VALUES|LANG|KEY)#")
VALID = [(json.loads(p.read_text(encoding="utf-8")), kind_of_valid(p)) for p in valid_files()]


def _lookup(data: Any, location: tuple[str, ...]) -> bool:
    node = data
    for key in location:
        if isinstance(node, list) and key.isdigit() and int(key) < len(node):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            return False
    return True


def _check(report: Any, data: Any) -> None:
    assert report.first is (report.errors[0] if report.errors else None)
    for problem in report.problems:
        assert problem.code in ALL_CODES
        assert isinstance(problem.path, str) and problem.message
        assert not PLACEHOLDER.search(portal_description(problem)), portal_description(problem)
        # The path leads to the offending value, or to where a missing one belongs.
        assert _lookup(data, problem.location) or _lookup(data, problem.location[:-1]), (str(problem), problem.location)
        assert problem.location or problem.code in ("ERROR_EMPTY_LAYOUT", "FIELD_IS_REDUNDANT") or problem.code in LOCAL_CODES
    if report.ok:
        assert report.normalised is not None and report.layout is not None
        assert json.loads(json.dumps(report.normalised)) == report.normalised
        # Nulls in required fields and loosely matched enums pass once but not after storing (warned about).
        if not any("stored layout back is refused" in p.message for p in report.warnings):
            assert normalise_layout(report.normalised, kind=report.kind) == report.normalised
        translate_layout(report.normalised, "de", kind=report.kind)


@SETTINGS
@given(data=JSON, kind=st.sampled_from(["layout", "rest_app"]))
def test_random_values_never_crash(data: Any, kind: str) -> None:
    report = validate_layout(data, kind=kind)
    _check(report, data)
    translate_layout(data if isinstance(data, dict) else {}, "de", kind=kind)


@st.composite
def mutated(draw: st.DrawFn) -> tuple[Any, str]:
    layout, kind = copy.deepcopy(draw(st.sampled_from(VALID)))
    for _ in range(draw(st.integers(1, 4))):
        holders: list[Any] = []
        stack = [layout]
        while stack:
            node = stack.pop()
            if isinstance(node, dict | list):
                holders.append(node)
                stack.extend(node.values() if isinstance(node, dict) else node)
        node = draw(st.sampled_from(holders))
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        op = draw(st.sampled_from(["delete", "retype", "insert", "huge", "deep", "list"]))
        if not keys and op != "insert":
            continue
        key = draw(st.sampled_from(keys)) if keys else None
        if op == "delete":
            del node[key]
        elif op == "retype":
            node[key] = draw(JSON)
        elif op == "insert" and isinstance(node, dict):
            node[draw(KEYS)] = draw(JSON)
        elif op == "huge":
            node[key] = {f"k{i}": copy.deepcopy(node[key]) for i in range(draw(st.integers(19, 60)))}
        elif op == "deep":
            value = node[key]
            for _ in range(draw(st.integers(1, 120))):
                value = {"type": "withTitle", "properties": {"block": value}} if draw(st.booleans()) else [value]
            node[key] = value
        elif op == "list" and isinstance(node[key], dict):
            node[key] = list(node[key].values())
    return layout, kind


@SETTINGS
@given(case=mutated())
def test_mutated_documentation_layouts_never_crash(case: tuple[Any, str]) -> None:
    layout, kind = case
    _check(validate_layout(layout, kind=kind), layout)
    text = json.dumps(layout)
    if len(text) < 1_000_000:
        _check(validate_layout(text, kind=kind), json.loads(text))


@SETTINGS
@given(case=mutated(), cut=st.integers(0, 10_000), junk=st.text(max_size=3))
def test_damaged_json_text_never_crashes(case: tuple[Any, str], cut: int, junk: str) -> None:
    layout, kind = case
    text = json.dumps(layout)
    cut %= len(text) + 1
    report = validate_layout(text[:cut] + junk + text[cut + 1 :], kind=kind)
    assert all(p.code in ALL_CODES for p in report.problems)


@SETTINGS
@given(value=JSON, language=st.sampled_from(["en", "de", "ru", "xx", ""]))
def test_resolve_text_always_gives_text(value: Any, language: str) -> None:
    assert isinstance(resolve_text(value, language), str)
