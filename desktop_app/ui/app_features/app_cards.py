"""The application's part of the timeline cards and the layout editor, wired to the main window
(issue 13): ``window.app_cards``.

* On each session the timeline gets the session's ``ApplicationFeatures`` (``window.services.app_features``):
  its cards then show configurable layouts, badges and content blocks (:mod:`desktop_app.ui.timeline.app_extras`),
  and the card menu's application entries say why they are disabled when they are (the "Application"
  menu's reasons, :mod:`.availability`).
* Card buttons run through :class:`~.card_buttons.CardButtons`; "Edit layout…" and the editor's Create /
  Update are :class:`~.configurable.ConfigurableEditing`; "Layout blocks…" and the editor's Save / Remove
  are :class:`~.layout_blocks.LayoutBlocksEditing`.
* The "Application" menu gets "Configurable activity from a template…", which opens the layout editor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from .availability import no_portal_text, reason_text, unavailable_for
from .card_buttons import CardButtons
from .configurable import ConfigurableEditing, failure_text
from .layout_blocks import LayoutBlocksEditing

if TYPE_CHECKING:
    from desktop_app.services.app_features import ApplicationFeatures

    from ..layout_editor import LayoutEditorWindow
    from ..main_window import MainWindow
    from ..timeline.cards import CardData

__all__ = ["AppCards"]


class AppCards(QObject):
    """Application extras on the cards and the layout editor's portal actions for ``window``.

    Attributes: ``buttons`` (:class:`CardButtons`), ``configurable`` (:class:`ConfigurableEditing`),
    ``blocks`` (:class:`LayoutBlocksEditing`), ``template_action`` (in the Application menu when there is one).
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.buttons = CardButtons(window)
        self.configurable = ConfigurableEditing(self)
        self.blocks = LayoutBlocksEditing(self)
        self._attached: set[int] = set()
        self._reveal: int | None = None
        timeline = window.timeline
        timeline.cardButtonClicked.connect(self._run_button)
        timeline.editLayoutRequested.connect(self.configurable.edit_layout)
        timeline.layoutBlocksRequested.connect(self.blocks.edit_blocks)
        timeline.cardExtrasLoaded.connect(lambda _entity: self._select_revealed())
        window.session_changed.connect(self._session_changed)
        self.template_action = QAction(self.tr("Configurable activity from a &template…"), self)
        self.template_action.setObjectName("appConfigurableFromTemplate")
        self.template_action.setStatusTip(self.tr("Open the layout editor: choose a template, then Portal → Create on portal…"))
        self.template_action.triggered.connect(self.open_for_create)
        menu = getattr(window, "app_menu", None)
        if menu is not None:
            menu.add_feature_action(self.template_action, needs="application")

    # -- what the session offers -------------------------------------------------------------------
    def features(self) -> ApplicationFeatures | None:
        """The session's application features (``window.services.app_features``), or ``None``."""
        services = getattr(self.window, "services", None)
        return getattr(services, "app_features", None) if services is not None else None

    def features_or_notice(self, editor: LayoutEditorWindow, no_portal: str) -> ApplicationFeatures | None:
        """The session's application features; ``None`` with why not (:meth:`reason`, else ``no_portal``,
        translated by the caller) in ``editor``'s notice."""
        features = self.features()
        if features is None:
            editor.show_notice(self.reason() or no_portal)
        return features

    def reason(self) -> str:
        """Why the application's actions cannot be used now (translated, plain text), ``""`` when they can."""
        session = self.window.session
        if session is None:
            return no_portal_text()
        features = self.features()
        return reason_text(unavailable_for(
            has_app_client=session.app_client is not None, offline=bool(getattr(self.window, "offline", False)),
            features_unavailable=features.unavailable if features is not None else None))

    def _session_changed(self, _session: Any) -> None:
        self.window.timeline.set_app_features(self.features(), self.reason)
        editor = getattr(self.window, "layout_editor", None)
        if editor is not None:
            editor.portal.set_target(None)
            editor.portal.refresh()

    # -- the layout editor -------------------------------------------------------------------------
    def attach_editor(self, editor: LayoutEditorWindow) -> None:
        """Connect the editor's portal actions (once per editor)."""
        if id(editor) in self._attached:
            return
        self._attached.add(id(editor))
        portal = editor.portal
        portal.set_reason(self.reason)
        portal.createRequested.connect(self.configurable.create)
        portal.updateRequested.connect(self.configurable.update)
        portal.saveBlocksRequested.connect(self.blocks.save)
        portal.removeBlocksRequested.connect(self.blocks.remove)

    def editor(self) -> LayoutEditorWindow:
        """The window's layout editor, shown (made on first use)."""
        self.window.open_layout_editor()
        editor = self.window.layout_editor
        self.attach_editor(editor)
        return editor

    def editor_for(self, kind: str) -> LayoutEditorWindow:
        """The editor (:meth:`editor`) set to ``kind`` ("layout", "rest_app") with no file: its text
        comes from the portal."""
        editor = self.editor()
        editor.set_kind(kind)
        editor.path = None
        return editor

    def read_failed(self, text: str, activity: Any, exc: BaseException) -> None:
        """Reading ``activity``'s layout or blocks failed: ``text`` (the caller's translated "… of “%1”
        could not be read: %2") in the window's banner, with its subject (else ``#id``) and the reason."""
        self.window.banner.show_message(text.replace("%1", activity.subject or f"#{activity.id}")
                                        .replace("%2", failure_text(exc)), level="error")

    def open_for_create(self) -> None:
        """The editor for a new configurable activity (kind "layout", no activity attached)."""
        editor = self.editor()
        editor.set_kind("layout")
        editor.preview.set_host(None)
        editor.portal.set_target(None)
        editor.show_notice(self.tr("Choose a template (File → New from template) or write a layout, then "
                                   "Portal → Create on portal…"))

    # -- cards -------------------------------------------------------------------------------------
    def card_of(self, activity_id: int) -> CardData | None:
        """The timeline's card of ``activity_id``, when it is shown."""
        model = self.window.timeline.model
        row = model.row_of(activity_id)
        return model.card_at(row) if row is not None else None

    def show_card(self, activity_id: int) -> None:
        """The portal changed ``activity_id`` for us: load the timeline again (its card, drawn with the
        application's extras, is selected once they are there)."""
        self._reveal = activity_id
        self.window.timeline.reload()

    def _select_revealed(self) -> None:
        activity_id, self._reveal = self._reveal, None
        if activity_id is None:
            return
        timeline = self.window.timeline
        row = timeline.model.row_of(activity_id)
        if row is not None:
            index = timeline.model.index(row, 0)
            timeline.view.setCurrentIndex(index)
            timeline.view.scrollTo(index)

    def _run_button(self, activity: Any, action: Any) -> None:
        session, entity = self.window.session, self.window.timeline.entity
        if session is None or entity is None:
            return
        self.buttons.run(action, base_url=session.client.base_url, entity_type_id=entity.owner_type_id,
                         entity_id=entity.owner_id, activity_id=activity.id, user_id=session.me.id)
