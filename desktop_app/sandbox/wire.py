"""Wire formats of the sandbox portal: PHP bracket parameters, PHP-style JSON, PHP scalar casts.

The real portal is PHP, so the sandbox mimics three PHP behaviours that clients can observe:

* ``parse_str``: ``filter[OWNER_ID]=5&select[]=ID`` becomes ``{"filter": {"OWNER_ID": "5"},
  "select": ["ID"]}`` (api-spec.md §1.2). PHP arrays are ordered maps; a map whose keys are
  exactly ``0..n-1`` in order is returned as a Python list, anything else as a dict with string keys.
* ``json_encode`` with ``JSON_HEX_TAG|JSON_HEX_AMP|JSON_HEX_APOS|JSON_HEX_QUOT|JSON_UNESCAPED_UNICODE``
  (server-behaviour.md §5.2): ``<`` → ``\\u003C``, ``>`` → ``\\u003E``, ``&`` → ``\\u0026``,
  ``'`` → ``\\u0027``, ``"`` → ``\\u0022``, ``/`` → ``\\/``, other characters literal (U+2028/U+2029 are
  still escaped, as PHP does), and every empty array / map → ``[]``.
* ``is_numeric`` / ``intval`` as used by the controller binder and the legacy proxy
  (server-behaviour.md §1.0.2, §1.0.4). Integers are 64-bit, as on the portal: :func:`php_intval`
  saturates at ``PHP_INT_MAX`` / ``PHP_INT_MIN``, so no value a client sends is too large for the
  database; every method reads integers through it.

Hostile input is bounded the way PHP bounds it (api-spec.md §1.2, server-behaviour.md §5.1):
:func:`php_parse_pairs` drops a key nested deeper than ``max_input_nesting_level`` (64) and turns an
unclosed ``a[b`` into ``a_b``; :func:`php_json_loads` treats JSON nested deeper than ``json_decode``'s
512 levels, ``NaN``/``Infinity`` and unpaired surrogates as invalid. Neither recurses, so no input
depth reaches Python's recursion limit.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "JSON_MAX_DEPTH",
    "MAX_INPUT_NESTING_LEVEL",
    "PHP_INT_MAX",
    "PHP_INT_MIN",
    "is_php_array",
    "php_empty",
    "php_floatval",
    "php_intval",
    "php_is_numeric",
    "php_items",
    "php_json_dumps",
    "php_json_loads",
    "php_parse_pairs",
    "php_str",
]

#: 64-bit PHP's integer range (``PHP_INT_MAX``, ``PHP_INT_MIN``).
PHP_INT_MAX = 2**63 - 1
PHP_INT_MIN = -(2**63)
#: PHP's ``max_input_nesting_level`` (default 64): deeper bracket keys are dropped.
MAX_INPUT_NESTING_LEVEL = 64
#: ``json_decode``'s default depth (512): deeper JSON is invalid.
JSON_MAX_DEPTH = 512

_NUMERIC_RE = re.compile(r"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$", re.ASCII)
_LEADING_NUMBER_RE = re.compile(r"[ \t\n\r\v\f]*([+-]?)(?:(\d+)(?![.eE\d])|(\d+(?:\.\d*)?|\.\d+)([eE][+-]?\d+)?)",
                                re.ASCII)
_INT_KEY_RE = re.compile(r"0|-?[1-9][0-9]{0,18}")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


# --------------------------------------------------------------------------- PHP arrays


class _PhpArray(dict):  # type: ignore[type-arg]
    """A PHP array under construction: string keys, and the next free integer key for ``[]``."""

    __slots__ = ("next_free",)

    def __init__(self) -> None:
        super().__init__()
        self.next_free: int | None = None  # no integer key yet: ``[]`` appends at 0

    def put(self, key: str | None, value: Any) -> None:
        if key is None:  # ``a[]``: append at the next free integer key (largest integer key + 1)
            number = 0 if self.next_free is None else self.next_free
            if number > PHP_INT_MAX:
                return  # PHP: "Cannot add element to the array as the next element is already occupied"
            key = str(number)
        elif not (_INT_KEY_RE.fullmatch(key) and PHP_INT_MIN <= int(key) <= PHP_INT_MAX):
            self[key] = value
            return
        self[key] = value
        number = int(key) + 1
        self.next_free = number if self.next_free is None else max(self.next_free, number)


#: :func:`_key_path`'s answer for a key nested deeper than :data:`MAX_INPUT_NESTING_LEVEL`.
_TOO_DEEP: list[str | None] = []
_C_SPACE = " \t\n\v\f\r"


def _key_path(key: str) -> tuple[str, list[str | None]] | None:
    """``php_register_variable_ex``'s reading of one key: ``(name, [index, …])`` (``None`` = ``[]``).

    Returns ``None`` for a key PHP skips (empty name), and ``(name, _TOO_DEEP)`` for one nested deeper
    than :data:`MAX_INPUT_NESTING_LEVEL` (PHP then deletes the whole top-level ``name``).
    """
    key = key.split("\0", 1)[0].lstrip(" ")  # C strings; leading spaces are ignored
    bracket = key.find("[")
    name = (key if bracket < 0 else key[:bracket]).replace(" ", "_").replace(".", "_")
    if not name:
        return None
    if bracket < 0:
        return name, []
    indexes: list[str | None] = []
    position = bracket  # at a "[" that opens an index
    while True:
        if len(indexes) >= MAX_INPUT_NESTING_LEVEL:
            return name, _TOO_DEEP
        start = position + 1
        probe = start + 1 if key[start:start + 1] in _C_SPACE and start < len(key) else start
        if key[probe:probe + 1] == "]":
            index: str | None = None
            close = probe
        else:
            close = key.find("]", probe)
            if close < 0:  # unclosed: "[" becomes "_" and the rest is part of the previous name
                if not indexes:
                    rest = key[start:].replace(" ", "_").replace(".", "_").replace("[", "_")
                    return f"{name}_{rest}", []
                return name, indexes
            index = key[start:close]
        indexes.append(index)
        if key[close + 1:close + 2] != "[":
            return name, indexes  # anything after "]" but "[" is ignored
        position = close + 1


def _finish(root: _PhpArray) -> dict[str, Any]:
    """Plain dicts from the built arrays; a map keyed exactly ``"0".."n-1"`` becomes a list (no recursion)."""
    converted: dict[int, Any] = {}
    stack: list[tuple[_PhpArray, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if not children_done:
            stack.append((node, True))
            stack.extend((child, False) for child in node.values() if isinstance(child, _PhpArray))
            continue
        plain = {k: converted.pop(id(v)) if isinstance(v, _PhpArray) else v for k, v in node.items()}
        if node is not root and plain and all(k == str(i) for i, k in enumerate(plain)):
            converted[id(node)] = list(plain.values())
        else:
            converted[id(node)] = plain
    return converted[id(root)]


def php_parse_pairs(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """Build nested parameters from ``(key, value)`` pairs the way PHP's ``parse_str`` does.

    ``a[b][]=1`` appends to ``a.b``; a later scalar replaces an earlier map and vice versa; keys
    without a name (``[x]=1``) are skipped; spaces and dots in a name become ``_``; an unclosed
    bracket is part of the name (``a[b`` → ``a_b``), text after a ``]`` is ignored (``a[b]c=1`` →
    ``a.b``); a key with more than :data:`MAX_INPUT_NESTING_LEVEL` brackets is dropped and deletes
    its top-level name (PHP's ``max_input_nesting_level``). Linear in the input, no recursion.
    Returns a dict; nested PHP lists become Python lists.
    """
    root = _PhpArray()
    for key, value in pairs:
        path = _key_path(key)
        if path is None:
            continue
        name, indexes = path
        if indexes is _TOO_DEEP:
            root.pop(name, None)
            continue
        container = root
        keys: list[str | None] = [name, *indexes]
        for index in keys[:-1]:
            child = container.get(index) if index is not None else None
            if not isinstance(child, _PhpArray):
                child = _PhpArray()
                container.put(index, child)
            container = child
        container.put(keys[-1], value)
    return _finish(root)


def is_php_array(value: Any) -> bool:
    """True for values PHP would see as an array (a JSON object or list)."""
    return isinstance(value, (dict, list, tuple))


def php_empty(value: Any) -> bool:
    """PHP ``empty()``: missing/``None``, ``""``, ``"0"``, ``0``, ``0.0``, ``False``, empty array."""
    return value is None or value is False or value == "" or value == "0" or value == 0 \
        or (is_php_array(value) and not value)


def php_items(value: Any) -> list[tuple[str, Any]]:
    """``(key, value)`` pairs of a PHP array given as dict or list (list keys are "0", "1", …)."""
    if isinstance(value, dict):
        return [(str(k), v) for k, v in value.items()]
    if isinstance(value, (list, tuple)):
        return [(str(i), v) for i, v in enumerate(value)]
    return []


# --------------------------------------------------------------------------- PHP scalars


def php_is_numeric(value: Any) -> bool:
    """PHP ``is_numeric``: ints/floats, and strings such as ``"12"``, ``" 1.5"``, ``"1e3"``; not bools."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    return isinstance(value, str) and bool(_NUMERIC_RE.match(value))


def _saturate(number: float | int) -> int:
    if isinstance(number, float):
        if not math.isfinite(number):
            return 0
        if number >= 2.0**63:
            return PHP_INT_MAX
        if number < -(2.0**63):
            return PHP_INT_MIN
        return int(number)
    return max(PHP_INT_MIN, min(PHP_INT_MAX, number))


def php_intval(value: Any) -> int:
    """PHP ``intval``, always within 64 bits: ``"12abc"`` → 12, ``"abc"`` → 0, ``"1e3"`` → 1000, ``True`` → 1,
    arrays → 0/1; ``"99999999999999999999"`` → ``PHP_INT_MAX`` (``zend_dval_to_lval_cap``); ``"1e999"``,
    ``inf`` and ``nan`` → 0. Out-of-range floats are undefined in PHP; the sandbox saturates them too.
    The one integer coercion of the sandbox: every parameter a method reads as an integer goes through it.
    """
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return _saturate(value)
    if isinstance(value, float):
        return _saturate(value)
    if isinstance(value, str):
        match = _LEADING_NUMBER_RE.match(value)
        if match is None:
            return 0
        sign, digits = match.group(1), match.group(2)
        if digits is not None:  # a plain integer: saturate without building a huge int
            digits = digits.lstrip("0") or "0"
            if len(digits) > 19:
                return PHP_INT_MIN if sign == "-" else PHP_INT_MAX
            return _saturate(int(sign + digits))
        return _saturate(float(sign + match.group(3) + (match.group(4) or "")))
    if isinstance(value, (list, tuple, dict)):
        return 1 if value else 0
    return 0


def php_floatval(value: Any) -> float:
    """PHP ``floatval`` of a parameter: numeric strings and numbers as floats (``"1e999"`` → ``inf``, as
    PHP), anything else via :func:`php_intval` (``"12abc"`` → 12.0, arrays → 0.0/1.0)."""
    if php_is_numeric(value):
        return float(value)
    if isinstance(value, float):  # inf / nan from JSON
        return value
    return float(php_intval(value))


def php_str(value: Any) -> str:
    """PHP string interpolation of a scalar: ``True`` → ``"1"``, ``False``/``None`` → ``""``, arrays → ``"Array"``."""
    if value is True:
        return "1"
    if value is False or value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return "Array"
    if isinstance(value, float):
        if not math.isfinite(value):
            return "NAN" if math.isnan(value) else ("INF" if value > 0 else "-INF")
        if value.is_integer():
            return str(int(value))
    return str(value)


# --------------------------------------------------------------------------- PHP json_encode

_ESCAPES = {
    '"': "\\u0022",
    "\\": "\\\\",
    "/": "\\/",
    "<": "\\u003C",
    ">": "\\u003E",
    "&": "\\u0026",
    "'": "\\u0027",
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}
_ESCAPE_RE = re.compile('["\\\\/<>&\'\x00-\x1f\u2028\u2029]')


def _escape_char(match: re.Match[str]) -> str:
    char = match.group(0)
    return _ESCAPES.get(char) or f"\\u{ord(char):04x}"


def _encode(value: Any, out: list[str]) -> None:
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, str):
        out.append('"' + _ESCAPE_RE.sub(_escape_char, value) + '"')
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("Inf and NaN cannot be JSON encoded")
        out.append(json.dumps(value))
    elif isinstance(value, dict):
        if not value:
            out.append("[]")  # PHP: an empty array is always a list
            return
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            if index:
                out.append(",")
            _encode(str(key), out)
            out.append(":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            if index:
                out.append(",")
            _encode(item, out)
        out.append("]")
    else:
        raise TypeError(f"cannot encode {type(value).__name__} as PHP JSON")


def php_json_dumps(value: Any) -> str:
    """Encode ``value`` exactly like the portal's ``json_encode`` flags (see module docstring).

    Raises:
        TypeError: a value that is not None/bool/int/float/str/list/tuple/dict.
        ValueError: an infinite or NaN float (PHP: "Inf and NaN cannot be JSON encoded").
        RecursionError: a value nested deeper than Python's recursion limit.
    """
    out: list[str] = []
    _encode(value, out)
    return "".join(out)


# --------------------------------------------------------------------------- PHP json_decode


def _json_int(text: str) -> int | float:
    """A JSON integer as ``json_decode`` reads it: beyond 64 bits it becomes a float."""
    if len(text) <= 20:
        number = int(text)
        if PHP_INT_MIN <= number <= PHP_INT_MAX:
            return number
    return float(text)


def _json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def php_json_loads(text: str) -> Any:
    """``json_decode($text, true)`` (server-behaviour.md §5.1): objects as dicts, arrays as lists.

    Integers beyond 64 bits become floats, as in PHP. No recursion beyond the C decoder's own guard.

    Raises:
        ValueError: what PHP finds invalid — bad syntax, ``NaN``/``Infinity``, an unpaired UTF-16
            surrogate escape, or arrays/objects nested deeper than :data:`JSON_MAX_DEPTH` (512).
    """
    try:
        value = json.loads(text, parse_int=_json_int, parse_constant=_json_constant)
    except RecursionError:
        raise ValueError("Maximum stack depth exceeded") from None
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if _SURROGATE_RE.search(node):
                raise ValueError("Single unpaired UTF-16 surrogate in unicode escape")
            continue
        if isinstance(node, dict):
            items: Iterable[Any] = node.values()
            stack.extend((key, depth) for key in node)
        elif isinstance(node, list):
            items = node
        else:
            continue
        if depth + 1 > JSON_MAX_DEPTH:
            raise ValueError("Maximum stack depth exceeded")
        stack.extend((item, depth + 1) for item in items)
    return value
