"""Choosing the interface language (issue 14 item 4): the system's by default, the settings'
``language`` when set; the translators and the default locale follow it (Qt's own texts, ours, and
the dates of the timeline); the Settings → Language menu saves the choice and says it applies at the
next start, in both languages."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from desktop_app import i18n
from desktop_app.services import settings as settings_file
from desktop_app.services.settings import Settings
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.timeline.format import card_date_text, deadline_pill_text

TZ = timezone(timedelta(hours=3))
NOW = datetime(2026, 11, 23, 10, 0, tzinfo=TZ)


@pytest.fixture
def restore_language(qapp) -> Iterator[None]:  # noqa: ANN001
    before = QLocale()
    yield
    i18n.uninstall(qapp)
    QLocale.setDefault(before)


@pytest.mark.parametrize(("system", "expected"), [("ru_RU", "ru"), ("ru_UA", "ru"), ("en_GB", "en"), ("de_DE", "en")])
def test_the_system_language_when_we_have_it_else_english(system: str, expected: str) -> None:
    assert i18n.system_language(QLocale(system)) == expected
    assert i18n.chosen_language(None, QLocale(system)) == expected
    assert i18n.chosen_language("", QLocale(system)) == expected


def test_the_setting_overrides_the_system() -> None:
    assert i18n.chosen_language("ru", QLocale("en_US")) == "ru"
    assert i18n.chosen_language("en", QLocale("ru_RU")) == "en"


def test_the_locale_keeps_the_systems_country_when_it_speaks_the_language() -> None:
    assert i18n.locale_for("ru", QLocale("ru_UA")).name() == "ru_UA"
    assert i18n.locale_for("ru", QLocale("en_US")).language() == QLocale.Language.Russian
    assert i18n.locale_for("en", QLocale("en_GB")).name() == "en_GB"


def test_the_settings_key_takes_a_language_we_have_and_forgives_others(caplog: pytest.LogCaptureFixture) -> None:
    assert Settings(language=" RU ").language == "ru"
    assert Settings(language="").language is None
    with caplog.at_level(logging.WARNING):
        assert Settings(language="de").language is None
    assert "'de'" in caplog.text
    settings_file.settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_file.settings_path().write_text(json.dumps({"portal_url": "https://acme.bitrix24.com", "user_id": 1,
                                                         "language": "klingon"}), encoding="utf-8")
    loaded = settings_file.load()
    assert (loaded.portal_url, loaded.language) == ("https://acme.bitrix24.com", None), "the portal is kept"


def test_a_saved_language_is_read_back_without_touching_a_damaged_file() -> None:
    path = settings_file.save(Settings(language="ru"))
    assert json.loads(path.read_text(encoding="utf-8")) == {"language": "ru"}
    assert settings_file.read_language() == "ru"
    path.write_bytes(b"\xff not json")
    assert settings_file.read_language() is None
    assert path.read_bytes() == b"\xff not json", "the start moves it aside later and tells the user"


@pytest.mark.usefixtures("restore_language")
def test_following_the_system_keeps_the_systems_formats(qapp) -> None:  # noqa: ANN001
    """The user's regional formats stay, even where the interface falls back to English."""
    i18n.install(qapp, None)
    assert QLocale().name() == QLocale.system().name()
    i18n.install(qapp, "ru")
    assert QLocale().language() == QLocale.Language.Russian


@pytest.mark.usefixtures("restore_language")
def test_russian_translates_qt_ours_and_the_dates(qapp) -> None:  # noqa: ANN001
    assert i18n.install(qapp, "ru") == "ru"
    assert QCoreApplication.translate("MainWindow", "&Portal") == "&Портал"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Отмена", "Qt's own buttons too"
    assert QCoreApplication.translate("ActivityListView", "%n activities", "", 3) == "3 дела"
    assert QCoreApplication.translate("ActivityListView", "%n activities", "", 5) == "5 дел"
    assert card_date_text(NOW + timedelta(days=10), now=NOW, tz=TZ) == "3 декабря, 10:00"
    assert deadline_pill_text(NOW + timedelta(days=1), now=NOW, tz=TZ) == "завтра, 10:00"

    assert i18n.install(qapp, "en") == "en"
    assert QCoreApplication.translate("MainWindow", "&Portal") == "&Portal"
    assert QCoreApplication.translate("ActivityListView", "%n activities", "", 1) == "1 activity"
    assert "December" in card_date_text(NOW + timedelta(days=10), now=NOW, tz=TZ)


def test_the_language_menu_saves_the_choice_and_says_when_it_applies(qtbot) -> None:  # noqa: ANN001
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    texts = [a.text() for a in win.language_actions]
    assert texts[1:] == ["English", "Русский"] and texts[0].startswith("&System language")
    assert [a.isChecked() for a in win.language_actions] == [True, False, False]

    win.language_actions[2].trigger()
    assert settings_file.load().language == "ru"
    box = win.findChild(QMessageBox, "languageMessage")
    qtbot.waitUntil(box.isVisible)
    assert "next time you start Activity Desk" in box.text()
    assert "при следующем запуске Activity Desk" in box.text(), "also said in the language chosen"
    box.accept()

    win.language_actions[0].trigger()
    assert settings_file.load().language is None
    shown = lambda: [b for b in win.findChildren(QMessageBox, "languageMessage") if b.isVisible()]  # noqa: E731
    qtbot.waitUntil(lambda: len(shown()) == 1)
    assert "next time you start Activity Desk" in shown()[0].text()
    shown()[0].accept()


def test_a_language_that_cannot_be_saved_is_said_so(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the settings folder should be", encoding="utf-8")
    monkeypatch.setenv(settings_file.CONFIG_DIR_ENV, str(blocked / "ActivityDesk"))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    win.language_actions[2].trigger()
    box = win.findChild(QMessageBox, "languageMessage")
    qtbot.waitUntil(box.isVisible)
    assert box.icon() == QMessageBox.Icon.Warning
    assert box.text().startswith("The language could not be saved: ")
    assert settings_file.read_language() is None
    box.accept()
