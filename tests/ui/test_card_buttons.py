"""``redirect_url``: what a card's ``redirect`` action may open (issue 13 item 4): only http/https
addresses with a host; relative URIs on the portal's address; anything else refused."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.ui.app_features.card_buttons import redirect_url

BASE = "https://portal.example.com"


def test_absolute_and_relative_addresses() -> None:
    assert redirect_url("https://sign.example.com/a.pdf", BASE).toString() == "https://sign.example.com/a.pdf"
    assert redirect_url("/crm/deal/details/8/", BASE).toString() == "https://portal.example.com/crm/deal/details/8/"
    assert redirect_url("crm/x?id=1", BASE + "/").toString() == "https://portal.example.com/crm/x?id=1"
    assert redirect_url("//cdn.example.org/f", BASE).toString() == "https://cdn.example.org/f"


def test_other_schemes_and_nonsense_are_refused() -> None:
    for uri in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,<b>x</b>", "mailto:a@b.c",
                "http://", "", "   ", None, 42, {"uri": "x"}):
        assert redirect_url(uri, BASE) is None, uri


@settings(max_examples=30, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_web_address_with_a_host_or_nothing(uri: str) -> None:
    url = redirect_url(uri, BASE)
    if url is not None:
        assert url.scheme().lower() in ("http", "https")
        assert url.host()
