"""What the main window remembers between runs (issue 14 item 5): its geometry (size, position,
maximised), the list/timeline/form splitter, and — for a connected portal, not the demo — the
entity type shown last and the entity selected in it.

Kept in the settings file (:class:`desktop_app.services.settings.Settings` ``window_geometry``,
``splitter_state`` as base64 of ``saveGeometry()`` / ``saveState()``, ``last_entity_type``,
``last_entity_id``), written when the window closes. Restoring is forgiving: a value Qt cannot
read leaves the default size; a remembered entity not on the list's first page leaves the first
one selected.
"""

from __future__ import annotations

import logging

from pydantic import ValidationError
from PySide6.QtCore import QByteArray, QEvent, QObject, QTimer

from desktop_app.services import settings as settings_file

log = logging.getLogger(__name__)


def _decode(text: str | None) -> QByteArray | None:
    return QByteArray.fromBase64(text.encode("ascii")) if text else None


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


class WindowMemory(QObject):
    """Restores ``window``'s geometry and splitter now and saves them (with the selection) when
    ``window.closed`` is emitted. :meth:`entity_type` and :meth:`select_remembered` serve
    ``MainWindow.set_session``."""

    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow (no import cycle)
        super().__init__(window)
        self._window = window
        self._selected: tuple[int, int] | None = None
        self._pending_id: int | None = None
        remembered = settings_file.load(set_aside=False)  # built before the start tells about a damaged file
        geometry, splitter = _decode(remembered.window_geometry), _decode(remembered.splitter_state)
        if geometry is not None and not window.restoreGeometry(geometry):
            log.info("remembered window geometry not usable; default size kept")
        self._splitter_state = splitter  # restored once the window is laid out (first shown)
        window.installEventFilter(self)
        window.browser.entity_selected.connect(self._on_selected)
        window.browser.page_loaded.connect(self._on_page_loaded)
        window.closed.connect(self.save)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Show and self._splitter_state is not None:
            state, self._splitter_state = self._splitter_state, None
            if not self._window.splitter.restoreState(state):
                log.info("remembered splitter state not usable; default sizes kept")
        return super().eventFilter(watched, event)

    def _remembers_selection(self) -> bool:
        session = self._window.session
        return session is not None and not session.is_demo

    def entity_type(self, session, asked: int | None) -> int | None:  # noqa: ANN001 - PortalSession
        """The entity type to open ``session`` with: ``asked`` when given, else (a portal, not the
        demo) the one remembered, whose remembered entity :meth:`_on_page_loaded` then selects when
        the list arrives; ``None``: the window's default."""
        self._pending_id = None
        if asked is not None or session.is_demo:
            return asked
        remembered = settings_file.load()
        self._pending_id = remembered.last_entity_id
        return remembered.last_entity_type

    def _on_selected(self, item) -> None:  # noqa: ANN001 - CrmItem
        self._selected = (int(item.entity_type_id), int(item.id))

    def _on_page_loaded(self, _count: int) -> None:
        wanted, self._pending_id = self._pending_id, None
        if wanted is None:
            return
        QTimer.singleShot(0, lambda: self._select(wanted))  # after the list selected its first row

    def _select(self, wanted: int) -> None:
        browser = self._window.browser
        for row in range(browser.model.rowCount()):
            item = browser.model.item_at(row)
            if item is not None and item.id == wanted:
                browser.select_row(row)
                return

    def save(self) -> None:
        """Write the geometry, the splitter state and (for a portal, not the demo) the selection."""
        update: dict[str, object] = {"window_geometry": _encode(self._window.saveGeometry()),
                                     "splitter_state": _encode(self._window.splitter.saveState())}
        if self._remembers_selection() and self._selected is not None:
            update["last_entity_type"], update["last_entity_id"] = self._selected
        try:
            settings_file.save(settings_file.load().model_copy(update=update))
        except (OSError, ValidationError) as exc:
            log.warning("window state not saved: %s", exc)
