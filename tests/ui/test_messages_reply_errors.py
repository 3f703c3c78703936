"""What the user reads for the client's reply errors (issue 10): plain text that names the field of a
lying reply in words, the size cap in MB, the deadline in seconds and both hosts of an unconfirmed
portal move — and says that a change that may have reached the portal is checked before it is sent
again. Portal-made keys never turn into a long or markup-laden message."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.bitrix import errors as e
from desktop_app.ui import messages

HOST = "acme.bitrix24.com"


@pytest.fixture(autouse=True)
def _app(qapp) -> None:  # noqa: ANN001 - translations need the application object
    return None


def test_a_mistyped_field_is_named_in_words() -> None:
    exc = e.BadResponse("x", method="crm.activity.list", host=HOST, status=200, body_start="'x'",
                        field="result[3].DEADLINE")
    text = messages.describe(exc).text
    assert "the value “DEADLINE” in row 4 of the reply" in text
    assert HOST in text and "crm.activity.list" in text and "[3]" not in text
    assert "checked there before it is sent again" in text


@pytest.mark.parametrize(("field", "words"), [
    ("total", "the row count"),
    ("next", "the next-page offset"),
    ("result", "the reply's result"),
    ("result.id", "the value “id” of the reply"),
    ("result.result.p7[12].ID", "the value “ID” in row 13 of the reply"),
    ("result.items[0].contactIds[1]", "the value “contactIds” in row 1 of the reply"),
    ("result[5]", "row 6 of the reply"),
    ('result[0].<a href="http://evil">x</a>', "row 1 of the reply"),
    ("result." + "A" * 150, "the reply's result"),
    (None, "the reply"),
])
def test_field_paths_in_plain_words(field: str | None, words: str) -> None:
    assert messages.field_words(field) == words


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=220))
def test_any_field_path_gives_a_short_sentence_without_markup(field: str) -> None:
    words = messages.field_words(field)
    assert isinstance(words, str) and len(words) < 100
    assert "<" not in words and ">" not in words


def test_an_unreadable_body_still_says_it_is_not_a_portal() -> None:
    exc = e.BadResponse("x", method="user.current", host=HOST, status=502, body_start="<html>")
    text = messages.describe(exc).text
    assert "did not answer like a Bitrix24 portal (HTTP 502)" in text


def test_a_reply_over_the_cap_gives_the_limit_in_mb() -> None:
    exc = e.ReplyTooLarge("x", method="crm.activity.list", host=HOST, status=200, limit=32 * 1024 * 1024)
    text = messages.describe(exc).text
    assert "larger than 32 MB" in text and HOST in text and "checked there" in text


def test_a_call_cut_at_the_deadline_gives_the_seconds() -> None:
    exc = e.DeadlineExceeded("x", method="crm.activity.add", host=HOST, deadline=70.0)
    text = messages.describe(exc).text
    assert "within 70 seconds" in text and HOST in text and "checked there" in text
    assert "did not answer in time" not in text


def test_an_unconfirmed_move_names_both_hosts() -> None:
    exc = e.PortalMoveUnconfirmed("x", method="crm.activity.add", old_host=HOST, new_host="login.hotel-wifi.example",
                                  new_base_url="https://login.hotel-wifi.example")
    text = messages.describe(exc).text
    assert HOST in text and text.count("login.hotel-wifi.example") >= 2
    assert "Nothing has been sent to login.hotel-wifi.example" in text and "your changes wait" in text
