"""PHP casts as the portal applies them to layout values (server-behaviour.md §3.1, §5.1).

What a user notices: the value the portal stores and shows back. ``actionParams`` values are stored as
``(string)$value``, so a float is stored in PHP's ``precision=14`` form, and an integer beyond 64 bits
arrives as a float (``json_decode``). Expected strings come from php-src (``Zend/tests/
double_to_string.phpt``, ``Zend/tests/type_coercion/float_to_int/*.phpt``) and the PHP manual.
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.layout import normalise_layout, parse_layout_text, validate_layout
from desktop_app.layout.phpcast import PHP_INT_MAX, PHP_INT_MIN, php_float_string, php_int, php_json_number, php_string
from desktop_app.sandbox.wire import php_json_loads

SETTINGS = settings(max_examples=300, deadline=None)

# ------------------------------------------------------------------------------------------ (string)$float


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # the brief's table
        (1e20, "1.0E+20"),
        (1.5e-7, "1.5E-7"),
        (0.1 + 0.2, "0.3"),
        (100.0, "100"),
        (-0.0, "-0"),
        (0.0, "0"),
        (1e15, "1.0E+15"),
        (123456789012345678.0, "1.2345678901235E+17"),
        (math.inf, "INF"),
        (-math.inf, "-INF"),
        (math.nan, "NAN"),
        # php-src Zend/tests/double_to_string.phpt (precision=14)
        (2.9e17, "2.9E+17"),
        (2.9e14, "2.9E+14"),
        (29000000000000.0, "29000000000000"),
        (29000000000000.123123, "29000000000000"),
        (29000000000000.7123123, "29000000000001"),
        (29000.7123123, "29000.7123123"),
        (239234242.7123123, "239234242.71231"),
        (0.12345678901234567890, "0.12345678901235"),
        (10000000000000.0, "10000000000000"),
        (100000000000000.0, "1.0E+14"),
        (1000000000000000001.0, "1.0E+18"),
        (100000000000001.0, "1.0E+14"),
        (10000000000.0, "10000000000"),
        (999999999999999.0, "1.0E+15"),
        (9999999999999999.0, "1.0E+16"),
        # the switch to exponent form on the small side: more than 3 zeros after the point
        (0.0001, "0.0001"),
        (0.00001, "1.0E-5"),
        (0.00012345, "0.00012345"),
        (-0.000012345, "-1.2345E-5"),
        (0.5, "0.5"),
        (-1.5, "-1.5"),
        (1.25e-100, "1.25E-100"),
        (1e100, "1.0E+100"),
        (5e-324, "4.9406564584125E-324"),
        (1.7976931348623157e308, "1.7976931348623E+308"),
        (float(PHP_INT_MAX * 10), "9.2233720368548E+19"),
        (99999999999999.99, "1.0E+14"),  # rounding up to 15 digits moves the point: exponent form
        (12345678901234.5, "12345678901234"),  # an exact tie rounds to even (zend_dtoa)
        (12345678901235.5, "12345678901236"),
    ],
)
def test_float_to_string_is_php_precision_14(value: float, expected: str) -> None:
    assert php_float_string(value) == expected
    assert php_string(value) == expected


def _printf_oracle(value: float) -> str:
    """An independent reading of the same rule: ``%.14G`` (same exponent switch at 14 and -4),
    then PHP's spelling — at least one fraction digit, exponent without leading zeros."""
    text = f"{value:.14G}"
    if "E" not in text:
        return text
    mantissa, exponent = text.split("E")
    if "." not in mantissa:
        mantissa += ".0"
    return f"{mantissa}E{exponent[0]}{int(exponent[1:])}"


_SHAPE = re.compile(r"-?(0|[1-9]\d*)(\.\d*[1-9])?|-?[1-9]\.(0|\d*[1-9])E[+-][1-9]\d*|-?[1-9]\.\d*E[+-]0")


@SETTINGS
@given(st.floats(allow_nan=False, allow_infinity=False))
def test_float_strings_keep_14_significant_digits_in_php_spelling(value: float) -> None:
    text = php_float_string(value)
    assert text == _printf_oracle(value)
    assert _SHAPE.fullmatch(text), text
    assert len(re.sub(r"E.*|[-.]", "", text).strip("0")) <= 14  # significant digits
    back = float(text)
    if value == 0:
        assert back == 0 and math.copysign(1, back) == math.copysign(1, value)
        return
    exact, shown = Decimal(value), Decimal(text.replace("E", "e"))
    assert abs(shown - exact) <= Decimal(5).scaleb(exact.adjusted() - 14)  # half a unit of the 14th digit
    assert math.isclose(back, value, rel_tol=5e-14)


# ------------------------------------------------------------------------------------------ integers beyond 64 bits


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (PHP_INT_MAX, PHP_INT_MAX),
        (PHP_INT_MIN, PHP_INT_MIN),
        (PHP_INT_MAX + 1, 9.223372036854776e18),
        (PHP_INT_MIN - 1, -9.223372036854776e18),
        (99999999999999999999, 1e20),
        (10**400, math.inf),
        (-(10**400), -math.inf),
    ],
)
def test_json_decode_makes_integers_beyond_64_bits_floats(number: int, expected: float) -> None:
    got = php_json_number(number)
    assert got == expected and type(got) is type(expected)
    text = json.dumps({"n": number})
    assert parse_layout_text(text).value == {"n": expected}
    assert php_json_loads(text) == {"n": expected}  # the sandbox portal's json_decode agrees


def test_an_integer_with_thousands_of_digits_is_infinity_not_a_refusal() -> None:
    for sign, expected in (("", math.inf), ("-", -math.inf)):
        text = '{"a": [' + sign + "7" * 5000 + ', 1, "x"]}'
        assert parse_layout_text(text).value == {"a": [expected, 1, "x"]}
    problem = parse_layout_text('[1, "\\ud800", ' + "7" * 5000 + "]").problem  # a lone surrogate is still refused
    assert problem is not None and problem.code == "INVALID_JSON"
    problem = parse_layout_text("[" + "7" * 5000 + ",\n  ]").problem
    assert problem is not None and problem.code == "INVALID_JSON" and (problem.line, problem.column) == (2, 3)
    problem = parse_layout_text("[" * 250 + "7" * 5000 + "]" * 250).problem
    assert problem is not None and problem.code == "NESTING_TOO_DEEP"
    problem = parse_layout_text("[" * 201 + "]" * 201 + " " + "7" * 5000).problem  # extra data after the value
    assert problem is not None and problem.code == "INVALID_JSON"


@SETTINGS
@given(st.integers() | st.integers(min_value=PHP_INT_MAX - 3, max_value=PHP_INT_MAX + 3)
       | st.integers(min_value=PHP_INT_MIN - 3, max_value=PHP_INT_MIN + 3))  # fmt: skip
def test_numbers_are_read_as_the_portals_json_decode_reads_them(number: int) -> None:
    text = json.dumps([number, {"k": [number]}])
    mine, portal = parse_layout_text(text).value, php_json_loads(text)
    assert mine == portal
    assert type(mine[0]) is type(portal[0]) and type(mine[1]["k"][0]) is type(portal[1]["k"][0])


def _rest_app(params: dict) -> dict:
    return {"blocks": {"a": {"type": "link", "properties": {"text": "Open", "action": {
        "type": "restEvent", "id": "open", "actionParams": params}}}}}  # fmt: skip


def test_stored_action_params_show_floats_and_huge_integers_as_the_portal_does() -> None:
    params = {"big": PHP_INT_MAX * 10, "max": PHP_INT_MAX, "tiny": 1.5e-7, "sum": 0.1 + 0.2, "round": 100.0, "neg": -0.0}
    expected = {"big": "9.2233720368548E+19", "max": "9223372036854775807", "tiny": "1.5E-7", "sum": "0.3",
                "round": "100", "neg": "-0"}  # fmt: skip
    for given_as in (json.dumps(_rest_app(params)), _rest_app(params)):  # JSON text, or already a dict
        stored = normalise_layout(given_as, kind="rest_app")
        assert stored["blocks"]["a"]["properties"]["action"]["actionParams"] == expected


def test_a_huge_integer_in_an_enum_field_is_compared_as_the_portals_float() -> None:
    layout = _rest_app({})
    layout["blocks"]["a"]["properties"]["action"]["type"] = 10**30
    for given_as in (json.dumps(layout), layout):
        report = validate_layout(given_as, kind="rest_app")
        assert report.first is not None and report.first.code == "ENUM_FIELD"
        assert "1.0E+30" in report.first.message


# ------------------------------------------------------------------------------------------ (int)$value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3.5, 3),
        (-3.5, -3),
        (1e20, 7766279631452241920),  # floats wrap modulo 2**64 (zend_dval_to_lval)
        (-4000000000000001048576.0, 2943463994971652096),  # php-src dval_to_lval_64.phpt
        (-4e21, 2943463994972700672),
        (1e121, 0),  # php-src explicit_casts_should_not_warn.phpt
        (math.inf, 0),
        (math.nan, 0),
        (PHP_INT_MAX * 10, 0),  # json_decode: 9.2233720368547758E+19 = 5 * 2**64 exactly
        ("1.0E+121", PHP_INT_MAX),  # numeric strings saturate (zend_dval_to_lval_cap)
        ("-1e30", PHP_INT_MIN),
        ("99999999999999999999", PHP_INT_MAX),
        ("9007199254740993", 9007199254740993),  # digits only: exact, not through a float
        (" 12abc", 12),
        ("1e1000", 0),
        ("٣", 0),  # only ASCII digits are numeric
        ("abc", 0),
        (True, 1),
        ([1], 1),
        ([], 0),
    ],
)
def test_int_cast_is_php_8_on_64_bit(value: object, expected: int) -> None:
    assert php_int(value) == expected
