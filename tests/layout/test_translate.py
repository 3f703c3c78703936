"""textWithTranslation: viewer language, then en, then the first entry (api-spec.md §5.2)."""

from __future__ import annotations

import json

import pytest

from desktop_app.layout import normalise_layout, resolve_text, translate_layout

from .corpus_cases import CORPUS


@pytest.mark.parametrize(
    ("value", "language", "shown"),
    [
        ("Call", "de", "Call"),
        ({"de": "Anruf", "en": "Call"}, "de", "Anruf"),
        ({"de": "Anruf", "en": "Call"}, "fr", "Call"),
        ({"ru": "Звонок", "de": "Anruf"}, "fr", "Звонок"),
        ({"de": None, "en": "Call"}, "de", "Call"),
        ({"de": "", "en": "Call"}, "de", ""),
        ({}, "en", ""),
        (None, "en", ""),
        (5, "en", "5"),
        (True, "en", "1"),
        (["first", "second"], "en", "first"),
    ],
)
def test_resolve_text_follows_the_portal_fallback(value, language, shown) -> None:  # noqa: ANN001
    assert resolve_text(value, language) == shown


def test_translate_layout_resolves_every_text_field_and_nothing_else() -> None:
    layout = normalise_layout((CORPUS / "valid" / "delivery_all_block_types.json").read_text(encoding="utf-8"))
    german = translate_layout(layout, "de")
    assert german["header"]["title"] == "Lieferung geplant"
    assert german["header"]["tags"]["state"]["title"] == "unterwegs"
    assert german["body"]["blocks"]["address"]["properties"]["title"] == "Adresse"
    assert german["footer"]["buttons"]["confirm"]["title"] == "Lieferung bestätigen"
    french = translate_layout(layout, "fr")
    assert french["header"]["title"] == "Delivery scheduled"
    assert french["footer"]["buttons"]["confirm"]["action"] == layout["footer"]["buttons"]["confirm"]["action"]
    assert layout["header"]["title"] == {"en": "Delivery scheduled", "de": "Lieferung geplant"}  # the input is untouched


def test_translate_rest_app_blocks() -> None:
    blocks = json.loads((CORPUS / "valid" / "rest_app_call_summary.json").read_text(encoding="utf-8"))
    german = translate_layout(blocks, "de", kind="rest_app")
    assert german["blocks"]["transcript"]["properties"]["value"].startswith("Agent: Hallo")
    assert german["blocks"]["summary"]["properties"]["title"] == "AI summary"


def test_translate_layout_tolerates_an_invalid_layout() -> None:
    odd = {"header": {"title": {"en": "x"}, "tags": "nope"}, "body": {"blocks": {"a": {"type": "text", "properties": 3}}}, "x": [1]}
    expected = {"header": {"title": "x", "tags": "nope"}, "body": {"blocks": {"a": {"type": "text", "properties": 3}}}, "x": [1]}
    assert translate_layout(odd, "de") == expected
