"""``TimelineCardTree``: the card of a plain timeline activity (todo, call, meeting, e-mail, task …)
built from the timeline's ``CardData`` — the same measure → paint → hit-test tree as a layout's
card (:class:`~desktop_app.ui.cards.tree.CardTree`), with the shape of the web timeline's own
activities (server-behaviour.md §4.2). A ``CardData`` carrying a layout is drawn by
``CardTree.from_layout`` instead (see ``CardTree.from_card``).

Geometry (logical px, ``x``/``y`` from the top left of the painted rect; height :func:`card_height`,
``ROW_HEIGHT`` for a card with none of the optional lines; taller while "Show more" is open)::

    |  ●──┐ ╭──────────────────────────────────────────────────────╮
    |  │  │ │ ○ Title (bold 13 px #333, elided)      today, 3:00 pm │  date 13 px #bdc1c6; ○ = complete
    | (32)│ │ [OVERDUE pill] [📌 Pinned] Responsible  [sync pill]   │  pills 12 px semi-bold, 20 px high
    |  │    │ [Mon, February 3, 3:00 pm]                            │  deadline pill (§4.7), 21 px, optional
    |  │    │ 👤 Anna Smith · +1 555 0100                            │  client, optional
    |  │    │ Description preview, one line …           Show more   │  (expanded: all of it, "Show less")
    |  │    │ 📎 contract.pdf, File 12 (2)                           │  attachments, optional
    |  │    ╰──────────────────────────────────────────────────────╯

* The "complete" checkbox (a 16 px circle, §4.2 header) on open, confirmed cards (``CardData.checkable``):
  :meth:`hit_test` gives ``CardAction("complete")``. The deadline pill of planned cards is red
  (``rgba(255,87,82,.17)`` / ``#c21b16``) when overdue, ``#fef3b8`` / ``#828b95`` for open to-dos (it
  is a quick edit, ``changeDeadline``), ``#f1f4f6`` otherwise. "Show more"/"Show less" (``showMore`` /
  ``hide``) and the attachments line (``files``) are clickable too.

* The icon circle (32 px, centred on x = ``LINE_X``, 9 px below the top) in the state colour
  (``timeline.palette.circle_color``) with the kind's white glyph; the card from x = ``CARD_LEFT``
  to 8 px before the right edge, 3 px margins above and below, radius 8, ``#FFFEEF`` planned / the
  todo's ``itemBackground`` / white history, 1 px ``#dfe0e3`` border.
* The state pill names the state (never colour only); the sync pill (``CardData.sync``) ends line 2.
* ``selected`` paints a 2 px highlight border and a light tint; ``high_contrast`` turns the grey
  date and description to ``#525c69``. With ``PreviewOptions.dark`` the card, its frame and texts take
  the dark theme's colours (``cards.theme.DARK``); pills keep theirs.
* Hot zones of open todos (:meth:`hit_test`): the icon circle (``changeColor``), the header date
  (``changeDeadline``) and the responsible name (``changeResponsible``); ``CardAction.path`` is the
  zone name ``color`` / ``deadline`` / ``responsible``. Completed todos and other activities have none.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
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
from .text import Paragraph, plain_line
from .theme import Theme
from .tree import CardTree, translate

__all__ = ["CARD_LEFT", "CARD_RIGHT_MARGIN", "CARD_V_MARGIN", "ICON_SIZE", "ICON_TOP", "LINE_X", "ROW_HEIGHT", "ZONES",
           "TimelineCardTree", "card_height", "deadline_pill_colors"]

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
DATE_PILL_HEIGHT = 21
CHECK_SIZE = 16
LINE_HEIGHT = 18
LINE_GAP = 6

#: Hot zone (``CardAction.path``) → action kind.
ZONES = {"color": "changeColor", "deadline": "changeDeadline", "responsible": "changeResponsible"}

_TITLE = QColor("#333333")
_DATE = QColor("#bdc1c6")
_SECONDARY = QColor("#525c69")
_PREVIEW = QColor("#828b95")
_BORDER = QColor("#dfe0e3")
_WHITE = QColor("#ffffff")
_CHECK = QColor("#a8adb4")
_LINK = QColor("#2066b0")
_PIN_BG = QColor("#e2f1b3")
_PIN_TEXT = QColor("#688800")
_PINNED_BACKGROUND = QColor("#fafded")


class _Colors(NamedTuple):
    """The plain card's text and frame colours: the portal's (light), or a dark :class:`Theme`'s."""

    title: QColor = _TITLE
    date: QColor = _DATE
    secondary: QColor = _SECONDARY
    preview: QColor = _PREVIEW
    border: QColor = _BORDER
    white: QColor = _WHITE
    check: QColor = _CHECK
    link: QColor = _LINK

    @classmethod
    def of(cls, theme: Theme | None) -> _Colors:
        if theme is None:
            return _LIGHT_COLORS
        return cls(title=theme.title, date=theme.date, secondary=theme.subtle, preview=theme.subtle,
                   border=theme.card_border, white=theme.card_done, check=theme.subtle, link=theme.link)


_LIGHT_COLORS = _Colors()
_OVERDUE_PILL = (QColor(255, 87, 82, 43), QColor("#c21b16"))
_EDITABLE_PILL = (QColor("#fef3b8"), QColor("#828b95"))
_READONLY_PILL = (QColor("#f1f4f6"), QColor("#828b95"))


def card_height(card: Any) -> int:
    """The height (px) of a plain card with its description collapsed: ``ROW_HEIGHT`` plus a line for
    each of the deadline pill, the client and the attachments it shows (the attachments take the
    description's line when there is no description). Width-independent."""
    height = ROW_HEIGHT
    if getattr(card, "deadline_pill", ""):
        height += DATE_PILL_HEIGHT + LINE_GAP
    if getattr(card, "client", ""):
        height += LINE_HEIGHT + LINE_GAP
    if getattr(card, "files_text", "") and getattr(card, "preview", ""):  # else in the description's line
        height += LINE_HEIGHT + LINE_GAP
    return height


def deadline_pill_colors(card: Any) -> tuple[QColor, QColor]:
    """(background, text) of a card's deadline pill: red when overdue, yellow when it can be changed
    (an open to-do), grey otherwise (server-behaviour.md §4.7, §4.2 tokens)."""
    from desktop_app.ui.timeline.cards import CardState

    if getattr(card, "state", None) == CardState.OVERDUE:
        return _OVERDUE_PILL
    activity = getattr(card, "activity", None)
    if activity is not None and getattr(activity, "is_todo", False) and not getattr(activity, "completed", False):
        return _EDITABLE_PILL
    return _READONLY_PILL

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
    """A plain activity's card (``CardData``): ``measure(width)`` → :func:`card_height` (measured for
    the width while the whole description is shown), ``paint(painter, rect)``, ``hit_test(pos)`` → the
    action under ``pos``: ``complete``, ``showMore`` / ``hide``, ``files``, or a quick edit (open to-dos).

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
        self._paragraph: Paragraph | None = None

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
        height = card_height(card)
        inner_left = CARD_LEFT + PADDING
        inner_width = max(0, width - CARD_LEFT - CARD_RIGHT_MARGIN - 2 * PADDING)
        inner = QRect(inner_left, CARD_V_MARGIN, inner_width, 0)
        top = inner.top()
        right = inner.right() + 1
        # Line 1: [checkbox] title … date.
        check = QRect()
        title_left = inner.left()
        if getattr(card, "checkable", False):
            check = QRect(inner.left(), top + 11, CHECK_SIZE, CHECK_SIZE)
            title_left += CHECK_SIZE + 8
        date_text = str(getattr(card, "date_text", "") or "")
        date_width = metrics["date"].horizontalAdvance(date_text) if date_text else 0
        date = QRect(right - date_width, top + 10, date_width, 18) if date_width else QRect()
        title_width = max(0, right - title_left - (date_width + 9 if date_width else 0))
        title = QRect(title_left, top + 10, title_width, 18)
        # Line 2: state pill, [pinned pill], responsible … sync pill.
        pill_width = metrics["pill"].horizontalAdvance(str(getattr(card, "pill_text", "") or "")) + 18
        pill = QRect(inner.left(), top + 34, min(pill_width, inner.width()), PILL_HEIGHT)
        after_pill = pill.right() + 1 + 8
        pin = QRect()
        if getattr(card, "pinned", False):
            pin_width = metrics["pill"].horizontalAdvance(translate("CardTree", "Pinned")) + 18 + 14
            pin = QRect(after_pill, pill.top(), min(pin_width, max(0, right - after_pill)), PILL_HEIGHT)
            after_pill = pin.right() + 1 + 8
        sync = QRect()
        badge = getattr(card, "sync", None)
        if badge is not None:
            sync_width = min(metrics["pill"].horizontalAdvance(badge.text) + 18, max(0, right - after_pill))
            sync = QRect(right - sync_width, pill.top(), sync_width, PILL_HEIGHT)
            right = sync.left() - 8
        responsible = QRect()
        name = str(getattr(card, "responsible", "") or "")
        if name:
            responsible = QRect(after_pill, pill.top(),
                                min(max(0, right - after_pill), metrics["name"].horizontalAdvance(name)), PILL_HEIGHT)
        right = inner.right() + 1
        y = top + 60
        # The deadline pill of a planned card (§4.7).
        deadline = QRect()
        deadline_text = str(getattr(card, "deadline_pill", "") or "")
        if deadline_text:
            deadline = QRect(inner.left(), y, min(inner.width(), metrics["pill"].horizontalAdvance(deadline_text) + 18),
                             DATE_PILL_HEIGHT)
            y += DATE_PILL_HEIGHT + LINE_GAP
        # The client: name · phone.
        client = QRect()
        if getattr(card, "client", ""):
            client = QRect(inner.left(), y, inner.width(), LINE_HEIGHT)
            y += LINE_HEIGHT + LINE_GAP
        # The description: one line (with "Show more" when there is more), or all of it.
        preview = QRect(inner.left(), y, inner.width(), LINE_HEIGHT)
        more = QRect()
        self._paragraph = None
        preview_text = str(getattr(card, "preview", "") or "")
        full = str(getattr(card, "description", "") or "")
        if preview_text:
            link = translate("CardTree", "Show less") if getattr(card, "expanded", False) else translate("CardTree", "Show more")
            link_width = metrics["preview"].horizontalAdvance(link) + 4
            longer = bool(full) or bool(getattr(card, "has_more", False)) \
                or metrics["preview"].horizontalAdvance(preview_text) > inner.width()
            if getattr(card, "expanded", False) and longer:
                self._paragraph = Paragraph(plain_line(full or preview_text, multiline=True), 13)
                text_height = int(self._paragraph.layout(inner.width()) + 0.999)
                preview = QRect(inner.left(), y, inner.width(), text_height)
                y += text_height
                more = QRect(inner.left(), y, link_width, LINE_HEIGHT)
            elif longer:
                preview = QRect(inner.left(), y, max(0, inner.width() - link_width - 8), LINE_HEIGHT)
                more = QRect(right - link_width, y, link_width, LINE_HEIGHT)
        # The attachments: paperclip, names, count (in the description's line when there is none).
        files = QRect()
        if getattr(card, "files_text", ""):
            if preview_text:
                y += LINE_HEIGHT + LINE_GAP
            files = QRect(inner.left(), y, inner.width(), LINE_HEIGHT)
        y += LINE_HEIGHT + LINE_GAP
        if self._paragraph is not None:
            height = max(height, y - LINE_GAP + 8 + CARD_V_MARGIN)
        body = QRect(CARD_LEFT, CARD_V_MARGIN, max(0, width - CARD_LEFT - CARD_RIGHT_MARGIN), height - 2 * CARD_V_MARGIN)
        icon = QRect(LINE_X - ICON_SIZE // 2, CARD_V_MARGIN + ICON_TOP, ICON_SIZE, ICON_SIZE)
        self._rects = {"card": body, "icon": icon, "title": title, "date": date, "state_pill": pill,
                       "responsible": responsible, "sync_pill": sync, "preview": preview, "check": check,
                       "pin": pin, "deadline": deadline, "client": client, "more": more, "files": files}
        self._regions = []
        if not check.isEmpty():
            self._regions.append((QRectF(check.adjusted(-4, -4, 4, 4)),
                                  CardAction("complete", translate("CardTree", "Checkbox “Complete”"), {}, "check")))
        if not more.isEmpty():
            kind = "hide" if getattr(card, "expanded", False) else "showMore"
            label = translate("CardTree", "Show less") if kind == "hide" else translate("CardTree", "Show more")
            self._regions.append((QRectF(more), CardAction(kind, label, {}, "more")))
        if not files.isEmpty():
            self._regions.append((QRectF(files), CardAction("files", translate("CardTree", "Files"), {}, "files")))
        if self.quick_edits:
            labels = {"color": translate("CardTree", "Icon (the to-do's colour)"), "deadline": translate("CardTree", "Deadline"),
                      "responsible": translate("CardTree", "Responsible person")}
            for zone, rect in (("color", icon), ("deadline", date), ("responsible", responsible),
                               ("deadline", deadline)):
                if not rect.isEmpty():
                    self._regions.append((QRectF(rect.adjusted(-2, -2, 2, 2)),
                                          CardAction(ZONES[zone], labels[zone], {}, zone)))
        return height

    def part_rects(self, width: int) -> dict[str, QRect]:
        """Where the parts are for ``width`` (relative to the painted rect's top left): ``card``,
        ``icon``, ``title``, ``date``, ``state_pill``, ``responsible``, ``sync_pill``, ``preview``,
        ``check`` (the complete checkbox), ``pin`` (the "Pinned" pill), ``deadline`` (the deadline
        pill), ``client``, ``more`` ("Show more"/"Show less"), ``files`` (``QRect``; empty when absent)."""
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
        if getattr(card, "pinned", False) and activity is not None and getattr(activity, "completed", False):
            background = _PINNED_BACKGROUND  # §4.2: pinned history cards are #fafded
        c = _Colors.of(self.ctx.theme if self.ctx.options.dark else None)
        if self.ctx.options.dark:
            background = self.ctx.theme.card_done if getattr(activity, "completed", False) else self.ctx.theme.card_open
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
            painter.setPen(QPen(c.border, 1))
            painter.setBrush(background)
            painter.drawRoundedRect(body_f, CARD_RADIUS, CARD_RADIUS)
        grey_date = c.secondary if high_contrast else c.date
        grey_preview = c.secondary if high_contrast else c.preview
        left_v = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        # Line 1: [checkbox] title … date.
        if not parts["check"].isEmpty():
            painter.setPen(QPen(c.secondary if high_contrast else c.check, 1.5))
            painter.setBrush(c.white)
            painter.drawEllipse(QRectF(parts["check"]).adjusted(0.75, 0.75, -0.75, -0.75))
        date_text = str(getattr(card, "date_text", "") or "")
        if not parts["date"].isEmpty():
            painter.setFont(fonts["date"])
            painter.setPen(grey_date)
            painter.drawText(parts["date"], Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, date_text)
        painter.setFont(fonts["title"])
        painter.setPen(c.title)
        title = metrics["title"].elidedText(str(getattr(card, "title", "") or ""), Qt.TextElideMode.ElideRight,
                                            parts["title"].width())
        painter.drawText(parts["title"], left_v, title)
        # Line 2: state pill, [pinned], responsible … sync pill.
        if state is not None:
            self._paint_pill(painter, parts["state_pill"], pill_colors(state), str(card.pill_text), fonts, metrics)
        if not parts["pin"].isEmpty():
            pin = parts["pin"]
            self._paint_pill(painter, pin.adjusted(0, 0, 0, 0), (_PIN_BG, _PIN_TEXT), "", fonts, metrics)
            painter.drawPixmap(QPointF(pin.left() + 7, pin.top() + 3), glyph_pixmap("mdi6.pin", 14, _PIN_TEXT, dpr))
            painter.setFont(fonts["pill"])
            painter.setPen(_PIN_TEXT)
            painter.drawText(pin.adjusted(22, 0, -6, 0), left_v,
                             metrics["pill"].elidedText(translate("CardTree", "Pinned"), Qt.TextElideMode.ElideRight,
                                                        max(0, pin.width() - 28)))
        badge = getattr(card, "sync", None)
        if badge is not None and not parts["sync_pill"].isEmpty():
            self._paint_pill(painter, parts["sync_pill"], sync_pill_colors(badge.kind), badge.text, fonts, metrics)
        if not parts["responsible"].isEmpty():
            painter.setFont(fonts["name"])
            painter.setPen(c.secondary)
            name = metrics["name"].elidedText(str(card.responsible), Qt.TextElideMode.ElideRight,
                                              parts["responsible"].width())
            painter.drawText(parts["responsible"], left_v, name)
        # The deadline pill: red when overdue, yellow when it can be changed, grey otherwise (§4.7).
        if not parts["deadline"].isEmpty():
            self._paint_pill(painter, parts["deadline"], deadline_pill_colors(card), str(card.deadline_pill),
                             fonts, metrics, radius=DATE_PILL_HEIGHT / 2)
        # The client.
        if not parts["client"].isEmpty():
            client = parts["client"]
            painter.drawPixmap(QPointF(client.left(), client.top() + 2), glyph_pixmap("mdi6.account", 14, c.secondary, dpr))
            painter.setFont(fonts["name"])
            painter.setPen(c.secondary)
            painter.drawText(client.adjusted(20, 0, 0, 0), left_v, metrics["name"].elidedText(
                str(card.client), Qt.TextElideMode.ElideRight, max(0, client.width() - 20)))
        # The description: one line, or all of it, and "Show more"/"Show less".
        preview_text = str(getattr(card, "preview", "") or "")
        if preview_text:
            painter.setFont(fonts["preview"])
            if self._paragraph is not None:
                painter.setPen(c.title if high_contrast else c.secondary)
                self._paragraph.draw(painter, parts["preview"].left(), parts["preview"].top())
            else:
                painter.setPen(grey_preview)
                preview = metrics["preview"].elidedText(preview_text, Qt.TextElideMode.ElideRight,
                                                        parts["preview"].width())
                painter.drawText(parts["preview"], left_v, preview)
            if not parts["more"].isEmpty():
                painter.setPen(c.link)
                painter.drawText(parts["more"], left_v,
                                 translate("CardTree", "Show less") if getattr(card, "expanded", False)
                                 else translate("CardTree", "Show more"))
        # The attachments.
        if not parts["files"].isEmpty():
            files = parts["files"]
            painter.drawPixmap(QPointF(files.left(), files.top() + 2), glyph_pixmap("mdi6.paperclip", 14, c.link, dpr))
            count = len(getattr(card, "file_ids", ()) or ())
            count_text = QCoreApplication.translate("CardTree", "(%n)", "", count) if count > 1 else ""
            count_width = metrics["name"].horizontalAdvance(count_text) + 6 if count_text else 0
            painter.setFont(fonts["name"])
            painter.setPen(c.link)
            text_rect = files.adjusted(20, 0, -count_width, 0)
            shown = metrics["name"].elidedText(str(card.files_text), Qt.TextElideMode.ElideRight, max(0, text_rect.width()))
            painter.drawText(text_rect, left_v, shown)
            if count_text:
                painter.setPen(c.secondary)
                painter.drawText(QRect(text_rect.left() + metrics["name"].horizontalAdvance(shown) + 6, files.top(),
                                       count_width, files.height()), left_v, count_text)
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
                    fonts: dict[str, QFont], metrics: dict[str, QFontMetrics], radius: float = PILL_HEIGHT / 2) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors[0])
        painter.drawRoundedRect(QRectF(rect), radius, radius)
        if not text:
            return
        painter.setFont(fonts["pill"])
        painter.setPen(colors[1])
        text = metrics["pill"].elidedText(text, Qt.TextElideMode.ElideRight, max(0, rect.width() - 12))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
