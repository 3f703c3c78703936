"""The portal's own English error texts for layout problems, as data (server-behaviour.md §3.1, §1.7).

The portal answers a refused layout with HTTP 400 and ``{"error": CODE, "error_description": TEXT}``
where TEXT fills the template below with the problem's :attr:`LayoutProblem.params`
(``#FIELD#``, ``#PARENT_OBJECT#`` = the DTO class name such as ``IconDto``, ``#COUNT#``,
``#VALUES#``, ``#LANG#``, ``#KEY#``). The sandbox portal uses :func:`portal_error`; the desktop
UI does not show these texts (it maps the codes to ``tr()`` strings).
"""

from __future__ import annotations

from typing import Any

from .problems import LayoutProblem

#: Code → EN template of ``error_description`` (language files cited in server-behaviour.md §3.1).
PORTAL_MESSAGES: dict[str, str] = {
    "ERROR_EMPTY_LAYOUT": 'The field "layout" is required.',
    "FIELD_IS_REQUIRED": "Field #FIELD# is required for #PARENT_OBJECT#.",
    "FIELD_IS_REDUNDANT": "Field #FIELD# is not required for #PARENT_OBJECT#.",
    "WRONG_FIELD_VALUE": "The value of #FIELD# in #PARENT_OBJECT# is incorrect.",
    "TOO_MANY_ITEMS": "The field #FIELD# of #PARENT_OBJECT# can only contain up to #COUNT# values.",
    "KEY_CONTAIN_WRONG_SYMBOLS": "The value of #KEY# includes invalid characters.",
    "ENUM_FIELD": "Field #FIELD# in #PARENT_OBJECT# must be one of these values: [#VALUES#].",
    "WRONG_LANG": "The language #LANG# was not found.",
}

#: HTTP status of every refused layout (RestException default, server-behaviour.md §1.0.2).
PORTAL_HTTP_STATUS = 400


def _values_text(values: Any) -> str:
    # EnumField::buildValuesString: strings single-quoted, others as they are, joined by ", ".
    if not isinstance(values, list | tuple):
        return str(values)
    return ", ".join(f"'{v}'" if isinstance(v, str) else str(v) for v in values)


def portal_description(problem: LayoutProblem, *, with_path: bool = False) -> str:
    """The ``error_description`` the portal sends for ``problem`` (its EN text, placeholders filled),
    e.g. ``Field code is required for IconDto.``; ``with_path=True`` appends `` (icon.code)`` (the
    emulator style suggested by api-spec.md §5.11 step 3; the real portal names no path).

    Local codes (``INVALID_JSON`` …) have no portal text; their own message is returned."""
    template = PORTAL_MESSAGES.get(problem.code)
    if template is None:
        return problem.message
    params = problem.params
    text = template
    for name in ("FIELD", "PARENT_OBJECT", "COUNT", "LANG", "KEY"):
        if name in params:
            text = text.replace(f"#{name}#", str(params[name]))
    if "VALUES" in params:
        text = text.replace("#VALUES#", _values_text(params["VALUES"]))
    return f"{text} ({problem.path})" if with_path and problem.path else text


def portal_error(problem: LayoutProblem, *, with_path: bool = False) -> dict[str, str]:
    """The portal's error body for ``problem``: ``{"error": CODE, "error_description": TEXT}``
    (sent with HTTP :data:`PORTAL_HTTP_STATUS`); ``with_path`` as in :func:`portal_description`."""
    return {"error": problem.code, "error_description": portal_description(problem, with_path=with_path)}
