"""The test command's linters (packaging/bootstrap.py ``run_linters``, run by ``bootstrap.py test``
and so by ``.ci/run``): ``ruff check`` and ``lint-imports`` with this repository's configuration,
each reported by name when it finds a problem.

Run on a small tree with the real pyproject.toml and empty layer packages, clean and then broken.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["bitrix", "sandbox", "layout", "store", "services", "ui"]


@pytest.fixture
def bootstrap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    spec = importlib.util.spec_from_file_location("bootstrap_under_test", ROOT / "packaging" / "bootstrap.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    for layer in LAYERS:
        (tmp_path / "desktop_app" / layer).mkdir(parents=True)
        (tmp_path / "desktop_app" / layer / "__init__.py").write_text('"""A layer."""\n', encoding="utf-8")
    (tmp_path / "desktop_app" / "__init__.py").write_text('"""The app."""\n', encoding="utf-8")
    (tmp_path / "desktop_app" / "app.py").write_text('"""Start-up."""\n', encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "packaging").mkdir()
    monkeypatch.setattr(module, "ROOT", tmp_path)  # the linters run from here; .venv stays the real one
    return module


def test_a_clean_tree_passes_both_linters(bootstrap, capfd) -> None:  # noqa: ANN001
    assert bootstrap.run_linters() == []
    out = capfd.readouterr().out
    assert "running ruff check desktop_app tests packaging" in out and "All checks passed!" in out
    assert "running lint-imports" in out and "Contracts: 4 kept, 0 broken." in out


def test_each_failing_linter_is_named(bootstrap, capfd, tmp_path: Path) -> None:  # noqa: ANN001
    (tmp_path / "desktop_app" / "store" / "__init__.py").write_text('"""A layer."""\n\nimport os\n', encoding="utf-8")
    (tmp_path / "desktop_app" / "bitrix" / "__init__.py").write_text(
        '"""A layer."""\n\nimport PySide6\n\n__all__ = ["PySide6"]\n', encoding="utf-8")

    assert bootstrap.run_linters() == ["ruff check", "lint-imports (layer contracts)"]
    out = capfd.readouterr().out
    assert "F401" in out and "desktop_app/store/__init__.py" in out  # the unused import, by file
    assert "desktop_app.bitrix is not allowed to import PySide6" in out
