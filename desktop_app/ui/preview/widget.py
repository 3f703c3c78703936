"""``LayoutPreviewWidget``: a configurable activity's card as the Bitrix24 timeline would show it,
for the layout editor (issue 11 item 4; server-behaviour.md §4, api-spec.md §5.12).

Clicks are described, never performed: a click on a button, link, tag, logo, title or menu item
emits ``actionTriggered(CardAction)`` and shows ``CardAction.describe()`` (plain text) on the info
line below the card; "…" opens the footer menu inside the card, "Show more"/"Hide" expand a
``largeText``. Keyboard: Tab / Shift+Tab move through the clickable elements (a focus frame shows
which), Enter or Space "clicks" it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QVBoxLayout, QWidget

from desktop_app.layout import LayoutReport
from desktop_app.ui.cards import CardAction, CardTree, PreviewOptions
from desktop_app.ui.cards.theme import DARK, LIGHT
from desktop_app.ui.plain_text import plain_tooltip

__all__ = ["LayoutPreviewWidget"]

MARGIN = 12


class LayoutPreviewWidget(QWidget):
    """Shows one layout's card with :class:`PreviewOptions`.

    * ``set_layout(layout, report=None)``: ``layout`` is the parsed dict (valid or not; ``None``
      clears); with a ``report`` (:class:`~desktop_app.layout.LayoutReport`) its errors are marked on
      the card at their paths and its ``kind`` chooses LayoutDto or RestAppLayoutDto.
    * ``set_kind("layout" | "rest_app")``: a RestAppLayoutDto is shown as its section in a host card.
    * ``set_options(PreviewOptions)`` / ``options()``.
    * signal ``actionTriggered(object)``: the :class:`CardAction` of a click.
    """

    actionTriggered = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout: Mapping[str, Any] | None = None
        self._report: LayoutReport | None = None
        self._kind = "layout"
        self._host: Any = None  # the activity a RestAppLayoutDto is previewed on (set_host)
        self._options = PreviewOptions()
        self._tree: CardTree | None = None
        self._focus = -1  # index into self._tree.actions() of the keyboard-focused element
        self._info = QLabel(self)
        self._info.setTextFormat(Qt.TextFormat.PlainText)
        self._info.setWordWrap(True)
        self._info.setObjectName("previewActionInfo")
        self._info.setText(self.tr("Click a button, link or menu item to see what it would do."))
        self._info.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        box = QVBoxLayout(self)
        box.setContentsMargins(MARGIN, 0, MARGIN, MARGIN)
        box.addStretch(1)
        box.addWidget(self._info)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Card preview"))
        self._info.setAccessibleName(self.tr("What the last click would do"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self._rebuild()

    # ------------------------------------------------------------------ API
    def set_layout(self, layout: Mapping[str, Any] | None, report: LayoutReport | None = None) -> None:
        """Show ``layout`` (``None`` = nothing); ``report`` marks its errors and gives its kind."""
        self._layout = layout if isinstance(layout, Mapping) else None
        self._report = report
        if report is not None:
            self._kind = report.kind
        self._rebuild()

    def set_kind(self, kind: str) -> None:
        """``"layout"`` (LayoutDto) or ``"rest_app"`` (RestAppLayoutDto inside a host card)."""
        self._kind = kind if kind in ("layout", "rest_app") else "layout"
        self._rebuild()

    def set_host(self, host: Any) -> None:
        """Preview a RestAppLayoutDto inside ``host`` (``cards.build.HostCard``; ``None``: a sample call)."""
        self._host = host
        self._rebuild()

    def set_options(self, options: PreviewOptions) -> None:
        """Preview as another viewer/state (language, read-only, scope, completed, dark)."""
        self._options = options
        self._rebuild()

    def options(self) -> PreviewOptions:
        return self._options

    def card_tree(self) -> CardTree | None:
        """The card being shown (``None`` without a layout)."""
        return self._tree

    def info_text(self) -> str:
        """The info line (what the last click would do)."""
        return self._info.text()

    def card_rect(self) -> QRectF:
        """Where the card is painted, in widget coordinates."""
        return QRectF(MARGIN, MARGIN, max(1, self.width() - 2 * MARGIN), self._card_height())

    # ------------------------------------------------------------------ internals
    def _rebuild(self) -> None:
        expanded = self._tree.expanded if self._tree is not None else ()
        menu_open = self._tree.menu_open if self._tree is not None else False
        if self._layout is None:
            self._tree = None
        else:
            marks: dict[str, str] = {}
            if self._report is not None:
                for problem in self._report.errors:
                    marks[problem.path] = marks[problem.path] + ", " + problem.code if problem.path in marks else problem.code
            self._tree = CardTree.from_layout(self._layout, self._options, invalid_paths=marks, kind=self._kind,
                                              expanded=expanded, host=self._host)
            if menu_open:
                self._tree.toggle_menu()
        self._focus = -1
        self._update_height()
        self.update()

    def _card_height(self) -> int:
        if self._tree is None:
            return 0
        return self._tree.measure(max(1, self.width() - 2 * MARGIN))

    def _update_height(self) -> None:
        needed = MARGIN + self._card_height() + MARGIN + self._info.sizeHint().height() + MARGIN
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
            self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(560 + 2 * MARGIN, self.minimumHeight())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._update_height()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        theme = DARK if self._options.dark else LIGHT
        painter.fillRect(self.rect(), theme.page)
        if self._tree is not None:
            origin = self.card_rect().topLeft()
            self._tree.paint(painter, self.card_rect())
            actions = self._tree.actions()
            if self.hasFocus() and 0 <= self._focus < len(actions):
                pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
                painter.setPen(pen)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(actions[self._focus][0].translated(origin).adjusted(-3, -3, 3, 3), 4, 4)
        painter.end()

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        """Tab moves through the card's clickable elements before leaving the widget."""
        count = len(self._tree.actions()) if self._tree is not None else 0
        step = 1 if next else -1
        target = (self._focus + step) if self._focus >= 0 else (0 if next else count - 1)
        if 0 <= target < count and self.hasFocus():
            self._focus = target
            self._announce()
            self.update()
            return True
        self._focus = -1
        self.update()
        return super().focusNextPrevChild(next)

    def _announce(self) -> None:
        if self._tree is not None and 0 <= self._focus < len(self._tree.actions()):
            self.setAccessibleDescription(self._tree.actions()[self._focus][1].label)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        actions = self._tree.actions() if self._tree is not None else []
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and 0 <= self._focus < len(actions):
            self.trigger(actions[self._focus][1])
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._tree.tooltip_at(QPointF(event.pos()), self.card_rect().topLeft()) if self._tree is not None else ""
            if tip:
                QToolTip.showText(event.globalPos(), plain_tooltip(tip), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        over = self._tree is not None and self._tree.hit_test(QPointF(event.position()), self.card_rect().topLeft()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton or self._tree is None:
            super().mousePressEvent(event)
            return
        self._tree.measure(max(1, self.width() - 2 * MARGIN))
        action = self._tree.hit_test(QPointF(event.position()), self.card_rect().topLeft())
        if action is None:
            if self._tree.menu_open:
                self._tree.toggle_menu()
                self._update_height()
                self.update()
            return
        self.trigger(action)

    def trigger(self, action: CardAction) -> None:
        """Describe ``action`` as if it were clicked (toggles the menu / "Show more" too)."""
        if self._tree is not None:
            if action.kind == "menu":
                self._tree.toggle_menu()
            elif action.kind in ("showMore", "hide"):
                self._tree.toggle_expanded(action.path)
            elif self._tree.menu_open:
                self._tree.toggle_menu()
        self._info.setText(action.describe())
        if self._tree is not None:  # the menu or a text may have opened: keep the focus on this action
            self._tree.measure(max(1, self.width() - 2 * MARGIN))
            kinds = [a for _, a in self._tree.actions()]
            self._focus = kinds.index(action) if action in kinds else min(self._focus, len(kinds) - 1)
        self._update_height()
        self.update()
        self.actionTriggered.emit(action)
