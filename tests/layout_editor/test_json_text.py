"""Finding paths in layout JSON text and editing one value in place (json_locate, json_edit,
placement): exact spans on the documentation's layouts, and hypothesis over random JSON objects —
an edit gives the same JSON as setting the value in the decoded object, and the text outside the
replaced span stays as written."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.layout import validate_layout
from desktop_app.ui.layout_editor.json_edit import DELETE, apply_edit, plan_edit
from desktop_app.ui.layout_editor.json_locate import locate, offset_of_line_column, utf16_offset
from desktop_app.ui.layout_editor.placement import place_problems

CORPUS = Path(__file__).resolve().parents[1] / "layout" / "corpus"


def test_locate_finds_keys_and_values_of_nested_objects_and_arrays() -> None:
    text = (CORPUS / "valid" / "tags_as_json_array.json").read_text(encoding="utf-8")
    spans = locate(text)
    tag = spans[("header", "tags", "1")]
    assert json.loads(text[tag.value_start : tag.value_end]) == {"title": "paid", "type": "primary"}
    title = spans[("header", "title")]
    assert text[title.key_start : title.key_end] == '"title"' and text[title.value_start : title.value_end] == '"Contract signed"'
    assert spans[()].value_start == 0


def test_locate_survives_broken_text() -> None:
    assert locate('{"a": [1, {"b": ')[("a", "0")].value_start == 7
    for broken in ("", "}", "]]]", '{"a"', '"unterminated', "{" * 5000, '{"a": "x\\"}'):
        locate(broken)


def test_parser_positions_count_utf8_bytes_and_documents_count_utf16() -> None:
    text = '{\n "ä😀": x}'
    # the parser says line 2, column 12 for "x" (bytes: space, quote, ä=2, 😀=4, quote, colon, space)
    assert text[offset_of_line_column(text, 2, 12)] == "x"
    assert utf16_offset(text, text.index("x")) == text.index("x") + 1


def test_every_invalid_corpus_case_is_placed_on_a_key_of_its_path() -> None:
    """Each problem selects the quoted key of its path, or of the nearest ancestor the text has (a
    missing field), or the start of an array item or of the root value."""
    placed_any = 0
    for path in sorted((CORPUS / "invalid").glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        text = json.dumps(case["layout"], indent=2, ensure_ascii=True)
        report = validate_layout(text, kind=case.get("kind", "layout"))
        for problem, place in place_problems(text, report.problems):
            if not problem.location:
                continue
            assert place.line is not None, (path.name, str(problem))
            selected = text[place.start : place.end]
            assert text.count("\n", 0, place.start) == place.line
            if any(segment.isdigit() for segment in problem.location) or place.start == 0:
                assert selected, (path.name, str(problem))  # an array item (its value) or the root value
            else:
                assert json.loads(selected) in problem.location, (path.name, str(problem), selected)
            placed_any += 1
    assert placed_any > 30


def test_edit_replaces_only_the_value_and_keeps_the_rest_as_written() -> None:
    text = '{\n  "header": {"title": "A",   "tags": {}},\n  "body":{"blocks":[1,2]}\n}'
    edit = plan_edit(text, ("header", "title"), "B → C")
    assert apply_edit(text, edit) == text.replace('"A"', '"B → C"')
    removed = apply_edit(text, plan_edit(text, ("body", "blocks", "0"), DELETE))
    assert json.loads(removed)["body"]["blocks"] == [2] and removed.startswith('{\n  "header": {"title": "A",   "tags": {}}')
    added = apply_edit(text, plan_edit(text, ("footer", "buttons", "b"), {"title": "x"}))
    assert json.loads(added)["footer"] == {"buttons": {"b": {"title": "x"}}}


_keys = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=6)
_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=8)
_json = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_keys, inner, max_size=4), max_leaves=20)
_objects = st.dictionaries(_keys, _json, min_size=1, max_size=5)


def _paths(value, prefix=()):  # noqa: ANN001, ANN202
    yield prefix
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
    for key, child in items:
        yield from _paths(child, (*prefix, str(key)))


def _set(value, path, new):  # noqa: ANN001, ANN202
    if not path:
        return new
    key, rest = path[0], path[1:]
    if isinstance(value, list):
        copy = list(value)
        copy[int(key)] = _set(copy[int(key)], rest, new)
        return copy
    copy = dict(value)
    copy[key] = _set(copy[key], rest, new)
    return copy


@settings(max_examples=150, deadline=None)
@given(_objects, st.integers(min_value=0, max_value=2), st.data())
def test_an_edit_equals_setting_the_value_in_the_decoded_object(obj, indent: int, data) -> None:  # noqa: ANN001
    text = json.dumps(obj, indent=indent or None, ensure_ascii=data.draw(st.booleans()))
    path = data.draw(st.sampled_from([p for p in _paths(obj) if p]))
    new = data.draw(_json)
    edit = plan_edit(text, path, new)
    assert edit is not None
    result = apply_edit(text, edit)
    assert json.loads(result) == _set(obj, path, new)
    assert text[: edit.start] == result[: edit.start]
    assert text[edit.end :] == result[len(result) - (len(text) - edit.end) :]


@settings(max_examples=100, deadline=None)
@given(_objects, st.integers(min_value=0, max_value=3), st.booleans())
def test_locate_finds_every_path_of_valid_json_with_its_value(obj, indent: int, ascii_only: bool) -> None:  # noqa: ANN001
    text = json.dumps(obj, indent=indent or None, ensure_ascii=ascii_only)
    spans = locate(text)
    for path in _paths(obj):
        span = spans[path]
        value = obj
        for key in path:
            value = value[int(key)] if isinstance(value, list) else value[key]
        assert json.loads(text[span.value_start : span.value_end]) == value
        if path and not isinstance(_parent(obj, path), list):
            assert json.loads(text[span.key_start : span.key_end]) == path[-1]
        # asked for one path, the scan stops there and finds the same key and value start
        quick = locate(text, [path])[path]
        assert (quick.key_start, quick.key_end, quick.value_start) == (span.key_start, span.key_end, span.value_start)


def _parent(obj, path):  # noqa: ANN001, ANN202
    for key in path[:-1]:
        obj = obj[int(key)] if isinstance(obj, list) else obj[key]
    return obj


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=200), _objects.map(json.dumps)), st.data())
def test_broken_text_is_located_and_placed_without_an_exception(text: str, data) -> None:  # noqa: ANN001
    if data.draw(st.booleans()) and text:  # mutate: cut or splice a character
        at = data.draw(st.integers(min_value=0, max_value=len(text) - 1))
        text = text[:at] + data.draw(st.sampled_from(["", "{", "}", "[", '"', ":", ",", "\\", "\n"])) + text[at + 1 :]
    locate(text)
    for problem, place in place_problems(text, validate_layout(text).problems):
        assert place.line is None or 0 <= place.line <= text.count("\n"), str(problem)
        assert 0 <= place.start <= place.end
