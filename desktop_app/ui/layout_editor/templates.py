"""Layouts to start from: ``resources/layout_templates/*.json`` — the documentation's examples
(``docs_*``; api-spec.md §5.13, seed 001) and realistic ones (a delivery, a signed contract, a call
summary). A name starting ``rest_app_`` is a ``RestAppLayoutDto`` (``crm.activity.layout.blocks.set``);
the others are ``LayoutDto`` (``crm.activity.configurable.add``)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop_app.resource_paths import resource_path

TEMPLATES_DIR = resource_path("layout_templates")


@dataclass(frozen=True)
class Template:
    """One template file: ``name`` (file stem), ``title`` (translated, for menus), ``kind``
    (``"layout"`` or ``"rest_app"``), ``path``."""

    name: str
    title: str
    kind: str
    path: Path

    def read(self) -> str:
        return self.path.read_text(encoding="utf-8")


def _titles() -> dict[str, str]:
    translate = QCoreApplication.translate  # the name pyside6-lupdate reads
    return {
        "docs_complete_example": translate("LayoutTemplates", "Documentation: complete example (§5.13)"),
        "docs_seed_001_incoming_call": translate("LayoutTemplates", "Documentation: incoming call (configurable.add)"),
        "docs_translated_call": translate("LayoutTemplates", "Documentation: translated call (configurable.get)"),
        "rest_app_call_summary": translate("LayoutTemplates", "Additional blocks: call summary (layout.blocks.set)"),
        "delivery": translate("LayoutTemplates", "Delivery"),
        "signed_contract": translate("LayoutTemplates", "Signed contract"),
        "call_summary": translate("LayoutTemplates", "Call summary"),
    }


def list_templates(directory: Path = TEMPLATES_DIR) -> list[Template]:
    """The templates in ``directory``, documentation examples first, then by name; none when the
    folder is missing."""
    titles = _titles()
    paths = sorted(directory.glob("*.json"), key=lambda p: (not p.stem.startswith("docs_"), p.stem)) if directory.is_dir() else []
    return [
        Template(p.stem, titles.get(p.stem, p.stem.replace("_", " ")), "rest_app" if p.stem.startswith("rest_app_") else "layout", p)
        for p in paths
    ]
