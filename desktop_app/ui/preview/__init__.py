"""Layout preview (issue 11 item 4, 6): the widget the layout editor shows, a headless PNG renderer,
and the ``activity-desk preview`` command (:mod:`desktop_app.preview_cli`).

Public API::

    widget = LayoutPreviewWidget(); widget.set_layout(layout, report); widget.set_options(PreviewOptions(...))
    widget.actionTriggered.connect(...)      # a CardAction; the widget shows action.describe()
    render_layout_png(layout, PreviewOptions(), "card.png", width=560, kind="layout")
"""

from desktop_app.ui.cards import CardAction, PreviewOptions

from .render import render_layout_image, render_layout_png
from .widget import LayoutPreviewWidget

__all__ = ["CardAction", "LayoutPreviewWidget", "PreviewOptions", "render_layout_image", "render_layout_png"]
