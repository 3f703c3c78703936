"""``textWithTranslation`` resolution by the viewer's language (api-spec.md §5.2; server-behaviour.md §3.1).

A text is either a plain string or ``{language: text}``. The portal shows the viewer's interface
language, else ``en``, else the first entry (``TextWithTranslationDto::getTranslatedText``: a
``null`` entry counts as missing, an empty string does not). No Qt here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .phpcast import as_map, is_array, is_scalar, php_string
from .schema import BLOCK_DTOS, DTOS, ROOT_DTO

#: The language tried after the viewer's own.
FALLBACK_LANGUAGE = "en"


def resolve_text(value: str | Mapping[str, Any] | None, language: str) -> str:
    """The text to show to a viewer whose interface language is ``language`` (``de``, ``en``, ``la`` …).

    Shapes: ``"Call"`` → ``"Call"``; ``{"de": "Anruf", "en": "Call"}`` → ``"Anruf"`` for ``de``,
    ``"Call"`` for ``fr``; ``{"ru": "Звонок"}`` → ``"Звонок"`` for any language; ``{}``/``None`` → ``""``.
    Scalars are shown as the portal prints them (``5`` → ``"5"``, ``true`` → ``"1"``). Never raises.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if is_scalar(value):
        return php_string(value) or ""
    if not is_array(value):
        return ""
    translations = as_map(value)
    if not translations:
        return ""
    for key in (language, FALLBACK_LANGUAGE):
        text = translations.get(key)
        if text is not None:
            return text if isinstance(text, str) else php_string(text) if is_scalar(text) else ""
    first = next(iter(translations.values()))
    return first if isinstance(first, str) else php_string(first) if is_scalar(first) else ""


def translate_layout(layout: Mapping[str, Any], language: str, *, kind: str = "layout") -> dict[str, Any]:
    """A copy of a (normalised) layout with every ``textWithTranslation`` field replaced by the text
    for ``language`` (:func:`resolve_text`). ``kind``: ``"layout"`` or ``"rest_app"``.

    Only the schema's text fields are touched (``header.title``, tag/button/menu ``title``, ``text.value``
    and ``text.title``, ``largeText.value``, ``link.text``, ``withTitle.title``); everything else is
    copied as is. Unknown parts of an invalid layout are copied unchanged. Never raises."""
    return _translate(ROOT_DTO[kind], layout, language, 0)


def _translate(dto: str, fields: Mapping[str, Any], language: str, depth: int) -> dict[str, Any]:
    spec = DTOS[dto]
    out: dict[str, Any] = {}
    for key, value in fields.items():
        prop = spec.prop(key)
        if prop is None or depth > 32:
            out[key] = value
        elif prop.kind == "text":
            out[key] = resolve_text(value, language)
        elif prop.kind == "dto" and isinstance(value, Mapping):
            out[key] = _translate(prop.ref or "", value, language, depth + 1)
        elif prop.kind == "properties" and isinstance(value, Mapping) and fields.get("type") in BLOCK_DTOS:
            out[key] = _translate(BLOCK_DTOS[fields["type"]], value, language, depth + 1)
        elif prop.kind == "map" and isinstance(value, Mapping):
            out[key] = {k: _translate(prop.ref or "", v, language, depth + 1) if isinstance(v, Mapping) else v for k, v in value.items()}
        else:
            out[key] = value
    return out
