"""Loading the layout corpus (tests/layout/corpus): documentation layouts that must validate, and one
invalid layout per rule of api-spec.md §5.2–5.11 with the code and path the portal answers.

Case file shape (``invalid/*.json``)::

    {"rule": "§5.5 at most 2 tags", "kind": "layout" | "rest_app",
     "rules": {"languages": [...], "icon_codes": [...], "logo_codes": [...]},   # optional
     "layout": <the layout as sent>,
     "expect": {"code": "TOO_MANY_ITEMS", "path": "header.tags", "severity": "error" | "warning"}}

``severity: "error"``: the portal refuses the layout and answers with exactly this code (its first
error is at ``path``). ``"warning"``: the portal accepts it (the documentation's rule is not enforced
or the value is read differently); the validator reports this warning. ``valid/*.json`` files are
bare layouts (``kind`` from a ``rest_app_`` file-name prefix).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop_app.layout import LayoutRules

CORPUS = Path(__file__).parent / "corpus"


def valid_files() -> list[Path]:
    return sorted((CORPUS / "valid").glob("*.json"))


def invalid_files() -> list[Path]:
    return sorted((CORPUS / "invalid").glob("*.json"))


def kind_of_valid(path: Path) -> str:
    return "rest_app" if path.name.startswith("rest_app_") else "layout"


def load_case(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def rules_of(case: dict[str, Any]) -> LayoutRules:
    given = case.get("rules") or {}
    defaults = LayoutRules()
    return LayoutRules(
        languages=given.get("languages", defaults.languages),
        icon_codes=given.get("icon_codes"),
        logo_codes=given.get("logo_codes"),
    )
