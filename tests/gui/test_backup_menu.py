"""Journal ▸ Back up… writes a checked backup where the person chose, and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from rekindle_desktop.services import access, backup
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, unlock_through_window


def test_back_up_from_the_journal_menu(
    qtbot: QtBot,
    existing_journal: tuple[Path, str],
    make_window: MakeWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder, _code = existing_journal
    window = make_window(folder)
    assert not window.backup_action.isEnabled()  # nothing to back up while locked
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    assert window.backup_action.isEnabled()
    chosen = tmp_path / "saved.rekindle-backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen), ""))
    window.backup_action.trigger()
    assert "Backed up to saved.rekindle-backup and checked" in window.status_text()
    restored = backup.restore(chosen, tmp_path / "restored")
    access.unlock_with_passphrase(restored.folder, PASSPHRASE).close()

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(tmp_path), ""))
    window.backup_action.trigger()
    assert told and "is a folder" in told[0]
