"""Normalisation: the layout as the portal stores it and returns it from configurable.get
(server-behaviour.md §1.7, §3.1; api-spec.md §4.12.3, §6.18)."""

from __future__ import annotations

import json

import pytest

from desktop_app.layout import LayoutInvalid, normalise_layout, validate_layout

from .corpus_cases import CORPUS, kind_of_valid, valid_files

DOC = json.loads((CORPUS / "valid" / "spec_5_13_complete_example.json").read_text(encoding="utf-8"))
AS_SENT = json.loads((CORPUS / "valid" / "docs_get_sample_strings_as_sent.json").read_text(encoding="utf-8"))


def test_boolean_strings_become_booleans_as_configurable_get_returns_them() -> None:
    stored = normalise_layout(AS_SENT)
    menu = stored["footer"]["menu"]
    assert menu == {"showPinItem": True, "showPostponeItem": False, "showDeleteItem": False}
    who = stored["body"]["blocks"]["who"]["properties"]
    assert (who["bold"], who["multiline"]) == (True, False)
    assert stored["body"]["blocks"]["when"]["properties"]["block"]["properties"] == {"readonly": False}
    assert stored["footer"]["buttons"]["open"]["hideIfReadonly"] is True


def test_action_params_scalars_come_back_as_strings() -> None:
    stored = normalise_layout(DOC)
    assert stored["footer"]["buttons"]["startCall"]["action"]["actionParams"] == {"clientId": "456"}
    assert normalise_layout(AS_SENT)["footer"]["buttons"]["open"]["action"]["actionParams"] == {"clientId": "456", "vip": "1"}


def test_the_portal_reads_one_as_false_and_says_so() -> None:
    layout = json.loads(json.dumps(DOC))
    layout["footer"]["menu"]["showPostponeItem"] = "1"
    report = validate_layout(layout)
    assert report.ok
    assert report.normalised["footer"]["menu"]["showPostponeItem"] is False
    assert [(w.code, w.path) for w in report.warnings] == [("WRONG_FIELD_VALUE", "footer.menu.showPostponeItem")]
    assert "false" in report.warnings[0].message


def test_map_order_is_kept_and_properties_follow_the_dto_declaration_order() -> None:
    layout = {
        "footer": {"buttons": {"z": {"action": {"uri": "/a/", "type": "redirect"}, "type": "primary", "title": "Z"}}},
        "body": {"blocks": {"second": {"properties": {"value": "2"}, "type": "text"}, "first": {"type": "deadline"}},
                 "logo": {"code": "document"}},
        "header": {"title": "T"},
        "icon": {"code": "info"},
    }  # fmt: skip
    stored = normalise_layout(layout)
    assert list(stored) == ["icon", "header", "body", "footer"]
    assert list(stored["body"]) == ["logo", "blocks"]
    assert list(stored["body"]["blocks"]) == ["second", "first"]
    assert list(stored["body"]["blocks"]["second"]) == ["type", "properties"]
    assert list(stored["footer"]["buttons"]["z"]) == ["title", "type", "action"]
    assert list(stored["footer"]["buttons"]["z"]["action"]) == ["type", "uri"]


def test_null_members_are_removed() -> None:
    layout = json.loads(json.dumps(DOC))
    layout["footer"]["menu"]["showPinItem"] = None
    layout["header"]["titleAction"] = {"type": "redirect", "uri": "/x/", "id": None}
    layout["footer"]["buttons"]["startCall"]["action"]["actionParams"] = {"clientId": 456}
    layout["body"]["blocks"]["client"]["properties"]["block"]["properties"]["title"] = None
    stored = normalise_layout(layout)
    assert "showPinItem" not in stored["footer"]["menu"]
    assert stored["header"]["titleAction"] == {"type": "redirect", "uri": "/x/"}
    assert stored["body"]["blocks"]["client"]["properties"]["block"]["properties"] == {"value": "Müller GmbH"}


def test_scalars_are_cast_to_the_property_type() -> None:
    layout = json.loads(json.dumps(DOC))
    layout["footer"]["buttons"]["startCall"]["action"]["sliderParams"] = {"width": "700px", "title": 5}
    layout["header"]["tags"]["status2"]["title"] = 3.5
    stored = normalise_layout(layout)
    assert stored["footer"]["buttons"]["startCall"]["action"]["sliderParams"] == {"width": 700, "title": "5"}
    assert stored["header"]["tags"]["status2"]["title"] == "3.5"


@pytest.mark.parametrize("path", valid_files(), ids=lambda p: p.stem)
def test_normalising_is_idempotent_and_json_safe(path) -> None:  # noqa: ANN001
    kind = kind_of_valid(path)
    once = normalise_layout(path.read_text(encoding="utf-8"), kind=kind)
    assert normalise_layout(once, kind=kind) == once
    assert json.loads(json.dumps(once)) == once


def test_refused_layout_raises_with_the_report() -> None:
    with pytest.raises(LayoutInvalid) as caught:
        normalise_layout({"icon": {}, "header": {"title": "T"}, "body": {"logo": {"code": "document"}, "blocks": {}}})
    assert caught.value.report.first.code == "FIELD_IS_REQUIRED"
    assert caught.value.report.first.path == "icon.code"
    assert "icon.code" in str(caught.value)
