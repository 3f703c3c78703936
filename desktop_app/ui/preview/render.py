"""Rendering a layout's card to a PNG file, headless (used by ``activity-desk preview`` and the
reference-image tests)."""

from __future__ import annotations

import os
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from desktop_app.ui.cards import CardTree, PreviewOptions

__all__ = ["render_layout_image", "render_layout_png"]

MARGIN = 12


def render_layout_image(
    layout: Mapping[str, Any] | None,
    options: PreviewOptions | None = None,
    *,
    width: int = 560,
    kind: str = "layout",
    invalid_paths: Collection[str] | Mapping[str, str] = (),
):  # noqa: ANN201 - QImage (imported lazily)
    """The card as a ``QImage`` (ARGB32, ``width`` px wide, device pixel ratio 1) on the page colour.
    Needs a ``QGuiApplication``."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    options = options or PreviewOptions()
    tree = CardTree.from_layout(layout, options, invalid_paths=invalid_paths, kind=kind)
    inner = width - 2 * MARGIN
    height = tree.measure(inner) + 2 * MARGIN
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(tree.ctx.theme.page)
    painter = QPainter(image)
    tree.paint(painter, QRectF(MARGIN, MARGIN, inner, height - 2 * MARGIN))
    painter.end()
    return image


def ensure_gui_application():  # noqa: ANN201 - QGuiApplication
    """The running ``QGuiApplication``, or a new one on the offscreen platform when there is no display."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["activity-desk"])
    return app


def render_layout_png(
    layout: Mapping[str, Any] | None,
    options: PreviewOptions | None,
    path: str | os.PathLike[str],
    *,
    width: int = 560,
    kind: str = "layout",
    invalid_paths: Collection[str] | Mapping[str, str] = (),
) -> None:
    """Write the card of ``layout`` (a LayoutDto dict, or a RestAppLayoutDto with ``kind="rest_app"``)
    as a PNG of ``width`` px to ``path``. Offscreen-safe: creates a ``QGuiApplication`` on the
    offscreen platform when none runs and there is no display.

    Raises:
        OSError: the file cannot be written.
    """
    ensure_gui_application()
    image = render_layout_image(layout, options, width=width, kind=kind, invalid_paths=invalid_paths)
    target = Path(path)
    if not image.save(str(target), "PNG"):
        raise OSError(f"cannot write a PNG to {target}")
