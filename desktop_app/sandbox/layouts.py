"""Configurable layouts on the sandbox portal: validation with the app's own validator, and storage.

The sandbox judges a layout with :mod:`desktop_app.layout` — the same code, codes and order the app
uses — so the app and the emulated portal can never disagree (issue 11, item 2). This module is the
path the layout methods use (``crm.activity.configurable.add/update/get``, server-behaviour.md §1.7;
``crm.activity.layout.blocks.set/get/delete``, §1.11), served with their application-context rules
by ``methods/configurable.py`` and ``methods/layout_blocks.py``. A handler does::

    bound = bind_arguments(ctx.params, [..., Arg("layout", "array")])    # binder: code 100
    layout = check_layout(bound["layout"], "layout")                    # raises LayoutError
    ...insert the activity...
    store_layout(ctx.db, activity_id, layout, kind="layout")
    load_layout(ctx.db, activity_id, kind="layout")                     # configurable.get

Refusals (api-spec.md §5.11, server-behaviour.md §3.1): HTTP 400 and only the **first** error,
``{"error": CODE, "error_description": TEXT}`` — CODE the portal's own (``FIELD_IS_REQUIRED``,
``ENUM_FIELD`` …), TEXT the portal's EN message with its placeholders filled
(:func:`desktop_app.layout.portal_error`) followed by the JSON path in brackets, as the emulator note
of api-spec.md §5.11 step 3 asks (``Field code is required for IconDto. (icon.code)``; the real
portal names no path). See :data:`DESCRIPTION_WITH_PATH`.

Two things the sandbox chooses on its own:

* The value is judged as decoded from the request (a JSON object or list); text is never parsed as
  JSON here, and any non-array value is judged like an empty layout (``ERROR_EMPTY_LAYOUT`` /
  ``FIELD_IS_REQUIRED`` on ``blocks``). On the real portal a non-array ``layout`` never gets this far:
  the controller's binder answers code ``100`` first (server-behaviour.md §1.0.2), which the
  handler's :func:`~desktop_app.sandbox.params.bind_arguments` does.
* A layout whose DTOs nest deeper than the validator follows (``NESTING_TOO_DEEP``, a local code of
  :mod:`desktop_app.layout.problems`) is refused with that code and the validator's message.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from desktop_app.layout import (
    ALL_LANGUAGES,
    SYSTEM_ICON_CODES,
    SYSTEM_LOGO_CODES,
    LayoutProblem,
    LayoutReport,
    LayoutRules,
    portal_error,
    validate_layout,
)
from desktop_app.layout.portal_texts import PORTAL_HTTP_STATUS

from .db import SandboxDB
from .errors import ControllerError

__all__ = [
    "DESCRIPTION_WITH_PATH",
    "LAYOUT_KINDS",
    "PORTAL_LANGUAGES",
    "LayoutError",
    "check_layout",
    "delete_layout",
    "load_layout",
    "portal_layout_rules",
    "store_layout",
]

#: ``"layout"`` — LayoutDto of ``crm.activity.configurable.*``; ``"rest_app"`` — RestAppLayoutDto of
#: ``crm.activity.layout.blocks.*`` (the ``kind`` of :func:`desktop_app.layout.validate_layout`).
LAYOUT_KINDS = ("layout", "rest_app")
#: Interface languages installed on the sandbox portal (``textWithTranslation`` keys): all 19.
PORTAL_LANGUAGES: tuple[str, ...] = tuple(ALL_LANGUAGES)
#: ``error_description`` ends with `` (<path>)`` (api-spec.md §5.11 step 3, emulator style).
DESCRIPTION_WITH_PATH = True


class LayoutError(ControllerError):
    """A refused layout: HTTP 400 with ``{"error": CODE, "error_description": TEXT}`` (see the module
    docstring). ``problem`` is the validator's first error, ``report`` the whole validation run."""

    def __init__(self, problem: LayoutProblem, report: LayoutReport) -> None:
        body = portal_error(problem, with_path=DESCRIPTION_WITH_PATH)
        super().__init__(body["error"], body["error_description"], PORTAL_HTTP_STATUS)
        self.problem = problem
        self.report = report


def portal_layout_rules(
    *,
    languages: Iterable[str] = PORTAL_LANGUAGES,
    custom_icons: Iterable[str] = (),
    custom_logos: Iterable[str] = (),
) -> LayoutRules:
    """What the sandbox portal knows when it judges a layout.

    Args:
        languages: installed interface languages (default: all 19 of :data:`PORTAL_LANGUAGES`).
        custom_icons / custom_logos: codes uploaded by an administrator (``crm.timeline.icon.add`` /
            ``crm.timeline.logo.add``, server-behaviour.md §3.2). The sandbox serves none of these
            methods yet, so nothing is registered; this is the hook they will fill.

    Returns:
        :class:`~desktop_app.layout.LayoutRules` whose icon/logo codes are the system codes followed by
        the custom ones: the enum ``IconDto.code`` / ``LogoDto.code`` is checked against (a code outside
        it → ``ENUM_FIELD``).
    """
    icons = list(SYSTEM_ICON_CODES) + [c for c in custom_icons if c not in SYSTEM_ICON_CODES]
    logos = list(SYSTEM_LOGO_CODES) + [c for c in custom_logos if c not in SYSTEM_LOGO_CODES]
    return LayoutRules(languages=tuple(languages), icon_codes=tuple(icons), logo_codes=tuple(logos))


_DEFAULT_RULES = portal_layout_rules()


def check_layout(raw: Any, kind: str, *, rules: LayoutRules | None = None) -> dict[str, Any]:
    """Validate a layout as the portal does and return it as the portal stores it.

    Args:
        raw: the ``layout`` parameter as the sandbox decoded it (``dict``/``list`` from a JSON body or
            bracket parameters; see the module docstring for other values).
        kind: ``"layout"`` (``crm.activity.configurable.add/update``, LayoutDto, api-spec.md §5.3) or
            ``"rest_app"`` (``crm.activity.layout.blocks.set``, RestAppLayoutDto, §5.10).
        rules: the portal's languages and icon/logo codes; default :func:`portal_layout_rules` ``()``.

    Returns:
        The normalised layout (:func:`desktop_app.layout.normalise_layout`'s shape: DTO key order,
        booleans as ``bool``, ``actionParams`` values as strings, ``null`` members removed).

    Raises:
        LayoutError: the portal refuses the layout (HTTP 400, first error only).
        ValueError: ``kind`` is not one of :data:`LAYOUT_KINDS` (a handler bug).
    """
    if kind not in LAYOUT_KINDS:
        raise ValueError(f"kind must be one of {LAYOUT_KINDS}, not {kind!r}")
    if isinstance(raw, str | bytes | bytearray):
        raw = None  # not an array: judged like any other non-array value, never parsed as JSON text
    report = validate_layout(raw, kind=kind, rules=rules or _DEFAULT_RULES)
    first = report.first
    if first is not None:
        raise LayoutError(first, report)
    assert report.normalised is not None  # no error → the validator returns the stored form
    return report.normalised


# ------------------------------------------------------------------------------------------ storage


def _check_kind(kind: str) -> None:
    if kind not in LAYOUT_KINDS:
        raise ValueError(f"kind must be one of {LAYOUT_KINDS}, not {kind!r}")


def store_layout(db: SandboxDB, activity_id: int, layout: dict[str, Any], *, kind: str, client_id: str = "") -> None:
    """Store (or replace) the normalised ``layout`` of an activity (table ``activity_layout``).

    Args:
        activity_id: the activity it belongs to (``ID``).
        layout: what :func:`check_layout` returned.
        kind: ``"layout"`` — the configurable activity's own layout (one per activity; the real portal
            keeps it in ``PROVIDER_DATA``, server-behaviour.md §1.7); ``"rest_app"`` — additional
            content blocks (one per activity and application; ``set`` replaces them, §1.11).
        client_id: the application that set ``rest_app`` blocks; ``""`` for a configurable layout.

    A replaced layout keeps its place in the insertion order (one section per application, in the
    order they were first set — api-spec.md §5.10).

    Raises:
        ValueError: an unknown ``kind``.
    """
    _check_kind(kind)
    text = json.dumps(layout, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    db.execute(
        "INSERT INTO activity_layout (activity_id, kind, client_id, layout) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (activity_id, kind, client_id) DO UPDATE SET layout = excluded.layout",
        (int(activity_id), kind, client_id, text),
    )


def load_layout(db: SandboxDB, activity_id: int, *, kind: str, client_id: str = "") -> dict[str, Any] | None:
    """The stored layout (equal to what :func:`store_layout` was given), or ``None`` when there is none.

    Raises:
        ValueError: an unknown ``kind``.
    """
    _check_kind(kind)
    text = db.scalar(
        "SELECT layout FROM activity_layout WHERE activity_id = ? AND kind = ? AND client_id = ?",
        (int(activity_id), kind, client_id),
    )
    return None if text is None else json.loads(text)


def delete_layout(db: SandboxDB, activity_id: int, *, kind: str, client_id: str = "") -> bool:
    """Remove a stored layout (``crm.activity.layout.blocks.delete``); ``True`` when there was one.

    Raises:
        ValueError: an unknown ``kind``.
    """
    _check_kind(kind)
    gone = db.execute(
        "DELETE FROM activity_layout WHERE activity_id = ? AND kind = ? AND client_id = ?",
        (int(activity_id), kind, client_id),
    ).rowcount
    return gone > 0
