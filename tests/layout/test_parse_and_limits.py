"""Hostile input: size limit before parsing, deep nesting, bad JSON with positions, huge maps."""

from __future__ import annotations

import json

import pytest

from desktop_app.layout import MAX_LAYOUT_CHARS, validate_layout
from desktop_app.layout import parse as parse_module

from .corpus_cases import CORPUS

DOC_TEXT = (CORPUS / "valid" / "spec_5_13_complete_example.json").read_text(encoding="utf-8")


def test_a_10_mb_layout_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_parse(*_args: object, **_kw: object) -> None:
        raise AssertionError("parsed a text over the limit")

    monkeypatch.setattr(parse_module, "from_json", must_not_parse)
    text = '{"icon": "' + "x" * (10 * 1024 * 1024) + '"}'
    for data in (text, text.encode()):
        report = validate_layout(data)
        assert [p.code for p in report.problems] == ["LAYOUT_TOO_LARGE"]
        assert f"{MAX_LAYOUT_CHARS:,}" in report.problems[0].message
        assert report.layout is None


def test_text_at_the_limit_is_read() -> None:
    padded = DOC_TEXT + " " * (MAX_LAYOUT_CHARS - len(DOC_TEXT))
    assert len(padded) == MAX_LAYOUT_CHARS
    assert validate_layout(padded).ok


@pytest.mark.parametrize("opening", ["[", '{"a":'])
def test_ten_thousand_nesting_levels_give_a_message(opening: str) -> None:
    closing = "]" if opening == "[" else "}"
    report = validate_layout(opening * 10_000 + "1" + closing * 10_000)
    assert [p.code for p in report.problems] == ["NESTING_TOO_DEEP"]
    assert report.problems[0].line == 1


def test_deeply_nested_and_cyclic_dicts_give_a_message() -> None:
    inner: dict = {"type": "text", "properties": {"value": "x"}}
    for _ in range(10_000):
        inner = {"type": "withTitle", "properties": {"title": "t", "block": inner}}
    layout = {"icon": {"code": "info"}, "header": {"title": "T"}, "body": {"logo": {"code": "document"}, "blocks": {"deep": inner}}}
    report = validate_layout(layout)
    assert "NESTING_TOO_DEEP" in {p.code for p in report.problems}
    assert report.first.path.startswith("body.blocks.deep.properties.block")

    cyclic: dict = {"type": "withTitle", "properties": {"title": "t"}}
    cyclic["properties"]["block"] = cyclic
    layout["body"]["blocks"] = {"loop": cyclic}
    report = validate_layout(layout)
    assert not report.ok


@pytest.mark.parametrize(
    ("text", "line", "column"),
    [
        ('{"icon": {"code": "info"},\n "header": {"title": tru}}', 2, 25),
        ('{"icon": {"code": "info"}', 1, 25),
        ('{"icon": NaN}', 1, 10),
        ("", 1, 1),
    ],
)
def test_bad_json_names_line_and_column(text: str, line: int, column: int) -> None:
    report = validate_layout(text)
    (problem,) = report.problems
    assert (problem.code, problem.line, problem.column) == ("INVALID_JSON", line, column)
    assert problem.message


def test_bytes_utf8_bom_and_invalid_utf8() -> None:
    assert validate_layout(DOC_TEXT.encode("utf-8")).ok
    assert validate_layout("\ufeff" + DOC_TEXT).ok
    assert validate_layout(b"\xef\xbb\xbf" + DOC_TEXT.encode()).ok
    report = validate_layout(b'{"icon":\n {"code": "\xff"}}')
    (problem,) = report.problems
    assert (problem.code, problem.line, problem.column) == ("INVALID_JSON", 2, 12)


def test_ten_thousand_blocks_are_refused_quickly_with_a_bounded_report() -> None:
    layout = json.loads(DOC_TEXT)
    layout["body"]["blocks"] = {f"b {i}": {"type": "chart"} for i in range(10_000)}
    report = validate_layout(layout)
    assert (report.first.code, report.first.path) == ("KEY_CONTAIN_WRONG_SYMBOLS", 'body.blocks["b 0"]')
    assert "TOO_MANY_ITEMS" in {p.code for p in report.problems}
    assert len(report.problems) <= 500 and report.truncated
    assert report.layout is not None and report.layout.body.blocks == {}  # nothing drawable, the header still is
    assert report.layout.header.title == "Incoming call"


def test_duplicate_keys_keep_the_last_as_php_does() -> None:
    report = validate_layout('{"icon": {"code": "nope"}, "icon": {"code": "info"}, "header": {"title": "T"},'
                             ' "body": {"logo": {"code": "document"}, "blocks": {"a": {"type": "deadline"}}}}')  # fmt: skip
    assert report.ok and report.normalised["icon"] == {"code": "info"}


def test_unknown_kind_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="kind"):
        validate_layout({}, kind="card")


def test_messages_never_repeat_huge_user_text() -> None:
    huge = "ö" * 200_000
    layout = json.loads(DOC_TEXT)
    layout["header"]["tags"]["status2"]["type"] = huge
    layout["header"]["tags"][huge] = {"title": "x", "type": "success"}
    layout["icon"][huge] = 1
    report = validate_layout(layout)
    assert {p.code for p in report.errors} >= {"ENUM_FIELD", "KEY_CONTAIN_WRONG_SYMBOLS", "FIELD_IS_REDUNDANT"}
    assert all(len(p.message) < 400 and len(p.path) < 200 for p in report.problems)
