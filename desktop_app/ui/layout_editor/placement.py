"""Where each validation problem is in the text: the parser's line/column when it gives one,
otherwise the key of the problem's path (or of its nearest ancestor in the text)."""

from __future__ import annotations

from desktop_app.layout import LayoutProblem

from .json_locate import Span, find_location, line_of, locate, offset_of_line_column, utf16_offset
from .problems_model import Placed


def place_problems(text: str, problems: list[LayoutProblem]) -> list[tuple[LayoutProblem, Placed]]:
    """Each problem with its :class:`Placed` (0-based line; ``QTextDocument`` positions to select)."""
    spans: dict[tuple[str, ...], Span] | None = None
    out: list[tuple[LayoutProblem, Placed]] = []
    for problem in problems:
        if problem.line is not None:
            start = offset_of_line_column(text, problem.line, problem.column)
            end = min(start + 1, len(text))
        elif problem.code == "LAYOUT_TOO_LARGE":
            out.append((problem, Placed(None, 0, 0)))
            continue
        else:
            if spans is None:
                spans = locate(text, [p.location for p in problems if p.line is None])
            span = find_location(spans, problem.location)
            if span is None:
                out.append((problem, Placed(None, 0, 0)))
                continue
            start, end = (span.key_start, span.key_end) if span.key_end > span.key_start else (span.value_start, span.value_end)
            end = max(end, min(start + 1, len(text)))  # a container the scan stopped inside: its first character
            newline = text.find("\n", start, end)
            end = end if newline < 0 else newline  # select on the problem's line only
        out.append((problem, Placed(line_of(text, start), utf16_offset(text, start), utf16_offset(text, end))))
    return out
