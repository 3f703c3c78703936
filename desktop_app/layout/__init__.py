"""Configurable-activity layouts (LayoutDto) and additional content blocks (RestAppLayoutDto):
typed models, the portal's validator, normalisation and translation — shared by the app and the
sandbox portal (api-spec.md §5, server-behaviour.md §3). No Qt here.

Public API::

    report = validate_layout(text_or_dict, kind="layout" | "rest_app", rules=LayoutRules(...))
    report.ok, report.first, report.problems, report.layout, report.normalised
    normalise_layout(data, kind=...) -> dict            # raises LayoutInvalid
    resolve_text(value, "de") / translate_layout(layout, "de", kind=...)
    portal_error(problem) -> {"error": CODE, "error_description": TEXT}
"""

from .models import LayoutModel, RestAppLayoutModel
from .normalise import LayoutInvalid, normalise_layout, validate_layout
from .parse import MAX_LAYOUT_CHARS, parse_layout_text
from .portal_texts import PORTAL_MESSAGES, portal_description, portal_error
from .problems import ALL_CODES, LOCAL_CODES, PORTAL_CODES, LayoutProblem, LayoutReport
from .schema import ALL_LANGUAGES, SYSTEM_ICON_CODES, SYSTEM_LOGO_CODES
from .translate import resolve_text, translate_layout
from .validator import LayoutRules

__all__ = [
    "ALL_CODES",
    "ALL_LANGUAGES",
    "LOCAL_CODES",
    "MAX_LAYOUT_CHARS",
    "PORTAL_CODES",
    "PORTAL_MESSAGES",
    "SYSTEM_ICON_CODES",
    "SYSTEM_LOGO_CODES",
    "LayoutInvalid",
    "LayoutModel",
    "LayoutProblem",
    "LayoutReport",
    "LayoutRules",
    "RestAppLayoutModel",
    "normalise_layout",
    "parse_layout_text",
    "portal_description",
    "portal_error",
    "resolve_text",
    "translate_layout",
    "validate_layout",
]
