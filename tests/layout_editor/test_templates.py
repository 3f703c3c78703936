"""The editor's templates: every one is a layout the portal accepts with no warning, the
documentation's examples are the corpus's own, and the realistic ones are there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.layout import validate_layout
from desktop_app.ui.layout_editor.templates import TEMPLATES_DIR, list_templates

CORPUS = Path(__file__).resolve().parents[1] / "layout" / "corpus" / "valid"


def test_the_templates_folder_has_the_documentation_examples_and_realistic_layouts(qapp) -> None:  # noqa: ANN001
    names = [t.name for t in list_templates()]
    assert {"docs_complete_example", "docs_seed_001_incoming_call", "delivery", "signed_contract", "call_summary"} <= set(names)
    assert names[0].startswith("docs_")  # the documentation's examples come first
    assert len({t.title for t in list_templates()}) == len(names)


@pytest.mark.parametrize("template", list_templates(TEMPLATES_DIR), ids=lambda t: t.name)
def test_every_template_is_accepted_without_warnings(template) -> None:  # noqa: ANN001
    report = validate_layout(template.read(), kind=template.kind)
    assert report.ok and report.problems == [], [str(p) for p in report.problems]


@pytest.mark.parametrize(
    ("template_name", "corpus_name"),
    [
        ("docs_complete_example", "spec_5_13_complete_example"),
        ("docs_seed_001_incoming_call", "seed_001_configurable_add"),
        ("docs_translated_call", "docs_get_sample_strings_as_sent"),
        ("rest_app_call_summary", "rest_app_call_summary"),
    ],
)
def test_documentation_templates_are_the_corpus_layouts(template_name: str, corpus_name: str) -> None:
    template = json.loads((TEMPLATES_DIR / f"{template_name}.json").read_text(encoding="utf-8"))
    assert template == json.loads((CORPUS / f"{corpus_name}.json").read_text(encoding="utf-8"))


def test_realistic_templates_speak_german_too() -> None:
    for name in ("delivery", "signed_contract", "call_summary"):
        layout = json.loads((TEMPLATES_DIR / f"{name}.json").read_text(encoding="utf-8"))
        assert set(layout["header"]["title"]) == {"en", "de"}, name
