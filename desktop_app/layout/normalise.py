"""Validation entry point and the layout as the portal stores it (server-behaviour.md §1.7, §3;
api-spec.md §5.11 step 4, §4.12.3).

The portal stores a valid layout as its DTOs serialise: each object's properties in the DTO's
declaration order, map entries in the given order, ``null`` members removed, booleans as JSON
booleans (``"true"``/``"Y"`` true, any other string false), ``actionParams`` values as strings
(``456`` → ``"456"``), other scalars cast to the property's type. No Qt here.
"""

from __future__ import annotations

from typing import Any

from .models import build_model
from .parse import parse_layout_text
from .problems import LayoutReport
from .validator import LayoutRules, walk_layout

KINDS = ("layout", "rest_app")


class LayoutInvalid(ValueError):
    """Raised by :func:`normalise_layout` for a layout the portal would refuse; ``report`` has the problems."""

    def __init__(self, report: LayoutReport) -> None:
        first = report.first
        super().__init__(str(first) if first else "invalid layout")
        self.report = report


def validate_layout(data: Any, *, kind: str = "layout", rules: LayoutRules | None = None) -> LayoutReport:
    """Check a layout as the portal would.

    Args:
        data: JSON text (``str``/``bytes``, at most :data:`~desktop_app.layout.parse.MAX_LAYOUT_CHARS`)
            or the decoded value (``dict``; anything else is judged as the portal would judge it).
        kind: ``"layout"`` — ``LayoutDto`` of ``crm.activity.configurable.add/update`` (§5.3);
            ``"rest_app"`` — ``RestAppLayoutDto`` of ``crm.activity.layout.blocks.set`` (§5.10).
        rules: the portal's languages and icon/logo codes (:class:`LayoutRules`; default: all
            languages, icon/logo codes unknown).

    Returns:
        :class:`~desktop_app.layout.problems.LayoutReport`: ``problems`` in the portal's order
        (``.first`` is the error the portal answers, ``.ok`` whether it accepts), ``layout`` the typed
        model (the valid part when invalid), ``normalised`` the stored form when accepted.

    Never raises for bad input (``ValueError`` only for an unknown ``kind``).
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    report = LayoutReport(kind=kind)
    if isinstance(data, str | bytes | bytearray):
        parsed = parse_layout_text(data)
        if parsed.problem is not None:
            report.problems.append(parsed.problem)
            return report
        data = parsed.value
    problems, clean, truncated = walk_layout(data, kind, rules)
    report.problems.extend(problems)
    report.truncated = truncated
    report.layout = build_model(clean, kind)
    if report.ok:
        report.normalised = clean
    return report


def normalise_layout(data: Any, *, kind: str = "layout", rules: LayoutRules | None = None) -> dict[str, Any]:
    """The layout as the portal stores it and returns it from ``crm.activity.configurable.get``
    (or ``crm.activity.layout.blocks.get`` for ``kind="rest_app"``).

    Example: ``{"footer": {"menu": {"showPostponeItem": "false"}}, …}`` → ``…{"showPostponeItem": false}``;
    ``"actionParams": {"clientId": 456}`` → ``{"clientId": "456"}``.

    Raises:
        LayoutInvalid: the portal would refuse the layout (``.report`` lists why).
    """
    report = validate_layout(data, kind=kind, rules=rules)
    if report.normalised is None:
        raise LayoutInvalid(report)
    return report.normalised
