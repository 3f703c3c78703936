"""The interface language: which one, and the Qt translators that speak it.

Activity Desk ships English and Russian (``resources/i18n/activity_desk_<lang>.qm``, compiled from
the ``.ts`` files with ``pyside6-lrelease``). The language is the ``language`` key of the settings
file (:class:`desktop_app.services.settings.Settings`): ``""`` follows the system (the first of
``QLocale.system().uiLanguages()`` we have, else English), ``"en"`` or ``"ru"`` override it.

:func:`install` puts two translators on the application: Qt's own (``qtbase_<lang>.qm`` from
``QLibraryInfo.TranslationsPath``: standard buttons, file dialogs, context menus) and ours (the
English one carries the plural forms only). It also sets the default ``QLocale``, which dates, times,
month and day names follow (:class:`desktop_app.ui.timeline.format.DateTexts` uses ``QLocale()``):
the system's own locale when the language follows the system (the user's regional formats, even
where the interface falls back to English), and the chosen language's otherwise — the system's
still when it speaks that language (a user in ru_UA keeps ru_UA's formats).

A language chosen in the menu applies the next time Activity Desk starts: widgets set their texts
once, when they are built, so the window says so instead of showing half-translated screens.
No Qt widgets here; ``QCoreApplication`` only.

Updating the translations after changing texts (``tests/i18n`` fails until this is done)::

    .venv/bin/pyside6-lupdate -no-obsolete $(git ls-files 'desktop_app/*.py') \
        -ts resources/i18n/activity_desk_en.ts resources/i18n/activity_desk_ru.ts
    # translate the new <translation type="unfinished"> entries (pyside6-linguist), then:
    .venv/bin/pyside6-lrelease resources/i18n/activity_desk_ru.ts -qm resources/i18n/activity_desk_ru.qm
    .venv/bin/pyside6-lrelease resources/i18n/activity_desk_en.ts -qm resources/i18n/activity_desk_en.qm

pyside6-lupdate only files a text under the context the code asks for when the call spells it
out: ``self.tr("…")`` in a class, or ``translate("Context", "…")`` / ``QT_TRANSLATE_NOOP("Context",
"…")`` with a literal context (``translate`` being ``QCoreApplication.translate``); a helper such as
``_tr("…")``, a context in a variable or a ``tr`` inside an f-string is invisible to it
(``tests/i18n/test_translation_files.py`` checks the code for those).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.resource_paths import resource_path
from desktop_app.services.settings import LANGUAGES

log = logging.getLogger(__name__)

__all__ = ["CATALOG", "LANGUAGES", "NATIVE_NAMES", "chosen_language", "install", "locale_for", "system_language",
           "translated_in", "uninstall"]

#: Each language's name in itself (shown untranslated, so a user can find their own).
NATIVE_NAMES: dict[str, str] = {"en": "English", "ru": "Русский"}
#: Our translation files: ``activity_desk_<lang>.qm`` in ``resources/i18n``.
CATALOG = "activity_desk"

_installed: list[QTranslator] = []


def system_language(locale: QLocale | None = None) -> str:
    """The first of ``locale``'s (default: the system's) UI languages that has a translation,
    e.g. ``"ru"`` for ``["ru-RU", "en-US"]``; ``"en"`` when none has."""
    locale = locale if locale is not None else QLocale.system()
    for name in locale.uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(setting: str | None, locale: QLocale | None = None) -> str:
    """The language to use for the settings value ``setting`` (``""``/``None``: the system's)."""
    if setting in LANGUAGES:
        return setting
    return system_language(locale)


def locale_for(language: str, system: QLocale | None = None) -> QLocale:
    """The ``QLocale`` for dates and numbers in ``language``: the system's own when it speaks that
    language (keeps its country's formats), else the language's main locale (``ru_RU``, ``en_US``)."""
    system = system if system is not None else QLocale.system()
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    return wanted


def install(app: QCoreApplication, setting: str | None = None) -> str:
    """Install Qt's and our translators for ``setting`` (see :func:`chosen_language`) on ``app``,
    replacing any this module installed before, and set the default locale (module docstring).

    Returns the language code used. A missing ``.qm`` file is logged, never raised: the texts then
    stay English (the source language), which is what a partial install can still show.
    """
    language = chosen_language(setting)
    uninstall(app)

    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    elif language != "en":
        log.info("Qt's own translation qtbase_%s is not installed in %s", language, qt_dir)

    ours = QTranslator(app)
    path = resource_path("i18n", f"{CATALOG}_{language}.qm")
    if ours.load(str(path)):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("The translation file %s is missing or unreadable; the interface stays in English", path)

    QLocale.setDefault(locale_for(language) if setting in LANGUAGES else QLocale.system())
    return language


def uninstall(app: QCoreApplication) -> None:
    """Remove the translators :func:`install` put on ``app`` (the texts are the source English
    again; the default locale is left as it is)."""
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()


def translated_in(language: str, context: str, source: str) -> str:
    """``source`` of ``context`` in ``language`` from our ``.qm`` file, without installing it (e.g.
    to confirm a language switch in the language chosen); ``source`` itself when not translated."""
    translator = QTranslator()
    if translator.load(str(resource_path("i18n", f"{CATALOG}_{language}.qm"))):
        return translator.translate(context, source) or source
    return source
