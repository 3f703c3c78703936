"""From a layout dict to card parts (server-behaviour.md §3.3): texts resolved for the viewer's
language, elements hidden by ``scope``/``hideIfReadonly``, each block type to its node.

The dict may be the normalised layout or the raw, possibly invalid one (the preview draws what it
can): every value is type-checked here and nothing raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.layout import resolve_text
from desktop_app.layout.phpcast import as_map, php_bool
from desktop_app.layout.validator import format_path

from .actions import CardAction
from .frame import ButtonNode, IconButtonNode, LogoNode, MenuEntry, TagNode
from .glyphs import icon_glyph, logo_glyph
from .nodes import Ctx, DeadlineNode, LargeTextNode, LineNode, LinkNode, MarkNode, Node, TextNode, WithTitleNode

__all__ = ["CardParts", "HostCard", "build_blocks", "build_menu", "build_parts", "host_parts", "parts_from_card"]

MAX_BLOCKS_SHOWN = 40  # the portal allows 20; a 10,000-block layout is previewed by its first ones


@dataclass
class CardParts:
    """Everything a card shows, as nodes (see :class:`~desktop_app.ui.cards.tree.CardTree`)."""

    icon: str
    title: str
    title_action: CardAction | None
    tags: list[TagNode]
    date: str
    logo: LogoNode | None
    blocks: list[Node]
    section: list[Node] | None = None  # a RestAppLayoutDto's blocks inside the host card
    buttons: list[ButtonNode] = field(default_factory=list)
    note: IconButtonNode | None = None
    more: IconButtonNode | None = None
    menu: list[MenuEntry] = field(default_factory=list)


def _map(value: Any) -> dict[str, Any]:
    return as_map(value) if isinstance(value, dict | list) else {}


def _obj(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _flag(value: Any, default: bool = False) -> bool:
    result = php_bool(value)
    return default if result is None else result


def _path(location: tuple[str, ...]) -> str:
    return format_path(location)


def _visible(ctx: Ctx, dto: Mapping[str, Any], *, readonly_rule: bool) -> bool:
    scope = dto.get("scope")
    if scope in ("web", "mobile") and scope != ctx.options.scope:
        return False
    return not (readonly_rule and ctx.options.readonly and _flag(dto.get("hideIfReadonly")))


def _text(ctx: Ctx, value: Any) -> str:
    return resolve_text(value, ctx.options.lang) if isinstance(value, str | int | float | dict | list) else ""


def _action(ctx: Ctx, value: Any, label: str, location: tuple[str, ...]) -> CardAction | None:
    if value is None:
        return None
    return CardAction.from_dto(value, label, _path(location))


def build_block(ctx: Ctx, dto: Any, location: tuple[str, ...], *, simple: bool = False) -> Node | None:
    """One ContentBlockDto → its node; ``None`` when hidden by scope. ``simple``: inside withTitle
    or lineOfBlocks (only text/link/deadline)."""
    path = _path(location)
    if not isinstance(dto, Mapping):
        return MarkNode(ctx, path, ctx.t("This block is not an object."))
    kind = dto.get("type")
    props = _obj(dto.get("properties"))
    if not _visible(ctx, props, readonly_rule=False):
        return None
    where = (*location, "properties")
    allowed = ("text", "link", "deadline") if simple else ("text", "largeText", "link", "deadline", "withTitle", "lineOfBlocks")
    if kind not in allowed:
        return MarkNode(ctx, path, ctx.t("A block of type “{type}” is not shown here.").format(type=str(kind)[:40]))
    if kind == "deadline":
        return DeadlineNode(ctx, path, _flag(props.get("readonly")))
    if not isinstance(dto.get("properties"), Mapping):
        return MarkNode(ctx, path, ctx.t("The block has no properties, so it shows nothing."))
    if kind == "text":
        return TextNode(ctx, path, _text(ctx, props.get("value")), size=props.get("size", "md"), color=props.get("color"),
                        bold=_flag(props.get("bold")), multiline=_flag(props.get("multiline")),
                        tooltip=_text(ctx, props.get("title")))
    if kind == "link":
        text = _text(ctx, props.get("text"))
        label = ctx.t("Link “{text}”").format(text=text[:60])
        action = _action(ctx, props.get("action"), label, (*where, "action")) or CardAction("none", label, {}, path)
        return LinkNode(ctx, path, text, bold=_flag(props.get("bold")), action=action)
    if kind == "largeText":
        return LargeTextNode(ctx, path, _text(ctx, props.get("value")))
    if kind == "withTitle":
        child = build_block(ctx, props.get("block"), (*where, "block"), simple=True)
        return WithTitleNode(ctx, path, _text(ctx, props.get("title")), _flag(props.get("inline")), child)
    children = []
    for key, child_dto in _ordered(_map(props.get("blocks"))):
        node = build_block(ctx, child_dto, (*where, "blocks", key), simple=True)
        if node is not None:
            children.append(node)
    return LineNode(ctx, path, children)


def _ordered(items: dict[str, Any]) -> list[tuple[str, Any]]:
    """JS object key order (§4.6): integer-like keys ascending first, then the others as given."""
    ints = sorted(((k, v) for k, v in items.items() if k.isdigit() and (k == "0" or not k.startswith("0")) and len(k) < 10),
                  key=lambda kv: int(kv[0]))
    others = [(k, v) for k, v in items.items() if not (k.isdigit() and (k == "0" or not k.startswith("0")) and len(k) < 10)]
    return [*ints, *others]


def build_blocks(ctx: Ctx, blocks: Any, location: tuple[str, ...]) -> list[Node]:
    """``body.blocks`` / ``RestAppLayoutDto.blocks`` in layout order (the first :data:`MAX_BLOCKS_SHOWN`)."""
    nodes = []
    for key, dto in list(_map(blocks).items())[:MAX_BLOCKS_SHOWN]:
        node = build_block(ctx, dto, (*location, key))
        if node is not None:
            nodes.append(node)
    return nodes


def build_parts(ctx: Ctx, layout: Mapping[str, Any], date: str) -> CardParts:
    """A LayoutDto (dict) → :class:`CardParts`."""
    t = ctx.t
    header = _obj(layout.get("header"))
    body = _obj(layout.get("body"))
    footer = _obj(layout.get("footer"))
    title = _text(ctx, header.get("title"))
    tags = []
    for key, tag in list(_map(header.get("tags")).items())[:MAX_BLOCKS_SHOWN]:
        tag = _obj(tag)
        if not _visible(ctx, tag, readonly_rule=True):
            continue
        tag_title = _text(ctx, tag.get("title"))
        label = t("Tag “{title}”").format(title=tag_title[:60])
        tags.append(TagNode(ctx, _path(("header", "tags", key)), tag_title, tag.get("type"),
                            _action(ctx, tag.get("action"), label, ("header", "tags", key, "action"))))
    logo_dto = _obj(body.get("logo"))
    logo = LogoNode(ctx, "body.logo", logo_glyph(logo_dto.get("code")),
                    _action(ctx, logo_dto.get("action"), t("Logo"), ("body", "logo", "action")))
    parts = CardParts(
        icon=icon_glyph(_obj(layout.get("icon")).get("code")),
        title=title,
        title_action=_action(ctx, header.get("titleAction"), t("Title “{title}”").format(title=title[:60]),
                             ("header", "titleAction")),
        tags=tags,
        date=date,
        logo=logo,
        blocks=build_blocks(ctx, body.get("blocks"), ("body", "blocks")),
    )
    for key, button in list(_map(footer.get("buttons")).items())[:MAX_BLOCKS_SHOWN]:
        button = _obj(button)
        if not _visible(ctx, button, readonly_rule=True):
            continue
        text = _text(ctx, button.get("title"))
        location = ("footer", "buttons", key)
        label = t("Button “{title}”").format(title=text[:60])
        action = _action(ctx, button.get("action"), label, (*location, "action")) or CardAction("none", label, {}, _path(location))
        parts.buttons.append(ButtonNode(ctx, _path(location), text, button.get("type"), action))
    menu = _obj(footer.get("menu"))
    parts.menu = build_menu(ctx, menu)
    if _flag(footer.get("showNote"), default=True):
        parts.note = IconButtonNode(ctx, "footer.showNote", "mdi6.note-plus-outline", CardAction("note", t("Note"), {}, ""))
    parts.more = IconButtonNode(ctx, "footer.menu", "mdi6.dots-horizontal", CardAction("menu", t("Menu “…”"), {}, "footer.menu"))
    return parts


@dataclass(frozen=True)
class HostCard:
    """The activity a RestAppLayoutDto is previewed on: its ``title``, a line of its own ``text``
    (plain, portal text) and its header ``date``."""

    title: str
    text: str = ""
    date: str = ""


def host_parts(ctx: Ctx, layout: Mapping[str, Any], date: str, host: HostCard | None = None) -> CardParts:
    """A RestAppLayoutDto (``crm.activity.layout.blocks.set``) as its section inside a host activity
    (api-spec.md §5.10): ``host`` (default a sample call) keeps its own header, logo and menu."""
    title = host.title if host is not None else ctx.t("Call with a client")
    text = host.text if host is not None else ctx.t("The host activity's own content.")
    parts = CardParts(
        icon=icon_glyph("call"), title=title, title_action=None, tags=[],
        date=host.date if host is not None and host.date else date,
        logo=LogoNode(ctx, "", logo_glyph("call-default") if host is None else None, None),
        blocks=[TextNode(ctx, "", text, color="base_70")] if text else [],
        section=build_blocks(ctx, layout.get("blocks"), ("blocks",)),
    )
    parts.more = IconButtonNode(ctx, "", "mdi6.dots-horizontal", CardAction("menu", ctx.t("Menu “…”")))
    parts.menu = build_menu(ctx, {})
    return parts


def parts_from_card(ctx: Ctx, card: Any) -> CardParts:
    """A plain timeline card (``CardData``-like: ``title``, ``date_text``, ``pill_text``,
    ``responsible``, ``preview``) → :class:`CardParts` (no logo, no footer buttons)."""
    blocks: list[Node] = []
    if getattr(card, "responsible", ""):
        blocks.append(TextNode(ctx, "", str(card.responsible), size="sm", color="base_90"))
    if getattr(card, "preview", ""):
        blocks.append(TextNode(ctx, "", str(card.preview), size="sm", color="base_70"))
    pill = str(getattr(card, "pill_text", "") or "")
    return CardParts(
        icon="mdi6.bell-outline", title=str(getattr(card, "title", "") or ""), title_action=None,
        tags=[TagNode(ctx, "", pill, "secondary", None)] if pill else [], date=str(getattr(card, "date_text", "") or ""),
        logo=None, blocks=blocks,
    )


def build_menu(ctx: Ctx, menu: Mapping[str, Any]) -> list[MenuEntry]:
    """The web footer menu (§3.3): the app's items, a delimiter, Pin (completed activities),
    Postpone (open ones; the preview's activity has a deadline), Delete, a delimiter, About app."""
    t = ctx.t
    entries: list[MenuEntry] = []
    for key, item in list(_map(menu.get("items")).items())[:MAX_BLOCKS_SHOWN]:
        item = _obj(item)
        if not _visible(ctx, item, readonly_rule=True):
            continue
        location = ("footer", "menu", "items", key)
        text = _text(ctx, item.get("title"))
        label = t("Menu item “{title}”").format(title=text[:60])
        action = _action(ctx, item.get("action"), label, (*location, "action")) or CardAction("none", label, {}, _path(location))
        entries.append(MenuEntry(ctx, _path(location), text, action))
    portal = []
    if ctx.options.completed and _flag(menu.get("showPinItem"), default=True):
        portal.append(MenuEntry(ctx, "footer.menu.showPinItem", t("Pin"), CardAction("pin", t("Pin")), portal=True))
    if not ctx.options.completed and not ctx.options.readonly and _flag(menu.get("showPostponeItem"), default=True):
        portal.append(MenuEntry(ctx, "footer.menu.showPostponeItem", t("Postpone"), CardAction("postpone", t("Postpone")), portal=True))
    if not ctx.options.readonly and _flag(menu.get("showDeleteItem"), default=True):
        portal.append(MenuEntry(ctx, "footer.menu.showDeleteItem", t("Delete"), CardAction("delete", t("Delete")), portal=True))
    if entries and portal:
        entries.append(MenuEntry(ctx, "", "", None))
    entries.extend(portal)
    if entries:
        entries.append(MenuEntry(ctx, "", "", None))
    entries.append(MenuEntry(ctx, "", t("About app"), CardAction("aboutApp", t("About app")), portal=True))
    return entries
