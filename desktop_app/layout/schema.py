"""The LayoutDto / RestAppLayoutDto tree as data: each DTO's properties in declaration order and its
validators in the order the portal runs them (server-behaviour.md §3.1–3.2, api-spec.md §5.1–5.10).

The validator (:mod:`desktop_app.layout.validator`) interprets these tables the way the portal's
``Bitrix\\Crm\\Dto\\Dto`` does: the DTO's own validators in the listed order, then the redundant-key
check, then each present property in declaration order (nested DTOs depth-first). Normalisation and
translation read the same tables, so the three never disagree. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

#: Bitrix24 interface language ids (api-spec.md §5.2); the default "installed languages".
ALL_LANGUAGES: tuple[str, ...] = (
    "ar", "br", "de", "en", "fr", "hi", "id", "it", "ja", "la", "ms", "pl", "ru", "sc", "tc", "th", "tr", "ua", "vn",
)  # fmt: skip

#: System timeline icon codes (``Layout/Common/Icon.php``, server-behaviour.md §3.2).
SYSTEM_ICON_CODES: tuple[str, ...] = (
    "call", "call-incoming-missed", "call-incoming", "call-completed", "call-outcoming", "document", "IM",
    "circle-check", "info", "relation", "link", "unlink", "store", "view", "stage-change", "sum", "clock",
    "mail-outcome", "complete", "check", "comment", "sms", "whatsapp", "telegram", "task", "pipeline", "wallet",
    "attention", "bank-card", "conversion", "calendar", "circle-crossed", "task-ping", "task-new-comment",
    "task-viewed-comment", "task-activity", "ai-copilot", "ai-process", "restoration", "arrow-up", "arrow-down",
    "visit", "camera", "copy", "robot", "cycle-equal", "bizproc", "message-with-point", "booking", "repeat-sale",
)  # fmt: skip

#: System timeline logo codes (``Layout/Common/Logo.php``, server-behaviour.md §3.2).
SYSTEM_LOGO_CODES: tuple[str, ...] = (
    "call-play-record", "call-default", "call-incoming", "call-outgoing", "document", "document-print",
    "document-signed", "document-draft", "openline", "channel-chat", "channel-avito", "channel-apple", "channel-fb",
    "channel-fb-chat", "channel-instagram-direct", "channel-bitrix", "channel-ok", "channel-telegram",
    "channel-viber", "channel-vk", "channel-vk-order", "channel-whatsapp-bitrix", "channel-edna",
    "channel-whatsapp", "mail-outcome", "list-check", "shop", "notification", "comment", "sms", "shop-eye",
    "bank-card", "calendar-share", "unread-comment", "task-activity", "ai-copilot", "zoom", "bizproc",
    "bizproc-task", "booking-wait-list-item", "repeat-sale",
)  # fmt: skip

TAG_TYPES = ("success", "failure", "warning", "primary", "secondary")
BUTTON_TYPES = ("primary", "secondary")
BLOCK_TYPES = ("text", "largeText", "link", "deadline", "withTitle", "lineOfBlocks")
#: Block types allowed inside ``withTitle.block`` and ``lineOfBlocks.blocks``.
SIMPLE_BLOCK_TYPES = ("text", "link", "deadline")
TEXT_SIZES = ("xs", "sm", "md")
TEXT_COLORS = ("base_50", "base_60", "base_70", "base_90")
SCOPES = ("web", "mobile")
ACTION_TYPES = ("redirect", "openRestApp", "restEvent")
ANIMATION_TYPES = ("disable", "loader")
LABEL_BG_COLORS = ("aqua", "green", "orange", "brown", "pink", "blue", "grey", "violet")

#: Map limits (server-behaviour.md §3.2; api-spec.md §5.5–5.10).
MAX_TAGS = 2
MAX_BLOCKS = 20
MAX_BUTTONS = 2
MAX_MENU_ITEMS = 10
MAX_ACTION_PARAMS = 20

#: Map keys the portal accepts (``Validator::getKeyValidationError``).
KEY_PATTERN = r"^[a-zA-Z0-9_-]+$"


@dataclass(frozen=True)
class Prop:
    """One declared property. ``kind``: ``str``, ``int``, ``bool``, ``text`` (textWithTranslation),
    ``dto`` (nested DTO ``ref``), ``map`` (object collection of ``ref``), ``scalars`` (actionParams),
    ``properties`` (the content block DTO chosen by the sibling ``type``)."""

    name: str
    kind: str
    ref: str | None = None


@dataclass(frozen=True)
class Check:
    """One validator. ``rule``: ``required``, ``object``, ``enum``, ``text``, ``map``, ``scalars``,
    ``simple_block``, ``color`` (portal rules, errors) or ``soft_*`` (documented rules the portal does
    not enforce, warnings). ``arg``: allowed values, a count, a code-set name or a flag."""

    rule: str
    field: str
    arg: Any = None


@dataclass(frozen=True)
class DtoSpec:
    """A DTO: the portal's class name (``#PARENT_OBJECT#`` in its texts), properties, validators."""

    name: str
    props: tuple[Prop, ...]
    checks: tuple[Check, ...] | Callable[[Mapping[str, Any]], tuple[Check, ...]]

    def checks_for(self, fields: Mapping[str, Any]) -> tuple[Check, ...]:
        return self.checks(fields) if callable(self.checks) else self.checks

    def prop(self, name: str) -> Prop | None:
        return next((p for p in self.props if p.name == name), None)


def _scope_soft() -> Check:
    return Check("soft_enum", "scope", SCOPES)


def _action_checks(fields: Mapping[str, Any]) -> tuple[Check, ...]:
    # ActionDto::getValidators switches on the raw type with PHP's loose ==.
    from .phpcast import php_loose_equals  # local: phpcast imports nothing from here

    kind = fields.get("type")
    soft = (Check("object", "sliderParams"), Check("soft_action_fields", "type"))
    if php_loose_equals(kind, "redirect"):
        return (Check("required", "uri"), *soft)
    if php_loose_equals(kind, "openRestApp"):
        return (Check("scalars", "actionParams", MAX_ACTION_PARAMS), *soft)
    if php_loose_equals(kind, "restEvent"):
        return (
            Check("required", "id"),
            Check("scalars", "actionParams", MAX_ACTION_PARAMS),
            Check("enum", "animationType", ANIMATION_TYPES),
            *soft,
        )
    return (Check("required", "type"), Check("enum", "type", ACTION_TYPES), *soft)


DTOS: dict[str, DtoSpec] = {
    spec.name: spec
    for spec in (
        DtoSpec(
            "LayoutDto",
            (
                Prop("icon", "dto", "IconDto"),
                Prop("header", "dto", "HeaderDto"),
                Prop("body", "dto", "BodyDto"),
                Prop("footer", "dto", "FooterDto"),
            ),
            (
                Check("required", "icon"),
                Check("object", "icon"),
                Check("required", "header"),
                Check("object", "header"),
                Check("required", "body"),
                Check("object", "body"),
                Check("object", "footer"),
            ),
        ),
        DtoSpec("IconDto", (Prop("code", "str"),), (Check("required", "code"), Check("enum", "code", "icon"))),
        DtoSpec(
            "HeaderDto",
            (Prop("title", "text"), Prop("titleAction", "dto", "ActionDto"), Prop("tags", "map", "TagDto")),
            (
                Check("required", "title"),
                Check("text", "title"),
                Check("object", "titleAction"),
                Check("map", "tags", MAX_TAGS),
                Check("soft_text", "title"),
            ),
        ),
        DtoSpec(
            "TagDto",
            (Prop("title", "text"), Prop("type", "str"), Prop("action", "dto", "ActionDto")),
            (
                Check("required", "title"),
                Check("text", "title"),
                Check("required", "type"),
                Check("enum", "type", TAG_TYPES),
                Check("object", "action"),
                Check("soft_text", "title"),
            ),
        ),
        DtoSpec(
            "BodyDto",
            (Prop("logo", "dto", "LogoDto"), Prop("blocks", "map", "ContentBlockDto")),
            (
                Check("required", "logo"),
                Check("required", "blocks"),
                Check("map", "blocks", MAX_BLOCKS),
                Check("soft_object", "logo"),
                Check("soft_nonempty", "blocks"),
            ),
        ),
        DtoSpec(
            "LogoDto",
            (Prop("code", "str"), Prop("action", "dto", "ActionDto")),
            (Check("required", "code"), Check("enum", "code", "logo"), Check("object", "action")),
        ),
        DtoSpec(
            "ContentBlockDto",
            (Prop("type", "str"), Prop("properties", "properties")),
            (Check("enum", "type", BLOCK_TYPES), Check("soft_block", "properties")),
        ),
        DtoSpec(
            "TextDto",
            (
                Prop("value", "text"),
                Prop("multiline", "bool"),
                Prop("title", "text"),
                Prop("bold", "bool"),
                Prop("size", "str"),
                Prop("color", "str"),
                Prop("scope", "str"),
            ),
            (
                Check("required", "value"),
                Check("text", "value"),
                Check("text", "title"),
                Check("enum", "size", TEXT_SIZES),
                Check("enum", "color", TEXT_COLORS),
                Check("soft_text", "value"),
                Check("soft_text", "title"),
                _scope_soft(),
            ),
        ),
        DtoSpec(
            "LargeTextDto",
            (Prop("value", "text"), Prop("scope", "str")),
            (Check("required", "value"), Check("text", "value"), Check("soft_text", "value"), _scope_soft()),
        ),
        DtoSpec(
            "LinkDto",
            (Prop("text", "text"), Prop("bold", "bool"), Prop("action", "dto", "ActionDto"), Prop("scope", "str")),
            (
                Check("required", "text"),
                Check("text", "text"),
                Check("required", "action"),
                Check("object", "action"),
                Check("soft_text", "text"),
                _scope_soft(),
            ),
        ),
        DtoSpec("DeadlineDto", (Prop("readonly", "bool"), Prop("scope", "str")), (_scope_soft(),)),
        DtoSpec(
            "WithTitleDto",
            (Prop("title", "text"), Prop("inline", "bool"), Prop("block", "dto", "ContentBlockDto"), Prop("scope", "str")),
            (
                Check("required", "block"),
                Check("object", "block"),
                Check("simple_block", "block", False),
                Check("text", "title"),
                Check("soft_required", "title"),
                Check("soft_text", "title"),
                _scope_soft(),
            ),
        ),
        DtoSpec(
            "LineOfBlocksDto",
            (Prop("blocks", "map", "ContentBlockDto"), Prop("scope", "str")),
            (Check("required", "blocks"), Check("map", "blocks", MAX_BLOCKS), Check("simple_block", "blocks", True), _scope_soft()),
        ),
        DtoSpec(
            "FooterDto",
            (Prop("buttons", "map", "FooterButtonDto"), Prop("showNote", "bool"), Prop("menu", "dto", "FooterMenuDto")),
            (Check("map", "buttons", MAX_BUTTONS), Check("object", "menu")),
        ),
        DtoSpec(
            "FooterButtonDto",
            (
                Prop("title", "text"),
                Prop("type", "str"),
                Prop("action", "dto", "ActionDto"),
                Prop("scope", "str"),
                Prop("hideIfReadonly", "bool"),
            ),
            (
                Check("required", "title"),
                Check("text", "title"),
                Check("required", "type"),
                Check("required", "action"),
                Check("enum", "type", BUTTON_TYPES),
                Check("object", "action"),
                Check("enum", "scope", SCOPES),
                Check("soft_text", "title"),
            ),
        ),
        DtoSpec(
            "FooterMenuDto",
            (
                Prop("showPinItem", "bool"),
                Prop("showPostponeItem", "bool"),
                Prop("showDeleteItem", "bool"),
                Prop("items", "map", "MenuItemDto"),
            ),
            (Check("map", "items", MAX_MENU_ITEMS),),
        ),
        DtoSpec(
            "MenuItemDto",
            (Prop("title", "text"), Prop("action", "dto", "ActionDto"), Prop("scope", "str"), Prop("hideIfReadonly", "bool")),
            (
                Check("required", "title"),
                Check("text", "title"),
                Check("required", "action"),
                Check("object", "action"),
                Check("enum", "scope", SCOPES),
                Check("soft_text", "title"),
            ),
        ),
        DtoSpec(
            "ActionDto",
            (
                Prop("type", "str"),
                Prop("uri", "str"),
                Prop("id", "str"),
                Prop("actionParams", "scalars"),
                Prop("animationType", "str"),
                Prop("sliderParams", "dto", "ActionSliderParamsDto"),
            ),
            _action_checks,
        ),
        DtoSpec(
            "ActionSliderParamsDto",
            (
                Prop("width", "int"),
                Prop("leftBoundary", "int"),
                Prop("labelBgColor", "str"),
                Prop("labelColor", "str"),
                Prop("labelText", "str"),
                Prop("title", "str"),
            ),
            (Check("enum", "labelBgColor", LABEL_BG_COLORS), Check("color", "labelColor"), Check("soft_slider", "width")),
        ),
        DtoSpec(
            "RestAppLayoutBlocksDto",
            (Prop("blocks", "map", "ContentBlockDto"),),
            (Check("required", "blocks"), Check("map", "blocks", MAX_BLOCKS), Check("soft_nonempty", "blocks")),
        ),
    )
}

#: ContentBlockDto ``type`` → the DTO of its ``properties``.
BLOCK_DTOS: dict[str, str] = {
    "text": "TextDto",
    "largeText": "LargeTextDto",
    "link": "LinkDto",
    "deadline": "DeadlineDto",
    "withTitle": "WithTitleDto",
    "lineOfBlocks": "LineOfBlocksDto",
}

#: Which ActionDto properties belong to which action type (api-spec.md §5.9).
ACTION_FIELDS: dict[str, frozenset[str]] = {
    "redirect": frozenset({"type", "uri"}),
    "restEvent": frozenset({"type", "id", "actionParams", "animationType"}),
    "openRestApp": frozenset({"type", "actionParams", "sliderParams"}),
}

ROOT_DTO = {"layout": "LayoutDto", "rest_app": "RestAppLayoutBlocksDto"}
