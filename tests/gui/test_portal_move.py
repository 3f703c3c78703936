"""The window when the portal redirects to a host the user has not confirmed (issue 10 item 1): the
bar shows the old and the new host as plain text and asks Follow / Stay; Follow sends the waiting
changes to the new host at once, Stay sends nothing there and says why the changes wait.

The real window, the real outbox and the sandbox portal (in-process) behind :class:`MovingTransport`,
which plays the old address answering ``302`` to another domain.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import pytest
from changes_helpers import DEAL, at
from PySide6.QtCore import Qt

from desktop_app.bitrix import BitrixClient, OwnerType, RetryPolicy, Webhook
from desktop_app.bitrix.errors import PortalMoveUnconfirmed
from desktop_app.services.session import PortalSession
from desktop_app.store import EntryState
from desktop_app.ui.main_window import MainWindow

pytestmark = pytest.mark.usefixtures("qloop")

OLD = "old-portal.example.com"
NEW = "crm.example.net"
WAIT_MS = 10000


class MovingTransport(httpx.AsyncBaseTransport):
    """The old host answers ``302 Location: https://NEW/…`` while :attr:`moved`; the new host is
    served by the same sandbox, and what reaches it is recorded in :attr:`to_new`."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner
        self.moved = False
        self.to_new: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.host == OLD and self.moved:
            return httpx.Response(302, headers={"Location": f"https://{NEW}{request.url.path}"})
        if request.url.host == NEW:
            self.to_new.append(request.url.path.rsplit("/", 1)[-1])
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


@dataclass
class Scene:
    win: MainWindow
    session: PortalSession
    mover: MovingTransport
    moved_to: list[str]


@pytest.fixture
def scene(qtbot, arun, portal, tmp_path, monkeypatch) -> Iterator[Scene]:  # noqa: ANN001
    monkeypatch.setenv("ACTIVITY_DESK_DATA_DIR", str(tmp_path / "data"))
    mover = MovingTransport(portal.transport())
    moved_to: list[str] = []
    client = BitrixClient.for_webhook(Webhook(f"https://{OLD}", 1, "demo"), transport=mover, rate_plan=None,
                                      retry=RetryPolicy.NONE, on_portal_moved=moved_to.append)
    session = PortalSession(client=client, me=arun(client.current_user()))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    with qtbot.waitSignal(win.timeline.loaded, timeout=WAIT_MS):
        win.set_session(session, OwnerType.DEAL)
    yield Scene(win, session, mover, moved_to)
    arun(win.tasks.cancel_all())
    arun(session.aclose())


def _queue_during_move(scene: Scene, qtbot, title: str) -> int:  # noqa: ANN001
    scene.mover.moved = True
    changes = scene.session.changes
    assert changes is not None
    entry = changes.add_todo(DEAL, at(1), title=title)
    qtbot.waitUntil(scene.win.portal_move.isVisible, timeout=WAIT_MS)
    return entry.id


def test_the_window_asks_and_follow_sends_the_waiting_change_there(scene, qtbot, portal) -> None:  # noqa: ANN001
    entry_id = _queue_during_move(scene, qtbot, "Queued behind a move")
    prompt, changes = scene.win.portal_move, scene.session.changes

    text = prompt.text.text()
    assert OLD in text and NEW in text and "Nothing has been sent there" in text
    assert prompt.text.textFormat() == Qt.TextFormat.PlainText  # hosts are never rendered as markup
    assert NEW in prompt.follow_button.text() and OLD in prompt.stay_button.text()
    waiting = changes.entry(entry_id)
    assert (waiting.state, waiting.attempts) == (EntryState.PENDING, 0)  # waiting, not failed
    assert scene.mover.to_new == []  # no request, no body, no code went to the new host
    assert not scene.win.banner.isVisible()  # a question, not an error

    with qtbot.waitSignal(prompt.followed, timeout=WAIT_MS) as followed:
        qtbot.mouseClick(prompt.follow_button, Qt.MouseButton.LeftButton)
    assert followed.args == [f"https://{NEW}"]
    assert not prompt.isVisible()
    assert NEW in scene.win.banner.text() and scene.win.banner.level == "info"  # "Following the portal to …"

    qtbot.waitUntil(lambda: changes.entry(entry_id).state is EntryState.DONE, timeout=WAIT_MS)
    assert scene.moved_to == [f"https://{NEW}"]  # handed to on_portal_moved, which keeps the address
    assert scene.session.client.host == NEW and "crm.activity.todo.add" in scene.mover.to_new
    assert changes.entry(entry_id).attempts == 1
    assert portal.db.count_activities(subject="Queued behind a move") == 1


def test_stay_sends_nothing_there_and_says_why_the_changes_wait(scene, qtbot, portal) -> None:  # noqa: ANN001
    entry_id = _queue_during_move(scene, qtbot, "Waits on the old address")
    prompt, changes = scene.win.portal_move, scene.session.changes

    with qtbot.waitSignal(prompt.stayed, timeout=WAIT_MS):
        qtbot.mouseClick(prompt.stay_button, Qt.MouseButton.LeftButton)

    assert prompt.isVisible() and prompt.state == "staying"
    text = prompt.text.text()
    assert OLD in text and NEW in text and "1 change(s) wait in the outbox" in text
    assert not prompt.stay_button.isVisible() and prompt.follow_button.isVisible()  # may still follow later
    assert changes.entry(entry_id).state is EntryState.PENDING and changes.entry(entry_id).attempts == 0
    # another call meeting the same redirect does not ask again
    scene.win.show_error(changes.processor.portal_move)
    assert prompt.state == "staying" and not scene.win.banner.isVisible()
    assert scene.mover.to_new == [] and scene.moved_to == []
    assert portal.db.count_activities(subject="Waits on the old address") == 0

    # the user changes their mind
    qtbot.mouseClick(prompt.follow_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: changes.entry(entry_id).state is EntryState.DONE, timeout=WAIT_MS)
    assert portal.db.count_activities(subject="Waits on the old address") == 1


def test_a_read_that_meets_the_move_asks_too_and_follow_lets_it_load(scene, qtbot) -> None:  # noqa: ANN001
    scene.mover.moved = True
    prompt = scene.win.portal_move
    with qtbot.waitSignal(scene.win.timeline.load_failed, timeout=WAIT_MS) as failed:
        scene.win.timeline.reload()
    assert isinstance(failed.args[0], PortalMoveUnconfirmed)
    assert prompt.isVisible() and prompt.state == "asking" and NEW in prompt.text.text()
    assert not scene.win.banner.isVisible()

    qtbot.mouseClick(prompt.follow_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(scene.win.timeline.loaded, timeout=WAIT_MS):
        scene.win.timeline.reload()
    assert scene.mover.to_new and not prompt.isVisible()


def test_an_address_that_cannot_be_followed_is_refused_with_the_reason(scene, qtbot) -> None:  # noqa: ANN001
    prompt = scene.win.portal_move
    scene.win.show_error(PortalMoveUnconfirmed(
        "redirect", method="crm.activity.list", old_host=OLD, new_host="10.0.0.7", new_base_url="http://10.0.0.7"))
    assert prompt.isVisible() and "10.0.0.7" in prompt.text.text()

    qtbot.mouseClick(prompt.follow_button, Qt.MouseButton.LeftButton)

    assert prompt.state == "refused" and prompt.isVisible()
    assert "cannot follow 10.0.0.7" in prompt.text.text()
    assert not prompt.follow_button.isVisible() and scene.session.client.host == OLD and scene.moved_to == []


def test_a_move_met_with_no_portal_open_points_to_connect(qtbot) -> None:  # noqa: ANN001
    """The saved portal redirected at start-up: there is no client to follow with, so the bar says
    what happened and how to go on, with nothing to click that would send anything."""
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.show_error(PortalMoveUnconfirmed(
        "redirect", method="user.current", old_host=OLD, new_host=NEW, new_base_url=f"https://{NEW}"))
    prompt = win.portal_move
    assert prompt.isVisible() and prompt.state == "no_session" and not win.banner.isVisible()
    assert OLD in prompt.text.text() and NEW in prompt.text.text() and "Connect a portal" in prompt.text.text()
    assert not prompt.follow_button.isVisible() and not prompt.stay_button.isVisible()
    qtbot.mouseClick(prompt.close_button, Qt.MouseButton.LeftButton)
    assert not prompt.isVisible()
