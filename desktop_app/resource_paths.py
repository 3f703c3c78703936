"""The one place that knows where ``resources/`` (icons, translations, layout templates) is at run time.

Three layouts, one answer:

* **source checkout** — the top-level ``resources/`` folder beside ``desktop_app/``;
* **installed wheel** — the same files shipped as package data ``desktop_app/resources/``
  (``pyproject.toml`` maps the top-level folder onto the package ``desktop_app.resources``);
* **PyInstaller bundle** — the spec file copies them to ``<bundle>/desktop_app/resources``
  (``sys._MEIPASS`` is the bundle's folder; ``sys.frozen`` is set).

Callers get a real :class:`~pathlib.Path` (Qt wants file names, and neither a wheel install nor
a one-folder bundle is ever a zip), e.g. ``resource_path("i18n", "activity_desk_ru.qm")``.
No Qt here: the layers below the UI may use it too.
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePath

_PACKAGE_DIR = Path(__file__).resolve().parent


class MissingResource(FileNotFoundError):
    """A file of ``resources/`` is not where the install should have put it (a partial or broken
    install). ``str()`` names the file and what to do; ``relative`` is the part asked for."""

    def __init__(self, relative: str, path: Path) -> None:
        self.relative = relative
        self.path = path
        super().__init__(
            f"The file {relative!r} that Activity Desk needs is missing (looked for {path}). "
            "The installation is incomplete: please reinstall Activity Desk."
        )


def resources_dir() -> Path:
    """The folder holding ``icons/``, ``i18n/`` and ``layout_templates/`` for this run.

    Frozen (PyInstaller) → ``sys._MEIPASS/desktop_app/resources``; otherwise the package data
    folder ``desktop_app/resources`` if it exists (wheel); otherwise ``resources/`` beside the
    package (source checkout, editable install). The folder itself is not checked here.
    """
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        return Path(sys._MEIPASS) / "desktop_app" / "resources"
    packaged = _PACKAGE_DIR / "resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / "resources"


def resource_path(*parts: str) -> Path:
    """``resources/<parts…>`` as a path, e.g. ``resource_path("icons", "activity-desk.svg")``.

    ``parts`` are relative path segments (a segment may itself contain ``/``). Raises
    ``ValueError`` for an absolute part or a ``..`` segment (nothing outside ``resources/`` is
    reachable through here). Does not check that the file exists: see :func:`require_resource`.
    """
    for part in parts:
        pure = PurePath(part)
        if pure.is_absolute() or ".." in pure.parts or pure.drive:
            raise ValueError(f"resource path part {part!r} must be relative and must not contain '..'")
    return resources_dir().joinpath(*parts)


def require_resource(*parts: str) -> Path:
    """:func:`resource_path`, and raises :class:`MissingResource` when nothing is there."""
    path = resource_path(*parts)
    if not path.exists():
        raise MissingResource("/".join(parts), path)
    return path
