"""How the portal's PHP reads JSON values: casts and loose comparison (server-behaviour.md §3.1).

JSON decoded by PHP becomes arrays: a JSON object and a JSON list are both "arrays", and a list
behaves as a map keyed ``0, 1, …`` (api-spec.md §5.2). These helpers reproduce the casts the DTO
casters apply (``StringCaster``, ``IntCaster``, ``BoolCaster``) and ``in_array``/``==`` loose
comparison (PHP 8 rules) on Python values decoded from JSON. No Qt here.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from typing import Any

_NUMERIC_PREFIX = re.compile(r"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?", re.ASCII)


def is_array(value: Any) -> bool:
    """``True`` for what PHP's ``is_array`` sees as an array: a JSON object or list."""
    return isinstance(value, dict | list)


def as_map(value: Any) -> dict[str, Any]:
    """A JSON object as is, a JSON list as a map keyed ``"0"``, ``"1"``, …; anything else → ``{}``."""
    if isinstance(value, dict):
        return value
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    return {}


def is_scalar(value: Any) -> bool:
    """PHP ``is_scalar``: string, number or boolean (``null`` is not scalar)."""
    return isinstance(value, str | int | float)


#: 64-bit PHP's integer range (``PHP_INT_MIN`` … ``PHP_INT_MAX``).
PHP_INT_MAX = 2**63 - 1
PHP_INT_MIN = -(2**63)
#: PHP's ``precision`` ini setting (default 14): significant digits of ``(string)$float``.
PHP_PRECISION = 14


def php_json_number(value: Any) -> Any:
    """A number as ``json_decode`` gives it: an integer beyond ``PHP_INT_MIN`` … ``PHP_INT_MAX`` becomes a
    float (``zend_strtod`` of its digits; ``±INF`` past the float range). Anything else is returned as is."""
    if isinstance(value, int) and not isinstance(value, bool) and not PHP_INT_MIN <= value <= PHP_INT_MAX:
        try:
            return float(value)  # correctly rounded, as zend_strtod
        except OverflowError:
            return math.inf if value > 0 else -math.inf
    return value


def php_float_string(value: float) -> str:
    """``(string)$float`` at ``precision=14``: PHP's ``zend_gcvt(value, 14, '.', 'E')`` (``main/snprintf.c``).

    At most 14 significant digits (correctly rounded, trailing zeros dropped); exponent form when the
    decimal point is more than 14 places right or more than 4 left of the first digit, with at least
    one fraction digit and an unpadded signed exponent: ``1e20`` → ``"1.0E+20"``, ``1.5e-7`` →
    ``"1.5E-7"``, ``0.1 + 0.2`` → ``"0.3"``, ``100.0`` → ``"100"``, ``-0.0`` → ``"-0"``, ``inf`` →
    ``"INF"``, ``nan`` → ``"NAN"``.
    """
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    sign = "-" if math.copysign(1.0, value) < 0 else ""
    if value == 0:
        return sign + "0"
    # zend_dtoa mode 2: PHP_PRECISION correctly rounded digits; Python's "e" format uses the same dtoa.
    mantissa, exponent = f"{abs(value):.{PHP_PRECISION - 1}e}".split("e")
    digits = mantissa.replace(".", "").rstrip("0")
    decpt = int(exponent) + 1  # where the decimal point falls after the first ``decpt`` digits
    if decpt > PHP_PRECISION or decpt < -3:
        power = decpt - 1
        return f"{sign}{digits[0]}.{digits[1:] or '0'}E{'-' if power < 0 else '+'}{abs(power)}"
    if decpt <= 0:
        return f"{sign}0.{'0' * -decpt}{digits}"
    whole, fraction = digits[:decpt].ljust(decpt, "0"), digits[decpt:]
    return f"{sign}{whole}.{fraction}" if fraction else sign + whole


def php_string(value: Any) -> str | None:
    """``(string)$value`` for a value decoded from JSON; ``None`` stays ``None`` (nullable property)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, str):
        return value
    value = php_json_number(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return php_float_string(value)
    return "Array"


def php_int(value: Any) -> int | None:
    """``(int)$value`` (PHP 8, 64-bit): numeric prefix of strings, truncation of floats, 0/1 for arrays.

    Out of the 64-bit range a float wraps modulo 2**64 (``zend_dval_to_lval``: ``(int)1e20`` →
    ``7766279631452241920``) while a numeric string saturates (``zend_dval_to_lval_cap``:
    ``(int)"1e20"`` → ``PHP_INT_MAX``); ``INF``/``NAN`` → 0. An integer beyond 64 bits is the float
    ``json_decode`` makes of it (:func:`php_json_number`)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    value = php_json_number(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            return 0
        return (int(value) - PHP_INT_MIN) % 2**64 + PHP_INT_MIN  # identity inside the range
    if isinstance(value, str):
        match = _NUMERIC_PREFIX.match(value)
        if not match:
            return 0
        if "." not in match.group(1) and match.group(3) is None:
            number: float | int = int(match.group(0))  # digits only: exact (is_numeric_string's IS_LONG)
        else:
            number = float(match.group(0))
            if not math.isfinite(number):
                return 0
            number = int(number)
        return min(max(number, PHP_INT_MIN), PHP_INT_MAX)
    return 1 if value else 0


def php_bool(value: Any) -> bool | None:
    """``BoolCaster``: a string is true only when it is ``TRUE`` or ``Y`` (any case); others by PHP truthiness."""
    if value is None:
        return None
    if isinstance(value, str):
        return value.upper() in ("TRUE", "Y")
    return bool(value)


#: Strings the documentation allows for booleans and that the portal reads as meant.
_FAITHFUL_BOOL_STRINGS = {"true": True, "false": False, "y": True, "n": False}


def bool_surprise(value: Any) -> str | None:
    """Why a boolean value will not be read as the author probably meant, or ``None`` when it will.

    The portal reads ``"1"`` and ``"yes"`` as **false** (only ``"true"``/``"Y"`` are true)."""
    if value is None or isinstance(value, bool):
        return None
    value = php_json_number(value)
    if isinstance(value, int | float):
        return None if value in (0, 1) else f"{value!r} is read as {'true' if value else 'false'}; use true or false"
    if isinstance(value, str):
        if value.lower() in _FAITHFUL_BOOL_STRINGS:
            return None
        return f"the portal reads {clip(value)} as {'true' if php_bool(value) else 'false'}; use true or false"
    return f"an {'object' if isinstance(value, dict) else 'array'} is read as {'true' if value else 'false'}; use true or false"


def php_loose_equals(value: Any, text: str) -> bool:
    """PHP 8 ``$value == 'text'`` for a non-numeric string ``text``."""
    if isinstance(value, bool):
        return value == (text not in ("", "0"))
    if value is None:
        return text == ""
    if isinstance(value, str):
        return value == text
    if isinstance(value, int | float):
        return php_string(value) == text
    return False


def php_in(value: Any, allowed: Any) -> bool:
    """PHP ``in_array($value, $allowed)`` (loose) for a list of non-numeric strings."""
    return any(php_loose_equals(value, option) for option in allowed)


def clip(value: Any, limit: int = 40) -> str:
    """A short, safe rendering of a user value for messages (never the whole 1 MiB string)."""
    if isinstance(value, str):
        text = value if len(value) <= limit else value[:limit] + "…"
        return f"“{text}”"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = php_string(value) or ""
    return text if len(text) <= limit else text[:limit] + "…"
