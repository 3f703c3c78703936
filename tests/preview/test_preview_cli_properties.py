"""Property-based: mutated documentation layouts and damaged JSON text through ``activity-desk
preview`` (in-process ``main``): an exit status of 0, 1 or 2 and finding lines, never an exception;
a PNG exactly when the layout could be read."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from layout.test_properties import mutated

from desktop_app.preview_cli import main

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
CODE_LINE = r"^(warning )?[A-Z_]+ \S"


@SETTINGS
@given(case=mutated(), cut=st.integers(0, 5000), junk=st.sampled_from(["", "}", "\x00", "ü", "[", '"']),
       damage=st.booleans(), flags=st.lists(st.sampled_from(["--dark", "--readonly", "--completed"]), max_size=3))
def test_any_layout_file_gives_an_exit_status_not_an_exception(
    qapp, tmp_path: Path, capsys: pytest.CaptureFixture[str], case: tuple[Any, str], cut: int, junk: str,  # noqa: ANN001
    damage: bool, flags: list[str],
) -> None:
    layout, kind = case
    text = json.dumps(layout)
    if damage:
        cut %= len(text) + 1
        text = text[:cut] + junk + text[cut + 1 :]
    source, out = tmp_path / "layout.json", tmp_path / "card.png"
    source.write_text(text, encoding="utf-8", errors="surrogatepass")
    out.unlink(missing_ok=True)
    code = main([str(source), "-o", str(out), *flags, *(["--blocks"] if kind == "rest_app" else [])])
    printed = capsys.readouterr().out.splitlines()
    assert code in (0, 1, 2)
    assert out.exists() == (code in (0, 1))
    if code:
        assert printed and all(re.match(CODE_LINE, line) or line.startswith("…") for line in printed), printed
