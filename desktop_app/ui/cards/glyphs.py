"""Icon and logo glyphs of configurable cards: the Bitrix24 icon/logo codes mapped to the open
Material Design Icons set shipped with qtawesome (``mdi6.*``); no Bitrix24 artwork is used.

Codes: ``SYSTEM_ICON_CODES`` / ``SYSTEM_LOGO_CODES`` (server-behaviour.md §3.2). A code without a
mapping (a custom icon/logo uploaded on the portal, ``crm.timeline.icon.add``) gets
:data:`FALLBACK_ICON` / :data:`FALLBACK_LOGO`. Pixmaps are cached per (name, size, colour, device
pixel ratio): painting never creates one twice.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap

__all__ = ["FALLBACK_ICON", "FALLBACK_LOGO", "ICON_GLYPHS", "LOGO_GLYPHS", "glyph_pixmap", "icon_glyph", "logo_glyph"]

#: Bitrix24 timeline icon code (IconDto.code, the circle on the rail) → mdi6 glyph.
ICON_GLYPHS: dict[str, str] = {
    "call": "mdi6.phone",
    "call-incoming-missed": "mdi6.phone-missed",
    "call-incoming": "mdi6.phone-incoming",
    "call-completed": "mdi6.phone-check",
    "call-outcoming": "mdi6.phone-outgoing",
    "document": "mdi6.file-document-outline",
    "IM": "mdi6.chat-outline",
    "circle-check": "mdi6.check-circle-outline",
    "info": "mdi6.information-variant",
    "relation": "mdi6.vector-link",
    "link": "mdi6.link-variant",
    "unlink": "mdi6.link-variant-off",
    "store": "mdi6.storefront-outline",
    "view": "mdi6.eye-outline",
    "stage-change": "mdi6.swap-horizontal",
    "sum": "mdi6.sigma",
    "clock": "mdi6.clock-outline",
    "mail-outcome": "mdi6.email-arrow-right-outline",
    "complete": "mdi6.check-all",
    "check": "mdi6.check",
    "comment": "mdi6.comment-outline",
    "sms": "mdi6.message-processing-outline",
    "whatsapp": "mdi6.whatsapp",
    "telegram": "mdi6.send",
    "task": "mdi6.format-list-checks",
    "pipeline": "mdi6.filter-variant",
    "wallet": "mdi6.wallet-outline",
    "attention": "mdi6.alert-outline",
    "bank-card": "mdi6.credit-card-outline",
    "conversion": "mdi6.swap-vertical",
    "calendar": "mdi6.calendar-blank-outline",
    "circle-crossed": "mdi6.close-circle-outline",
    "task-ping": "mdi6.bell-ring-outline",
    "task-new-comment": "mdi6.comment-plus-outline",
    "task-viewed-comment": "mdi6.comment-eye-outline",
    "task-activity": "mdi6.clipboard-text-outline",
    "ai-copilot": "mdi6.creation",
    "ai-process": "mdi6.robot-outline",
    "restoration": "mdi6.restore",
    "arrow-up": "mdi6.arrow-up",
    "arrow-down": "mdi6.arrow-down",
    "visit": "mdi6.walk",
    "camera": "mdi6.camera-outline",
    "copy": "mdi6.content-copy",
    "robot": "mdi6.robot",
    "cycle-equal": "mdi6.sync",
    "bizproc": "mdi6.sitemap-outline",
    "message-with-point": "mdi6.message-badge-outline",
    "booking": "mdi6.calendar-check-outline",
    "repeat-sale": "mdi6.cart-arrow-up",
}

#: Bitrix24 timeline logo code (LogoDto.code, the 80 px tile in the body) → mdi6 glyph.
LOGO_GLYPHS: dict[str, str] = {
    "call-play-record": "mdi6.play-circle-outline",
    "call-default": "mdi6.phone",
    "call-incoming": "mdi6.phone-incoming",
    "call-outgoing": "mdi6.phone-outgoing",
    "document": "mdi6.file-document-outline",
    "document-print": "mdi6.printer-outline",
    "document-signed": "mdi6.file-sign",
    "document-draft": "mdi6.file-edit-outline",
    "openline": "mdi6.forum-outline",
    "channel-chat": "mdi6.chat-outline",
    "channel-avito": "mdi6.tag-outline",
    "channel-apple": "mdi6.apple",
    "channel-fb": "mdi6.facebook",
    "channel-fb-chat": "mdi6.facebook-messenger",
    "channel-instagram-direct": "mdi6.instagram",
    "channel-bitrix": "mdi6.message-outline",
    "channel-ok": "mdi6.account-circle-outline",
    "channel-telegram": "mdi6.send",
    "channel-viber": "mdi6.phone-message-outline",
    "channel-vk": "mdi6.alpha-v-circle-outline",
    "channel-vk-order": "mdi6.shopping-outline",
    "channel-whatsapp-bitrix": "mdi6.whatsapp",
    "channel-edna": "mdi6.message-text-outline",
    "channel-whatsapp": "mdi6.whatsapp",
    "mail-outcome": "mdi6.email-arrow-right-outline",
    "list-check": "mdi6.format-list-checks",
    "shop": "mdi6.store-outline",
    "notification": "mdi6.bell-outline",
    "comment": "mdi6.comment-outline",
    "sms": "mdi6.message-processing-outline",
    "shop-eye": "mdi6.store-search-outline",
    "bank-card": "mdi6.credit-card-outline",
    "calendar-share": "mdi6.calendar-export-outline",
    "unread-comment": "mdi6.comment-alert-outline",
    "task-activity": "mdi6.clipboard-text-outline",
    "ai-copilot": "mdi6.creation",
    "zoom": "mdi6.video-outline",
    "bizproc": "mdi6.sitemap-outline",
    "bizproc-task": "mdi6.clipboard-flow-outline",
    "repeat-sale": "mdi6.cart-arrow-up",
}
# "booking-wait-list-item" validates but the portal renders no logo (server-behaviour.md §3.2).

#: Glyph for an icon code without a mapping (custom icons: their image is on the portal).
FALLBACK_ICON = "mdi6.puzzle-outline"
#: Glyph for a logo code without a mapping.
FALLBACK_LOGO = "mdi6.puzzle-outline"
#: Logo codes the portal shows no logo for.
NO_LOGO = frozenset({"booking-wait-list-item"})

_PIXMAPS: dict[tuple[str, int, str, float], QPixmap] = {}


def icon_glyph(code: object) -> str:
    """mdi6 glyph name for an IconDto ``code`` (:data:`FALLBACK_ICON` when unknown or not a string)."""
    return ICON_GLYPHS.get(code, FALLBACK_ICON) if isinstance(code, str) else FALLBACK_ICON


def logo_glyph(code: object) -> str | None:
    """mdi6 glyph name for a LogoDto ``code``; ``None`` for codes the portal draws no logo for."""
    if isinstance(code, str) and code in NO_LOGO:
        return None
    return LOGO_GLYPHS.get(code, FALLBACK_LOGO) if isinstance(code, str) else FALLBACK_LOGO


def glyph_pixmap(name: str, size: int, color: QColor, dpr: float) -> QPixmap:
    """The glyph ``name`` as a ``size``×``size`` (logical px) pixmap in ``color`` at device pixel
    ratio ``dpr``; cached. Needs a ``QGuiApplication``."""
    key = (name, size, color.name(QColor.NameFormat.HexArgb), dpr)
    pixmap = _PIXMAPS.get(key)
    if pixmap is None:
        import qtawesome  # lazily: it needs a QGuiApplication

        pixmap = QPixmap(max(1, round(size * dpr)), max(1, round(size * dpr)))
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        qtawesome.icon(name, color=color).paint(painter, QRect(0, 0, size, size))
        painter.end()
        _PIXMAPS[key] = pixmap
    return pixmap
