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
  (server-behaviour.md §1.0.2, §1.0.4).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from typing import Any

__all__ = [
    "is_php_array",
    "php_intval",
    "php_is_numeric",
    "php_items",
    "php_json_dumps",
    "php_parse_pairs",
    "php_str",
]

_KEY_RE = re.compile(r"^([^\[]*)((?:\[[^\]]*\])*)")
_SEGMENT_RE = re.compile(r"\[([^\]]*)\]")
_NUMERIC_RE = re.compile(r"^[ \t\n\r\v\f]*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?[ \t\n\r\v\f]*$")
_LEADING_INT_RE = re.compile(r"^[ \t\n\r\v\f]*([+-]?\d+)")


# --------------------------------------------------------------------------- PHP arrays


def _next_index(container: dict[str, Any]) -> str:
    ints = [int(k) for k in container if re.fullmatch(r"-?\d+", k)]
    return str(max(ints) + 1 if ints else 0)


def _listify(value: Any) -> Any:
    if isinstance(value, dict):
        converted = {k: _listify(v) for k, v in value.items()}
        if converted and list(converted) == [str(i) for i in range(len(converted))]:
            return list(converted.values())
        return converted
    return value


def php_parse_pairs(pairs: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """Build nested parameters from ``(key, value)`` pairs the way PHP's ``parse_str`` does.

    ``a[b][]=1`` appends to ``a.b``; a later scalar replaces an earlier map and vice versa; keys
    without a name (``[x]=1``) are skipped. Returns a dict; nested PHP lists become Python lists.
    """
    root: dict[str, Any] = {}
    for key, value in pairs:
        match = _KEY_RE.match(key)
        base = match.group(1) if match else key
        if not base:
            continue
        segments = _SEGMENT_RE.findall(match.group(2)) if match else []
        path = [base, *segments]
        container = root
        for depth, segment in enumerate(path):
            name = _next_index(container) if segment == "" and depth > 0 else segment
            if depth == len(path) - 1:
                container[name] = value
            else:
                child = container.get(name)
                if not isinstance(child, dict):
                    child = {}
                    container[name] = child
                container = child
    return {k: _listify(v) for k, v in root.items()}


def is_php_array(value: Any) -> bool:
    """True for values PHP would see as an array (a JSON object or list)."""
    return isinstance(value, (dict, list, tuple))


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


def php_intval(value: Any) -> int:
    """PHP ``intval``: ``"12abc"`` → 12, ``"abc"`` → 0, ``"1e3"`` → 1000, ``True`` → 1, arrays → 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) else 0
    if isinstance(value, str):
        if _NUMERIC_RE.match(value):
            try:
                return int(value.strip())
            except ValueError:
                number = float(value)
                return int(number) if math.isfinite(number) else 0
        match = _LEADING_INT_RE.match(value)
        return int(match.group(1)) if match else 0
    if isinstance(value, (list, tuple, dict)):
        return 1 if value else 0
    return 0


def php_str(value: Any) -> str:
    """PHP string interpolation of a scalar: ``True`` → ``"1"``, ``False``/``None`` → ``""``, arrays → ``"Array"``."""
    if value is True:
        return "1"
    if value is False or value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        return "Array"
    if isinstance(value, float) and value.is_integer():
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
    """
    out: list[str] = []
    _encode(value, out)
    return "".join(out)
