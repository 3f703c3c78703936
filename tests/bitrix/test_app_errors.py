"""The application-context errors as the portal spells them (api-spec.md §1.3, §4.11–4.14), the reply
checks of the application families, and the badge text fallback (lang → en → first)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from desktop_app.bitrix import AccessDenied, AuthError
from desktop_app.bitrix.badges import Badge, pick_text
from desktop_app.bitrix.configurable import ConfigurableFields
from desktop_app.bitrix.errors import (
    AdminRequired,
    ApplicationContextRequired,
    WrongApplication,
    error_from_envelope,
)


@pytest.mark.parametrize(("code", "description", "status", "expected"), [
    ("ERROR_WRONG_CONTEXT", "This method can only be called in the context of a REST application.", 400,
     ApplicationContextRequired),
    ("ERROR_WRONG_CONTEXT", "The method call is only possible in the context of a REST application", 400,
     ApplicationContextRequired),
    ("ACCESS_DENIED", "Access denied! Application context required", 403, ApplicationContextRequired),
    ("Access denied! Application context required", "", 400, ApplicationContextRequired),  # the docs' literal code
    ("", "Application context required.", 400, ApplicationContextRequired),  # legacy crm.activity.add REST_APP
    ("ERROR_WRONG_APPLICATION", "Activity can only be updated by the app that created it.", 400, WrongApplication),
    ("ACCESS_DENIED", "Access denied! Admin permissions required", 403, AdminRequired),
])
def test_application_errors_are_permission_answers_not_broken_connections(code, description, status,  # noqa: ANN001
                                                                          expected) -> None:
    error = error_from_envelope({"error": code, "error_description": description}, status, "crm.activity.type.list")
    assert type(error) is expected
    assert isinstance(error, AccessDenied) and not isinstance(error, AuthError)
    assert (error.code, error.description, error.status) == (code, description, status)


def test_plain_access_denied_mapping_is_unchanged() -> None:
    assert type(error_from_envelope({"error": "ACCESS_DENIED", "error_description": "Access denied"}, 403, "m")) \
        is AuthError
    assert type(error_from_envelope({"error": "ACCESS_DENIED", "error_description": "Access denied"}, 400, "m")) \
        is AccessDenied


def test_configurable_fields_read_the_get_reply() -> None:
    fields = ConfigurableFields.from_api({"typeId": "CONFIGURABLE", "completed": False,
                                          "deadline": "2025-02-01T01:00:00+03:00", "pingOffsets": [],
                                          "isIncomingChannel": False, "responsibleId": 1, "badgeCode": "",
                                          "originatorId": None, "originId": None})
    assert fields.deadline is not None and fields.deadline.utcoffset().total_seconds() == 3 * 3600
    assert fields.to_api()["deadline"] == "2025-02-01T01:00:00+03:00"
    with pytest.raises(ValidationError):
        ConfigurableFields.from_api({"pingOffsets": [-5]})


LANGS = st.sampled_from(["en", "de", "ru", "fr", "ua", "pl"])
TEXT = st.text(min_size=1, max_size=8)


@settings(max_examples=30, deadline=None)
@given(texts=st.dictionaries(LANGS, TEXT, min_size=1, max_size=5), lang=LANGS)
def test_badge_text_falls_back_lang_then_en_then_first(texts: dict[str, str], lang: str) -> None:
    badge = Badge(code="b", title=texts, value=texts, type="primary")
    expected = texts.get(lang, texts.get("en", next(iter(texts.values()))))
    assert badge.title_text(lang) == badge.value_text(lang) == expected == pick_text(texts, lang)


@settings(max_examples=30, deadline=None)
@given(text=TEXT, lang=LANGS)
def test_plain_badge_text_is_the_same_in_every_language(text: str, lang: str) -> None:
    assert Badge(code="b", title=text, value=text).title_text(lang) == text
