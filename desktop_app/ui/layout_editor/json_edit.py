"""Edits of layout JSON text by path that keep the rest of the text as the user wrote it: the
structured panel changes one value, and only that value's text is replaced (or, when the member does
not exist yet or is removed, its nearest existing parent object). The window applies the result
through the document, so undo/redo covers panel edits like typing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .json_locate import Span, find_location, locate

#: Marker value: remove the member at the path.
DELETE = object()
#: A value whose one-line form fits this many columns is written on one line.
INLINE_WIDTH = 120


@dataclass(frozen=True)
class TextEdit:
    """Replace ``text[start:end]`` with ``replacement`` (Python string offsets)."""

    start: int
    end: int
    replacement: str


def plan_edit(text: str, location: tuple[str, ...], value: Any, spans: dict[tuple[str, ...], Span] | None = None) -> TextEdit | None:
    """The smallest replacement that sets (or with :data:`DELETE` removes) ``location`` to ``value``.

    ``None`` when the text around it is not JSON the edit can be made in (the panel is only enabled
    for text that parses, so this is the rare race of a stale panel)."""
    spans = locate(text) if spans is None else spans
    location = tuple(location)
    exact = spans.get(location)
    if exact is not None and value is not DELETE and location:
        return TextEdit(
            exact.value_start,
            exact.value_end,
            _dump(value, _indent_at(text, exact.value_start), exact.value_start - _line_start(text, exact.value_start)),
        )
    target = location[:-1] if exact is not None else location
    parent_span = find_location(spans, target)
    if parent_span is None:
        return None
    parent_loc = next(loc for loc, span in spans.items() if span is parent_span) if parent_span is not spans.get(target) else target
    try:
        parent_value = json.loads(text[parent_span.value_start : parent_span.value_end])
    except ValueError:
        return None
    rest = location[len(parent_loc) :]
    updated = _set_in(parent_value, rest, value)
    if updated is None:
        return None
    start = parent_span.value_start
    return TextEdit(start, parent_span.value_end, _dump(updated, _indent_at(text, start), start - _line_start(text, start)))


def apply_edit(text: str, edit: TextEdit) -> str:
    return text[: edit.start] + edit.replacement + text[edit.end :]


def _set_in(node: Any, rest: tuple[str, ...], value: Any) -> Any:
    """``node`` with ``rest`` set to ``value`` (intermediate objects created); ``None`` if impossible."""
    if not rest:
        return None if value is DELETE else value
    key, tail = rest[0], rest[1:]
    if isinstance(node, list):
        if not key.isdigit():
            node = {str(i): v for i, v in enumerate(node)}
        else:
            index = int(key)
            if value is DELETE and not tail:
                return [v for i, v in enumerate(node) if i != index]
            child = _set_in(node[index] if index < len(node) else {}, tail, value)
            if child is None:
                return None
            return [*node[:index], child, *node[index + 1 :]] if index < len(node) else [*node, child]
    if not isinstance(node, dict):
        node = {}
    out = dict(node)
    if value is DELETE and not tail:
        out.pop(key, None)
        return out
    child = _set_in(out.get(key, {}), tail, value)
    if child is None:
        return None
    out[key] = child
    return out


def _line_start(text: str, offset: int) -> int:
    return text.rfind("\n", 0, offset) + 1


def _indent_at(text: str, offset: int) -> str:
    start = _line_start(text, offset)
    line = text[start:offset]
    return line[: len(line) - len(line.lstrip(" \t"))]


def _dump(value: Any, indent: str, column: int) -> str:
    one_line = json.dumps(value, ensure_ascii=False)
    if column + len(one_line) <= INLINE_WIDTH or not isinstance(value, dict | list) or not value:
        return one_line
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent)
