"""What the app drivers (``app_driver.py``, ``debug_session_driver.py``) share: a protocol line on
stdout, and a future for a Qt signal's next emission. Not a test module; imported by the drivers,
which run as scripts from this folder."""

from __future__ import annotations

import asyncio
import sys
from typing import Any


def say(*words: object) -> None:
    """One protocol line on stdout, flushed (the test reads it while this process runs)."""
    sys.stdout.write(" ".join(str(w) for w in words) + "\n")
    sys.stdout.flush()


def next_emission(signal: Any) -> asyncio.Future[tuple[Any, ...]]:
    """A future resolved with the arguments of ``signal``'s next emission (needs a running loop)."""
    future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()

    def slot(*args: Any) -> None:
        signal.disconnect(slot)
        if not future.done():
            future.set_result(args)

    signal.connect(slot)
    return future
