"""Everything logged at DEBUG, masked the app's way: one set-up for the log-redaction tests."""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator

from desktop_app.bitrix import redaction

FORMAT = "%(levelname)s %(name)s: %(message)s"


def stream_handler() -> logging.StreamHandler:
    """A handler writing to a new ``io.StringIO`` (its ``stream``) in the app's log format."""
    handler = logging.StreamHandler(io.StringIO())
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


@contextlib.contextmanager
def masked_debug_log(handler: logging.StreamHandler | None = None) -> Iterator[logging.StreamHandler]:
    """``handler`` (default :func:`stream_handler`) on the root logger, the root at DEBUG and
    :func:`redaction.install` done, as the app starts; logging put back afterwards. Yields the handler
    (its ``stream`` holds the text)."""
    handler = handler if handler is not None else stream_handler()
    root = logging.getLogger()
    factory, level = logging.getLogRecordFactory(), root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    redaction.install()
    try:
        yield handler
    finally:
        for installed in [*root.handlers, handler]:
            installed.removeFilter(redaction.FILTER)
        root.removeHandler(handler)
        root.setLevel(level)
        logging.setLogRecordFactory(factory)
