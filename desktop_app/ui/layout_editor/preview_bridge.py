"""Where the editor gets its card preview from: ``desktop_app.ui.preview.LayoutPreviewWidget`` and
``desktop_app.ui.cards.PreviewOptions`` (issue 11 contract). Until they land, a stand-in."""

from __future__ import annotations

from ._standin_preview import LayoutPreviewWidget, PreviewOptions

__all__ = ["LayoutPreviewWidget", "PreviewOptions"]
