"""Translation: every word Rekindle shows goes through Qt's translator.

The convention, one for all of ui/:

- Call ``translate("Context", "Source text")`` from this module. The context is the
  class or module the words belong to, in CamelCase (``"SetupFlow"``, ``"HelpDialog"``);
  the source text is plain English, written out literally so `pyside6-lupdate` can find
  it (it knows the name ``translate``).
- Fill in values after translating, with named fields:
  ``translate("MainWindow", "Report saved to {path}.").format(path=path)``.
  Never an f-string: a translator must see the whole sentence, fields and all.
- Words needed before a translator is installed (module constants) are marked with
  ``QT_TRANSLATE_NOOP("Context", "…")`` and passed through ``translate`` where shown.
- Words the journal holds (entries, names, places) are never translated.

Updating the catalogues after changing words (from the top of the repository):

    pyside6-lupdate -no-obsolete rekindle_desktop/ui/*.py -ts resources/translations/rekindle_de.ts
    pyside6-lrelease resources/translations/rekindle_de.ts \\
        -qm resources/translations/rekindle_de.qm

(``pyside6-lupdate`` and ``pyside6-lrelease`` come with PySide6; in a venv they are in
its ``bin`` folder.) English is the source language, so it needs no catalogue; a new
language starts with the same two commands and a new ``rekindle_<code>.ts``, edited
in Qt Linguist (``pyside6-linguist``) or any text editor. tests/gui/test_i18n.py fails
when a catalogue is behind the code.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
CATALOGUE_PREFIX = "rekindle_"

# The languages a person can choose (`rekindle --lang CODE`, Help ▸ Language), each named
# in its own words, as someone looking for their language would recognise it. English is
# the source language; the others have a catalogue. No choice follows the system.
LANGUAGES = {"en": "English", "de": "Deutsch"}
LANGUAGE_SETTING = "language"  # in the plain settings file; "" or absent: the system's


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the user's language, or as written when there is no translation."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def translations_folder() -> Path:
    """Where the compiled catalogues (*.qm) are: beside the sources, or installed."""
    if TRANSLATIONS.is_dir():
        return TRANSLATIONS
    from importlib.resources import files

    return Path(str(files("rekindle_desktop.resources") / "translations"))


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Rekindle's catalogue (and Qt's own, for standard buttons) for `locale`, by
    default the system's, and install them on `app`. Returns what was installed, so it
    can be removed again; an empty list means English (or a language not yet started).
    """
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(locale, "rekindle", "_", str(translations_folder())):
        qt_own = QTranslator(app)
        if qt_own.load(
            locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            installed.append(qt_own)
        app.installTranslator(ours)
        installed.append(ours)
        QLocale.setDefault(locale)  # month and weekday names in the same language
    return installed


def saved_language() -> str:
    """The language chosen in Help ▸ Language ("en", "de"), or "" to follow the system."""
    from rekindle_desktop.ui.plain_settings import plain_settings

    value = plain_settings().value(LANGUAGE_SETTING, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def save_language(code: str) -> None:
    """Remember `code` (one of LANGUAGES, or "" for the system's) for the next start."""
    from rekindle_desktop.ui.plain_settings import plain_settings

    settings = plain_settings()
    if code in LANGUAGES:
        settings.setValue(LANGUAGE_SETTING, code)
    else:
        settings.remove(LANGUAGE_SETTING)
    settings.sync()


def install_language(app: QCoreApplication, code: str | None = None) -> list[QTranslator]:
    """Speak `code` (from --lang), else the language saved in the settings, else the
    system's. A chosen language sets the locale too, so dates follow the words."""
    code = saved_language() if code is None else code
    if code not in LANGUAGES:
        return install_translator(app)
    locale = QLocale(code)
    QLocale.setDefault(locale)
    return install_translator(app, locale)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
    if translators:
        QLocale.setDefault(QLocale.system())


def day_and_month(day: date, *, full: bool = False) -> str:
    """A day and month in the window's language: "30 Sep" ("30. Sept."), for charts and
    lists, or with the month written out: "30 September" ("30. September")."""
    shape = translate("Days", "d MMMM") if full else translate("Days", "d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), shape)


def short_day_words(day: date, *, year: bool = False) -> str:
    """A day with its weekday, short, in the window's language: "Wed 2 Dec" ("Mi., 2.
    Dez."), with the year if asked."""
    shape = translate("Days", "ddd d MMM yyyy") if year else translate("Days", "ddd d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), shape)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate where it is defined; pass it to translate() where shown."""
    return text
