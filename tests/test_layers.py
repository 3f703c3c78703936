"""The layer rules (DEVELOPERS.md architecture) hold: import-linter's contracts in pyproject.toml
([tool.importlinter]) are kept on the tree, and each of them breaks when a forbidden import appears.

The contracts: Qt (PySide6, shiboken6, qasync, qtawesome) only in ``ui`` and ``app``; ``bitrix``,
``sandbox``, ``layout`` and ``store`` import nothing from ``services``, ``ui`` or ``app``; the
sandbox imports nothing from ``bitrix``; ``services`` import nothing from ``ui`` or ``app``.
Indirect imports count (a Qt-free layer may not reach Qt through another module either).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]

#: One forbidden import per contract, added to a copy of the tree: (module file, line, contract id).
VIOLATIONS = [
    ("desktop_app/store/cache.py", "import qtawesome", "qt-only-in-ui"),
    ("desktop_app/layout/__init__.py", "from desktop_app.services import settings", "core-below-services"),
    ("desktop_app/sandbox/wire.py", "from desktop_app.bitrix import errors", "sandbox-independent-of-client"),
    ("desktop_app/services/counters.py", "from desktop_app.ui import tasks", "services-below-ui"),
]


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` on the tree under ``cwd`` with its pyproject.toml (no cache: always the files as they are)."""
    code = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"
    return subprocess.run(
        [sys.executable, "-c", code, "--no-cache", "--no-logo", "pyproject.toml"],
        cwd=cwd, capture_output=True, text=True, check=False, timeout=120,
    )


def test_every_layer_rule_is_a_contract() -> None:
    ids = {c["id"] for c in CONTRACTS}
    assert ids == {v[2] for v in VIOLATIONS}, "each contract needs a violation below that proves it can break"
    qt = next(c for c in CONTRACTS if c["id"] == "qt-only-in-ui")
    layers = {f"desktop_app.{name}" for name in ("bitrix", "sandbox", "layout", "store", "services")}
    assert set(qt["source_modules"]) == layers
    assert set(qt["forbidden_modules"]) == {"PySide6", "shiboken6", "qasync", "qtawesome"}


def test_the_tree_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"Contracts: {len(CONTRACTS)} kept, 0 broken." in result.stdout


def test_a_forbidden_import_breaks_its_contract(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "desktop_app", tmp_path / "desktop_app", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for relative, line, _ in VIOLATIONS:
        path = tmp_path / relative
        path.write_text(path.read_text(encoding="utf-8") + f"\n{line}  # added by tests/test_layers.py\n", encoding="utf-8")

    result = lint_imports(tmp_path)

    assert result.returncode == 1, result.stdout + result.stderr
    assert f"Contracts: 0 kept, {len(CONTRACTS)} broken." in result.stdout, result.stdout
    for relative, line, _ in VIOLATIONS:  # each break names the offending module
        module = relative.removesuffix(".py").removesuffix("/__init__").replace("/", ".")
        assert module in result.stdout, f"{module} ({line}) not reported:\n{result.stdout}"
