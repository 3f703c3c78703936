"""``TimelineCardTree``: the card of a plain timeline activity (todo, call, meeting, e-mail, task …)
built from the timeline's ``CardData`` — the same measure → paint → hit-test tree as a layout's
card (:class:`~desktop_app.ui.cards.tree.CardTree`), with the shape of the web timeline's own
activities (server-behaviour.md §4.2). A ``CardData`` carrying a layout is drawn by
``CardTree.from_layout`` instead (see ``CardTree.from_card``).

Geometry (logical px, ``x``/``y`` from the top left of the painted rect; constant height ``ROW_HEIGHT``)::

    |  ●──┐ ╭──────────────────────────────────────────────────────╮
    |  │  │ │ Title (bold 13 px #333, elided)        today, 3:00 pm │  date 13 px #bdc1c6
    | (32)│ │ [OVERDUE pill]  Responsible Name        [sync pill]   │  pills 12 px semi-bold, 20 px high
    |  │    │ Description preview, one line (#828b95)               │
    |  │    ╰──────────────────────────────────────────────────────╯

* The icon circle (32 px, centred on x = ``LINE_X``, 9 px below the top) in the state colour
  (``timeline.palette.circle_color``) with the kind's white glyph; the card from x = ``CARD_LEFT``
  to 8 px before the right edge, 3 px margins above and below, radius 8, ``#FFFEEF`` planned / the
  todo's ``itemBackground`` / white history, 1 px ``#dfe0e3`` border.
* The state pill names the state (never colour only); the sync pill (``CardData.sync``) ends line 2.
* ``selected`` paints a 2 px highlight border and a light tint; ``high_contrast`` turns the grey
  date and description to ``#525c69``. Cards stay light in a dark palette.
* Hot zones of open todos (:meth:`hit_test`): the icon circle (``changeColor``), the header date
  (``changeDeadline``) and the responsible name (``changeResponsible``); ``CardAction.path`` is the
  zone name ``color`` / ``deadline`` / ``responsible``. Completed todos and other activities have none.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPen

from desktop_app.ui.timeline.palette import (
    card_background,
    circle_color,
    glyph_name,
    pill_colors,
    sync_pill_colors,
)

from .actions import CardAction
from .build import CardParts, parts_from_card
from .glyphs import glyph_pixmap
from .nodes import Ctx
from .tree import CardTree, _tr

__all__ = ["CARD_LEFT", "CARD_RIGHT_MARGIN", "CARD_V_MARGIN", "ICON_SIZE", "ICON_TOP", "LINE_X", "ROW_HEIGHT", "ZONES",
           "TimelineCardTree"]

ROW_HEIGHT = 92
LINE_X = 24
ICON_SIZE = 32
GLYPH_SIZE = 18
CARD_LEFT = LINE_X + ICON_SIZE // 2 + 12
CARD_RIGHT_MARGIN = 8
CARD_V_MARGIN = 3
CARD_RADIUS = 8.0
ICON_TOP = 6
PADDING = 16
PILL_HEIGHT = 20

#: Hot zone (``CardAction.path``) → action kind.
ZONES = {"color": "changeColor", "deadline": "changeDeadline", "responsible": "changeResponsible"}

_TITLE = QColor("#333333")
_DATE = QColor("#bdc1c6")
_SECONDARY = QColor("#525c69")
_PREVIEW = QColor("#828b95")
_BORDER = QColor("#dfe0e3")
_WHITE = QColor("#ffffff")

_FONT_SETS: dict[str, tuple[dict[str, QFont], dict[str, QFontMetrics]]] = {}


def _fonts(base: QFont) -> tuple[dict[str, QFont], dict[str, QFontMetrics]]:
    """The card's fonts (title, date, pill, name, preview) derived from ``base``; cached per font key."""
    key = base.key()
    found = _FONT_SETS.get(key)
    if found is None:
        def make(pixel_size: int, weight: QFont.Weight) -> QFont:
            font = QFont(base)
            font.setPixelSize(pixel_size)
            font.setWeight(weight)
            return font

        fonts = {
            "title": make(13, QFont.Weight.Bold),
            "date": make(13, QFont.Weight.Normal),
            "pill": make(12, QFont.Weight.DemiBold),
            "name": make(13, QFont.Weight.Normal),
            "preview": make(13, QFont.Weight.Normal),
        }
        found = fonts, {name: QFontMetrics(font) for name, font in fonts.items()}
        _FONT_SETS[key] = found
    return found


class TimelineCardTree(CardTree):
    """A plain activity's card (``CardData``): ``measure(width)`` → ``ROW_HEIGHT`` for every width,
    ``paint(painter, rect)``, ``hit_test(pos)`` → the quick edit under ``pos`` (open todos only).

    ``parts`` holds the card as blocks (title, the state pill as a tag, responsible and preview as
    text blocks; :func:`~desktop_app.ui.cards.build.parts_from_card`, made on first use);
    :meth:`part_rects` gives where each part is painted.
    """

    def __init__(self, ctx: Ctx, card: Any, base_font: QFont | None = None) -> None:
        # Not CardTree.__init__: a timeline builds thousands of these while scrolling, so nothing
        # is made that painting does not need (no marks, areas or menu; ``parts`` on first use).
        self.ctx = ctx
        self.card = card
        self.menu_open = False
        self.card_mark: str | None = None
        self._parts: CardParts | None = None
        self._areas: dict[str, Any] = {}
        self._heights: dict[int, int] = {}
        self._width = -1
        self._regions: list[tuple[QRectF, CardAction]] = []
        self._origin = QPointF()
        activity = getattr(card, "activity", None)
        #: Open todos have quick edits (the portal refuses to edit completed todos).
        self.quick_edits = bool(getattr(activity, "is_todo", False)) and not getattr(activity, "completed", False)
        self._base = QFont(base_font) if base_font is not None else QGuiApplication.font()
        self._rects: dict[str, QRect] = {}

    @property
    def parts(self) -> CardParts:  # type: ignore[override]
        """The card as blocks: title, the state pill as a tag, responsible and preview as text blocks."""
        if self._parts is None:
            self._parts = parts_from_card(self.ctx, self.card)
        return self._parts

    def set_font(self, base: QFont) -> None:
        """Paint with fonts derived from ``base`` (the view's font); re-lays out when it changed."""
        if base.key() != self._base.key():
            self._base = QFont(base)
            self._invalidate()

    # ------------------------------------------------------------------ layout
    def _layout(self, width: int) -> int:
        self._width = width
        metrics = _fonts(self._base)[1]
        card = self.card
        body = QRect(CARD_LEFT, CARD_V_MARGIN, max(0, width - CARD_LEFT - CARD_RIGHT_MARGIN),
                     ROW_HEIGHT - 2 * CARD_V_MARGIN)
        inner = body.adjusted(PADDING, 0, -PADDING, 0)
        top = inner.top()
        date_text = str(getattr(card, "date_text", "") or "")
        date_width = metrics["date"].horizontalAdvance(date_text) if date_text else 0
        date = QRect(inner.right() + 1 - date_width, top + 10, date_width, 18) if date_width else QRect()
        title_width = max(0, inner.width() - (date_width + 9 if date_width else 0))
        title = QRect(inner.left(), top + 10, title_width, 18)
        pill_width = metrics["pill"].horizontalAdvance(str(getattr(card, "pill_text", "") or "")) + 18
        pill = QRect(inner.left(), top + 34, min(pill_width, inner.width()), PILL_HEIGHT)
        sync = QRect()
        right = inner.right() + 1
        badge = getattr(card, "sync", None)
        if badge is not None:
            sync_width = min(metrics["pill"].horizontalAdvance(badge.text) + 18,
                             max(0, right - (pill.right() + 1 + 8)))
            sync = QRect(right - sync_width, pill.top(), sync_width, PILL_HEIGHT)
            right = sync.left() - 8
        responsible = QRect()
        name = str(getattr(card, "responsible", "") or "")
        if name:
            left = pill.right() + 1 + 8
            responsible = QRect(left, pill.top(), min(max(0, right - left), metrics["name"].horizontalAdvance(name)),
                                PILL_HEIGHT)
        icon = QRect(LINE_X - ICON_SIZE // 2, CARD_V_MARGIN + ICON_TOP, ICON_SIZE, ICON_SIZE)
        preview = QRect(inner.left(), top + 60, inner.width(), 18)
        self._rects = {"card": body, "icon": icon, "title": title, "date": date, "state_pill": pill,
                       "responsible": responsible, "sync_pill": sync, "preview": preview}
        self._regions = []
        if self.quick_edits:
            labels = {"color": _tr("Icon (the todo's colour)"), "deadline": _tr("Deadline"),
                      "responsible": _tr("Responsible person")}
            for zone, rect in (("color", icon), ("deadline", date), ("responsible", responsible)):
                if not rect.isEmpty():
                    self._regions.append((QRectF(rect.adjusted(-2, -2, 2, 2)),
                                          CardAction(ZONES[zone], labels[zone], {}, zone)))
        return ROW_HEIGHT

    def part_rects(self, width: int) -> dict[str, QRect]:
        """Where the parts are for ``width`` (relative to the painted rect's top left): ``card``,
        ``icon``, ``title``, ``date``, ``state_pill``, ``responsible``, ``sync_pill``, ``preview``
        (``QRect``; empty when absent)."""
        if width != self._width or not self._rects:
            self._heights[width] = self._layout(width)
        return dict(self._rects)

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, rect: QRectF | QRect, *, selected: bool = False,
              highlight: QColor | None = None, high_contrast: bool = False) -> None:
        """Paint the icon circle and the card at ``rect.topLeft()``, ``rect.width()`` wide (the timeline
        line and the focus frame belong to the view). ``selected``: a 2 px ``highlight`` border and tint."""
        rect = QRectF(rect)
        width = int(rect.width())
        if width != self._width or not self._rects:
            self._heights[width] = self._layout(width)
        self._origin = rect.topLeft()
        fonts, metrics = _fonts(self._base)
        card, parts = self.card, self._rects
        device = painter.device()
        dpr = device.devicePixelRatioF() if device is not None else 1.0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        painter.translate(self._origin)
        body_f = QRectF(parts["card"]).adjusted(0.5, 0.5, -0.5, -0.5)
        activity = getattr(card, "activity", None)
        state = getattr(card, "state", None)
        background = card_background(card) if state is not None and activity is not None else _WHITE
        if selected:
            highlight = QColor(highlight if highlight is not None else QColor("#2fc6f6"))
            tint = QColor(highlight)
            tint.setAlpha(20)
            painter.setPen(QPen(highlight, 2))
            painter.setBrush(background)
            painter.drawRoundedRect(body_f.adjusted(0.5, 0.5, -0.5, -0.5), CARD_RADIUS, CARD_RADIUS)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tint)
            painter.drawRoundedRect(body_f.adjusted(1.5, 1.5, -1.5, -1.5), CARD_RADIUS, CARD_RADIUS)
        else:
            painter.setPen(QPen(_BORDER, 1))
            painter.setBrush(background)
            painter.drawRoundedRect(body_f, CARD_RADIUS, CARD_RADIUS)
        grey_date = _SECONDARY if high_contrast else _DATE
        grey_preview = _SECONDARY if high_contrast else _PREVIEW
        left_v = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # Line 1: title … date.
        date_text = str(getattr(card, "date_text", "") or "")
        if not parts["date"].isEmpty():
            painter.setFont(fonts["date"])
            painter.setPen(grey_date)
            painter.drawText(parts["date"], Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date_text)
        painter.setFont(fonts["title"])
        painter.setPen(_TITLE)
        title = metrics["title"].elidedText(str(getattr(card, "title", "") or ""), Qt.TextElideMode.ElideRight,
                                            parts["title"].width())
        painter.drawText(parts["title"], left_v, title)
        # Line 2: state pill, responsible … sync pill.
        if state is not None:
            self._paint_pill(painter, parts["state_pill"], pill_colors(state), str(card.pill_text), fonts, metrics)
        badge = getattr(card, "sync", None)
        if badge is not None and not parts["sync_pill"].isEmpty():
            self._paint_pill(painter, parts["sync_pill"], sync_pill_colors(badge.kind), badge.text, fonts, metrics)
        if not parts["responsible"].isEmpty():
            painter.setFont(fonts["name"])
            painter.setPen(_SECONDARY)
            name = metrics["name"].elidedText(str(card.responsible), Qt.TextElideMode.ElideRight,
                                              parts["responsible"].width())
            painter.drawText(parts["responsible"], left_v, name)
        # Line 3: description preview.
        preview_text = str(getattr(card, "preview", "") or "")
        if preview_text:
            painter.setFont(fonts["preview"])
            painter.setPen(grey_preview)
            preview = metrics["preview"].elidedText(preview_text, Qt.TextElideMode.ElideRight, parts["preview"].width())
            painter.drawText(parts["preview"], left_v, preview)
        # The icon circle on the rail, in the state colour, with the kind's glyph.
        if state is not None and activity is not None:
            color = circle_color(card)
            painter.setPen(QPen(color, 1))
            painter.setBrush(color)
            painter.drawEllipse(QRectF(parts["icon"]).adjusted(0.5, 0.5, -0.5, -0.5))
            offset = (ICON_SIZE - GLYPH_SIZE) // 2
            painter.drawPixmap(QPointF(parts["icon"].left() + offset, parts["icon"].top() + offset),
                               glyph_pixmap(glyph_name(activity), GLYPH_SIZE, _WHITE, dpr))
        painter.restore()

    @staticmethod
    def _paint_pill(painter: QPainter, rect: QRect, colors: tuple[QColor, QColor], text: str,
                    fonts: dict[str, QFont], metrics: dict[str, QFontMetrics]) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors[0])
        painter.drawRoundedRect(QRectF(rect), PILL_HEIGHT / 2, PILL_HEIGHT / 2)
        painter.setFont(fonts["pill"])
        painter.setPen(colors[1])
        text = metrics["pill"].elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width() - 12))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
