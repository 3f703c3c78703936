"""Where things are in layout JSON text: the key and value spans of every path, and the line and column
of a parser message, so a validation problem (``LayoutProblem.location`` or ``line``/``column``) can be
shown at its place in the editor. Best effort on broken text; never raises.

Offsets are Python string indices (code points); :func:`utf16_offset` converts one to a
``QTextDocument`` position (UTF-16 code units).
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from dataclasses import dataclass

_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]:,]|[^\s{}\[\]:,"]+|"')

#: Paths recorded at most (a 10,000-block layout has ~100,000; the editor needs the first ones).
MAX_PATHS = 200_000


@dataclass(frozen=True)
class Span:
    """Offsets of one member: ``key_start``/``key_end`` of its quoted key (equal to the value's for an
    array item), ``value_start``/``value_end`` of its value (end exclusive; ``value_end`` is
    ``value_start`` when the text ends before the value does)."""

    key_start: int
    key_end: int
    value_start: int
    value_end: int


def locate(text: str, wanted: Collection[tuple[str, ...]] | None = None) -> dict[tuple[str, ...], Span]:
    """Map every path (``("body", "blocks", "client")``; array items by index, ``"0"``, ``"1"`` …, as
    the validator names them) to its :class:`Span`. A duplicate key keeps its last occurrence (the
    one the parser keeps). The root is ``()``.

    With ``wanted``, only those paths and their ancestors are recorded and the scan stops as soon as
    every wanted path was met (first occurrence; an object's or array's ``value_end`` is then its
    ``value_start`` when the scan stopped inside it) — placing a few problems in a long text."""
    spans: dict[tuple[str, ...], Span] = {}
    keep: set[tuple[str, ...]] | None = None
    remaining: set[tuple[str, ...]] = set()
    if wanted is not None:
        remaining = {tuple(w) for w in wanted}
        keep = {w[:i] for w in remaining for i in range(len(w) + 1)}
        if not remaining:
            return spans
    # frame: [kind "{"/"[", path, key, key_start, key_end, index, value_open_start]
    stack: list[list] = []
    pending_root = True
    open_starts: list[tuple[tuple[str, ...], int, int, int]] = []  # (path, key_start, key_end, value_start) of open containers
    for match in _TOKEN.finditer(text):
        tok = match.group()
        start, end = match.span()
        if tok in ",:":
            if tok == "," and stack and stack[-1][0] == "[":
                stack[-1][5] += 1
            continue
        if tok in "}]":
            if stack:
                stack.pop()
                path, ks, ke, vs = open_starts.pop()
                if keep is None:
                    if len(spans) < MAX_PATHS:
                        spans[path] = Span(ks, ke, vs, end)
                elif path in keep:
                    spans[path] = Span(ks, ke, vs, end)
            continue
        frame = stack[-1] if stack else None
        if frame is not None and frame[0] == "{" and frame[2] is None:
            # a key (or junk where a key belongs)
            key = _decode(tok) if tok.startswith('"') else tok
            frame[2], frame[3], frame[4] = key, start, end
            continue
        if frame is None:
            if not pending_root:
                continue
            pending_root = False
            path, ks, ke = (), start, start
        elif frame[0] == "{":
            path, ks, ke = (*frame[1], frame[2]), frame[3], frame[4]
            frame[2] = None
        else:
            path, ks, ke = (*frame[1], str(frame[5])), start, start
        if tok in "{[":
            stack.append([tok, path, None, 0, 0, 0])
            open_starts.append((path, ks, ke, start))
            if keep is not None and path in keep:
                spans.setdefault(path, Span(ks, ke, start, start))
        elif keep is None:
            if len(spans) < MAX_PATHS:
                spans[path] = Span(ks, ke, start, end)
        elif path in keep:
            spans.setdefault(path, Span(ks, ke, start, end))
        if keep is not None and path in remaining:
            remaining.discard(path)
            if not remaining:
                return spans
    while open_starts:  # unterminated containers reach the end of the text
        path, ks, ke, vs = open_starts.pop()
        if keep is None or path in keep:
            current = spans.get(path)
            if current is None or current.value_end == current.value_start:
                spans[path] = Span(ks, ke, vs, len(text))
    return spans


def _decode(token: str) -> str:
    try:
        value = json.loads(token)
    except ValueError:
        return token.strip('"')
    return value if isinstance(value, str) else token


def find_location(spans: dict[tuple[str, ...], Span], location: tuple[str, ...]) -> Span | None:
    """The span of ``location``, or of its nearest ancestor that is in the text (a missing required
    field is shown at the object that lacks it); ``None`` when not even the root is found."""
    loc = tuple(location)
    while True:
        span = spans.get(loc)
        if span is not None:
            return span
        if not loc:
            return None
        loc = loc[:-1]


def offset_of_line_column(text: str, line: int, column: int | None) -> int:
    """Offset of a parser position: ``line`` 1-based, ``column`` 1-based in UTF-8 bytes (as the JSON
    parser counts); clipped to the text."""
    pos = 0
    for _ in range(max(line, 1) - 1):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    if not column or column <= 1:
        return pos
    end = text.find("\n", pos)
    line_text = text[pos : end if end >= 0 else len(text)]
    prefix = line_text.encode("utf-8")[: column - 1].decode("utf-8", errors="ignore")
    return pos + len(prefix)


def line_of(text: str, offset: int) -> int:
    """0-based line (block) number of ``offset``."""
    return text.count("\n", 0, max(0, min(offset, len(text))))


def utf16_offset(text: str, offset: int) -> int:
    """``QTextDocument`` position of Python offset ``offset`` (characters beyond U+FFFF count twice)."""
    head = text[:offset]
    return offset + sum(1 for ch in head if ord(ch) > 0xFFFF) if not head.isascii() else offset
