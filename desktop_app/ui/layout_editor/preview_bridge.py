"""Where the editor gets its card preview from: ``desktop_app.ui.preview.LayoutPreviewWidget`` and
``PreviewOptions`` (issue 11 contract; the one card painter in ``desktop_app.ui.cards``)."""

from __future__ import annotations

from desktop_app.ui.preview import LayoutPreviewWidget, PreviewOptions

__all__ = ["LayoutPreviewWidget", "PreviewOptions"]
