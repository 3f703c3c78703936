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

_NUMERIC_PREFIX = re.compile(r"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


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


def php_float_string(value: float) -> str:
    if math.isnan(value):
        return "NAN"
    if math.isinf(value):
        return "INF" if value > 0 else "-INF"
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    text = repr(value)
    if "e" in text:
        mantissa, exponent = text.split("e")
        if "." not in mantissa:
            mantissa += ".0"
        return f"{mantissa}E{'+' if not exponent.startswith('-') else ''}{exponent}"
    return text


def php_string(value: Any) -> str | None:
    """``(string)$value`` for a value decoded from JSON; ``None`` stays ``None`` (nullable property)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, str):
        return value
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return php_float_string(value)
    return "Array"


def php_int(value: Any) -> int | None:
    """``(int)$value`` (PHP 8): numeric prefix of strings, truncation of floats, 0/1 for arrays."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return 0 if math.isnan(value) or math.isinf(value) else int(value)
    if isinstance(value, str):
        match = _NUMERIC_PREFIX.match(value)
        if not match:
            return 0
        number = float(match.group(0))
        return 0 if math.isinf(number) else int(number)
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
