"""Typed, immutable models of a stored layout: LayoutDto and RestAppLayoutDto (api-spec.md §5.1–5.10).

The models hold the layout as the portal stores it (:func:`desktop_app.layout.normalise_layout`):
booleans as ``bool``, ``actionParams`` values as strings, map keys in the given order. Every field
is optional, as in the portal's own DTOs, so the valid part of a broken layout can be previewed.
``Text`` is ``textWithTranslation``: a string or ``{language: text}``; resolve it with
:func:`desktop_app.layout.translate.resolve_text`.

Validation of what a user typed is *not* done by these models but by
:func:`desktop_app.layout.validate_layout`, which follows the portal's order and codes; the
models are built from its result. No Qt here.
"""

from __future__ import annotations

import copy
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Tag, ValidationError

from .schema import BLOCK_TYPES

Text = str | dict[str, str]
Scope = Literal["web", "mobile"]


class _Dto(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class SliderParams(_Dto):
    """ActionSliderParamsDto: ``width`` or ``leftBoundary`` in pixels, slider label, window ``title``."""

    width: int | None = None
    leftBoundary: int | None = None
    labelBgColor: str | None = None
    labelColor: str | None = None
    labelText: str | None = None
    title: str | None = None


class Action(_Dto):
    """ActionDto (§5.9): ``redirect`` (``uri``), ``restEvent`` (``id``, ``actionParams``, ``animationType``),
    ``openRestApp`` (``actionParams``, ``sliderParams``)."""

    type: Literal["redirect", "restEvent", "openRestApp"] | None = None
    uri: str | None = None
    id: str | None = None
    actionParams: dict[str, str] | None = None
    animationType: Literal["loader", "disable"] | None = None
    sliderParams: SliderParams | None = None


class TextProperties(_Dto):
    value: Text | None = None
    multiline: bool | None = None
    title: Text | None = None
    bold: bool | None = None
    size: Literal["xs", "sm", "md"] | None = None
    color: Literal["base_50", "base_60", "base_70", "base_90"] | None = None
    scope: str | None = None


class LargeTextProperties(_Dto):
    value: Text | None = None
    scope: str | None = None


class LinkProperties(_Dto):
    text: Text | None = None
    bold: bool | None = None
    action: Action | None = None
    scope: str | None = None


class DeadlineProperties(_Dto):
    readonly: bool | None = None
    scope: str | None = None


class WithTitleProperties(_Dto):
    title: Text | None = None
    inline: bool | None = None
    block: ContentBlock | None = None
    scope: str | None = None


class LineOfBlocksProperties(_Dto):
    blocks: dict[str, ContentBlock] | None = None
    scope: str | None = None


class TextBlock(_Dto):
    type: Literal["text"]
    properties: TextProperties | None = None


class LargeTextBlock(_Dto):
    type: Literal["largeText"]
    properties: LargeTextProperties | None = None


class LinkBlock(_Dto):
    type: Literal["link"]
    properties: LinkProperties | None = None


class DeadlineBlock(_Dto):
    type: Literal["deadline"]
    properties: DeadlineProperties | None = None


class WithTitleBlock(_Dto):
    type: Literal["withTitle"]
    properties: WithTitleProperties | None = None


class LineOfBlocksBlock(_Dto):
    type: Literal["lineOfBlocks"]
    properties: LineOfBlocksProperties | None = None


class UndrawnBlock(_Dto):
    """A block the portal accepts but does not draw (no ``type``)."""

    type: str | None = None
    properties: None = None


def _block_tag(value: Any) -> str:
    kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    return kind if kind in BLOCK_TYPES else "undrawn"


ContentBlock = Annotated[
    Annotated[TextBlock, Tag("text")]
    | Annotated[LargeTextBlock, Tag("largeText")]
    | Annotated[LinkBlock, Tag("link")]
    | Annotated[DeadlineBlock, Tag("deadline")]
    | Annotated[WithTitleBlock, Tag("withTitle")]
    | Annotated[LineOfBlocksBlock, Tag("lineOfBlocks")]
    | Annotated[UndrawnBlock, Tag("undrawn")],
    Discriminator(_block_tag),
]


class Icon(_Dto):
    code: str | None = None


class TagModel(_Dto):
    """TagDto (§5.5): coloured pill right of the title."""

    title: Text | None = None
    type: Literal["success", "failure", "warning", "primary", "secondary"] | None = None
    action: Action | None = None


class Header(_Dto):
    title: Text | None = None
    titleAction: Action | None = None
    tags: dict[str, TagModel] | None = None


class Logo(_Dto):
    code: str | None = None
    action: Action | None = None


class Body(_Dto):
    logo: Logo | None = None
    blocks: dict[str, ContentBlock] | None = None


class FooterButton(_Dto):
    title: Text | None = None
    type: Literal["primary", "secondary"] | None = None
    action: Action | None = None
    scope: Scope | None = None
    hideIfReadonly: bool | None = None


class MenuItem(_Dto):
    title: Text | None = None
    action: Action | None = None
    scope: Scope | None = None
    hideIfReadonly: bool | None = None


class FooterMenu(_Dto):
    """FooterMenuDto: the Pin/Postpone/Delete flags (``None`` = default ``true``) and custom items."""

    showPinItem: bool | None = None
    showPostponeItem: bool | None = None
    showDeleteItem: bool | None = None
    items: dict[str, MenuItem] | None = None


class Footer(_Dto):
    buttons: dict[str, FooterButton] | None = None
    showNote: bool | None = None
    menu: FooterMenu | None = None


def _parse(kind: str, data: Any, rules: Any) -> Any:
    from .normalise import LayoutInvalid, validate_layout  # normalise imports this module

    report = validate_layout(data, kind=kind, rules=rules)
    if not report.ok:
        raise LayoutInvalid(report)
    return report.layout


class LayoutModel(_Dto):
    """LayoutDto (§5.3): the card of a configurable activity."""

    icon: Icon | None = None
    header: Header | None = None
    body: Body | None = None
    footer: Footer | None = None

    @classmethod
    def parse(cls, data: str | bytes | dict[str, Any], *, rules: Any = None) -> LayoutModel:
        """The model of a layout given as JSON text or a dict, judged as the portal would.

        Raises:
            LayoutInvalid: the portal would refuse it (``.report`` has every problem)."""
        return _parse("layout", data, rules)


class RestAppLayoutModel(_Dto):
    """RestAppLayoutDto (§5.10): an application's extra blocks inside another activity's card."""

    blocks: dict[str, ContentBlock] | None = None

    @classmethod
    def parse(cls, data: str | bytes | dict[str, Any], *, rules: Any = None) -> RestAppLayoutModel:
        """As :meth:`LayoutModel.parse`, for ``crm.activity.layout.blocks.set`` block sets."""
        return _parse("rest_app", data, rules)


WithTitleProperties.model_rebuild()
LineOfBlocksProperties.model_rebuild()
Body.model_rebuild()
RestAppLayoutModel.model_rebuild()


def _drop(data: dict[str, Any], loc: tuple[Any, ...]) -> bool:
    """Delete the value at a pydantic error location (union tags in ``loc`` are skipped)."""
    node: Any = data
    parent: Any = None
    last: Any = None
    for key in loc:
        if isinstance(node, dict) and key not in node and node.get("type") == key:
            continue  # a discriminated-union tag, not a key
        if not isinstance(node, dict) or key not in node:
            return False
        parent, last, node = node, key, node[key]
    if parent is None:
        return False
    del parent[last]
    return True


def build_model(clean: dict[str, Any] | None, kind: str = "layout") -> LayoutModel | RestAppLayoutModel | None:
    """The typed model of a validated layout (or its valid part); values the models cannot hold
    (a ``size`` the portal let pass loosely, say) are left out. ``None`` when nothing is left."""
    if clean is None:
        return None
    model = LayoutModel if kind == "layout" else RestAppLayoutModel
    data = copy.deepcopy(clean)
    for _ in range(50):
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            if not any(_drop(data, tuple(err["loc"])) for err in exc.errors()):
                return None
    return None
