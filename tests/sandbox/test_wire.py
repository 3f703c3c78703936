"""PHP's input readers as the sandbox mimics them (``wire.py``): ``parse_str`` keys (nesting limit,
unclosed brackets), ``intval`` within 64 bits, ``json_decode``'s invalid cases — by table and by property."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import parse_qsl

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.sandbox.wire import (
    PHP_INT_MAX,
    PHP_INT_MIN,
    php_floatval,
    php_intval,
    php_json_dumps,
    php_json_loads,
    php_parse_pairs,
    php_str,
)


def parse(query: str) -> dict[str, Any]:
    return php_parse_pairs(parse_qsl(query, keep_blank_values=True))


@pytest.mark.parametrize(("query", "expected"), [
    ("filter[OWNER_ID]=5&select[]=ID&select[]=NAME", {"filter": {"OWNER_ID": "5"}, "select": ["ID", "NAME"]}),
    # php-src tests/basic/027.phpt (max_input_nesting_level=10 there, 64 here): "]" after "]" ends the key.
    ("a=1&e[][]][]=3", {"a": "1", "e": [["3"]]}),
    ("a[b=1", {"a_b": "1"}),  # an unclosed bracket: "[" becomes "_" (and " ", ".", "[" after it)
    ("a[b.c d[e=1", {"a_b_c_d_e": "1"}),
    ("a[x][b=1", {"a": {"x": "1"}}),  # unclosed after a closed index: the value lands on that index
    ("a[x]tail=1", {"a": {"x": "1"}}),  # text after "]" that is not "[" is ignored
    ("a.b c=1& lead=2", {"a_b_c": "1", "lead": "2"}),  # dots and spaces in names; leading spaces dropped
    ("[x]=1&=2", {}),  # no name: skipped
    ("a[ ]=1&a[ ]=2&a[ x]=3", {"a": {"0": "1", "1": "2", " x": "3"}}),
    ("a[5]=x&a[]=y&a[-9]=z&a[]=w", {"a": {"5": "x", "6": "y", "-9": "z", "7": "w"}}),
    ("a=1&a[]=2", {"a": ["2"]}),  # a later array replaces a scalar …
    ("a[]=1&a=2", {"a": "2"}),  # … and vice versa
    ("id\x00x=1", {"id": "1"}),  # C strings: the name ends at NUL
])
def test_parse_str_keys(query: str, expected: dict[str, Any]) -> None:
    assert parse(query) == expected


def test_keys_nested_past_64_levels_are_dropped_with_their_whole_name() -> None:
    assert parse("c" + "[a]" * 64 + "=1")["c"] is not None
    assert parse("c=5&c" + "[]" * 65 + "=1&d=2") == {"d": "2"}  # php_register_variable_ex deletes "c"
    assert parse("c" + "[]" * 65 + "=1&c=5") == {"c": "5"}
    assert parse("c" + "[a]" * 1_000_000 + "=1") == {}


@pytest.mark.parametrize(("value", "expected"), [
    ("99999999999999999999", PHP_INT_MAX), ("-99999999999999999999", PHP_INT_MIN), ("9223372036854775807", PHP_INT_MAX),
    ("9223372036854775808", PHP_INT_MAX), ("0000000000000000000000012", 12), ("1e3", 1000), ("1e999", 0),
    ("12abc", 12), ("abc", 0), (" 12 ", 12), ("12.9", 12), (".5", 0), ("+5", 5), ("0x1A", 0), ("١٢", 0),
    ("9" * 10_000, PHP_INT_MAX), (10**30, PHP_INT_MAX), (-(10**30), PHP_INT_MIN), (1e20, PHP_INT_MAX),
    (-1e20, PHP_INT_MIN), (math.inf, 0), (math.nan, 0), (True, 1), (None, 0), ([], 0), ({"a": 1}, 1),
])
def test_intval_stays_within_64_bits(value: Any, expected: int) -> None:
    assert php_intval(value) == expected


def test_floatval_and_string_casts_of_non_finite_numbers() -> None:
    assert php_floatval("1e999") == math.inf and php_floatval("12abc") == 12.0 and php_floatval([1]) == 1.0
    assert (php_str(math.inf), php_str(-math.inf), php_str(math.nan)) == ("INF", "-INF", "NAN")
    with pytest.raises(ValueError, match="Inf and NaN"):
        php_json_dumps({"x": math.inf})


@pytest.mark.parametrize("text", [
    '{"a": NaN}', '{"a": Infinity}', '["\\ud800"]', '{"\\udc00": 1}', "[" * 513 + "]" * 513,
    '{"a":' * 513 + "1" + "}" * 513, "[" * 1_000_000 + "]" * 1_000_000, '{"a": 1', "",
])
def test_json_php_finds_invalid(text: str) -> None:
    with pytest.raises(ValueError):
        php_json_loads(text)


def test_json_big_integers_become_floats_and_512_levels_are_read() -> None:
    assert php_json_loads('{"id": 99999999999999999999, "n": 9223372036854775807}') == \
        {"id": 1e20, "n": PHP_INT_MAX}
    assert php_json_loads("[" * 512 + "]" * 512) is not None
    assert php_json_loads('["\\ud83d\\ude00"]') == ["\U0001F600"]


# ------------------------------------------------------------------------------------------ properties

_key_text = st.text(alphabet=st.sampled_from(list("ab0[] .\x00-")), max_size=40)


def _depth(value: Any) -> int:
    depth, level = 0, [value]
    while level:
        level = [child for node in level if isinstance(node, (dict, list))
                 for child in (node.values() if isinstance(node, dict) else node)]
        depth += 1 if level else 0
    return depth


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(_key_text, st.text(max_size=5)), max_size=20))
def test_parse_pairs_never_fails_and_never_nests_past_php_limit(pairs: list[tuple[str, str]]) -> None:
    params = php_parse_pairs(pairs)
    assert isinstance(params, dict) and _depth(params) <= 65
    assert all(isinstance(key, str) and key and "\x00" not in key for key in params)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), st.integers(), st.floats(), st.booleans(), st.none(),
                 st.from_regex(r"\A[ \t]*[+-]?[0-9]{0,40}(\.[0-9]*)?([eE][+-]?[0-9]{1,4})?[a-z]*\Z")))
def test_intval_is_always_a_64_bit_integer(value: Any) -> None:
    number = php_intval(value)
    assert type(number) is int and PHP_INT_MIN <= number <= PHP_INT_MAX


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('[]{}":,0123456789.eE-tfnulNaI\\ud8')), max_size=200))
def test_json_loads_answers_a_value_or_value_error(text: str) -> None:
    try:  # any other exception (RecursionError, TypeError …) fails the test
        php_json_loads(text)
    except ValueError:
        pass  # invalid JSON: the portal reads no parameters
