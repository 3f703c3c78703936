"""The settings file: round trip, forgiving reads, no secrets, atomic writes."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from desktop_app.services import settings as settings_file
from desktop_app.services.settings import Profile, Settings


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "ActivityDesk"
    monkeypatch.setenv("ACTIVITY_DESK_CONFIG_DIR", str(folder))
    return folder


def test_round_trip_keeps_portal_user_and_last_entity_type(config_dir: Path) -> None:
    saved = Settings(portal_url="https://Acme.Bitrix24.com/", user_id=12, last_entity_type=2)

    path = settings_file.save(saved)
    loaded = settings_file.load()

    assert path == config_dir / "settings.json"
    assert loaded == saved
    assert loaded.portal_url == "https://acme.bitrix24.com"
    assert loaded.portal_host == "acme.bitrix24.com"
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "portal_url": "https://acme.bitrix24.com",
        "user_id": 12,
        "last_entity_type": 2,
    }


def test_missing_file_gives_defaults(config_dir: Path) -> None:
    assert settings_file.load() == Settings()
    assert settings_file.load().portal_url is None


def test_loopback_sandbox_address_with_port_is_kept(config_dir: Path) -> None:
    settings_file.save(Settings(portal_url="http://127.0.0.1:8765", user_id=1))

    assert settings_file.load().portal_host == "127.0.0.1:8765"


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"portal_url": "https://acme.bitrix24.com/rest/1/abcd1234/"}',
     '{"user_id": "twelve"}', b"\xff\xfe not utf-8"],
)
def test_corrupt_file_gives_defaults_and_a_warning(
    config_dir: Path, content: str | bytes, caplog: pytest.LogCaptureFixture
) -> None:
    config_dir.mkdir()
    raw = content if isinstance(content, bytes) else content.encode("utf-8")
    (config_dir / "settings.json").write_bytes(raw)

    with caplog.at_level(logging.WARNING, logger="desktop_app.services.settings"):
        loaded = settings_file.load()

    assert loaded == Settings()
    assert any("using defaults" in record.getMessage() for record in caplog.records)
    assert all("abcd1234" not in record.getMessage() for record in caplog.records)


def test_one_invalid_value_is_dropped_alone_and_the_profiles_read_keeps_the_rest(config_dir: Path) -> None:
    """A value that fails validation costs only itself: reading the profiles at start (which writes a
    migrated file back) must not turn the file into the defaults."""
    from desktop_app.services import profiles

    config_dir.mkdir()
    (config_dir / "settings.json").write_text(json.dumps(
        {"portal_url": "https://acme.bitrix24.com", "user_id": 1, "language": "ru", "last_entity_type": 0}),
        encoding="utf-8")

    assert [p.portal_url for p in profiles.list_profiles()] == ["https://acme.bitrix24.com"]
    kept = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
    assert (kept["portal_url"], kept["user_id"], kept["language"]) == ("https://acme.bitrix24.com", 1, "ru")
    assert kept.get("last_entity_type") is None


def test_unknown_keys_are_ignored_and_not_written_back(config_dir: Path) -> None:
    config_dir.mkdir()
    (config_dir / "settings.json").write_text(
        json.dumps({"portal_url": "https://acme.bitrix24.com", "user_id": 3, "theme": "dark",
                    "webhook_code": "s3cr3tcode"}),
        encoding="utf-8",
    )

    loaded = settings_file.load()
    settings_file.save(loaded)

    assert loaded == Settings(portal_url="https://acme.bitrix24.com", user_id=3)
    assert "s3cr3tcode" not in (config_dir / "settings.json").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "url",
    [
        "https://acme.bitrix24.com/rest/1/s3cr3tcode/",  # a whole webhook URL
        "https://acme.bitrix24.com/crm",
        "https://acme.bitrix24.com?code=s3cr3tcode",
        "https://admin:s3cr3tcode@acme.bitrix24.com",
        "http://acme.bitrix24.com",  # plain http only for loopback
        "acme.bitrix24.com",
    ],
)
def test_portal_url_with_path_query_or_credentials_is_rejected(url: str) -> None:
    with pytest.raises(ValidationError) as raised:
        Settings(portal_url=url, user_id=1)
    assert "portal_url" in str(raised.value)


def test_there_is_no_place_for_a_webhook_code() -> None:
    assert set(Settings.model_fields) == {"portal_url", "user_id", "last_entity_type", "store_host", "language",
                                          "window_geometry", "splitter_state", "last_entity_id", "color_scheme",
                                          "updates_checked_at", "profiles", "current_profile", "close_to_tray"}
    assert set(Profile.model_fields) == {"id", "portal_url", "user_id", "label", "webhook", "app_client_id",
                                         "store_host"}
    with pytest.raises(ValidationError):
        Settings(portal_url="https://acme.bitrix24.com", user_id=1, webhook_code="s3cr3tcode")
    with pytest.raises(ValidationError):
        Profile(id="1@acme.bitrix24.com", portal_url="https://acme.bitrix24.com", user_id=1, code="s3cr3tcode")


@pytest.mark.parametrize("host", ["acme.bitrix24.com/rest/1/s3cr3tcode", "https://acme.bitrix24.com",
                                  "admin:s3cr3tcode@acme.bitrix24.com", "acme.bitrix24.com?code=s3cr3tcode", " "])
def test_store_host_is_only_a_host(host: str) -> None:
    """The host the store file is still named after (a moved portal) can hold nothing but a host."""
    with pytest.raises(ValidationError) as raised:
        Settings(portal_url="https://acme-new.bitrix24.com", user_id=1, store_host=host)
    assert "store_host" in str(raised.value)
    assert Settings(store_host="Acme.Bitrix24.com:8443").store_host == "acme.bitrix24.com:8443"


def test_save_revalidates_a_model_copy_that_skipped_validation(config_dir: Path) -> None:
    base = Settings(portal_url="https://acme.bitrix24.com", user_id=1)
    smuggled_path = base.model_copy(update={"portal_url": "https://acme.bitrix24.com/rest/1/s3cr3tcode/"})
    smuggled_field = base.model_copy(update={"webhook_code": "s3cr3tcode"})

    for bad in (smuggled_path, smuggled_field):
        with pytest.raises(ValidationError):
            settings_file.save(bad)

    assert not (config_dir / "settings.json").exists()


def test_save_replaces_the_file_atomically(
    config_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Settings(portal_url="https://acme.bitrix24.com", user_id=1)
    settings_file.save(first)

    # A crash between writing the temp file and renaming it leaves the old file intact.
    def crash(src: str, dst: str) -> None:
        raise OSError("simulated crash before rename")

    with monkeypatch.context() as patched:
        patched.setattr(os, "replace", crash)
        with pytest.raises(OSError, match="simulated crash"):
            settings_file.save(Settings(portal_url="https://other.bitrix24.com", user_id=2))

    assert settings_file.load() == first
    assert sorted(p.name for p in config_dir.iterdir()) == ["settings.json"]

    # A normal save goes through a temp file in the same folder and os.replace.
    renames: list[tuple[str, str]] = []
    real_replace = os.replace

    def recording_replace(src: str, dst: str) -> None:
        renames.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", recording_replace)
    second = Settings(portal_url="https://other.bitrix24.com", user_id=2, last_entity_type=4)
    settings_file.save(second)

    assert settings_file.load() == second
    assert len(renames) == 1
    src, dst = renames[0]
    assert Path(src).parent == config_dir and Path(dst) == config_dir / "settings.json"
    assert sorted(p.name for p in config_dir.iterdir()) == ["settings.json"]


def test_default_folder_is_the_platform_config_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("ACTIVITY_DESK_CONFIG_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))

    path = settings_file.settings_path()

    assert path.name == "settings.json"
    assert path.parent.name == "ActivityDesk"


def test_read_once_reads_the_file_once_and_reads_back_what_is_saved_or_moved(config_dir: Path) -> None:
    import threading

    path = settings_file.save(Settings(language="ru", color_scheme="dark"))
    with settings_file.read_once():
        assert settings_file.read_language() == "ru"
        path.write_text(json.dumps({"language": "en", "color_scheme": "light"}), encoding="utf-8")
        assert settings_file.load(set_aside=False).color_scheme == "dark"  # the bytes read first
        assert settings_file.holds_settings()
        other: list[str | None] = []
        worker = threading.Thread(target=lambda: other.append(settings_file.read_language()))
        worker.start()
        worker.join()
        assert other == ["en"]  # another thread reads the disk
        settings_file.save(Settings(language="en", color_scheme=None))
        assert settings_file.load().color_scheme is None  # a save is read back
    path.write_text("{not json", encoding="utf-8")
    with settings_file.read_once():
        assert settings_file.read_language() is None
        assert settings_file.load(set_aside=False) == Settings()
        assert path.exists()  # a read inside never moves the file: the start does, and says so
        moved = settings_file.set_aside_unreadable()
        assert moved is not None and moved.read_text(encoding="utf-8") == "{not json"
        assert settings_file.load() == Settings()  # gone: defaults, not the bytes held before
    path.write_text(json.dumps({"color_scheme": "light"}), encoding="utf-8")
    assert settings_file.load().color_scheme == "light"  # after the block: the disk again
