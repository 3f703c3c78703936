"""The portal's error texts (server-behaviour.md §3.1) and the typed models of the valid part."""

from __future__ import annotations

import json

import pytest

from desktop_app.layout import (
    PORTAL_CODES,
    PORTAL_MESSAGES,
    LayoutInvalid,
    LayoutModel,
    LayoutRules,
    RestAppLayoutModel,
    portal_error,
    validate_layout,
)
from desktop_app.layout.models import LinkBlock, TextBlock, WithTitleBlock

from .corpus_cases import CORPUS

DOC = json.loads((CORPUS / "valid" / "spec_5_13_complete_example.json").read_text(encoding="utf-8"))


def _first(layout: object, **kw: object) -> dict[str, str]:
    report = validate_layout(layout, **kw)
    return portal_error(report.first)


def test_every_portal_code_has_its_text() -> None:
    assert set(PORTAL_MESSAGES) == set(PORTAL_CODES)


@pytest.mark.parametrize(
    ("mutate", "answer"),
    [
        (lambda d: d["icon"].pop("code"), {"error": "FIELD_IS_REQUIRED", "error_description": "Field code is required for IconDto."}),
        (lambda d: d["icon"].update(size=1),
         {"error": "FIELD_IS_REDUNDANT", "error_description": "Field size is not required for IconDto."}),
        (lambda d: d["header"]["tags"]["status2"].update(type="lavender"),
         {"error": "ENUM_FIELD", "error_description": "Field type in TagDto must be one of these values: "
                                                      "['success', 'failure', 'warning', 'primary', 'secondary']."}),
        (lambda d: d["header"]["tags"].update(a={"title": "a", "type": "success"}, b={"title": "b", "type": "success"}),
         {"error": "TOO_MANY_ITEMS", "error_description": "The field tags of HeaderDto can only contain up to 2 values."}),
        (lambda d: d["header"].update(tags={"a.b": {"title": "a", "type": "success"}}),
         {"error": "KEY_CONTAIN_WRONG_SYMBOLS", "error_description": "The value of a.b includes invalid characters."}),
        (lambda d: d["header"].update(title={"xx": "?"}), {"error": "WRONG_LANG", "error_description": "The language xx was not found."}),
        (lambda d: d["header"].update(title={"en": 1}),
         {"error": "WRONG_FIELD_VALUE", "error_description": "The value of title[en] in HeaderDto is incorrect."}),
        (lambda d: d["body"]["blocks"]["client"]["properties"]["block"].update(type="largeText"),
         {"error": "WRONG_FIELD_VALUE", "error_description": "The value of type in ContentBlockDto is incorrect."}),
    ],
)
def test_first_error_is_what_the_portal_answers(mutate, answer) -> None:  # noqa: ANN001
    layout = json.loads(json.dumps(DOC))
    mutate(layout)
    assert _first(layout) == answer


def test_the_emulator_style_names_the_path() -> None:
    layout = json.loads(json.dumps(DOC))
    del layout["icon"]["code"]
    assert portal_error(validate_layout(layout).first, with_path=True)["error_description"] == (
        "Field code is required for IconDto. (icon.code)"
    )


def test_empty_layouts() -> None:
    assert _first({}) == {"error": "ERROR_EMPTY_LAYOUT", "error_description": 'The field "layout" is required.'}
    assert _first({}, kind="rest_app") == {"error": "FIELD_IS_REQUIRED",
                                           "error_description": "Field blocks is required for RestAppLayoutBlocksDto."}  # fmt: skip


def test_the_installed_languages_and_custom_icons_come_from_the_portal() -> None:
    rules = LayoutRules(languages=["en", "ru"], icon_codes=["call-completed", "my-icon"], logo_codes=["call-incoming"])
    report = validate_layout(DOC, rules=rules)
    assert (report.first.code, report.first.path) == ("WRONG_LANG", "body.blocks.note.properties.value.de")
    layout = json.loads(json.dumps(DOC))
    layout["icon"]["code"] = "my-icon"
    layout["body"]["blocks"]["note"]["properties"]["value"] = "plain"
    assert validate_layout(layout, rules=rules).problems == []
    layout["icon"]["code"] = "info"
    assert portal_error(validate_layout(layout, rules=rules).first) == {
        "error": "ENUM_FIELD", "error_description": "Field code in IconDto must be one of these values: ['call-completed', 'my-icon']."
    }  # fmt: skip


def test_the_valid_layout_is_a_typed_model() -> None:
    model = validate_layout(DOC).layout
    assert isinstance(model, LayoutModel)
    assert model.icon.code == "call-completed"
    client = model.body.blocks["client"]
    assert isinstance(client, WithTitleBlock) and client.properties.inline is True
    assert isinstance(client.properties.block, TextBlock) and client.properties.block.properties.value == "Müller GmbH"
    line = model.body.blocks["responsible"].properties.blocks
    assert isinstance(line["client"], LinkBlock) and line["client"].properties.action.uri == "/crm/lead/details/789/"
    assert model.footer.buttons["startCall"].action.actionParams == {"clientId": "456"}
    assert model.footer.menu.showPostponeItem is False and model.footer.menu.showPinItem is None
    with pytest.raises(Exception, match="frozen"):
        model.icon.code = "x"  # type: ignore[misc]


def test_the_preview_keeps_the_valid_part_of_a_refused_layout() -> None:
    layout = json.loads(json.dumps(DOC))
    layout["header"]["tags"]["bad"] = {"title": "x", "type": "lavender"}
    layout["body"]["blocks"]["note"]["properties"]["value"] = {"xx": "?"}
    layout["footer"]["menu"]["items"]["broken"] = {"title": "No action"}
    report = validate_layout(layout)
    assert not report.ok and report.normalised is None
    model = report.layout
    assert list(model.header.tags) == ["status2"]
    assert list(model.body.blocks) == ["client", "deadline", "responsible"]
    assert list(model.footer.menu.items) == ["confirm"]
    marked = {p.path for p in report.errors}
    assert {"header.tags.bad.type", "body.blocks.note.properties.value.xx", "footer.menu.items.broken.action"} <= marked


def test_rest_app_model() -> None:
    text = (CORPUS / "valid" / "rest_app_call_summary.json").read_text(encoding="utf-8")
    model = RestAppLayoutModel.parse(text)
    assert isinstance(model, RestAppLayoutModel)
    assert list(model.blocks) == ["summary", "transcript", "links"]
    with pytest.raises(LayoutInvalid) as caught:
        RestAppLayoutModel.parse(b'{"blocks": {"a": {"type": "chart"}}}')
    assert (caught.value.report.first.code, caught.value.report.first.path) == ("ENUM_FIELD", "blocks.a.type")


def test_models_parse_text_and_dicts() -> None:
    assert LayoutModel.parse(json.dumps(DOC)) == LayoutModel.parse(DOC) == validate_layout(DOC).layout
    with pytest.raises(LayoutInvalid):
        LayoutModel.parse("{}")


def test_blocks_the_portal_accepts_but_cannot_draw_stay_in_the_stored_form() -> None:
    layout = json.loads(json.dumps(DOC))
    layout["body"]["blocks"]["odd"] = {"properties": {"value": "no type"}}
    layout["body"]["blocks"]["loose"] = {"type": "text", "properties": {"value": "x", "size": True}}
    report = validate_layout(layout)
    assert report.ok
    assert report.normalised["body"]["blocks"]["odd"] == {}
    assert report.normalised["body"]["blocks"]["loose"]["properties"]["size"] == "1"
    assert report.layout.body.blocks["odd"].type is None
    assert report.layout.body.blocks["loose"].properties.size is None  # the preview leaves out what it cannot draw
