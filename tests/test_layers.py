"""The Qt-free layers stay Qt-free (DEVELOPERS.md architecture): checked on the source and at import."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_FREE = ["bitrix", "sandbox", "layout", "store", "services"]
QT_MODULES = ("PySide6", "shiboken6", "qasync", "PyQt5", "PyQt6", "qtpy", "qtawesome")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_no_qt_import_in_source(layer: str) -> None:
    files = sorted((ROOT / "desktop_app" / layer).rglob("*.py"))
    assert files, f"desktop_app/{layer} has no modules"
    offenders = {str(f.relative_to(ROOT)): sorted(_imports(f) & set(QT_MODULES)) for f in files}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_importing_the_core_loads_no_qt() -> None:
    code = (
        "import sys, desktop_app.bitrix, desktop_app.sandbox, desktop_app.services.session, "
        "desktop_app.services.timeline, desktop_app.services.entities, desktop_app.layout, desktop_app.store\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == ""
