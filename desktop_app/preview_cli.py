"""``activity-desk preview LAYOUT.json -o card.png [--lang de] [--readonly] [--completed]
[--scope mobile] [--dark] [--blocks] [--width 560]``: validate a layout as the portal would and
render its card to a PNG, headless (issue 11 item 6; api-spec.md §5, server-behaviour.md §3–4).

Exit status:

* ``0`` — valid: the PNG is written (warnings, if any, are printed ``warning CODE path: message``);
* ``1`` — the portal would refuse the layout: each error is printed ``CODE path: message`` (the
  portal answers the first); the PNG is still written with the invalid parts marked;
* ``2`` — the file cannot be read, is larger than 1 MiB (refused before parsing), is not JSON
  (``INVALID_JSON LAYOUT.json:LINE:COLUMN: message``), or the PNG cannot be written; also for bad
  command-line arguments.

Findings go to standard output, one per line; on success the PNG's path follows. Runs on Qt's
offscreen platform when there is no display. Qt is imported only to render (a file that cannot be
read fails fast). The window-less part of the app: the card itself is painted by
:mod:`desktop_app.ui.cards` through :func:`desktop_app.ui.preview.render_layout_png`.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.layout import MAX_LAYOUT_CHARS, validate_layout
from desktop_app.layout.problems import LOCAL_CODES, LayoutProblem

__all__ = ["main"]

EXIT_OK, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="activity-desk preview",
        description="Validate a Bitrix24 configurable-activity layout and render its timeline card to a PNG.",
        epilog="Exit status: 0 rendered; 1 the portal would refuse the layout (errors printed as "
        "'CODE path: message'); 2 unreadable file, bad JSON (with line and column) or unwritable PNG.",
    )
    parser.add_argument("layout", metavar="LAYOUT.json", help="the layout (LayoutDto, or RestAppLayoutDto with --blocks)")
    parser.add_argument("-o", "--output", metavar="card.png", required=True, help="PNG file to write")
    parser.add_argument("--lang", default="en", help="viewer language for textWithTranslation (default: en)")
    parser.add_argument("--readonly", action="store_true", help="viewer without edit rights (hides hideIfReadonly items)")
    parser.add_argument("--completed", action="store_true", help="preview the activity as completed")
    parser.add_argument("--scope", choices=("web", "mobile"), default="web", help="web browser or mobile app (default: web)")
    parser.add_argument("--dark", action="store_true", help="dark colours")
    parser.add_argument("--blocks", action="store_true",
                        help="the file is a RestAppLayoutDto (crm.activity.layout.blocks.set), shown inside a host card")
    parser.add_argument("--width", type=int, default=560, help="image width in px (default: 560, at least 300)")
    return parser


def _one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped (``\\n``, ``\\x85``,
    ``\\u2028``): a finding stays one line for whoever reads the output line by line."""
    return "".join(
        ch if ch.isprintable() or ch == " " else (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        for ch in text
    )


def _say(text: str) -> None:
    print(_one_line(text), flush=True)


def _problem_line(problem: LayoutProblem, file: str) -> str:
    if problem.line is not None:
        return f"{problem.code} {file}:{problem.line}:{problem.column or 1}: {problem.message}"
    return str(problem)


def main(argv: list[str] | None = None) -> int:
    """Run the command; returns the exit status (never raises for bad input)."""
    for stream in (sys.stdout, sys.stderr):  # a non-UTF-8 console shows escapes, never a UnicodeEncodeError
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
    source = Path(args.layout)
    try:
        size = source.stat().st_size
        if size > MAX_LAYOUT_CHARS:
            _say(f"LAYOUT_TOO_LARGE {source}: the file is {size:,} bytes; at most {MAX_LAYOUT_CHARS:,} are read. "
                 "Nothing was parsed.")
            return EXIT_UNREADABLE
        data = source.read_bytes()
    except OSError as exc:
        _say(f"UNREADABLE_FILE {source}: {exc.strerror or exc}")
        return EXIT_UNREADABLE
    kind = "rest_app" if args.blocks else "layout"
    report = validate_layout(data, kind=kind)
    if report.problems and report.problems[0].code in LOCAL_CODES:
        _say(_problem_line(report.problems[0], str(source)))
        return EXIT_UNREADABLE
    for problem in report.errors:
        _say(str(problem))
    for problem in report.warnings:
        _say(f"warning {problem}")
    if report.truncated:
        _say("… more problems were found and not listed.")

    import json

    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError):  # validate_layout already read it; defensive only
        raw = None
    marks: dict[str, str] = {}
    for problem in report.errors:
        marks[problem.path] = marks[problem.path] + ", " + problem.code if problem.path in marks else problem.code
    from desktop_app.ui.cards import PreviewOptions
    from desktop_app.ui.preview.render import render_layout_png

    options = PreviewOptions(lang=args.lang, readonly=args.readonly, scope=args.scope, completed=args.completed, dark=args.dark)
    try:
        render_layout_png(report.normalised or raw, options, args.output, width=max(300, min(args.width, 4000)), kind=kind,
                          invalid_paths=marks)
    except OSError as exc:
        _say(f"UNWRITABLE_FILE {args.output}: {exc}")
        return EXIT_UNREADABLE
    if not report.ok:
        return EXIT_INVALID
    _say(f"{args.output}: rendered")
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
