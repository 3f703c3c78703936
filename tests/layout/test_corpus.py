"""The corpus: documentation layouts validate; each invalid layout gets the portal's code and path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.layout import ALL_CODES, portal_description, validate_layout

from .corpus_cases import invalid_files, kind_of_valid, load_case, rules_of, valid_files


@pytest.mark.parametrize("path", valid_files(), ids=lambda p: p.stem)
def test_valid_layout_is_accepted_without_warnings(path: Path) -> None:
    report = validate_layout(path.read_text(encoding="utf-8"), kind=kind_of_valid(path))
    assert [str(p) for p in report.problems] == []
    assert report.ok and report.first is None
    assert report.normalised is not None and report.layout is not None


@pytest.mark.parametrize("path", invalid_files(), ids=lambda p: p.stem)
def test_invalid_layout_gives_the_expected_code_and_path(path: Path) -> None:
    case = load_case(path)
    expect = case["expect"]
    # As JSON text (what the editor and the CLI read) and as the decoded value (what the sandbox has).
    report = validate_layout(json.dumps(case["layout"]), kind=case["kind"], rules=rules_of(case))
    if isinstance(case["layout"], dict):
        assert validate_layout(case["layout"], kind=case["kind"], rules=rules_of(case)).problems == report.problems
    assert all(p.code in ALL_CODES and isinstance(p.path, str) and p.message for p in report.problems)
    assert all("#" not in portal_description(p) for p in report.problems), "a placeholder of the portal text left unfilled"
    if expect["severity"] == "error":
        assert report.first is not None, f"accepted; problems: {[str(p) for p in report.problems]}"
        assert (report.first.code, report.first.path) == (expect["code"], expect["path"]), [str(p) for p in report.problems]
        assert not report.ok and report.normalised is None
    else:
        assert report.ok, [str(p) for p in report.errors]
        found = [(p.code, p.path) for p in report.warnings]
        assert (expect["code"], expect["path"]) in found, [str(p) for p in report.problems]
        assert report.normalised is not None


def test_corpus_covers_every_rule_section_and_code() -> None:
    cases = [load_case(p) for p in invalid_files()]
    sections = {c["rule"].split()[0].split(".")[0] + "." + c["rule"].split()[0].split(".")[1][:2].rstrip("/") for c in cases}
    assert {"§5.2", "§5.3", "§5.5", "§5.6", "§5.7", "§5.8", "§5.9", "§5.10", "§5.11"} <= sections
    errors = {c["expect"]["code"] for c in cases if c["expect"]["severity"] == "error"}
    assert errors == {
        "ERROR_EMPTY_LAYOUT", "FIELD_IS_REQUIRED", "FIELD_IS_REDUNDANT", "ENUM_FIELD", "TOO_MANY_ITEMS",
        "KEY_CONTAIN_WRONG_SYMBOLS", "WRONG_LANG", "WRONG_FIELD_VALUE",
    }  # fmt: skip
