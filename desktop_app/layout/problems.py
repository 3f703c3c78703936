"""Problem codes, one problem, and the report of one validation run (api-spec.md §4.12.1, §5.11).

The codes are the portal's own (``error`` of a ``crm.activity.configurable.add`` /
``crm.activity.layout.blocks.set`` reply), plus three local codes for text that never reaches the
portal as a layout (too large, not JSON, nested too deep). Codes are stable identifiers: the
sandbox maps them to the portal's texts (:mod:`desktop_app.layout.portal_texts`), the UI to
``tr()`` strings. No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

#: ``layout`` of ``crm.activity.configurable.*`` missing, empty or not an object.
ERROR_EMPTY_LAYOUT = "ERROR_EMPTY_LAYOUT"
#: A required DTO property is missing (the key is absent; ``null`` counts as present).
FIELD_IS_REQUIRED = "FIELD_IS_REQUIRED"
#: A property that the DTO does not declare.
FIELD_IS_REDUNDANT = "FIELD_IS_REDUNDANT"
#: A value outside its allowed set (tag type, button type, block type, scope, icon code …).
ENUM_FIELD = "ENUM_FIELD"
#: A map with more entries than allowed (tags 2, buttons 2, blocks 20, menu items 10, actionParams 20).
TOO_MANY_ITEMS = "TOO_MANY_ITEMS"
#: A map key that is not ``[A-Za-z0-9_-]+``.
KEY_CONTAIN_WRONG_SYMBOLS = "KEY_CONTAIN_WRONG_SYMBOLS"
#: A ``textWithTranslation`` key that is not a language installed on the portal.
WRONG_LANG = "WRONG_LANG"
#: A value of the wrong shape (an object expected, a translation that is not a string …).
WRONG_FIELD_VALUE = "WRONG_FIELD_VALUE"

#: The codes the portal itself answers with (api-spec.md §4.12.1 error table).
PORTAL_CODES: frozenset[str] = frozenset(
    {
        ERROR_EMPTY_LAYOUT,
        FIELD_IS_REQUIRED,
        FIELD_IS_REDUNDANT,
        ENUM_FIELD,
        TOO_MANY_ITEMS,
        KEY_CONTAIN_WRONG_SYMBOLS,
        WRONG_LANG,
        WRONG_FIELD_VALUE,
    }
)

#: Local: the text is longer than :data:`desktop_app.layout.parse.MAX_LAYOUT_CHARS` (refused unparsed).
LAYOUT_TOO_LARGE = "LAYOUT_TOO_LARGE"
#: Local: the text is not JSON (or not UTF-8); ``line``/``column`` say where.
INVALID_JSON = "INVALID_JSON"
#: Local: JSON nested deeper than the parser accepts.
NESTING_TOO_DEEP = "NESTING_TOO_DEEP"

LOCAL_CODES: frozenset[str] = frozenset({LAYOUT_TOO_LARGE, INVALID_JSON, NESTING_TOO_DEEP})
ALL_CODES: frozenset[str] = PORTAL_CODES | LOCAL_CODES

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class LayoutProblem:
    """One thing wrong with a layout.

    Attributes:
        code: one of :data:`ALL_CODES`.
        path: dotted JSON path of the offending value, e.g. ``body.blocks.client.properties.value``;
            ``""`` for the layout itself. Keys that are not ``[A-Za-z0-9_-]+`` are written
            ``["a key"]`` so the path stays unambiguous.
        message: plain English for people (the code is the stable identifier).
        severity: ``"error"`` — the portal refuses the layout; ``"warning"`` — the portal stores it,
            but the documentation calls it wrong or the card will not show it as meant.
        location: the same path as a tuple of keys (``("body", "blocks", "client")``) for editors.
        params: the values the portal puts into its text (``FIELD``, ``PARENT_OBJECT``, ``COUNT``,
            ``VALUES``, ``LANG``, ``KEY``), see :func:`desktop_app.layout.portal_texts.portal_description`.
        line, column: 1-based position in the JSON text, for :data:`INVALID_JSON` and friends.
    """

    code: str
    path: str
    message: str
    severity: Severity = "error"
    location: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict, compare=False)
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        return f"{self.code} {self.path or '(layout)'}: {self.message}"


@dataclass
class LayoutReport:
    """What :func:`desktop_app.layout.validate_layout` found.

    Attributes:
        kind: ``"layout"`` (LayoutDto) or ``"rest_app"`` (RestAppLayoutDto).
        problems: every error and warning, in the order the portal's validator meets them.
        layout: the typed model (:class:`~desktop_app.layout.models.LayoutModel` or
            :class:`~desktop_app.layout.models.RestAppLayoutModel`) — the whole layout when valid,
            otherwise the valid part (invalid tags, blocks, buttons and menu items dropped, as the
            portal's card builder does); ``None`` when nothing could be read.
        normalised: the layout as the portal would store it (dict) when there are no errors, else ``None``.
        truncated: ``True`` when more than :data:`MAX_PROBLEMS` problems were found and the rest dropped.
    """

    kind: str
    problems: list[LayoutProblem] = field(default_factory=list)
    layout: Any = None
    normalised: dict[str, Any] | None = None
    truncated: bool = False

    @property
    def errors(self) -> list[LayoutProblem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[LayoutProblem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        """``True`` when the portal would accept the layout (warnings allowed)."""
        return not any(p.severity == "error" for p in self.problems)

    @property
    def first(self) -> LayoutProblem | None:
        """The first error: the one the portal answers with (it reports only the first)."""
        return next((p for p in self.problems if p.severity == "error"), None)


#: A report keeps at most this many problems (a 10,000-block layout must not yield 10,000 lines).
MAX_PROBLEMS = 500
