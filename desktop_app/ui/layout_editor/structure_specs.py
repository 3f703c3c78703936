"""What the structured panel edits: for each map (tags, blocks, buttons) its path, the entries it
adds, and the fields of an entry (relative paths). Pure data and helpers; the widgets are in
:mod:`.structure_panel`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop_app.layout.schema import BUTTON_TYPES, TAG_TYPES


@dataclass(frozen=True)
class FieldSpec:
    """One editable value of an entry: ``path`` relative to the entry; ``kind`` ``"text"`` (a
    ``textWithTranslation``: a string, or the preview language's entry of a translation object),
    ``"choice"`` (one of ``choices``), ``"redirect"`` (the entry's action, written as a ``redirect``
    action with this URI); ``applies`` says for which entries the field is shown."""

    name: str
    path: tuple[str, ...]
    kind: str = "text"
    choices: tuple[str, ...] = ()
    applies: Callable[[dict[str, Any]], bool] = lambda entry: True


def _block_type(*types: str) -> Callable[[dict[str, Any]], bool]:
    return lambda entry: entry.get("type") in types


def _inner_text(entry: dict[str, Any]) -> bool:
    props = entry.get("properties")
    block = props.get("block") if isinstance(props, dict) else None
    return entry.get("type") == "withTitle" and isinstance(block, dict) and block.get("type") in (None, "text")


TAG_FIELDS = (FieldSpec("title", ("title",)), FieldSpec("type", ("type",), "choice", TAG_TYPES))
BUTTON_FIELDS = (
    FieldSpec("title", ("title",)),
    FieldSpec("type", ("type",), "choice", BUTTON_TYPES),
    FieldSpec("uri", ("action",), "redirect"),
)
BLOCK_FIELDS = (
    FieldSpec("value", ("properties", "value"), applies=_block_type("text", "largeText")),
    FieldSpec("text", ("properties", "text"), applies=_block_type("link")),
    FieldSpec("uri", ("properties", "action"), "redirect", applies=_block_type("link")),
    FieldSpec("title", ("properties", "title"), applies=_block_type("withTitle")),
    FieldSpec("value", ("properties", "block", "properties", "value"), applies=_inner_text),
)

NEW_TAG = {"title": "new", "type": "secondary"}
NEW_BUTTON = {"title": "Open", "type": "secondary", "action": {"type": "redirect", "uri": "/crm/deal/details/1/"}}
NEW_BLOCKS: dict[str, dict[str, Any]] = {
    "text": {"type": "text", "properties": {"value": "Text"}},
    "link": {"type": "link", "properties": {"text": "Link", "action": {"type": "redirect", "uri": "/crm/deal/details/1/"}}},
    "withTitle": {
        "type": "withTitle",
        "properties": {"title": "Title", "inline": True, "block": {"type": "text", "properties": {"value": "Value"}}},
    },
}


def as_entries(value: Any) -> list[tuple[str, Any]]:
    """A map's entries as (key, value) pairs: an object as is, a list keyed ``"0"``, ``"1"`` … (as
    the portal reads it); anything else has none."""
    if isinstance(value, dict):
        return list(value.items())
    if isinstance(value, list):
        return [(str(i), v) for i, v in enumerate(value)]
    return []


def get_path(node: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        entries = dict(as_entries(node))
        if key not in entries:
            return None
        node = entries[key]
    return node


def text_value(value: Any, lang: str) -> tuple[str, tuple[str, ...]]:
    """What a text field shows and the extra path a write goes to: a string as is; a translation
    object's ``lang`` entry (written at ``(lang,)``); other scalars as the portal prints them."""
    if isinstance(value, dict):
        entry = value.get(lang)
        return (entry if isinstance(entry, str) else ""), (lang,)
    if value is None or isinstance(value, list):
        return "", ()
    if isinstance(value, bool):
        return ("1" if value else ""), ()
    return str(value), ()


def unique_key(existing: list[str], stem: str) -> str:
    n = 1
    while f"{stem}{n}" in existing:
        n += 1
    return f"{stem}{n}"


def reordered(value: Any, key: str, step: int) -> Any:
    """``value`` (a map as object or list) with entry ``key`` moved ``step`` places; ``None`` at an end."""
    entries = as_entries(value)
    keys = [k for k, _ in entries]
    if key not in keys:
        return None
    i = keys.index(key)
    j = i + step
    if not 0 <= j < len(entries):
        return None
    entries[i], entries[j] = entries[j], entries[i]
    if isinstance(value, list):
        return [v for _, v in entries]
    return dict(entries)
