"""Choosing the window's language: Help ▸ Language keeps the choice for the next start and
says so calmly; `rekindle --lang` chooses for one start; without either, the system's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from rekindle_desktop import cli
from rekindle_desktop.ui.i18n import (
    LANGUAGES,
    install_language,
    remove_translators,
    saved_language,
    translate,
)
from tests.gui.conftest import MakeWindow


@pytest.fixture
def app() -> Iterator[QApplication]:
    instance = QApplication.instance()
    assert isinstance(instance, QApplication)
    yield instance
    QLocale.setDefault(QLocale.system())


def test_help_offers_the_languages_each_in_its_own_words(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(tmp_path / "journal")
    menu = window.language_menu
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    assert menu.menuAction() in help_menu.actions()
    words = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert words == ["Follow the system", "English", "Deutsch"]
    assert menu.choices[""].isChecked()  # nothing chosen yet: the system's language


def test_a_chosen_language_is_kept_for_the_next_start_and_said_so(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(tmp_path / "journal")
    said: list[str] = []
    window.say = lambda note, ms=15_000: said.append(note)  # type: ignore[method-assign]
    window.language_menu._say = window.say
    window.language_menu.choices["de"].trigger()
    assert saved_language() == "de"
    assert window.language_menu.choices["de"].isChecked()
    assert said == ["Rekindle will use Deutsch from the next time it starts."]
    # The words on screen do not change under the person's hands.
    assert window.menuBar().actions()[0].text() == "&Journal"
    window.language_menu.choices[""].trigger()
    assert saved_language() == ""
    assert "follow the system's language" in said[-1]


def test_the_saved_language_is_spoken_at_the_next_start(app: QApplication) -> None:
    from rekindle_desktop.ui.i18n import save_language

    save_language("de")
    installed = install_language(app)
    try:
        assert installed, "German was chosen: its catalogue loads"
        assert translate("MainWindow", "&Help") == "&Hilfe"
        assert QLocale().language() is QLocale.Language.German
    finally:
        remove_translators(app, installed)


def test_lang_wins_over_the_saved_choice(app: QApplication) -> None:
    from rekindle_desktop.ui.i18n import save_language

    save_language("de")
    installed = install_language(app, "en")
    try:
        assert installed == []
        assert translate("MainWindow", "&Help") == "&Help"
        assert QLocale().language() is QLocale.Language.English  # dates in English too
    finally:
        remove_translators(app, installed)


def test_the_command_line_takes_the_languages_there_are(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli._parse(["--lang", "de"]).lang == "de"
    assert cli._parse([]).lang is None
    with pytest.raises(SystemExit):
        cli._parse(["--lang", "fr"])
    assert "invalid choice: 'fr'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli._parse(["--help"])
    assert "--lang {de,en}" in capsys.readouterr().out
    choices = next(
        a for a in cli._window_parser(cli._journal_parser())._actions if a.dest == "lang"
    )
    assert sorted(choices.choices or ()) == sorted(LANGUAGES)
