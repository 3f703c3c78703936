"""Reading layout JSON text safely: a size limit checked before parsing, a nesting limit, positions of
syntax errors. No Qt here.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from pydantic_core import from_json

from .phpcast import php_json_number
from .problems import INVALID_JSON, LAYOUT_TOO_LARGE, NESTING_TOO_DEEP, LayoutProblem

#: Longest layout text accepted: 1 MiB of characters (1,048,576), or bytes for ``bytes`` input. Longer
#: text is refused before any parsing. A real layout (≤ 20 blocks) is a few KiB.
MAX_LAYOUT_CHARS = 1024 * 1024

_POSITION = re.compile(r" at line (\d+) column (\d+)$")
#: 19 digits in a row: the text may hold an integer beyond 64 bits (PHP_INT_MAX has 19 digits).
_LONG_DIGITS = re.compile(r"\d{19}", re.ASCII)
#: Deepest nesting the parser reads (pydantic_core's recursion guard: 201 levels of arrays/objects).
MAX_NESTING = 201
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class ParsedText:
    """Outcome of :func:`parse_layout_text`: ``value`` (decoded JSON) or ``problem`` (why not)."""

    value: Any = None
    problem: LayoutProblem | None = None


def parse_layout_text(text: str | bytes | bytearray) -> ParsedText:
    """Decode layout JSON text (RFC 8259; ``NaN``/``Infinity`` refused; duplicate keys: the last wins,
    as PHP's ``json_decode``; key order kept). Numbers as ``json_decode`` reads them
    (server-behaviour.md §5.1): an integer beyond ``PHP_INT_MIN`` … ``PHP_INT_MAX`` becomes a float
    (``99999999999999999999`` → ``1e20``, stored by the portal as ``"1.0E+20"``), ``1e400`` → ``inf``.

    Never raises for bad input. Problems (local codes, see :mod:`desktop_app.layout.problems`):
    ``LAYOUT_TOO_LARGE`` over :data:`MAX_LAYOUT_CHARS` (not parsed at all); ``INVALID_JSON`` for
    text that is not UTF-8 or not JSON, with ``line``/``column`` (1-based); ``NESTING_TOO_DEEP`` for
    arrays/objects nested beyond the parser's limit (200 levels) — e.g. 10,000 nested lists.
    """
    if len(text) > MAX_LAYOUT_CHARS:
        unit = "bytes" if isinstance(text, bytes | bytearray) else "characters"
        return ParsedText(
            problem=LayoutProblem(
                LAYOUT_TOO_LARGE,
                "",
                f"The layout is {len(text):,} {unit} long; at most {MAX_LAYOUT_CHARS:,} are read. Nothing was parsed.",
                params={"LIMIT": MAX_LAYOUT_CHARS, "SIZE": len(text)},
            )
        )
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            before = bytes(text[: exc.start])
            line = before.count(b"\n") + 1
            column = exc.start - (before.rfind(b"\n") + 1) + 1
            return ParsedText(problem=_json_problem(f"The text is not UTF-8 (byte {exc.start + 1}).", line, column))
    elif text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return ParsedText(problem=_json_problem("The text is empty; a layout is a JSON object.", 1, 1))
    try:
        value = from_json(text, allow_inf_nan=False)
    except ValueError as exc:
        reason = str(exc)
        if reason.startswith("number out of range"):  # an integer of more than 4,300 digits: PHP reads ±INF
            return _parse_huge_integers(text)
        match = _POSITION.search(reason)
        line, column = (int(match.group(1)), int(match.group(2))) if match else (None, None)
        reason = _POSITION.sub("", reason)
        if "recursion limit" in reason:
            return ParsedText(problem=_too_deep(line, column))
        where = f" at line {line}, column {column}" if line else ""
        return ParsedText(problem=_json_problem(f"Not valid JSON{where}: {reason}.", line, column))
    if _LONG_DIGITS.search(text):
        value = _php_numbers(value)
    return ParsedText(value=value)


def _php_numbers(value: Any) -> Any:
    """``value`` with every integer beyond 64 bits made the float ``json_decode`` makes of it (in place;
    iterative, so any depth the parser accepted is fine)."""
    if not isinstance(value, dict | list):
        return php_json_number(value)
    stack = [value]
    while stack:
        node = stack.pop()
        for key in node.keys() if isinstance(node, dict) else range(len(node)):
            item = node[key]
            if isinstance(item, dict | list):
                stack.append(item)
            elif isinstance(item, int):
                node[key] = php_json_number(item)  # the same int inside the 64-bit range
    return value


def _parse_huge_integers(text: str) -> ParsedText:
    """The text holds an integer too long for the fast parser: Python's reader, with the same rules."""

    def refuse(name: str) -> Any:
        raise ValueError(f"{name} is not JSON")

    def big_integer(digits: str) -> Any:
        return php_json_number(int(digits)) if len(digits) <= 21 else float(digits)  # float("1" * 5000) → inf

    try:
        value = json.loads(text, parse_int=big_integer, parse_constant=refuse)
    except json.JSONDecodeError as exc:
        return ParsedText(problem=_json_problem(f"Not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}.",
                                                exc.lineno, exc.colno))  # fmt: skip
    except RecursionError:
        return ParsedText(problem=_too_deep(None, None))
    except ValueError as exc:
        return ParsedText(problem=_json_problem(f"Not valid JSON: {exc}.", None, None))
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                return ParsedText(problem=_json_problem("Not valid JSON: a lone UTF-16 surrogate escape.", None, None))
        elif isinstance(node, dict | list):
            if depth >= MAX_NESTING:
                return ParsedText(problem=_too_deep(None, None))
            stack.extend((key, depth) for key in node if isinstance(node, dict))
            stack.extend((item, depth + 1) for item in (node.values() if isinstance(node, dict) else node))
    return ParsedText(value=value)


def _too_deep(line: int | None, column: int | None) -> LayoutProblem:
    return LayoutProblem(
        NESTING_TOO_DEEP,
        "",
        "The JSON is nested too deeply (more than 200 levels); a layout needs fewer than 15.",
        line=line,
        column=column,
    )


def _json_problem(message: str, line: int | None, column: int | None) -> LayoutProblem:
    return LayoutProblem(INVALID_JSON, "", message, line=line, column=column)
