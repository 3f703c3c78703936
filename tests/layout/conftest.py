"""Layout tests create no Qt objects and no threads, so the suite-wide full garbage collection after
each test (tests/conftest.py, ~0.15 s each here) is replaced by a young-generation pass: the corpus
has over a hundred cases and must stay fast."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def _collect_after_test() -> Iterator[None]:
    yield
    gc.collect(0)
