"""What ``activity-desk --screenshot PATH --show VIEW`` puts on screen before grabbing the window
(documentation screenshots, ``packaging/screenshots.py``). Runs on the qasync loop once the first
timeline has loaded.

Views: ``timeline`` (as it opened), ``my-activities`` (loaded), ``todo-form`` (a new to-do being
typed), ``form-attachments`` (the same with two files attached through the form's attachment list)
``details`` (the first card's details) and ``application`` (the timeline scrolled to the first card an
application drew: a configurable activity with its badge, or content blocks inside a to-do; issue 13).
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from .main_window import MainWindow

#: Files attached for ``form-attachments`` (name → bytes), written to a temporary folder.
SAMPLE_FILES = {
    "Proposal Northwind 2026.pdf": b"%PDF-1.4\n% sample proposal\n" + b"0" * 180_000,
    "Meeting notes.txt": b"Agenda: rollout plan, pricing, next steps.\n" * 40,
}


async def _wait(signal: Any, timeout: float = 30.0) -> tuple:
    future: asyncio.Future[tuple] = asyncio.get_running_loop().create_future()

    def done(*args: object) -> None:
        if not future.done():
            future.set_result(args)

    signal.connect(done)
    try:
        return await asyncio.wait_for(future, timeout)
    finally:
        signal.disconnect(done)


async def show_view(window: MainWindow, view: str) -> None:
    """Put ``view`` on screen (see the module docstring).

    Raises:
        LookupError: unknown view, or the window lacks what it needs (e.g. no card to show).
        TimeoutError: what it waits for did not arrive (from ``asyncio.wait_for``).
    """
    if view == "timeline":
        window.timeline.view.setFocus()
    elif view == "my-activities":
        waiting = asyncio.ensure_future(_wait(window.my_activities.loaded))
        await asyncio.sleep(0)  # connected before the load can finish
        window.show_my_activities(True)
        if window.my_activities.is_loading:
            await waiting
        else:
            waiting.cancel()
    elif view in ("todo-form", "form-attachments"):
        window.open_todo_form()
        form = window.todo_form
        if form.isHidden():
            raise LookupError("the to-do form did not open")
        form.title.setText(QCoreApplication.translate("Screenshots", "Send the signed proposal"))
        if view == "form-attachments":
            attachments = getattr(form, "attachments", None)
            if attachments is None or not hasattr(attachments, "add_paths"):
                raise LookupError("the to-do form has no attachment list")
            folder = Path(tempfile.mkdtemp(prefix="activity-desk-shot-"))
            paths = []
            for name, data in SAMPLE_FILES.items():
                path = folder / name
                path.write_bytes(data)
                paths.append(str(path))
            problems = attachments.add_paths(paths)
            if problems:
                raise LookupError(f"files not attached: {problems}")
    elif view == "details":
        model = window.timeline.model
        row = next((r for r in range(model.rowCount()) if model.activity_at(r) is not None), None)
        if row is None:
            raise LookupError("no card to show the details of")
        window.timeline.view.setCurrentIndex(model.index(row, 0))
        window.timeline.detailsRequested.emit(model.activity_at(row))
    elif view == "application":
        timeline = window.timeline
        model = timeline.model
        if not model.has_layouts:
            await _wait(timeline.cardExtrasLoaded)
        row = next((r for r in range(model.rowCount()) if model.activity_at(r) is not None
                    and model.activity_at(r).provider_id == "CONFIGURABLE_REST_APP"), None)
        if row is None:
            raise LookupError("no configurable activity in this timeline")
        index = model.index(row, 0)
        timeline.view.setCurrentIndex(index)
        timeline.view.scrollTo(index, timeline.view.ScrollHint.PositionAtTop)
    else:
        raise LookupError(f"unknown view {view!r}")
    await asyncio.sleep(0.3)  # details and forms fill in from the portal
