"""Translation: the German catalogue is current with the code, and loading it really
changes what a person sees (menus, help, Qt's own buttons); English needs no catalogue."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from rekindle_desktop.ui.help_dialog import SUPPORT, HelpDialog
from rekindle_desktop.ui.i18n import install_translator, translations_folder
from rekindle_desktop.ui.timeline_delegate import day_heading
from tests.gui.conftest import MakeWindow

UI = Path(__file__).resolve().parents[2] / "rekindle_desktop" / "ui"
CATALOGUE = translations_folder() / "rekindle_de.ts"


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    assert found, f"{name} comes with PySide6; it should be beside {sys.executable}"
    return found


def _messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every message still in use (not vanished or obsolete)."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation")
            if kind is not None and kind.get("type") in ("vanished", "obsolete"):
                continue
            found.add((name, message.findtext("source") or ""))
    return found


def test_the_german_catalogue_lists_exactly_the_words_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "rekindle_de.ts"
    shutil.copy(CATALOGUE, fresh)
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    missing = _messages(fresh) - _messages(CATALOGUE)
    gone = _messages(CATALOGUE) - _messages(fresh)
    assert not missing and not gone, (
        "Run the lupdate and lrelease commands in rekindle_desktop/ui/i18n.py. "
        f"New words: {sorted(missing)[:5]}; words no longer used: {sorted(gone)[:5]}"
    )


def test_the_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "rekindle_de.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(CATALOGUE), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == CATALOGUE.with_suffix(".qm").read_bytes()


def test_with_german_loaded_the_menus_and_help_are_in_german(
    german: None, qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    window = make_window(tmp_path / "journal")
    window.start()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Tagebuch", "&Hilfe"]
    assert window.lock_action.text() == "Jetzt sperren"
    dialog = window.show_help()
    assert isinstance(dialog, HelpDialog)
    assert dialog.tabs.tabText(SUPPORT) == "Unterstützung finden"
    assert "Notruf" in dialog.page_text(SUPPORT)
    close = dialog.findChild(QDialogButtonBox).buttons()[0]
    assert close.text() == "Schließen"  # Qt's own words come in German too
    # Words not yet translated fall back to English rather than going blank.
    assert window.backup_action.text() == "Sicherung anlegen…"
    assert window.present_action.text() == "Presentation mode (read-only)"


def test_english_needs_no_catalogue_and_shows_the_words_as_written(
    qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert (
        install_translator(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        == []
    )
    window = make_window(tmp_path / "journal")
    assert [a.text() for a in window.menuBar().actions()] == ["&Journal", "&Help"]


def test_days_are_written_the_german_way(german: None) -> None:
    today = date(2026, 12, 2)
    assert day_heading(date(2026, 11, 30), today) == "Montag, 30. November"
    assert day_heading(date(2025, 3, 4), today) == "Dienstag, 4. März 2025"
    assert day_heading(today, today) == "Heute · Mittwoch, 2. Dezember"


def test_days_are_written_the_english_way() -> None:
    today = date(2026, 12, 2)
    assert day_heading(date(2026, 11, 30), today) == "Monday 30 November"
    assert day_heading(date(2025, 3, 4), today) == "Tuesday 4 March 2025"
