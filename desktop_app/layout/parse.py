"""Reading layout JSON text safely: a size limit checked before parsing, a nesting limit, positions of
syntax errors. No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic_core import from_json

from .problems import INVALID_JSON, LAYOUT_TOO_LARGE, NESTING_TOO_DEEP, LayoutProblem

#: Longest layout text accepted: 1 MiB of characters (1,048,576), or bytes for ``bytes`` input. Longer
#: text is refused before any parsing. A real layout (≤ 20 blocks) is a few KiB.
MAX_LAYOUT_CHARS = 1024 * 1024

_POSITION = re.compile(r" at line (\d+) column (\d+)$")


@dataclass(frozen=True)
class ParsedText:
    """Outcome of :func:`parse_layout_text`: ``value`` (decoded JSON) or ``problem`` (why not)."""

    value: Any = None
    problem: LayoutProblem | None = None


def parse_layout_text(text: str | bytes | bytearray) -> ParsedText:
    """Decode layout JSON text (RFC 8259; ``NaN``/``Infinity`` refused; duplicate keys: the last wins,
    as PHP's ``json_decode``; key order kept).

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
        return ParsedText(value=from_json(text, allow_inf_nan=False))
    except ValueError as exc:
        reason = str(exc)
        match = _POSITION.search(reason)
        line, column = (int(match.group(1)), int(match.group(2))) if match else (None, None)
        reason = _POSITION.sub("", reason)
        if "recursion limit" in reason:
            return ParsedText(
                problem=LayoutProblem(
                    NESTING_TOO_DEEP,
                    "",
                    "The JSON is nested too deeply (more than 200 levels); a layout needs fewer than 15.",
                    line=line,
                    column=column,
                )
            )
        where = f" at line {line}, column {column}" if line else ""
        return ParsedText(problem=_json_problem(f"Not valid JSON{where}: {reason}.", line, column))


def _json_problem(message: str, line: int | None, column: int | None) -> LayoutProblem:
    return LayoutProblem(INVALID_JSON, "", message, line=line, column=column)
