"""Colours, fonts and metrics of configurable cards, from the Bitrix24 web timeline
(server-behaviour.md §4.1 design tokens, §4.2 frame, §4.3–4.8 blocks). Dark colours are ours (the
portal has no dark timeline): same roles, contrast kept.

Fonts are the application font at the CSS pixel sizes, created once per (size, weight) and reused:
painting never creates a font.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication

__all__ = ["DARK", "LIGHT", "Theme", "font", "metrics"]


@dataclass(frozen=True)
class Theme:
    """One colour set; every attribute is a ``QColor``."""

    page: QColor              # around the card (the timeline page)
    rail: QColor              # the timeline line
    card_open: QColor         # scheduled card (§4.2 #FFFEEF)
    card_done: QColor         # history card (#fff)
    card_border: QColor
    icon_open: QColor         # icon circle of an open activity (primary #2fc6f6)
    icon_done: QColor         # … of a completed one (base-50)
    icon_glyph: QColor
    text: QColor              # #333
    title: QColor             # #333 bold 13 px
    date: QColor              # #bdc1c6
    subtle: QColor            # #828b95
    caption: QColor           # withTitle column title #a8adb4
    caption_inline: QColor    # withTitle inline title #828b95
    value: QColor             # withTitle value rgba(82,92,105,.9)
    link: QColor              # #2066b0
    text_base: dict           # text block colour code → QColor
    tags: dict                # tag type → (background, text)
    logo_tile: QColor         # #e5f9ff
    logo_circle: QColor       # white
    logo_glyph: QColor        # #2fc6f6
    logo_shadow: QColor
    pill_editable: QColor     # #fef3b8
    pill_readonly: QColor     # #f1f4f6
    pill_text: QColor         # #828b95
    caret: QColor             # rgba(130,139,149,.54)
    box_border: QColor        # largeText rgba(0,0,0,.1)
    button_primary: QColor    # #3bc8f5
    button_primary_text: QColor
    button_border: QColor     # #c6cdd3
    button_text: QColor       # #535b69
    footer_icon: QColor       # #bdc1c6
    avatar: QColor
    avatar_glyph: QColor
    menu_bg: QColor
    menu_border: QColor
    menu_text: QColor
    menu_hint: QColor
    section_border: QColor    # RestApp section frame
    invalid: QColor           # marks of invalid parts
    invalid_text: QColor


def _c(value: str, alpha: float | None = None) -> QColor:
    color = QColor(value)
    if alpha is not None:
        color.setAlphaF(alpha)
    return color


LIGHT = Theme(
    page=_c("#eef2f4"), rail=_c("#dfe0e3"), card_open=_c("#fffeef"), card_done=_c("#ffffff"),
    card_border=_c("#e6e7e9"), icon_open=_c("#2fc6f6"), icon_done=_c("#a8adb4"), icon_glyph=_c("#ffffff"),
    text=_c("#333333"), title=_c("#333333"), date=_c("#bdc1c6"), subtle=_c("#828b95"), caption=_c("#a8adb4"),
    caption_inline=_c("#828b95"), value=_c("#525c69", 0.9), link=_c("#2066b0"),
    text_base={"base_50": _c("#a8adb4"), "base_60": _c("#959ca4"), "base_70": _c("#828b95"), "base_90": _c("#525c69")},
    tags={
        "primary": (_c("#d3f4ff"), _c("#008dba")),
        "secondary": (_c("#e6e7e9"), _c("#6a737f")),
        "success": (_c("#e2f1b3"), _c("#688800")),
        "warning": (QColor(242, 228, 28, 107), _c("#7a5100")),
        "failure": (QColor(255, 87, 82, 43), _c("#c21b16")),
    },
    logo_tile=_c("#e5f9ff"), logo_circle=_c("#ffffff"), logo_glyph=_c("#2fc6f6"), logo_shadow=QColor(4, 61, 79, 20),
    pill_editable=_c("#fef3b8"), pill_readonly=_c("#f1f4f6"), pill_text=_c("#828b95"), caret=QColor(130, 139, 149, 138),
    box_border=QColor(0, 0, 0, 26), button_primary=_c("#3bc8f5"), button_primary_text=_c("#ffffff"),
    button_border=_c("#c6cdd3"), button_text=_c("#535b69"), footer_icon=_c("#bdc1c6"), avatar=_c("#dfe0e3"),
    avatar_glyph=_c("#ffffff"), menu_bg=_c("#ffffff"), menu_border=_c("#dfe0e3"), menu_text=_c("#333333"),
    menu_hint=_c("#a8adb4"), section_border=_c("#dfe0e3"), invalid=_c("#ff5752"), invalid_text=_c("#ffffff"),
)  # fmt: skip

DARK = Theme(
    page=_c("#16191c"), rail=_c("#3a3f45"), card_open=_c("#2a2a22"), card_done=_c("#23272b"),
    card_border=_c("#3a3f45"), icon_open=_c("#1a9dc8"), icon_done=_c("#5d656f"), icon_glyph=_c("#ffffff"),
    text=_c("#e6e7e9"), title=_c("#f1f4f6"), date=_c("#828b95"), subtle=_c("#a8adb4"), caption=_c("#828b95"),
    caption_inline=_c("#959ca4"), value=_c("#c8ccd1"), link=_c("#6cb4f5"),
    text_base={"base_50": _c("#828b95"), "base_60": _c("#959ca4"), "base_70": _c("#a8adb4"), "base_90": _c("#c8ccd1")},
    tags={
        "primary": (_c("#0b4658"), _c("#8fe0fa")),
        "secondary": (_c("#3a3f45"), _c("#c8ccd1")),
        "success": (_c("#34420b"), _c("#c7e46b")),
        "warning": (_c("#4d4310"), _c("#f2df7a")),
        "failure": (_c("#561a18"), _c("#ff9a96")),
    },
    logo_tile=_c("#17343d"), logo_circle=_c("#2a2e33"), logo_glyph=_c("#2fc6f6"), logo_shadow=QColor(0, 0, 0, 60),
    pill_editable=_c("#4d4310"), pill_readonly=_c("#33383e"), pill_text=_c("#d0d3d7"), caret=QColor(200, 204, 209, 160),
    box_border=QColor(255, 255, 255, 36), button_primary=_c("#1a9dc8"), button_primary_text=_c("#ffffff"),
    button_border=_c("#5d656f"), button_text=_c("#d0d3d7"), footer_icon=_c("#828b95"), avatar=_c("#4a5058"),
    avatar_glyph=_c("#c8ccd1"), menu_bg=_c("#2a2e33"), menu_border=_c("#4a5058"), menu_text=_c("#e6e7e9"),
    menu_hint=_c("#828b95"), section_border=_c("#4a5058"), invalid=_c("#ff6b66"), invalid_text=_c("#1b1b1b"),
)  # fmt: skip

_FONTS: dict[tuple[str, int, int], QFont] = {}
_METRICS: dict[tuple[str, int, int], QFontMetricsF] = {}


def _base_key() -> str:
    return QGuiApplication.font().family()


def font(pixel_size: int, weight: int = 400) -> QFont:
    """The application font at ``pixel_size`` CSS px and CSS ``weight`` (400 normal … 700 bold); cached."""
    key = (_base_key(), pixel_size, weight)
    cached = _FONTS.get(key)
    if cached is None:
        cached = QFont(QGuiApplication.font())
        cached.setPixelSize(pixel_size)
        cached.setWeight(QFont.Weight(weight))
        _FONTS[key] = cached
        _METRICS[key] = QFontMetricsF(cached)
    return cached


def metrics(pixel_size: int, weight: int = 400) -> QFontMetricsF:
    """``QFontMetricsF`` of :func:`font` (cached with it)."""
    font(pixel_size, weight)
    return _METRICS[(_base_key(), pixel_size, weight)]
