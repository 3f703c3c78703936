"""The window remembers (issue 14 item 5): closed after the user resized it, moved the splitter and
chose a contact, a second window on the same settings folder opens at that size, with that
splitter, on the contacts with the same contact selected."""

from __future__ import annotations

import json

import pytest
from window_helpers import CONFIRM_MS

from desktop_app.bitrix import OwnerType, Webhook
from desktop_app.sandbox import SandboxPortal
from desktop_app.sandbox.cli import serve_in_thread
from desktop_app.services import settings as settings_file
from desktop_app.services.session import _open_webhook
from desktop_app.ui.main_window import MainWindow

pytestmark = [pytest.mark.usefixtures("qloop"), pytest.mark.integration]


def _window(qtbot, arun, url: str):  # noqa: ANN001, ANN202
    session = arun(_open_webhook(Webhook.parse(url), None))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win, session


def test_a_second_window_opens_as_the_first_was_left(qtbot, arun, ticking_portal: SandboxPortal, tmp_path,  # noqa: ANN001
                                                       monkeypatch) -> None:
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path / "data"))
    with serve_in_thread(ticking_portal) as url:
        win, session = _window(qtbot, arun, url)
        try:
            assert (win.width(), win.height()) == (1280, 800)  # nothing remembered yet: the default size
            with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
                win.set_session(session)
            assert win.browser.entity_type_id == OwnerType.DEAL
            screen = win.screen().availableGeometry()  # restoreGeometry keeps a window on its screen
            size = (screen.width() - 30, screen.height() * 3 // 4)
            win.resize(*size)
            assert (win.width(), win.height()) == size
            before = win.splitter.sizes()
            win.splitter.setSizes([before[0] - 50, before[1] + 50, 0])  # the list made narrower
            sizes = win.splitter.sizes()
            assert sizes[0] == before[0] - 50
            with qtbot.waitSignal(win.browser.page_loaded, timeout=CONFIRM_MS):
                win.browser.type_combo.setCurrentIndex(win.browser.type_combo.findData(int(OwnerType.CONTACT)))
            assert win.browser.model.rowCount() >= 3
            chosen = win.browser.model.item_at(2)
            with qtbot.waitSignal(win.timeline.loaded, timeout=CONFIRM_MS):
                win.browser.select_row(2)
            win.close()
        finally:
            arun(win.tasks.cancel_all())
            arun(session.aclose())
        saved = json.loads(settings_file.settings_path().read_text(encoding="utf-8"))
        assert saved["last_entity_type"] == int(OwnerType.CONTACT) and saved["last_entity_id"] == chosen.id

        again, session = _window(qtbot, arun, url)
        try:
            assert (again.width(), again.height()) == size
            assert again.splitter.sizes()[:2] == sizes[:2]
            with qtbot.waitSignal(again.timeline.loaded, timeout=CONFIRM_MS,
                                  check_params_cb=lambda entity: entity.owner_id == chosen.id):
                again.set_session(session)
            assert again.browser.entity_type_id == OwnerType.CONTACT
            current = again.browser.model.item_at(again.browser.view.currentIndex().row())
            assert current is not None and current.id == chosen.id
            assert again.timeline.title.text() == chosen.display_name
        finally:
            arun(again.tasks.cancel_all())
            arun(session.aclose())
