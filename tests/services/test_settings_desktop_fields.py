"""The desktop preferences of the settings file (issue 14 items 5 and 6) are read forgivingly: a
damaged value reads as "not remembered" and the rest of the file (the portal) stays."""

from __future__ import annotations

import json

import pytest

from desktop_app.services import settings as settings_file


@pytest.mark.parametrize("bad", [
    {"window_geometry": "not base64!", "splitter_state": 12},
    {"window_geometry": "A" * 9000},
    {"last_entity_id": 0, "color_scheme": "purple"},
    {"last_entity_id": "7", "color_scheme": ["dark"], "updates_checked_at": "yesterday"},
    {"updates_checked_at": -5, "last_entity_id": True},
])
def test_a_damaged_preference_reads_as_unset_and_the_portal_stays(bad: dict) -> None:
    path = settings_file.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"portal_url": "https://acme.bitrix24.com", "user_id": 3, **bad}), encoding="utf-8")
    loaded = settings_file.load()
    assert (loaded.portal_url, loaded.user_id) == ("https://acme.bitrix24.com", 3)
    for key in bad:
        assert getattr(loaded, key) is None


def test_the_preferences_survive_a_save() -> None:
    kept = settings_file.Settings(window_geometry="AdnQywADAAA=", splitter_state="AAAA/w==", last_entity_type=3,
                                  last_entity_id=12, color_scheme="dark", updates_checked_at=1_700_000_000)
    settings_file.save(kept)
    assert settings_file.load() == kept
