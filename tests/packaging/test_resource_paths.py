"""The one resource resolver (desktop_app/resource_paths.py) and the build configuration that ships
``resources/`` in the wheel. Fast checks only: the built wheel installed into a fresh venv, and the
PyInstaller bundle, are checked by ``bash packaging/linux/smoke.sh`` (packaging/README.md).

No ``__init__.py`` in this folder on purpose: with ``tests/`` on ``sys.path`` a regular package named
``packaging`` here would shadow PyPI's ``packaging``.
"""

from __future__ import annotations

import fnmatch
import importlib.util
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

import desktop_app
from desktop_app import resource_paths
from desktop_app.resource_paths import MissingResource, require_resource, resource_path

REPO = Path(desktop_app.__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_source_checkout_finds_the_top_level_resources() -> None:
    icon = resource_path("icons", "activity-desk.svg")
    assert icon == REPO / "resources" / "icons" / "activity-desk.svg"
    assert icon.read_text(encoding="utf-8").lstrip().startswith("<")
    assert sorted(resource_path("layout_templates").glob("*.json")), "the layout editor's templates are found"


def test_a_segment_may_hold_slashes() -> None:
    assert resource_path("icons/activity-desk.svg") == resource_path("icons", "activity-desk.svg")


@pytest.mark.parametrize("bad", ["..", "../pyproject.toml", "icons/../../x", "/etc/passwd"])
def test_nothing_outside_resources_is_reachable(bad: str) -> None:
    with pytest.raises(ValueError, match="must be relative"):
        resource_path(bad)


def test_a_missing_file_is_named_with_what_to_do() -> None:
    with pytest.raises(MissingResource) as caught:
        require_resource("icons", "no-such-icon.svg")
    message = str(caught.value)
    assert "icons/no-such-icon.svg" in message and "reinstall" in message
    assert caught.value.relative == "icons/no-such-icon.svg"
    assert isinstance(caught.value, FileNotFoundError)


def test_a_pyinstaller_bundle_reads_from_its_own_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("i18n", "activity_desk_ru.qm") == tmp_path / "desktop_app" / "resources" / "i18n" / "activity_desk_ru.qm"


def test_an_installed_wheel_reads_its_package_data(tmp_path: Path) -> None:
    """The wheel's layout (``site-packages/desktop_app/resources``), laid out by hand; the real wheel
    is built and installed by the packaging smoke test."""
    site = tmp_path / "site-packages"
    (site / "desktop_app" / "resources" / "icons").mkdir(parents=True)
    shutil.copy(resource_paths.__file__, site / "desktop_app" / "resource_paths.py")
    (site / "desktop_app" / "resources" / "icons" / "activity-desk.svg").write_text("<svg/>", encoding="utf-8")
    spec = importlib.util.spec_from_file_location("wheel_resource_paths", site / "desktop_app" / "resource_paths.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.resource_path("icons", "activity-desk.svg") == site / "desktop_app" / "resources" / "icons" / "activity-desk.svg"
    assert module.require_resource("icons", "activity-desk.svg").read_text(encoding="utf-8") == "<svg/>"


def test_the_wheel_lists_every_package_and_maps_resources() -> None:
    """``pyproject.toml`` spells the package list out (package-dir needs it): a new package folder
    left out of it would be missing from the wheel and every bundle."""
    setuptools = PYPROJECT["tool"]["setuptools"]
    on_disk = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "desktop_app").rglob("__init__.py")}
    data = {"desktop_app.resources"} | {f"desktop_app.resources.{d.name}" for d in (REPO / "resources").iterdir() if d.is_dir()}
    assert set(setuptools["packages"]) == on_disk | data
    assert setuptools["package-dir"] == {"desktop_app.resources": "resources"}


def test_every_runtime_resource_file_is_package_data() -> None:
    """Everything in resources/ but translation sources (``.ts``) matches a package-data pattern."""
    package_data = PYPROJECT["tool"]["setuptools"]["package-data"]
    files = [p.relative_to(REPO / "resources") for p in (REPO / "resources").rglob("*") if p.is_file()]
    assert files
    missed = [f.as_posix() for f in files if f.suffix != ".ts" and not any(
        fnmatch.fnmatch(f.name, pattern) for pattern in package_data.get(".".join(("desktop_app.resources", *f.parent.parts)), []))]
    assert missed == []


def test_no_module_finds_resources_its_own_way() -> None:
    """Only resource_paths.py may spell out where ``resources/`` is: a module reaching for it beside
    the checkout (``Path(__file__).parents[…] / "resources"``) works from the source only — in a wheel
    or a bundle the file is elsewhere (the sandbox demo then fell back and refused its own layout
    blocks)."""
    own_way = [f"{path.relative_to(REPO)}:{number}"
               for path in sorted((REPO / "desktop_app").rglob("*.py")) if path.name != "resource_paths.py"
               for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
               if "(__file__)" in line or any(quote + "resources" + quote in line for quote in "\"'")]
    assert own_way == []


def test_packaging_folder_never_shadows_pypi_packaging() -> None:
    assert not list((REPO / "packaging").rglob("__init__.py"))
    assert not list((REPO / "tests" / "packaging").rglob("__init__.py"))
    import packaging.version

    assert packaging.version.Version("1.0") < packaging.version.Version("1.10")
