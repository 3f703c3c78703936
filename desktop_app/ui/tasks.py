"""One place where every coroutine started from the UI lives (style.md §2.3).

Strong references (a task is never garbage-collected mid-flight), keyed tasks ("load the timeline"
cancels the previous timeline load), unexpected exceptions routed to one handler, and a clean
cancel-all on shutdown.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

log = logging.getLogger(__name__)


def loop_running() -> bool:
    """Whether an asyncio (qasync) loop runs in this thread: a timer may fire after it stopped."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


class TaskRegistry:
    """Starts and tracks asyncio tasks on the running (qasync) loop.

    Args:
        on_error: called with any exception a task ended with (except cancellation). The coroutines
            handle the errors they expect themselves; this is the safety net, so no traceback ever
            reaches the user unhandled.
    """

    def __init__(self, on_error: Callable[[BaseException], None]) -> None:
        self._on_error = on_error
        self._tasks: set[asyncio.Task[Any]] = set()
        self._keyed: dict[str, asyncio.Task[Any]] = {}

    def start(self, coro: Coroutine[Any, Any, Any], *, key: str | None = None) -> asyncio.Task[Any]:
        """Schedule ``coro``. With ``key``, a still-running task of the same key is cancelled first."""
        if key is not None:
            self.cancel(key)
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        if key is not None:
            self._keyed[key] = task
        task.add_done_callback(lambda t, k=key: self._done(t, k))
        return task

    def cancel(self, key: str) -> None:
        previous = self._keyed.pop(key, None)
        if previous is not None and not previous.done():
            previous.cancel()

    def running(self, key: str) -> bool:
        task = self._keyed.get(key)
        return task is not None and not task.done()

    def _done(self, task: asyncio.Task[Any], key: str | None) -> None:
        self._tasks.discard(task)
        if key is not None and self._keyed.get(key) is task:
            del self._keyed[key]
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("task failed", exc_info=exc)
            self._on_error(exc)

    async def cancel_all(self) -> None:
        """Cancel every task and wait for them to finish (shutdown)."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._tasks.clear()
        self._keyed.clear()

    def __len__(self) -> int:
        return len(self._tasks)
